"""A judge's sentencing remarks speak to the defendants: "All three of you were arrested" counts them as
"All three of them" does (fifty-first session), in sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("All four of you were arrested on 2 March 2023 at addresses in Slough.", "arrested", 4),
        ("The three of you were charged the following week.", "charged", 3),
    ],
)
def test_of_you_counts_the_defendants(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value
