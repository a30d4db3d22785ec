"""Match one new report's mentions against the entities we already know, fast.

An in-memory blocking index: exact keys (phone, e-mail, plate, account, document, address) map
straight to entities; person and organisation names map to small name blocks (surname + initial,
sorted name tokens) whose members are then scored. Built once per worker from the entity table,
updated as entities are created. Pure: no database, the caller loads and persists.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from threadline.link.keys import (
    account_key,
    address_key,
    document_key,
    email_key,
    phone_key,
    plate_key,
)
from threadline.link.names import (
    PersonName,
    name_block_keys,
    names_compatible,
    normalise_org,
    split_name,
)

# Name blocks larger than this are too common to be useful on their own ("popescu|i"): for them we
# fall back on the more specific sorted-token block, and if that is also too large we only use
# exact keys. This keeps a lookup bounded whatever the size of the index.
MAX_BLOCK_SCAN = 400


@dataclass(frozen=True)
class Candidate:
    entity_id: str
    score: float  # 0..1
    reasons: tuple[str, ...]


@dataclass
class _PersonEntry:
    name: PersonName
    birth_year: int | None


def mention_key(kind: str, value: Any, text: str = "") -> str | None:
    """The deterministic key of a non-name mention, or None."""
    raw = value if isinstance(value, str) and value else text
    if kind == "phone":
        return f"phone:{k}" if (k := phone_key(raw)) else None
    if kind == "email":
        return f"email:{k}" if (k := email_key(raw)) else None
    if kind == "vehicle":
        return plate_key(raw)
    if kind == "account":
        return account_key(raw)
    if kind == "document_number":
        return document_key(raw)
    if kind in ("address", "place"):
        return address_key(raw)
    return None


@dataclass
class BlockingIndex:
    """Entities indexed for quick lookup. Add entities with `add_*`; query with `match`."""

    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    blocks: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    people: dict[str, _PersonEntry] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.people) + len(self.orgs)

    def add_key(self, entity_id: str, key: str) -> None:
        self.keys[key].add(entity_id)

    def add_person(
        self, entity_id: str, name: str, *, birth_year: int | None = None, keys: Iterable[str] = ()
    ) -> None:
        parsed = split_name(name)
        self.people[entity_id] = _PersonEntry(parsed, birth_year)
        for block in name_block_keys(parsed):
            self.blocks[block].append(entity_id)
        for key in keys:
            self.add_key(entity_id, key)

    def add_organisation(self, entity_id: str, name: str, *, keys: Iterable[str] = ()) -> None:
        normal = normalise_org(name)
        self.orgs[entity_id] = normal
        if normal:
            self.blocks[f"o:{normal}"].append(entity_id)
            self.blocks[f"o1:{normal.split()[0]}"].append(entity_id)
        for key in keys:
            self.add_key(entity_id, key)

    # -- lookup -----------------------------------------------------------------------------------

    def match(
        self,
        kind: str,
        value: Any,
        *,
        text: str = "",
        attributes: dict[str, Any] | None = None,
        min_score: float = 0.5,
        limit: int = 5,
    ) -> list[Candidate]:
        """Candidate entities for one mention, best first."""
        attributes = attributes or {}
        if kind == "person":
            return self._match_person(str(value or text), attributes, min_score, limit)
        if kind == "organisation":
            return self._match_org(str(value or text), min_score, limit)
        key = mention_key(kind, value, text)
        if key is None:
            return []
        return [Candidate(e, 1.0, (f"same {kind}",)) for e in sorted(self.keys.get(key, ()))][:limit]

    def match_mentions(self, mentions: Sequence[Any], **kwargs: Any) -> list[list[Candidate]]:
        """Candidates for each mention of a report (objects with kind, value, text, attributes —
        such as `threadline.extract.types.Mention`)."""
        return [
            self.match(
                m.kind,
                m.value,
                text=getattr(m, "text", ""),
                attributes=getattr(m, "attributes", {}),
                **kwargs,
            )
            for m in mentions
        ]

    def _block_members(self, blocks: Sequence[str]) -> set[str]:
        members: set[str] = set()
        for block in blocks:
            ids = self.blocks.get(block, ())
            if len(ids) > MAX_BLOCK_SCAN:
                continue
            members.update(ids)
        return members

    def _match_person(
        self, name: str, attributes: dict[str, Any], min_score: float, limit: int
    ) -> list[Candidate]:
        parsed = split_name(name)
        birth_year = _birth_year(attributes)
        candidates = self._block_members(name_block_keys(parsed))
        out: list[Candidate] = []
        for entity_id in candidates:
            entry = self.people[entity_id]
            if not names_compatible(parsed, entry.name) and not _similar(parsed, entry.name):
                continue
            score, reasons = _person_score(parsed, birth_year, entry)
            if score >= min_score:
                out.append(Candidate(entity_id, score, reasons))
        for key in _attribute_keys(attributes):
            for entity_id in self.keys.get(key, ()):
                out.append(Candidate(entity_id, 0.9, (f"same {key.split(':', 1)[0]}",)))
        return _best(out, limit)

    def _match_org(self, name: str, min_score: float, limit: int) -> list[Candidate]:
        normal = normalise_org(name)
        if not normal:
            return []
        out = []
        for entity_id in self._block_members([f"o:{normal}", f"o1:{normal.split()[0]}"]):
            ratio = difflib.SequenceMatcher(None, normal, self.orgs[entity_id]).ratio()
            if ratio >= min_score:
                reason = "same name" if ratio == 1.0 else f"similar name ({ratio:.2f})"
                out.append(Candidate(entity_id, round(ratio, 3), (reason,)))
        return _best(out, limit)


def _best(candidates: list[Candidate], limit: int) -> list[Candidate]:
    merged: dict[str, Candidate] = {}
    for c in candidates:
        prev = merged.get(c.entity_id)
        if prev is None:
            merged[c.entity_id] = c
        else:
            # Evidence adds up: a similar name and the same phone is better than either alone.
            score = min(1.0, 1 - (1 - prev.score) * (1 - c.score))
            merged[c.entity_id] = Candidate(c.entity_id, round(score, 3), prev.reasons + c.reasons)
    return sorted(merged.values(), key=lambda c: (-c.score, c.entity_id))[:limit]


def _similar(a: PersonName, b: PersonName) -> bool:
    return bool(a.surname and b.surname) and difflib.SequenceMatcher(None, a.full, b.full).ratio() > 0.85


def _person_score(
    name: PersonName, birth_year: int | None, entry: _PersonEntry
) -> tuple[float, tuple[str, ...]]:
    other = entry.name
    reasons: list[str] = []
    if name.full == other.full:
        score = 0.8
        reasons.append("same name")
    elif names_compatible(name, other):
        score = 0.65
        reasons.append("compatible name (nickname or initial)")
    else:
        score = 0.55 * difflib.SequenceMatcher(None, name.full, other.full).ratio()
        reasons.append("similar name")
    if birth_year is not None and entry.birth_year is not None:
        gap = abs(birth_year - entry.birth_year)
        if gap <= 2:
            score += 0.15
            reasons.append("age consistent")
        elif gap > 6:
            score -= 0.4
            reasons.append(f"age differs by {gap} years")
    return round(max(0.0, min(score, 1.0)), 3), tuple(reasons)


def _birth_year(attributes: dict[str, Any]) -> int | None:
    value = attributes.get("birth_year")
    if isinstance(value, int):
        return value
    age = attributes.get("age")
    # Ages are as of the report; without its date, this year is close enough for a ±2 tolerance.
    reference = attributes.get("reference_year") or dt.date.today().year
    if isinstance(age, (int, float)) and isinstance(reference, int):
        return int(reference - age)
    return None


def _attribute_keys(attributes: dict[str, Any]) -> list[str]:
    """Phones or e-mails extraction attached to a person mention ("Ion, tel. 0722…")."""
    keys = []
    for kind in ("phone", "email"):
        value = attributes.get(kind)
        if isinstance(value, str) and (key := mention_key(kind, value)):
            keys.append(key)
    return keys
