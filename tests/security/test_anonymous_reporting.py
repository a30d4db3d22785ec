"""Anonymous reporters: receipts work, guessing is stopped, and nothing identifies the sender."""

from __future__ import annotations

import io
import logging
import logging.config
import re
from datetime import datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import DateTime, select

from threadline.api.server_logging import logging_config, redact_path, redact_text
from threadline.auth.receipts import MAX_FAILURES, issue_receipt, verify_receipt
from threadline.store.base import Base
from threadline.store.database import Database
from threadline.store.tables.audit import AuditEvent
from threadline.store.tables.receipts import ReportAddition, ReportReceipt
from threadline.worker import drain

from .support import dump_database, make_report

IP = "203.0.113.77"
FORWARDED_IP = "198.51.100.23"
AGENT = "Mozilla/5.0 (SentinelPhone; rv:1) UA-SENTINEL-4f1c"


def test_receipt_round_trip_and_lockout(keyed_db: Database) -> None:
    settings = keyed_db.settings
    with keyed_db.session() as session:
        report = make_report(session, settings, "they keep our passports", anonymity="anonymous")
        code, passphrase = issue_receipt(session, report.id, settings=settings)
    with keyed_db.session() as session:
        assert verify_receipt(session, code, passphrase, settings=settings) == report.id
        # Typed by hand: lower case, no dashes, O for 0 all still match.
        sloppy = code.lower().replace("-", "").replace("0", "o")
        assert verify_receipt(session, sloppy, passphrase.lower(), settings=settings) == report.id
        assert verify_receipt(session, "ZZZZ-ZZZZ-ZZZZ", passphrase, settings=settings) is None
    for _ in range(MAX_FAILURES):
        with keyed_db.session() as session:
            assert verify_receipt(session, code, "wrong-wrong-wrong", settings=settings) is None
    with keyed_db.session() as session:
        # Locked now: the right passphrase no longer opens it (and says nothing different).
        assert verify_receipt(session, code, passphrase, settings=settings) is None
        receipt = session.scalars(select(ReportReceipt)).one()
        assert receipt.locked and code.replace("-", "") not in receipt.code_digest


@pytest.fixture
def stranger(app: FastAPI) -> TestClient:
    """A client from a distinctive address with a distinctive user agent."""
    return TestClient(
        app,
        base_url="https://testserver",
        client=(IP, 43210),
        headers={"User-Agent": AGENT, "X-Forwarded-For": FORWARDED_IP, "X-Real-IP": FORWARDED_IP},
    )


