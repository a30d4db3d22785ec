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
