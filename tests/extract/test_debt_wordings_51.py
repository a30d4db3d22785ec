"""Debts for the journey or the job in wordings the recruitment lexicon missed, in sentences written here
(fifty-first session): money borrowed at home, a single fee still being paid off, a debt to be repaid."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


@pytest.mark.parametrize(
    "text",
    [
        "The parents of the three girls borrowed almost £18,000 to pay for the journey across Europe.",
        "Most of the nurses took out loans in Kochi to pay the agency in Dubai.",
        "Each labourer handed over 300,000 rupees, most of it borrowed from relatives, for the visa.",
        "The families had borrowed from moneylenders before the boys left the village.",
        "She paid a placement fee of about €2,000 through a loan from a lender the agency chose.",
        "The pickers were still paying off a £250 transport fee two months after they arrived.",
        "Every worker had paid up to €10,000 to intermediaries in the Punjab.",
        "The broker charged them as much as €8,500 each for a seasonal work permit.",
        "The sum was withheld from their wages a little every month.",
        "When she asked to leave, the couple said she still owed them for her airfare.",
        "The women learnt they had a debt of between 3,000 and 5,000 euros.",
        "The cousin gave every family a loan of 8 million dong, to be repaid from the children's wages.",
        "He told them the debt would be repaid out of the first season's wages.",
    ],
)
def test_debts_for_the_journey_or_job_are_debt_bondage(text: str) -> None:
    assert "debt_bondage" in schema_of(text)["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "He borrowed money from his brother to pay for the wedding.",
        "The council charges a registration fee for every market stall.",
        "The farm's loans would be repaid by the bank's insurance scheme, the owner said.",
    ],
)
def test_debts_of_ones_own_are_no_recruitment(text: str) -> None:
    assert "debt_bondage" not in schema_of(text)["recruitment"]
