"""Places of real pages from many countries: units named in lists, datelines of local reports,
frontiers between two countries. Sentences written for these tests."""

from __future__ import annotations

from threadline.extract.case import case_places
from threadline.extract.pipeline import extract
from threadline.extract.places import country_pair
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


def test_big_dateline_city_is_where_the_press_sits() -> None:
    assert case_places([_dateline("Mumbai", "city", 12_000_000)], ["IN"]) == []


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
