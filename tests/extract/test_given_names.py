"""First names from the dictionary shipped in gender-guesser, and places the NER took them for."""

from __future__ import annotations

from threadline.extract.given_names import is_given_name
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def test_the_dictionary_loads_and_knows_first_names_from_many_countries() -> None:
    for name in ("Danielle", "Jelena", "Wilfredo", "Florin", "Yesenia"):
        assert is_given_name(name), name
    for word in ("Sheikhupura", "Govanhill", "Newry", "", "danielle", "Danielle Morrow"):
        assert not is_given_name(word), word


def test_a_first_name_the_gazetteer_cannot_find_is_no_place_of_the_case() -> None:
    text = (
        "Police in Tampa arrested 12 men in a sting. The girl, whom we will call Yesenia, was taken "
        "to a shelter in Yesenia by detectives, a spokesperson said."
    )
    places = extract(Document(text=text, language="en")).summary["places"]
    assert "Yesenia" not in places
    assert "Tampa" in places
