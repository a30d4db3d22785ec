"""Field encryption: round trip, binding to field and record, rotation, and no plaintext at rest."""

from __future__ import annotations

import json
import os
import stat
from datetime import date

import pytest
from sqlalchemy import select

from threadline.auth.receipts import issue_receipt
from threadline.auth.tokens import issue_token
from threadline.config import Settings
from threadline.errors import ConfigurationError
from threadline.store.crypto import (
    ENV_KEYS,
    DecryptionError,
    blind_index,
    decrypt_text,
    encrypt_field,
    ensure_keyring,
    key_id_of,
    keyring_path,
    load_keyring,
)
from threadline.store.database import Database
from threadline.store.rotation import key_usage, rotate_keys
from threadline.store.tables.reports import Report

from .support import dump_database, make_account, make_case, make_report, make_victim

CONTACT = "Ana Popescu, +44 7700 900123, ana.popescu@example.org"
FIELD = "reports.reporter_contact"


@pytest.fixture
def keyed(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv(ENV_KEYS, raising=False)
    settings = Settings(home=tmp_path, database_url="sqlite://")
    ensure_keyring(settings)
    return settings


def test_round_trip_and_key_id_in_ciphertext(keyed: Settings) -> None:
    blob = encrypt_field(keyed, FIELD, 7, CONTACT)
    assert CONTACT.encode() not in blob
    assert key_id_of(blob) == "k1"
    assert decrypt_text(keyed, FIELD, 7, blob) == CONTACT
    # Random nonces: the same value twice gives different ciphertexts (equality is not revealed).
    assert encrypt_field(keyed, FIELD, 7, CONTACT) != blob


def test_ciphertext_is_bound_to_its_field_and_record(keyed: Settings) -> None:
    blob = encrypt_field(keyed, FIELD, 7, CONTACT)
    with pytest.raises(DecryptionError):
        decrypt_text(keyed, FIELD, 8, blob)  # copied into another report
    with pytest.raises(DecryptionError):
        decrypt_text(keyed, "victims.full_name", 7, blob)  # copied into another column
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(DecryptionError):
        decrypt_text(keyed, FIELD, 7, bytes(tampered))


def test_key_file_is_private_and_never_created_implicitly(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_KEYS, raising=False)
    settings = Settings(home=tmp_path, database_url="sqlite://")
    with pytest.raises(ConfigurationError):
        load_keyring(settings)  # a lost key file must not silently become a new one
    ensure_keyring(settings)
    path = keyring_path(settings)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "k1" not in repr(load_keyring(settings)).split("keys=")[0] or "mac" not in repr(
        load_keyring(settings)
    )


def test_keys_from_the_environment(keyed: Settings, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    blob = encrypt_field(keyed, FIELD, 1, CONTACT)
    monkeypatch.setenv(ENV_KEYS, keyring_path(keyed).read_text())
    elsewhere = Settings(home=tmp_path / "no-keys-here", database_url="sqlite://")
    assert decrypt_text(elsewhere, FIELD, 1, blob) == CONTACT


def test_blind_index_finds_equal_values_and_separates_fields(keyed: Settings) -> None:
    a = blind_index(keyed, "victims.phone", "+44 7700 900123")
    assert a == blind_index(keyed, "victims.phone", " +44  7700 900123 ")
    assert a != blind_index(keyed, "victims.email", "+44 7700 900123")
    assert "7700" not in a and len(a) == 64


def test_rotation_reencrypts_everything_and_retires_the_old_key(keyed_db: Database) -> None:
    settings = keyed_db.settings
    account = make_account(keyed_db, "navigator", "victim_navigator", "Agency A")  # type: ignore[arg-type]
    with keyed_db.session() as session:
        ids = [make_report(session, settings, f"report {i}", contact=f"{CONTACT} #{i}").id for i in range(5)]
        case = make_case(session, account.organisation_id, "rotation")
        victim_id = make_victim(
            session, settings, case.id, name="Ilinca Dobre", date_of_birth=date(2002, 3, 4), phone="+40 711 1"
        ).id
    assert key_usage(keyed_db) == {"k1": 9}  # five contacts, one TOTP seed, three victim identity fields

    result = rotate_keys(keyed_db, batch=2)
    assert result.new_key_id == "k2" and result.reencrypted == 9 and result.retired == ["k1"]
    assert set(load_keyring(settings).field_keys) == {"k2"}
    with keyed_db.session() as session:
        for i, report_id in enumerate(ids):
            report = session.get(Report, report_id)
            assert report is not None and report.reporter_contact is not None
            assert key_id_of(report.reporter_contact) == "k2"
            assert decrypt_text(settings, FIELD, report_id, report.reporter_contact) == f"{CONTACT} #{i}"
    # The second factor still works after rotation: the seed was re-encrypted, not lost.
    from threadline.auth.accounts import TOTP_FIELD
    from threadline.store.tables.auth import User

    with keyed_db.session() as session:
        user = session.get(User, account.user_id)
        assert user is not None and user.totp_secret is not None
        assert decrypt_text(settings, TOTP_FIELD, user.id, user.totp_secret) == account.totp_secret
    # Victims' identities were re-encrypted too, each still bound to its own column and row.
    from threadline.cases.identity import name_index, open_identity
    from threadline.store.tables.victims import Victim

    with keyed_db.session() as session:
        victim = session.get(Victim, victim_id)
        assert victim is not None and victim.name is not None and key_id_of(victim.name) == "k2"
        identity = open_identity(settings, victim)
        assert identity["name"] == "Ilinca Dobre" and identity["date_of_birth"] == "2002-03-04"
        assert identity["phone"] == "+40 711 1"
        # Blind indexes use the MAC key, which rotation keeps: lookups still find her.
        assert victim.name_index == name_index(settings, "ilinca dobre")
    assert stat.S_IMODE(os.stat(keyring_path(settings)).st_mode) == 0o600


def test_a_database_dump_contains_no_secrets(keyed_db: Database) -> None:
    settings = keyed_db.settings
    account = make_account(keyed_db, "handler", "call_handler", "Agency A")  # type: ignore[arg-type]
    with keyed_db.session() as session:
        report = make_report(session, settings, "a report", contact=CONTACT)
        code, passphrase = issue_receipt(session, report.id, settings=settings)
        from threadline.store.tables.auth import User

        user = session.get(User, account.user_id)
        assert user is not None
        _, token = issue_token(session, settings, user, name="crm", scopes=["report:read"])
    dump = dump_database(keyed_db)
    secrets_at_rest = {
        "reporter contact": CONTACT,
        "a piece of the contact": "900123",
        "the e-mail": "ana.popescu@example.org",
        "one-time password": account.password,
        "TOTP seed": account.totp_secret or "",
        "receipt code": code.replace("-", ""),
        "receipt passphrase": passphrase,
        "API token": token,
    }
    leaked = [name for name, value in secrets_at_rest.items() if value and value in dump]
    assert not leaked, f"found in the dump: {leaked}"
    # …while the things that must be there are there, so the dump is not simply empty.
    assert "a report" in dump
    with keyed_db.session() as session:
        stored = session.scalars(select(Report.reporter_contact).where(Report.id == report.id)).one()
        assert stored is not None and decrypt_text(settings, FIELD, report.id, stored) == CONTACT
    assert json.loads(keyring_path(settings).read_text())["active"] == "k1"
