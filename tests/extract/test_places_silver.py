"""Places of real pages from many countries: units named in lists, datelines of local reports,
frontiers between two countries. Sentences written for these tests."""

from __future__ import annotations

from threadline.extract.case import _small_town_named, case_places, geocode_places
from threadline.extract.en_geo import _CITY_OF, _after_a_place, joined_places
from threadline.extract.pipeline import extract
from threadline.extract.places import country_pair, geocode, is_capital
from threadline.extract.types import Mention
from threadline.taxonomy.document import Document


def _places(text: str) -> list[str]:
    facts = extract(Document(text=text, id="t"))
    return [p.casefold() for p in facts.summary["places"]]


def _dateline(name: str, kind: str, population: int) -> Mention:
    attrs = {"relation": "dateline", "country": "IN", "place_kind": kind, "population": population}
    return Mention("place", (0, len(name)), name, name, "test", 0.6, attrs)


def test_small_dateline_town_is_a_place_of_the_case() -> None:
    # a district or a small town filing the report is where a local case happened
    assert case_places([_dateline("Gonda", "region", 0)], ["IN"]) == ["Gonda"]
    assert case_places([_dateline("Ballia", "city", 100_000)], ["IN"]) == ["Ballia"]


def test_dateline_in_a_capital_is_where_the_press_sits() -> None:
    assert case_places([_dateline("NEW DELHI", "city", 300_000)], ["IN"]) == []
    assert all(is_capital(name) for name in ("JAKARTA", "Windhoek", "Bogotá", "Washington, D.C."))
    # a big city that is no capital files local news: its dateline is the case's town
    assert case_places([_dateline("Pune", "city", 3_000_000)], ["IN"]) == ["Pune"]


def test_places_listed_before_plural_states_are_all_places() -> None:
    places = _places(
        "Officers said the children had been moved from Enugu, Imo, Abia, Ebonyi and Benue states "
        "to farms where they worked without pay."
    )
    for name in ("imo", "abia", "ebonyi", "benue"):
        assert name in places


def test_two_districts_joined_by_and() -> None:
    places = _places("Brokers recruited women from Kailali and Bardiya districts.")
    assert "kailali" in places and "bardiya" in places


def test_country_pair_is_a_frontier_not_a_place() -> None:
    assert country_pair("Nepal-India") == ["NP", "IN"]
    assert country_pair("Nepal") == []
    assert country_pair("Rio-Grande") == []
    places = _places("The three women were rescued from Nepal-India border on Monday.")
    assert "nepal-india" not in places and "nepal india" not in places


def _gpe(text: str, name: str, **attrs: object) -> Mention:
    start = text.index(name)
    return Mention("place", (start, start + len(name)), name, name, "test", 0.6, {"label": "GPE", **attrs})


def test_country_of_most_confirmed_places_guides_a_namesake() -> None:
    # the text never names Canada: three Canadian towns outweigh a repeated "Ontario" (also a
    # Californian town), which is then the province
    text = "Toronto police, Barrie police and Quebec police met. Ontario, Ontario, Ontario."
    mentions = [_gpe(text, n) for n in ("Toronto", "Barrie", "Quebec")]
    at = text.index("Ontario")
    mentions += [
        Mention("place", (at + 9 * i, at + 9 * i + 7), "Ontario", "Ontario", "test", 0.6, {"label": "GPE"})
        for i in range(3)
    ]
    out = geocode_places(mentions, "en", text)
    assert {m.attributes.get("country") for m in out if m.value == "Ontario"} == {"CA"}


def test_unknown_name_with_an_age_or_a_relative_is_someone() -> None:
    text = "Police rescued Sitamaya Gurung, 20 who had been held. The owner and his son, Bikramo, fled."
    mentions = [_gpe(text, "Sitamaya Gurung"), _gpe(text, "Bikramo")]
    assert [m for m in geocode_places(mentions, "en", text) if m.kind == "place"] == []


def test_bracketed_word_after_a_law_is_its_short_name() -> None:
    text = "They were held under the Child Labour Prohibition Act (Clopat) last year."
    assert [m for m in geocode_places([_gpe(text, "Clopat")], "en", text) if m.kind == "place"] == []


def test_list_of_names_no_gazetteer_knows_is_not_of_places() -> None:
    text = "The agency listed Rafiqo, Kamrano and Nomano as its drivers."
    mentions = [_gpe(text, n, place_list="0:1") for n in ("Rafiqo", "Kamrano", "Nomano")]
    assert [m for m in geocode_places(mentions, "en", text) if m.kind == "place"] == []


def test_small_town_named_as_a_town_and_a_region_joined_by_de() -> None:
    places = _places("Two women were freed in the Peruvian town of Huepetuhe in Madre de Dios.")
    assert "huepetuhe" in places and "madre de dios" in places


