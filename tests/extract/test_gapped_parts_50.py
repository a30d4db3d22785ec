"""Parts that share one verb across a place: a boat or a participle before the place, and a part whose
verb is told again. Sentences written for these tests (fiftieth session)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Nine fishermen were found on the trawler Santa Maria and three more on a smaller boat.", 12),
        ("Six men were found aboard the Ocean Star and two more aboard a supply vessel.", 8),
        (
            "Five of the boys were found working in shops in Karol Bagh and Paharganj, while three more were "
            "found sleeping in the agent's office.",
            8,
        ),
    ],
)
def test_parts_of_a_victim_count(text: str, victims: int) -> None:
    assert counts_of(text)["victims"] == victims


def test_a_part_with_another_verb_is_not_added() -> None:
    counts = counts_of("Four men were arrested in Hull and two more were charged.")
    assert (counts["arrested"], counts["charged"]) == (4, 2)


def test_a_breakdown_after_a_dash_on_a_weekday_is_not_added() -> None:
    text = "Detectives searched eight properties on Friday – five in Derry, two in Omagh and one in Strabane."
    assert counts_of(text)["premises_searched"] == 8
