"""A unit written with and without its parent's name is one body; a parent and its division are two.
Names written for these tests."""

from __future__ import annotations

from threadline.extract.case import collapse


def test_a_unit_with_its_acronym_and_with_its_parents_name_is_one_body() -> None:
    names = ["Organised Immigration Crime Unit (OICU)", "GMP Organised Immigration Crime Unit"]
    assert collapse(names) == ["Organised Immigration Crime Unit (OICU)"]


def test_a_parent_and_its_division_stay_apart() -> None:
    names = ["National Bureau of Investigation (NBI)", "National Bureau of Investigation – Cyber Division"]
    assert collapse(names) == names


def test_two_people_sharing_a_surname_stay_apart() -> None:
    assert collapse(["John Smith", "Jane Smith"]) == ["John Smith", "Jane Smith"]
