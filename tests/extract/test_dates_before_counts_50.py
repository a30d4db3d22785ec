"""A day of the month right before a count, set off by a comma, is a date and not a part of the count.
Sentences written for these tests (fiftieth session)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("During the action day on 21 March, nine suspects were arrested in Sofia.", "arrested", 9),
        ("On 4 June, six women were rescued from two flats in Graz.", "victims", 6),
        ("Early on 18 May, three men were arrested in Kent.", "arrested", 3),
    ],
)
def test_a_date_before_a_count(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value
