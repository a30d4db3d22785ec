"""Reports that belong to a case. Attaching one to a restricted case hides it from every report reader
who may not read that case (`report_read_clause`); listing them applies that same clause."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from threadline.auth.policy import report_read_clause
from threadline.auth.principal import Principal
from threadline.cases.access import note, readable_case, writable_case
from threadline.config import Settings
from threadline.errors import NotFoundError
from threadline.store.tables.cases import CaseReport
from threadline.store.tables.reports import Report


def report_summary(report: Report) -> dict[str, Any]:
    return {
        "id": report.id,
        "channel": report.channel,
        "received_at": report.received_at.isoformat(),
        "status": report.status,
        "title": report.title,
    }


def attach_report(
    *, session: Session, settings: Settings, principal: Principal, case_id: int, report_id: int
) -> dict[str, Any]:
    """Attach a report the principal may read to a case they may change; attaching twice is a no-op."""
    writable_case(session, principal, case_id)
    report = session.scalars(
        select(Report).where(Report.id == report_id, report_read_clause(principal))
    ).first()
    if report is None:
        raise NotFoundError(f"report {report_id} does not exist")
    existing = session.scalars(
        select(CaseReport).where(CaseReport.case_id == case_id, CaseReport.report_id == report_id)
    ).first()
    if existing is None:
        session.add(CaseReport(case_id=case_id, report_id=report_id, added_by_user_id=principal.user_id))
        session.flush()
        note(
            session,
            settings,
            principal,
            "case.attach_report",
            record_type="case",
            record_id=case_id,
            detail={"report_id": report_id},
        )
    return {"case_id": case_id, "report_id": report_id, "attached": existing is None}


def case_reports_statement(principal: Principal, case_id: int) -> Any:
    """The case's reports this principal may read, as one query (for lists and exports)."""
    return (
        select(Report)
        .join(CaseReport, CaseReport.report_id == Report.id)
        .where(CaseReport.case_id == case_id, report_read_clause(principal))
        .order_by(Report.id)
    )


def list_case_reports(*, session: Session, principal: Principal, case_id: int) -> list[dict[str, Any]]:
    readable_case(session, principal, case_id)
    return [report_summary(r) for r in session.scalars(case_reports_statement(principal, case_id))]
