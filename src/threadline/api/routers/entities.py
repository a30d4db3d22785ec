"""`/entities`: who and what recurs across reports, why each mention was joined, and their network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from threadline.api.deps import RecordId, get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission, report_read_clause
from threadline.auth.principal import Principal
from threadline.services.entities import entity_detail, network
from threadline.store.database import Database
from threadline.store.tables.reports import Report

# Entities come from reports (names, phones, addresses): readable by those who may read reports, and
# only through the reports each reader may see (a restricted case's reports stay hidden here too).
router = APIRouter(prefix="/entities", tags=["entities"])
AsReportReader = Annotated[Principal, Depends(require(Permission.REPORT_READ))]


@router.get("/{entity_id}")
def get_entity(
    entity_id: RecordId, principal: AsReportReader, db: Database = Depends(get_db)
) -> dict[str, Any]:
    """The entity, the reports it appears in, and each mention with the score and reasons of its link."""
    with db.session() as session:
        readable = select(Report.id).where(report_read_clause(principal))
        return entity_detail(session, entity_id, readable_reports=readable)


@router.get("/{entity_id}/network")
def get_network(
    entity_id: RecordId,
    principal: AsReportReader,
    depth: int = Query(2, ge=1, le=4),
    db: Database = Depends(get_db),
) -> dict[str, Any]:
    """Entities and reports around an entity as nodes and weighted edges."""
    with db.session() as session:
        readable = select(Report.id).where(report_read_clause(principal))
        return network(session, entity_id, depth, readable_reports=readable)
