"""Literals a regular expression needs, and large alternations scanned with only the branches a
text can match.

Python's `re` cannot skip ahead to a likely start when the branches of an alternation begin with
`\\b` or a lookbehind: it tries every branch at every position, so an 80-branch cue pattern costs
about 80 scans of the report. Most branches need a literal ("hotline", "every ") that a given
report does not contain. Dropping those branches first leaves every match as it was — a branch that
matches nowhere never wins at any position — and the branches left are scanned one by one, each
from its first literal characters, and merged in the order `re` would have found them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

# Zero-width items that may open a pattern before its first literal: "\b", "^", lookarounds.
_ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)


def required_literal(pattern: str) -> str:
    """The longest run of plain characters every match of `pattern` must contain ("" if unsure).

    Reads the parsed pattern's top level only: literals inside groups, alternations or optional
    parts are not required, so they end a run.
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return ""
    best, run = "", []
    for op, arg in parsed:
        if op is _sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    if len(run) > len(best):
        best = "".join(run)
    return best if len(best) >= 3 else ""


def required_literals(pattern: str) -> tuple[str, ...]:
    """Literals one of which every match of `pattern` must contain (() if unsure): the required
    literal, or else the leading literals of an alternation the pattern starts with
    ("(?:forbidden|prohibited|banned) …" needs one of those three words; so does "\\b(?:…)")."""
    literal = required_literal(pattern)
    if literal:
        return (literal,)
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return ()
    items = [item for item in parsed]
    while items and items[0][0] in _ZERO_WIDTH:
        items.pop(0)
    if not items:
        return ()
    op, arg = items[0]
    if op is _sre_constants.SUBPATTERN:
        inner = arg[-1]
        if len(inner) != 1:
            return ()
        op, arg = inner[0]
    if op is not _sre_constants.BRANCH:
        return ()
    leads = []
    for alternative in arg[1]:
        run = []
        for item_op, item_arg in alternative:
            if item_op is not _sre_constants.LITERAL:
                break
            run.append(chr(item_arg))
        if len(run) < 3:
            return ()
        leads.append("".join(run))
    return tuple(leads)


_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, _sre_constants.POSSESSIVE_REPEAT)


def _literal_groups(items: list[tuple[object, object]]) -> list[tuple[str, ...]]:
    """Groups of literals every match of the parsed sequence `items` holds one of (see below)."""
    groups: list[tuple[str, ...]] = []
    run: list[str] = []

    def end_run() -> None:
        if len(run) >= 3:
            groups.append(("".join(run),))
        run.clear()

    for op, arg in items:
        if op is _sre_constants.LITERAL:
            run.append(chr(arg))  # type: ignore[call-overload]
            continue
        end_run()
        if op is _sre_constants.SUBPATTERN:
            _group, added_flags, _removed, inner = arg  # type: ignore[misc]
            if not added_flags & re.IGNORECASE:  # "(?i:…)" matches letters the substring test misses
                groups += _literal_groups(list(inner))
        elif op is _sre_constants.BRANCH:
            # one literal from each alternative: the alternative's most telling group
            picked: list[str] = []
            for alternative in arg[1]:  # type: ignore[index]
                found = _literal_groups(list(alternative))
                if not found:
                    picked = []
                    break
                picked += max(found, key=_selectivity)
            if picked:
                groups.append(tuple(dict.fromkeys(picked)))
        elif op in _REPEATS and arg[0] >= 1:  # type: ignore[index,operator]
            groups += _literal_groups(list(arg[2]))  # type: ignore[index]
        # anything else (a class, a lookaround, an optional part) holds no required literal
    end_run()
    return groups


def _selectivity(group: tuple[str, ...]) -> tuple[int, int]:
    """How rarely a text holds one of `group`'s literals, roughly: longer and fewer is rarer."""
    return min(len(literal) for literal in group), -len(group)


