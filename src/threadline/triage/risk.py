"""Risk score (0-100) with reasons that point at the words that justify them.

`assess` is pure and deterministic: the same text, facts and context always give the same
score, because the weights come from `data/risk.toml` and the cues from `signals.find_cues`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from threadline.errors import ThreadlineError
from threadline.extract.types import Facts, Span
from threadline.taxonomy.vocabulary import Exploitation, Indicator, Sector
from threadline.triage._data import data_file
from threadline.triage.signals import Cue, find_cues

# Classification schemes that carry ILO indicators; extraction may use either spelling.
INDICATOR_SCHEMES = frozenset({"indicator", "indicators", "ilo_indicator"})
EXPLOITATION_SCHEMES = frozenset({"exploitation"})
SECTOR_SCHEMES = frozenset({"sector", "sectors"})
# Sectors that make a case a labour case for routing (labour inspectorate).
LABOUR_SECTORS = frozenset(
    {
        Sector.CONSTRUCTION,
        Sector.AGRICULTURE,
        Sector.FISHING,
        Sector.MANUFACTURING,
        Sector.FOOD_PROCESSING,
        Sector.HOSPITALITY,
        Sector.CAR_WASH,
        Sector.NAIL_BAR,
        Sector.BARBER_BEAUTY,
        Sector.CARE_WORK,
        Sector.LOGISTICS_WAREHOUSING,
        Sector.RETAIL,
    }
)
_EXPLOITATION_FLAG = {
    Exploitation.LABOUR: "labour",
    Exploitation.SEXUAL: "sexual",
    Exploitation.CRIMINAL: "criminal",
    Exploitation.DOMESTIC_SERVITUDE: "domestic",
}


@dataclass(frozen=True)
class RiskContext:
    """What linking knows about the report: flags, not records, so triage stays pure.

    `evidence` holds the spans of the mentions that matched an open case or network, so the
    reason can point at them.
    """

    touches_open_case: bool = False
    known_network: bool = False
    repeat_reports: int = 0
    evidence: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.repeat_reports, bool) or not isinstance(self.repeat_reports, int):
            raise ThreadlineError("repeat_reports must be a whole number of earlier reports")
        if self.repeat_reports < 0:
            raise ThreadlineError("repeat_reports cannot be negative")

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> RiskContext:
        known = {"touches_open_case", "known_network", "repeat_reports", "evidence"}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise ThreadlineError(
                f"unknown context field(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        return cls(
            touches_open_case=bool(raw.get("touches_open_case", False)),
            known_network=bool(raw.get("known_network", False)),
            repeat_reports=raw.get("repeat_reports", 0),
            evidence=tuple((int(s), int(e)) for s, e in raw.get("evidence", ())),
        )


@dataclass(frozen=True)
class Reason:
    code: str
    text: str
    evidence: tuple[Span, ...]
    weight: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "evidence": [list(s) for s in self.evidence]}


@dataclass(frozen=True)
class Assessment:
    score: int
    urgent: bool
    threshold: int
    reasons: tuple[Reason, ...]
    # Everything routing needs: immediate_danger, child, many_victims, labour, sexual, criminal,
    # domestic, victim_seeking_support, anonymity_requested, open_case, known_network.
    flags: frozenset[str] = field(default_factory=frozenset)
    indicators: tuple[str, ...] = ()
    exploitation: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "urgent": self.urgent,
            "reasons": [r.to_dict() for r in self.reasons],
        }


@dataclass(frozen=True)
class _Weights:
    threshold: int
    weights: dict[str, int]
    many_minimum: int
    imminence_indicators: frozenset[str]
    child_exploitation: frozenset[str]
    indicator_source: str


@lru_cache(maxsize=1)
def _weights() -> _Weights:
    raw = data_file("risk.toml")
    return _Weights(
        threshold=int(raw["threshold"]),
        weights={k: int(v) for k, v in raw["weights"].items()},
        many_minimum=int(raw["many_victims"]["minimum"]),
        imminence_indicators=frozenset(raw["imminence"]["with_indicators"]),
        child_exploitation=frozenset(raw["child_exploitation"]["with_exploitation"]),
        indicator_source=raw.get("indicator_source", "facts_else_lexicon"),
    )


def _tidy(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sorted, without duplicates or spans inside another one (a cue and extraction's mention
    of the same words should quote them once)."""
    kept: list[Span] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return tuple(kept)


_SENTENCE_END = re.compile(r"[.!?\n]+")


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _same_sentence(first: Iterable[Span], second: Iterable[Span], starts: list[int]) -> tuple[Span, ...]:
    """Spans of both lists that share a sentence with a span of the other list."""

    def sentence(span: Span) -> int:
        return bisect_right(starts, span[0]) - 1

    a, b = list(first), list(second)
    shared = {sentence(s) for s in a} & {sentence(s) for s in b}
    return tuple(sorted({s for s in a + b if sentence(s) in shared}))


