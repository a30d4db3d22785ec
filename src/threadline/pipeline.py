"""What happens to a report after intake: the job handlers the worker runs.

`process_report` runs every stage that is available on one report and records its outcome. Stages are
pure; this module reads their input from the store and writes their output back, idempotently (a
retried job replaces its own earlier output, never duplicates it).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from threadline.errors import NotFoundError
from threadline.intake.service import PROCESS_REPORT
from threadline.services.anonymity import coarsen_stamps, is_anonymous
from threadline.store.base import COARSE_TIME
from threadline.store.tables.reports import Report
from threadline.worker import handler

log = logging.getLogger(__name__)

# Each step takes (session, report) and persists its own results. Steps register themselves here when
# their module is imported; they run in the order of STAGE_MODULES.
Step = Callable[[Session, Report], None]
STEPS: list[tuple[str, Step]] = []


def step(name: str) -> Callable[[Step], Step]:
    def register(function: Step) -> Step:
        STEPS.append((name, function))
        return function

    return register


STAGE_MODULES = {
    "extract": "threadline.services.extraction",
    "link": "threadline.services.linking",
    "triage": "threadline.services.triage",
}


def enabled_stages() -> list[str]:
    """THREADLINE_STAGES (comma-separated) narrows the stages run; unset means all of them."""
    chosen = os.environ.get("THREADLINE_STAGES")
    if chosen is None:
        return list(STAGE_MODULES)
    names = [n.strip() for n in chosen.split(",") if n.strip()]
    unknown = sorted(set(names) - set(STAGE_MODULES))
    if unknown:
        raise ValueError(f"THREADLINE_STAGES names unknown stage(s) {', '.join(unknown)}")
    return names


def _load_steps() -> None:
    for stage in enabled_stages():
        module = STAGE_MODULES[stage]
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)


def load_handlers() -> None:
    """Import every module that registers job handlers (the worker calls this before claiming)."""
    _load_steps()
    importlib.import_module("threadline.services.alerts")


@handler(PROCESS_REPORT)
def process_report(session: Session, payload: dict[str, Any]) -> None:
    report = session.get(Report, int(payload["report_id"]))
    if report is None:
        raise NotFoundError(f"report {payload['report_id']} does not exist")
    _load_steps()
    anonymous = is_anonymous(report.anonymity)
    if anonymous:
        session.info[COARSE_TIME] = True  # jobs queued and finished here keep only the day
    registered = dict(STEPS)
    # The stages' order, not the order their modules happened to be imported in: triage needs links.
    for name in enabled_stages():
        function = registered.get(name)
        if function is None:
            continue
        log.debug("report %s: %s", report.id, name)
        function(session, report)
    report.status = "processed"
    if anonymous:
        session.flush()
        coarsen_stamps(session, report.id)
