"""Which door a report should go through, per jurisdiction.

The rules (`data/routing.toml`) are the same everywhere; the doors are in one pack per
jurisdiction (`data/jurisdictions/XX.toml`). Adding a country is adding a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from threadline.errors import ConfigurationError, ThreadlineError
from threadline.triage._data import DATA_DIR, data_file, load_toml

CHANNELS = (
    "emergency",
    "police",
    "helpline",
    "victim_support",
    "anonymous",
    "childrens_services",
    "labour_inspectorate",
)
# Every pack must have these two, so any fallback chain ends at a real number.
REQUIRED_CHANNELS = ("emergency", "helpline")
FLAGS = frozenset(
    {
        "always",
        "immediate_danger",
        "child",
        "many_victims",
        "labour",
        "sexual",
        "criminal",
        "domestic",
        "victim_seeking_support",
        "anonymity_requested",
        "open_case",
        "known_network",
    }
)
DEFAULT_JURISDICTION = "GB"
PACKS_DIR = DATA_DIR / "jurisdictions"


@dataclass(frozen=True)
class Channel:
    channel: str
    name: str
    number: str
    hours: str
    languages: tuple[str, ...]
    conditions: str
    source: str
    text: str | None = None


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name: str
    aliases: tuple[str, ...]
    languages: tuple[str, ...]
    channels: dict[str, Channel]
    fallback: dict[str, str]


@dataclass(frozen=True)
class Route:
    channel: str
    name: str
    contact: str
    why: str
    hours: str = ""
    conditions: str = ""
    text: str | None = None
    requested: str | None = None  # the channel the rule asked for, when a fallback was used

    def to_dict(self) -> dict[str, str]:
        return {"channel": self.channel, "name": self.name, "contact": self.contact}


@dataclass(frozen=True)
class _Rule:
    when: str
    channels: tuple[str, ...]
    why: str
    unless: frozenset[str] = frozenset()


@lru_cache(maxsize=16)
def _packs(packs_dir: Path) -> dict[str, Path]:
    if not packs_dir.is_dir():
        raise ConfigurationError(f"no jurisdiction packs directory at {packs_dir}")
    return {p.stem.upper(): p for p in sorted(packs_dir.glob("*.toml"))}


@lru_cache(maxsize=64)
def _parse_pack(path: Path) -> Jurisdiction:
    raw: dict[str, Any] = load_toml(path)
    where = f"jurisdiction pack {path.name}"
    try:
        channels: dict[str, Channel] = {}
        for entry in raw["channel"]:
            kind = entry["channel"]
            if kind not in CHANNELS:
                raise ConfigurationError(f"{where}: unknown channel '{kind}'")
            channels[kind] = Channel(
                channel=kind,
                name=entry["name"],
                number=str(entry["number"]),
                hours=entry.get("hours", ""),
                languages=tuple(entry.get("languages", ())),
                conditions=entry.get("conditions", ""),
                source=entry.get("source", ""),
                text=entry.get("text"),
            )
        pack = Jurisdiction(
            code=raw["code"].upper(),
            name=raw["name"],
            aliases=tuple(a.upper() for a in raw.get("aliases", ())),
            languages=tuple(raw.get("languages", ())),
            channels=channels,
            fallback=dict(raw.get("fallback", {})),
        )
    except KeyError as exc:
        raise ConfigurationError(f"{where}: missing field {exc}") from exc
    missing = [c for c in REQUIRED_CHANNELS if c not in pack.channels]
    if missing:
        raise ConfigurationError(f"{where}: must define channel(s) {', '.join(missing)}")
    if pack.code != path.stem.upper():
        raise ConfigurationError(f"{where}: code '{pack.code}' does not match the file name")
    return pack


def known_jurisdictions(packs_dir: Path | None = None) -> list[str]:
    return sorted(_packs(packs_dir or PACKS_DIR))


def load_jurisdiction(code: str, *, packs_dir: Path | None = None) -> Jurisdiction:
    """The pack for `code` (or one of its aliases); unknown codes are a user error."""
    packs = _packs(packs_dir or PACKS_DIR)
    wanted = (code or "").strip().upper()
    if wanted in packs:
        return _parse_pack(packs[wanted])
    for path in packs.values():
        pack = _parse_pack(path)
        if wanted in pack.aliases:
            return pack
    raise ThreadlineError(
        f"unknown jurisdiction '{code}'; known: {', '.join(sorted(packs))}",
        code="unknown_jurisdiction",
    )


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    raw = data_file("routing.toml")
    rules = []
    for entry in raw["rule"]:
        for flag in [entry["when"], *entry.get("unless", ())]:
            if flag not in FLAGS:
                raise ConfigurationError(f"routing.toml: unknown flag '{flag}'")
        for kind in entry["channels"]:
            if kind not in CHANNELS:
                raise ConfigurationError(f"routing.toml: unknown channel '{kind}'")
        rules.append(
            _Rule(
                when=entry["when"],
                channels=tuple(entry["channels"]),
                why=entry.get("why", ""),
                unless=frozenset(entry.get("unless", ())),
            )
        )
    return tuple(rules)


@lru_cache(maxsize=1)
def _default_fallback() -> dict[str, str]:
    return dict(data_file("routing.toml")["default_fallback"])


def _resolve(kind: str, pack: Jurisdiction) -> Channel:
    """Follow the pack's fallbacks, then the defaults, until a channel the pack has."""
    defaults = _default_fallback()
    seen = [kind]
    while kind not in pack.channels:
        kind = pack.fallback.get(kind) or defaults.get(kind) or "helpline"
        if kind in seen:
            raise ConfigurationError(f"{pack.code}: fallback loop {' -> '.join([*seen, kind])}")
        seen.append(kind)
    return pack.channels[kind]


def route(
    flags: Iterable[str],
    jurisdiction: str | Jurisdiction = DEFAULT_JURISDICTION,
    *,
    packs_dir: Path | None = None,
) -> list[Route]:
    """Doors for a report with these triage flags, most important first, each door once."""
    pack = (
        jurisdiction
        if isinstance(jurisdiction, Jurisdiction)
        else load_jurisdiction(jurisdiction, packs_dir=packs_dir)
    )
    active = set(flags)
    unknown = sorted(active - FLAGS)
    if unknown:
        raise ThreadlineError(f"unknown triage flag(s): {', '.join(unknown)}")
    active.add("always")
    routes: list[Route] = []
    used: set[str] = set()
    for rule in _rules():
        if rule.when not in active or rule.unless & active:
            continue
        for kind in rule.channels:
            door = _resolve(kind, pack)
            if door.channel in used:
                continue
            used.add(door.channel)
            why = rule.why
            if door.channel != kind:
                why = f"{why} ({pack.name} has no {kind.replace('_', ' ')} line: {door.name}.)"
            routes.append(
                Route(
                    channel=door.channel,
                    name=door.name,
                    contact=door.number,
                    why=why,
                    hours=door.hours,
                    conditions=door.conditions,
                    text=door.text,
                    requested=kind if door.channel != kind else None,
                )
            )
    return routes
