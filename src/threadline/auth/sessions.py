"""Server-side sessions behind a cookie, and the CSRF token bound to each session.

The cookie carries a random token; the database holds only its SHA-256, so a copy of the table cannot
be replayed as cookies. The CSRF token is an HMAC of the session token: nothing extra to store, and it
is worthless without the cookie it belongs to.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from threadline.store.base import utcnow
from threadline.store.tables.auth import User, UserSession

# "__Host-" makes browsers refuse the cookie unless it is Secure, host-only and Path=/.
COOKIE_NAME = "__Host-threadline_session"
CSRF_HEADER = "X-CSRF-Token"
ABSOLUTE_LIFETIME = timedelta(hours=12)
IDLE_TIMEOUT = timedelta(minutes=30)
SETUP_LIFETIME = timedelta(minutes=15)
# Refreshing last_seen on every request would be a write per request; once a minute is enough.
TOUCH_EVERY = timedelta(minutes=1)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def start_session(session: Session, user: User, *, mfa_passed: bool, setup_only: bool) -> str:
    """Always a new token (a login never reuses one: no session fixation). Returns the cookie value."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        UserSession(
            id=digest(token),
            user_id=user.id,
            created_at=now,
            expires_at=now + (SETUP_LIFETIME if setup_only else ABSOLUTE_LIFETIME),
            last_seen_at=now,
            mfa_passed=mfa_passed,
        )
    )
    session.flush()
    return token


def load_session(session: Session, token: str) -> tuple[UserSession, User] | None:
    """The live session and its user, or None (expired, idle too long, revoked, user disabled/locked)."""
    if not token or len(token) > 200:
        return None
    row = session.get(UserSession, digest(token))
    if row is None or row.revoked_at is not None:
        return None
    now = utcnow()
    if _aware(row.expires_at) <= now or _aware(row.last_seen_at) + IDLE_TIMEOUT <= now:
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled_at is not None or user.locked_at is not None:
        return None
    if _aware(row.last_seen_at) + TOUCH_EVERY <= now:
        row.last_seen_at = now
    return row, user


def end_session(session: Session, token: str) -> None:
    row = session.get(UserSession, digest(token))
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()


def rotate_session(session: Session, token: str, user: User, *, mfa_passed: bool, setup_only: bool) -> str:
    """Replace the session after a privilege change (password set, second factor enrolled)."""
    end_session(session, token)
    return start_session(session, user, mfa_passed=mfa_passed, setup_only=setup_only)


def csrf_token(session_token: str) -> str:
    return hmac.new(session_token.encode("utf-8"), b"threadline-csrf", hashlib.sha256).hexdigest()


def csrf_ok(session_token: str, presented: str | None) -> bool:
    return bool(presented) and hmac.compare_digest(csrf_token(session_token), presented or "")


def cookie_settings() -> dict[str, object]:
    """Arguments for Response.set_cookie: never readable by scripts, never sent cross-site."""
    return {
        "key": COOKIE_NAME,
        "httponly": True,
        "secure": True,
        "samesite": "strict",
        "path": "/",
        "max_age": int(ABSOLUTE_LIFETIME.total_seconds()),
    }


def active_sessions(session: Session, user_id: int) -> list[UserSession]:
    return list(
        session.scalars(
            select(UserSession).where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
        )
    )
