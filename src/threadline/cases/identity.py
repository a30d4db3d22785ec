"""A victim's identity at rest: sealing each field with AES-GCM (bound to its column and row), opening it
again, and the keyed blind indexes that allow an exact lookup without storing the value."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from threadline.config import Settings
from threadline.store.crypto import blind_index, decrypt_text, encrypt_field
from threadline.store.tables.victims import Victim

NAME_INDEX_FIELD = "victims.name"
DATE_OF_BIRTH_INDEX_FIELD = "victims.date_of_birth"


@dataclass(frozen=True)
class VictimIdentity:
    name: str | None = None
    aliases: list[str] = field(default_factory=list)
    date_of_birth: date | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    document_number: str | None = None


def name_key(name: str) -> str:
    """The form a name is indexed in: accents dropped, case and spacing ignored, so "Ștefan  Popa" is
    found by "stefan popa". Exact otherwise: a blind index cannot do partial or fuzzy matching."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_index(settings: Settings, name: str) -> str:
    return blind_index(settings, NAME_INDEX_FIELD, name_key(name))


def date_of_birth_index(settings: Settings, value: date) -> str:
    return blind_index(settings, DATE_OF_BIRTH_INDEX_FIELD, value.isoformat())


def _plain(identity: VictimIdentity) -> dict[str, str | None]:
    return {
        "name": identity.name,
        "aliases": json.dumps(identity.aliases, ensure_ascii=False) if identity.aliases else None,
        "date_of_birth": identity.date_of_birth.isoformat() if identity.date_of_birth else None,
        "address": identity.address,
        "phone": identity.phone,
        "email": identity.email,
        "document_number": identity.document_number,
    }


def seal_identity(settings: Settings, victim: Victim, identity: VictimIdentity) -> None:
    """Store `identity` on `victim` as ciphertext plus blind indexes. The victim must have its id (flush
    first): the id is part of each ciphertext's associated data."""
    if victim.id is None:
        raise ValueError("flush the victim before sealing its identity: the id is part of the ciphertext")
    for column, value in _plain(identity).items():
        sealed = None if value is None else encrypt_field(settings, f"victims.{column}", victim.id, value)
        setattr(victim, column, sealed)
    victim.name_index = name_index(settings, identity.name) if identity.name else None
    victim.date_of_birth_index = (
        date_of_birth_index(settings, identity.date_of_birth) if identity.date_of_birth else None
    )


def open_identity(settings: Settings, victim: Victim) -> dict[str, object]:
    """The identity in clear. Callers check the policy and write the audit event (see `victims.py`)."""

    def text(column: str) -> str | None:
        blob = getattr(victim, column)
        return None if blob is None else decrypt_text(settings, f"victims.{column}", victim.id, blob)

    aliases = text("aliases")
    return {
        "name": text("name"),
        "aliases": json.loads(aliases) if aliases else [],
        "date_of_birth": text("date_of_birth"),
        "address": text("address"),
        "phone": text("phone"),
        "email": text("email"),
        "document_number": text("document_number"),
    }


def as_record(identity: VictimIdentity) -> dict[str, object]:
    """The identity as it appears in a view, straight from what the caller supplied (no decryption)."""
    plain = _plain(identity)
    return {**plain, "aliases": list(identity.aliases)}
