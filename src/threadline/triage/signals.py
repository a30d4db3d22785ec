"""Finding triage cues in a report's text, each with its character span.

A cue is a phrase from `data/lexicon.toml` that is *asserted*: not negated ("no one is in
danger") and not hypothetical ("if you suspect someone is locked in"). Risk scoring and routing
both read the same cues, so they can never disagree about what the text said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from threadline.extract.types import Span
from threadline.taxonomy.vocabulary import Indicator
from threadline.triage._data import data_file

# Curly apostrophes become straight ones, one character for one, so spans stay valid.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# Where a clause starts: negation does not reach across these ...
_CLAUSE_BREAK = re.compile(r"[.!?;:\n,()\[\]]|\b(?:but|and|or|although|though|because|so|while)\b", re.I)
# ... while a condition ("if you suspect X or Y") runs on to the next punctuation.
_CONDITION_BREAK = re.compile(r"[.!?;:\n,()\[\]]")
_LOOKBACK_CHARS = 160


@dataclass(frozen=True)
class Cue:
    """One asserted cue: `group` is danger, imminence, child, many_victims, indicator,
    exploitation or routing; `label` names what it evidences within the group."""

    group: str
    label: str
    span: Span
    value: int | None = None


@dataclass(frozen=True)
class _Lexicon:
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    uncertainty: re.Pattern[str]
    window_words: int
    hypothetical_words: int
    groups: tuple[tuple[str, str, re.Pattern[str]], ...]
    child_exclude_before: re.Pattern[str]
    child_exclude_nouns: re.Pattern[str]
    child_exclude_after: re.Pattern[str]
    many_victims: re.Pattern[str]
    numbers: dict[str, int]


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    # Lookarounds rather than \b, because some cues end in punctuation ("help me!").
    # Patterns are lower-cased and matched on lower-cased text: about twice as fast as
    # IGNORECASE (the lexicon uses no upper-case escapes such as \W or \D).
    body = "|".join(f"(?:{p.lower()})" for p in patterns)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw: dict[str, Any] = data_file("lexicon.toml")
    cues = raw["cues"]
    groups: list[tuple[str, str, re.Pattern[str]]] = [
        ("danger", "danger", _alternation(raw["danger"]["patterns"])),
        ("imminence", "imminence", _alternation(raw["imminence"]["patterns"])),
        ("child", "child", _alternation(raw["child"]["patterns"])),
    ]
    for name, patterns in raw["indicators"].items():
        Indicator(name)  # a typo in the lexicon fails loudly, not silently
        groups.append(("indicator", name, _alternation(patterns)))
    for name, patterns in raw["exploitation"].items():
        groups.append(("exploitation", name, _alternation(patterns)))
    for name, patterns in raw["routing_cues"].items():
        groups.append(("routing", name, _alternation(patterns)))
    many = raw["many_victims"]
    numbers = {str(k).lower(): int(v) for k, v in many["numbers"].items()}
    words = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
    many_re = re.compile(
        rf"(?<!\w)(?:about |around |over |more than |at least |some )?"
        rf"(?P<num>\d{{1,4}}|{words}) (?:[a-z-]+ ){{0,2}}?(?P<noun>{many['nouns'].lower()})(?!\w)"
    )
    return _Lexicon(
        negation=re.compile(cues["negation"], re.IGNORECASE),
        hypothetical=re.compile(cues["hypothetical"], re.IGNORECASE),
        uncertainty=re.compile(cues["uncertainty"], re.IGNORECASE),
        window_words=int(cues["window_words"]),
        hypothetical_words=int(cues["hypothetical_words"]),
        groups=tuple(groups),
        child_exclude_before=re.compile(raw["child"]["exclude_before"], re.IGNORECASE),
        child_exclude_nouns=re.compile(raw["child"]["exclude_nouns"], re.IGNORECASE),
        child_exclude_after=re.compile(raw["child"]["exclude_after"], re.IGNORECASE),
        many_victims=many_re,
        numbers=numbers,
    )


def normalise(text: str) -> str:
    """Lower-cased, straight apostrophes, and the same length as `text`, so every span found
    in the result is a span of the original. The rare characters whose lower case is longer
    (e.g. "İ") are left as they are rather than shift every later span."""
    straight = text.translate(_APOSTROPHES)
    lowered = straight.lower()
    if len(lowered) == len(straight):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in straight)


def _clause_prefix(text: str, start: int, window_words: int, breaks: re.Pattern[str]) -> str:
    window = text[max(0, start - _LOOKBACK_CHARS) : start]
    cut = 0
    for match in breaks.finditer(window):
        cut = match.end()
    words = window[cut:].split()
    return " ".join(words[-window_words:])


def is_asserted(text: str, start: int) -> bool:
    """False when the words just before `start`, in the same clause, negate it or make it a
    hypothetical; uncertainty ("not sure if") keeps it, since a worry is still a report."""
    lex = _lexicon()
    clause = _clause_prefix(text, start, lex.window_words, _CLAUSE_BREAK)
    condition = _clause_prefix(text, start, lex.hypothetical_words, _CONDITION_BREAK)
    if lex.uncertainty.search(clause) or lex.uncertainty.search(condition):
        return True
    return not (lex.negation.search(clause) or lex.hypothetical.search(condition))


def _child_excluded(text: str, start: int, end: int) -> bool:
    lex = _lexicon()
    if lex.child_exclude_after.search(text[end : end + 20]):
        return True
    noun = lex.child_exclude_nouns.match(text[start:end])
    return bool(noun and lex.child_exclude_before.search(text[max(0, start - 40) : start]))


def find_cues(text: str) -> tuple[Cue, ...]:
    """Every asserted cue in `text`, in order of position (then group, label) — deterministic."""
    lex = _lexicon()
    norm = normalise(text)
    found: list[Cue] = []
    asserted: dict[int, bool] = {}  # several groups often match at the same word

    def holds(start: int) -> bool:
        if start not in asserted:
            asserted[start] = is_asserted(norm, start)
        return asserted[start]

    for group, label, pattern in lex.groups:
        for match in pattern.finditer(norm):
            start, end = match.span()
            if group == "child" and _child_excluded(norm, start, end):
                continue
            if holds(start):
                found.append(Cue(group, label, (start, end)))
    for match in lex.many_victims.finditer(norm):
        raw_number = match.group("num").lower()
        count = int(raw_number) if raw_number.isdigit() else lex.numbers.get(raw_number, 0)
        if holds(match.start()):
            found.append(Cue("many_victims", "many_victims", match.span(), value=count))
    found.sort(key=lambda cue: (cue.span, cue.group, cue.label))
    return tuple(found)
