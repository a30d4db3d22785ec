"""The result types of extraction. Spans are character offsets into `Document.text` (end exclusive)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Mention:
    """One thing the text names: a person, phone, place, count, …

    kind: person, organisation, place, country, nationality, phone, email, vehicle, money, date, age,
          document_number, count, contact (a phone or address met only in boilerplate advice).
    attributes: kind-specific extras, e.g. {"role": "suspect", "age": 24, "gender": "male"} for a
          person, {"counts": "arrested"} for a count, {"lat":…, "lon":…, "country": "GB"} for a place.
    """

    kind: str
    span: Span
    text: str
    value: Any
    extractor: str
    confidence: float = 1.0
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Classification:
    """A label from a taxonomy vocabulary (e.g. scheme="sector", label="car_wash") with its evidence."""

    scheme: str
    label: str
    evidence: tuple[Span, ...]
    extractor: str
    confidence: float = 1.0


@dataclass
class Facts:
    """Everything extraction found in one document."""

    language: str | None
    mentions: list[Mention] = field(default_factory=list)
    classifications: list[Classification] = field(default_factory=list)
    # Which parts of the pipeline ran (e.g. ["patterns", "ner:en_core_web_sm", "lexicon:ro"]).
    components: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)  # the case in the eval schema's shape

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
