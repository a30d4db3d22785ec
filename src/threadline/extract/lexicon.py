"""Readers for the data files under `extract/data/` (agencies, demonyms, place supplement, names).

Each reader caches its result: the files are small and read once per process.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_DATA = "threadline.extract.data"

_FOLD = str.maketrans("şŞţŢ", "șȘțȚ")


def fold_ro(text: str) -> str:
    """Unify the cedilla and comma-below forms of Romanian ș/ț (news sites mix both)."""
    return text.translate(_FOLD)


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """Case-folded, accent-free form used as a lookup key ("Iași" and "Iasi" meet).

    Cached: every token of a text is looked up as a country and a demonym (a tenth of a second
    per hundred reports saved)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", fold_ro(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    yield from csv.reader(lines)


@dataclass(frozen=True)
class Agency:
    name: str
    canonical: str
    kind: str
    lang: str
    country: str = ""  # ISO code of a body of one country ("" for international ones)


@lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    return tuple(Agency(*(cell.strip() for cell in row[:5])) for row in _rows("agencies.csv"))


@lru_cache(maxsize=1)
def agency_countries() -> dict[str, str]:
    """Canonical agency name → the one country it serves, for bodies of one country."""
    return {a.canonical: a.country for a in agencies() if a.country}


@lru_cache(maxsize=1)
def agency_by_key() -> dict[str, Agency]:
    """Accent-free, case-folded name → agency entry."""
    return {strip_accents(a.name): a for a in agencies()}


@dataclass(frozen=True)
class SupplementPlace:
    name: str
    country: str
    parent: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def place_supplement() -> dict[str, SupplementPlace]:
    out: dict[str, SupplementPlace] = {}
    for row in _rows("place_supplement.csv"):
        name, country, parent, lat, lon = (cell.strip() for cell in row[:5])
        out[strip_accents(name)] = SupplementPlace(name, country, parent, float(lat), float(lon))
    return out


@lru_cache(maxsize=1)
def place_exonyms() -> dict[str, str]:
    """Accent-free English name of a town → the name GeoNames holds it under ("Cologne" → "Köln")."""
    return {strip_accents(row[0].strip()): row[1].strip() for row in _rows("place_exonyms.csv")}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Accent-free, case-folded demonym → ISO 3166-1 alpha-2."""
    return {strip_accents(row[0].strip()): row[1].strip() for row in _rows("demonyms.csv")}


@lru_cache(maxsize=1)
def ro_first_names() -> frozenset[str]:
    names = (row[0] for row in _rows("ro_first_names.txt"))
    return frozenset(strip_accents(n) for n in names)


@lru_cache(maxsize=1)
def role_cues() -> dict[str, dict[str, frozenset[str]]]:
    """Per language, cue name → words (see data/role_cues.json)."""
    import json

    raw = json.loads(resources.files(_DATA).joinpath("role_cues.json").read_text(encoding="utf-8"))
    return {
        lang: {name: frozenset(words) for name, words in cues.items()}
        for lang, cues in raw.items()
        if not lang.startswith("_")
    }
