"""TOTP (RFC 6238) second factor with replay protection, and single-use recovery codes."""

from __future__ import annotations

import hmac
import secrets
import time

import pyotp

from threadline.auth.passwords import hash_password, verify_password

ISSUER = "Threadline"
STEP_SECONDS = 30
# One step either side tolerates clock drift on the phone without widening the window further.
DRIFT_STEPS = 1
RECOVERY_CODES = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: codes get typed from paper


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)


def current_code(secret: str, at: float | None = None) -> str:
    return pyotp.TOTP(secret).at(at if at is not None else time.time())


def matching_step(secret: str, code: str, *, last_step: int | None, now: float | None = None) -> int | None:
    """The time step `code` belongs to, or None. A step at or before `last_step` was already used."""
    code = code.strip().replace(" ", "")
    if not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    current = int((now if now is not None else time.time()) // STEP_SECONDS)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if last_step is not None and step <= last_step:
            continue
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def new_recovery_codes(count: int = RECOVERY_CODES) -> list[str]:
    codes = []
    for _ in range(count):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(15))
        codes.append(f"{raw[:5]}-{raw[5:10]}-{raw[10:]}")
    return codes


def normalise_recovery_code(code: str) -> str:
    return code.strip().lower().replace(" ", "")


def hash_recovery_code(code: str) -> str:
    return hash_password(normalise_recovery_code(code))


def check_recovery_code(code_hash: str, code: str) -> bool:
    return verify_password(code_hash, normalise_recovery_code(code))
