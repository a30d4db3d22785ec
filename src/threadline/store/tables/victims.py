"""Victims of a case. Identity fields are stored only as AES-GCM ciphertext bound to their column and
row (`store/crypto.py`); lookups go through keyed blind indexes. A dump of this table names nobody."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from threadline.store.base import Base, utcnow

# The encrypted columns, in the order forms and exports show them. Rotation re-encrypts each one.
VICTIM_IDENTITY_COLUMNS = ("name", "aliases", "date_of_birth", "address", "phone", "email", "document_number")


class Victim(Base):
    __tablename__ = "victims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    # Identity: ciphertext only ("victims.<column>" and the row id are the associated data).
    name: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    aliases: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # JSON list, encrypted
    date_of_birth: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # ISO date, encrypted
    address: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    phone: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    email: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    document_number: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # Blind indexes (HMAC under a key derived from the key ring): equality lookup without the value.
    name_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    date_of_birth_index: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # What helps without identifying: shown to everyone who may read the case.
    age_band: Mapped[str | None] = mapped_column(String(10), nullable=True)
    gender: Mapped[str | None] = mapped_column(String(20), nullable=True)
    nationality: Mapped[str | None] = mapped_column(String(3), nullable=True)
    consent_to_share_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    navigator_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    support_status: Mapped[str] = mapped_column(String(30), default="identified")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
