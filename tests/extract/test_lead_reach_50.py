"""A victim count far below the lead is background unless it names the same people again. Texts
written for these tests (fiftieth session)."""

from __future__ import annotations

from tests.extract.support import counts_of

_FILLER = " ".join(f"Paragraph {n} of the report said little of interest." for n in range(1, 13))


def test_a_far_background_figure_does_not_win() -> None:
    text = (
        "Police rescued six women from a house in Leeds on Monday. "
        + _FILLER
        + " Police in Spain freed 47 women from brothels on the coast."
    )
    assert counts_of(text)["victims"] == 6


def test_a_near_second_count_still_counts() -> None:
    text = "Police rescued six women from a house in Leeds on Monday. Officers later rescued nine women."
    assert counts_of(text)["victims"] == 9


def test_a_far_recap_of_the_same_people_still_counts() -> None:
    text = (
        "Police rescued two boys from a flat in Hull. "
        + _FILLER
        + " The two boys and their mother were taken to safety by the council."
    )
    assert counts_of(text)["victims"] == 3
