"""`GET /health`: is the service up and can it reach its database?"""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text

from threadline import __version__
from threadline.api.deps import get_db
from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.store.database import Database

router = APIRouter(tags=["health"])


@router.get("/health", dependencies=[Depends(require(Permission.HEALTH_READ))])
def health(db: Database = Depends(get_db)) -> JSONResponse:
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        database = "ok"
    except Exception:
        database = "unreachable"
    status = 200 if database == "ok" else 503
    body = {"status": "ok" if status == 200 else "degraded", "database": database, "version": __version__}
    return JSONResponse(body, status_code=status)
