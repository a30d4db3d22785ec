"""Store accepted reports: raw bytes content-addressed and immutable, one row per report, exactly once.

Each report is written in one transaction together with its raw blob and its processing job, so a
crash leaves either all three or none. The idempotency key is unique in the database: a retried or
concurrent duplicate submission finds the first report instead of making a copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from threadline.config import Settings
from threadline.errors import IntakeError, TooLargeError
from threadline.intake.decode import require_content
from threadline.intake.types import ParsedReport
from threadline.store import audit, queue
from threadline.store.base import utcday, utcnow
from threadline.store.crypto import REPORTER_CONTACT_FIELD, encrypt_field
from threadline.store.database import Database
from threadline.store.tables.reports import RawBlob, Report
from threadline.store.upsert import insert_for
from threadline.taxonomy.channels import Anonymity, Channel

PROCESS_REPORT = "process_report"


@dataclass(frozen=True)
class Accepted:
    report_id: int
    duplicate: bool
    sha256: str


def parse_channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise IntakeError(f"unknown channel {value!r}; known channels: {known}", code="bad_channel") from None


def parse_anonymity(value: str) -> Anonymity:
    try:
        return Anonymity(value)
    except ValueError:
        known = ", ".join(a.value for a in Anonymity)
        raise IntakeError(f"unknown anonymity mode {value!r}; known: {known}", code="bad_anonymity") from None


def check_size(raw: bytes, settings: Settings, *, what: str = "report") -> None:
    if len(raw) > settings.max_report_bytes:
        raise TooLargeError(
            f"the {what} is {len(raw):,} bytes; the limit is {settings.max_report_bytes:,} bytes"
        )


def check_batch(sizes: Sequence[int], settings: Settings) -> None:
    if len(sizes) > settings.max_batch_reports:
        raise TooLargeError(
            f"the batch has {len(sizes):,} reports; the limit is {settings.max_batch_reports:,}"
        )
    total = sum(sizes)
    if total > settings.max_batch_bytes:
        raise TooLargeError(f"the batch is {total:,} bytes; the limit is {settings.max_batch_bytes:,} bytes")


def received_time(anonymity: Anonymity) -> datetime:
    # The exact minute of a tip can identify who sent it; the day is enough to work with.
    return utcday() if anonymity is Anonymity.ANONYMOUS else utcnow()


def store_report(
    session: Session,
    parsed: ParsedReport,
    *,
    settings: Settings,
    channel: Channel,
    anonymity: Anonymity,
    idempotency_key: str | None = None,
    reporter_contact: str | None = None,
) -> Accepted:
    """Insert one report (in the caller's transaction) unless its idempotency key is already known.

    `reporter_contact` is plaintext; it is stored only encrypted, bound to the report's id."""
    check_size(parsed.raw, settings)
    require_content(parsed.text)
    if anonymity is Anonymity.ANONYMOUS and reporter_contact is not None:
        raise IntakeError("an anonymous report cannot carry the reporter's contact details", code="anonymous")
    sha = hashlib.sha256(parsed.raw).hexdigest()
    key = (
        (f"client:{idempotency_key}" if idempotency_key else None)
        or parsed.idempotency_key
        or f"sha256:{sha}"
    )
    if not key.startswith("sha256:"):
        # A client's or feed's key may come back with other bytes: find it first, so the retry stores
        # no blob that no report points at. A content key needs no look-up: the insert decides.
        existing = session.scalar(select(Report.id).where(Report.idempotency_key == key))
        if existing is not None:
            return Accepted(existing, True, sha)
    insert = insert_for(session)
    session.execute(
        insert(RawBlob)
        .values(sha256=sha, size=len(parsed.raw), content=parsed.raw, stored_at=received_time(anonymity))
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    anonymous = anonymity is Anonymity.ANONYMOUS
    row = {
        "idempotency_key": key,
        "channel": channel.value,
        "format": parsed.format,
        "anonymity": anonymity.value,
        "received_at": received_time(anonymity),
        "sha256": sha,
        "content_type": parsed.content_type,
        "text": parsed.text,
        "title": parsed.title,
        "language": parsed.language,
        "published_on": parsed.published,
        "source_url": parsed.url,
        # A file name can name its sender; anonymous reports keep none.
        "source_name": None if anonymous else parsed.source_name,
        "meta": {**parsed.metadata, **({"author": parsed.author} if parsed.author else {})},
        "flags": list(parsed.flags),
        "reporter_contact": None,  # sealed below, once the id it is bound to exists
        "status": "received",
    }
    report_id = session.execute(
        insert(Report)
        .values(**row)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(Report.id)
    ).scalar()
    if report_id is None:
        # A concurrent submission with the same key won the race.
        winner = session.scalar(select(Report.id).where(Report.idempotency_key == key))
        if winner is None:  # pragma: no cover - the unique index guarantees a winner
            raise IntakeError("the report could not be stored; please retry", code="conflict")
        return Accepted(winner, True, sha)
    if reporter_contact and reporter_contact.strip():
        sealed = encrypt_field(settings, REPORTER_CONTACT_FIELD, report_id, reporter_contact.strip())
        session.execute(update(Report).where(Report.id == report_id).values(reporter_contact=sealed))
    queue.enqueue(
        session,
        PROCESS_REPORT,
        {"report_id": report_id},
        dedupe_key=f"{PROCESS_REPORT}:{report_id}",
        coarse_time=anonymity is Anonymity.ANONYMOUS,
    )
    return Accepted(report_id, False, sha)


def accept(
    db: Database,
    reports: Iterable[ParsedReport],
    *,
    channel: Channel,
    anonymity: Anonymity,
    idempotency_key: str | None = None,
    reporter_contact: str | None = None,
    audited_as: tuple[str, int | None] | None = None,
) -> list[Accepted]:
    """Store reports parsed from one submission, all or nothing (one transaction).

    `audited_as` (actor name, user id): a staff submission writes one audit event per new report in
    the same transaction. Anonymous public submissions pass nothing: an event's precise time would
    record when the reporter wrote."""
    reports = list(reports)
    check_batch([len(r.raw) for r in reports], db.settings)
    if idempotency_key and len(reports) > 1:
        # One client key cannot stand for several reports; derive one per item.
        keys: list[str | None] = [f"{idempotency_key}#{i}" for i in range(len(reports))]
    else:
        keys = [idempotency_key] * len(reports)
    with db.session() as session:
        accepted = [
            store_report(
                session,
                parsed,
                settings=db.settings,
                channel=channel,
                anonymity=anonymity,
                idempotency_key=key,
                reporter_contact=reporter_contact,
            )
            for parsed, key in zip(reports, keys, strict=True)
        ]
        if audited_as is not None:
            actor, user_id = audited_as
            for item in accepted:
                if not item.duplicate:
                    audit.record(
                        session,
                        db.settings,
                        "report.create",
                        actor=actor,
                        actor_user_id=user_id,
                        record_type="report",
                        record_id=item.report_id,
                        detail={"channel": channel.value},
                    )
        return accepted
