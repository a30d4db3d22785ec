from __future__ import annotations

import pytest

from threadline.errors import ThreadlineError
from threadline.taxonomy.vocabulary import Indicator
from threadline.triage.questionnaires import (
    load_questionnaire,
    safety_check,
    safety_question,
    score,
    sectors,
)

SECTORS = [
    "agriculture",
    "cannabis_farm",
    "car_wash",
    "construction",
    "domestic_work",
    "hospitality",
    "nail_bar",
    "sexual_exploitation",
]


def test_every_sector_has_a_valid_questionnaire() -> None:
    assert sectors() == SECTORS
    for sector in SECTORS:
        form = load_questionnaire(sector)
        assert len(form.questions) >= 5
        for q in form.questions:
            assert q.indicators and all(Indicator(i) for i in q.indicators)


def test_below_threshold_no_invitation() -> None:
    result = score("car_wash", {"no_protective_gear": "yes", "fearful": "no"})
    assert result.score == 1 and not result.invite_to_report


def test_above_threshold_invites_in_one_step() -> None:
    result = score("car_wash", {"live_on_site": "yes", "fearful": True, "injuries": "unsure"})
    assert result.score == 3 and result.invite_to_report
    invitation = result.invitation
    assert invitation is not None
    assert invitation.sector == "car_wash"
    assert "restriction_of_movement" in invitation.indicators
    assert [r.channel for r in invitation.routes] == ["helpline", "labour_inspectorate"]
    assert "car wash" in invitation.summary.lower()


def test_a_child_answer_routes_to_childrens_services() -> None:
    result = score("sexual_exploitation", {"young_girls": "yes"}, jurisdiction="RO")
    assert result.invitation is not None
    assert [r.channel for r in result.invitation.routes][:2] == ["emergency", "childrens_services"]


def test_answers_are_normalised() -> None:
    result = score("nail_bar", {"no_masks": " YES ", "never_leave": None, "afraid_to_talk": False})
    assert result.answers == {"no_masks": "yes", "afraid_to_talk": "no"}


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"nope": "yes"}, "unknown question id"),
        ({"fearful": "maybe"}, "must be one of yes, no, unsure"),
        ({"fearful": 1}, "must be one of"),
        (["yes", "no"], "must be a mapping"),
        ("yes", "must be a mapping"),
    ],
)
def test_malformed_answers_are_clear_errors(answers: object, message: str) -> None:
    with pytest.raises(ThreadlineError, match=message) as info:
        score("car_wash", answers)  # type: ignore[arg-type]
    assert info.value.code == "malformed_answers"


def test_unknown_sector() -> None:
    with pytest.raises(ThreadlineError, match="unknown sector 'mines'; known: agriculture"):
        score("mines", {})


def test_safety_question_is_data() -> None:
    question = safety_question()
    assert question["text"] == "Is anyone in immediate danger right now?"
    assert question["answers"] == ["yes", "no", "unsure"]


@pytest.mark.parametrize(("code", "number"), [("GB", "999"), ("US", "911"), ("RO", "112")])
def test_yes_returns_the_emergency_number_at_once(code: str, number: str) -> None:
    result = safety_check("yes", jurisdiction=code)
    assert result.call_now and result.number == number
    assert number in (result.message or "")


def test_unsure_also_shows_the_number_and_no_does_not() -> None:
    assert safety_check("unsure").number == "999"
    assert not safety_check(False).call_now


def test_safety_answer_must_be_given() -> None:
    with pytest.raises(ThreadlineError, match="answered first"):
        safety_check(None)
    with pytest.raises(ThreadlineError, match="must be one of"):
        safety_check("perhaps")


def test_results_and_forms_as_json() -> None:
    import json

    from threadline.triage.questionnaires import questionnaire_dict

    result = score("construction", {"sleep_on_site": "yes", "documents_held": "yes"})
    data = json.loads(json.dumps(result.to_dict()))
    assert data["invite_to_report"] and data["invitation"]["routes"][0]["channel"] == "helpline"
    form = questionnaire_dict("construction")
    assert form["safety_first"]["id"] == "immediate_danger"
    assert {"id", "text"} == set(form["questions"][0])
    assert json.dumps(safety_check("yes").to_dict())
