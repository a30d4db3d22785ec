"""Required literals of a pattern, and alternations scanned with only the branches a text can match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract import boilerplate
from threadline.extract.alternation import (
    Alternation,
    LeadScanner,
    ScannedPattern,
    leading_sequences,
    required_literal,
    required_literal_groups,
    required_literals,
    split_alternatives,
    without_leading_assertions,
)


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [("uninhabitable", "uninhabitable"), (r"\bbeat(?:en)?\b", "beat"), ("(?:mobile )?phones?", "phone"),
     ("(?:a|b)c", ""), ("x[yz]", "")],
)  # fmt: skip
def test_required_literal(pattern: str, literal: str) -> None:
    assert required_literal(pattern) == literal


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [("(?:forbidden|banned) to leave", (" to leave",)),
     ("(?:forbidden|banned|barred) (?:from|to)", ("forbidden", "banned", "barred")),
     ("threats and violence|violence and threats", ("threats and violence", "violence and threats")),
     (r"\b(?:sunati|apelati|suna)\b", ("sunati", "apelati", "suna")),
     (r"(?<!un)(?:paid|owed)\b", ("paid", "owed")),
     ("(?:no|without) (?:food|water)", ()), (r"(?:\w+|abc) x", ())],
)  # fmt: skip
def test_required_literals_read_a_leading_alternation(pattern: str, literals: tuple[str, ...]) -> None:
    assert required_literals(pattern) == literals


@given(st.text(alphabet="abcdefghij forbidenbartlv", max_size=60))
def test_the_literal_prefilter_never_skips_a_match(text: str) -> None:
    for pattern in ("(?:forbidden|banned|barred) (?:from|to)", "threats and violence|violence and threats"):
        if re.search(pattern, text):
            assert any(literal in text for literal in required_literals(pattern))


@pytest.mark.parametrize(
    ("pattern", "groups"),
    [(r"\bbeat(?:en)?\b", (("beat",),)),
     ("(?:boss|he|she) (?:hit|beat)s? (?:her|them) (?:with|using)",
      (("with", "using"), ("hit", "beat"), ("her", "them"))),
     ("(?:forbidden|banned|barred) (?:from|to)", (("forbidden", "banned", "barred"),)),
     ("x(?:abc)+y", (("abc",),)), ("x(?:abc)*y|q", ()), ("x(?:abc)?y", ()),
     ("(?i:abc)def", (("def",),)), ("(?i)abcdef", ()), (r"(?<=abc)def\w", (("def",),)),
     ("(?:no|without) (?:food|water)", (("food", "water"),)), (r"(?:\w+|abc) xyz", ((" xyz",),))],
)  # fmt: skip
def test_required_literal_groups_read_every_part_a_match_needs(
    pattern: str, groups: tuple[tuple[str, ...], ...]
) -> None:
    assert required_literal_groups(pattern) == groups


_GROUP_PATTERNS = (
    "(?:boss|he|she) (?:hit|beat)s? (?:her|them) (?:with|using)",
    "(?:forbidden|forced) to (?:leave|go)",
    r"\b(?:took|kept) (?:\w+ ){0,2}(?:passports?|papers)\b",
    "x(?:abc)+y(?:zzz|www)?",
)


_GROUP_WORDS = ["boss", "he", "she", " ", "hit", "beat", "s", "her", "them", "with", "using",
                "forbidden", "forced", "to", "leave", "go", "took", "kept", "passport", "papers", "x", "abc",
                "y", "zzz"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GROUP_WORDS), max_size=20).map("".join))
def test_a_text_without_a_literal_of_every_group_never_matches(text: str) -> None:
    for pattern in _GROUP_PATTERNS:
        if re.search(pattern, text):
            for group in required_literal_groups(pattern):
                assert any(literal in text for literal in group), (pattern, group)


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [("a|b", ["a", "b"]), (r"a(?:b|c)|d", ["a(?:b|c)", "d"]), (r"[|]x|y", ["[|]x", "y"]),
     (r"[]|]|\||z", ["[]|]", r"\|", "z"]), (r"[^]|]a|b", ["[^]|]a", "b"]), ("abc", ["abc"])],
)  # fmt: skip
def test_split_alternatives_cuts_only_top_level_bars(pattern: str, branches: list[str]) -> None:
    assert split_alternatives(pattern) == branches
    assert "|".join(branches) == pattern


def test_an_alternation_refuses_groups_and_ignored_case() -> None:
    with pytest.raises(ValueError, match="capture"):
        Alternation(r"(a)|b")
    with pytest.raises(ValueError, match="case"):
        Alternation(r"abc|def", re.IGNORECASE)


# Texts built from the boilerplate cues' own words, so that branches overlap, nest and compete.
_WORDS = ["if you", "suspect", "hotline", "helpline", "line", "call", "on 0800", "every day", "each year",
          "around the clock", "worked", "you", "the public", "from", "awareness", "raise", "© 2024",
          "photo:", "in 2021,", "12,000 people", "signs of trafficking", "read more", "sunati", "cookies",
          ".", "\n", " "]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_boilerplate_cues_match_exactly_as_the_whole_pattern(text: str) -> None:
    for alternation in (boilerplate._STRONG, boilerplate._WEAK):
        expected = [m.span() for m in alternation.pattern.finditer(text)]
        assert [m.span() for m in alternation.finditer(text)] == expected
        found = alternation.search(text)
        assert (found.span() if found else None) == (expected[0] if expected else None)


def test_an_alternation_scans_only_the_branches_present() -> None:
    alternation = Alternation(r"\bhotline\b|\bhelpline\b|\bsubscribe\b")
    assert [b.pattern.pattern for b in alternation._present("call the helpline")] == [r"\bhelpline\b"]
    assert alternation._present("nothing here") == []
    assert [m.group() for m in alternation.finditer("call the helpline or hotline")] == [
        "helpline",
        "hotline",
    ]


@pytest.mark.parametrize(
    ("pattern", "rest"),
    [(r"\bowe(?:d|s)?\b", r"owe(?:d|s)?\b"), (r"(?<!was )(?<![(\[])\bpaid", "paid"),
     (r"(?=\w)(?:a|b)c", "(?:a|b)c"), (r"(?i)\bx", None), ("^abc", None), ("abc", None), (r"\b", None)],
)  # fmt: skip
def test_leading_assertions_are_cut_off_only_where_safe(pattern: str, rest: str | None) -> None:
    assert without_leading_assertions(pattern) == rest


_LEAD_PATTERNS = (
    r"\bab\w*", r"(?<!b )\bab[^.]{0,6}", r"(?<!a)ba(?:b|a )", r"\b(?:ab|ba|a b)\b", r"(?<=a )b+",
    r"\Bab", r"(?<!\w)a(?:b a)?",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .", max_size=40))
def test_a_lead_scanner_gives_exactly_the_matches_of_finditer(text: str) -> None:
    for source in _LEAD_PATTERNS:
        pattern = re.compile(source)
        assert [m.span() for m in LeadScanner(pattern).finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ], source


def _corpus_and_cues() -> tuple[list[str], list[tuple[LeadScanner, tuple[tuple[str, ...], ...]]]]:
    """The tuning corpus folded, and every lexicon cue (both languages) with its literal groups."""
    from pathlib import Path

    from threadline.extract import classify
    from threadline.extract.textutil import fold

    corpus = Path(__file__).parent / "corpus"
    texts = [fold(path.read_text(encoding="utf-8")) for path in sorted(corpus.glob("*.txt"))]
    cues = [
        (scanner, groups)
        for scheme in classify.SCHEMES
        for label in classify._load(scheme, ("en", "ro")).labels
        for scanner, _, groups in (*label.strong, *label.weak)
    ]
    return texts, cues


def test_every_lexicon_cue_scans_as_re_does_on_the_tuning_corpus() -> None:
    texts, cues = _corpus_and_cues()
    scanned = 0
    for scanner, _ in cues:
        scanned += scanner._rest is not None
        for text in texts:
            expected = [m.span() for m in scanner.pattern.finditer(text)]
            assert [m.span() for m in scanner.finditer(text)] == expected, scanner.pattern.pattern
    assert scanned > 100  # most cues open with "\b" or a lookbehind


def test_every_lexicon_cue_match_holds_its_literal_groups_on_the_tuning_corpus() -> None:
    texts, cues = _corpus_and_cues()
    grouped = 0
    for scanner, groups in cues:
        grouped += len(groups) > 1
        for text in texts:
            if scanner.pattern.search(text):
                assert all(any(x in text for x in group) for group in groups), scanner.pattern.pattern
    assert grouped > 300  # most cues need more than one literal part


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .", max_size=40))
def test_an_alternation_of_overlapping_branches_merges_as_re_does(text: str) -> None:
    # ties at one position go to the earlier branch; a match hides the others it overlaps
    alternation = Alternation(r"\bab[^.]{0,4}|a b|(?<!a)b a|ba+|\bb\b|aba")
    assert [m.span() for m in alternation.finditer(text)] == [
        m.span() for m in alternation.pattern.finditer(text)
    ]
    found = alternation.search(text)
    expected = alternation.pattern.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None)


def test_an_alternation_refuses_a_branch_that_matches_nothing_at_all() -> None:
    with pytest.raises(ValueError, match="empty"):
        Alternation(r"\bab|x*")


@pytest.mark.parametrize(
    ("pattern", "sequences"),
    [
        (r"\b(?:ab|ac)d", (("a", "[bc]", "d"),)),  # re reads "ab|ac" as "a[bc]"
        (r"(?:one|two) (?:men|women)", (("o", "n", "e"), ("t", "w", "o"))),
        (r"(?<!x)(?:the\s+)?cat", (("c", "a", "t"), ("t", "h", "e"))),
        (r"\d+ men", ((r"[\d]",),)),
        (r"a[bc]?d", (("a", "[bc]"), ("a", "d"))),
        (r"x*", None),  # may match nothing
        (r".ab", None),  # "." may be anything
        (r"(?i:ab)c", None),  # a flag inside changes what the letters match
        (r"(?-i:ab)c", (("a", "b", "c"),)),  # case kept: the finder (with the outer flags) finds more
        (r"ab|(?P<x>(?!))", (("a", "b"),)),  # a branch that never matches starts nowhere
    ],
)  # fmt: skip
def test_leading_sequences_list_how_every_match_starts(
    pattern: str, sequences: tuple[tuple[str, ...], ...] | None
) -> None:
    assert leading_sequences(re.compile(pattern)) == sequences


_SCANNED_PATTERNS = (
    r"\bab\w*", r"(?<!b )\bab[^.]{0,6}", r"(?<!a)ba(?:b|a )", r"\b(?:ab|ba|a b)\b", r"(?<=a )b+",
    r"(?P<x>a|b)(?P<y> ?b)?\.", r"(?:(?P<n>\d+)|a)\s+b", r"[ab]{2,3}(?=\.)", r"\bA(?:B|\s)a",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abAB .1", max_size=40),
    st.integers(min_value=0, max_value=45),
    st.integers(min_value=0, max_value=45),
)
def test_a_scanned_pattern_finds_exactly_what_re_finds(text: str, pos: int, endpos: int) -> None:
    for source in _SCANNED_PATTERNS:
        for flags in (0, re.IGNORECASE):
            pattern = re.compile(source, flags)
            scanner = ScannedPattern(pattern)
            assert [(m.span(), m.groups()) for m in scanner.finditer(text, pos, endpos)] == [
                (m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)
            ], source
            found, expected = scanner.search(text, pos, endpos), pattern.search(text, pos, endpos)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )


def test_a_pattern_whose_matches_may_start_anywhere_is_refused() -> None:
    with pytest.raises(ValueError, match="leading"):
        ScannedPattern(re.compile(r".+ ab"))


def test_every_scanned_pattern_finds_what_re_finds_on_the_tuning_corpus() -> None:
    import importlib
    import pkgutil
    from pathlib import Path

    import threadline.extract
    from threadline.extract.textutil import fold

    scanners = []
    for module in pkgutil.walk_packages(threadline.extract.__path__, "threadline.extract."):
        values = vars(importlib.import_module(module.name)).values()
        scanners += [value for value in values if isinstance(value, ScannedPattern)]
    assert len(set(map(id, scanners))) >= 25
    corpus = Path(__file__).parent / "corpus"
    for path in sorted(corpus.glob("*.txt"))[:60]:
        original = path.read_text(encoding="utf-8")
        for text in (original, fold(original)):
            for scanner in scanners:
                assert [(m.span(), m.groups()) for m in scanner.finditer(text)] == [
                    (m.span(), m.groups()) for m in scanner.compiled.finditer(text)
                ], scanner.pattern
