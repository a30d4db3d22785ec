"""Builders for the security tests: organisations, ready-to-use accounts, sessions, reports."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from threadline.auth import sessions
from threadline.auth.accounts import TOTP_FIELD, create_user
from threadline.auth.dependencies import current_principal
from threadline.auth.principal import Principal
from threadline.auth.roles import STAFF_ROLES, Role
from threadline.auth.totp import new_secret
from threadline.cases.identity import VictimIdentity, seal_identity
from threadline.config import Settings
from threadline.store.base import utcnow
from threadline.store.crypto import encrypt_field
from threadline.store.database import Database
from threadline.store.tables.auth import User
from threadline.store.tables.cases import Case
from threadline.store.tables.reports import RawBlob, Report
from threadline.store.tables.victims import Victim


@dataclass(frozen=True)
class Account:
    user_id: int
    username: str
    role: Role
    organisation_id: int
    password: str
    totp_secret: str | None


def make_account(
    db: Database, username: str, role: Role, organisation: str, *, ready: bool = True
) -> Account:
    """An account as it is after first-login setup (password changed, second factor enrolled) when
    `ready`, or fresh from `users add` otherwise."""
    with db.session() as session:
        user, password = create_user(
            session, db.settings, username=username, role=role, organisation=organisation
        )
        secret = None
        if ready:
            user.must_change_password = False
            if role in STAFF_ROLES:
                secret = new_secret()
                user.totp_secret = encrypt_field(db.settings, TOTP_FIELD, user.id, secret)
                user.totp_confirmed = True
        return Account(user.id, user.username, role, user.organisation_id, password, secret)


def session_headers(db: Database, account: Account, *, mfa_passed: bool = True) -> dict[str, str]:
    """Headers of a logged-in browser: the session cookie and the CSRF token that goes with it."""
    with db.session() as session:
        user = session.get(User, account.user_id)
        assert user is not None
        token = sessions.start_session(session, user, mfa_passed=mfa_passed, setup_only=False)
    return {"Cookie": f"{sessions.COOKIE_NAME}={token}", sessions.CSRF_HEADER: sessions.csrf_token(token)}


def make_report(
    session: Session,
    settings: Settings,
    text: str,
    *,
    contact: str | None = None,
    anonymity: str = "confidential",
) -> Report:
    raw = text.encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    if session.get(RawBlob, sha) is None:
        session.add(RawBlob(sha256=sha, size=len(raw), content=raw, stored_at=utcnow()))
    report = Report(
        idempotency_key=f"sha256:{sha}",
        channel="public_web",
        format="text",
        anonymity=anonymity,
        received_at=utcnow(),
        sha256=sha,
        content_type="text/plain",
        text=text,
        meta={},
        flags=[],
        status="received",
    )
    session.add(report)
    session.flush()
    if contact is not None:
        report.reporter_contact = encrypt_field(settings, "reports.reporter_contact", report.id, contact)
    session.flush()
    return report


def make_case(session: Session, organisation_id: int, title: str, *, restricted: bool = False) -> Case:
    case = Case(title=title, restricted=restricted, owner_organisation_id=organisation_id)
    session.add(case)
    session.flush()
    return case


def make_victim(
    session: Session,
    settings: Settings,
    case_id: int,
    *,
    name: str | None = None,
    date_of_birth: date | None = None,
    phone: str | None = None,
    consent: bool = False,
) -> Victim:
    """A victim stored as the cases stage stores one (identity sealed, blind indexes set)."""
    victim = Victim(case_id=case_id, consent_to_share_identity=consent, age_band="18-24", nationality="RO")
    session.add(victim)
    session.flush()
    seal_identity(settings, victim, VictimIdentity(name=name, date_of_birth=date_of_birth, phone=phone))
    session.flush()
    return victim


def dump_database(db: Database) -> str:
    """Everything in every table, as text: what someone with a copy of the database would have."""
    chunks = []
    with db.engine.connect() as connection:
        if db.dialect == "sqlite":
            raw = connection.connection.driver_connection
            chunks.extend(raw.iterdump())  # type: ignore[union-attr]
        else:
            for table in inspect(connection).get_table_names():
                rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
                chunks.extend(repr(tuple(row)) for row in rows)
                chunks.extend(
                    bytes(v).decode("latin-1")
                    for row in rows
                    for v in row
                    if isinstance(v, bytes | memoryview)
                )
    if db.dialect == "sqlite" and db.engine.url.database:
        # The file itself too (free pages, WAL), not only what SQL returns.
        for suffix in ("", "-wal"):
            path = Path(db.engine.url.database + suffix)
            if path.exists():
                chunks.append(path.read_bytes().decode("latin-1"))
    return "\n".join(chunks)


def act_as(app: FastAPI, role: Role = Role.SUPERVISOR, *, user_id: int = 1, organisation_id: int = 1) -> None:
    """For API tests about something other than access control: every request is made by a user of
    `role` (as if with an API token, so no CSRF token is needed). The access rules themselves are
    tested in tests/security."""
    principal = Principal(
        role=role,
        user_id=user_id,
        username=f"test-{role.value}",
        organisation_id=organisation_id,
        via="token",
    )
    app.dependency_overrides[current_principal] = lambda: principal


@contextmanager
def supervisor_client(db: Database, *, raise_server_exceptions: bool = True) -> Iterator[TestClient]:
    """A test client of the whole app acting as a supervisor (see `act_as`); its database is disposed
    of afterwards."""
    from threadline.api.app import create_app

    app = create_app(db.settings)
    act_as(app)
    with TestClient(app, raise_server_exceptions=raise_server_exceptions) as client:
        yield client
    app.state.db.dispose()
