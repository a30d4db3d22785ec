"""Cases: who owns a case, whether it is restricted, who takes part (and whether a share includes victims'
identities), and which reports belong to it. Victims are in `victims.py`; the policy reads these."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from threadline.store.base import Base, utcnow


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(200))
    # HTCDS statuses: active, follow-up, closed, closed-referred.
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    # A restricted case is visible only to its participants and its organisation's supervisors.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseParticipant(Base):
    """A user taking part in a case, or a partner organisation the case is shared with."""

    __tablename__ = "case_participants"
    __table_args__ = (
        UniqueConstraint("case_id", "user_id", "organisation_id", name="uq_case_participants_member"),
        CheckConstraint("(user_id IS NULL) <> (organisation_id IS NULL)", name="user_xor_organisation"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id"), nullable=True, index=True
    )
    # "Need": the supervisor who shared the case decided this participant needs victims' identities.
    # For partners it opens an identity only where that victim also consented to sharing it.
    identity_access: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseReport(Base):
    """A report that belongs to a case: the policy hides it from whoever may not read a restricted case."""

    __tablename__ = "case_reports"
    __table_args__ = (UniqueConstraint("case_id", "report_id", name="uq_case_reports_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    added_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
