"""Ingest many files: each file in its own transaction, so an interrupted batch keeps what it finished
and a rerun adds only what is missing (idempotency keys make the finished files duplicates)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from threadline.errors import ThreadlineError, TooLargeError
from threadline.intake.formats import parse_submission
from threadline.intake.service import accept, check_batch
from threadline.store.database import Database
from threadline.taxonomy.channels import Anonymity, Channel, ReportFormat


@dataclass
class BatchSummary:
    accepted: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)


def ingest_file(
    db: Database,
    path: Path,
    *,
    channel: Channel,
    anonymity: Anonymity,
    fmt: ReportFormat | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[tuple[int, bool]]:
    size = path.stat().st_size
    if size > db.settings.max_report_bytes and fmt is not ReportFormat.CSV and path.suffix.lower() != ".csv":
        # Refuse before reading it into memory. CSV files hold many reports: each row is checked instead.
        raise TooLargeError(
            f"the file is {size:,} bytes; the limit is {db.settings.max_report_bytes:,} bytes"
        )
    raw = path.read_bytes()
    options = {"mapping": mapping} if mapping else {}
    parsed = parse_submission(raw, name=path.name, fmt=fmt, **options)
    return [(a.report_id, a.duplicate) for a in accept(db, parsed, channel=channel, anonymity=anonymity)]


def ingest_files(
    db: Database,
    files: Sequence[Path],
    *,
    channel: Channel,
    anonymity: Anonymity,
    fmt: ReportFormat | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Callable[[Path], None] | None = None,
) -> BatchSummary:
    check_batch([p.stat().st_size for p in files], db.settings)
    summary = BatchSummary()
    for path in files:
        try:
            for report_id, duplicate in ingest_file(
                db, path, channel=channel, anonymity=anonymity, fmt=fmt, mapping=mapping
            ):
                (summary.duplicates if duplicate else summary.accepted).append(report_id)
        except ThreadlineError as exc:
            summary.rejected.append((str(path), exc.message))
        except OSError as exc:
            summary.rejected.append((str(path), f"cannot read the file ({exc.strerror or exc})"))
        if progress:
            progress(path)
    return summary
