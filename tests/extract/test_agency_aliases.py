"""One agency per organisation: a country's police written several ways in one report, generic
"<country> police" next to the force the report names, and police buildings next to their force.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from threadline.extract.organisations import clean_org, resolve_agency_aliases
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _agencies(text: str) -> list[str]:
    summary: dict[str, Any] = extract(Document(text=text, language="en")).summary
    return summary["agencies"]


def _police_names(agencies: list[str]) -> list[str]:
    return [a for a in agencies if "police" in a.casefold() or "policía" in a.casefold()]


def test_spanish_national_police_written_four_ways_is_one_agency() -> None:
    got = _agencies(
        "Spanish police free eleven women held in flats in Valencia.\n\n"
        "The Spanish National Police said on Friday that officers of the National Police of Spain "
        "had arrested six suspects. The Policía Nacional worked with Europol on the case, and "
        "Spanish police expect more arrests."
    )
    assert _police_names(got) == ["Spanish National Police"]
    assert "Europol" in got


def test_thai_police_and_its_possessive_form_are_one_agency() -> None:
    got = _agencies(
        "A woman held in a compound near the border sent a message to Thai police asking for help. "
        "Thailand's Police Commissioner-General said nine workers were freed on Monday."
    )
    assert _police_names(got) == ["Thai police"]


def test_federal_police_in_a_german_report_is_the_german_federal_police() -> None:
    got = _agencies(
        "Germany-wide police raids target a labour trafficking ring.\n\n"
        "German police searched twenty flats on Wednesday. Federal police said that nine men had "
        "been detained and that forty workers from Moldova were being looked after."
    )
    assert _police_names(got) == ["German Federal Police"]


def test_uk_police_is_not_an_agency_next_to_the_force() -> None:
    got = _agencies(
        "UK police free seven men forced to work on farms.\n\n"
        "Officers from Wiltshire Police arrested two brothers in Swindon on Tuesday after seven men "
        "were found living in caravans."
    )
    assert [a.casefold() for a in _police_names(got)] == ["wiltshire police"]


def test_canadian_police_is_the_regional_force_the_report_names() -> None:
    got = _agencies(
        "Canada police free farm workers from Guatemala.\n\n"
        "Durham Regional Police arrested three people in Oshawa on Thursday, Canadian police said, "
        "after twelve workers told officers their passports had been taken."
    )
    assert _police_names(got) == ["Durham Regional Police"]


def test_italian_police_is_the_carabinieri_the_report_names() -> None:
    got = _agencies(
        "Italian police free migrant farm hands.\n\n"
        "The Carabinieri arrested a farm owner near Foggia after twenty workers said they were paid "
        "two euros an hour."
    )
    assert _police_names(got) == [] and got == ["Carabinieri"]


def test_police_station_of_a_named_force_is_not_another_agency() -> None:
    got = _agencies(
        "Nakuru Central Police rescued fourteen girls from a lodge on Saturday. The two suspects "
        "are held at Nakuru Police Station while detectives continue their inquiries."
    )
    assert _police_names(got) == ["Nakuru Central Police"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a force abroad does not swallow another country's police
        (["Metropolitan Police", "Romanian police"], ["Metropolitan Police", "Romanian police"]),
        # the name that carries the acronym wins over the same name without it
        (["Australian Federal Police (AFP)", "Australian Federal Police", "Australian police"],
         ["Australian Federal Police (AFP)"]),
        # a lone generic police of a country with a national force stays: it is the only name
        (["Indian police", "Maiti Nepal"], ["Indian police", "Maiti Nepal"]),
    ],
)  # fmt: skip
def test_alias_resolution_keeps_distinct_forces(names: list[str], expected: list[str]) -> None:
    assert resolve_agency_aliases(names) == expected


def test_district_office_acronym_keeps_the_district_name() -> None:
    got = _agencies(
        "Officers of the Dhading District Police Office (DPO) rescued five girls from a bus on the "
        "highway. The DPO said two brokers had been arrested."
    )
    assert any(a.startswith("Dhading District Police Office") for a in got)


@pytest.mark.parametrize("word", ["Directorate", "Brigade", "NGO"])
def test_a_head_word_alone_is_a_back_reference(word: str) -> None:
    got = _agencies(
        f"The National Agency for the Prohibition of Trafficking in Persons rescued nine women in Kano. "
        f"The {word} said on Monday that the women were being given shelter and counselling."
    )
    assert word not in got


def test_a_name_cut_before_its_object_loses_the_dangling_words() -> None:
    assert clean_org("the Denver Field Office of the") == "Denver Field Office"


def test_diicot_territorial_offices_are_diicot() -> None:
    text = (
        "Polițiștii Brigăzii de Combatere a Criminalității Organizate Brașov, împreună cu procurorii "
        "DIICOT – Serviciul Teritorial Brașov, au efectuat șapte percheziții domiciliare. "
        "Persoanele au fost conduse la sediul DIICOT - Biroul Teritorial Covasna."
    )
    agencies = extract(Document(text=text, language="ro")).summary["agencies"]
    assert not [a for a in agencies if "Teritorial" in a]
    assert "DIICOT" in agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid was carried out by Daresi and Jodhewal police after a tip-off.",
         {"Daresi police", "Jodhewal police"}),
        ("Avon and Somerset police arrested two men at a car wash.", {"Avon and Somerset Police"}),
        ("Inspectors and Limburg police visited the plant last week.", {"Limburg police"}),
        ("The tahsildar, the revenue inspector of Mappedu and police personnel inspected the kiln.",
         set()),
    ],
)  # fmt: skip
def test_forces_named_together_with_and(text: str, expected: set[str]) -> None:
    agencies = extract(Document(text=text, language="en")).summary["agencies"]
    assert set(agencies) == expected


def test_indian_child_protection_bodies_are_agencies() -> None:
    text = (
        "The nine children rescued at the station were produced before the Child Welfare Committee "
        "and handed to the District Child Protection Unit, police said."
    )
    agencies = " | ".join(extract(Document(text=text, language="en")).summary["agencies"])
    assert "Child Welfare Committee" in agencies
    assert "District Child Protection Unit" in agencies


@pytest.mark.parametrize(
    ("sentence", "acronym"),
    [
        (
            "Officers from HMRC joined the raid on the nail bar in Walsall, where four women were found.",
            "HMRC",
        ),
        ("USCIS officers interviewed the six workers rescued from the farm in Idaho.", "USCIS"),
    ],
)
def test_an_agency_written_only_by_its_acronym_keeps_the_acronym_in_its_name(
    sentence: str, acronym: str
) -> None:
    # analysts and annotators write the acronym the report used; the long name alone hides it
    assert any(f"({acronym})" in agency for agency in _agencies(sentence))


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Chaplains from Stella Maris met the crew in Grimsby after the boat was detained.", "Stella Maris"),
        ("The girls were taken to a shelter run by Maiti Nepal in Kathmandu.", "Maiti Nepal"),
        ("Inspectors from the Fair Work Ombudsman found 30 unpaid workers.", "Fair Work Ombudsman"),
        ("Challenging Heights rescued 12 boys from fishing boats on the lake.", "Challenging Heights"),
    ],
)
def test_ngos_and_inspectorates_of_many_countries_are_agencies(text: str, agency: str) -> None:
    assert agency in _agencies(text)
