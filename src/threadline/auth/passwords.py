"""Argon2id password hashing, and a dummy verification so an unknown username costs the same time."""

from __future__ import annotations

import secrets
from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from threadline.errors import ThreadlineError

# OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane): memory-hard for an attacker's GPU, ~50 ms for
# us even on a small, busy server. Raising these later is safe: `needs_rehash` upgrades each hash at
# its owner's next successful login.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, type=Type.ID)
MIN_LENGTH = 12
# Hashing cost grows with input; cap it so a megabyte "password" cannot tie up a worker.
MAX_LENGTH = 1024


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    if len(password) > MAX_LENGTH:
        password = password[:MAX_LENGTH]  # still verify (and fail): same time as any wrong password
    try:
        return HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return HASHER.hash(secrets.token_urlsafe(24))


def verify_dummy(password: str) -> bool:
    """Spend exactly the work of a real verification, and fail: for usernames that do not exist."""
    verify_password(_dummy_hash(), password)
    return False


def needs_rehash(password_hash: str) -> bool:
    return HASHER.check_needs_rehash(password_hash)


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ThreadlineError(f"a password needs at least {MIN_LENGTH} characters", code="weak_password")
    if len(password) > MAX_LENGTH:
        raise ThreadlineError(f"a password may have at most {MAX_LENGTH} characters", code="weak_password")


def one_time_password() -> str:
    """About 120 random bits, readable aloud in groups; valid until its first use changes it."""
    raw = secrets.token_urlsafe(15)
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))
