"""The space squeezer the lexicons match on, and its way back to the text's offsets."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract.textutil import squeeze_spaces


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \t", max_size=40))
def test_offsets_map_both_ways(text: str) -> None:
    squeezed = squeeze_spaces(text)
    assert not re.search(r"[ \t]{2,}", squeezed.text)
    for pos, char in enumerate(squeezed.text):
        original = squeezed.original(pos)
        assert text[original] == char or (char == " " and text[original] in " \t")
    for pos in range(len(text) + 1):
        back = squeezed.squeezed(pos)
        assert 0 <= back <= len(squeezed.text)
        if pos < len(text) and text[pos] not in " \t":
            assert squeezed.original(back) == pos


def test_a_doubled_space_is_one() -> None:
    squeezed = squeeze_spaces("15  hours a day")
    assert squeezed.text == "15 hours a day"
    assert (squeezed.squeezed(4), squeezed.original(3)) == (3, 4)
