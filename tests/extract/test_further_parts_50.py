"""A further group that completes the lead's count with one part told between them. Texts written for
these tests (fiftieth session)."""

from __future__ import annotations

from tests.extract.support import counts_of


def test_a_further_two_complete_the_headline_count() -> None:
    text = (
        "Trafficking ring broken up in Cali, seven arrested\n\n"
        "Five people were arrested on Monday in raids on six homes in Cali and Palmira. "
        "The women had been promised work as waitresses in Panama. "
        "A further two suspects were arrested the same day in Panama City."
    )
    assert counts_of(text)["arrested"] == 7


def test_a_further_two_beyond_the_lead_still_add() -> None:
    text = (
        "Five people were arrested on Monday in raids on six homes in Cali and Palmira. "
        "The women had been promised work as waitresses in Panama. "
        "A further two suspects were arrested the same day in Panama City."
    )
    assert counts_of(text)["arrested"] == 7
