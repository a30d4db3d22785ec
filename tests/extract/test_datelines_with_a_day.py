"""A dateline whose date opens with the day ("KOTA KINABALU, 9 Sept 2025 –"): the town is a place,
not a person aged nine, and a capital there is where the press sits."""

from __future__ import annotations

from tests.extract.support import schema_of
from threadline.extract.people import _AGE_AFTER

_BODY = " – Police rescued 12 workers from an oil palm estate in the Kunak district on Sunday."


def test_a_town_in_capitals_before_a_day_and_month_is_a_place() -> None:
    schema = schema_of("KOTA KINABALU, 9 Sept 2025" + _BODY)
    assert "Kota Kinabalu" in schema["places"]
    assert "Kota Kinabalu" not in [p.title() for p in schema["suspects"]]


def test_a_day_and_month_after_a_name_are_no_age() -> None:
    assert _AGE_AFTER.match(", 9 Sept 2025 – The Sabah Police") is None
    assert _AGE_AFTER.match(", 9 September 2025 – The Sabah Police") is None
    assert _AGE_AFTER.match(", 29 May 2024 – Police") is None
    assert _AGE_AFTER.match(", 29, of Leeds").group(1) == "29"
    assert _AGE_AFTER.match(" (34) was arrested").group(1) == "34"


def test_a_capital_as_such_a_dateline_is_where_the_press_sits() -> None:
    assert "Kuala Lumpur" not in schema_of("KUALA LUMPUR, 9 Sept 2025" + _BODY)["places"]
