"""JSON in the API's own shape: one object `{"text": …, "title"?, "language"?, "published"?, "url"?,
"metadata"?}` or a list of them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from threadline.errors import IntakeError
from threadline.intake.decode import decode_text, require_content
from threadline.intake.types import ParsedReport

ALLOWED_KEYS = {"text", "title", "language", "published", "url", "metadata", "idempotency_key"}


def canonical_json(value: Any) -> bytes:
    """One byte form per value, so equal content hashes equally."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def report_from_object(obj: Any, *, where: str, name: str | None, fmt: str = "json") -> ParsedReport:
    if not isinstance(obj, dict):
        raise IntakeError(f'{where}: expected a JSON object with a "text" field', code="bad_json")
    unknown = sorted(set(obj) - ALLOWED_KEYS)
    if unknown:
        raise IntakeError(f"{where}: unknown field(s) {', '.join(unknown)}", code="bad_json")
    text = obj.get("text")
    if not isinstance(text, str):
        raise IntakeError(f'{where}: "text" must be a string', code="bad_json")
    require_content(text, what=f"{where} text")
    published = None
    if obj.get("published") is not None:
        try:
            published = date.fromisoformat(str(obj["published"])[:10])
        except ValueError as exc:
            raise IntakeError(f'{where}: "published" is not an ISO date', code="bad_json") from exc
    metadata = obj.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise IntakeError(f'{where}: "metadata" must be an object', code="bad_json")
    key = obj.get("idempotency_key")
    return ParsedReport(
        raw=canonical_json(obj),
        text=text,
        format=fmt,
        content_type="application/json",
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        language=obj.get("language") if isinstance(obj.get("language"), str) else None,
        published=published,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        source_name=name,
        metadata=metadata,
        idempotency_key=f"client:{key}" if isinstance(key, str) and key else None,
    )


def parse(raw: bytes, *, name: str | None = None) -> list[ParsedReport]:
    text, _ = decode_text(raw, what="JSON document")
    require_content(text, what="JSON document")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IntakeError(
            f"the JSON document is malformed: {exc.msg} at line {exc.lineno}", code="bad_json"
        ) from exc
    items = value if isinstance(value, list) else [value]
    if not items:
        raise IntakeError("the JSON document holds an empty list: no reports", code="empty")
    return [
        report_from_object(item, where=f"item {i + 1}" if len(items) > 1 else "the report", name=name)
        for i, item in enumerate(items)
    ]
