"""Properties over many inputs: encryption round-trips and detects any change; audit content is
unambiguous (two different events never hash the same content)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.config import Settings
from threadline.store.audit import canonical, detail_text
from threadline.store.crypto import DecryptionError, decrypt_with, encrypt_with, ensure_keyring, load_keyring


@pytest.fixture(scope="module")
def keyring(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("keys")
    settings_ = Settings(home=home, database_url="sqlite://")
    ensure_keyring(settings_)
    return load_keyring(settings_)


record_ids = st.one_of(st.integers(min_value=0, max_value=2**63), st.text(max_size=40))


@settings(max_examples=150, deadline=None)
@given(plaintext=st.binary(max_size=2000), record_id=record_ids, flip=st.integers(min_value=0))
def test_round_trip_and_any_flipped_bit_is_caught(
    keyring, plaintext: bytes, record_id: object, flip: int
) -> None:  # type: ignore[no-untyped-def]
    blob = encrypt_with(keyring, "victims.full_name", record_id, plaintext)
    assert decrypt_with(keyring, "victims.full_name", record_id, blob) == plaintext
    tampered = bytearray(blob)
    tampered[flip % len(blob)] ^= 1 << (flip % 8)
    with pytest.raises(DecryptionError):
        decrypt_with(keyring, "victims.full_name", record_id, bytes(tampered))


text = st.text(max_size=12)
events = st.tuples(
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=0, max_value=10**12),
    st.one_of(st.none(), st.integers(min_value=0, max_value=10**6)),
    text,
    text,
    st.one_of(st.none(), text),
    st.one_of(st.none(), text),
    st.dictionaries(text, st.one_of(st.integers(), text, st.booleans()), max_size=3),
)


def _content(event: tuple) -> bytes:  # type: ignore[type-arg]
    seq, micros, uid, actor, action, rtype, rid, detail = event
    at = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(microseconds=micros)
    return canonical(seq, at, uid, actor, action, rtype, rid, detail_text(detail))


@settings(max_examples=300, deadline=None)
@given(a=events, b=events)
def test_different_events_have_different_content(a: tuple, b: tuple) -> None:  # type: ignore[type-arg]
    # Same content only for the same event (compared with its detail as JSON, where 1 and true differ).
    def key(event: tuple) -> tuple:  # type: ignore[type-arg]
        return (*event[:7], detail_text(event[7]))

    assert (_content(a) == _content(b)) == (key(a) == key(b))
