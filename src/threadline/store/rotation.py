"""Key rotation: a new active field key, every encrypted column re-encrypted, old keys retired.

Re-encryption runs in batches, each its own transaction; a crash midway leaves some rows under the
old key, which stays in the key ring until no row uses it, so nothing becomes unreadable.
"""

from __future__ import annotations

import secrets
import time
from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import Table, select, update

from threadline.errors import ConfigurationError
from threadline.store.base import Base
from threadline.store.crypto import (
    KEY_BYTES,
    RECHECK_SECONDS,
    Keyring,
    decrypt_with,
    encrypt_with,
    key_id_of,
    load_keyring,
    write_keyring,
)
from threadline.store.database import Database
from threadline.store.tables.victims import VICTIM_IDENTITY_COLUMNS


@dataclass(frozen=True)
class EncryptedColumn:
    table: str
    column: str
    key_column: str = "id"

    @property
    def field(self) -> str:
        """The name used as associated data: "<table>.<column>"."""
        return f"{self.table}.{self.column}"


# Every column holding field ciphertext. A stage that adds one registers it here (or calls
# `register_encrypted_column`), or rotation would leave it under a retired key.
ENCRYPTED_COLUMNS: list[EncryptedColumn] = [
    EncryptedColumn("reports", "reporter_contact"),
    EncryptedColumn("users", "totp_secret"),
    *(EncryptedColumn("victims", column) for column in VICTIM_IDENTITY_COLUMNS),
]


def register_encrypted_column(table: str, column: str, key_column: str = "id") -> None:
    spec = EncryptedColumn(table, column, key_column)
    if spec not in ENCRYPTED_COLUMNS:
        ENCRYPTED_COLUMNS.append(spec)


@dataclass(frozen=True)
class RotationResult:
    new_key_id: str
    reencrypted: int
    retired: list[str]
    still_in_use: dict[str, int]


def _next_key_id(keyring: Keyring) -> str:
    numbers = [int(k[1:]) for k in keyring.field_keys if k.startswith("k") and k[1:].isdigit()]
    return f"k{max(numbers, default=0) + 1}"


def _table(name: str) -> Table:
    import threadline.store.tables  # noqa: F401  (registers every table on the metadata)

    return Base.metadata.tables[name]


def _reencrypt(db: Database, keyring: Keyring, spec: EncryptedColumn, batch: int) -> int:
    table = _table(spec.table)
    pk, col = table.c[spec.key_column], table.c[spec.column]
    done, last = 0, None
    while True:
        with db.session() as session:
            query = select(pk, col).where(col.is_not(None)).order_by(pk).limit(batch)
            if last is not None:
                query = query.where(pk > last)
            rows = session.execute(query).all()
            for record_id, blob in rows:
                if key_id_of(blob) == keyring.active:
                    continue
                plaintext = decrypt_with(keyring, spec.field, record_id, blob)
                fresh = encrypt_with(keyring, spec.field, record_id, plaintext)
                session.execute(update(table).where(pk == record_id).values({spec.column: fresh}))
                done += 1
        if len(rows) < batch:
            return done
        last = rows[-1][0]


def key_usage(db: Database) -> Counter[str]:
    """How many stored values each key id encrypts, over all registered columns."""
    usage: Counter[str] = Counter()
    with db.session() as session:
        for spec in ENCRYPTED_COLUMNS:
            table = _table(spec.table)
            col = table.c[spec.column]
            for (blob,) in session.execute(select(col).where(col.is_not(None))):
                usage[key_id_of(blob)] += 1
    return usage


def rotate_keys(db: Database, *, retire: bool = True, batch: int = 500) -> RotationResult:
    """Add a new field key, make it active, re-encrypt every registered column, then (with `retire`)
    drop old keys that no stored value uses any more. The MAC key is kept: blind indexes and the audit
    chain depend on it and stay valid."""
    current = load_keyring(db.settings)
    if current.path is None:
        raise ConfigurationError(
            "the field keys come from THREADLINE_FIELD_KEYS; rotate them in your secret store "
            "(add a key, make it active) and then run `threadline keys rotate` with the new value"
        )
    new_id = _next_key_id(current)
    keyring = replace(
        current,
        active=new_id,
        field_keys={**current.field_keys, new_id: secrets.token_bytes(KEY_BYTES)},
        _derived={},
    )
    # The new key is on disk before any row uses it: a crash can never strand a ciphertext.
    write_keyring(keyring, current.path)
    # Let other processes notice the new key before we count who still uses the old one.
    time.sleep(RECHECK_SECONDS + 0.1)
    count = sum(_reencrypt(db, keyring, spec, batch) for spec in ENCRYPTED_COLUMNS)
    usage = key_usage(db)
    retired: list[str] = []
    if retire:
        retired = sorted(k for k in keyring.field_keys if k != new_id and usage[k] == 0)
        kept = {k: v for k, v in keyring.field_keys.items() if k not in retired}
        write_keyring(replace(keyring, field_keys=kept, _derived={}), current.path)
    return RotationResult(new_id, count, retired, {k: n for k, n in usage.items() if k != new_id})


def reencrypt_all(db: Database, *, batch: int = 500) -> int:
    """Re-encrypt under the active key (after an operator changed THREADLINE_FIELD_KEYS themselves)."""
    keyring = load_keyring(db.settings)
    return sum(_reencrypt(db, keyring, spec, batch) for spec in ENCRYPTED_COLUMNS)
