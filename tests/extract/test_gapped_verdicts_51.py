"""Verdicts for more than one person in one clause (fifty-first session), in sentences written here: the
court's own verb with the verb left out after the first term, and a relative clause between the people
and their plea."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of, schema_of


@pytest.mark.parametrize(
    ("text", "convicted"),
    [
        ("The district court sentenced a farmer to eight years in prison and his brother to five years.", 2),
        ("A tribunal in Khulna sentenced two brokers to 12 years each and their driver to three years.", 3),
        ("The judge sentenced the boss to 14 years, his deputy to nine years and a driver to 30 months.", 3),
    ],
)
def test_the_courts_verb_with_gapped_terms_convicts_each(text: str, convicted: int) -> None:
    assert counts_of(text)["convicted"] == convicted


def test_a_relative_clause_between_the_people_and_their_plea() -> None:
    text = "Three sisters who ran a cleaning agency in Bristol pleaded guilty on Monday to forced labour."
    assert counts_of(text)["convicted"] == 3


def test_a_dated_gapped_verdict_naming_the_cases_people_stays_the_cases_own() -> None:
    text = (
        "Police arrested Tran Van Loc and his partner Nguyen Thi Hoa at a flat in Hai Phong in 2023. "
        "In March 2025 the provincial court sentenced Loc to nine years and Hoa to six years in prison."
    )
    outcomes = schema_of(text)["outcomes"]
    assert outcomes["convicted"] == 2
    assert outcomes["sentence_years_max"] == 9.0
