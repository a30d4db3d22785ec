"""`GET /reports/{id}/facts`: what extraction found in a report, each fact with its evidence span."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy import select

from threadline.api.deps import RecordId, get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission, readable_report, report_read_clause
from threadline.auth.principal import Principal
from threadline.errors import NotFoundError
from threadline.services.extraction import load_facts
from threadline.store.database import Database
from threadline.store.tables.reports import Report

router = APIRouter(tags=["facts"])
# A report attached to a restricted case is hidden by the policy: 404 here as everywhere.
AsReportReader = Annotated[Principal, Depends(require(Permission.REPORT_READ))]


@router.get("/reports/{report_id}/facts")
def report_facts(
    report_id: RecordId, principal: AsReportReader, db: Database = Depends(get_db)
) -> dict[str, Any]:
    with db.session() as session:
        report = readable_report(session, principal, report_id)
        if report is None:
            raise NotFoundError(f"report {report_id} does not exist")
        facts = load_facts(session, report_id)
        if facts is None:
            raise NotFoundError(f"report {report_id} has not been extracted yet (status: {report.status})")
        body = facts.to_dict()
    body["report_id"] = report_id
    for mention in body["mentions"]:
        mention["span"] = list(mention["span"])
    return body


@router.get("/reports/{report_id}/similar")
def similar_reports(
    report_id: RecordId, principal: AsReportReader, db: Database = Depends(get_db)
) -> dict[str, Any]:
    """Reports written from the same text as this one (near duplicates, any language)."""
    from threadline.services.neardup import group_members

    with db.session() as session:
        if readable_report(session, principal, report_id) is None:
            raise NotFoundError(f"report {report_id} does not exist")
        members = group_members(session, report_id)
        # Only the duplicates this reader may see: a hidden report's id is not theirs to learn.
        visible = set(
            session.scalars(select(Report.id).where(Report.id.in_(members), report_read_clause(principal)))
        )
    return {
        "report_id": report_id,
        "near_duplicates": [m for m in members if m != report_id and m in visible],
    }
