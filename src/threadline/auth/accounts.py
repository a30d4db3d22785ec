"""Accounts: create, disable, reset, and authenticate (with lockout and constant-work failures)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from threadline.auth import totp
from threadline.auth.passwords import (
    check_strength,
    hash_password,
    needs_rehash,
    one_time_password,
    verify_dummy,
    verify_password,
)
from threadline.auth.roles import STAFF_ROLES, Role, parse_role
from threadline.config import Settings
from threadline.errors import NotFoundError, ThreadlineError
from threadline.store import audit
from threadline.store.base import utcnow
from threadline.store.crypto import decrypt_text, encrypt_field, ensure_keyring
from threadline.store.database import Database
from threadline.store.tables.auth import Organisation, RecoveryCode, User, UserSession

LOCKOUT_AFTER = 100  # consecutive failures; an administrator unlocks with `threadline users reset`
DEFAULT_ORGANISATION = "Threadline"
TOTP_FIELD = "users.totp_secret"


def normalise_username(username: str) -> str:
    return username.strip().lower()


def requires_second_factor(user: User) -> bool:
    return Role(user.role) in STAFF_ROLES or user.totp_confirmed


def setup_pending(user: User, *, mfa_passed: bool) -> list[str]:
    """What the user must still do before the account is usable ("password", "totp")."""
    steps = []
    if user.must_change_password:
        steps.append("password")
    if requires_second_factor(user) and not (user.totp_confirmed and mfa_passed):
        steps.append("totp")
    return steps


def get_or_create_organisation(session: Session, name: str, *, kind: str = "agency") -> Organisation:
    org = session.scalars(select(Organisation).where(Organisation.name == name)).first()
    if org is None:
        org = Organisation(name=name, kind=kind, created_at=utcnow())
        session.add(org)
        session.flush()
    return org


def find_user(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == normalise_username(username))).first()


def _require_user(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise NotFoundError(f"no user called {normalise_username(username)!r}")
    return user


def create_user(
    session: Session,
    settings: Settings,
    *,
    username: str,
    role: Role | str,
    organisation: str = DEFAULT_ORGANISATION,
    organisation_kind: str | None = None,
    actor: str = audit.SYSTEM,
    actor_user_id: int | None = None,
) -> tuple[User, str]:
    """A new account with a one-time password (returned once, never stored in the clear)."""
    name = normalise_username(username)
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise ThreadlineError("a username is 1–100 characters without spaces", code="invalid")
    if find_user(session, name) is not None:
        raise ThreadlineError(f"a user called {name!r} already exists", code="conflict")
    parsed = parse_role(role) if isinstance(role, str) else role
    kind = organisation_kind or ("partner" if parsed is Role.PARTNER else "agency")
    org = get_or_create_organisation(session, organisation, kind=kind)
    password = one_time_password()
    user = User(
        username=name,
        organisation_id=org.id,
        role=parsed.value,
        password_hash=hash_password(password),
        must_change_password=True,
        totp_confirmed=False,
        failed_logins=0,
        created_at=utcnow(),
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        settings,
        "user.create",
        actor=actor,
        actor_user_id=actor_user_id,
        record_type="user",
        record_id=user.id,
        detail={"role": parsed.value, "organisation_id": org.id},
    )
    return user, password


def create_admin(db: Database, username: str) -> str:
    """For `threadline init`: create the key ring if needed and an admin account; return its one-time
    password (shown once; the admin must change it and enrol a second factor at first login)."""
    ensure_keyring(db.settings)
    with db.session() as session:
        _, password = create_user(session, db.settings, username=username, role=Role.ADMIN)
    return password


def ensure_first_admin(db: Database, username: str = "admin") -> tuple[str, str] | None:
    """For `threadline init`: make sure the key ring exists, and create the first admin if there is no
    admin yet. Returns (username, one-time password) when one was created, else None."""
    ensure_keyring(db.settings)
    with db.session() as session:
        if session.scalars(select(User.id).where(User.role == Role.ADMIN.value)).first() is not None:
            return None
    return username, create_admin(db, username)


def revoke_sessions(session: Session, user_id: int) -> None:
    session.execute(
        update(UserSession)
        .where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def disable_user(
    session: Session,
    settings: Settings,
    username: str,
    *,
    actor: str = audit.SYSTEM,
    actor_user_id: int | None = None,
) -> User:
    user = _require_user(session, username)
    user.disabled_at = user.disabled_at or utcnow()
    revoke_sessions(session, user.id)
    from threadline.auth.tokens import revoke_all_tokens

    revoke_all_tokens(session, user.id)
    audit.record(
        session,
        settings,
        "user.disable",
        actor=actor,
        actor_user_id=actor_user_id,
        record_type="user",
        record_id=user.id,
    )
    return user


def reset_user(
    session: Session,
    settings: Settings,
    username: str,
    *,
    clear_totp: bool = False,
    enable: bool = False,
    actor: str = audit.SYSTEM,
    actor_user_id: int | None = None,
) -> str:
    """New one-time password; unlocks; ends every session. With `clear_totp` the second factor and
    recovery codes are removed too (a lost phone) and must be enrolled again. A disabled account stays
    disabled unless `enable` says otherwise: a leaver is not brought back by a routine reset."""
    user = _require_user(session, username)
    password = one_time_password()
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.failed_logins = 0
    user.locked_at = None
    if enable:
        user.disabled_at = None
    if clear_totp:
        user.totp_secret = None
        user.totp_confirmed = False
        user.totp_last_step = None
        for code in session.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id)):
            session.delete(code)
    revoke_sessions(session, user.id)
    audit.record(
        session,
        settings,
        "user.reset",
        actor=actor,
        actor_user_id=actor_user_id,
        record_type="user",
        record_id=user.id,
        detail={"second_factor_cleared": clear_totp, "enabled": enable},
    )
    return password


def change_password(session: Session, settings: Settings, user: User, current: str, new: str) -> None:
    if not verify_password(user.password_hash, current):
        raise ThreadlineError("the current password is wrong", code="invalid_credentials")
    check_strength(new)
    if new == current:
        raise ThreadlineError("choose a password different from the current one", code="weak_password")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    audit.record(
        session,
        settings,
        "user.password_change",
        actor=user.username,
        actor_user_id=user.id,
        record_type="user",
        record_id=user.id,
    )


# --- second factor ---------------------------------------------------------------------------------


def begin_totp_enrolment(session: Session, settings: Settings, user: User) -> tuple[str, str]:
    """A fresh secret (stored encrypted, not yet active) and its otpauth:// URI for the phone."""
    if user.totp_confirmed:
        raise ThreadlineError("a second factor is already set up; ask an admin to reset it", code="conflict")
    secret = totp.new_secret()
    user.totp_secret = encrypt_field(settings, TOTP_FIELD, user.id, secret)
    session.flush()
    return secret, totp.provisioning_uri(secret, user.username)


