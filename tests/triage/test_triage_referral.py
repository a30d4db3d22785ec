from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from threadline.errors import ThreadlineError
from threadline.triage.referral import ReferralKind, draft_referral, suggested_types
from threadline.triage.referral_pdf import render_html, render_pdf

IDENTITY = {
    "first_name": "Ana",
    "last_name": "Popescu",
    "nickname": "Anuța",
    "date_of_birth": "1999-04-02",
    "phone": "07123 456789",
    "contact": "12 Elm Street",
}


def request(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "fr_location": "england",
        "under_18": "no",
        "consent": True,
        "victim": {**IDENTITY, "gender": "female", "nationality": "Romanian"},
        "exploitation": {
            "what_happened": "Promised a job in a hotel, then forced to work at a car wash.",
            "where": "uk",
            "uk_locations": ["Luton"],
            "types": ["forced-to-work", "wages-taken"],
        },
        "first_responder": {
            "first_name": "Sam",
            "last_name": "Lee",
            "role": "Officer",
            "email": "sam@example.org",
            "phone": "0123",
            "organisation": "Police",
        },
    }
    base.update(overrides)
    return base


def test_adult_consenting_gets_a_full_referral() -> None:
    draft = draft_referral(request())
    assert draft.kind is ReferralKind.NRM_ADULT
    data = draft.to_dict()
    assert data["form"] == "nrm" and not data["referral_without_consent"]
    assert data["fields"]["pv-name"] == "Ana Popescu"
    assert data["fields"]["pv-want-to-submit-nrm"] == "yes"
    assert data["missing"] == []
    assert data["status"] == "draft: not sent"


@pytest.mark.parametrize("age", ["yes", "not-sure"])
def test_children_are_referred_without_consent(age: str) -> None:
    draft = draft_referral(
        request(under_18=age, consent=False, local_authority={"name": "Luton Borough Council"})
    )
    assert draft.kind is ReferralKind.NRM_CHILD
    data = draft.to_dict()
    assert data["referral_without_consent"] is True
    assert data["fields"]["pv-want-to-submit-nrm"].startswith("automatic referral")
    assert data["missing"] == []


def test_child_referral_without_local_authority_lists_it_as_missing() -> None:
    draft = draft_referral(request(under_18="yes"))
    assert "local-authority-contacted-about-child-local-authority-name" in draft.missing


def test_adult_declining_gets_a_duty_to_notify_without_identity() -> None:
    draft = draft_referral(
        request(consent=False, refusal_reason="Afraid of the police"), prepared_on=date(2026, 11, 29)
    )
    assert draft.kind is ReferralKind.DUTY_TO_NOTIFY
    data = draft.to_dict()
    dumped = json.dumps(data, ensure_ascii=False)
    html = render_html(draft)
    for value in IDENTITY.values():
        assert value not in dumped
        assert value not in html
    assert data["fields"]["pv-gender"] == "female"
    assert data["fields"]["pv-nationality"] == "Romanian"
    assert data["form"] == "duty_to_notify"


def test_duty_to_notify_needs_gender_and_nationality() -> None:
    with pytest.raises(ThreadlineError, match="nationality") as info:
        draft_referral(request(consent=False, victim={"gender": "male"}))
    assert info.value.code == "missing_facts"


def test_adult_without_a_decision_is_an_error() -> None:
    with pytest.raises(ThreadlineError, match="consent"):
        draft_referral(request(consent=None))


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "under_18"),
        ({"under_18": "maybe"}, "under_18"),
        ({"under_18": "yes", "victim": {"gender": "other"}}, "victim.gender"),
        ({"under_18": "yes", "surname": "x"}, "surname"),
        ({"under_18": "yes", "exploitation": {"types": ["slavery"]}}, "exploitation.types"),
    ],
)
def test_malformed_referrals_are_clear_errors(payload: dict[str, Any], message: str) -> None:
    with pytest.raises(ThreadlineError, match=message):
        draft_referral(payload)


def test_a_referral_must_be_a_mapping() -> None:
    with pytest.raises(ThreadlineError, match="mapping"):
        draft_referral(["under_18"])  # type: ignore[arg-type]


def test_pdf_is_printable_and_escapes_input() -> None:
    draft = draft_referral(request(exploitation={"what_happened": "<script>x</script>"}))
    html = render_html(draft)
    assert "<script>" not in html and "&lt;script&gt;" in html
    pdf = render_pdf(draft)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def test_pdf_never_fetches_urls() -> None:
    draft = draft_referral(request())
    # The template links nothing; a URL typed into a field stays text.
    draft.fields["what-happened"] = "see http://127.0.0.1:9/evil.png"
    assert render_pdf(draft).startswith(b"%PDF")


def test_suggested_types_from_triage_flags() -> None:
    assert suggested_types(["labour", "sexual", "unknown"]) == ["forced-to-work", "prostitution"]
