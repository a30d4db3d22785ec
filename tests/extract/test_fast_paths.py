"""Quick tests that let the extractor skip work must never skip a match: each is checked against
the full pattern it stands in front of."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser as _sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract.alternation import first_characters, gate_alternatives
from threadline.extract.en_groups import _AGE_RANGE, _MAY_STATE_AGE

_CORPUS = Path(__file__).parent / "corpus"  # the tuning texts: ages told in many ways
_AGE_WORDS = ["aged", "ages", " ", "between", "and", "to", "-", "12", "5", "one", "Twenty", "eighteen",
              "year-old", "years old", "yrs", "now", ",", "female", "She", "was", "is", "youngest",
              "under", "18", "adult", "adults", "all", "of legal age", "over", "above", "victims", "x",
              "Tom", "."]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_AGE_WORDS), max_size=14).map("".join))
def test_a_sentence_that_states_an_age_passes_the_quick_age_test(text: str) -> None:
    if _AGE_RANGE.search(text):
        assert _MAY_STATE_AGE.search(text)


def test_every_age_the_corpus_states_passes_the_quick_age_test() -> None:
    found = 0
    for path in sorted(_CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if _AGE_RANGE.search(line):
                found += 1
                assert _MAY_STATE_AGE.search(line), line
    assert found >= 5


@pytest.mark.parametrize(
    ("pattern", "first", "empty"),
    [("abc", {"a"}, False), ("(?:ab|cd)e", {"a", "c"}, False), (r"(?<=x )(?:ab|c)", {"a", "c"}, False),
     ("(?:x )?ab", {"x", "a"}, False), ("[a-c]d", {"a", "b", "c"}, False), (r"\w+", None, False),
     ("[^a]", None, False), ("(?:ab)?", {"a"}, True), ("(?i:ab)", None, False)],
)  # fmt: skip
def test_first_characters_of_a_pattern(pattern: str, first: set[str] | None, empty: bool) -> None:
    assert first_characters(list(_sre_parse.parse(pattern))) == (first, empty)


_GATED = r"(?:held|kept)(?= by)|(?<=were )in custody|(?:a |the )?raid|(?:x )?y+|\w+ed|rescued|(?:z)?"
_GATE_WORDS = ["held", "kept", " by", "were ", "in custody", "a ", "the ", "raid", "x ", "y", "ed", "rescued",
               "z", " ", "."]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GATE_WORDS), max_size=12).map("".join))
def test_gated_alternatives_match_exactly_as_the_pattern(text: str) -> None:
    plain, gated = re.compile(_GATED), re.compile(gate_alternatives(_GATED))
    assert [(m.span(), m.group()) for m in gated.finditer(text)] == [
        (m.span(), m.group()) for m in plain.finditer(text)
    ]


def test_the_outcome_verbs_gated_find_what_the_plain_verbs_find_in_the_corpus() -> None:
    from threadline.extract.counts.lexicon import _VERB_RE, _VERBS
    from threadline.extract.textutil import fold

    plain = re.compile("|".join(rf"\b(?P<{kind.value}>{p})\b" for kind, p in _VERBS.items()))
    assert _VERB_RE.pattern.count("(?=[") > 20
    for path in sorted(_CORPUS.glob("*.txt")):
        text = fold(path.read_text(encoding="utf-8"))
        assert [(m.span(), m.lastgroup) for m in _VERB_RE.finditer(text)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(text)
        ], path.name
