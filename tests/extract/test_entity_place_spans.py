"""Places inside spans the NER mislabels: a long "person" that ends in a division word, an
"organisation" that joins two places with "and", and "X and police". Sentences written for
these tests; the spaCy entities are built by hand so the tests do not depend on the model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from threadline.extract.en_geo import joined_places, long_division_places


def _doc(sentence: str, label: str, start: int, end: int) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=sentence.split(" "))
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_long_person_span_ending_in_city_is_a_place() -> None:
    doc = _doc("The girls were taken to Ho Chi Minh City by bus .", "PERSON", 5, 9)
    got = long_division_places(doc.ents[0], 0, False)
    assert [m.value for m in got] == ["Ho Chi Minh City"]
    assert got[0].kind == "place" and got[0].attributes["needs_gazetteer"]


def test_possessive_district_span_gives_owner_and_district() -> None:
    words = "Police raided a bar in Gia Lai ’s Phu Thien District on Monday ."
    doc = _doc(words, "PERSON", 5, 11)
    got = long_division_places(doc.ents[0], 0, False)
    assert [m.value for m in got] == ["Gia Lai", "Phu Thien District"]
    # the owner is a known region, so its named district stands without a gazetteer entry
    assert got[1].attributes["needs_gazetteer"] is False


def test_org_span_joining_two_places_in_a_list() -> None:
    words = "The women came from Maguindanao , Lanao del Sur and Cotabato ."
    doc = _doc(words, "ORG", 6, 11)
    got = joined_places(doc.ents[0], 0, False)
    assert got is not None
    assert [m.value for m in got] == ["Lanao del Sur", "Cotabato"]
    assert all(m.kind == "place" for m in got)


def test_place_and_police_gives_the_place_only() -> None:
    words = "Officers from Tay Ninh and police in the capital found the men ."
    doc = _doc(words, "ORG", 2, 6)
    got = joined_places(doc.ents[0], 0, False)
    assert got is not None
    assert [m.value for m in got] == ["Tay Ninh"]


def test_named_organisations_with_and_are_left_alone() -> None:
    words = "The victims are supported by the charity Justice and Care ."
    doc = _doc(words, "ORG", 7, 10)
    assert joined_places(doc.ents[0], 0, False) is None
    words = "It was run by Immigration and Customs Enforcement in Texas ."
    doc = _doc(words, "ORG", 4, 8)
    assert joined_places(doc.ents[0], 0, False) is None
    words = "Officers from the Ministry of Public Security and police arrested them ."
    doc = _doc(words, "ORG", 2, 9)
    assert joined_places(doc.ents[0], 0, False) is None
