"""`/entities`: who and what recurs across reports, why each mention was joined, and their network."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from threadline.api.deps import RecordId, get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.services.entities import entity_detail, network
from threadline.store.database import Database

# Entities come from reports (names, phones, addresses): readable by those who may read reports.
router = APIRouter(
    prefix="/entities", tags=["entities"], dependencies=[Depends(require(Permission.REPORT_READ))]
)


@router.get("/{entity_id}")
def get_entity(entity_id: RecordId, db: Database = Depends(get_db)) -> dict[str, Any]:
    """The entity, the reports it appears in, and each mention with the score and reasons of its link."""
    with db.session() as session:
        return entity_detail(session, entity_id)


@router.get("/{entity_id}/network")
def get_network(
    entity_id: RecordId, depth: int = Query(2, ge=1, le=4), db: Database = Depends(get_db)
) -> dict[str, Any]:
    """Entities and reports around an entity as nodes and weighted edges."""
    with db.session() as session:
        return network(session, entity_id, depth)
