"""Areas UK reports name where a case was, and border hubs, that the GeoNames tables lack under these
names (fifty-first session), in sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of
from threadline.extract import places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three men who groomed boys from Merseyside and sent them to sell drugs in Cumbria were jailed.",
         "Merseyside"),
        ("Officers found four men living in a shed behind a car wash in the Black Country.", "Black Country"),
        ("The women were driven across the border at Myawaddy to a guarded compound.", "Myawaddy"),
    ],
)  # fmt: skip
def test_uk_areas_and_border_hubs_are_places(text: str, place: str) -> None:
    assert place in schema_of(text)["places"]


def test_uk_areas_geocode_to_the_uk() -> None:
    found = places.geocode("Tyne and Wear")
    assert found is not None and found.country == "GB"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marcus Devon Clarke, 34, of Toronto, was charged with trafficking.", "Devon"),
        ("NBI Agent Vicente Essex Minguez said the abuse was offered at any hour.", "Essex"),
    ],
)
def test_counties_that_are_also_given_names_are_left_out(text: str, name: str) -> None:
    assert name not in schema_of(text)["places"]
