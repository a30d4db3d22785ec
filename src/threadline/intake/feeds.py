"""The feed poller: fetch each watched feed with a conditional GET and ingest its new items."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from sqlalchemy import select

from threadline import __version__
from threadline.errors import IntakeError, ThreadlineError
from threadline.intake.parsers import feed as feed_parser
from threadline.intake.service import accept
from threadline.store.base import utcnow
from threadline.store.database import Database
from threadline.store.tables.feeds import FeedSource
from threadline.taxonomy.channels import Anonymity, Channel

USER_AGENT = f"Threadline/{__version__} feed poller"


@dataclass(frozen=True)
class PollResult:
    url: str
    status: str  # "not_modified", "ingested", "error"
    accepted: int = 0
    duplicates: int = 0
    error: str | None = None


def add_feed(db: Database, url: str) -> int:
    if not url.startswith(("http://", "https://")):
        raise IntakeError(f"a feed address must start with http:// or https://, got {url!r}", code="bad_feed")
    with db.session() as session:
        existing = session.scalar(select(FeedSource.id).where(FeedSource.url == url))
        if existing is not None:
            return existing
        source = FeedSource(url=url)
        session.add(source)
        session.flush()
        return source.id


def poll_feed(db: Database, url: str, client: httpx.Client) -> PollResult:
    with db.session() as session:
        source = session.scalar(select(FeedSource).where(FeedSource.url == url))
        if source is None:
            raise IntakeError(f"the feed {url} is not registered", code="bad_feed")
        headers = {"User-Agent": USER_AGENT}
        if source.etag:
            headers["If-None-Match"] = source.etag
        if source.last_modified:
            headers["If-Modified-Since"] = source.last_modified
    try:
        response = client.get(url, headers=headers, follow_redirects=True)
    except httpx.HTTPError as exc:
        return _record(db, url, PollResult(url, "error", error=f"fetch failed: {exc}"))
    if response.status_code == 304:
        return _record(db, url, PollResult(url, "not_modified"))
    if response.status_code != 200:
        return _record(db, url, PollResult(url, "error", error=f"HTTP {response.status_code}"))
    if len(response.content) > db.settings.max_batch_bytes:
        return _record(db, url, PollResult(url, "error", error="the feed is larger than the batch limit"))
    try:
        items = feed_parser.parse(response.content, name=url)
        accepted = accept(db, items, channel=Channel.FEED, anonymity=Anonymity.CONSENT_TO_SHARE)
    except ThreadlineError as exc:
        return _record(db, url, PollResult(url, "error", error=exc.message))
    result = PollResult(
        url,
        "ingested",
        accepted=sum(not a.duplicate for a in accepted),
        duplicates=sum(a.duplicate for a in accepted),
    )
    # Validators are saved only after the items are stored: a crash in between means a full re-fetch,
    # whose items are then duplicates, never a lost item.
    return _record(db, url, result, response.headers.get("ETag"), response.headers.get("Last-Modified"))


def _record(
    db: Database, url: str, result: PollResult, etag: str | None = None, last_modified: str | None = None
) -> PollResult:
    with db.session() as session:
        source = session.scalar(select(FeedSource).where(FeedSource.url == url))
        if source is not None:
            source.last_polled_at = utcnow()
            source.last_status = result.error or result.status
            if result.status == "ingested":
                source.etag = etag
                source.last_modified = last_modified
    return result


def poll_all(db: Database, *, timeout: float = 30.0) -> list[PollResult]:
    with db.session() as session:
        urls = list(session.scalars(select(FeedSource.url).order_by(FeedSource.id)))
    with httpx.Client(timeout=timeout) as client:
        return [poll_feed(db, url, client) for url in urls]
