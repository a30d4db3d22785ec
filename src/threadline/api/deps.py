"""Dependencies shared by routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Request

from threadline.store.database import Database


def get_db(request: Request) -> Database:
    return request.app.state.db


# Database ids are 64-bit: a larger number in a path is a 422, not an overflow deep in the driver.
MAX_ID = 2**63 - 1
RecordId = Annotated[int, Path(ge=1, le=MAX_ID, description="Record id")]
