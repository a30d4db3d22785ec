"""Wordings of news pages and releases read in the forty-fourth session."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


def test_home_office_immigration_enforcement_is_one_body() -> None:
    text = (
        "Officers from West Midlands Police, working alongside Walsall Council trading standards officers "
        "and Home Office Immigration Enforcement, raided three nail salons in Walsall on Tuesday."
    )
    agencies = schema_of(text)["agencies"]
    assert "Home Office Immigration Enforcement" in agencies
    assert "Home Office" not in agencies


def test_a_body_after_a_name_the_ner_ran_into_the_lists_and_is_named() -> None:
    # the NER writes "[Walsall Council and]": the body after the "and" is the next in the list, not a
    # unit of the council
    text = (
        "Officers from West Midlands Police, working alongside Walsall Council and Home Office Immigration "
        "Enforcement, raided three nail salons in Walsall on Tuesday."
    )
    assert "Home Office Immigration Enforcement" in schema_of(text)["agencies"]


@pytest.mark.parametrize(
    "found",
    [
        "Agents recovered the victim's passport from a locked safe in the couple's bedroom.",
        "During Monday's search, officers seized the woman's passport and bank statements.",
        "Officers searching the house recovered her Nigerian passport from a locked drawer.",
        "Agents later found 31 of the passports in a locked safe in his home.",
        "Officers found the women's passports in a locked safe.",
    ],
)
def test_passports_the_authorities_found_are_seized_documents(found: str) -> None:
    assert "documents" in schema_of(f"Police rescued four women in Leeds. {found}")["seized"]


def test_passports_the_traffickers_took_are_no_seizure() -> None:
    text = "The gang seized the women's passports on arrival and sold them to brothels in Leeds."
    assert "documents" not in schema_of(text)["seized"]
