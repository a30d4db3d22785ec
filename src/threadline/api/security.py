"""Hardening middleware: security headers, request size limits, no stack traces to clients.

`install_security(app)` is the one call `create_app` makes. Pure ASGI (not BaseHTTPMiddleware) so a
streamed upload is counted as it arrives and stopped at the limit, not after it was buffered whole.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from threadline.api.server_logging import install_redaction

log = logging.getLogger(__name__)

# No 'unsafe-inline' anywhere: an injected <script> or inline handler simply does not run.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HSTS = "max-age=63072000; includeSubDomains"
BASE_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
# Small JSON endpoints get a small limit; intake endpoints get the batch limit from settings.
SMALL_BODY_LIMIT = 64 * 1024
SMALL_BODY_PREFIXES = ("/api/v1/auth/",)


def _problem(status: int, title: str, detail: str, code: str) -> tuple[dict[str, Any], bytes]:
    body = json.dumps(
        {"type": f"about:blank#{code}", "title": title, "status": status, "detail": detail}
    ).encode()
    start = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    return start, body


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tls = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in BASE_HEADERS if k not in present]
                if b"cache-control" not in present:
                    # API answers carry case data: no browser or proxy may keep a copy.
                    headers.append((b"cache-control", b"no-store"))
                if tls:
                    # Only over TLS: HSTS sent on plain HTTP would be ignored, or worse, pin a dev host.
                    headers.append((b"strict-transport-security", HSTS.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(BaseException):
    """Not an Exception on purpose: FastAPI turns any Exception raised while reading a body into a
    400, and the client must learn the real reason (413). Only BodyLimitMiddleware catches it."""


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, default_limit: int, small_limit: int = SMALL_BODY_LIMIT) -> None:
        self.app = app
        self.default_limit = default_limit
        self.small_limit = small_limit

    def limit_for(self, path: str) -> int:
        return self.small_limit if path.startswith(SMALL_BODY_PREFIXES) else self.default_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = limit + 1
                if declared > limit:
                    await self._refuse(send, limit)
                    return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send, limit)

    @staticmethod
    async def _refuse(send: Send, limit: int) -> None:
        start, body = _problem(
            413, "Request too large", f"the request body exceeds {limit:,} bytes", "too_large"
        )
        await send(start)
        await send({"type": "http.response.body", "body": body})


class NoTracebackMiddleware:
    """The last line: whatever escapes becomes a plain 500 problem; the traceback goes to the log only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error")
            if not started:
                start, body = _problem(
                    500, "Internal error", "the server could not complete the request", "internal"
                )
                await send(start)
                await send({"type": "http.response.body", "body": body})


def install_security(app: FastAPI, *, max_body_bytes: int | None = None) -> None:
    """Harden `app`: call once, right after creating it."""
    app.debug = False  # debug mode would render tracebacks into responses
    settings = getattr(app.state, "settings", None)
    default_limit = max_body_bytes or (settings.max_batch_bytes if settings is not None else 10 * 1024 * 1024)
    # Starlette runs the last-added middleware first: headers wrap everything, including 413s and 500s.
    app.add_middleware(NoTracebackMiddleware)
    app.add_middleware(BodyLimitMiddleware, default_limit=default_limit)
    app.add_middleware(SecurityHeadersMiddleware)
    install_redaction()
    install_redaction(logging.getLogger("uvicorn.error"))
    install_redaction(logging.getLogger("uvicorn.access"))
