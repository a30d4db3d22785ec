"""The feed poller against a real HTTP server on 127.0.0.1: conditional GET, new items only."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from sqlalchemy import func, select

from threadline.intake.feeds import add_feed, poll_feed
from threadline.store.database import Database
from threadline.store.tables.reports import Report

ITEM = """<item><title>{title}</title><guid>{guid}</guid><link>https://news.example/{guid}</link>
<description>{body}</description></item>"""


class FeedState:
    def __init__(self) -> None:
        self.items = [("a1", "Six rescued in raids", "Police rescued six women in dawn raids.")]
        self.version = 1
        self.requests: list[dict[str, str]] = []
        self.broken = False

    def body(self) -> bytes:
        items = "".join(ITEM.format(guid=g, title=t, body=b) for g, t, b in self.items)
        channel = f"<channel><title>News</title>{items}</channel>"
        return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


@pytest.fixture
def feed_server() -> Iterator[tuple[str, FeedState]]:
    state = FeedState()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(dict(self.headers))
            etag = f'"v{state.version}"'
            if state.broken:
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"this is not xml")
                return
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            body = state.body()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml", state
    finally:
        server.shutdown()
        server.server_close()


def report_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Report.id))) or 0


def test_poll_uses_conditional_get_and_adds_only_new_items(
    db: Database, feed_server: tuple[str, FeedState]
) -> None:
    url, state = feed_server
    add_feed(db, url)
    with httpx.Client(timeout=10) as client:
        first = poll_feed(db, url, client)
        assert (first.status, first.accepted) == ("ingested", 1)
        unchanged = poll_feed(db, url, client)
        assert unchanged.status == "not_modified"
        assert state.requests[-1].get("If-None-Match") == '"v1"'

        state.items.append(("a2", "Car wash raided", "Ten men found sleeping in a container."))
        state.version = 2
        second = poll_feed(db, url, client)
        assert (second.status, second.accepted, second.duplicates) == ("ingested", 1, 1)
    assert report_count(db) == 2
    with db.session() as session:
        channels = set(session.scalars(select(Report.channel)))
    assert channels == {"feed"}


def test_broken_feed_is_reported_and_stores_nothing(db: Database, feed_server: tuple[str, FeedState]) -> None:
    url, state = feed_server
    state.broken = True
    add_feed(db, url)
    with httpx.Client(timeout=10) as client:
        result = poll_feed(db, url, client)
    assert result.status == "error" and "not XML" in (result.error or "")
    assert report_count(db) == 0
