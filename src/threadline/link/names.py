"""Person and organisation name normalisation: fold scripts and diacritics, split, expand nicknames.

Everything here is deterministic and cheap, so it can run on every mention before matching.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

# Romanian has two spellings of ș/ț (comma-below, and the legacy cedilla forms ş/ţ that most
# keyboards still produce). NFKD handles both, but we map them explicitly so the intent is visible
# and so the result does not depend on the Unicode version.
_EXPLICIT_FOLD = str.maketrans(
    {
        "ș": "s",
        "ş": "s",
        "Ș": "S",
        "Ş": "S",
        "ț": "t",
        "ţ": "t",
        "Ț": "T",
        "Ţ": "T",
        "ă": "a",
        "â": "a",
        "Ă": "A",
        "Â": "A",
        "î": "i",
        "Î": "I",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "œ": "oe",
        "Œ": "OE",
    }
)

_NON_WORD = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")

# Honorifics and titles carry no identity; dropping them keeps "Mr Ion Popa" = "Ion Popa".
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "madam",
        "mx",
        "dl",
        "dna",
        "d-na",
        "domnul",
        "doamna",
        "domnisoara",
        "sr",
        "jr",
    ]
)
_NAME_PARTICLES = frozenset(["de", "la", "van", "von", "der", "den", "da", "di", "du", "le"])

# Legal forms, so "Fast Wash Ltd" = "FAST WASH LIMITED" = "Fast Wash S.R.L.".
_ORG_FORMS = frozenset(
    [
        "ltd",
        "limited",
        "plc",
        "llp",
        "llc",
        "inc",
        "corp",
        "co",
        "company",
        "srl",
        "sa",
        "sc",
        "pfa",
        "ii",
        "gmbh",
        "ag",
        "bv",
        "nv",
        "sro",
        "spzoo",
    ]
)


def fold(text: str) -> str:
    """Any script to lower-case ASCII: 'Țăran' → 'taran', 'Иван' → 'ivan'.

    Latin diacritics are folded by Unicode decomposition; other scripts are transliterated by ICU
    (through normality, a declared dependency).
    """
    if not text:
        return ""
    if text.isascii():  # most input: nothing to fold
        return text.lower()
    text = text.translate(_EXPLICIT_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not stripped.isascii():
        stripped = _transliterate(stripped)
    return stripped.lower()


def _transliterate(text: str) -> str:
    from normality import ascii_text  # imported late: only names in other scripts need it

    return ascii_text(text) or ""


def tokens(text: str) -> list[str]:
    """Folded word tokens, titles dropped, hyphenated parts kept apart ('Ana-Maria' → ana, maria)."""
    words = _NON_WORD.split(fold(text))
    return [w for w in words if w and w not in _TITLES]


def normalise_name(text: str | None) -> str:
    """A comparable form of a person's name: folded, titles removed, single-spaced."""
    if not text:
        return ""
    return " ".join(tokens(text))


@functools.cache
def _nicknames() -> dict[str, str]:
    raw = resources.files("threadline.link").joinpath("data/nicknames.json").read_text("utf-8")
    table: dict[str, list[str]] = json.loads(raw)
    out: dict[str, str] = {}
    for canonical, variants in table.items():
        for variant in variants:
            out[variant] = canonical
        out[canonical] = canonical
    return out


def canonical_given(name: str) -> str:
    """Map a folded given name to its canonical form ('gheorghe' ← 'ghita', 'bill' → 'william')."""
    return _nicknames().get(name, name)


@dataclass(frozen=True)
class PersonName:
    """A split person name. `initials_only` is set when the given name is only an initial ("I.")."""

    given: str
    middle: str
    surname: str
    initials_only: bool

    @property
    def given_canonical(self) -> str:
        return canonical_given(self.given)

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    @property
    def initial(self) -> str:
        return self.given[:1]


def split_name(full: str | None) -> PersonName:
    """Split a free-text person name into given / middle / surname.

    Handles "Popescu, Ion", "POPESCU Ion" (surname in capitals first, common in Romanian police
    notes), "I. Popescu" and "Ion Popescu".
    """
    if not full or not full.strip():
        return PersonName("", "", "", False)
    raw = full.strip()
    surname_first = False
    if "," in raw:
        last, _, rest = raw.partition(",")
        raw = f"{rest} {last}"
    else:
        parts = raw.split()
        if len(parts) >= 2 and parts[0].isupper() and len(parts[0]) > 2 and not parts[1].isupper():
            surname_first = True
    words = [w for w in tokens(raw) if w]
    if surname_first and len(words) >= 2:
        words = [*words[1:], words[0]]
    words = _merge_particles(words)
    if not words:
        return PersonName("", "", "", False)
    if len(words) == 1:
        return PersonName("", "", words[0], False)
    given, surname = words[0], words[-1]
    middle = " ".join(words[1:-1])
    initials_only = len(given) == 1
    return PersonName(given, middle, surname, initials_only)


def _merge_particles(words: list[str]) -> list[str]:
    """Keep 'van der berg' as one surname instead of given='van'."""
    if len(words) < 3:
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        if out[i] in _NAME_PARTICLES:
            out[i : len(out)] = [" ".join(out[i:])]
            break
    return out


def names_compatible(a: PersonName, b: PersonName) -> bool:
    """Can these two names belong to one person? Initials match any given name with that letter."""
    if a.surname and b.surname and a.surname != b.surname:
        return False
    if not a.given or not b.given:
        return True
    if a.initials_only or b.initials_only:
        return a.initial == b.initial
    return a.given_canonical == b.given_canonical


def normalise_org(text: str | None) -> str:
    """A comparable organisation name: folded, legal forms and punctuation dropped."""
    if not text:
        return ""
    # "S.R.L." must become one token before splitting on punctuation.
    compact = re.sub(r"\b(?:[A-Za-z]\.){2,}", lambda m: m.group(0).replace(".", ""), text)
    words = _NON_WORD.split(fold(compact))
    return " ".join(w for w in words if w and w not in _ORG_FORMS)


def name_block_keys(name: PersonName) -> list[str]:
    """Cheap blocking keys for a person name, used by the incremental index.

    Surname plus first initial catches nicknames and initials; a sorted-token key catches swapped
    order ("Popescu Ion").
    """
    keys: list[str] = []
    if name.surname:
        keys.append(f"s:{name.surname}|{name.initial}")
        if name.given:
            keys.append(f"t:{'|'.join(sorted((name.given_canonical, name.surname)))}")
    elif name.given:
        keys.append(f"g:{name.given_canonical}")
    return keys
