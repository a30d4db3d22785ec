"""The worker: claims jobs from the durable queue and runs their handlers.

Handlers are registered by kind. Each runs in its own transaction together with the job's completion,
so a job's effects and its "done" mark are committed together; a crash before that commit leaves the
job to be claimed again when its lease runs out, and handlers are idempotent.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
import traceback
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from threadline.store import queue
from threadline.store.database import Database

log = logging.getLogger(__name__)

Handler = Callable[[Session, dict[str, Any]], None]
HANDLERS: dict[str, Handler] = {}


def handler(kind: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        HANDLERS[kind] = function
        return function

    return register


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _load_handlers() -> None:
    # Done lazily so `import threadline.worker` stays light.
    from threadline.pipeline import load_handlers

    load_handlers()


def run_one(db: Database, worker_id: str, *, lease: timedelta = queue.DEFAULT_LEASE) -> bool:
    """Claim and run a single job. Returns False when there was nothing to do."""
    _load_handlers()
    with db.session() as session:
        job = queue.claim(session, worker_id, lease=lease)
        if job is None:
            return False
        job_id, kind, payload = job.id, job.kind, dict(job.payload)
    function = HANDLERS.get(kind)
    if delay := float(os.environ.get("THREADLINE_TEST_JOB_DELAY", "0") or 0):
        time.sleep(delay)  # test hook: widens the window in which a crash lands inside a job
    try:
        if function is None:
            raise LookupError(f"no handler for job kind {kind!r}")
        with db.session() as session:
            function(session, payload)
            if not queue.complete(session, job_id, worker_id):
                # Our lease ran out and someone else owns the job now: drop our effects.
                session.rollback()
                log.warning("job %s lost its lease; its effects were rolled back", job_id)
    except Exception as exc:
        log.warning("job %s (%s) failed: %s", job_id, kind, exc)
        with db.session() as session:
            queue.fail(session, job_id, worker_id, "".join(traceback.format_exception(exc)))
    return True


def drain(db: Database, worker_id: str | None = None, *, max_jobs: int | None = None) -> int:
    """Run jobs until none is runnable now (used inline by tests and `threadline worker --once`)."""
    worker_id = worker_id or default_worker_id()
    done = 0
    while (max_jobs is None or done < max_jobs) and run_one(db, worker_id):
        done += 1
    return done


def run_forever(
    db: Database,
    *,
    poll_seconds: float = 1.0,
    lease: timedelta = queue.DEFAULT_LEASE,
    stop: threading.Event | None = None,
) -> None:
    """Loop until `stop` is set (or, in the main thread, SIGTERM/SIGINT); finishes the job in hand first."""
    worker_id = default_worker_id()
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
    log.info("worker %s started", worker_id)
    while not stop.is_set():
        try:
            busy = run_one(db, worker_id, lease=lease)
        except Exception:  # the database went away for a moment: keep the loop alive and retry
            log.exception("worker loop error")
            busy = False
        if not busy:
            stop.wait(poll_seconds)
    log.info("worker %s stopped", worker_id)


def start_in_background(db: Database, *, poll_seconds: float = 1.0) -> threading.Event:
    """Run a worker in a daemon thread beside the web server; set the returned event to stop it."""
    stop = threading.Event()
    thread = threading.Thread(
        target=run_forever, args=(db,), kwargs={"poll_seconds": poll_seconds, "stop": stop}, daemon=True
    )
    thread.start()
    return stop
