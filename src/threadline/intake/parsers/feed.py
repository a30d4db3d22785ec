"""RSS and Atom feeds: one report per item, keyed by the item's id so a re-poll adds nothing twice."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from threadline.errors import IntakeError
from threadline.intake.decode import decode_text, require_content
from threadline.intake.parsers.html import clean_article_text
from threadline.intake.parsers.jsondoc import canonical_json
from threadline.intake.types import ParsedReport

log = logging.getLogger(__name__)


def _html_to_text(fragment: str) -> str:
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        return clean_article_text(lxml.html.fromstring(fragment).text_content())
    except Exception:  # a fragment lxml cannot read is kept as written
        return fragment.strip()


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)


def parse(raw: bytes, *, name: str | None = None) -> list[ParsedReport]:
    import feedparser

    content, flags = decode_text(raw, what="feed")
    require_content(content, what="feed")
    if not content.lstrip().startswith("<"):
        raise IntakeError("the feed is not XML (RSS or Atom expected)", code="bad_feed")
    result = feedparser.parse(raw)
    if result.get("bozo") and not result.entries:
        problem = result.get("bozo_exception")
        raise IntakeError(f"the feed is not valid RSS or Atom XML ({problem})", code="bad_feed")
    if not result.get("version") and not result.entries:
        raise IntakeError("the document is XML but not an RSS or Atom feed", code="bad_feed")
    feed_title = result.feed.get("title")
    reports = []
    for entry in result.entries:
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        title = entry.get("title") or None
        text = _html_to_text(body)
        if title and not text.startswith(title):
            text = f"{title}\n{text}" if text else title
        if not text.strip():
            log.info("feed item without text skipped: %s", entry.get("id") or entry.get("link"))
            continue
        item_key = entry.get("id") or entry.get("link")
        record = {
            "id": entry.get("id"),
            "link": entry.get("link"),
            "title": title,
            "published": entry.get("published") or entry.get("updated"),
            "body": body,
        }
        reports.append(
            ParsedReport(
                raw=canonical_json(record),
                text=text,
                format="feed",
                content_type="application/rss+xml",
                title=title,
                published=_entry_date(entry),
                url=entry.get("link"),
                author=entry.get("author"),
                source_name=name,
                metadata={"feed_title": feed_title} if feed_title else {},
                flags=list(flags),
                idempotency_key=f"feed:{item_key}" if item_key else None,
            )
        )
    if not reports:
        raise IntakeError("the feed has no items with text", code="empty")
    return reports
