"""What a parser hands to the intake service: one candidate report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class ParsedReport:
    """One report as parsed from its raw bytes, before it is stored.

    `raw` is exactly what is stored immutably and hashed; for a file holding many reports (CSV rows,
    feed items) it is that report's own slice, canonically serialised.
    """

    raw: bytes
    text: str
    format: str
    content_type: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None
    source_name: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    # Set by parsers that know a natural key (a feed item's guid); else the content hash is used.
    idempotency_key: str | None = None
