"""`Document`: a report's text as every stage after intake sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    """Normalised text of one report plus what intake learned about it.

    `text` is what character spans refer to: evidence spans of every later stage index into it.
    """

    text: str
    id: str | None = None
    title: str | None = None
    language: str | None = None
    published: date | None = None
    url: str | None = None
    channel: str | None = None
    metadata: dict[str, object] = field(default_factory=dict)
