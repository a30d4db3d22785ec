"""Reports are stored exactly once, atomically, and their raw bytes never change (both databases)."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from threadline.errors import IntakeError, TooLargeError
from threadline.intake.formats import parse_submission
from threadline.intake.service import accept
from threadline.store.database import Database
from threadline.store.tables.jobs import Job
from threadline.store.tables.reports import RawBlob, Report
from threadline.taxonomy.channels import Anonymity, Channel


def submit(db: Database, raw: bytes, **kwargs: object):
    options = {"channel": Channel.HELPLINE, "anonymity": Anonymity.CONFIDENTIAL, **kwargs}
    return accept(db, parse_submission(raw, name="note.txt"), **options)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_same_submission_twice_is_one_report(db: Database) -> None:
    first = submit(db, b"Men sleep in a container behind the car wash.")
    second = submit(db, b"Men sleep in a container behind the car wash.")
    assert first[0].report_id == second[0].report_id
    assert (first[0].duplicate, second[0].duplicate) == (False, True)
    assert count(db, Report) == 1
    assert count(db, RawBlob) == 1
    assert count(db, Job) == 1


def test_client_idempotency_key_returns_existing_report(db: Database) -> None:
    first = submit(db, b"first wording", idempotency_key="call-77")
    retry = submit(db, b"first wording, retried with an edit", idempotency_key="call-77")
    assert retry[0].report_id == first[0].report_id and retry[0].duplicate
    assert count(db, Report) == 1


def test_raw_bytes_are_content_addressed(db: Database) -> None:
    raw = "Ionuț keeps their passports.\n".encode()
    accepted = submit(db, raw)[0]
    with db.session() as session:
        blob = session.get(RawBlob, accepted.sha256)
        assert blob is not None and blob.content == raw
        assert accepted.sha256 == hashlib.sha256(raw).hexdigest()


def test_raw_blobs_and_report_text_cannot_be_changed(db: Database) -> None:
    accepted = submit(db, b"The boss keeps the passports.")[0]
    with pytest.raises((DBAPIError, IntegrityError)), db.session() as session:
        session.execute(update(RawBlob).values(content=b"tampered"))
    with pytest.raises((DBAPIError, IntegrityError)), db.session() as session:
        session.execute(text("DELETE FROM raw_blobs"))
    with pytest.raises((DBAPIError, IntegrityError)), db.session() as session:
        session.execute(update(Report).values(text="rewritten"))
    with db.session() as session:  # status may move on
        session.execute(update(Report).where(Report.id == accepted.report_id).values(status="processed"))
        report = session.get(Report, accepted.report_id)
        assert report is not None and report.text == "The boss keeps the passports."


def test_anonymous_report_keeps_only_the_day(db: Database) -> None:
    accepted = submit(db, b"anonymous tip", anonymity=Anonymity.ANONYMOUS)[0]
    with db.session() as session:
        report = session.get(Report, accepted.report_id)
        assert report is not None
        moment = report.received_at
        assert (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)
        assert report.source_name is None


def test_anonymous_report_refuses_contact_details(db: Database) -> None:
    with pytest.raises(IntakeError, match="anonymous"):
        submit(db, b"tip", anonymity=Anonymity.ANONYMOUS, reporter_contact="07911 123456")
    assert count(db, Report) == 0


def test_batch_is_all_or_nothing(db: Database) -> None:
    csv_raw = b"text\nfirst row\nsecond row\n"
    reports = parse_submission(csv_raw, name="rows.csv")
    reports[1].raw = b"x" * (db.settings.max_report_bytes + 1)  # the second report is over the limit
    with pytest.raises(TooLargeError):
        accept(db, reports, channel=Channel.BULK, anonymity=Anonymity.CONFIDENTIAL)
    assert count(db, Report) == 0
    assert count(db, RawBlob) == 0


def test_thousand_concurrent_submissions_make_thousand_reports(db: Database) -> None:
    def one(i: int) -> int:
        return submit(db, f"report number {i}: workers at the farm".encode())[0].report_id

    with ThreadPoolExecutor(max_workers=16) as pool:
        ids = list(pool.map(one, range(1000)))
    assert len(set(ids)) == 1000
    assert count(db, Report) == 1000
    assert count(db, Job) == 1000


def test_concurrent_duplicates_make_one_report(db: Database) -> None:
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda _: submit(db, b"the same tip from many retries")[0], range(100)))
    assert len({r.report_id for r in results}) == 1
    assert sum(not r.duplicate for r in results) == 1
    assert count(db, Report) == 1