def confirm_totp_enrolment(session: Session, settings: Settings, user: User, code: str) -> list[str]:
    """Activate the second factor once the user proves their phone has it; returns recovery codes."""
    if user.totp_secret is None or user.totp_confirmed:
        raise ThreadlineError("start enrolment first", code="invalid")
    secret = decrypt_text(settings, TOTP_FIELD, user.id, user.totp_secret)
    step = totp.matching_step(secret, code, last_step=user.totp_last_step)
    if step is None:
        raise ThreadlineError("that code is not right; check the phone's clock", code="invalid_code")
    user.totp_confirmed = True
    user.totp_last_step = step
    codes = totp.new_recovery_codes()
    for code_text in codes:
        session.add(RecoveryCode(user_id=user.id, code_hash=totp.hash_recovery_code(code_text)))
    audit.record(
        session,
        settings,
        "user.totp_enrol",
        actor=user.username,
        actor_user_id=user.id,
        record_type="user",
        record_id=user.id,
    )
    return codes


def _check_second_factor(session: Session, settings: Settings, user: User, code: str) -> str | None:
    """ "totp" or "recovery" when `code` is a valid second factor (recovery codes are used up)."""
    if user.totp_secret is not None:
        secret = decrypt_text(settings, TOTP_FIELD, user.id, user.totp_secret)
        step = totp.matching_step(secret, code, last_step=user.totp_last_step)
        if step is not None:
            user.totp_last_step = step
            return "totp"
    if "-" in code or len(code.strip()) > 8:
        unused = session.scalars(
            select(RecoveryCode).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
        )
        for row in unused:
            if totp.check_recovery_code(row.code_hash, code):
                row.used_at = utcnow()
                return "recovery"
    return None


