"""Victims counted from the UK's referral framework and from regional names of origin.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from threadline.extract.boilerplate import split_segments
from threadline.extract.counts import find_counts, summarise_counts


def _victims(text: str) -> int | float | None:
    return summarise_counts(find_counts(text, split_segments(text)))["victims"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two Romanian men have entered the National Referral Mechanism.", 2),
        ("Four men were referred to the National Referral Mechanism.", 4),
        ("Nine people have been referred into the NRM.", 9),
        ("Police referred 12 potential victims to the government's National Referral Mechanism.", 12),
        ("More than 60 eastern Europeans were removed from leek fields yesterday morning.", 60),
        ("Officers freed 14 West Africans from a farm near Foggia.", 14),
    ],
)
def test_victim_counts(text: str, value: int) -> None:
    assert _victims(text) == value


def test_the_referral_framework_explained_counts_nobody() -> None:
    text = "The National Referral Mechanism is the framework for identifying potential victims."
    assert _victims(text) is None
