"""`GET /reports/{report_id}/contact`: reveal a reporter's contact details, to those allowed, audited.

Kept apart from the report views so the contact never rides along in a list or a detail page: it is
decrypted only when someone asks for it by name, and every such reveal leaves an audit event.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel
from sqlalchemy import select

from threadline.api.deps import RecordId
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission, report_read_clause
from threadline.auth.principal import Principal
from threadline.auth.sensitive import reveal_reporter_contact
from threadline.errors import NotFoundError
from threadline.store.database import Database
from threadline.store.tables.reports import Report

router = APIRouter(tags=["reports"])
AsContactReader = Annotated[Principal, Depends(require(Permission.REPORT_CONTACT_READ))]


class ContactOut(BaseModel):
    report_id: int
    reporter_contact: str | None


@router.get("/reports/{report_id}/contact", response_model=ContactOut)
def reporter_contact(report_id: RecordId, request: Request, principal: AsContactReader) -> ContactOut:
    db: Database = request.app.state.db
    with db.session() as session:
        report = session.scalars(
            select(Report).where(Report.id == report_id, report_read_clause(principal))
        ).first()
        if report is None:
            raise NotFoundError(f"report {report_id} does not exist")
        contact = reveal_reporter_contact(session, db.settings, principal, report)
    return ContactOut(report_id=report_id, reporter_contact=contact)
