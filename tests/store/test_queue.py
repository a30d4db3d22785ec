"""The durable job queue: claims, leases, retries, and no job claimed twice at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy import select

from threadline.store import queue
from threadline.store.database import Database
from threadline.store.tables.jobs import Job


def add_jobs(db: Database, n: int, kind: str = "noop") -> None:
    with db.session() as session:
        for i in range(n):
            queue.enqueue(session, kind, {"i": i}, dedupe_key=f"{kind}:{i}")


def test_enqueue_is_idempotent_by_key(db: Database) -> None:
    add_jobs(db, 3)
    add_jobs(db, 3)
    with db.session() as session:
        assert queue.counts(session) == {"queued": 3}


def test_each_job_is_claimed_once_by_concurrent_workers(db: Database) -> None:
    add_jobs(db, 60)

    def worker(n: int) -> list[int]:
        claimed = []
        while True:
            with db.session() as session:
                job = queue.claim(session, f"w{n}")
                if job is None:
                    return claimed
                claimed.append(job.id)
            with db.session() as session:
                assert queue.complete(session, claimed[-1], f"w{n}")

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(worker, range(4)))
    everything = [job_id for claimed in results for job_id in claimed]
    assert len(everything) == 60 == len(set(everything))
    with db.session() as session:
        assert queue.counts(session) == {"done": 60}


def test_expired_lease_is_claimed_again(db: Database) -> None:
    add_jobs(db, 1)
    with db.session() as session:
        job = queue.claim(session, "dead-worker", lease=timedelta(seconds=-1))
        assert job is not None
    with db.session() as session:
        again = queue.claim(session, "new-worker")
        assert again is not None and again.attempts == 2
    with db.session() as session:  # the dead worker cannot complete a job it no longer holds
        assert not queue.complete(session, again.id, "dead-worker")
        assert queue.complete(session, again.id, "new-worker")


def test_live_lease_is_not_claimed_again(db: Database) -> None:
    add_jobs(db, 1)
    with db.session() as session:
        assert queue.claim(session, "a") is not None
    with db.session() as session:
        assert queue.claim(session, "b") is None


def test_failure_retries_with_backoff_then_gives_up(db: Database) -> None:
    with db.session() as session:
        queue.enqueue(session, "flaky", {}, max_attempts=2)
    for attempt in (1, 2):
        with db.session() as session:
            job = session.scalars(select(Job)).one()
            job.run_after = job.created_at - timedelta(seconds=1)  # due now
        with db.session() as session:
            job = queue.claim(session, "w")
            assert job is not None and job.attempts == attempt
        with db.session() as session:
            queue.fail(session, job.id, "w", f"boom {attempt}")
    with db.session() as session:
        job = session.scalars(select(Job)).one()
        assert job.status == "failed" and "boom 2" in (job.last_error or "")


def test_abandoned_last_attempt_fails_instead_of_looping(db: Database) -> None:
    with db.session() as session:
        queue.enqueue(session, "poison", {}, max_attempts=1)
    with db.session() as session:
        assert queue.claim(session, "crashing-worker", lease=timedelta(seconds=-1)) is not None
    with db.session() as session:
        assert queue.claim(session, "next-worker") is None
    with db.session() as session:
        job = session.scalars(select(Job)).one()
        assert job.status == "failed" and "gave up" in (job.last_error or "")
