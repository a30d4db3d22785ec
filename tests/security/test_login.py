"""Logging in: lockout, constant-work failures, first-login setup, second factor, sessions, CSRF, tokens."""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from threadline.auth import accounts
from threadline.auth.accounts import LOCKOUT_AFTER, Outcome, authenticate, create_admin
from threadline.auth.roles import Role
from threadline.auth.sessions import COOKIE_NAME, CSRF_HEADER
from threadline.auth.tokens import issue_token
from threadline.store.base import utcnow
from threadline.store.database import Database
from threadline.store.tables.auth import ApiToken, User

from .support import make_account, session_headers


def _login(db: Database, username: str, password: str, code: str | None = None) -> accounts.LoginResult:
    with db.session() as session:
        return authenticate(session, db.settings, username, password, code)


def test_lockout_after_one_hundred_wrong_passwords(keyed_db: Database) -> None:
    account = make_account(keyed_db, "ana", Role.ANALYST, "Agency A")
    for _ in range(LOCKOUT_AFTER - 1):
        assert _login(keyed_db, "ana", "wrong password!").outcome is Outcome.INVALID
    code = pyotp.TOTP(account.totp_secret or "").now()
    assert _login(keyed_db, "ana", account.password, code).ok  # 99 failures: still open, and reset
    with keyed_db.session() as session:
        session.execute(
            update(User).where(User.id == account.user_id).values(failed_logins=LOCKOUT_AFTER - 1)
        )
    assert _login(keyed_db, "ana", "wrong password!").outcome is Outcome.INVALID  # the 100th
    # Locked: even the right password (and code) no longer opens it, and only then is "locked" said.
    assert _login(keyed_db, "ana", account.password, code).outcome is Outcome.LOCKED
    assert _login(keyed_db, "ana", "wrong password!").outcome is Outcome.INVALID
    with keyed_db.session() as session:
        fresh = accounts.reset_user(session, keyed_db.settings, "ana")
    # Unlocked: the new password is accepted (the second factor is still asked for).
    assert _login(keyed_db, "ana", fresh).outcome is Outcome.SECOND_FACTOR_REQUIRED


def test_unknown_user_and_wrong_password_take_the_same_time(keyed_db: Database) -> None:
    make_account(keyed_db, "timing", Role.ANALYST, "Agency A")

    def cost(username: str) -> float:
        started = time.perf_counter()
        _login(keyed_db, username, "not the password")
        return time.perf_counter() - started

    cost("timing"), cost("nobody-here")  # warm both paths
    known, unknown = [], []
    for _ in range(12):
        known.append(cost("timing"))
        unknown.append(cost("nobody-here"))
    ratio = statistics.median(unknown) / statistics.median(known)
    # Both are one Argon2 verification plus one audit write; the hash dominates (tens of ms).
    assert 0.8 < ratio < 1.25, (statistics.median(known), statistics.median(unknown))


def _cookie(response) -> str:  # type: ignore[no-untyped-def]
    header = response.headers["set-cookie"]
    return header.split(f"{COOKIE_NAME}=", 1)[1].split(";", 1)[0]


def _browser(response) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Cookie": f"{COOKIE_NAME}={_cookie(response)}", CSRF_HEADER: response.json()["csrf_token"]}


def test_first_login_setup_then_second_factor(keyed_db: Database, client: TestClient) -> None:
    password = create_admin(keyed_db, "root")
    first = client.post("/api/v1/auth/login", json={"username": "root", "password": password})
    assert first.status_code == 200, first.text
    assert first.json()["setup_required"] == ["password", "totp"]
    cookie_header = first.headers["set-cookie"]
    for flag in ("HttpOnly", "Secure", "SameSite=strict", "Path=/"):
        assert flag.lower() in cookie_header.lower()
    headers = _browser(first)
    # Until setup is done the session is good for nothing else.
    assert client.get("/api/v1/cases", headers=headers).status_code == 403
    changed = client.post(
        "/api/v1/auth/password",
        json={"current_password": password, "new_password": "correct horse battery"},
        headers=headers,
    )
    assert changed.status_code == 200 and changed.json()["setup_required"] == ["totp"]
    assert _cookie(changed) != _cookie(first)  # a new session after a privilege change
    headers = _browser(changed)
    secret = client.post("/api/v1/auth/totp/enrol", headers=headers).json()["secret"]
    used_code = pyotp.TOTP(secret).now()
    confirmed = client.post("/api/v1/auth/totp/confirm", json={"code": used_code}, headers=headers)
    assert confirmed.status_code == 200
    recovery = confirmed.json()["recovery_codes"]
    assert len(recovery) == 10
    headers = {"Cookie": f"{COOKIE_NAME}={_cookie(confirmed)}", CSRF_HEADER: confirmed.json()["csrf_token"]}
    assert client.get("/api/v1/auth/me", headers=headers).json()["setup_required"] == []

    # Next time: the password alone is not enough; the same TOTP code cannot be replayed.
    again = client.post("/api/v1/auth/login", json={"username": "root", "password": "correct horse battery"})
    assert again.status_code == 401 and "second_factor_required" in again.text
    # The code used at confirmation, not a fresh one: a new 30 s window would make a fresh code valid.
    replay = client.post(
        "/api/v1/auth/login",
        json={"username": "root", "password": "correct horse battery", "code": used_code},
    )
    assert replay.status_code == 401
    # A recovery code works once.
    body = {"username": "root", "password": "correct horse battery", "code": recovery[0]}
    assert client.post("/api/v1/auth/login", json=body).status_code == 200
    assert client.post("/api/v1/auth/login", json=body).status_code == 401


