"""Triage a stored report from its text and stored facts; keep the result for the inbox."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from threadline.pipeline import step
from threadline.services.extraction import load_facts
from threadline.store.tables.facts import TriageRow
from threadline.store.tables.reports import Report
from threadline.triage.routing import DEFAULT_JURISDICTION
from threadline.triage.service import triage_document


def default_jurisdiction() -> str:
    return os.environ.get("THREADLINE_JURISDICTION", DEFAULT_JURISDICTION)


def triage_report(session: Session, report: Report, jurisdiction: str | None = None) -> dict[str, Any]:
    """The triage JSON for a report (not stored); uses stored facts when extraction has run."""
    facts = load_facts(session, report.id)
    return triage_document(
        report.text,
        facts,
        jurisdiction or default_jurisdiction(),
        anonymity=report.anonymity,
    )


@step("triage")
def triage_step(session: Session, report: Report) -> None:
    result = triage_report(session, report)
    session.execute(delete(TriageRow).where(TriageRow.report_id == report.id))
    session.add(
        TriageRow(
            report_id=report.id,
            jurisdiction=result["jurisdiction"],
            score=int(result["score"]),
            urgent=bool(result["urgent"]),
            result=result,
        )
    )
