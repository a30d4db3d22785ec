"""The command line as a user meets it: clear one-line errors, no tracebacks, honest summaries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

THREADLINE = [sys.executable, "-c", "from threadline.cli import main; main()"]


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "THREADLINE_HOME": str(home), "THREADLINE_STAGES": ""}
    env.pop("THREADLINE_DATABASE_URL", None)
    return subprocess.run([*THREADLINE, *args], env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def cli_home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and needle in lines[0]


def test_init_then_ingest_then_list_and_show(cli_home: Path, tmp_path: Path) -> None:
    assert run(cli_home, "init").returncode == 0
    note = tmp_path / "note.txt"
    note.write_text("Caller says six men sleep in the car wash office.", encoding="utf-8")
    first = run(cli_home, "ingest", str(note), "--channel", "helpline")
    assert first.returncode == 0 and "accepted 1, duplicate 0, rejected 0" in first.stderr
    again = run(cli_home, "ingest", str(note), "--channel", "helpline")
    assert "accepted 0, duplicate 1, rejected 0" in again.stderr
    listed = run(cli_home, "reports", "list", "--json")
    assert '"total": 1' in listed.stdout
    shown = run(cli_home, "reports", "show", "1")
    assert "six men sleep in the car wash" in shown.stdout


def test_batch_summary_names_each_rejected_file(cli_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text("Workers are locked in at night.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)))
    (folder / "rows.csv").write_text("name\nA\n", encoding="utf-8")
    result = run(cli_home, "ingest", str(folder))
    assert result.returncode == 1
    assert "accepted 1, duplicate 0, rejected 3" in result.stderr
    assert "empty.txt: the report is empty" in result.stderr
    assert "junk.txt: the report looks like binary data" in result.stderr
    assert "rows.csv: the CSV has no text column" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["ingest", "/no/such/file.txt"], "no such file or folder"),
        (["ingest", "--channel", "pigeon", "x"], "unknown channel 'pigeon'"),
        (["ingest", "--format", "pdf", "x"], "unknown format 'pdf'"),
        (["ingest", "--map", "oops", "x"], "--map expects FIELD=COLUMN"),
        (["reports", "show", "42"], "report 42 does not exist"),
        (["serve", "--host", "0.0.0.0"], "refusing to listen on 0.0.0.0"),
    ],
)
def test_errors_are_one_clear_line(cli_home: Path, args: list[str], needle: str) -> None:
    assert_one_line_error(run(cli_home, *args), needle)


def test_single_bad_file_is_one_line(cli_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    assert_one_line_error(run(cli_home, "ingest", str(bad)), "broken.json: the JSON document is malformed")


def test_oversized_file_is_refused(cli_home: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    env_home = cli_home
    result = subprocess.run(
        [*THREADLINE, "ingest", str(big)],
        env={**os.environ, "THREADLINE_HOME": str(env_home), "THREADLINE_MAX_REPORT_BYTES": "1024"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert_one_line_error(result, "the limit is 1,024 bytes")


def test_demo_loads_once(cli_home: Path) -> None:
    first = run(cli_home, "demo", "--synthetic", "5")
    assert first.returncode == 0, first.stderr
    assert "already present" in first.stderr
    second = run(cli_home, "demo", "--synthetic", "5")
    assert "0 new report(s)" in second.stderr
