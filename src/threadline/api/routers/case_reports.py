"""`/cases/{id}/reports`: attach a report to a case, list the case's reports the reader may read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from threadline.api.deps import MAX_ID, RecordId
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.auth.principal import Principal
from threadline.cases.reports import attach_report, list_case_reports
from threadline.store.database import Database

router = APIRouter(prefix="/cases/{case_id}/reports", tags=["cases"])
AsCaseRead = Annotated[Principal, Depends(require(Permission.CASE_READ))]
AsCaseWrite = Annotated[Principal, Depends(require(Permission.CASE_WRITE))]


class AttachIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    report_id: Annotated[int, Field(ge=1, le=MAX_ID)]


class AttachOut(BaseModel):
    case_id: int
    report_id: int
    attached: bool  # false when it already belonged to the case


class CaseReportOut(BaseModel):
    id: int
    channel: str
    received_at: str
    status: str
    title: str | None


@router.post("", response_model=AttachOut)
def attach(case_id: RecordId, body: AttachIn, request: Request, principal: AsCaseWrite) -> Any:
    db: Database = request.app.state.db
    with db.session() as session:
        return attach_report(
            session=session,
            settings=db.settings,
            principal=principal,
            case_id=case_id,
            report_id=body.report_id,
        )


@router.get("", response_model=list[CaseReportOut])
def case_reports(case_id: RecordId, request: Request, principal: AsCaseRead) -> Any:
    db: Database = request.app.state.db
    with db.session() as session:
        return list_case_reports(session=session, principal=principal, case_id=case_id)
