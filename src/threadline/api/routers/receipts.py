"""`POST /public/reports/{code}/additions`: an anonymous reporter adds to their report with a receipt.

No account, and nothing about the request is read or kept (address, user agent, precise time).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, status
from pydantic import BaseModel, Field

from threadline.auth import receipts
from threadline.auth.dependencies import rate_limited, require
from threadline.auth.policy import Permission
from threadline.auth.principal import Principal
from threadline.errors import NotFoundError, TooLargeError
from threadline.store.database import Database

router = APIRouter(tags=["public"])
# The permission each route needs, declared once and read by the authorisation tests.
AsReportAddByReceipt = Annotated[Principal, Depends(require(Permission.REPORT_ADD_BY_RECEIPT))]


class AdditionIn(BaseModel):
    passphrase: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1)


class AdditionOut(BaseModel):
    status: str = "received"


@router.post(
    "/public/reports/{code}/additions",
    status_code=status.HTTP_201_CREATED,
    response_model=AdditionOut,
    dependencies=[Depends(rate_limited("receipt"))],
)
def add_to_report(
    code: str,
    body: AdditionIn,
    request: Request,
    _: AsReportAddByReceipt,
) -> AdditionOut:
    db: Database = request.app.state.db
    limit = db.settings.max_report_bytes
    if len(body.text.encode("utf-8")) > limit:
        raise TooLargeError(f"the addition is larger than {limit:,} bytes")
    with db.session() as session:
        # A failed attempt must be committed (it counts towards locking the code), so decide inside
        # the unit of work and raise after it.
        report_id = receipts.verify_receipt(session, code[:64], body.passphrase, settings=db.settings)
        if report_id is not None:
            receipts.add_information(session, db.settings, report_id, body.text)
    if report_id is None:
        # One answer for unknown code, wrong passphrase and locked code: nothing to probe.
        raise NotFoundError("no report matches this code and passphrase")
    return AdditionOut()
