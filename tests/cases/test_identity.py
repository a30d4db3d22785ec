"""A victim's identity at rest: ciphertext only, bound to its column and row, found by blind index."""

from __future__ import annotations

from datetime import date

import pytest

from tests.security.support import make_account
from threadline.cases.identity import VictimIdentity, name_index, name_key, open_identity, seal_identity
from threadline.store.crypto import DecryptionError
from threadline.store.database import Database
from threadline.store.tables.cases import Case
from threadline.store.tables.victims import VICTIM_IDENTITY_COLUMNS, Victim

IDENTITY = VictimIdentity(
    name="Ștefania Munteanu",
    aliases=["Fana", "Stefi"],
    date_of_birth=date(2000, 1, 31),
    address="Bloc 4, Iasi",
    phone="+40 744 000 111",
    email="s.m@example.org",
    document_number="MZ123987",
)


def _victims(db: Database, count: int) -> list[int]:
    account = make_account(db, "boss", "supervisor", "Agency A")  # type: ignore[arg-type]
    with db.session() as session:
        case = Case(title="t", owner_organisation_id=account.organisation_id)
        session.add(case)
        session.flush()
        victims = [Victim(case_id=case.id) for _ in range(count)]
        session.add_all(victims)
        session.flush()
        for victim in victims:
            seal_identity(db.settings, victim, IDENTITY)
        return [v.id for v in victims]


def test_every_identity_field_is_ciphertext_and_opens_again(keyed_db: Database) -> None:
    (victim_id,) = _victims(keyed_db, 1)
    with keyed_db.session() as session:
        victim = session.get(Victim, victim_id)
        assert victim is not None
        for column in VICTIM_IDENTITY_COLUMNS:
            blob = getattr(victim, column)
            assert isinstance(blob, bytes) and b"Munteanu" not in blob and b"MZ123987" not in blob
        opened = open_identity(keyed_db.settings, victim)
    assert opened["name"] == "Ștefania Munteanu" and opened["aliases"] == ["Fana", "Stefi"]
    assert opened["date_of_birth"] == "2000-01-31" and opened["document_number"] == "MZ123987"


def test_a_ciphertext_moved_to_another_row_or_column_does_not_open(keyed_db: Database) -> None:
    first, second = _victims(keyed_db, 2)
    with keyed_db.session() as session:
        a, b = session.get(Victim, first), session.get(Victim, second)
        assert a is not None and b is not None
        b.name = a.name  # copied into another victim
        with pytest.raises(DecryptionError):
            open_identity(keyed_db.settings, b)
        b.name, b.phone = b.phone, b.name  # swapped between columns of one victim
        with pytest.raises(DecryptionError):
            open_identity(keyed_db.settings, b)
        session.rollback()


def test_names_are_looked_up_exactly_but_without_accents_case_or_spacing(keyed_db: Database) -> None:
    (victim_id,) = _victims(keyed_db, 1)
    with keyed_db.session() as session:
        victim = session.get(Victim, victim_id)
        assert victim is not None
        assert victim.name_index == name_index(keyed_db.settings, "  stefania   MUNTEANU ")
        assert victim.name_index != name_index(keyed_db.settings, "Stefania Muntean")  # exact, not fuzzy
        assert "Munteanu" not in (victim.name_index or "")
    assert name_key("Ștefania") == "Stefania"


def test_seal_needs_the_row_id(keyed_db: Database) -> None:
    with pytest.raises(ValueError, match="flush"):
        seal_identity(keyed_db.settings, Victim(case_id=1), IDENTITY)
