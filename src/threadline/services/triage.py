"""Triage a stored report from its text and stored facts; keep the result for the inbox."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from threadline.pipeline import step
from threadline.services.extraction import load_facts
from threadline.store.tables.entities import EntityLink
from threadline.store.tables.facts import MentionRow, TriageRow
from threadline.store.tables.reports import Report
from threadline.triage.routing import DEFAULT_JURISDICTION
from threadline.triage.service import payload, triage, triage_document


def default_jurisdiction() -> str:
    return os.environ.get("THREADLINE_JURISDICTION", DEFAULT_JURISDICTION)


def linking_context(session: Session, report_id: int) -> dict[str, Any]:
    """What linking found: does this report touch entities already seen in other reports?"""
    joined = session.execute(
        select(EntityLink.entity_id, MentionRow.start_char, MentionRow.end_char)
        .join(MentionRow, MentionRow.id == EntityLink.mention_id)
        .where(EntityLink.report_id == report_id, EntityLink.method != "new")
    ).all()
    if not joined:
        return {}
    entity_ids = {entity_id for entity_id, _, _ in joined}
    others = set(
        session.scalars(
            select(EntityLink.report_id).where(
                EntityLink.entity_id.in_(entity_ids), EntityLink.report_id != report_id
            )
        )
    )
    return {
        "known_network": bool(others),
        "repeat_reports": sum(1 for other in others if other < report_id),  # earlier ones only
        "evidence": tuple((start, end) for _, start, end in joined),
    }


def triage_report(session: Session, report: Report, jurisdiction: str | None = None) -> dict[str, Any]:
    """The triage JSON for a report (not stored); uses stored facts when extraction has run."""
    facts = load_facts(session, report.id)
    return triage_document(
        report.text,
        facts,
        jurisdiction or default_jurisdiction(),
        linking_context(session, report.id),
        anonymity=report.anonymity,
    )


@step("triage")
def triage_step(session: Session, report: Report) -> None:
    from threadline.services.alerts import raise_alerts

    code, assessment, routes = triage(
        report.text,
        load_facts(session, report.id),
        default_jurisdiction(),
        linking_context(session, report.id),
        anonymity=report.anonymity,
    )
    result = payload(code, assessment, routes)
    session.execute(delete(TriageRow).where(TriageRow.report_id == report.id))
    session.add(
        TriageRow(
            report_id=report.id,
            jurisdiction=code,
            score=int(assessment.score),
            urgent=bool(assessment.urgent),
            result=result,
        )
    )
    raise_alerts(session, report.id, assessment)
