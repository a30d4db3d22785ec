"""People sentenced in one clause with the verb left out after the first term: each term after the
first is one person more. Sentences written for these tests (forty-eighth session)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "convicted"),
    [
        ("The mother was sentenced to four years in prison, and her son to 30 months.", 2),
        ("Aurel Dinu was jailed for seven years and Sorin Dinu for five years at Leeds Crown Court.", 2),
        ("A Miami man was sentenced to 120 months, his wife to 60 months and their nephew to 24 months.", 3),
        ("The two brothers were jailed for six years and their cousin for three years.", 3),
        ("Ana Pop, 39, was jailed for six years and her partner, 44, for four years.", 2),
    ],
)
def test_each_gapped_term_is_one_person_more(text: str, convicted: int) -> None:
    assert counts_of(text)["convicted"] == convicted


@pytest.mark.parametrize(
    "text",
    [
        "The man was sentenced to six years and nine months in prison.",  # one term in two units
        "The man was sentenced to four years, and ordered to pay £20,000 for two years.",
        "The woman was jailed for three years, 18 months of which were suspended.",
    ],
)
def test_one_term_is_one_person(text: str) -> None:
    assert counts_of(text)["convicted"] == 1
