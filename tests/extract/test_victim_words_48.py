"""Words that count victims, added in the forty-eighth session: the statute's "compelling the labor
of", and people "tricked" or "deceived". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A Tulsa farmer was sentenced to ten years for compelling the labor of six Guatemalan men.", 6),
        ("The couple admitted forcing the labour of three Polish men on their farm.", 3),
        ("Four Kenyan women who say they were tricked into domestic work in Jeddah have come home.", 4),
        ("The agency deceived nine Nepali men with promises of factory jobs.", 9),
    ],
)
def test_words_that_count_victims(text: str, victims: int) -> None:
    assert counts_of(text)["victims"] == victims


def test_a_court_deceived_counts_no_one() -> None:
    assert counts_of("The two men deceived the court about their income.")["victims"] is None