# --- logging in --------------------------------------------------------------------------------------


class Outcome(StrEnum):
    OK = "ok"
    INVALID = "invalid"  # unknown user or wrong password: the caller cannot tell which
    LOCKED = "locked"
    DISABLED = "disabled"
    SECOND_FACTOR_REQUIRED = "second_factor_required"
    SECOND_FACTOR_INVALID = "second_factor_invalid"


@dataclass(frozen=True)
class LoginResult:
    outcome: Outcome
    user: User | None = None
    mfa_passed: bool = False

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


def _fail(session: Session, settings: Settings, user: User, reason: str) -> None:
    user.failed_logins += 1
    detail: dict[str, object] = {"reason": reason, "failures": user.failed_logins}
    if user.failed_logins >= LOCKOUT_AFTER and user.locked_at is None:
        user.locked_at = utcnow()
        detail["locked"] = True
    _record_failure(session, settings, user, detail)


def _record_failure(session: Session, settings: Settings, user: User, detail: dict[str, object]) -> None:
    audit.record(
        session,
        settings,
        "login.failure",
        actor=user.username,
        actor_user_id=user.id,
        record_type="user",
        record_id=user.id,
        detail=detail,
    )


def authenticate(
    session: Session, settings: Settings, username: str, password: str, second_factor: str | None = None
) -> LoginResult:
    """Check credentials. Unknown users cost one Argon2 verification (against a dummy hash), exactly as
    a wrong password does, and both write one audit event, so timing does not reveal which usernames
    exist. Locked and disabled accounts are only named once the password was right."""
    user = find_user(session, username)
    if user is None:
        verify_dummy(password)
        # The attempted name is not recorded: people type passwords into the username field.
        audit.record(session, settings, "login.failure", actor="unknown", detail={"reason": "invalid"})
        return LoginResult(Outcome.INVALID)
    if not verify_password(user.password_hash, password):
        if user.locked_at is None and user.disabled_at is None:
            _fail(session, settings, user, "password")
        else:
            _record_failure(session, settings, user, {"reason": "password"})
        return LoginResult(Outcome.INVALID)
    if user.disabled_at is not None or user.locked_at is not None:
        outcome = Outcome.DISABLED if user.disabled_at is not None else Outcome.LOCKED
        audit.record(
            session,
            settings,
            "login.failure",
            actor=user.username,
            actor_user_id=user.id,
            record_type="user",
            record_id=user.id,
            detail={"reason": outcome.value},
        )
        return LoginResult(outcome, user)
    mfa_passed = False
    if user.totp_confirmed:
        if not second_factor:
            return LoginResult(Outcome.SECOND_FACTOR_REQUIRED, user)
        method = _check_second_factor(session, settings, user, second_factor)
        if method is None:
            _fail(session, settings, user, "second_factor")
            return LoginResult(Outcome.SECOND_FACTOR_INVALID, user)
        mfa_passed = True
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    audit.record(
        session,
        settings,
        "login.success",
        actor=user.username,
        actor_user_id=user.id,
        record_type="user",
        record_id=user.id,
        detail={"second_factor": mfa_passed},
    )
    return LoginResult(Outcome.OK, user, mfa_passed)
