"""People sent abroad are victims (not those sent to court); "as young as 14" is an age. Sentences
written for these tests (fiftieth session)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Police freed two women in May. At least nine women had been sent to Dubai by the agency.", 9),
        ("Police freed two girls in June. Twelve girls were sent to Qatar by the broker in 2023.", 12),
    ],
)
def test_people_sent_abroad(text: str, victims: int) -> None:
    assert counts_of(text)["victims"] == victims


def test_people_sent_to_court_are_not_victims() -> None:
    text = "Police rescued two women in May. The three men were later sent to the crown court for trial."
    assert counts_of(text)["victims"] == 2


def test_as_young_as_is_an_age() -> None:
    text = "Police rescued four boys from the flat. Boys as young as 13 were rescued from such flats."
    assert counts_of(text)["victims"] == 4
