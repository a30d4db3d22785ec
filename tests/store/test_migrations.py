"""Migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from sqlalchemy import inspect

from threadline.store.database import Database
from threadline.store.migrate import pending_differences


def test_migrations_match_models(db: Database) -> None:
    assert pending_differences(db.engine) == []


def test_core_tables_exist(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert {"reports", "raw_blobs", "jobs", "feed_sources", "alembic_version"} <= tables


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
