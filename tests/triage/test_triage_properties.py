"""Whatever a form or an API client sends, the answer is a result or a ThreadlineError: never a
traceback, never a silent wrong route."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.errors import ThreadlineError
from threadline.triage.questionnaires import load_questionnaire, score
from threadline.triage.referral import draft_referral
from threadline.triage.service import triage_document

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=8),
    st.sampled_from(["yes", "no", "unsure", "YES "]),
)
ids = st.one_of(
    st.sampled_from([q.id for q in load_questionnaire("car_wash").questions]), st.text(max_size=6)
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(ids, values, max_size=6))
def test_questionnaire_answers_give_a_result_or_a_clear_error(answers: dict) -> None:
    try:
        result = score("car_wash", answers)
    except ThreadlineError as exc:
        assert exc.code == "malformed_answers"
        return
    assert result.score >= 0
    assert result.invite_to_report == (result.score >= result.threshold)


referral_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(max_size=10),
        st.sampled_from(["yes", "no", "not-sure", "female", "england"]),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
referral_keys = st.sampled_from(
    ["under_18", "consent", "victim", "exploitation", "first_responder", "fr_location", "x"]
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(referral_keys, referral_values, max_size=5))
def test_referral_payloads_give_a_draft_or_a_clear_error(payload: dict) -> None:
    try:
        draft = draft_referral(payload)
    except ThreadlineError:
        return
    assert draft.to_dict()["status"] == "draft: not sent"


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200), st.sampled_from(["GB", "RO", "US", "gb", "uk"]))
def test_every_report_reaches_a_real_door(text: str, code: str) -> None:
    try:
        result = triage_document(text, jurisdiction=code)
    except ThreadlineError:
        assert not text.strip()
        return
    assert result["routes"], "a report must always have somewhere to go"
    assert all(r["contact"] for r in result["routes"])
    if result["reasons"] and result["reasons"][0]["code"] == "immediate_danger":
        assert result["routes"][0]["channel"] == "emergency"
