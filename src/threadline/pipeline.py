"""What happens to a report after intake: the job handlers the worker runs.

`process_report` runs every stage that is available on one report and records its outcome. Stages are
pure; this module reads their input from the store and writes their output back, idempotently (a
retried job replaces its own earlier output, never duplicates it).
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from threadline.errors import NotFoundError
from threadline.intake.service import PROCESS_REPORT
from threadline.store.tables.reports import Report
from threadline.worker import handler

log = logging.getLogger(__name__)

# Each step takes (session, report) and persists its own results. Steps register themselves here when
# their stage lands; the order is the pipeline's.
Step = Callable[[Session, Report], None]
STEPS: list[tuple[str, Step]] = []


def step(name: str) -> Callable[[Step], Step]:
    def register(function: Step) -> Step:
        STEPS.append((name, function))
        return function

    return register


def _load_steps() -> None:
    for module in ("threadline.extract.service", "threadline.link.service", "threadline.triage.service"):
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)


@handler(PROCESS_REPORT)
def process_report(session: Session, payload: dict[str, Any]) -> None:
    report = session.get(Report, int(payload["report_id"]))
    if report is None:
        raise NotFoundError(f"report {payload['report_id']} does not exist")
    if not STEPS:
        _load_steps()
    for name, function in STEPS:
        log.debug("report %s: %s", report.id, name)
        function(session, report)
    report.status = "processed"
