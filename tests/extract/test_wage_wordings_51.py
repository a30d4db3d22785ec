"""Wages kept from the workers in wordings the indicator lexicon missed, in sentences written here
(fifty-first session)."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


@pytest.mark.parametrize(
    "text",
    [
        "The couple posted adverts for the women and collected all of the proceeds.",
        "The brothel keepers kept about 70 percent of the proceeds.",
        "In nine months on the boat he was paid twice.",
        "The foreman said their wages would be kept until the season ended.",
        "Much of the wage on the payslips was taken back in cash every Friday.",
        "Each time she asked, the employer said the money was being saved for her.",
        "The girls earned tips, but most of it went on the debt.",
        "The children had to hand over a daily minimum of 50 euros.",
    ],
)
def test_wages_kept_from_them(text: str) -> None:
    assert "withholding_wages" in schema_of(text)["indicators"]


def test_a_bonus_paid_twice_a_year_is_no_withholding() -> None:
    facts = schema_of("Staff at the hotel get a bonus paid twice a year.")
    assert "withholding_wages" not in facts["indicators"]
