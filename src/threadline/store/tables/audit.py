"""The audit log: one row per event, hash-chained, never updated or deleted (database triggers refuse)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from threadline.store.base import Base


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_record", "record_type", "record_id"),)

    # Assigned by the writer (last + 1) rather than by the database, so a gap means a deleted event.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor_user_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    actor: Mapped[str] = mapped_column(String(100))  # username, "anonymous" or "system"
    action: Mapped[str] = mapped_column(String(50), index=True)
    record_type: Mapped[str | None] = mapped_column(String(50), nullable=True)
    record_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Context without sensitive values (ids, field names, counts, reasons), as canonical JSON text:
    # hashed exactly as stored, so verifying never re-serialises (and cannot disagree about spacing).
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    @property
    def detail(self) -> dict[str, Any]:
        return json.loads(self.detail_json)
