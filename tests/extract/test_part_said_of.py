"""A part of a group and what it is ("Six of the men are Romanian nationals"), even where the parser
makes "nationals" a subject (sentences written here)."""

from __future__ import annotations

from tests.extract.support import schema_of


def _victims(text: str) -> dict:
    return schema_of(text)["victims"]


def test_part_of_the_men_found_gives_their_nationality() -> None:
    text = (
        "Police found nine men living in a shed behind a car wash in Wrexham. "
        "Seven of the men are Romanian nationals and the other two are from Moldova."
    )
    assert "RO" in _victims(text)["nationalities"]


def test_part_of_the_suspects_is_no_victims_nationality() -> None:
    text = "Police arrested four suspects in Leeds on Tuesday. Two of the suspects are Romanian nationals."
    assert "RO" not in _victims(text)["nationalities"]
