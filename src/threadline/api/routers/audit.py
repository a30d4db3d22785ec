"""`/audit/…`: check the audit chain and read a record's history (supervisors and admins)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.auth.principal import Principal
from threadline.store import audit
from threadline.store.database import Database

router = APIRouter(prefix="/audit", tags=["audit"])
AsAuditor = Annotated[Principal, Depends(require(Permission.AUDIT_READ))]


class VerificationOut(BaseModel):
    ok: bool
    checked: int
    head: str
    first_broken: int | None
    reason: str | None


class EventOut(BaseModel):
    seq: int
    at: datetime
    actor: str
    action: str
    record_type: str | None
    record_id: str | None
    detail: dict[str, Any]


@router.get("/verify", response_model=VerificationOut)
def verify_chain(request: Request, principal: AsAuditor) -> VerificationOut:
    db: Database = request.app.state.db
    with db.session() as session:
        result = audit.verify(session, db.settings)
    with db.session() as session:
        audit.record(
            session,
            db.settings,
            "audit.verify",
            actor=principal.audit_name,
            actor_user_id=principal.user_id,
            detail={"ok": result.ok, "checked": result.checked},
        )
    return VerificationOut(**result.__dict__)


@router.get("/events", response_model=list[EventOut])
def record_history(
    request: Request,
    principal: AsAuditor,
    record: str = Query(..., max_length=120, description="e.g. report:12, case:3, user:7"),
    limit: int = Query(200, ge=1, le=1000),
) -> list[EventOut]:
    db: Database = request.app.state.db
    with db.session() as session:
        events = audit.events_for_record(session, record, limit=limit)
        out = [
            EventOut(
                seq=e.seq,
                at=e.at,
                actor=e.actor,
                action=e.action,
                record_type=e.record_type,
                record_id=e.record_id,
                detail=e.detail,
            )
            for e in events
        ]
        # Reading who looked at a record is itself a sensitive read.
        audit.record(
            session,
            db.settings,
            "read.audit",
            actor=principal.audit_name,
            actor_user_id=principal.user_id,
            detail={"record": record[:120]},
        )
    return out
