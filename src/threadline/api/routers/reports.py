"""Staff channels: submit reports and read them back."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status
from sqlalchemy import func, select

from threadline.api.deps import RecordId, get_db
from threadline.api.schemas import Page, ReportDetail, ReportIn, ReportSummary, SubmissionResult, Submitted
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission, readable_report, report_read_clause
from threadline.auth.principal import Principal
from threadline.errors import NotFoundError
from threadline.intake.parsers.jsondoc import canonical_json
from threadline.intake.service import accept, parse_anonymity, parse_channel
from threadline.intake.types import ParsedReport
from threadline.store.database import Database
from threadline.store.tables.reports import Report

router = APIRouter(tags=["reports"])
AsReportReader = Annotated[Principal, Depends(require(Permission.REPORT_READ))]


def parsed_from_json(body: ReportIn) -> ParsedReport:
    # The contact is not part of the raw record: it is kept only encrypted, apart from the text.
    raw = canonical_json(
        body.model_dump(mode="json", exclude_none=True, exclude={"idempotency_key", "contact"})
    )
    return ParsedReport(
        raw=raw,
        text=body.text,
        format="json",
        content_type="application/json",
        title=body.title,
        language=body.language,
        published=body.published,
        url=body.url,
        metadata=body.metadata,
    )


@router.post("/reports", status_code=status.HTTP_201_CREATED, response_model=SubmissionResult)
def submit_report(
    body: ReportIn,
    principal: Annotated[Principal, Depends(require(Permission.REPORT_CREATE))],
    db: Database = Depends(get_db),
) -> SubmissionResult:
    accepted = accept(
        db,
        [parsed_from_json(body)],
        channel=parse_channel(body.channel),
        anonymity=parse_anonymity(body.anonymity),
        idempotency_key=body.idempotency_key,
        reporter_contact=body.contact,
        audited_as=(principal.audit_name, principal.user_id),
    )
    return SubmissionResult(
        reports=[Submitted(id=a.report_id, duplicate=a.duplicate, sha256=a.sha256) for a in accepted]
    )


@router.get("/reports", response_model=Page)
def list_reports(
    principal: AsReportReader,
    db: Database = Depends(get_db),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
    channel: str | None = Query(None),
    report_status: str | None = Query(None, alias="status"),
    received_from: date | None = Query(None),
    received_to: date | None = Query(None),
) -> Page:
    filters = [report_read_clause(principal)]  # the access policy, inside the query
    if channel:
        filters.append(Report.channel == parse_channel(channel).value)
    if report_status:
        filters.append(Report.status == report_status)
    if received_from:
        filters.append(func.date(Report.received_at) >= received_from.isoformat())
    if received_to:
        filters.append(func.date(Report.received_at) <= received_to.isoformat())
    with db.session() as session:
        total = session.scalar(select(func.count(Report.id)).where(*filters)) or 0
        rows = session.scalars(
            select(Report).where(*filters).order_by(Report.id.desc()).limit(limit).offset(offset)
        ).all()
        items = [ReportSummary.from_row(r) for r in rows]
    return Page(total=total, limit=limit, offset=offset, items=items)


@router.get("/reports/{report_id}", response_model=ReportDetail)
def get_report(
    report_id: RecordId, principal: AsReportReader, db: Database = Depends(get_db)
) -> ReportDetail:
    with db.session() as session:
        report = readable_report(session, principal, report_id)
        if report is None:
            raise NotFoundError(f"report {report_id} does not exist")
        return ReportDetail.from_row(report)
