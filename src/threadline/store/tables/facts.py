"""What extraction found in a report: its mentions and classifications, each pointing at evidence spans.

Machine output only. A re-run of extraction replaces the machine's earlier output for that report;
analysts' corrections, when they come, are separate records that are never overwritten.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from threadline.store.base import Base, utcnow


class ReportFacts(Base):
    """One row per extracted report: the run's metadata and the case summary (eval schema shape)."""

    __tablename__ = "report_facts"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    components: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    extractor: Mapped[str] = mapped_column(String(60))
    confidence: Mapped[float] = mapped_column(Float)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ClassificationRow(Base):
    __tablename__ = "classifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    scheme: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(60), index=True)
    evidence: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    extractor: Mapped[str] = mapped_column(String(60))
    confidence: Mapped[float] = mapped_column(Float)


class TriageRow(Base):
    """The latest triage of a report: its score sorts the analysts' inbox."""

    __tablename__ = "triage_results"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    jurisdiction: Mapped[str] = mapped_column(String(8))
    score: Mapped[int] = mapped_column(Integer, index=True)
    urgent: Mapped[bool] = mapped_column(default=False, index=True)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    assessed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
