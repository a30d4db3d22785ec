"""A county force named as "Constabulary" and, in a quote, as "Police" is one agency (sentences
written here)."""

from __future__ import annotations

from tests.extract.support import schema_of


def _agencies(text: str) -> list[str]:
    return schema_of(text)["agencies"]


def test_constabulary_and_police_of_one_county_are_one_force() -> None:
    text = (
        "Officers from Suffolk Constabulary arrested two men at a car wash in Ipswich on Monday. "
        "Detective Sergeant Amy Cole of Suffolk Police's Operation Sentinel team said the workers were safe."
    )
    agencies = _agencies(text)
    assert "Suffolk Constabulary" in agencies
    assert "Suffolk Police" not in agencies


def test_two_counties_forces_stay_two() -> None:
    text = (
        "Officers from Suffolk Constabulary and Essex Police arrested two men at a car wash in Ipswich "
        "on Monday."
    )
    agencies = _agencies(text)
    assert "Suffolk Constabulary" in agencies
    assert "Essex Police" in agencies
