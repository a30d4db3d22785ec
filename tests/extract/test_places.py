"""Offline geocoding, country names and demonyms."""

from __future__ import annotations

import pytest

from threadline.extract.pipeline import extract
from threadline.extract.places import country_code, demonym_code, geocode
from threadline.taxonomy.document import Document


def test_colindale_is_in_london_not_pennsylvania() -> None:
    place = geocode("Colindale")
    assert place is not None
    assert place.country == "GB"
    assert place.source == "supplement"


@pytest.mark.parametrize("name", ["Iasi", "Iași", "Iaşi", "IAȘI"])
def test_romanian_diacritics_fold(name: str) -> None:
    place = geocode(name, ["RO"])
    assert place is not None and place.country == "RO"


def test_cedilla_and_comma_below_meet() -> None:
    a, b = geocode("Constanţa"), geocode("Constanța")
    assert a is not None and b is not None and a.country == b.country == "RO"


def test_division_with_suffix_and_preference() -> None:
    kogi = geocode("Kogi State")
    assert kogi is not None and kogi.country == "NG"
    plateau = geocode("Plateau", ["NG"])
    assert plateau is not None and plateau.country == "NG"


def test_preferred_country_decides_between_namesakes() -> None:
    assert geocode("Cartagena", ["CO"]).country == "CO"
    assert geocode("Cartagena", ["ES"]).country == "ES"


def test_small_foreign_namesakes_are_not_believed() -> None:
    assert geocode("Police") is None  # a village in Poland, not a place in a report
    assert geocode("") is None
    assert geocode("x" * 500) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [("the UK", "GB"), ("Britain", "GB"), ("United States", "US"), ("the United States", "US"),
     ("Marea Britanie", "GB"), ("România", "RO"), ("Philippines", "PH"), ("Germania", "DE")],
)  # fmt: skip
def test_country_names(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [("Romanian", "RO"), ("Romanians", "RO"), ("româncă", "RO"), ("români", "RO"),
     ("Filipinos", "PH"), ("Vietnamese", "VN"), ("Nigerian", "NG"), ("moldoveni", "MD")],
)  # fmt: skip
def test_demonyms(word: str, code: str) -> None:
    assert demonym_code(word) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Victimele erau duse în locuințe din municipiile Brașov, Sibiu, Cluj – Napoca și Deva.",
         {"Brașov", "Sibiu", "Cluj-Napoca", "Deva"}),
        ("Au fost efectuate nouă percheziții pe raza județelor Caraș-Severin (Oravița și Moldova Nouă) "
         "și Timiș (Jimbolia).", {"Oravița", "Moldova Nouă", "Jimbolia"}),
    ],
)  # fmt: skip
def test_romanian_town_lists_after_plural_kinds_and_in_brackets(text: str, expected: set[str]) -> None:
    places = set(extract(Document(text=text, language="ro")).summary["places"])
    assert expected <= places


@pytest.mark.parametrize(
    ("name", "code"),
    [("Burma", "MM"), ("DRC", "CD"), ("Côte d’Ivoire", "CI"), ("the Emirates", "AE"), ("Bosnia", "BA"),
     ("Trinidad", "TT"), ("Swaziland", "SZ"), ("KSA", "SA")],
)  # fmt: skip
def test_older_and_short_country_names(name: str, code: str) -> None:
    assert country_code(name) == code


def test_a_country_as_a_given_name_is_no_nationality() -> None:
    for text in (
        "The gang's leader, Jordan Blake, 27, of Walton, admitted conspiracy to supply drugs.",
        "Police freed four women. Georgia Hart, a spokeswoman for the charity, said they were safe.",
    ):
        assert extract(Document(text=text, language="en")).summary["victims"]["nationalities"] == [], text
    moldova = extract(Document(text="A woman from Moldova was rescued by police.", language="en"))
    assert moldova.summary["victims"]["nationalities"] == ["MD"]