def test_anonymous_submission_and_addition_leave_no_trace(
    keyed_db: Database, stranger: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    submitted = stranger.post(
        "/api/v1/public/reports", json={"text": "Workers locked in at the car wash", "anonymity": "anonymous"}
    )
    assert submitted.status_code == 201, submitted.text
    report_id = submitted.json()["reports"][0]["id"]
    receipt = submitted.json()["receipt"]  # issued with the submission, shown once
    code, passphrase = receipt["code"], receipt["passphrase"]

    added = stranger.post(
        f"/api/v1/public/reports/{code}/additions",
        json={"passphrase": passphrase, "text": "They moved them to a farm on Tuesday"},
    )
    assert added.status_code == 201, added.text
    wrong = stranger.post(f"/api/v1/public/reports/{code}/additions", json={"passphrase": "no", "text": "x"})
    assert wrong.status_code == 404
    with keyed_db.session() as session:
        addition = session.scalars(select(ReportAddition)).one()
        assert addition.report_id == report_id
        # Nothing records when the reporter wrote more precisely than the day, the audit chain included.
        assert session.scalars(select(AuditEvent).where(AuditEvent.record_id == str(report_id))).all() == []

    dump = dump_database(keyed_db)
    logs = "\n".join(f"{r.name} {r.getMessage()} {r.__dict__}" for r in caplog.records)
    for trace in (IP, FORWARDED_IP, AGENT, "UA-SENTINEL"):
        assert trace not in dump, f"{trace} stored in the database"
        assert trace not in logs, f"{trace} written to a log"
    # the client port: too short to look for in a dump full of hashes, and looked for as a number of its
    # own in the logs (a record's thread ident, "140343210208128", may hold its digits by chance)
    assert re.search(r"(?<!\d)43210(?!\d)", logs) is None
    assert passphrase not in dump and passphrase not in logs


def test_receipt_guessing_is_rate_limited(keyed_db: Database, stranger: TestClient) -> None:
    statuses = [
        stranger.post(
            "/api/v1/public/reports/AAAA-BBBB-CCCC/additions", json={"passphrase": "p", "text": "t"}
        ).status_code
        for _ in range(7)
    ]
    assert statuses[:5] == [404] * 5 and statuses[-1] == 429


def test_server_log_config_never_writes_client_addresses() -> None:
    stream = io.StringIO()
    config = logging_config()
    config["handlers"]["access"]["stream"] = stream
    config["handlers"]["default"]["stream"] = stream
    root_handlers, root_level = list(logging.getLogger().handlers), logging.getLogger().level
    logging.config.dictConfig(config)
    try:
        access = logging.getLogger("uvicorn.access")
        # Exactly how uvicorn's h11/httptools protocols log a request.
        access.info(
            '%s - "%s %s HTTP/%s" %d',
            f"{IP}:43210",
            "POST",
            "/api/v1/public/reports/ABCD-EFGH-JKMN/additions?x=1",
            "1.1",
            201,
        )
        logging.getLogger("threadline.test").warning("token tl_abcdefghijklmnopqrstuvwxyz password=hunter22")
    finally:
        # Put logging back as pytest had it: the config above detached these loggers from the root.
        for name in config["loggers"]:
            logger = logging.getLogger(name)
            logger.handlers.clear()
            logger.propagate = True
            logger.setLevel(logging.NOTSET)
        root = logging.getLogger()
        root.handlers = root_handlers
        root.setLevel(root_level)
    written = stream.getvalue()
    assert IP not in written and "43210" not in written
    assert "ABCD-EFGH-JKMN" not in written and "x=1" not in written
    assert "POST /api/v1/public/reports/[code]/additions" in written
    assert "tl_abcdefghijklmnopqrstuvwxyz" not in written and "hunter22" not in written


def test_redaction_helpers() -> None:
    assert (
        redact_path("/api/v1/public/reports/AB12/additions?q=1") == "/api/v1/public/reports/[code]/additions"
    )
    assert "s3cr3t" not in redact_text('{"passphrase": "s3cr3t"}')
    assert "abc.def" not in redact_text("Authorization: Bearer abc.def")


def _stamps(db: Database) -> dict[str, list[datetime]]:
    """Every timestamp stored anywhere in the database, by table.column."""
    found: dict[str, list[datetime]] = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, DateTime):
                    values = connection.execute(select(column).where(column.is_not(None))).scalars()
                    found[f"{table.name}.{column.name}"] = list(values)
    return found


def test_an_anonymous_report_leaves_no_time_finer_than_the_day(
    keyed_db: Database, stranger: TestClient
) -> None:
    text = (
        "Anonymous tip: three women are locked in a flat above the nail bar on Station Road tonight. "
        "The man who keeps their passports drives a grey Audi IS 12 ABC and answers 07911 123456."
    )
    submitted = stranger.post("/api/v1/public/reports", json={"text": text, "anonymity": "anonymous"})
    assert submitted.status_code == 201, submitted.text
    drain(keyed_db)
    stamps = _stamps(keyed_db)
    # The worker did its work: facts, links, triage and the job's end were all stamped...
    for written in ("report_facts.extracted_at", "entity_links.linked_at", "triage_results.assessed_at"):
        assert stamps[written], f"{written}: nothing written, so nothing was checked"
    assert stamps["jobs.finished_at"]
    # ...and none of them, nor anything else, says more than the day.
    precise = {
        name: [v for v in values if (v.hour, v.minute, v.second, v.microsecond) != (0, 0, 0, 0)]
        for name, values in stamps.items()
    }
    assert {name: values for name, values in precise.items() if values} == {}