def test_csrf_token_required_for_cookie_writes(keyed_db: Database, client: TestClient) -> None:
    account = make_account(keyed_db, "sup", Role.SUPERVISOR, "Agency A")
    headers = session_headers(keyed_db, account)
    without = {"Cookie": headers["Cookie"]}
    assert client.post("/api/v1/auth/logout", headers=without).status_code == 403
    wrong = {**without, CSRF_HEADER: "0" * 64}
    assert client.post("/api/v1/auth/logout", headers=wrong).status_code == 403
    assert client.get("/api/v1/auth/me", headers=without).status_code == 200  # reads need no token
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/v1/auth/me", headers=without).status_code == 401  # the session has ended


def test_disabled_user_loses_sessions(keyed_db: Database, client: TestClient) -> None:
    account = make_account(keyed_db, "gone", Role.INVESTIGATOR, "Agency A")
    headers = session_headers(keyed_db, account)
    assert client.get("/api/v1/cases", headers=headers).status_code == 200
    with keyed_db.session() as session:
        accounts.disable_user(session, keyed_db.settings, "gone")
    assert client.get("/api/v1/cases", headers=headers).status_code == 401


def test_api_tokens_are_scoped_expiring_and_revocable(keyed_db: Database, client: TestClient) -> None:
    account = make_account(keyed_db, "sup2", Role.SUPERVISOR, "Agency A")
    with keyed_db.session() as session:
        user = session.get(User, account.user_id)
        assert user is not None
        token, secret = issue_token(session, keyed_db.settings, user, name="crm", scopes=["case:read"])
        with pytest.raises(Exception, match="does not allow"):
            issue_token(session, keyed_db.settings, user, name="x", scopes=["user:manage"])
    bearer = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/cases", headers=bearer).status_code == 200
    # In scope of the role, but not of the token:
    assert client.post("/api/v1/cases/1/participants", json={"user_id": 1}, headers=bearer).status_code == 403
    assert client.get("/api/v1/cases", headers={"Authorization": "Bearer tl_not-a-token"}).status_code == 401
    with keyed_db.session() as session:
        session.execute(
            update(ApiToken).where(ApiToken.id == token.id).values(expires_at=utcnow() - timedelta(1))
        )
    assert client.get("/api/v1/cases", headers=bearer).status_code == 401


def test_token_issued_through_the_api(keyed_db: Database, client: TestClient) -> None:
    account = make_account(keyed_db, "ana2", Role.ANALYST, "Agency A")
    headers = session_headers(keyed_db, account)
    made = client.post(
        "/api/v1/auth/tokens", json={"name": "bi", "scopes": ["case:read"], "days": 7}, headers=headers
    )
    assert made.status_code == 201, made.text
    bearer = {"Authorization": f"Bearer {made.json()['token']}"}
    assert client.get("/api/v1/cases", headers=bearer).status_code == 200
    assert client.delete(f"/api/v1/auth/tokens/{made.json()['id']}", headers=headers).status_code == 204
    assert client.get("/api/v1/cases", headers=bearer).status_code == 401


def test_login_is_throttled_per_account(keyed_db: Database, client: TestClient) -> None:
    make_account(keyed_db, "target", Role.ANALYST, "Agency A")
    statuses = [
        client.post("/api/v1/auth/login", json={"username": "target", "password": "guess-guess"}).status_code
        for _ in range(12)
    ]
    assert statuses[:10] == [401] * 10 and statuses[-1] == 429
