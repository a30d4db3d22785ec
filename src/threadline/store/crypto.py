"""Field encryption (AES-256-GCM) and blind indexes (HMAC-SHA256) for the columns that can hurt someone.

A ciphertext is self-describing: ``version | len(key id) | key id | nonce | ciphertext+tag``. The key id
lets old rows stay readable while rotation re-encrypts them. The associated data binds a ciphertext to
its field and record, so a value copied into another row or column fails to decrypt instead of being
shown as if it belonged there.

Keys live in ``<key_dir>/field-keys.json`` (0600, created by `ensure_keyring`), or come whole from the
environment variable THREADLINE_FIELD_KEYS (the same JSON) when the operator keeps them in a secret store.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from threadline.config import Settings
from threadline.errors import ConfigurationError, ThreadlineError

ENV_KEYS = "THREADLINE_FIELD_KEYS"
# Field names used as associated data ("<table>.<column>"); intake seals the contact with this one.
REPORTER_CONTACT_FIELD = "reports.reporter_contact"
KEYRING_FILE = "field-keys.json"
FORMAT_VERSION = 1
NONCE_BYTES = 12
KEY_BYTES = 32


class DecryptionError(ThreadlineError):
    """A ciphertext could not be opened: unknown key, wrong field or record, or tampered bytes."""

    status_code = 500
    code = "decryption_failed"


@dataclass(frozen=True)
class Keyring:
    active: str
    field_keys: dict[str, bytes]
    mac_key: bytes
    # None when the keys came from the environment: then nothing here may rewrite them.
    path: Path | None = None
    _derived: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    def __repr__(self) -> str:  # never let key bytes reach a log or a traceback
        return f"Keyring(active={self.active!r}, keys={sorted(self.field_keys)}, path={self.path})"

    def derive(self, purpose: str) -> bytes:
        """A sub-key for one purpose, so a blind index key never equals the audit key, and so on."""
        if purpose not in self._derived:
            hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode())
            self._derived[purpose] = hkdf.derive(self.mac_key)
        return self._derived[purpose]

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "active": self.active,
                "field_keys": {k: _b64(v) for k, v in self.field_keys.items()},
                "mac_key": _b64(self.mac_key),
            },
            indent=2,
        )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _parse(text: str, path: Path | None, where: str) -> Keyring:
    try:
        data = json.loads(text)
        keys = {str(k): base64.b64decode(v, validate=True) for k, v in data["field_keys"].items()}
        mac_key = base64.b64decode(data["mac_key"], validate=True)
        active = str(data["active"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ConfigurationError(f"the field keys in {where} are not valid key-ring JSON") from None
    if active not in keys or any(len(k) != KEY_BYTES for k in keys.values()) or len(mac_key) < KEY_BYTES:
        raise ConfigurationError(f"the field keys in {where} are incomplete (active key or key length)")
    return Keyring(active=active, field_keys=keys, mac_key=mac_key, path=path)


def keyring_path(settings: Settings) -> Path:
    return settings.key_dir / KEYRING_FILE


@lru_cache(maxsize=8)
def _load_cached(source: str, stamp: tuple[int, int]) -> Keyring:
    # `stamp` (mtime, size) is part of the cache key so a rotated file is picked up by running processes.
    del stamp
    path = Path(source)
    return _parse(path.read_text(encoding="utf-8"), path, str(path))


@lru_cache(maxsize=4)
def _from_env(value: str) -> Keyring:
    return _parse(value, None, ENV_KEYS)


# How long a process trusts its copy of the key file before looking at it again (a stat per value
# encrypted would cost more than the encryption). Rotation waits this long before re-encrypting.
RECHECK_SECONDS = 1.0
_recent: dict[Path, tuple[float, Keyring]] = {}


def load_keyring(settings: Settings) -> Keyring:
    """The key ring, from the environment or the key file. Never creates keys: a missing key file must
    not silently become a new one, or everything encrypted before would be unreadable."""
    env = os.environ.get(ENV_KEYS)
    if env:
        return _from_env(env)
    path = keyring_path(settings)
    now = time.monotonic()
    seen = _recent.get(path)
    if seen is not None and now - seen[0] < RECHECK_SECONDS:
        return seen[1]
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise ConfigurationError(
            f"no field keys at {path}: run `threadline init` (or set {ENV_KEYS})"
        ) from None
    keyring = _load_cached(str(path), (stat.st_mtime_ns, stat.st_size))
    _recent[path] = (now, keyring)
    return keyring


def new_keyring() -> Keyring:
    return Keyring(
        active="k1", field_keys={"k1": secrets.token_bytes(KEY_BYTES)}, mac_key=secrets.token_bytes(32)
    )


def write_keyring(keyring: Keyring, path: Path) -> None:
    """Write atomically with mode 0600 (temporary file, fsync, rename) so a crash never leaves half a key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(keyring.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _recent.pop(path, None)
    finally:
        if tmp.exists():
            tmp.unlink()


def ensure_keyring(settings: Settings) -> Keyring:
    """Create the key file on first use (init); afterwards just load it."""
    if os.environ.get(ENV_KEYS):
        return load_keyring(settings)
    path = keyring_path(settings)
    if not path.exists():
        write_keyring(new_keyring(), path)
    return load_keyring(settings)


def _aad(header: bytes, field_name: str, record_id: object) -> bytes:
    # The NUL separator keeps ("a.b", "1") and ("a.b1", "") apart.
    return header + field_name.encode() + b"\x00" + str(record_id).encode()


def _header(key_id: str) -> bytes:
    raw = key_id.encode("ascii")
    return bytes([FORMAT_VERSION, len(raw)]) + raw


def split_ciphertext(blob: bytes) -> tuple[str, bytes, bytes, bytes]:
    """(key id, header, nonce, ciphertext+tag) of a stored value."""
    if len(blob) < 2 or blob[0] != FORMAT_VERSION:
        raise DecryptionError("not a Threadline ciphertext (unknown format)")
    end = 2 + blob[1]
    key_id = blob[2:end].decode("ascii", errors="replace")
    return key_id, blob[:end], blob[end : end + NONCE_BYTES], blob[end + NONCE_BYTES :]


def key_id_of(blob: bytes) -> str:
    return split_ciphertext(blob)[0]


def encrypt_with(keyring: Keyring, field_name: str, record_id: object, plaintext: str | bytes) -> bytes:
    data = plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext
    header = _header(keyring.active)
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(keyring.field_keys[keyring.active]).encrypt(
        nonce, data, _aad(header, field_name, record_id)
    )
    return header + nonce + sealed


def decrypt_with(keyring: Keyring, field_name: str, record_id: object, blob: bytes) -> bytes:
    key_id, header, nonce, sealed = split_ciphertext(blob)
    key = keyring.field_keys.get(key_id)
    if key is None:
        raise DecryptionError(f"{field_name} of record {record_id} was encrypted with unknown key {key_id!r}")
    try:
        return AESGCM(key).decrypt(nonce, sealed, _aad(header, field_name, record_id))
    except InvalidTag:
        raise DecryptionError(f"{field_name} of record {record_id} failed authentication") from None


def encrypt_field(settings: Settings, field: str, record_id: object, plaintext: str | bytes) -> bytes:
    """Ciphertext of `plaintext` for `field` ("reports.reporter_contact") of record `record_id`."""
    return encrypt_with(load_keyring(settings), field, record_id, plaintext)


def decrypt_field(settings: Settings, field: str, record_id: object, ciphertext: bytes) -> bytes:
    """The plaintext bytes; raises DecryptionError when the value was moved, altered or its key is gone."""
    return decrypt_with(load_keyring(settings), field, record_id, ciphertext)


def decrypt_text(settings: Settings, field: str, record_id: object, ciphertext: bytes) -> str:
    return decrypt_field(settings, field, record_id, ciphertext).decode("utf-8")


def normalise_for_index(value: str) -> str:
    """Lookups must find "Anna.Smith@x.org " when "anna.smith@x.org" was indexed."""
    return " ".join(value.casefold().split())


def blind_index_with(keyring: Keyring, field: str, value: str) -> str:
    key = keyring.derive(f"blind-index:{field}")
    return hmac.new(key, normalise_for_index(value).encode("utf-8"), hashlib.sha256).hexdigest()


def blind_index(settings: Settings, field: str, value: str) -> str:
    """A keyed hash of `value` for equality lookups on an encrypted field; one key per field, so equal
    values in different fields do not reveal each other. Survives field-key rotation (uses the MAC key)."""
    return blind_index_with(load_keyring(settings), field, value)
