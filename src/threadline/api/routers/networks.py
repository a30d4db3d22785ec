"""`GET /networks`: entities tied together across reports, with communities and central entities."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from threadline.api.deps import get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission, report_read_clause
from threadline.auth.principal import Principal
from threadline.services.graph import networks
from threadline.store.database import Database
from threadline.store.tables.reports import Report

router = APIRouter(tags=["entities"])


@router.get("/networks")
def list_networks(
    principal: Annotated[Principal, Depends(require(Permission.REPORT_READ))],
    min_reports: int = Query(2, ge=1, le=1000),
    db: Database = Depends(get_db),
) -> list[dict[str, Any]]:
    with db.session() as session:
        # Built only from the reports this reader may see (a restricted case's reports stay out).
        readable = select(Report.id).where(report_read_clause(principal))
        return networks(session, min_reports=min_reports, readable_reports=readable)
