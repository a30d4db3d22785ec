"""Wordings of ILO indicators seen on real pages, in sentences written for these tests."""

from __future__ import annotations

import pytest

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _indicators(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "The pimps charged £90 an hour for each woman but kept most of the cash for themselves.",
        "The workers had to pick all day while the gangmasters took 40% of their wages.",
        "Each woman had to give up to half of her earnings to the flat's owner.",
        "The company retained the wages that the farms paid for the pickers.",
        "The boys were made to beg at junctions and the adults collected the money from them.",
        "Several workers complained of under payment and long hours.",
    ],
)
def test_withholding_wages_wordings(text: str) -> None:
    assert "withholding_wages" in _indicators(text)


def test_sharing_a_bill_is_no_withheld_wage() -> None:
    assert "withholding_wages" not in _indicators("The friends took half of the bill each and paid it.")
