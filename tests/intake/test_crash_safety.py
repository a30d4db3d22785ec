"""Kill intake and the worker with SIGKILL mid-flight: nothing is lost, nothing is stored twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from threadline.config import Settings
from threadline.store.database import Database
from threadline.store.tables.jobs import Job
from threadline.store.tables.reports import Report

THREADLINE = [sys.executable, "-c", "from threadline.cli import main; main()"]
FILES = 5000


def cli_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env["THREADLINE_HOME"] = str(settings.home)
    env["THREADLINE_DATABASE_URL"] = settings.database_url
    # The queue's mechanics are under test here, not the stages: keep each job cheap.
    env["THREADLINE_STAGES"] = ""
    return env


def make_files(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"tip-{i:05d}.txt").write_text(
            f"Tip {i}: men at unit {i} sleep on site and are not paid.\n"
        )


def count_reports(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Report.id))) or 0


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_ingest_killed_at_random_point_then_restarted(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    make_files(folder, FILES)
    env = cli_env(db.settings)
    command = [*THREADLINE, "ingest", str(folder), "--channel", "bulk"]
    # A short pause after each stored group: on a loaded machine SQLite's writer can otherwise hold the
    # file until the whole batch is in, and the poll below never sees it half done.
    victim_env = {**env, "THREADLINE_TEST_GROUP_DELAY": "0.02"}
    victim = subprocess.Popen(command, env=victim_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill at a random point while it is still going: a random number of stored reports rather than
    # a random delay, which a fast machine can outrun (the whole batch done before the kill).
    # Early in the run: groups of 100 are stored fast, and a later target can be overrun between polls.
    target = random.randint(50, FILES // 20)
    deadline = time.monotonic() + 120
    while count_reports(db) < target and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.005)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    stored_before = count_reports(db)
    assert 0 < stored_before < FILES, "the kill must land mid-ingest for this test to mean anything"

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"accepted {FILES - stored_before}, duplicate {stored_before}, rejected 0" in rerun.stderr

    with db.session() as session:
        assert session.scalar(select(func.count(Report.id))) == FILES
        assert session.scalar(select(func.count(func.distinct(Report.sha256)))) == FILES
        assert session.scalar(select(func.count(Job.id))) == FILES

    drained = subprocess.run(
        [*THREADLINE, "worker", "--once"], env=env, capture_output=True, text=True, timeout=600
    )
    assert drained.returncode == 0, drained.stderr
    with db.session() as session:
        statuses = dict(session.execute(select(Job.status, func.count()).group_by(Job.status)).all())
        assert statuses == {"done": FILES}


def test_worker_killed_mid_job_loses_nothing(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    make_files(folder, 30)
    env = cli_env(db.settings)
    env["THREADLINE_TEST_JOB_DELAY"] = "0.2"  # a slow job, so the kill lands inside one
    subprocess.run([*THREADLINE, "ingest", str(folder)], env=env, check=True, capture_output=True)
    worker = subprocess.Popen(
        [*THREADLINE, "worker", "--lease", "2", "--poll", "0.1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    done = 0
    while not done and time.monotonic() < deadline and worker.poll() is None:
        with db.session() as session:
            done = session.scalar(select(func.count(Job.id)).where(Job.status == "done")) or 0
        time.sleep(0.05)
    assert worker.poll() is None, "the worker died on its own"
    assert done, "the worker finished no job in time"
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    with db.session() as session:
        assert session.scalar(select(func.count(Job.id)).where(Job.status == "running")) == 1

    time.sleep(2.1)  # the dead worker's lease runs out
    env.pop("THREADLINE_TEST_JOB_DELAY")
    subprocess.run([*THREADLINE, "worker", "--once"], env=env, check=True, capture_output=True, timeout=300)
    with db.session() as session:
        jobs = session.scalars(select(Job)).all()
        assert {j.status for j in jobs} == {"done"}
        assert max(j.attempts for j in jobs) == 2  # the interrupted job ran again
        reports = session.scalars(select(Report)).all()
        assert len(reports) == 30 and {r.status for r in reports} == {"processed"}
