"""Fixtures for the security tests. The database fixtures (`db`, `settings`: SQLite and PostgreSQL, a
fresh database per test) come from tests/conftest.py; here we add keys and an app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from threadline.store.crypto import ENV_KEYS, ensure_keyring
from threadline.store.database import Database


@pytest.fixture
def keyed_db(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A migrated database whose installation has a key ring (as after `threadline init`)."""
    monkeypatch.delenv(ENV_KEYS, raising=False)
    ensure_keyring(db.settings)
    return db


def build_app(db: Database) -> FastAPI:
    from threadline.api.app import create_app
    from threadline.api.security import SecurityHeadersMiddleware, install_security

    app = create_app(db.settings)
    # Until create_app calls install_security itself, the tests install it the same way.
    if not any(m.cls is SecurityHeadersMiddleware for m in app.user_middleware):
        install_security(app)
    return app


@pytest.fixture
def app(keyed_db: Database) -> Iterator[FastAPI]:
    application = build_app(keyed_db)
    try:
        yield application
    finally:
        application.state.db.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    # https: the session cookie is Secure, so a client on plain http would never send it back.
    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as test_client:
        yield test_client
