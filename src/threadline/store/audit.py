"""The audit log: append-only, hash-chained events (who, what, when, which record).

Each event's hash is HMAC-SHA256(key, previous hash + the event's canonical content), keyed from the
key ring so that someone with write access to the database alone cannot forge a consistent chain.
Sequence numbers are assigned here (last + 1), so `verify` can tell a deleted event (a gap) from an
edited one (its own hash no longer matches) and a reordered one (it does not follow its predecessor).

Events carry ids, field names and reasons, never the sensitive values themselves.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from threadline.config import Settings
from threadline.store.base import utcnow
from threadline.store.crypto import Keyring, load_keyring
from threadline.store.tables.audit import AuditEvent

GENESIS = "0" * 64
KEY_PURPOSE = "audit-chain"
# Any constant: all writers on PostgreSQL serialise on it while they read the head and append.
_PG_LOCK_ID = 0x7468_7264  # "thrd"
SYSTEM = "system"
ANONYMOUS = "anonymous"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


def _timestamp(value: datetime) -> int:
    """Microseconds since the epoch, exactly (integer arithmetic, no float rounding). SQLite hands
    datetimes back naive, PostgreSQL aware; both were written in UTC and give the same number."""
    return (value - (_EPOCH_NAIVE if value.tzinfo is None else _EPOCH)) // _MICROSECOND


def detail_text(detail: dict[str, Any] | None) -> str:
    return json.dumps(detail or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(
    seq: int,
    at: datetime,
    actor_user_id: int | None,
    actor: str,
    action: str,
    record_type: str | None,
    record_id: str | None,
    detail_json: str,
) -> bytes:
    # The JSON head never contains a raw newline, so the separator keeps the two parts unambiguous.
    head = json.dumps([seq, _timestamp(at), actor_user_id, actor, action, record_type, record_id])
    return (head + "\n" + detail_json).encode("utf-8")


def chain_hash(key: bytes, prev_hash: str, content: bytes) -> str:
    return hmac.new(key, prev_hash.encode("ascii") + b"\n" + content, hashlib.sha256).hexdigest()


def _chain_key(keyring: Keyring) -> bytes:
    return keyring.derive(KEY_PURPOSE)


def record(
    session: Session,
    settings: Settings,
    action: str,
    *,
    actor: str = SYSTEM,
    actor_user_id: int | None = None,
    record_type: str | None = None,
    record_id: object | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction: if the action rolls back, so does its event."""
    key = _chain_key(load_keyring(settings))
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        # Without the lock two transactions could both read the same head and fork the chain.
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS)
    at = utcnow()
    rid = None if record_id is None else str(record_id)
    detail_json = detail_text(detail)
    content = canonical(seq, at, actor_user_id, actor, action, record_type, rid, detail_json)
    event = AuditEvent(
        seq=seq,
        at=at,
        actor_user_id=actor_user_id,
        actor=actor,
        action=action,
        record_type=record_type,
        record_id=rid,
        detail_json=detail_json,
        prev_hash=prev_hash,
        hash=chain_hash(key, prev_hash, content),
    )
    session.add(event)
    # Flush now so the next event in this transaction sees this one as the head.
    session.flush()
    return event


@dataclass(frozen=True)
class Verification:
    ok: bool
    checked: int
    head: str
    first_broken: int | None = None
    reason: str | None = None


_COLUMNS = (
    AuditEvent.seq,
    AuditEvent.at,
    AuditEvent.actor_user_id,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.record_type,
    AuditEvent.record_id,
    AuditEvent.detail_json,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


def verify_rows(key: bytes, rows: Iterable[Sequence[Any]]) -> Verification:
    """Walk the chain in sequence order and name the first event that breaks it."""
    expected_seq, expected_prev, checked = 1, GENESIS, 0
    for seq, at, actor_user_id, actor, action, record_type, record_id, detail, prev_hash, stored in rows:
        if seq != expected_seq:
            missing = f"{expected_seq}" if seq == expected_seq + 1 else f"{expected_seq}–{seq - 1}"
            return Verification(False, checked, expected_prev, expected_seq, f"event {missing} is missing")
        if prev_hash != expected_prev:
            return Verification(
                False,
                checked,
                expected_prev,
                seq,
                f"event {seq} does not follow event {seq - 1} (reordered, or replaced)",
            )
        content = canonical(seq, at, actor_user_id, actor, action, record_type, record_id, detail)
        if not hmac.compare_digest(chain_hash(key, prev_hash, content), stored):
            return Verification(False, checked, expected_prev, seq, f"event {seq} was altered")
        expected_seq, expected_prev, checked = seq + 1, stored, checked + 1
    return Verification(True, checked, expected_prev)


def verify(session: Session, settings: Settings, *, batch: int = 5000) -> Verification:
    """Check the whole chain. Deleting events from the very end is only visible against a head hash or
    count kept elsewhere: compare `head`/`checked` with the last values you recorded."""
    key = _chain_key(load_keyring(settings))
    rows = session.execute(select(*_COLUMNS).order_by(AuditEvent.seq).execution_options(yield_per=batch))
    return verify_rows(key, rows)


def events_for_record(
    session: Session, record_id: str, *, record_type: str | None = None, limit: int = 200
) -> list[AuditEvent]:
    """Events about a record ("report:12" or just "12"), including events where it was the actor."""
    if record_type is None and ":" in record_id:
        record_type, record_id = record_id.split(":", 1)
    clause = AuditEvent.record_id == record_id
    if record_type is not None:
        clause = clause & (AuditEvent.record_type == record_type)
        if record_type == "user" and record_id.isdigit():
            clause = or_(clause, AuditEvent.actor_user_id == int(record_id))
    statement = select(AuditEvent).where(clause).order_by(AuditEvent.seq).limit(limit)
    return list(session.scalars(statement))
