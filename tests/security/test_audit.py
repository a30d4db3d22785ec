"""The audit chain: intact logs verify; an edited, deleted or reordered event is named."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from threadline.store import audit
from threadline.store.database import Database
from threadline.store.guards import drop_guard_sql


def _write_events(db: Database, n: int) -> None:
    with db.session() as session:
        for i in range(n):
            audit.record(
                session,
                db.settings,
                "read.case",
                actor=f"user{i % 3}",
                actor_user_id=i % 3 + 1,
                record_type="case",
                record_id=i % 4,
                detail={"i": i},
            )


def _tamper(db: Database, *statements: str) -> None:
    """What an attacker with database rights does: drop the append-only guard, then edit."""
    with db.engine.begin() as connection:
        for statement in drop_guard_sql(db.dialect, "audit_events"):
            connection.execute(text(statement))
        for statement in statements:
            connection.execute(text(statement))


def _verify(db: Database) -> audit.Verification:
    with db.session() as session:
        return audit.verify(session, db.settings)


def test_intact_chain_verifies(keyed_db: Database) -> None:
    _write_events(keyed_db, 12)
    result = _verify(keyed_db)
    assert result.ok and result.checked == 12 and result.first_broken is None


def test_the_database_refuses_updates_and_deletes(keyed_db: Database) -> None:
    _write_events(keyed_db, 3)
    for statement in (
        "UPDATE audit_events SET actor = 'x' WHERE seq = 2",
        "DELETE FROM audit_events WHERE seq = 2",
    ):
        with pytest.raises(DBAPIError), keyed_db.engine.begin() as connection:
            connection.execute(text(statement))
    assert _verify(keyed_db).ok


def test_an_edited_event_is_named(keyed_db: Database) -> None:
    _write_events(keyed_db, 10)
    _tamper(keyed_db, "UPDATE audit_events SET actor = 'someone-else' WHERE seq = 6")
    result = _verify(keyed_db)
    assert not result.ok and result.first_broken == 6 and "altered" in (result.reason or "")
    assert result.checked == 5


def test_an_edited_detail_is_named(keyed_db: Database) -> None:
    _write_events(keyed_db, 10)
    _tamper(keyed_db, "UPDATE audit_events SET record_id = '99' WHERE seq = 3")
    assert _verify(keyed_db).first_broken == 3


def test_a_deleted_event_is_named(keyed_db: Database) -> None:
    _write_events(keyed_db, 10)
    _tamper(keyed_db, "DELETE FROM audit_events WHERE seq = 4")
    result = _verify(keyed_db)
    assert not result.ok and result.first_broken == 4 and "missing" in (result.reason or "")


def test_a_deletion_hidden_by_renumbering_is_named(keyed_db: Database) -> None:
    _write_events(keyed_db, 10)
    _tamper(
        keyed_db,
        "DELETE FROM audit_events WHERE seq = 4",
        "UPDATE audit_events SET seq = seq + 1000 WHERE seq > 4",
        "UPDATE audit_events SET seq = seq - 1001 WHERE seq > 1000",
    )
    result = _verify(keyed_db)
    assert not result.ok and result.first_broken == 4


def test_swapped_events_are_named(keyed_db: Database) -> None:
    _write_events(keyed_db, 10)
    _tamper(
        keyed_db,
        "UPDATE audit_events SET seq = 1000 WHERE seq = 7",
        "UPDATE audit_events SET seq = 7 WHERE seq = 8",
        "UPDATE audit_events SET seq = 8 WHERE seq = 1000",
    )
    result = _verify(keyed_db)
    assert not result.ok and result.first_broken == 7


def test_a_forged_chain_without_the_key_fails(keyed_db: Database) -> None:
    # Recomputing plain SHA-256 links does not help an attacker: the links are keyed.
    import hashlib

    _write_events(keyed_db, 3)
    with keyed_db.engine.connect() as connection:
        prev = connection.execute(text("SELECT hash FROM audit_events WHERE seq = 1")).scalar_one()
    fake = hashlib.sha256(prev.encode() + b"forged").hexdigest()
    _tamper(keyed_db, f"UPDATE audit_events SET hash = '{fake}' WHERE seq = 2")
    assert _verify(keyed_db).first_broken == 2


def test_show_by_record(keyed_db: Database) -> None:
    _write_events(keyed_db, 8)
    with keyed_db.session() as session:
        events = audit.events_for_record(session, "case:1")
        assert [e.seq for e in events] == [2, 6]
        assert all(e.record_type == "case" for e in events)
        assert len(audit.events_for_record(session, "1")) == 2


def test_verify_command_names_the_broken_link(keyed_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from threadline.cli import app

    _write_events(keyed_db, 5)
    monkeypatch.setenv("THREADLINE_HOME", str(keyed_db.settings.home))
    monkeypatch.setenv("THREADLINE_DATABASE_URL", keyed_db.settings.database_url)
    runner = CliRunner()
    ok = runner.invoke(app, ["audit", "verify"])
    assert ok.exit_code == 0 and "intact: 5 event(s)" in ok.output
    _tamper(keyed_db, "UPDATE audit_events SET action = 'nothing' WHERE seq = 3")
    broken = runner.invoke(app, ["audit", "verify"])
    assert broken.exit_code == 1 and "event 3" in broken.output
    shown = runner.invoke(app, ["audit", "show", "--record", "case:2"])
    assert shown.exit_code == 0 and "case:2" in shown.output


def test_concurrent_writers_keep_one_chain(keyed_db: Database) -> None:
    """Writers in parallel transactions must not fork the chain (PostgreSQL: advisory lock; SQLite:
    the write lock taken at BEGIN IMMEDIATE)."""
    from concurrent.futures import ThreadPoolExecutor

    def writer(n: int) -> None:
        for i in range(15):
            with keyed_db.session() as session:
                audit.record(
                    session, keyed_db.settings, "read.case", actor=f"w{n}", record_type="case", record_id=i
                )

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(writer, range(4)))
    result = _verify(keyed_db)
    assert result.ok and result.checked == 60
