"""Who is no one in the case: dated bylines, an outlet after a headline's bar, a newspaper named in
apposition, a body the NER calls a person, an adviser quoted. Sentences written for these tests."""

from __future__ import annotations

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _suspects(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["suspects"]


def _roles(text: str) -> dict[str, str]:
    facts = extract(Document(text=text, language="en"))
    return {str(m.attributes.get("full_name")): str(m.attributes.get("role")) for m in facts.mentions
            if m.kind == "person"}  # fmt: skip


CASE = (
    "Four men accused of trafficking were arrested at a farm and charged with forced labour. "
    "The suspects will appear in court on Monday."
)


def test_a_dated_byline_names_the_writer() -> None:
    assert _suspects("2023-05-02 By Martin Kowalski\n" + CASE) == []


def test_an_adviser_quoted_is_an_official() -> None:
    text = (
        "Inspectors freed 40 workers held in slave-like conditions on a ranch, and the owner was "
        "arrested. The workers had no water, said Rafael Duarte, an adviser at the labour ministry."
    )
    assert _roles(text).get("Rafael Duarte") == "official"


def test_the_outlet_after_a_headline_bar_is_no_suspect() -> None:
    text = "Police free 40 victims, arrest four suspected traffickers in Kano | Ripples Ghana\n" + CASE
    assert _suspects(text) == []


def test_a_newspaper_named_in_apposition_is_no_suspect() -> None:
    text = CASE + " Twelve defendants were jailed, the police-run newspaper Nhan Dan Thu Do said."
    assert _suspects(text) == []


def test_a_body_the_ner_calls_a_person_is_an_organisation() -> None:
    from spacy.tokens import Span

    from threadline.extract.entities import english_entities
    from threadline.extract.nlp import english

    text = "Officers from the Slavery Response Centre arrested two men."
    doc = english()(text)
    start = next(t.i for t in doc if t.text == "Slavery")
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    mentions = english_entities(text, doc, 0, lambda _: False)
    assert [m.kind for m in mentions if "Centre" in m.text] == ["organisation"]


def test_a_name_the_media_gave_a_defendant_is_not_a_second_suspect() -> None:
    text = (
        "A court upheld a five-year prison sentence for the defendant, Laila Samir Mansour, known in "
        "the media as Laila El Gamal, in a human trafficking case. Laila El Gamal’s appeal was rejected."
    )
    assert _suspects(text) == ["Laila Samir Mansour"]


def test_a_boat_with_a_number_is_no_suspect_and_a_glued_age_is_cut() -> None:
    boat = (
        "The Thai navy located the fishing boat Yor Sri 7, leading to the arrest of its captain, "
        "Somchai Wongsa, 45, for trafficking 20 Cambodian fishermen."
    )
    assert _suspects(boat) == ["Somchai Wongsa"]
    listed = "Police charged Anan Mizan, 43, Sima Rahman,23, and Helena Begum, 42, with trafficking."
    assert sorted(_suspects(listed)) == ["Anan Mizan", "Helena Begum", "Sima Rahman"]


def test_a_wire_services_reporting_and_editing_credits_name_no_suspect() -> None:
    text = (
        "Spanish police arrested three men in Murcia on Tuesday on suspicion of trafficking 12 Moroccan "
        "women for work in greenhouses.\n\nRead more:\nPortugal: 17 arrested over exploitation of "
        "farmworkers in Alentejo\n\n(Reporting by Ana Ruiz; Editing by Mark Potter)"
    )
    assert _suspects(text) == []


def _agencies(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["agencies"]


def test_a_byline_desk_is_no_agency() -> None:
    for desk in ("Court Reporter", "East Midlands Court Reporter", "Home Affairs Correspondent"):
        text = f"Two men jailed for trafficking women\n\nBy {desk}\n3 OCT 2024\n\n" + CASE
        assert not [a for a in _agencies(text) if "Court" in a or "Affairs" in a], desk


def test_an_age_before_a_semicolon_or_a_full_stop_marks_the_accused() -> None:
    text = (
        "A federal grand jury indicted five people on forced labor charges. It names Ramon Ibarra Soto, "
        "52, who owned the farm; his wife, Lucia Ibarra, 47; and crew leader Tomas Varela Cruz, 41."
    )
    assert {"Lucia Ibarra", "Tomas Varela Cruz"} <= set(_suspects(text))
