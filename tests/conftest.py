"""Shared fixtures: a fresh Threadline home and database per test, on SQLite and on PostgreSQL.

PostgreSQL tests create and drop their own uniquely named database, so runs never share state. They are
skipped only when no server can be reached, and the skip says so.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from threadline.config import Settings, load_settings
from threadline.store.database import Database
from threadline.store.migrate import upgrade

PG_ADMIN_URL = os.environ.get("THREADLINE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_connect(dbname: str | None = None):
    import psycopg

    url = PG_ADMIN_URL if dbname is None else PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{dbname}"
    return psycopg.connect(url, autocommit=True, connect_timeout=3)


def _pg_available() -> str | None:
    try:
        with _pg_connect():
            return None
    except Exception as exc:
        return f"no PostgreSQL server at {PG_ADMIN_URL}: {exc}"


_PG_UNAVAILABLE = _pg_available()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("THREADLINE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    if _PG_UNAVAILABLE:
        pytest.skip(_PG_UNAVAILABLE)
    name = f"threadline_test_{uuid.uuid4().hex[:12]}"
    with _pg_connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    finally:
        with _pg_connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, home: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings for a fresh installation on each database engine."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        monkeypatch.setenv("THREADLINE_DATABASE_URL", url)
    else:
        monkeypatch.delenv("THREADLINE_DATABASE_URL", raising=False)
    from threadline.runtime import prepare_home

    result = load_settings()
    prepare_home(result)
    return result


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database(settings)
    upgrade(database.engine)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """SQLite only, for tests about behaviour that does not depend on the engine."""
    monkeypatch.delenv("THREADLINE_DATABASE_URL", raising=False)
    settings = load_settings()
    from threadline.runtime import prepare_home

    prepare_home(settings)
    database = Database(settings)
    upgrade(database.engine)
    try:
        yield database
    finally:
        database.dispose()
