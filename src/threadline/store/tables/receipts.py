"""Receipts let an anonymous reporter come back to a report without an account, and what they add.

Nothing here can point at a person: no address, no user agent, and dates only to the day.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from threadline.store.base import Base


class ReportReceipt(Base):
    __tablename__ = "report_receipts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), unique=True)
    # A keyed hash (blind index) of the code: found by lookup, but useless to whoever copies the table.
    code_digest: Mapped[str] = mapped_column(String(64), unique=True)
    passphrase_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_on: Mapped[date] = mapped_column(Date)


class ReportAddition(Base):
    """More information an anonymous reporter sent later, through their receipt."""

    __tablename__ = "report_additions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date)
