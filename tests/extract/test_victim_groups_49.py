"""Victim counts told with a bracketed breakdown between the group and its verb, and a single victim
who speaks for the group. Sentences written for these tests (forty-ninth session)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Assessment: 19 crew (17 IDN, 2 PHL) identified as potential victims of trafficking.", 19),
        ("Police said 12 workers (nine from Nepal, three from India) were rescued from the kiln.", 12),
    ],
)
def test_a_bracket_between_group_and_verb(text: str, victims: int) -> None:
    assert counts_of(text)["victims"] == victims


def test_one_victim_who_speaks_is_not_the_count() -> None:
    text = (
        "Seven men worked at the car washes, and police rescued all seven in June. "
        "One victim told police that the boss warned him he would end up in the river."
    )
    assert counts_of(text)["victims"] == 7


def test_one_victim_rescued_is_still_one() -> None:
    assert counts_of("Police rescued one victim from the flat.")["victims"] == 1
