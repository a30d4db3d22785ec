"""API tokens for integrations: random, stored as a digest, scoped to part of the owner's role, expiring."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from threadline.auth.policy import Permission, role_permissions
from threadline.auth.roles import Role
from threadline.config import Settings
from threadline.errors import NotFoundError, ThreadlineError
from threadline.store import audit
from threadline.store.base import utcnow
from threadline.store.tables.auth import ApiToken, User

PREFIX = "tl_"  # recognisable in a leaked config file or a secret scanner's rules
DEFAULT_LIFETIME = timedelta(days=90)
MAX_LIFETIME = timedelta(days=365)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def issue_token(
    session: Session,
    settings: Settings,
    user: User,
    *,
    name: str,
    scopes: Iterable[Permission | str],
    lifetime: timedelta = DEFAULT_LIFETIME,
) -> tuple[ApiToken, str]:
    """A new token (its secret is returned once). Scopes must be within what the owner's role allows."""
    wanted = {Permission(s) for s in scopes}
    if not wanted:
        raise ThreadlineError("a token needs at least one scope", code="invalid")
    beyond = wanted - role_permissions(Role(user.role))
    if beyond:
        names = ", ".join(sorted(p.value for p in beyond))
        raise ThreadlineError(f"your role does not allow these scopes: {names}", code="forbidden")
    if lifetime <= timedelta(0) or lifetime > MAX_LIFETIME:
        raise ThreadlineError("a token lives between one second and 365 days", code="invalid")
    secret = PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    token = ApiToken(
        user_id=user.id,
        name=name[:100],
        token_digest=digest(secret),
        scopes=sorted(p.value for p in wanted),
        created_at=now,
        expires_at=now + lifetime,
    )
    session.add(token)
    session.flush()
    audit.record(
        session,
        settings,
        "token.issue",
        actor=user.username,
        actor_user_id=user.id,
        record_type="api_token",
        record_id=token.id,
        detail={"scopes": token.scopes},
    )
    return token, secret


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def resolve_token(session: Session, secret: str) -> tuple[ApiToken, User] | None:
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    token = session.scalars(select(ApiToken).where(ApiToken.token_digest == digest(secret))).first()
    now = utcnow()
    if token is None or token.revoked_at is not None or _aware(token.expires_at) <= now:
        return None
    user = session.get(User, token.user_id)
    if user is None or user.disabled_at is not None or user.locked_at is not None:
        return None
    token.last_used_at = now
    return token, user


def revoke_token(session: Session, settings: Settings, user: User, token_id: int) -> None:
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFoundError("no such token")
    token.revoked_at = token.revoked_at or utcnow()
    audit.record(
        session,
        settings,
        "token.revoke",
        actor=user.username,
        actor_user_id=user.id,
        record_type="api_token",
        record_id=token.id,
    )


def revoke_all_tokens(session: Session, user_id: int) -> None:
    session.execute(
        update(ApiToken)
        .where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