def test_kind_word_before_a_list_or_a_town_and_its_state() -> None:
    listed = _CITY_OF.search("raids in the municipalities of Elciego, Lapuebla de Labarca and Samaniego")
    assert listed is not None and listed.group("names") == "Elciego, Lapuebla de Labarca and Samaniego"
    within = _CITY_OF.search("homes in the city of Cuautla, Morelos — a spa town")
    assert within is not None and (within.group("name"), within.group("within")) == ("Cuautla", "Morelos")


def test_state_written_after_a_town_is_a_candidate() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    words = ["officials", "in", "Tawau", ",", "Sabah", ",", "freed", "six", "maids"]
    pos = ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "NUM", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 2, 3, label="GPE")]
    found = _after_a_place(doc, 0, lambda _: False)
    assert [m.value for m in found] == ["Sabah"]


def test_residents_of_a_province_and_a_named_district() -> None:
    places = _places(
        "The 20 workers were four Central Java residents, three Lampung residents, two Bengkulu "
        "residents and one resident of Sumba in East Nusa Tenggara."
    )
    assert "central java" in places
    assert "rashidiya" in _places("Police in Dubai arrested the men in the Rashidiya district last week.")


def test_lake_no_gazetteer_lists_is_a_place_and_a_river_is_not() -> None:
    assert "lake bosumtwi" in _places("The boys were made to fish on Lake Bosumtwi for years in Ghana.")
    assert "kafue river" not in _places("Children were found working on the Kafue River in Zambia.")


def test_a_hyphenated_epithet_before_region_is_no_unit() -> None:
    assert "crime-ridden" not in _places("Pickers lived in the Crime-ridden region of Apulia in Italy.")


def test_halves_of_a_name_cut_at_its_particle_are_joined() -> None:
    text = "Officers went to San Jose del Monte City on Friday."
    halves = [_gpe(text, "San Jose"), _gpe(text, "del Monte City")]
    values = [m.value for m in geocode_places(halves, "en", text) if m.kind == "place"]
    assert values == ["San Jose del Monte City"]


def test_town_and_province_without_a_comma_are_two_places() -> None:
    text = "Agents raided a house in Bacoor Cavite, Philippine police said."
    start = text.index("Bacoor")
    candidate = Mention("place", (start, start + 13), "Bacoor Cavite", "Bacoor Cavite", "test", 0.3,
                        {"label": "ORG", "needs_gazetteer": True})  # fmt: skip
    country = Mention("country", (0, 0), "Philippine", "PH", "test", 0.8, {})
    places = [m.value for m in geocode_places([candidate, country], "en", text) if m.kind == "place"]
    assert places == ["Bacoor", "Cavite"]


def test_small_town_the_ner_calls_a_facility_in_the_case_country() -> None:
    attrs = {"label": "FAC", "needs_gazetteer": True}
    assert _small_town_named(attrs, "the Glassboro Hill", set())
    assert not _small_town_named(attrs, "Valley", set())
    assert not _small_town_named(attrs, "Green Valley", {"green", "valley"})
    assert not _small_town_named({"label": "PERSON", "person_alt": True}, "Moreno", set())


def test_a_language_the_ner_calls_a_place_is_none() -> None:
    text = "The men spoke Tagalog to the girls and promised them jobs."
    assert [m for m in geocode_places([_gpe(text, "Tagalog")], "en", text) if m.kind == "place"] == []


def test_a_state_abbreviation_is_not_a_namesake_abroad() -> None:
    text = "The men were arrested in Tallahassee, Fla., last week."
    assert [m.value for m in geocode_places([_gpe(text, "Fla.")], "en", text) if m.kind == "place"] == []


def test_a_lake_named_after_a_region_is_kept_beside_it() -> None:
    def placed(name: str) -> Mention:
        return Mention("place", (0, 1), name, name, "test", 0.6, {"country": "GH", "relation": None})

    assert sorted(case_places([placed("Oti"), placed("Oti Lake")], ["GH"])) == ["Oti", "Oti Lake"]


def test_unknown_village_listed_with_towns_of_one_country() -> None:
    text = "The boys came from Kumasi, Obuasi and Abofuoso, Ghanaian police said."
    listed = [
        _gpe(text, n, place_list="0:1", needs_gazetteer=n == "Abofuoso")
        for n in ("Kumasi", "Obuasi", "Abofuoso")
    ]
    country = Mention("country", (0, 0), "Ghanaian", "GH", "test", 0.8, {})
    values = [m.value for m in geocode_places([*listed, country], "en", text) if m.kind == "place"]
    assert values == ["Kumasi", "Obuasi", "Abofuoso"]


def test_towns_with_their_province_in_brackets() -> None:
    places = _places("The women worked at plants in Moose Jaw (Saskatchewan) and Levis (Quebec) for months.")
    assert "moose jaw" in places and "levis" in places
    assert geocode("Sault Ste Marie", ["CA"]) is not None


def test_towns_and_their_state_in_one_organisation_span() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    words = ["flown", "to", "Tawau", "and", "Sandakan", "in", "Sabah", "today"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    found = joined_places(Span(doc, 2, 7, label="ORG"), 0, False)
    assert found is not None and [m.value for m in found] == ["Tawau", "Sandakan", "Sabah"]
