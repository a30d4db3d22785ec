"""CSV: one report per row. The text column is found by name or mapped by the caller."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from threadline.errors import IntakeError
from threadline.intake.decode import decode_text, require_content
from threadline.intake.parsers.jsondoc import canonical_json
from threadline.intake.types import ParsedReport

# Our field → the header names partners commonly use for it (compared case- and space-insensitively).
KNOWN_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "report", "description", "details", "narrative", "body", "summary", "notes"),
    "title": ("title", "subject", "headline"),
    "published": ("published", "date", "report_date", "date_reported"),
    "url": ("url", "link", "source_url"),
    "language": ("language", "lang"),
    "id": ("id", "report_id", "reference", "ref"),
}
csv.field_size_limit(16 * 1024 * 1024)


def _norm(header: str) -> str:
    return "_".join(header.strip().lower().replace("-", " ").split())


def resolve_columns(headers: list[str], mapping: Mapping[str, str] | None) -> dict[str, str]:
    """Our field → the file's header. Raises naming the missing column when there is no text column."""
    by_norm = {_norm(h): h for h in headers}
    resolved: dict[str, str] = {}
    for ours, theirs in (mapping or {}).items():
        if _norm(theirs) not in by_norm:
            raise IntakeError(
                f"the CSV has no column {theirs!r} (columns: {', '.join(headers)})", code="bad_csv"
            )
        resolved[ours] = by_norm[_norm(theirs)]
    for ours, names in KNOWN_COLUMNS.items():
        if ours not in resolved:
            found = next((by_norm[n] for n in names if n in by_norm), None)
            if found is not None:
                resolved[ours] = found
    if "text" not in resolved:
        raise IntakeError(
            "the CSV has no text column: name one of "
            f"{', '.join(KNOWN_COLUMNS['text'])} or map it (text=COLUMN); columns: {', '.join(headers)}",
            code="bad_csv",
        )
    return resolved


def parse(
    raw: bytes, *, name: str | None = None, mapping: Mapping[str, str] | None = None
) -> list[ParsedReport]:
    content, flags = decode_text(raw, what="CSV file")
    require_content(content, what="CSV file")
    try:
        reader = csv.reader(io.StringIO(content, newline=""))
        headers = next(reader, None)
        if not headers or not any(h.strip() for h in headers):
            raise IntakeError("the CSV file has no header row", code="bad_csv")
        columns = resolve_columns(headers, mapping)
        reports = []
        for line_number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(headers):
                raise IntakeError(
                    f"CSV row {line_number} has {len(row)} fields but the header has {len(headers)}",
                    code="bad_csv",
                )
            record = dict(zip(headers, row, strict=True))
            text = record[columns["text"]]
            if not text.strip():
                raise IntakeError(f"CSV row {line_number} has an empty text column", code="bad_csv")
            extra = {h: v for h, v in record.items() if h not in columns.values() and v != ""}
            reports.append(
                ParsedReport(
                    raw=canonical_json(record),
                    text=text,
                    format="csv",
                    content_type="text/csv",
                    title=record.get(columns.get("title", "")) or None,
                    url=record.get(columns.get("url", "")) or None,
                    language=record.get(columns.get("language", "")) or None,
                    source_name=name,
                    metadata={"row": line_number, **({"columns": extra} if extra else {})},
                    flags=list(flags),
                )
            )
    except csv.Error as exc:
        raise IntakeError(f"the CSV file is malformed: {exc}", code="bad_csv") from exc
    if not reports:
        raise IntakeError("the CSV file has a header but no rows", code="empty")
    return reports
