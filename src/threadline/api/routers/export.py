"""`GET /cases/{id}/export?format=json|csv`: the case as a file, redacted as the API redacts it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from threadline.api.deps import RecordId
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.auth.principal import Principal
from threadline.cases.export import ExportFormat, export_case
from threadline.store.database import Database

router = APIRouter(tags=["cases"])
AsCaseExport = Annotated[Principal, Depends(require(Permission.CASE_EXPORT))]


@router.get(
    "/cases/{case_id}/export",
    response_class=Response,
    responses={200: {"content": {"application/json": {}, "text/csv": {}}}},
)
def export(
    case_id: RecordId,
    request: Request,
    principal: AsCaseExport,
    fmt: Annotated[ExportFormat, Query(alias="format")] = ExportFormat.JSON,
) -> Response:
    db: Database = request.app.state.db
    with db.session() as session:
        result = export_case(
            session=session, settings=db.settings, principal=principal, case_id=case_id, fmt=fmt
        )
    return Response(
        result.content,
        media_type=result.media_type,
        headers={"Content-Disposition": f'attachment; filename="{result.filename}"'},
    )
