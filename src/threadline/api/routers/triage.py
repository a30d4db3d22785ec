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


@router.post("/referrals", dependencies=[Depends(require(Permission.REFERRAL_CREATE))])
def draft_nrm_referral(request: ReferralRequest = Body(...)) -> dict[str, Any]:
    """Draft an NRM referral or a Duty to Notify. Nothing is sent anywhere."""
    return draft_referral(request, prepared_on=date.today()).to_dict()


@router.post(
    "/referrals/pdf",
    dependencies=[Depends(require(Permission.REFERRAL_CREATE))],
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def draft_nrm_referral_pdf(request: ReferralRequest = Body(...)) -> Response:
    """The same draft as a printable PDF. Nothing is sent anywhere."""
    draft = draft_referral(request, prepared_on=date.today())
    return Response(
        render_pdf(draft),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{draft.kind.value}-draft.pdf"'},
    )
