"""A sentence's opener is no part of a force's name, and "police" alone names no agency.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from threadline.extract.organisations import clean_org
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _agencies(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["agencies"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Although Police", "Police"),
        ("During the Border Force", "Border Force"),
        ("Thessaly Police", "Thessaly Police"),
        ("the Metropolitan Police", "Metropolitan Police"),
    ],
)
def test_openers_are_cut_from_names(raw: str, name: str) -> None:
    assert clean_org(raw) == name


def test_a_sentence_opener_before_police_names_no_force() -> None:
    agencies = _agencies("During police raids in Leeds, officers rescued five women from a flat.")
    assert not any(a.lower().startswith("during") for a in agencies)
    agencies = _agencies("Although Police said the men were released, the inquiry into the farm continues.")
    assert agencies == []


def test_a_named_force_in_lower_case_stays() -> None:
    # a force the lexicon knows comes out under its official name
    agencies = _agencies("Merseyside police arrested two men at the car wash.")
    assert [a.casefold() for a in agencies] == ["merseyside police"]


def test_a_headline_verb_ends_the_agencys_name() -> None:
    from threadline.extract.organisations import clean_org

    assert clean_org("National Guard Busts Forced Labour Ring In Three Provinces") == "National Guard"
    assert clean_org("Qatar MoI Arrests Recruitment Office Owners") == "Qatar MoI"
    assert clean_org("The Child Rescues Foundation") == "Child Rescues Foundation"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("County Sheriff's Office Lt.", "County Sheriff's Office"),
        ("Riverside Police Chief", "Riverside Police"),
        ("Kent Police Det. Supt.", "Kent Police"),
        ("Independent Anti-Slavery Commissioner", "Independent Anti-Slavery Commissioner"),
        ("Police Service of Northern Ireland", "Police Service of Northern Ireland"),
    ],
)
def test_the_rank_of_the_officer_quoted_is_cut_from_the_name(raw: str, name: str) -> None:
    assert clean_org(raw) == name


def test_an_agency_in_capitals_in_a_letterhead_is_named() -> None:
    got = _agencies(
        "NORTHUMBRIA POLICE\nPress release\n\nOfficers arrested two men in Newcastle on suspicion of "
        "modern slavery offences."
    )
    assert got == ["Northumbria Police"]
