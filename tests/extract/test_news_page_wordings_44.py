"""Wordings of news pages and releases read in the forty-fourth session."""

from __future__ import annotations

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
