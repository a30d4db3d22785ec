"""Receipts for anonymous reporters: a code to find the report and a passphrase to prove it is theirs.

The code is stored only as a blind index (keyed hash) and the passphrase as an Argon2id hash: a copy of
the database gives neither. An unknown code costs the same Argon2 work as a wrong passphrase, and a code
is locked after too many wrong passphrases.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from threadline.auth.passwords import hash_password, verify_dummy, verify_password
from threadline.config import Settings
from threadline.errors import ThreadlineError
from threadline.store.base import utcnow
from threadline.store.crypto import blind_index
from threadline.store.tables.receipts import ReportAddition, ReportReceipt

# Crockford's base32 without look-alikes: read off a screen, written on paper, typed on a phone.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_CHARS = 12  # 60 bits: not guessable before the limiter and lockout stop you
PASSPHRASE_GROUPS = 5  # 5 × 4 characters = 100 bits
MAX_FAILURES = 10
INDEX_FIELD = "report_receipts.code"


def _random(n: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def normalise(value: str) -> str:
    cleaned = value.upper().replace("-", "").replace(" ", "")
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def issue_receipt(session: Session, report_id: int, *, settings: Settings | None = None) -> tuple[str, str]:
    """A (code, passphrase) pair for `report_id`, shown once to the reporter and stored only hashed."""
    settings = settings or _settings_of(session)
    if session.scalars(select(ReportReceipt.id).where(ReportReceipt.report_id == report_id)).first():
        raise ThreadlineError("this report already has a receipt", code="conflict")
    code = _random(CODE_CHARS)
    passphrase = "-".join(_random(4) for _ in range(PASSPHRASE_GROUPS))
    session.add(
        ReportReceipt(
            report_id=report_id,
            code_digest=blind_index(settings, INDEX_FIELD, code),
            passphrase_hash=hash_password(normalise(passphrase)),
            failed_attempts=0,
            locked=False,
            issued_on=utcnow().date(),  # the day only: a precise time could identify the reporter
        )
    )
    session.flush()
    return format_code(code), passphrase


def verify_receipt(
    session: Session, code: str, passphrase: str, *, settings: Settings | None = None
) -> int | None:
    """The report id if code and passphrase match (and the code is not locked); otherwise None."""
    settings = settings or _settings_of(session)
    raw = normalise(code)
    receipt = None
    if len(raw) == CODE_CHARS:
        digest = blind_index(settings, INDEX_FIELD, raw)
        receipt = session.scalars(select(ReportReceipt).where(ReportReceipt.code_digest == digest)).first()
    if receipt is None:
        verify_dummy(passphrase)
        return None
    matched = verify_password(receipt.passphrase_hash, normalise(passphrase)[:200])
    if receipt.locked:
        return None
    if not matched:
        receipt.failed_attempts += 1
        if receipt.failed_attempts >= MAX_FAILURES:
            receipt.locked = True
        return None
    receipt.failed_attempts = 0
    return receipt.report_id


def add_information(session: Session, settings: Settings, report_id: int, text: str) -> ReportAddition:
    # No audit event, like the anonymous report itself: an event's precise time (and its place in the
    # chain between staff events) would say when the reporter wrote. The day is kept on the row.
    addition = ReportAddition(report_id=report_id, text=text, received_on=utcnow().date())
    session.add(addition)
    session.flush()
    return addition


def _settings_of(session: Session) -> Settings:
    """Settings stashed on the session by the caller (`session.info["settings"]`), else the environment."""
    found = session.info.get("settings")
    if isinstance(found, Settings):
        return found
    from threadline.config import load_settings

    return load_settings()
