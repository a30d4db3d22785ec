"""The public channel: anyone may report, no account, and an anonymous reporter leaves no trace.

Accepts JSON (`PublicReportIn`) or multipart/form-data with a `text` field and optional `files`.
Nothing about the request (address, user agent, exact time) is read or stored.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Request, status
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from threadline.api.deps import get_db
from threadline.api.schemas import PublicReportIn, Receipt, SubmissionResult, Submitted
from threadline.auth.dependencies import rate_limited, require
from threadline.auth.policy import Permission
from threadline.auth.receipts import issue_receipt
from threadline.errors import IntakeError, TooLargeError
from threadline.intake.formats import parse_submission
from threadline.intake.parsers.jsondoc import canonical_json
from threadline.intake.service import accept, parse_anonymity
from threadline.intake.types import ParsedReport
from threadline.store.database import Database
from threadline.taxonomy.channels import Anonymity, Channel

router = APIRouter(tags=["public"])

_REQUEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": PublicReportIn.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "minLength": 1},
                        "anonymity": {
                            "type": "string",
                            "enum": ["anonymous", "confidential", "consent_to_share"],
                        },
                        "language": {"type": "string"},
                        "contact": {"type": "string", "maxLength": 500},
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                    },
                }
            },
        },
    }
}


def _validation_message(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors())


async def _read_json(request: Request, limit: int) -> PublicReportIn:
    body = await request.body()
    if len(body) > limit:
        raise TooLargeError(f"the report is {len(body):,} bytes; the limit is {limit:,} bytes")
    try:
        return PublicReportIn.model_validate_json(body)
    except ValidationError as exc:
        raise IntakeError(_validation_message(exc), code="invalid") from None


def _report_from_fields(fields: PublicReportIn) -> ParsedReport:
    return ParsedReport(
        raw=canonical_json(fields.model_dump(mode="json", exclude_none=True, exclude={"contact"})),
        text=fields.text,
        format="json",
        content_type="application/json",
        language=fields.language,
        metadata={"answers": fields.answers} if fields.answers else {},
    )


@router.post(
    "/public/reports",
    status_code=status.HTTP_201_CREATED,
    response_model=SubmissionResult,
    openapi_extra=_REQUEST_BODY,
    dependencies=[Depends(require(Permission.REPORT_SUBMIT)), Depends(rate_limited("public_submit"))],
)
async def submit_public_report(request: Request, db: Database = Depends(get_db)) -> SubmissionResult:
    limit = db.settings.max_report_bytes
    content_type = request.headers.get("content-type", "")
    attachments: list[ParsedReport] = []
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=10, max_fields=20)
        raw_answers = form.get("answers")
        try:
            fields = PublicReportIn(
                text=str(form.get("text") or ""),
                anonymity=str(form.get("anonymity") or "anonymous"),  # type: ignore[arg-type]
                language=str(form["language"]) if form.get("language") else None,
                answers=json.loads(str(raw_answers)) if raw_answers else None,
                contact=str(form["contact"]) if form.get("contact") else None,
            )
        except (ValidationError, json.JSONDecodeError) as exc:
            message = _validation_message(exc) if isinstance(exc, ValidationError) else "answers: not JSON"
            raise IntakeError(message, code="invalid") from None
        for upload in form.getlist("files"):
            if not isinstance(upload, UploadFile):
                continue
            data = await upload.read(limit + 1)
            if len(data) > limit:
                raise TooLargeError(f"the file {upload.filename!r} is larger than {limit:,} bytes")
            # Attached files are reports in their own right, linked to the typed text by the upload.
            attachments.extend(parse_submission(data, name=None))
    elif content_type.startswith("application/json") or not content_type:
        fields = await _read_json(request, limit)
    else:
        raise IntakeError(
            f"unsupported content type {content_type!r}: send application/json or multipart/form-data",
            code="unsupported_media_type",
        )
    anonymity = parse_anonymity(fields.anonymity)
    accepted = accept(
        db,
        [_report_from_fields(fields), *attachments],
        channel=Channel.PUBLIC_WEB,
        anonymity=anonymity,
        reporter_contact=fields.contact,
    )
    receipt = None
    if anonymity is Anonymity.ANONYMOUS and not accepted[0].duplicate:
        with db.session() as session:
            code, passphrase = issue_receipt(session, accepted[0].report_id, settings=db.settings)
        receipt = Receipt(code=code, passphrase=passphrase)
    return SubmissionResult(
        reports=[Submitted(id=a.report_id, duplicate=a.duplicate, sha256=a.sha256) for a in accepted],
        receipt=receipt,
    )