def _check_span(span: Span, length: int, what: str) -> Span:
    start, end = span
    if not (0 <= start <= end <= length):
        raise ThreadlineError(
            f"facts do not belong to this text: the span ({start}, {end}) of {what} lies outside "
            f"the text (length {length})"
        )
    return (start, end)


def _validate_facts(facts: object, length: int) -> Facts:
    if not isinstance(facts, Facts):
        raise ThreadlineError(f"facts must be a threadline.extract.types.Facts, got {type(facts).__name__}")
    for c in facts.classifications:
        for span in c.evidence:
            _check_span(span, length, f"{c.scheme} '{c.label}'")
    for m in facts.mentions:
        _check_span(m.span, length, f"the {m.kind} mention '{m.text}'")
    return facts


def _spans(cues: Iterable[Cue]) -> tuple[Span, ...]:
    return tuple(sorted({c.span for c in cues}))


def _age_of(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _facts_child_spans(facts: Facts) -> list[Span]:
    """Spans of explicit ages under 18. Extraction's `minor` attribute on noun groups and the
    summary's `minors` are not used: on tips they fire on "no children involved" and "she has
    two children", and a wrong child flag sends a report to the wrong doors."""
    spans: list[Span] = []
    for m in facts.mentions:
        age = _age_of(m.value) if m.kind == "age" else _age_of(m.attributes.get("age"))
        if age is not None and 0 <= age < 18:
            spans.append(m.span)
    return spans


def _facts_victim_counts(facts: Facts) -> tuple[list[tuple[Span, int]], int]:
    counts: list[tuple[Span, int]] = []
    for m in facts.mentions:
        if m.kind == "count" and m.attributes.get("counts") == "victims":
            value = _age_of(m.value)
            if value is not None:
                counts.append((m.span, value))
    summary_count = 0
    if facts.summary:
        summary_count = _age_of(facts.summary.get("victims", {}).get("count")) or 0
    return counts, summary_count


def _indicator_reasons(
    cues: tuple[Cue, ...], facts: Facts | None, source: str
) -> dict[str, tuple[tuple[Span, ...], str]]:
    """indicator -> (evidence, where it came from).

    source "facts_else_lexicon": extraction's classifications when it gave any, else ours;
    source "union": both (more recall on short tips, where extraction finds fewer).
    """
    found: dict[str, tuple[tuple[Span, ...], str]] = {}
    if facts is not None:
        from_facts: dict[str, list[Span]] = {}
        for c in facts.classifications:
            if c.scheme in INDICATOR_SCHEMES and c.label in Indicator.__members__.values():
                from_facts.setdefault(c.label, []).extend(c.evidence)
        found = {k: (tuple(sorted(set(v))), "extraction") for k, v in from_facts.items()}
        if found and source != "union":
            return found
    by_label: dict[str, list[Cue]] = {}
    for cue in cues:
        if cue.group == "indicator":
            by_label.setdefault(cue.label, []).append(cue)
    for label, label_cues in by_label.items():
        if label in found:
            spans = tuple(sorted(set(found[label][0]) | set(_spans(label_cues))))
            found[label] = (spans, "extraction and lexicon")
        else:
            found[label] = (_spans(label_cues), "lexicon")
    return found


def _exploitation(cues: tuple[Cue, ...], facts: Facts | None) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = {}
    for cue in cues:
        if cue.group == "exploitation":
            found.setdefault(cue.label, []).append(cue.span)
    if facts is not None:
        for c in facts.classifications:
            flag = None
            if c.scheme in EXPLOITATION_SCHEMES and c.label in _EXPLOITATION_FLAG:
                flag = _EXPLOITATION_FLAG[Exploitation(c.label)]
            elif c.scheme in SECTOR_SCHEMES and c.label in LABOUR_SECTORS:
                flag = "labour"
            if flag:
                found.setdefault(flag, []).extend(c.evidence)
    return found


@dataclass
class _Draft:
    """What `assess` builds up: kept in one place so each rule below stays a few lines."""

    cues: tuple[Cue, ...]
    sentences: list[int]
    reasons: list[Reason] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    def add(self, code: str, text: str, evidence: Iterable[Span], weight: int, flag: str = "") -> None:
        self.reasons.append(Reason(code, text, _tidy(evidence), weight))
        if flag:
            self.flags.add(flag)

    def spans(self, group: str) -> list[Span]:
        return [c.span for c in self.cues if c.group == group]


def _child(d: _Draft, facts: Facts | None, w: _Weights) -> list[Span]:
    spans = d.spans("child") + (_facts_child_spans(facts) if facts is not None else [])
    if spans:
        d.add("child", "A child (under 18) may be involved.", spans, w.weights["child"], "child")
    return spans


def _child_exploitation(
    d: _Draft, child: list[Span], exploitation: dict[str, list[Span]], w: _Weights
) -> None:
    exploited = [span for label in w.child_exploitation for span in exploitation.get(label, ())]
    together = _same_sentence(child, exploited, d.sentences)
    if together:
        d.add(
            "child_exploitation", "A child may be being exploited.", together, w.weights["child_exploitation"]
        )


def _danger(
    d: _Draft, child: list[Span], indicators: dict[str, tuple[tuple[Span, ...], str]], w: _Weights
) -> None:
    """Hard cues, or imminence words in the same sentence as a child, a danger cue or a
    coercion indicator ("they are moving the girls tonight")."""
    danger = d.spans("danger")
    imminent = d.spans("imminence")
    pressing = child + danger
    for name in w.imminence_indicators & set(indicators):
        pressing.extend(indicators[name][0])
    near = [s for s in _same_sentence(imminent, pressing, d.sentences) if s in imminent]
    if danger or near:
        d.add(
            "immediate_danger",
            "Someone may be in danger now.",
            danger + near,
            w.weights["immediate_danger"],
            "immediate_danger",
        )


def _many(d: _Draft, facts: Facts | None, w: _Weights) -> None:
    many = [c for c in d.cues if c.group == "many_victims" and (c.value or 0) >= w.many_minimum]
    spans = [c.span for c in many]
    largest = max((c.value or 0 for c in many), default=0)
    if facts is not None:
        counts, summary_count = _facts_victim_counts(facts)
        spans += [s for s, n in counts if n >= w.many_minimum]
        largest = max([largest, summary_count, *(n for _, n in counts)])
    if spans or largest >= w.many_minimum:
        d.add(
            "many_victims",
            f"Many people may be affected (about {largest}).",
            spans,
            w.weights["many_victims"],
            "many_victims",
        )


def _indicators(d: _Draft, indicators: dict[str, tuple[tuple[Span, ...], str]], w: _Weights) -> None:
    """A fixed weight per indicator, capped, awarded in order of first evidence."""
    remaining = w.weights["ilo_indicator_cap"]
    ordered = sorted(indicators.items(), key=lambda kv: (kv[1][0][0] if kv[1][0] else (0, 0), kv[0]))
    for name, (evidence, source) in ordered:
        weight = min(w.weights["ilo_indicator"], remaining)
        remaining -= weight
        label = name.replace("_", " ")
        d.add(f"ilo:{name}", f"ILO indicator: {label} (from {source}).", evidence, weight)


def _linking(d: _Draft, context: RiskContext, w: _Weights) -> None:
    if context.touches_open_case:
        d.add(
            "open_case",
            "Links to an entity in an open case.",
            context.evidence,
            w.weights["open_case"],
            "open_case",
        )
    if context.known_network:
        d.add(
            "known_network",
            "Links to a known network.",
            context.evidence,
            w.weights["known_network"],
            "known_network",
        )
    if context.repeat_reports > 0:
        weight = min(w.weights["repeat_report"] * context.repeat_reports, w.weights["repeat_report_cap"])
        d.add(
            "repeat_reports",
            f"{context.repeat_reports} earlier report(s) about the same place or people.",
            context.evidence,
            weight,
        )


def assess(text: str, facts: Facts | None = None, context: RiskContext | None = None) -> Assessment:
    """Score one report. Reasons are ordered by weight, then code, for a stable display."""
    if not isinstance(text, str):
        raise ThreadlineError(f"report text must be a string, got {type(text).__name__}")
    if facts is not None:
        facts = _validate_facts(facts, len(text))
    if context is not None and not isinstance(context, RiskContext):
        raise ThreadlineError("context must be a RiskContext (use RiskContext.from_dict)")
    context = context or RiskContext()
    for span in context.evidence:
        _check_span(span, len(text), "the linked mention")
    w = _weights()
    d = _Draft(cues=find_cues(text), sentences=_sentence_starts(text))
    indicators = _indicator_reasons(d.cues, facts, w.indicator_source)
    exploitation = _exploitation(d.cues, facts)

    child = _child(d, facts, w)
    _child_exploitation(d, child, exploitation, w)
    _danger(d, child, indicators, w)
    _many(d, facts, w)
    _indicators(d, indicators, w)
    _linking(d, context, w)
    d.flags.update(exploitation)
    d.flags.update(c.label for c in d.cues if c.group == "routing")

    score = min(100, sum(r.weight for r in d.reasons))
    reasons = sorted(d.reasons, key=lambda r: (-r.weight, r.code))
    return Assessment(
        score=score,
        urgent=score >= w.threshold,
        threshold=w.threshold,
        reasons=tuple(reasons),
        flags=frozenset(d.flags),
        indicators=tuple(sorted(indicators)),
        exploitation=tuple(sorted(exploitation)),
    )
