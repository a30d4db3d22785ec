"""Sector cues that named something else: a newspaper's name, bricklaying, a food plant called a
factory (sentences written here, forty-first session)."""

from __future__ import annotations

import pytest

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _sectors(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["sectors"]


@pytest.mark.parametrize(
    "text",
    [
        "Hull Post & Courier | News\n\nSix men were found living in a shed behind a car wash in Hull.",
        "Evening Courier reporter\n\nSix men were found living in a shed behind a car wash in Hull.",
    ],
)
def test_a_newspapers_name_is_no_courier_work(text: str) -> None:
    assert "logistics_warehousing" not in _sectors(text)


def test_a_parcel_courier_job_is_logistics() -> None:
    text = "The men were made to work as couriers for a parcel firm in Daventry for no pay."
    assert "logistics_warehousing" in _sectors(text)


def test_laying_bricks_is_building_not_a_brickworks() -> None:
    text = "The men worked 14 hours a day laying bricks on building sites across Leeds for no pay."
    found = _sectors(text)
    assert "construction" in found
    assert "manufacturing" not in found


def test_a_food_factory_is_food_processing_only() -> None:
    text = "The workers were made to pack vegetables and process chicken at two factories near Boston."
    found = _sectors(text)
    assert "food_processing" in found
    assert "manufacturing" not in found


def test_a_garment_factory_is_manufacturing() -> None:
    assert "manufacturing" in _sectors("The women were forced to sew at a garment factory in Leicester.")


def test_goods_made_beside_a_food_plant_stay_manufacturing() -> None:
    text = "The men were made to build garden sheds in Stoke and did night shifts in poultry factories."
    found = _sectors(text)
    assert "food_processing" in found
    assert "manufacturing" in found
