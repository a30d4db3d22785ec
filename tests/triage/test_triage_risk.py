from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.errors import ThreadlineError
from threadline.extract.types import Classification, Facts, Mention
from threadline.triage.risk import RiskContext, assess
from threadline.triage.service import triage_document


def codes(text: str, **kwargs: object) -> set[str]:
    return {r.code for r in assess(text, **kwargs).reasons}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "No one is in danger.",
        "Nobody is in danger there.",
        "I don't think anyone is in danger.",
        "If you suspect someone is locked in, call 999.",
        "If you see a weapon, leave.",
        "She is not locked in.",
        "There are no children at the house.",
        "He is not a minor.",
        "Look out for signs such as injuries.",
    ],
)
def test_negated_and_hypothetical_cues_do_not_score(text: str) -> None:
    assert assess(text).score == 0


def test_uncertainty_still_scores() -> None:
    # A reporter's doubt is not a denial: the concern is still there.
    assert "immediate_danger" in codes("I'm not sure if she is locked in.")


def test_negation_does_not_leak_into_the_next_clause() -> None:
    assert "immediate_danger" in codes("She is not paid and she is locked in at night.")


def test_evidence_spans_quote_the_cue() -> None:
    text = "They keep a 14-year-old locked in the loft."
    reasons = {r.code: r for r in assess(text).reasons}
    quoted = {text[s:e] for s, e in reasons["immediate_danger"].evidence}
    assert "locked in" in quoted
    assert [text[s:e] for s, e in reasons["child"].evidence] == ["14-year-old"]


def test_ages_of_adults_are_not_children() -> None:
    assert "child" not in codes("A 19-year-old woman and a 45-year-old man work there.")


def test_same_input_same_output() -> None:
    text = "Twelve women, one aged 16, are kept in a flat; the boss took their passports."
    first = json.dumps(triage_document(text), sort_keys=True)
    for _ in range(5):
        assert json.dumps(triage_document(text), sort_keys=True) == first


def test_imminence_alone_is_not_danger() -> None:
    assert assess("I am going to the cinema tonight.").score == 0


def test_imminence_with_coercion_is_danger() -> None:
    assert "immediate_danger" in codes("He threatened her and she will be moved tonight.")


def test_score_is_capped_at_100() -> None:
    text = (
        "A 13-year-old and 20 other children are locked in tonight, beaten, threatened, "
        "not paid, their passports taken, no phones, owe a debt, promised a job, sleep on the "
        "floor, work 16 hours a day and do not speak English."
    )
    result = assess(text, context=RiskContext(True, True, 9))
    assert result.score == 100 and result.urgent


def test_context_flags_score_and_point_at_linked_mentions() -> None:
    text = "Call 07700 900123 about the car wash."
    base = assess(text).score
    ctx = RiskContext(touches_open_case=True, known_network=True, repeat_reports=2, evidence=((5, 17),))
    result = assess(text, context=ctx)
    reasons = {r.code: r for r in result.reasons}
    assert {"open_case", "known_network", "repeat_reports"} <= set(reasons)
    assert reasons["open_case"].evidence == ((5, 17),)
    assert result.score == base + 20 + 15 + 10
    assert result.urgent


def test_repeat_reports_are_capped() -> None:
    assert assess("x", context=RiskContext(repeat_reports=50)).score == 15


def test_context_from_dict_rejects_unknown_fields() -> None:
    with pytest.raises(ThreadlineError, match="unknown context field"):
        RiskContext.from_dict({"touches_open_case": True, "open_case": True})
    with pytest.raises(ThreadlineError, match="negative"):
        RiskContext(repeat_reports=-1)


def test_facts_indicators_replace_the_lexicon() -> None:
    text = "The workers were promised good pay. Their boss hits them."
    facts = Facts(
        language="en",
        classifications=[
            Classification("indicator", "deception", ((12, 34),), "test"),
        ],
    )
    with_facts = {r.code for r in assess(text, facts).reasons}
    assert with_facts == {"ilo:deception"}
    without = codes(text)
    assert {"ilo:deception", "ilo:physical_sexual_violence"} <= without


def test_facts_ages_and_counts_are_used() -> None:
    text = "A girl and several others were found."
    facts = Facts(
        language="en",
        mentions=[
            Mention("age", (2, 6), "girl", 15, "test"),
            Mention("count", (11, 25), "several others", 8, "test", attributes={"counts": "victims"}),
        ],
    )
    reasons = {r.code: r for r in assess(text, facts).reasons}
    assert reasons["child"].evidence == ((2, 6),)
    assert reasons["many_victims"].evidence == ((11, 25),)


def test_facts_exploitation_adds_labour_route() -> None:
    text = "They work at the place on the corner."
    facts = Facts(language="en", classifications=[Classification("sector", "car_wash", (), "t")])
    channels = [r["channel"] for r in triage_document(text, facts)["routes"]]
    assert channels == ["helpline", "labour_inspectorate"]


def test_facts_of_another_text_are_refused() -> None:
    facts = Facts(language="en", classifications=[Classification("indicator", "deception", ((0, 500),), "t")])
    with pytest.raises(ThreadlineError, match="outside the text"):
        assess("short text", facts)


def test_facts_of_the_wrong_type_are_refused() -> None:
    with pytest.raises(ThreadlineError, match="Facts"):
        assess("text", {"language": "en"})  # type: ignore[arg-type]


def test_text_must_be_a_string() -> None:
    with pytest.raises(ThreadlineError, match="string"):
        assess(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_bounded_score_and_valid_spans(text: str) -> None:
    result = assess(text)
    assert 0 <= result.score <= 100
    assert result.urgent == (result.score >= result.threshold)
    for reason in result.reasons:
        for start, end in reason.evidence:
            assert 0 <= start <= end <= len(text)


def test_child_and_exploitation_in_one_sentence_is_urgent() -> None:
    text = "A 14-year-old girl is made to see men at the flat."
    result = assess(text)
    reasons = {r.code: r for r in result.reasons}
    assert "child_exploitation" in reasons and result.urgent
    quoted = {text[s:e] for s, e in reasons["child_exploitation"].evidence}
    assert {"14-year-old", "made to see men"} <= quoted


def test_child_and_exploitation_in_different_sentences_is_not_combined() -> None:
    text = "The owner's nephew is 15. Next door there is a brothel."
    assert "child_exploitation" not in codes(text)


def test_imminence_must_share_the_sentence() -> None:
    assert "immediate_danger" not in codes("The men are threatened. I will walk past tonight.")
    assert "immediate_danger" in codes("The men are threatened and moved tonight.")


def test_possessive_parents_children_are_not_child_victims() -> None:
    assert "child" not in codes("The owner's kids sometimes help on Saturdays.")
    assert "child" in codes("The kids sell drugs for the owner.")


def test_evidence_inside_other_evidence_is_quoted_once() -> None:
    from threadline.triage.risk import _tidy

    assert _tidy([(7, 16), (2, 16), (2, 16), (20, 25), (21, 22)]) == ((2, 16), (20, 25))
