"""`GET /networks`: entities tied together across reports, with communities and central entities."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from threadline.api.deps import get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.services.graph import networks
from threadline.store.database import Database

router = APIRouter(tags=["entities"])


@router.get("/networks", dependencies=[Depends(require(Permission.REPORT_READ))])
def list_networks(
    min_reports: int = Query(2, ge=1, le=1000), db: Database = Depends(get_db)
) -> list[dict[str, Any]]:
    with db.session() as session:
        return networks(session, min_reports=min_reports)
