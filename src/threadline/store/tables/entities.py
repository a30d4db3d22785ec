"""Entities (the same phone, plate or person across reports) and the links that say why."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from threadline.store.base import Base, utcnow


class Entity(Base):
    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    canonical: Mapped[str] = mapped_column(Text)
    # The deterministic key ("phone:+447911123456", a plate, an IBAN…); unique so that two workers
    # meeting the same phone at once still make one entity. Names have no key.
    key: Mapped[str | None] = mapped_column(String(300), unique=True, nullable=True)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EntityLink(Base):
    """Mention → entity, with the score and the reasons for the join (the explanation)."""

    __tablename__ = "entity_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), unique=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(20))  # key | name | new
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The waterfall of the comparison that made the join (prior + per-comparison weights), when a
    # probabilistic model made it.
    explanation: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReportSignature(Base):
    """A report's MinHash signature and its near-duplicate group (reports written from one template)."""

    __tablename__ = "report_signatures"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    # The smallest report id of the group: stable as the group grows, and the report itself when alone.
    group_id: Mapped[int] = mapped_column(Integer, index=True)
