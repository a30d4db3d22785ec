"""`Facts` → the case summary in exactly the shape of ../shared/eval/SCHEMA.md.

`summarise` computes the case-level answer once (stored in `Facts.summary`); `to_schema` adds the
id and source and guarantees every key of the schema is present with the right type.
"""

from __future__ import annotations

from typing import Any

from threadline.extract import case
from threadline.extract.counts import summarise_counts
from threadline.extract.types import Facts
from threadline.taxonomy.vocabulary import OutcomeKind

SCHEME_FIELDS = {
    "exploitation": "exploitation",
    "sector": "sectors",
    "recruitment": "recruitment",
    "indicator": "indicators",
    "seizure": "seized",
}
# below this a gender split may add up to the victims by chance ("a man and a woman were arrested")
MIN_BREAKDOWN_TOTAL = 3
OUTCOME_FIELDS = ("arrested", "detained", "charged", "convicted", "premises_searched", "officers")


def _int(value: float | None) -> int | None:
    return int(value) if value is not None else None


def _home_country(facts: Facts) -> str | None:
    """The country a Romanian-language report is written from (see `case.romanian_home`)."""
    return case.romanian_home(facts.mentions) if facts.language == "ro" else None


def summarise(facts: Facts) -> dict[str, Any]:
    mentions = facts.mentions
    profile = case.victim_profile(mentions)
    home = _home_country(facts)
    origin, destination, nationalities = case.case_countries(mentions, profile["nationalities"], home)
    allowed = set(origin) | set(destination) | set(nationalities)
    labels: dict[str, list[str]] = {field: [] for field in SCHEME_FIELDS.values()}
    for c in facts.classifications:
        field = SCHEME_FIELDS.get(c.scheme)
        if field and c.label not in labels[field]:
            labels[field].append(c.label)
    # One place decides how counts add up (sums within a sentence, additive "a further",
    # named individuals): the counters' own summary, over counts outside boilerplate.
    counted = summarise_counts(case.live(mentions, "count"), stepwise=facts.language == "ro")
    outcomes: dict[str, Any] = {name: _int(counted.get(OutcomeKind(name).value)) for name in OUTCOME_FIELDS}
    if (
        facts.language != "ro"
        and outcomes["detained"] is not None
        and outcomes["detained"] == outcomes["arrested"]
    ):
        # "arrested and detained", "the three arrested men are being detained": the same people, no
        # separate detention (English annotators left it empty on 6 of 7 such pages; Romanian
        # reports count "reținuți" and "arestați preventiv" as two steps, often of the same people)
        outcomes["detained"] = None
    victims = _int(counted.get(OutcomeKind.VICTIMS.value))
    if victims is None:
        # "26 men and five women from Java answered such adverts": with no count of the victims, a
        # group split by gender that is no count of suspects is the victims
        suspects = {outcomes[name] for name in ("arrested", "detained", "charged", "convicted")}
        groups = [int(m.value) for m in case.live(mentions, "breakdown") if int(m.value) not in suspects]
        victims = max(groups) if groups and max(groups) >= MIN_BREAKDOWN_TOTAL else None
    genders = list(profile["genders"])
    if victims is not None and victims >= MIN_BREAKDOWN_TOTAL:
        # "13 workers … 11 men and two women": a split that adds up to the victims is theirs
        for m in case.live(mentions, "breakdown"):
            if m.value == victims:
                genders += [g for g in m.attributes["genders"] if g not in genders]
    years = counted.get(OutcomeKind.SENTENCE_YEARS.value)
    outcomes["sentence_years_max"] = float(years) if years is not None else None
    contacts = []
    for m in mentions:
        if m.kind in ("phone", "contact") and isinstance(m.value, str) and m.value.startswith("+"):
            contacts.append(m.value)
    return {
        "language": facts.language,
        "victims": {
            "count": victims,
            "nationalities": nationalities,
            "genders": genders,
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
