"""Debts and kept papers in wordings the lexicons missed, checklists' denied items, two number-phrase
shapes and a force's yearly figure, in sentences written here (forty-first session)."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _summary(text: str, language: str = "en") -> dict:
    return extract(Document(text=text, language=language)).summary


@pytest.mark.parametrize(
    "text",
    [
        "The men were kept in line by debts they could never pay off and by threats against their families.",
        "The gang held the girls through a debt that she could never repay.",
        "Charges for food and a bed were taken from their pay, leaving most of them in debt to the farmer.",
        "Each fisherman had borrowed about 4,000 dollars to pay agents in Java for the berth.",
        "Most of the crew said they dared not leave because they could not repay their loans.",
        "They were told the rest of their pay went on 'debts' for the flight to Spain.",
        "Once in Milan the women were told that their flights and rent had to be paid back.",
    ],
)
def test_debt_wordings_are_debt_bondage(text: str) -> None:
    assert "debt_bondage" in _summary(text)["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "A farmer in the village said the harvest had failed, leaving his family in debt.",
        "He borrowed money from his brother to pay for the wedding.",
    ],
)
def test_debts_of_ones_own_are_no_bondage(text: str) -> None:
    assert "debt_bondage" not in _summary(text)["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers found the workers' passports in a locked metal drawer in the manager's office.",
        "The gangmaster kept the pickers' bank cards and Latvian identity cards at his house.",
        "He opened accounts in the women's names with their passports, which he then kept.",
        "The company held the original passports in its office safe 'for administration'.",
        "Indicators noted by the caseworker: deception about pay; retention of passports; threats.",
    ],
)
def test_document_wordings_are_retention(text: str) -> None:
    assert "retention_of_documents" in _summary(text)["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "Indicators not present / no evidence of: physical violence; retention of documents.",
        "Checklist:\n[X] Deception about pay\n[ ] Retention of identity documents (he kept his passport)\n",
    ],
)
def test_a_checklists_denied_items_are_not_case_facts(text: str) -> None:
    found = _summary(text)["indicators"]
    assert "retention_of_documents" not in found
    assert "physical_sexual_violence" not in found


def test_a_drawer_found_by_police_with_the_suspects_papers_is_not_retention() -> None:
    text = "Detectives found the suspects' own passports in a drawer when they searched the house."
    assert "retention_of_documents" not in _summary(text)["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "„Nu puteam pleca nicăieri. Patronul avea pașaportul meu și banii.”",
        "Fetele spun că buletinele le-a luat Marin încă din prima zi.",
        "Actele celor două femei au fost găsite într-un sertar încuiat din biroul lui Ionescu.",
    ],
)
def test_romanian_document_wordings_are_retention(text: str) -> None:
    assert "retention_of_documents" in _summary(text, "ro")["indicators"]


def _victims(text: str) -> object:
    return schema_of(text)["victims"]["count"]


def test_a_demonym_and_an_adjective_before_the_noun_keep_the_list_whole() -> None:
    text = "Police rescued four Vietnamese teenage boys and a young man from a cannabis farm in Hull."
    assert _victims(text) == 5


def test_an_age_written_with_spaces_counts_its_person() -> None:
    text = "Police in Luton arrested a 44 year old man on suspicion of modern slavery offences."
    assert schema_of(text)["outcomes"]["arrested"] == 1


def test_a_forces_yearly_figure_is_not_the_cases_count() -> None:
    text = (
        "Two men were arrested in Leeds on Tuesday on suspicion of modern slavery offences. "
        "Officers found four Romanian women at a flat in Harehills. "
        "The women are being supported by a charity. "
        "West Yorkshire Police said it had charged 85 people with modern slavery offences in the last "
        "financial year."
    )
    assert schema_of(text)["outcomes"]["charged"] is None


def _ro_victims(text: str) -> object:
    return schema_of(text, "ro")["victims"]["count"]


def test_romanian_recognised_as_victims_counts_them() -> None:
    text = (
        "Cinci bărbați au lucrat fără plată pe o fermă din Spania. Doi dintre ei au fugit și au depus "
        "plângere. Ulterior, toți cei cinci au fost recunoscuți ca victime ale traficului de persoane."
    )
    assert _ro_victims(text) == 5


def test_a_romanian_reports_yearly_figure_is_not_the_cases_victims() -> None:
    text = (
        "Poliția a salvat trei femei dintr-un apartament din Iași. Doi bărbați au fost reținuți. "
        "Femeile au primit sprijin de la o organizație. Suspecții au fost arestați preventiv. "
        "Potrivit raportului Comitetului Național, în 2023 au fost identificate 412 victime."
    )
    assert _ro_victims(text) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The district court found Wang Li-ming, 61, guilty of forced labour. His brother, Wang Jun, 55, was "
        "also convicted.",
        "The court found Maria Duarte (47) guilty of trafficking. Her son, Rui Duarte, 24, was also "
        "convicted.",
    ],
)
def test_a_verdict_with_the_defendant_between_counts_a_conviction(text: str) -> None:
    schema = schema_of(text)
    assert schema["outcomes"]["convicted"] == 2
    assert schema["victims"]["count"] is None


def test_found_not_guilty_is_no_conviction() -> None:
    text = "Tom Reed, 33, admitted trafficking. The court found Ann Reed, 31, not guilty of all counts."
    schema = schema_of(text)
    assert schema["outcomes"]["convicted"] == 1


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("„Nu aveam voie să ies din apartament fără el.”", "restriction_of_movement"),
        ("patronul ii tine in baraca si noaptea ii incuie acolo.", "restriction_of_movement"),
        (
            "cand fratele meu a zis ca pleaca, seful l-a batut si a zis ca il gaseste si acasa.",
            "intimidation_threats",
        ),
        ("Îmi zicea că le trimite părinților mei pozele cu mine dacă nu muncesc.", "intimidation_threats"),
        ("lucreaza la ferma de trei luni si seful nu le da nici un ban.", "withholding_wages"),
    ],
)
def test_romanian_colloquial_indicator_wordings(text: str, indicator: str) -> None:
    assert indicator in _summary(text, "ro")["indicators"]


def test_a_romanian_tips_travel_debt_is_debt_bondage_recruitment() -> None:
    text = "Costel i-a dus cu microbuzul in Italia si acum zice ca au datorie pt drum si mancare."
    assert "debt_bondage" in _summary(text, "ro")["recruitment"]


def test_a_rulings_surname_first_capitals_are_the_same_defendants() -> None:
    text = (
        "Tribunalul Iași a judecat cauza inculpaților Marius-Ionuț Lupu și Daniela Rusu, trimiși în judecată "
        "pentru trafic de persoane. Inculpatul Marius-Ionuț Lupu a recrutat două tinere din Pașcani.\n\n"
        "HOTĂRĂȘTE:\n"
        "1. Condamnă pe inculpatul LUPU MARIUS-IONUȚ la pedeapsa de 8 ani închisoare.\n"
        "2. Condamnă pe inculpata RUSU DANIELA la pedeapsa de 4 ani închisoare.\n"
    )
    suspects = schema_of(text, "ro")["suspects"]
    assert sorted(suspects) == ["Daniela Rusu", "Marius-Ionuț Lupu"]


def test_a_lists_surname_first_form_gives_way_to_the_given_name_first() -> None:
    text = (
        "Procurorii DIICOT i-au trimis în judecată pe Gheorghe Bălan și pe soția sa, Elena Bălan, pentru "
        "trafic de persoane. Cei doi au exploatat patru bărbați din Vaslui pe un șantier din Germania.\n\n"
        "Inculpați: Bălan Gheorghe (52 de ani), Bălan Elena (49 de ani).\n"
    )
    suspects = schema_of(text, "ro")["suspects"]
    assert sorted(suspects) == ["Elena Bălan", "Gheorghe Bălan"]
