"""Which parser reads a submission: from an explicit format, the file name, or a look at the bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from threadline.errors import IntakeError
from threadline.intake.parsers import csvrows, email, feed, html, jsondoc, text
from threadline.intake.types import ParsedReport
from threadline.taxonomy.channels import ReportFormat

Parser = Callable[..., list[ParsedReport]]
PARSERS: dict[ReportFormat, Parser] = {
    ReportFormat.TEXT: text.parse,
    ReportFormat.HTML: html.parse,
    ReportFormat.EMAIL: email.parse,
    ReportFormat.JSON: jsondoc.parse,
    ReportFormat.CSV: csvrows.parse,
    ReportFormat.FEED: feed.parse,
}
EXTENSIONS: dict[str, ReportFormat] = {
    ".txt": ReportFormat.TEXT,
    ".text": ReportFormat.TEXT,
    ".md": ReportFormat.TEXT,
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
    ".eml": ReportFormat.EMAIL,
    ".json": ReportFormat.JSON,
    ".csv": ReportFormat.CSV,
    ".rss": ReportFormat.FEED,
    ".atom": ReportFormat.FEED,
    ".xml": ReportFormat.FEED,
}


def parse_format(value: str) -> ReportFormat:
    try:
        return ReportFormat(value.lower())
    except ValueError:
        known = ", ".join(f.value for f in ReportFormat)
        raise IntakeError(f"unknown format {value!r}; known formats: {known}", code="bad_format") from None


def detect_format(raw: bytes, name: str | None = None) -> ReportFormat:
    if name:
        suffix = PurePath(name).suffix.lower()
        if suffix in EXTENSIONS:
            return EXTENSIONS[suffix]
    head = raw[:2048].lstrip().lower()
    if head.startswith((b"{", b"[")):
        return ReportFormat.JSON
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return ReportFormat.FEED
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return ReportFormat.HTML
    first_line = head.split(b"\n", 1)[0]
    if b":" in first_line and first_line.split(b":", 1)[0] in {
        b"from",
        b"to",
        b"subject",
        b"date",
        b"received",
        b"return-path",
        b"message-id",
        b"mime-version",
    }:
        return ReportFormat.EMAIL
    return ReportFormat.TEXT


def parse_submission(
    raw: bytes, *, name: str | None = None, fmt: ReportFormat | None = None, **options: object
) -> list[ParsedReport]:
    fmt = fmt or detect_format(raw, name)
    return PARSERS[fmt](raw, name=name, **options)
