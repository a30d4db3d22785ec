"""The smallest case model the access policy needs: who owns a case, whether it is restricted, who takes
part. The cases stage grows it (reports, entities, operations, victims); the policy reads only these."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint
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
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
