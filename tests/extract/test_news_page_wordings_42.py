"""Wordings of news pages and press releases read in the forty-second session: several writers on
one byline, lists of people told apart by age, shares of a group given a nationality, the US statute's
"obtained the labor of", quoted nicknames, and victims found during an arrest."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of, schema_of

ARREST = "Police arrested two men in Doha on suspicion of trafficking."


@pytest.mark.parametrize(
    "byline",
    [
        "By Sunita Gurung and Farhan Ahmed | DOHA | 9 December 2025",
        "By Claire Dumont and Wei Zhang",
        "By Alejandra Ruiz Tapia | Translated from Spanish | Published 14 August 2025, 18:42 CST",
    ],
)
def test_writers_on_a_byline_are_no_suspects(byline: str) -> None:
    assert schema_of(f"{byline}\n\n{ARREST}")["suspects"] == []


def test_a_sentence_opening_with_by_keeps_its_suspects() -> None:
    text = "By Monday, Ion Popa and Vasile Ene, both 30, were charged with trafficking."
    assert set(schema_of(text)["suspects"]) == {"Ion Popa", "Vasile Ene"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers arrested a 39-year-old man, a 36-year-old woman and a 19-year-old man.", 3),
        ("Officers arrested a 39-year-old man, a 36-year-old woman and a 19-year-old woman.", 3),
        ("Police arrested a man, a woman and a boy.", 3),
        ("A fourth person, a 41-year-old man, was arrested.", 1),
    ],
)
def test_people_told_apart_by_age_or_sex_are_a_list(text: str, expected: int) -> None:
    assert counts_of(text)["arrested"] == expected


@pytest.mark.parametrize(
    ("second", "code"),
    [
        ("All but one of the workers are Bolivian.", "BO"),
        ("Most of the women are Nigerian.", "NG"),
        ("The majority of the victims were Vietnamese.", "VN"),
        ("All of the workers were Bolivian.", "BO"),
    ],
)
def test_a_share_of_the_group_gives_the_victims_nationality(second: str, code: str) -> None:
    text = f"Police freed 31 workers from a sewing workshop in Buenos Aires. {second}"
    assert code in schema_of(text)["victims"]["nationalities"]


def test_the_labour_of_crewmembers_obtained_by_the_defendants() -> None:
    text = (
        "According to the indictment, the defendants obtained the labor of nine foreign crewmembers — "
        "seven Indonesian nationals and two Philippine nationals — by means of serious harm."
    )
    schema = schema_of(text)
    assert schema["victims"]["count"] == 9
    assert set(schema["victims"]["nationalities"]) == {"ID", "PH"}


def test_the_trafficking_of_women_names_the_victims() -> None:
    schema = schema_of("The defendants are accused of the trafficking of six Romanian women.")
    assert schema["victims"]["nationalities"] == ["RO"]


def test_a_quoted_nickname_is_part_of_one_name() -> None:
    text = (
        'Curtis Reyes, 52, and Benigno "Benny" Soriano, 46, the vessel captain, were arrested on '
        "November 5, 2025. Soriano threatened the crew."
    )
    schema = schema_of(text)
    assert set(schema["suspects"]) == {"Curtis Reyes", "Benigno Soriano"}
    assert schema["outcomes"]["arrested"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men after finding 41 farmhands working in a field.",
        "After discovering 41 women in a flat, police arrested two men.",
    ],
)
def test_people_found_during_an_arrest_are_victims(text: str) -> None:
    assert counts_of(text)["victims"] == 41


def test_finding_someone_guilty_counts_no_victims() -> None:
    text = "The jury, after finding the two men guilty of trafficking, was discharged."
    assert counts_of(text)["victims"] is None
