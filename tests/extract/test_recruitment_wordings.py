"""Wordings of false job offers and of sectors seen on real pages, in sentences written for these tests."""

from __future__ import annotations

import pytest

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _recruitment(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "Men and women were recruited off the streets in Gdansk with the promise of a better life.",
        "He had promised his nine victims a better life, the prosecution told the court.",
        "The two victims said they had been forced to work in jobs different from what was agreed upon.",
        "The syndicate brought Thai women to Australia by deceiving them about the work they would be doing.",
        "She said she had agreed to come to Dubai to work as a waitress to support her family.",
    ],
)
def test_false_job_offer_wordings(text: str) -> None:
    assert "false_job_offer" in _recruitment(text)


def test_a_dream_of_a_better_life_is_no_offer() -> None:
    assert "false_job_offer" not in _recruitment("Workers came to the UK with dreams of a better life.")


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("From March to May, Binh and two accomplices used online accounts to recruit workers, promising "
         "them high incomes, in order to lure them to Laos for work.", "false_job_offer"),
        ("From March to May, Binh and two accomplices used online accounts to recruit workers, promising "
         "them high incomes, in order to lure them to Laos for work.", "online_advertising"),
        ("The gang promised the women high earnings abroad.", "false_job_offer"),
    ],
)  # fmt: skip
def test_promised_incomes_and_online_accounts(text: str, method: str) -> None:
    assert method in _recruitment(text)


def _sectors(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["sectors"]


def test_a_food_processing_factory_is_food_processing_only() -> None:
    text = "The men were driven to work 12-hour shifts at a food processing factory in Kent."
    assert _sectors(text) == ["food_processing"]


def test_arranging_logistics_is_no_logistics_sector() -> None:
    text = "One gang member arranged logistics, including accommodation for the workers on the farms."
    assert "logistics_warehousing" not in _sectors(text)
    assert "logistics_warehousing" in _sectors("The men were forced to work at a logistics company's depot.")


def test_kidnapping_named_as_a_crime_or_a_unit_is_no_recruitment() -> None:
    for text in (
        "Five men will appear in court on charges of human trafficking, kidnapping and extortion.",
        "The women were rescued by the police's anti-kidnapping unit in Durban.",
        "Robberies, kidnappings and prostitution were run from the prison, police said.",
    ):
        assert "abduction" not in _recruitment(text), text
    assert "abduction" in _recruitment("The girls were kidnapped from their village and sold to a brothel.")
