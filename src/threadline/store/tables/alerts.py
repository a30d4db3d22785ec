"""Alerts shown in the app (and sent by webhook or e-mail), and the entities a case is watching."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from threadline.store.base import Base, utcnow


class CaseEntity(Base):
    """An entity that belongs to a case: a new report touching it alerts the case's people."""

    __tablename__ = "case_entities"
    __table_args__ = (UniqueConstraint("case_id", "entity_id", name="uq_case_entities_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AlertRow(Base):
    """One alert for one recipient about one report. Carries ids and reason codes, never report text."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("report_id", "recipient", name="uq_alerts_report_recipient"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(100), index=True)  # "user:12" or "duty_analyst"
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    case_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    score: Mapped[int] = mapped_column(Integer)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
