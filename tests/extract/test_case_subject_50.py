"""The people a charge or an investigation is about, as a court or a release words it. Sentences
written for these tests (fiftieth session)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "In June officers rescued nine workers from a farm near Ayr. "
            "The charges concern 12 Filipino nationals from Manila.",
            12,
        ),
        ("The charges relate to nine men from Sylhet who came to work in the restaurant.", 9),
        (
            "The case, brought by the state prosecutor, concerned six girls from the Kara region. "
            "Two of the girls escaped and were rescued by a patrol.",
            6,
        ),
    ],
)
def test_the_people_a_case_concerns(text: str, victims: int) -> None:
    assert counts_of(text)["victims"] == victims


def test_concerns_about_people_count_no_victims() -> None:
    assert counts_of("A neighbour raised concerns about two men living in the shed.")["victims"] is None
