"""One place searched, told without a number in an officer's note or a warrant's formal name (fifty-first
session), in sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    "text",
    [
        "At about 0300 hrs officers attended a flat on Mill Road after a call from a neighbour.",
        "Agents rescued four girls during the implementation of a Warrant to Search, Seize and Examine Data.",
        "Raiding party: two inspectors, six constables and a social worker.",
    ],
)
def test_one_place_searched(text: str) -> None:
    assert counts_of(text)["premises_searched"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "She attended a clinic in Reading with a man who answered every question for her.",
        "The boys attended a school near the farm for two weeks.",
    ],
)
def test_a_place_someone_only_went_to_is_no_search(text: str) -> None:
    assert counts_of(text)["premises_searched"] is None
