"""Agencies and places on real English pages (2026-11-29): forces named in English, laws and
companies that are not agencies, ranks, acronyms that depend on the country, forces and
prosecutors named by their town, regions and districts. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from threadline.extract import case, organisations
from threadline.extract.pipeline import extract
from threadline.extract.types import Mention
from threadline.taxonomy.document import Document


def _summary(text: str) -> dict[str, Any]:
    return extract(Document(text=text, language="en")).summary


def _norm(names: list[str]) -> str:
    return " | ".join(names).casefold()


def test_romanian_police_keeps_its_english_name() -> None:
    got = _summary("Officers from the Romanian Police arrested four suspects in Brasov on Tuesday.")
    assert "romanian police" in _norm(got["agencies"])


def test_garda_name_carries_the_plural_form() -> None:
    got = _summary("Gardaí arrested three men after searches at a farm near Limerick on Monday.")
    assert "gardaí" in _norm(got["agencies"]) or "garda" in _norm(got["agencies"])


@pytest.mark.parametrize(
    "name",
    [
        "Immigration and Refugee Protection Act",
        "Trafficking Victims Protection Act",
        "Sunrise Recruitment Agency",
        "Golden Travel Agency",
        "Thomson Reuters Foundation",
        "Deputy Superintendent of Police",
        "Sub-Inspector of Police",
    ],
)
def test_laws_companies_and_ranks_are_not_agencies(name: str) -> None:
    assert organisations.org_kind(name) is None


@pytest.mark.parametrize("name", ["Ontario Provincial Police", "Kent Police", "Border Force", "Home Affairs"])
def test_bodies_stay_agencies(name: str) -> None:
    assert organisations.org_kind(name) is not None


def test_afp_is_the_police_only_in_australian_news() -> None:
    police = _summary(
        "The AFP charged a man in Brisbane with forcing two women to work in his house for no pay."
    )
    assert any("Australian Federal Police" in a for a in police["agencies"])
    news = _summary(
        "Police in Lyon arrested a man accused of forcing two women to work for no pay, AFP reported."
    )
    assert not any("Australian Federal Police" in a for a in news["agencies"])


def test_photo_credit_is_not_an_acting_agency() -> None:
    got = _summary(
        "Two men were jailed for forcing workers to pick fruit without pay.\nCredit: Lancashire Police"
    )
    assert not any("Lancashire" in a for a in got["agencies"])


def test_force_after_an_unrelated_name_is_found() -> None:
    got = _summary(
        "Officers from Operation Harbour, Devon Police’s specialist team, arrested a man who forced "
        "three women into prostitution."
    )
    assert any("Devon Police" in a for a in got["agencies"])


def test_area_police_that_said_something_act() -> None:
    got = _summary("Peel Region police said eleven workers were rescued from a farm last week.")
    assert any(a.casefold() == "peel region police" for a in got["agencies"])


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Police in Chiang Rai Province have rescued nine girls from a karaoke bar.", "chiang rai police"),
        (
            "Prosecutors in the northern Italian city of Verona have charged four farm owners with "
            "exploiting labourers.",
            "verona prosecutors",
        ),
    ],
)
def test_police_named_by_their_area(text: str, agency: str) -> None:
    assert agency in _norm(_summary(text)["agencies"])


def test_police_in_an_area_is_the_named_force_when_there_is_one() -> None:
    got = _summary(
        "Nine workers were found by police in Hampshire. Hampshire Constabulary said two men were held."
    )
    assert not any(a.casefold() == "hampshire police" for a in got["agencies"])


def test_police_of_a_country_or_many_forces_are_not_an_area_force() -> None:
    got = _summary("Police in Bulgaria raided 20 homes. Multiple police forces took part in the raids.")
    assert not any(a.casefold() in ("bulgaria police", "multiple police") for a in got["agencies"])


def _place(text: str, start: int, label: str = "GPE", **attrs: Any) -> Mention:
    return Mention("place", (start, start + len(text)), text, text, "test", 0.6, {"label": label, **attrs})


def _kept(mentions: list[Mention], text: str) -> list[str]:
    return [m.value for m in case.geocode_places(mentions, "en", text) if m.kind == "place"]


def test_unknown_names_that_are_codes_or_hold_a_country_are_not_places() -> None:
    text = "Acting United States Attorney said K9 units and NZ officers helped in Leeds."
    mentions = [_place("Acting United States", 0), _place("K9", 36), _place("NZ", 49), _place("Leeds", 70)]
    assert _kept(mentions, text) == ["Leeds"]


def test_unknown_place_inside_a_longer_person_name_is_dropped() -> None:
    text = "Bertilo Ramos Quintero, 41, was jailed. Bertilo lived in Tulsa."
    person = Mention("person", (0, 22), "Bertilo Ramos Quintero", "Bertilo Ramos Quintero", "test", 0.6, {})
    mentions = [person, _place("Bertilo", 40), _place("Tulsa", 57)]
    assert _kept(mentions, text) == ["Tulsa"]


def test_place_after_of_in_a_person_mention_stays() -> None:
    text = "Ravi Kant of Shanti Vihar owned the kiln. Raids were made in Shanti Vihar."
    person = Mention(
        "person", (0, 25), "Ravi Kant of Shanti Vihar", "Ravi Kant of Shanti Vihar", "test", 0.6, {}
    )
    mentions = [person, _place("Shanti Vihar", 61)]
    assert _kept(mentions, text) == ["Shanti Vihar"]


def test_a_name_before_news_is_an_outlet() -> None:
    text = "The officer told Kumasi News that the girls were safe."
    assert _kept([_place("Kumasi", 17)], text) == []


def test_an_organisation_that_shares_a_far_city_name_is_not_a_place() -> None:
    text = "The workers were driven in a Toyota van to the farm."
    candidate = _place("Toyota", 29, label="ORG", needs_gazetteer=True, person_alt=False)
    assert _kept([candidate], text) == []


def test_local_government_area_names_a_place() -> None:
    got = _summary(
        "Police in Nigeria rescued six girls from a hotel in the Ikot Ekpene Local Government Area, "
        "where they had been forced into prostitution."
    )
    assert "ikot ekpene" in _norm(got["places"])


def test_greater_area_names_its_city() -> None:
    got = _summary("Officers in Canada rescued 20 workers from homes across the Greater Calgary Area.")
    assert "calgary" in _norm(got["places"])


def test_english_regions_resolve_in_england() -> None:
    assert case._lookup("South West", ["GB"]).country == "GB"
    assert case._lookup("East Midlands", ["GB"]).country == "GB"


def test_untagged_town_after_a_preposition_is_confirmed_by_the_gazetteer() -> None:
    got = _summary(
        "Two Vietnamese teenagers were made to work without pay at nail bars in Taunton and Yeovil, "
        "a court in England heard."
    )
    assert {"taunton", "yeovil"} <= set(_norm(got["places"]).split(" | "))


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("The Royal Netherlands Marechaussee (KMar) inspected housing in North Brabant.",
         "Royal Netherlands Marechaussee"),
        ("In Portugal, the Polícia Judiciária carried out inspections in Odemira.", "Polícia Judiciária"),
        ("The customs service's Financial Control of Undeclared Work (FKS) checked meat plants.",
         "Financial Control of Undeclared Work"),
        ("The bank filed a suspicious transaction report with FINTRAC in August.", "FINTRAC"),
        ("Workers were advised by Faire Mobilität, which counsels migrant workers.", "Faire Mobilität"),
    ],
)  # fmt: skip
def test_european_police_and_labour_controls_are_agencies(text: str, agency: str) -> None:
    assert agency in _summary(text)["agencies"]
