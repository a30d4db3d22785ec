"""Acronyms spelled out ("National Crime Agency (NCA)") found from each "(ACR)" backwards give
exactly what the whole pattern finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract.organisations import ACRONYM, acronym_matches
from threadline.extract.textutil import fold

_PIECES = ["National", " ", "Crime", "Agency", "of", "the", "(", ")", "NCA", "(NCA)", "( Ab )", "\t", "\n",
           ",", ".", "’s", "-", "Ana", "x", "(A)", "Ștefan", "și", "  "]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_acronyms_found_backwards_are_the_patterns_own(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [(m.span(), m.groups()) for m in acronym_matches(text)] == [
        (m.span(), m.groups()) for m in ACRONYM.finditer(text)
    ]


def test_acronyms_found_backwards_on_our_texts() -> None:
    root = Path(__file__).resolve().parents[2]
    paths = sorted((root / "tests" / "extract" / "corpus").glob("*.txt"))
    paths += sorted((root / "benchmarks").glob("own_dev*/*.txt"))
    found = 0
    for path in paths:
        for text in (path.read_text(encoding="utf-8"), fold(path.read_text(encoding="utf-8"))):
            expected = [(m.span(), m.groups()) for m in ACRONYM.finditer(text)]
            assert [(m.span(), m.groups()) for m in acronym_matches(text)] == expected, path.name
            found += len(expected)
    assert found > 50
