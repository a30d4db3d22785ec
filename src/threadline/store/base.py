"""The declarative base every table module registers on, with naming conventions Alembic can rely on."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


def utcday() -> datetime:
    """Midnight (UTC) of today: the only time kept for anything an anonymous reporter set off."""
    now = utcnow()
    return datetime(now.year, now.month, now.day, tzinfo=UTC)


# Set in a session's `info` while it handles an anonymous report: the queue then writes days, not times.
COARSE_TIME = "threadline.coarse_time"


def session_time(info: dict[str, object]) -> datetime:
    return utcday() if info.get(COARSE_TIME) else utcnow()
