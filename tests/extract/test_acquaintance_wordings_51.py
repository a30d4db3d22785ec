"""Recruiters the victims knew, and victims who were the suspects' kin, in wordings the recruitment lexicon
missed, in sentences written here (fifty-first session)."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 a man she knew from church put her in touch with a sponsor in Accra.",
        "He first heard of the job from a woman he knew from school in Klaipeda.",
        "The court found the pickers had been recruited by Stoica, who knew most of them personally.",
        "The girls were taken to Mumbai by women from their own villages.",
        "The brokers were known to the boys from their own communities.",
        "A Bulgarian couple who forced three relatives to beg in Vienna were jailed.",
        "Two of the boys, relatives of the accused, were taken into care.",
        "Most of the women were related to the suspects, the prosecutor said.",
        "One defendant is a cousin of three of the girls.",
        "Detained during the raid were the siblings' uncle and his wife.",
        "Last spring a neighbour the family trusted came to the farm with an offer.",
    ],
)
def test_a_recruiter_they_knew_or_kin_is_family_or_acquaintance(text: str) -> None:
    assert "family_or_acquaintance" in schema_of(text)["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The charity had received calls from relatives of the workers.",
        "She later cleaned for relatives of the couple in another town.",
        "The officer knew the area well from his years on patrol.",
    ],
)
def test_relatives_who_only_called_or_employed_are_not(text: str) -> None:
    assert "family_or_acquaintance" not in schema_of(text)["recruitment"]
