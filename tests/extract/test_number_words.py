"""Numbers written in words and digits (English and Romanian, folded): what one number is."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract.textutil import NUMBER_RE, SCALES, UNITS, is_number, may_hold_number, parse_number

_WORDS = sorted(w for w in UNITS if w.isalpha())


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("twenty-one", 21),
        ("twenty one", 21),
        ("one hundred and five", 105),
        ("1,200", 1200),
        ("20.000", 20000),
        ("douazeci si doi", 22),
    ],
)
def test_number_phrases(phrase: str, value: int) -> None:
    assert is_number(phrase)
    assert parse_number(phrase) == value


@given(st.sampled_from(_WORDS), st.sampled_from(_WORDS), st.sampled_from([" - ", " -- ", " -"]))
def test_a_spaced_dash_ends_a_number(first: str, second: str, dash: str) -> None:
    # "Cei șase – patru femei": a group and then its breakdown, not six-four
    assert not is_number(f"{first}{dash}{second}")


_NUMBERISH = ["one", "on", "e", "a ", "dozen", "twenty", "-", " ", "and", "7", "٣", "x", "doi", "treizeci",
              "si", "hundred", "o", "n"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBERISH), max_size=12))
def test_a_text_without_a_digit_or_number_word_holds_no_number(pieces: list[str]) -> None:
    text = "".join(pieces)
    if re.search(NUMBER_RE, text):
        assert may_hold_number(text)
    assert may_hold_number(text) == bool(re.search(r"\d", text) or any(w in text for w in [*UNITS, *SCALES]))
