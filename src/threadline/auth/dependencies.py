"""FastAPI dependencies: who is calling (`current_principal`) and may they (`require(permission)`).

Every route declares its permission with `Depends(require(Permission.X))`, public routes included (with
a permission the public role holds). The authorisation tests walk the route table and fail on any
route without one, so "forgot to protect it" cannot ship.
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import Depends, Request

from threadline.auth import sessions, tokens
from threadline.auth.accounts import setup_pending
from threadline.auth.errors import AuthenticationRequired, Forbidden, TooManyRequests
from threadline.auth.policy import PUBLIC_PERMISSIONS, Permission, allows
from threadline.auth.principal import ANONYMOUS, Principal
from threadline.auth.ratelimit import RateLimiter
from threadline.auth.roles import Role

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _db(request: Request) -> Any:
    return request.app.state.db


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise AuthenticationRequired("the Authorization header must be 'Bearer <token>'")
    return value.strip()


def _from_token(request: Request, secret: str) -> Principal:
    with _db(request).session() as session:
        found = tokens.resolve_token(session, secret)
        if found is None:
            raise AuthenticationRequired("the API token is unknown, expired or revoked")
        token, user = found
        return Principal(
            role=Role(user.role),
            user_id=user.id,
            username=user.username,
            organisation_id=user.organisation_id,
            via="token",
            scopes=frozenset(token.scopes),
            token_id=token.id,
        )


def _from_cookie(request: Request, cookie: str) -> Principal:
    with _db(request).session() as session:
        found = sessions.load_session(session, cookie)
        if found is None:
            return ANONYMOUS
        row, user = found
        return Principal(
            role=Role(user.role),
            user_id=user.id,
            username=user.username,
            organisation_id=user.organisation_id,
            via="session",
            setup_only=bool(setup_pending(user, mfa_passed=row.mfa_passed)),
            session_id=row.id,
        )


def current_principal(request: Request) -> Principal:
    """The caller: a bearer token wins over a cookie; neither (or an expired cookie) means the public.
    A bearer token that does not resolve is an error, never a silent downgrade to anonymous."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    secret = _bearer(request)
    if secret is not None:
        principal = _from_token(request, secret)
    else:
        cookie = request.cookies.get(sessions.COOKIE_NAME)
        principal = _from_cookie(request, cookie) if cookie else ANONYMOUS
    request.state.principal = principal
    return principal


def check_csrf(request: Request, principal: Principal) -> None:
    """A state-changing request riding on the session cookie must echo the session's CSRF token.
    Bearer tokens are not sent by browsers on their own, so they need no CSRF token."""
    if principal.via != "session" or request.method in SAFE_METHODS:
        return
    cookie = request.cookies.get(sessions.COOKIE_NAME, "")
    if not sessions.csrf_ok(cookie, request.headers.get(sessions.CSRF_HEADER)):
        raise Forbidden(f"missing or wrong {sessions.CSRF_HEADER} header", code="csrf")


class require:
    """Dependency: the caller must hold `permission`. Returns the principal for the handler to use."""

    def __init__(self, permission: Permission) -> None:
        self.permission = permission

    def __repr__(self) -> str:
        return f"require({self.permission.value})"

    def __call__(self, request: Request, principal: Principal = Depends(current_principal)) -> Principal:
        if not allows(principal, self.permission):
            if principal.is_anonymous:
                raise AuthenticationRequired("log in (or send an API token) to do this")
            if principal.setup_only:
                raise Forbidden(
                    "finish setting up your account first (password, second factor)", code="setup_required"
                )
            raise Forbidden(f"your role may not do this ({self.permission.value})")
        if self.permission not in PUBLIC_PERMISSIONS:
            # Public actions use no authority the cookie carries, so there is nothing to forge.
            check_csrf(request, principal)
        return principal


# Token-bucket settings per limited action: generous for a person, tight for a script.
LIMITS: dict[str, dict[str, float]] = {
    "public_submit": {
        "capacity": 10,
        "per_second": 10 / 3600,
        "global_capacity": 600,
        "global_per_second": 5,
    },
    "receipt": {"capacity": 5, "per_second": 5 / 3600, "global_capacity": 300, "global_per_second": 2},
    "login": {"capacity": 20, "per_second": 1 / 30, "global_capacity": 300, "global_per_second": 5},
    # Per account, on top of per connection: slows a distributed guesser long before the lockout.
    "login_account": {"capacity": 10, "per_second": 1 / 60},
}
_LIMITERS_LOCK = threading.Lock()


def limiter(request: Request, name: str) -> RateLimiter:
    """The application's limiter for `name`. Limiters live on the app (not the module) so each app, and
    each test, starts with full buckets."""
    state = request.app.state
    with _LIMITERS_LOCK:
        registry: dict[str, RateLimiter] | None = getattr(state, "rate_limiters", None)
        if registry is None:
            registry = {}
            state.rate_limiters = registry
        if name not in registry:
            registry[name] = RateLimiter(**LIMITS[name])
        return registry[name]


class rate_limited:  # lower case: reads as a verb at the use site, like require
    """Dependency: spend a token from the `name` limiter, keyed by the client connection (hashed, in
    memory only, never stored or logged)."""

    def __init__(self, name: str) -> None:
        if name not in LIMITS:
            raise ValueError(f"no rate limit called {name!r}")
        self.name = name

    def __call__(self, request: Request) -> None:
        client = request.client.host if request.client else None
        if not limiter(request, self.name).allow(client):
            raise TooManyRequests("too many requests; wait a minute and try again")
