"""`GET /search?q=…`: cases, victims (exact name or date of birth) and reports the caller may read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.auth.principal import Principal
from threadline.cases.search import MAX_QUERY, MIN_QUERY, search
from threadline.store.database import Database

router = APIRouter(tags=["search"])
AsSearcher = Annotated[Principal, Depends(require(Permission.SEARCH))]


@router.get("/search")
def search_everything(
    request: Request,
    principal: AsSearcher,
    q: Annotated[str, Query(min_length=MIN_QUERY, max_length=MAX_QUERY)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    db: Database = request.app.state.db
    with db.session() as session:
        return search(session=session, settings=db.settings, principal=principal, query=q, limit=limit)
