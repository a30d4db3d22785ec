"""`GET /reports/{id}/triage` and `POST /referrals`: risk, routes and referral drafts."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Response

from threadline.api.deps import RecordId, get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission, readable_report
from threadline.auth.principal import Principal
from threadline.errors import NotFoundError
from threadline.services.triage import triage_report
from threadline.store import audit
from threadline.store.database import Database
from threadline.triage.referral import ReferralRequest, draft_referral
from threadline.triage.referral_pdf import render_pdf

router = APIRouter(tags=["triage"])


@router.get("/reports/{report_id}/triage")
def report_triage(
    report_id: RecordId,
    principal: Annotated[Principal, Depends(require(Permission.REPORT_READ))],
    jurisdiction: str | None = Query(None, min_length=2, max_length=8),
    db: Database = Depends(get_db),
) -> dict[str, Any]:
    """Score, reasons (with evidence spans) and routes, most important first."""
    with db.session() as session:
        report = readable_report(session, principal, report_id)
        if report is None:
            raise NotFoundError(f"report {report_id} does not exist")
        return triage_report(session, report, jurisdiction)


AsReferrer = Annotated[Principal, Depends(require(Permission.REFERRAL_CREATE))]


def _audit_draft(db: Database, principal: Principal, draft: Any, form: str) -> None:
    # A draft carries a victim's identity out of the system: an export, so an audit event (its kind
    # and form only, never the identity it carries).
    with db.session() as session:
        audit.record(
            session,
            db.settings,
            "referral.draft",
            actor=principal.audit_name,
            actor_user_id=principal.user_id,
            record_type="referral",
            detail={"kind": draft.kind.value, "form": form},
        )


@router.post("/referrals")
def draft_nrm_referral(
    principal: AsReferrer, request: ReferralRequest = Body(...), db: Database = Depends(get_db)
) -> dict[str, Any]:
    """Draft an NRM referral or a Duty to Notify. Nothing is sent anywhere."""
    draft = draft_referral(request, prepared_on=date.today())
    _audit_draft(db, principal, draft, "json")
    return draft.to_dict()


@router.post(
    "/referrals/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def draft_nrm_referral_pdf(
    principal: AsReferrer, request: ReferralRequest = Body(...), db: Database = Depends(get_db)
) -> Response:
    """The same draft as a printable PDF. Nothing is sent anywhere."""
    draft = draft_referral(request, prepared_on=date.today())
    _audit_draft(db, principal, draft, "pdf")
    return Response(
        render_pdf(draft),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{draft.kind.value}-draft.pdf"'},
    )
