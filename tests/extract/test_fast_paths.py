"""Quick tests that let the extractor skip work must never skip a match: each is checked against
the full pattern it stands in front of."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser as _sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract.alternation import first_characters, gate_alternatives, gated
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


_GATE_TEXT = st.lists(
    st.sampled_from(["raid", "ed", " ", "search", "warrant", "during", "the", "x", "."]), max_size=12
)


@settings(max_examples=400, deadline=None)
@given(_GATE_TEXT.map("".join), st.integers(0, 30), st.integers(0, 40))
def test_a_gated_pattern_finds_exactly_what_the_pattern_finds(text: str, pos: int, endpos: int) -> None:
    plain = re.compile(r"(?<=the )raid(?:ed)?|\bduring (?:a|the) search\b|(?:search )?warrant")
    gate = gated(plain.pattern)
    assert gate._groups  # the test is run, not skipped
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(gate, method)(text, pos, endpos), getattr(plain, method)(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in gate.finditer(text, pos, endpos)] == [
        m.span() for m in plain.finditer(text, pos, endpos)
    ]
    assert gate.findall(text) == plain.findall(text)


def test_every_gated_pattern_of_the_extractor_finds_what_it_would_find_ungated_in_the_corpus() -> None:
    import importlib
    import pkgutil

    import threadline.extract as package
    from threadline.extract.alternation import GatedPattern
    from threadline.extract.textutil import fold

    patterns = []
    for info in pkgutil.walk_packages(package.__path__, "threadline.extract."):
        module = importlib.import_module(info.name)
        patterns += [(f"{info.name}.{n}", v) for n, v in vars(module).items() if isinstance(v, GatedPattern)]
    assert len(patterns) >= 20
    texts = [(t, fold(t)) for t in (p.read_text(encoding="utf-8") for p in sorted(_CORPUS.glob("*.txt")))]
    for name, gate in patterns:
        for original, folded in texts:
            for text in (original, folded):
                assert [m.span() for m in gate.finditer(text)] == [
                    m.span() for m in gate.compiled.finditer(text)
                ], name
                for line_start in range(0, len(text), 97):
                    found = gate.search(text, line_start, line_start + 160)
                    expected = gate.compiled.search(text, line_start, line_start + 160)
                    assert (found and found.span()) == (expected and expected.span()), name
