"""Wordings of news pages and press releases read in the forty-sixth session: bodies named for what
they are made of (an alliance, a coalition, a union, an association) or what they do (an inspection,
an administration) act in a case like any police force."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of
from threadline.extract.organisations import org_kind


@pytest.mark.parametrize(
    "name",
    [
        "Midlands Anti-Slavery Alliance",
        "Coastal Coalition Against Trafficking",
        "Seasonal Workers Association",
        "Union of Construction Workers of Croatia",
        "Regional Labour Inspection",
        "Police Administration in Novi Sad",
        "Harbour Refugee Ministries",
        "Catholic Charities of the Valley",
    ],
)
def test_bodies_named_by_what_they_are_have_a_kind(name: str) -> None:
    assert org_kind(name) == "agency"


@pytest.mark.parametrize("name", ["European Union", "Unionville Traders Ltd", "The Alliance Hotel"])
def test_a_union_of_states_and_businesses_are_no_agencies(name: str) -> None:
    assert org_kind(name) is None


def test_an_association_that_helped_the_workers_is_an_agency() -> None:
    text = (
        "Twelve workers from Nepal were found at a farm near Girona on Tuesday. The Seasonal Workers "
        "Association, which first raised the alarm, is supporting them."
    )
    assert "Seasonal Workers Association" in schema_of(text)["agencies"]


BODY = "Officers rescued four women from a flat on Tuesday and arrested two men."


@pytest.mark.parametrize(
    ("heading", "agency"),
    [
        ("KESTREL VALLEY POLICE SERVICE", "Kestrel Valley Police Service"),
        ("POLICE OF THE NORTHERN PROVINCE", "Police of the Northern Province"),
        ("MARLOW COUNTY SHERIFF'S OFFICE – CRIME TIP", "Marlow County Sheriff's Office"),
        ("EMBASSY OF THE REPUBLIC OF ARDEN | CASE REFERRAL FORM", "Embassy of the Republic of Arden"),
    ],
)
def test_a_body_named_in_a_heading_of_capitals_acts(heading: str, agency: str) -> None:
    assert agency.casefold() in {a.casefold() for a in schema_of(f"{heading}\n\n{BODY}")["agencies"]}


@pytest.mark.parametrize("heading", ["COURT REPORT", "CONTACT WITH AGENCY", "POLICE INVOLVEMENT"])
def test_a_heading_about_a_body_names_none(heading: str) -> None:
    assert schema_of(f"{heading}\n\n{BODY}")["agencies"] == []


@pytest.mark.parametrize(
    "name",
    [
        "Sous-Direction de la Lutte contre la Traite des Enfants",
        "Dirección de Investigación Criminal",
        "Secretaría de Seguridad Ciudadana",
        "Nucleo Ispettorato del Lavoro",
        "Procura della Repubblica di Latina",
        "Juzgado de Instrucción número 2 de Lorca",
        "Cuerpo Técnico de Investigación",
        "Asociación La Esperanza",
        "Fundación Camino Abierto",
    ],
)
def test_bodies_named_in_their_own_language_have_a_kind(name: str) -> None:
    assert org_kind(name) == "agency"


def test_a_bare_procura_is_no_body() -> None:
    assert org_kind("Procura") is None


def test_a_national_force_is_kept_beside_its_own_directorate() -> None:
    text = (
        "Officers from the South African Police Service and the Hawks rescued nine women from a house "
        "in Sunnyside on Thursday and arrested two men."
    )
    agencies = schema_of(text)["agencies"]
    assert "South African Police Service (SAPS)" in agencies
    assert "Directorate for Priority Crime Investigation (Hawks)" in agencies


@pytest.mark.parametrize(
    ("written", "agency"),
    [
        ("the Guarda Nacional Republicana", "Guarda Nacional Republicana (GNR)"),
        ("the National Republican Guard", "National Republican Guard (GNR)"),
        ("the Republican National Guard", "Republican National Guard (GNR)"),
    ],
)
def test_portugals_guard_keeps_the_name_the_text_gives_it(written: str, agency: str) -> None:
    text = f"Officers of {written} freed 14 farm workers near Odemira on Monday and arrested three men."
    assert agency in schema_of(text)["agencies"]


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("New Zealand Police executed search warrants at five homes in Auckland.", "New Zealand Police"),
        ("Migración Colombia officers found the women at a bus terminal.", "Migración Colombia"),
        ("The women are being supported by Bawso, which runs a refuge in Cardiff.", "Bawso"),
        ("Prosecutors from PROTEX charged the couple with trafficking.", "PROTEX"),
    ],
)
def test_bodies_of_more_countries_are_known(sentence: str, agency: str) -> None:
    assert any(agency in a for a in schema_of(sentence)["agencies"])


@pytest.mark.parametrize(
    "sentence",
    [
        "She was never given any money for the months she worked at the house.",
        "The farmer paid them little or nothing for fourteen-hour days.",
        "The men were made to work for almost nothing on the building sites.",
        "They were offered a salary of 900 dollars, which none of them ever received.",
        "now they dont pay her nothing since 4 month",
        "The women cleaned offices for weeks without being paid.",
        "They were told that most of their pay would go toward their travel debts.",
        "Their wages were swallowed by debts at the company shop.",
        "Every dollar they earned went straight back to the people controlling them.",
        "The women had to hand over all their income to the gang.",
        "All payment was kept by the boss.",
    ],
)
def test_wages_withheld_in_plain_words(sentence: str) -> None:
    assert "withholding_wages" in schema_of(sentence)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They bought the van for almost nothing at an auction.",
        "The workers were paid 1,800 euros a month, which they received on time.",
    ],
)
def test_pay_that_came_is_no_withheld_wage(sentence: str) -> None:
    assert "withholding_wages" not in schema_of(sentence)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge said the workers were entirely dependent on him for food and a bed.",
        "They were completely dependent on one employer for their work, their housing and their visas.",
        "He chose men who had nowhere else to go.",
        "The girl was far from home, with no one to turn to.",
    ],
)
def test_dependence_the_exploiters_used_is_abuse_of_vulnerability(sentence: str) -> None:
    assert "abuse_of_vulnerability" in schema_of(sentence)["indicators"]


def test_a_country_dependent_on_tourism_is_no_vulnerable_victim() -> None:
    text = "The island is heavily dependent on tourism and fishing."
    assert "abuse_of_vulnerability" not in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "threat",
    [
        'The manager said he would "call the Home Office" if any of them complained.',
        "The boss threatened to contact Immigration and Customs Enforcement if they left.",
        'She was told that "the Home Office will cancel your visa" if she spoke to anyone.',
    ],
)
def test_a_body_named_in_a_threat_does_not_act(threat: str) -> None:
    text = f"Kent Police rescued four care workers from a house in Dover on Tuesday. {threat}"
    assert schema_of(text)["agencies"] == ["Kent Police"]


@pytest.mark.parametrize(
    "aside",
    [
        "The verdict can be appealed to the High Court.",
        "The case has been transferred to the High Court in Lautoka.",
        "Appeal lies to the High Court within 70 days.",
        "The Federal Criminal Police Office (BKA) counted about 500 completed investigations last year.",
        "Germany's Federal Criminal Police Office registered several hundred investigations in 2023.",
    ],
)
def test_a_court_still_to_come_or_a_body_counting_the_year_does_not_act(aside: str) -> None:
    text = f"Kent Police rescued four care workers from a house in Dover on Tuesday. {aside}"
    assert schema_of(text)["agencies"] == ["Kent Police"]


def test_victims_transferred_to_a_shelter_keep_it_acting() -> None:
    text = (
        "Dubai Police rescued five women from a flat. The women were transferred to the Dubai Foundation "
        "for Women and Children, which is providing them with shelter."
    )
    assert "Dubai Foundation for Women and Children" in schema_of(text)["agencies"]


def test_a_field_office_named_with_its_parent_stands_for_it() -> None:
    text = (
        "Special agents of the Federal Bureau of Investigation (FBI) arrested the couple in Fairfax on "
        "Tuesday. The FBI Washington Field Office investigated the case."
    )
    agencies = schema_of(text)["agencies"]
    assert "FBI Washington Field Office" in agencies
    assert "Federal Bureau of Investigation (FBI)" not in agencies


def test_a_police_force_stays_beside_its_named_unit() -> None:
    text = (
        "The Police Service of Northern Ireland (PSNI) arrested two men in Newry. The PSNI Modern Slavery "
        "and Human Trafficking Unit is leading the inquiry."
    )
    assert "Police Service of Northern Ireland (PSNI)" in schema_of(text)["agencies"]
