"""`/alerts`: the in-app alerts raised by triage (urgent reports, reports touching open cases)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from threadline.api.deps import RecordId, get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission, case_read_clause, report_read_clause
from threadline.auth.principal import Principal
from threadline.errors import NotFoundError
from threadline.store import audit
from threadline.store.base import utcnow
from threadline.store.database import Database
from threadline.store.tables.alerts import AlertRow
from threadline.store.tables.cases import Case
from threadline.store.tables.reports import Report

router = APIRouter(prefix="/alerts", tags=["alerts"])


def _about_readable_reports(principal: Principal) -> ColumnElement[bool]:
    # An alert carries its report's id and reasons: only about reports the reader may see.
    return AlertRow.report_id.in_(select(Report.id).where(report_read_clause(principal)))


def _readable_case_ids(session: Session, principal: Principal, rows: list[AlertRow]) -> set[int]:
    # An alert names the owner's open cases; a reader who may not see a (restricted) case must not
    # learn that it exists, so only the cases they may read are shown.
    wanted = {int(c) for row in rows for c in row.case_ids}
    if not wanted:
        return set()
    return set(session.scalars(select(Case.id).where(Case.id.in_(wanted), case_read_clause(principal))))


def _out(row: AlertRow, readable_cases: set[int]) -> dict[str, Any]:
    return {
        "id": row.id,
        "report_id": row.report_id,
        "recipient": row.recipient,
        "roles": list(row.roles),
        "case_ids": [c for c in row.case_ids if int(c) in readable_cases],
        "score": row.score,
        "urgent": row.urgent,
        "reasons": list(row.reasons),
        "created_at": row.created_at.isoformat(),
        "read": row.read_at is not None,
    }


@router.get("")
def list_alerts(
    principal: Annotated[Principal, Depends(require(Permission.REPORT_READ))],
    unread: bool = Query(False, description="Only alerts nobody has marked read."),
    limit: int = Query(50, ge=1, le=500),
    db: Database = Depends(get_db),
) -> list[dict[str, Any]]:
    """Newest first, urgent ones before the rest."""
    statement = (
        select(AlertRow)
        .where(_about_readable_reports(principal))
        .order_by(AlertRow.urgent.desc(), AlertRow.id.desc())
        .limit(limit)
    )
    if unread:
        statement = statement.where(AlertRow.read_at.is_(None))
    with db.session() as session:
        rows = list(session.scalars(statement))
        readable = _readable_case_ids(session, principal, rows)
        return [_out(row, readable) for row in rows]


@router.post("/{alert_id}/read")
def mark_read(
    alert_id: RecordId,
    principal: Annotated[Principal, Depends(require(Permission.ALERT_HANDLE))],
    db: Database = Depends(get_db),
) -> dict[str, Any]:
    with db.session() as session:
        row = session.scalars(
            select(AlertRow).where(AlertRow.id == alert_id, _about_readable_reports(principal))
        ).first()
        if row is None:
            raise NotFoundError(f"alert {alert_id} does not exist")
        if row.read_at is None:
            row.read_at = utcnow()
            audit.record(
                session,
                db.settings,
                "alert.read",
                actor=principal.audit_name,
                actor_user_id=principal.user_id,
                record_type="alert",
                record_id=row.id,
            )
        return _out(row, _readable_case_ids(session, principal, [row]))
