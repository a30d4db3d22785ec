"""`Facts` → the case summary in exactly the shape of ../shared/eval/SCHEMA.md.

`summarise` computes the case-level answer once (stored in `Facts.summary`); `to_schema` adds the
id and source and guarantees every key of the schema is present with the right type.
"""

from __future__ import annotations

from typing import Any

from threadline.extract import case
from threadline.extract.types import Facts, Mention
from threadline.taxonomy.vocabulary import OutcomeKind

SCHEME_FIELDS = {
    "exploitation": "exploitation",
    "sector": "sectors",
    "recruitment": "recruitment",
    "indicator": "indicators",
    "seizure": "seized",
}
OUTCOME_FIELDS = ("arrested", "detained", "charged", "convicted", "premises_searched", "officers")


def _counts(mentions: list[Mention], kind: str) -> list[float]:
    values = []
    for m in case.live(mentions, "count"):
        if m.attributes.get("counts") != kind:
            continue
        try:
            values.append(float(m.value))
        except (TypeError, ValueError):
            continue
    return values


def _int_or_none(values: list[float]) -> int | None:
    return int(max(values)) if values else None


def summarise(facts: Facts) -> dict[str, Any]:
    mentions = facts.mentions
    profile = case.victim_profile(mentions)
    home = "RO" if facts.language == "ro" else None
    origin, destination, nationalities = case.case_countries(mentions, profile["nationalities"], home)
    allowed = set(origin) | set(destination) | set(nationalities)
    labels: dict[str, list[str]] = {field: [] for field in SCHEME_FIELDS.values()}
    for c in facts.classifications:
        field = SCHEME_FIELDS.get(c.scheme)
        if field and c.label not in labels[field]:
            labels[field].append(c.label)
    outcomes: dict[str, Any] = {
        name: _int_or_none(_counts(mentions, OutcomeKind(name).value)) for name in OUTCOME_FIELDS
    }
    years = _counts(mentions, OutcomeKind.SENTENCE_YEARS.value)
    outcomes["sentence_years_max"] = float(max(years)) if years else None
    contacts = []
    for m in mentions:
        if m.kind in ("phone", "contact") and isinstance(m.value, str) and m.value.startswith("+"):
            contacts.append(m.value)
    return {
        "language": facts.language,
        "victims": {
            "count": _int_or_none(_counts(mentions, OutcomeKind.VICTIMS.value)),
            "nationalities": nationalities,
            "genders": profile["genders"],
            "minors": profile["minors"],
        },
        "exploitation": labels["exploitation"],
        "sectors": labels["sectors"],
        "recruitment": labels["recruitment"],
        "indicators": labels["indicators"],
        "countries": {"origin": origin, "destination": destination},
        "places": case.case_places(mentions, allowed),
        "agencies": case.case_agencies(mentions),
        "outcomes": {
            key: outcomes[key] for key in (*OUTCOME_FIELDS[:4], "sentence_years_max", *OUTCOME_FIELDS[4:])
        },
        "seized": labels["seized"],
        "suspects": case.case_suspects(mentions),
        "contacts": list(dict.fromkeys(contacts)),
    }


def to_schema(facts: Facts, doc_id: str, source: str | None) -> dict[str, Any]:
    """The eval-schema JSON object for one document."""
    summary = facts.summary or summarise(facts)
    empty = summarise(Facts(language=facts.language))
    out: dict[str, Any] = {"id": doc_id, "source": source or "", "language": facts.language}
    for key, default in empty.items():
        if key == "language":
            continue
        value = summary.get(key, default)
        if isinstance(default, dict):
            value = {k: (value or {}).get(k, v) for k, v in default.items()}
        out[key] = value
    return out
