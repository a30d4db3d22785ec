"""Ingest many files. Parsed reports are stored in groups, one transaction per group: an interrupted batch
keeps every group it committed, and a rerun adds only what is missing (idempotency keys turn the stored
files into duplicates). A group that fails to store is retried file by file, so one bad file cannot
take its neighbours down with it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from threadline.errors import ThreadlineError, TooLargeError
from threadline.intake.formats import parse_submission
from threadline.intake.service import accept, check_batch
from threadline.intake.types import ParsedReport
from threadline.store.database import Database
from threadline.taxonomy.channels import Anonymity, Channel, ReportFormat

GROUP_REPORTS = 100
GROUP_BYTES = 8 * 1024 * 1024


@dataclass
class BatchSummary:
    accepted: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)


def read_and_parse(
    db: Database, path: Path, *, fmt: ReportFormat | None, mapping: Mapping[str, str] | None
) -> list[ParsedReport]:
    size = path.stat().st_size
    is_csv = fmt is ReportFormat.CSV or (fmt is None and path.suffix.lower() == ".csv")
    if size > db.settings.max_report_bytes and not is_csv:
        # Refuse before reading it into memory. CSV files hold many reports: each row is checked instead.
        raise TooLargeError(
            f"the file is {size:,} bytes; the limit is {db.settings.max_report_bytes:,} bytes"
        )
    options = {"mapping": mapping} if mapping else {}
    return parse_submission(path.read_bytes(), name=path.name, fmt=fmt, **options)


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
    group: list[tuple[Path, list[ParsedReport]]] = []

    def store(items: list[tuple[Path, list[ParsedReport]]]) -> None:
        reports = [r for _, parsed in items for r in parsed]
        try:
            results = accept(db, reports, channel=channel, anonymity=anonymity)
        except ThreadlineError as exc:
            if len(items) > 1:
                for item in items:
                    store([item])
                return
            summary.rejected.append((str(items[0][0]), exc.message))
            return
        for result in results:
            (summary.duplicates if result.duplicate else summary.accepted).append(result.report_id)
        if progress:
            for path, _ in items:
                progress(path)

    for path in files:
        try:
            parsed = read_and_parse(db, path, fmt=fmt, mapping=mapping)
        except ThreadlineError as exc:
            summary.rejected.append((str(path), exc.message))
            if progress:
                progress(path)
            continue
        except OSError as exc:
            summary.rejected.append((str(path), f"cannot read the file ({exc.strerror or exc})"))
            continue
        group.append((path, parsed))
        if len(group) >= GROUP_REPORTS or sum(len(r.raw) for _, p in group for r in p) >= GROUP_BYTES:
            store(group)
            group = []
            if pause := float(os.environ.get("THREADLINE_TEST_GROUP_DELAY", "0") or 0):
                time.sleep(pause)  # test hook: lets a crash test see the batch half stored
    if group:
        store(group)
    return summary
