"""`/cases`: list and read cases, share one (with or without victims' identities)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, status
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select, update

from threadline.api.deps import RecordId
from threadline.auth.dependencies import require
from threadline.auth.errors import Forbidden
from threadline.auth.policy import Permission, case_access, may_share_case, readable_cases
from threadline.auth.principal import Principal
from threadline.errors import NotFoundError, ThreadlineError
from threadline.store import audit
from threadline.store.database import Database
from threadline.store.tables.auth import Organisation, User
from threadline.store.tables.cases import Case, CaseParticipant

router = APIRouter(prefix="/cases", tags=["cases"])
# The permission each route needs, declared once and read by the authorisation tests.
AsCaseRead = Annotated[Principal, Depends(require(Permission.CASE_READ))]
AsCaseShare = Annotated[Principal, Depends(require(Permission.CASE_SHARE))]


class CaseOut(BaseModel):
    id: int
    title: str
    status: str
    restricted: bool
    owner_organisation_id: int


class ShareIn(BaseModel):
    user_id: int | None = Field(default=None)
    organisation_id: int | None = Field(default=None)
    # "Need": this participant needs victims' identities. For a partner it opens only the identities
    # of victims who consented to sharing them.
    identity_access: bool = False

    @model_validator(mode="after")
    def _one_of(self) -> ShareIn:
        if (self.user_id is None) == (self.organisation_id is None):
            raise ValueError("give exactly one of user_id or organisation_id")
        return self


def _out(case: Case) -> CaseOut:
    return CaseOut(
        id=case.id,
        title=case.title,
        status=case.status,
        restricted=case.restricted,
        owner_organisation_id=case.owner_organisation_id,
    )


@router.get("", response_model=list[CaseOut])
def list_cases(request: Request, principal: AsCaseRead, limit: int = 100) -> list[CaseOut]:
    db: Database = request.app.state.db
    with db.session() as session:
        statement = readable_cases(principal).order_by(Case.id).limit(max(1, min(limit, 500)))
        return [_out(case) for case in session.scalars(statement)]


@router.get("/{case_id}", response_model=CaseOut)
def get_case(case_id: RecordId, request: Request, principal: AsCaseRead) -> CaseOut:
    db: Database = request.app.state.db
    with db.session() as session:
        access = case_access(session, principal, case_id)
        if access is None:
            raise NotFoundError(f"no case {case_id}")
        if access.case.restricted:
            audit.record(
                session,
                db.settings,
                "read.case",
                actor=principal.audit_name,
                actor_user_id=principal.user_id,
                record_type="case",
                record_id=case_id,
            )
        return _out(access.case)


@router.post("/{case_id}/participants", status_code=status.HTTP_204_NO_CONTENT)
def share_case(
    case_id: RecordId,
    body: ShareIn,
    request: Request,
    principal: AsCaseShare,
) -> None:
    db: Database = request.app.state.db
    with db.session() as session:
        if case_access(session, principal, case_id) is None:
            raise NotFoundError(f"no case {case_id}")
        if not may_share_case(session, principal, case_id):
            raise Forbidden("only the owning organisation's supervisors share a case")
        target = User if body.user_id is not None else Organisation
        target_id = body.user_id if body.user_id is not None else body.organisation_id
        if session.get(target, target_id) is None:
            raise ThreadlineError("no such user or organisation", code="invalid")
        exists = session.scalars(
            select(CaseParticipant.id).where(
                CaseParticipant.case_id == case_id,
                CaseParticipant.user_id.is_(None)
                if body.user_id is None
                else CaseParticipant.user_id == body.user_id,
                CaseParticipant.organisation_id.is_(None)
                if body.organisation_id is None
                else CaseParticipant.organisation_id == body.organisation_id,
            )
        ).first()
        if exists is None:
            session.add(
                CaseParticipant(
                    case_id=case_id,
                    user_id=body.user_id,
                    organisation_id=body.organisation_id,
                    identity_access=body.identity_access,
                )
            )
        else:
            # Sharing again restates the decision, identity access included (it can be withdrawn).
            session.execute(
                update(CaseParticipant)
                .where(CaseParticipant.id == exists)
                .values(identity_access=body.identity_access)
            )
        audit.record(
            session,
            db.settings,
            "case.share",
            actor=principal.audit_name,
            actor_user_id=principal.user_id,
            record_type="case",
            record_id=case_id,
            detail={
                "user_id": body.user_id,
                "organisation_id": body.organisation_id,
                "identity_access": body.identity_access,
            },
        )
