"""Small text helpers shared by the rule-based extractors (part B): folding and number words.

Everything here keeps offsets stable: `fold` maps each character to exactly one character, so a
match found in the folded text has the same span in the original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

# Romanian has two spellings of s/t with a comma or cedilla below; news sites mix them freely.
_SPECIAL = str.maketrans(
    {
        "ș": "s", "ş": "s", "Ș": "s", "Ş": "s", "ț": "t", "ţ": "t", "Ț": "t", "Ţ": "t",
        "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"',
        "–": "-", "—": "-", "‑": "-", "\u00a0": " ",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = unicodedata.normalize("NFKD", low)[:1]
    return base if base else low


def doc_text(doc: Any) -> str:
    """A spaCy Doc's text, joined once: `Doc.text` rebuilds the string from every token on each
    call (~0.4 ms for a 1,000-token chunk), and the entity rules ask for it hundreds of times."""
    cached = doc.user_data.get("threadline:text")
    if cached is None:
        cached = doc.user_data["threadline:text"] = doc.text
    return cached


def span_text(span: Any) -> str:
    """A spaCy Span's text sliced from its document's joined text: what `Span.text` gives, without
    joining the span's tokens anew on each call."""
    return doc_text(span.doc)[span.start_char : span.end_char]


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify quotes/dashes, keeping the length unchanged.

    Cached: segmentation, counting and classification all fold the same document.
    """
    text = text.translate(_SPECIAL)
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


_SPACE_RUN = re.compile(r"[ \t]{2,}")
# A nickname in quotes inside a name, with the space before it: 'Benigno "Benny" Soriano' (removing it
# leaves the name)
QUOTED_NICKNAME = re.compile(r"[ \t]+[\"“][A-Z][^\"“”\n]{0,20}[\"”](?=[ \t]+[A-Z])")


@dataclass(frozen=True)
class Squeezed:
    """A text with each run of spaces and tabs written as one space, and the way back.

    Lexicon cues are written with single spaces; pages often carry doubled ones ("15  hours").
    For the k-th shortened run: `breaks[k]` is the squeezed offset right after its kept space,
    `ends[k]` the original offset right after the run, and `removed[k]` how many characters had
    been dropped up to and including it (`ends` is kept so both directions are one bisection).
    """

    text: str
    breaks: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    def original(self, pos: int) -> int:
        """The original offset of squeezed offset `pos`."""
        k = bisect_right(self.breaks, pos) - 1
        return pos + (self.removed[k] if k >= 0 else 0)

    def squeezed(self, pos: int) -> int:
        """The squeezed offset of original offset `pos` (inside a dropped run: the run's end)."""
        k = bisect_right(self.ends, pos) - 1  # the last run wholly before `pos`
        squeezed = pos - (self.removed[k] if k >= 0 else 0)
        return min(squeezed, self.breaks[k + 1]) if k + 1 < len(self.breaks) else squeezed


def squeeze_spaces(text: str) -> Squeezed:
    """`text` with runs of spaces and tabs as single spaces (see `Squeezed`)."""
    if "  " not in text and "\t" not in text:
        return Squeezed(text)
    pieces: list[str] = []
    breaks: list[int] = []
    ends: list[int] = []
    removed: list[int] = []
    pos, dropped = 0, 0
    for m in _SPACE_RUN.finditer(text):
        pieces += [text[pos : m.start()], " "]
        breaks.append(m.start() + 1 - dropped)
        dropped += len(m.group()) - 1
        ends.append(m.end())
        removed.append(dropped)
        pos = m.end()
    pieces.append(text[pos:])
    return Squeezed("".join(pieces), tuple(breaks), tuple(ends), tuple(removed))


# Number words, folded (no diacritics), English and Romanian. Values for masculine and feminine
# Romanian forms are both listed because agreement follows the counted noun.
UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "pair": 2, "couple": 2, "trio": 3, "both": 2,
    "unu": 1, "una": 1, "doi": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5, "sase": 6,
    "sapte": 7, "opt": 8, "noua": 9, "zece": 10, "unsprezece": 11, "douasprezece": 12,
    "doisprezece": 12, "treisprezece": 13, "paisprezece": 14, "cincisprezece": 15,
    "saisprezece": 16, "saptesprezece": 17, "optsprezece": 18, "nouasprezece": 19,
    "douazeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50, "saizeci": 60,
    "saptezeci": 70, "optzeci": 80, "nouazeci": 90, "suta": 100, "sute": 100,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "mie": 1000, "mii": 1000, "million": 1_000_000}

_WORD_ALT = "|".join(sorted(list(UNITS) + list(SCALES), key=len, reverse=True))
# A number: digits with thousands separators, or a run of number words ("one hundred and thirty-three",
# "douazeci si cinci"). Operates on folded text.
NUMBER_RE = (
    r"(?:\d{1,3}(?:[,.]\d{3})+(?!\d)|\d+(?:\.\d+)?"
    rf"|(?:a\s+(?=dozen|hundred|thousand|million|couple|pair))?(?:{_WORD_ALT})(?:(?:\s+and\s+|\s+si\s+|\s+|-)(?:{_WORD_ALT}))*)"
)
_NUMBER_FULL = re.compile(rf"^{NUMBER_RE}$")
_DIGIT = re.compile(r"\d")


@functools.cache
def _number_words() -> ahocorasick.Automaton:
    """The number words in one automaton: one pass over a text finds whether it holds any."""
    automaton = ahocorasick.Automaton()
    for word in [*UNITS, *SCALES]:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def may_hold_number(text: str) -> bool:
    """False when no NUMBER_RE match can lie in `text`: every one holds a digit or a number word."""
    return _DIGIT.search(text) is not None or next(_number_words().iter(text), None) is not None


_TOKEN = re.compile(r"[a-z]+|\d[\d,.]*")


def parse_number(folded: str) -> float | None:
    """The value of a folded number phrase matched by NUMBER_RE, or None."""
    s = folded.strip()
    if not s:
        return None
    if s[0].isdigit():
        digits = s.replace(",", "")
        # "20.000" is a Romanian/continental thousands separator; "1.5" is a decimal.
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
            digits = digits.replace(".", "")
        try:
            return float(digits)
        except ValueError:
            return None
    total = 0.0
    current = 0.0
    seen = False
    for tok in _TOKEN.findall(s):
        if tok in ("a", "and", "si"):
            continue  # "a dozen", "a hundred": the scale itself supplies the 1
        if tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok in SCALES:
            scale = SCALES[tok]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
    if not seen:
        return None
    return total + current


def is_number(folded: str) -> bool:
    return bool(_NUMBER_FULL.match(folded.strip()))


# Weekdays, months and feasts: the NER tags them DATE, and some are also towns ("March", "Easter")
CALENDAR_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Halloween"}
)  # fmt: skip
WEEKDAYS = frozenset(w for w in CALENDAR_WORDS if w.endswith("day"))
