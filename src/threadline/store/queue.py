"""Enqueue, claim, finish and retry jobs. On PostgreSQL claims use FOR UPDATE SKIP LOCKED;
on SQLite the write lock taken at BEGIN IMMEDIATE serialises claimers.

A claim is a lease (`locked_until`): a worker killed mid-job never finishes it, the lease runs out and
another worker (or the same one restarted) claims the job again. Handlers must therefore be idempotent.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from threadline.store.base import COARSE_TIME, session_time, utcday, utcnow
from threadline.store.tables.jobs import Job
from threadline.store.upsert import insert_for

DEFAULT_LEASE = timedelta(minutes=5)
MAX_BACKOFF = timedelta(minutes=30)


def enqueue(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    *,
    dedupe_key: str | None = None,
    max_attempts: int = 5,
    coarse_time: bool | None = None,
) -> None:
    """Add a job in the caller's transaction; a job with the same dedupe key already queued is kept.
    `coarse_time` (default: the session's COARSE_TIME flag) stamps the job with the day only."""
    coarse = session.info.get(COARSE_TIME) if coarse_time is None else coarse_time
    stamp = utcday() if coarse else utcnow()
    values = {
        "kind": kind,
        "payload": payload,
        "dedupe_key": dedupe_key,
        "status": "queued",
        "attempts": 0,
        "max_attempts": max_attempts,
        "run_after": stamp,
        "created_at": stamp,
    }
    insert = insert_for(session)
    statement = insert(Job).values(**values)
    if dedupe_key is not None:
        statement = statement.on_conflict_do_nothing(index_elements=["dedupe_key"])
    session.execute(statement)


def claim(session: Session, worker_id: str, *, lease: timedelta = DEFAULT_LEASE) -> Job | None:
    """Take the oldest runnable job (queued, or running with an expired lease) for `worker_id`.

    One UPDATE … RETURNING, so a claim is a single round trip. Call in its own short transaction and
    commit straight away so the lease is visible to others.
    """
    now = utcnow()
    runnable = or_(
        and_(Job.status == "queued", Job.run_after <= now),
        and_(Job.status == "running", Job.locked_until < now),
    )
    oldest = (
        select(Job.id)
        .where(runnable, Job.attempts < Job.max_attempts)
        .order_by(Job.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    claimed = session.execute(
        update(Job)
        .where(Job.id == oldest)
        .values(status="running", attempts=Job.attempts + 1, locked_by=worker_id, locked_until=now + lease)
        .returning(Job)
        .execution_options(synchronize_session=False)
    ).scalar()
    if claimed is None:
        _give_up_on_abandoned(session, now)
    return claimed


def _give_up_on_abandoned(session: Session, now: datetime) -> None:
    """A job whose last allowed attempt's lease ran out is failed loudly, not retried forever."""
    session.execute(
        update(Job)
        .where(Job.status == "running", Job.locked_until < now, Job.attempts >= Job.max_attempts)
        .values(
            status="failed",
            finished_at=now,
            locked_by=None,
            locked_until=None,
            last_error="gave up: the last attempt's worker stopped before finishing",
        )
        .execution_options(synchronize_session=False)
    )


def complete(session: Session, job_id: int, worker_id: str) -> bool:
    """Mark done; False when the lease was lost to another worker (the other run's result stands)."""
    result = session.execute(
        update(Job)
        .where(Job.id == job_id, Job.locked_by == worker_id, Job.status == "running")
        .values(
            status="done",
            finished_at=session_time(session.info),
            locked_by=None,
            locked_until=None,
            last_error=None,
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def fail(session: Session, job_id: int, worker_id: str, error: str) -> None:
    """Record an error; retry later with exponential backoff until max_attempts, then fail for good."""
    job = session.get(Job, job_id, with_for_update=True)
    if job is None or job.locked_by != worker_id:
        return
    job.last_error = error[-4000:]
    job.locked_by = None
    job.locked_until = None
    if job.attempts >= job.max_attempts:
        job.status = "failed"
        job.finished_at = utcnow()
        return
    job.status = "queued"
    job.run_after = utcnow() + min(timedelta(seconds=2**job.attempts), MAX_BACKOFF)


def counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
    return {status: count for status, count in rows}


def next_run_time(session: Session) -> datetime | None:
    return session.scalar(select(func.min(Job.run_after)).where(Job.status == "queued"))
