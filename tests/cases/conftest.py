"""The cases tests use the migrated databases of tests/conftest.py (SQLite and PostgreSQL) with keys."""

from __future__ import annotations

import pytest

from threadline.store.crypto import ENV_KEYS, ensure_keyring
from threadline.store.database import Database


@pytest.fixture
def keyed_db(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.delenv(ENV_KEYS, raising=False)
    ensure_keyring(db.settings)
    return db
