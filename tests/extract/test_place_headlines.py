"""Headline capitals, whole region names, "they are from" as the victims' origin; buyers and
people suspected are not victims.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _summary(text: str) -> dict[str, Any]:
    return extract(Document(text=text, language="en")).summary


def test_a_title_cased_headline_word_is_no_place() -> None:
    text = (
        "Ohio Restaurant Owner Sentenced for Forced Labor of an Employee\n"
        "The owner of a restaurant in Columbus was sentenced for forcing a man to work."
    )
    assert _summary(text)["places"] == ["Ohio", "Columbus"]


def test_a_state_named_with_a_direction_is_the_state() -> None:
    text = "A salon owner was charged with forcing a woman to work at her salon in North Carolina."
    summary = _summary(text)
    assert "North Carolina" in summary["places"]
    assert "PR" not in summary["victims"]["nationalities"] + summary["countries"]["destination"]


def test_they_are_from_gives_the_origin() -> None:
    text = (
        "Tourists in Port Vila thought the young men came from India. Police rescued 11 of them at a "
        "store in Vanuatu. They all are from Bangladesh."
    )
    summary = _summary(text)
    assert summary["countries"]["origin"] == ["BD"]
    assert summary["victims"]["nationalities"] == ["BD"]
    # where they were thought to come from is neither their origin nor where they were found
    assert summary["countries"]["destination"] == ["VU"]


def test_most_are_from_gives_the_origin() -> None:
    text = (
        "So far 23 potential victims, 21 women and two men, have been identified at the care agency "
        "in Kent. Most are from Zimbabwe and Ghana."
    )
    assert set(_summary(text)["countries"]["origin"]) == {"ZW", "GH"}


def test_buyers_and_people_suspected_are_not_victims() -> None:
    summary = _summary("Myanmar women are trafficked into China and forced to marry Chinese men.")
    assert summary["victims"]["nationalities"] == ["MM"]
    assert summary["victims"]["genders"] == ["female"]
    summary = _summary(
        "Police identified five men believed to be connected to the trafficking of several women."
    )
    assert summary["victims"]["count"] is None
    assert "male" not in summary["victims"]["genders"]
    summary = _summary(
        "Inside, officers discovered four women, suspected to be victims of human trafficking."
    )
    assert summary["victims"]["count"] == 4