def required_literal_groups(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Groups of literals (each at least three characters) such that every match of `pattern` holds
    one literal of each group, the most telling group first; () if none is sure.

    "(?:boss|he|she) (?:hit|beat)s? (?:her|them) (?:with|using)" gives (("with", "using"),
    ("hit", "beat")): a text that lacks either group cannot match, so a cue is tried only on texts
    holding all of its groups — a finer test than one literal, as the words a cue shares with most
    texts ("the", "was") are seldom all it needs. Patterns that ignore case give ().
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    groups = list(dict.fromkeys(_literal_groups(list(parsed))))
    groups.sort(key=_selectivity, reverse=True)
    return tuple(groups)


_LARGEST_RANGE = 300  # a class wider than this ("[^ ]", "\\w") tells too little to gate on


def first_characters(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed sequence `items` may start with (None when any may),
    and whether it may match the empty string."""
    found: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item starts the match
        if op is _sre_constants.LITERAL:
            found.add(chr(arg))  # type: ignore[call-overload]
            return found, False
        if op is _sre_constants.IN:
            for kind, value in arg:  # type: ignore[attr-defined]
                if kind is _sre_constants.LITERAL:
                    found.add(chr(value))
                elif kind is _sre_constants.RANGE and value[1] - value[0] <= _LARGEST_RANGE:
                    found.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None, False  # a negated class or a category
            return found, False
        if op is _sre_constants.SUBPATTERN:
            _group, added_flags, removed_flags, inner = arg  # type: ignore[misc]
            if added_flags or removed_flags:
                return None, False  # "(?i:…)" matches more first characters than it spells
            first, empty = first_characters(list(inner))
        elif op is _sre_constants.BRANCH:
            first, empty = set(), False
            for alternative in arg[1]:  # type: ignore[index]
                more, may_be_empty = first_characters(list(alternative))
                if more is None:
                    return None, False
                first |= more
                empty = empty or may_be_empty
        elif op in _REPEATS:
            first, empty = first_characters(list(arg[2]))  # type: ignore[index]
            empty = empty or arg[0] == 0  # type: ignore[index]
        else:
            return None, False
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


def gate_alternatives(pattern: str) -> str:
    """`pattern` with each top-level alternative that opens with a group or a lookaround preceded by a
    lookahead for the characters it can start with: the same matches, found faster.

    `re` skips an alternative that opens with a literal or a class after one character test, but
    enters every other one at every position it tries ("(?:held|kept)(?= by …)", "(?<=were )in
    custody"): a one-character lookahead lets it leave those at once. Alternatives whose first
    characters are unknown or that may match nothing are left as they are.
    """
    gated = []
    for alternative in split_alternatives(pattern):
        items = list(_sre_parse.parse(alternative))
        opens = next((op for op, _ in items), None)
        first, empty = first_characters(items)
        if opens in (_sre_constants.LITERAL, _sre_constants.IN) or first is None or empty or not first:
            gated.append(alternative)
            continue
        characters = "".join(re.escape(c) for c in sorted(first))
        gated.append(f"(?=[{characters}])(?:{alternative})")
    return "|".join(gated)


class GatedPattern:
    """A compiled pattern run only where the text holds a literal of each group its matches need
    (`required_literal_groups`), giving exactly what the pattern gives.

    Most sentences lack the words a rule looks for ("search warrant", "raided", "both"): a few
    substring tests cost less than the scan, which tries the pattern at every position. Groups of
    more than a handful of literals are not tested (the tests would cost more than they save);
    patterns that ignore case are run as they are. Other attributes are the pattern's own.
    """

    __slots__ = ("_groups", "compiled")
    _MOST_LITERALS = 16

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        groups = () if compiled.flags & re.IGNORECASE else required_literal_groups(compiled.pattern)
        self._groups = tuple(g for g in groups if len(g) <= self._MOST_LITERALS)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False when no match can lie in string[pos:endpos] (lookbehinds may still read before pos)."""
        for group in self._groups:  # plain loops: this runs on every sentence, generators cost more
            for literal in group:
                if string.find(literal, pos, endpos) >= 0:
                    break
            else:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (
            self.compiled.finditer(string, pos, endpos) if self.may_match(string, pos, endpos) else iter(())
        )

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self.may_match(string, pos, endpos) else []


def gated(pattern: str, flags: int = 0) -> GatedPattern:
    """`re.compile(pattern, flags)`, run only where the text holds the literals it needs."""
    return GatedPattern(re.compile(pattern, flags))


# How a class item is written back: the categories the parser reads "\d", "\s" and "\w" (and their
# negations) into.
_CATEGORIES = {
    _sre_constants.CATEGORY_DIGIT: r"\d",
    _sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    _sre_constants.CATEGORY_SPACE: r"\s",
    _sre_constants.CATEGORY_NOT_SPACE: r"\S",
    _sre_constants.CATEGORY_WORD: r"\w",
    _sre_constants.CATEGORY_NOT_WORD: r"\W",
}
_MOST_LEADS = 3000  # more leading sequences than this tell too little to be worth a finder


class _Unknown(Exception):
    """A pattern whose leading characters cannot be listed."""


def _one_character(op: object, arg: Any) -> str | None:
    """A regular expression for the one character a LITERAL, NOT_LITERAL or IN item consumes."""
    if op is _sre_constants.LITERAL:
        return re.escape(chr(arg))
    if op is _sre_constants.NOT_LITERAL:
        return f"[^{re.escape(chr(arg))}]"
    if op is not _sre_constants.IN:
        return None
    parts = []
    for kind, value in arg:
        if kind is _sre_constants.NEGATE:
            parts.insert(0, "^")
        elif kind is _sre_constants.LITERAL:
            parts.append(re.escape(chr(value)))
        elif kind is _sre_constants.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind is _sre_constants.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    return f"[{''.join(parts)}]"


def _leads(items: list[tuple[object, Any]], length: int) -> set[tuple[tuple[str, ...], bool]]:
    """(sequence, open) pairs: every match of the parsed `items` starts with the characters of one
    sequence (each a one-character expression); an open sequence is a whole match of `items`, shorter
    than `length`, that what follows may extend."""
    found: set[tuple[tuple[str, ...], bool]] = {((), True)}
    for op, arg in items:
        if op is _sre_constants.ASSERT_NOT and not list(arg[1]):
            return {(sequence, False) for sequence, is_open in found if not is_open}  # "(?!)": no match
        if op in _ZERO_WIDTH:
            continue
        opened = [sequence for sequence, is_open in found if is_open]
        if not opened:
            break
        closed = {(sequence, False) for sequence, is_open in found if not is_open}
        parts: set[tuple[tuple[str, ...], bool]] | None
        character = _one_character(op, arg)
        if character is not None:
            parts = {((character,), True)}
        elif op is _sre_constants.SUBPATTERN:
            _group, added_flags, removed_flags, inner = arg
            # "(?-i:…)" matches fewer characters than the finder (compiled with the pattern's flags)
            # finds; any other flag would let it match more
            known = not added_flags and not removed_flags & ~re.IGNORECASE
            parts = _leads(list(inner), length) if known else None
        elif op is _sre_constants.BRANCH:
            parts = set()
            for alternative in arg[1]:
                parts |= _leads(list(alternative), length)
        elif op in _REPEATS:
            least, most, inner = arg
            first = _leads(list(inner), length)
            if least == most == 1:
                parts = first
            else:  # the first repetition only: what a second one adds is not listed
                parts = {(sequence, False) for sequence, _ in first}
                if least == 0:
                    parts.add(((), True))
        else:
            parts = None  # anything else ("." and its flags, a back reference): the sequence ends here
        if parts is None:
            return closed | {(sequence, False) for sequence in opened}
        found = closed
        for sequence in opened:
            for part, is_open in parts:
                joined = sequence + part
                found.add((joined[:length], False) if len(joined) >= length else (joined, is_open))
        if len(found) > _MOST_LEADS:
            raise _Unknown
    return found


def leading_sequences(pattern: re.Pattern[str], length: int = 3) -> tuple[tuple[str, ...], ...] | None:
    """Sequences of one-character expressions (at most `length` long) such that every match of
    `pattern` starts with one of them; None when a match may start with anything or be empty (a
    way through the pattern that consumes nothing leaves the empty sequence)."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        found = {sequence for sequence, _ in _leads(list(parsed), length)}
    except (_Unknown, re.error):
        return None
    if () in found or not found:
        return None
    # a sequence that extends a shorter one adds no start the shorter one does not find
    kept: list[tuple[str, ...]] = []
    for sequence in sorted(found, key=len):
        if not any(sequence[: len(shorter)] == shorter for shorter in kept):
            kept.append(sequence)
    return tuple(sorted(kept))


def _trie(sequences: list[tuple[str, ...]]) -> str:
    """One alternation finding any of `sequences`, sharing their common starts ("ab|ac" -> "a(?:b|c)")
    so that `re` tests each first character once."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for sequence in sequences:
        by_first.setdefault(sequence[0], []).append(sequence[1:])
    parts = []
    for first, rests in by_first.items():
        if () in rests:
            parts.append(first)  # the shorter sequence finds every start the longer ones would
        else:
            inner = _trie(rests)
            parts.append(f"{first}(?:{inner})" if len(rests) > 1 else f"{first}{inner}")
    return "|".join(parts)


class ScannedPattern(GatedPattern):
    """A gated pattern that `search`es and `finditer`s from the places where a match could start.

    `re` looks ahead for a likely start only when a pattern opens with a literal or a class; most
    of ours open with "\\b", a lookbehind or a group of alternatives, so `re` tries them at every
    position. Here one quick pattern finds the next place that holds a sequence every match starts
    with (`leading_sequences`), and the whole pattern is tried there only: the first that matches is
    the match `re` finds, since no match can start anywhere else. Worth it where such places are rare
    (benchmarks say which patterns: a Python loop per candidate costs more than a scan where they
    are many).
    """

    __slots__ = ("_finder",)
    # four characters tell more starts apart than three ("was on trial" from every "was") at little
    # more cost; five and six gained nothing more on our texts
    _LEAD_LENGTH = 4

    def __init__(self, compiled: re.Pattern[str]) -> None:
        super().__init__(compiled)
        sequences = leading_sequences(compiled, self._LEAD_LENGTH)
        if sequences is None:
            raise ValueError(f"no known leading characters: {compiled.pattern[:80]!r}")
        self._finder = re.compile(_trie(list(sequences)), compiled.flags & (re.IGNORECASE | re.ASCII))

    def _search(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
        find, match = self._finder.search, self.compiled.match
        while (candidate := find(string, pos, endpos)) is not None:
            start = candidate.start()
            if (found := match(string, start, endpos)) is not None:
                return found
            pos = start + 1
        return None

    def _finditer(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        while (found := self._search(string, pos, endpos)) is not None:
            yield found
            pos = found.end()  # never empty: a pattern that may match nothing has no leading sequences

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._search(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._finditer(string, pos, endpos) if self.may_match(string, pos, endpos) else iter(())


def scanned(pattern: str, flags: int = 0) -> ScannedPattern:
    """`re.compile(pattern, flags)`, gated, searched only from where a match could start."""
    return ScannedPattern(re.compile(pattern, flags))


def _outside_classes(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) for each character of `pattern` from `start` that is
    neither escaped nor inside a character class."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":  # a "]" first in a class is a literal
                i += 1
            continue
        else:
            yield i, char, depth
            depth += 1 if char == "(" else -1 if char == ")" else 0
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """The top-level branches of `pattern` as source text ("a|(b|c)|[|]" -> "a", "(b|c)", "[|]")."""
    parts: list[str] = []
    start = 0
    for i, char, depth in _outside_classes(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


class Alternation:
    """A compiled alternation whose `finditer` and `search` give exactly what `re` gives for the
    whole pattern, scanning only the branches whose literals occur in the text.

    Each branch is compiled once on its own; a text's matches are merged from the branches present
    in it: from any position the whole pattern matches where the earliest branch match starts, and
    there the first branch in order (compiling each text's combination of branches instead cost more
    than scanning with it). The pattern must capture nothing, must not ignore case (the literal test
    is a plain substring test), and no branch may match the empty string.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        if self.pattern.groups:
            raise ValueError("an Alternation must not capture groups")
        if self.pattern.flags & re.IGNORECASE:
            raise ValueError("an Alternation must not ignore case")
        branches = split_alternatives(pattern)
        self._branches = tuple(LeadScanner(re.compile(branch, flags)) for branch in branches)
        if any(_sre_parse.parse(branch).getwidth()[0] == 0 for branch in branches):
            raise ValueError("no branch of an Alternation may match the empty string")
        self._literals = tuple(required_literals(branch) for branch in branches)

    def _present(self, text: str) -> list[LeadScanner]:
        return [
            branch
            for branch, literals in zip(self._branches, self._literals, strict=True)
            if not literals or any(literal in text for literal in literals)
        ]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        branches = self._present(text)
        found = [branch.search(text, 0) for branch in branches]
        pos = 0
        while True:
            best = None
            for i, match in enumerate(found):
                if match is not None and match.start() < pos:
                    match = found[i] = branches[i].search(text, pos)  # overlapped by the last match
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            pos = best.end()

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


# How a leading zero-width item is written: "\b", "\B", or a lookaround group.
_LEADING_ASSERTION = re.compile(r"\\[bB]|\(\?<?[=!]")


def _group_end(pattern: str, start: int) -> int:
    """Index just after the group that opens at `start` (escapes and character classes skipped)."""
    for i, char, depth in _outside_classes(pattern, start):
        if char == ")" and depth == 1:
            return i + 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def without_leading_assertions(pattern: str) -> str | None:
    """`pattern` without the zero-width items it opens with ("\\b", lookbehinds, lookaheads), or None
    when it opens with none or they cannot be cut off safely."""
    try:
        parsed = list(_sre_parse.parse(pattern))
    except re.error:
        return None
    count = 0
    while count < len(parsed) and parsed[count][0] in (
        _sre_constants.AT,
        _sre_constants.ASSERT,
        _sre_constants.ASSERT_NOT,
    ):
        count += 1
    i = 0
    for _ in range(count):
        opener = _LEADING_ASSERTION.match(pattern, i)
        if opener is None:
            return None  # "^", "\A" or an inline flag: left alone
        i = opener.end() if opener.group().startswith("\\") else _group_end(pattern, i)
    return pattern[i:] if count and i < len(pattern) else None


class LeadScanner:
    """`finditer` of a pattern that opens with "\\b" or a lookaround, giving exactly `re`'s matches faster.

    `re` looks for a likely start (a literal prefix, a set of first characters) only when the pattern
    opens with one; "\\b(?:owe|owed) …" makes it try the whole pattern at every position. The pattern
    without its opening assertions finds each candidate start quickly, and the whole pattern is then
    tried at that start only: the leftmost whole match is the leftmost candidate that passes.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        rest = without_leading_assertions(pattern.pattern)
        if rest is not None and _sre_parse.parse(pattern.pattern).getwidth()[0] == 0:
            rest = None  # a pattern that can match nothing keeps re's own finditer (empty matches)
        self._rest = re.compile(rest, pattern.flags) if rest is not None else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match at or after `pos` (lookbehinds and "\\b" still see the text before it)."""
        if self._rest is None:
            return self.pattern.search(text, pos)
        while (candidate := self._rest.search(text, pos)) is not None:
            found = self.pattern.match(text, candidate.start())
            if found is not None:
                return found
            pos = candidate.start() + 1
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._rest is None:
            yield from self.pattern.finditer(text)
            return
        pos = 0
        while (found := self.search(text, pos)) is not None:
            yield found
            pos = found.end()  # never empty: the pattern's shortest match is not
