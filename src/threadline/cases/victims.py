"""Victims of a case: add one, list them, read one. Every path goes through the access policy: victims
are found only inside readable cases (in the query), identity fields are decrypted only when
`may_read_victim_identity` allows it, and every decryption is an audit event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from threadline.auth.policy import CaseAccess, may_read_victim_identity, redact, victim_read_clause
from threadline.auth.principal import Principal
from threadline.auth.roles import Role
from threadline.cases.access import InvalidInput, note, readable_case, writable_case
from threadline.cases.identity import VictimIdentity, as_record, open_identity, seal_identity
from threadline.config import Settings
from threadline.errors import NotFoundError
from threadline.store.tables.auth import User
from threadline.store.tables.victims import VICTIM_IDENTITY_COLUMNS, Victim

AGE_BANDS = ("0-11", "12-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown")
SUPPORT_STATUSES = ("identified", "referred", "in_support", "declined_support", "closed")
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class VictimDetails:
    """What helps without identifying anyone: every case reader sees these."""

    age_band: str | None = None
    gender: str | None = None
    nationality: str | None = None
    consent_to_share_identity: bool = False
    navigator_user_id: int | None = None
    support_status: str = "identified"


def _check(session: Session, identity: VictimIdentity, details: VictimDetails) -> None:
    if details.age_band is not None and details.age_band not in AGE_BANDS:
        raise InvalidInput(f"age_band must be one of {', '.join(AGE_BANDS)}")
    if details.support_status not in SUPPORT_STATUSES:
        raise InvalidInput(f"support_status must be one of {', '.join(SUPPORT_STATUSES)}")
    born = identity.date_of_birth
    if born is not None and not EARLIEST_BIRTH <= born <= date.today():
        raise InvalidInput("date_of_birth must be between 1900-01-01 and today")
    if details.navigator_user_id is not None:
        navigator = session.get(User, details.navigator_user_id)
        if navigator is None or navigator.role != Role.VICTIM_NAVIGATOR.value:
            raise InvalidInput(f"user {details.navigator_user_id} is not a victim navigator")


def _details(victim: Victim) -> dict[str, Any]:
    return {
        "id": victim.id,
        "case_id": victim.case_id,
        "age_band": victim.age_band,
        "gender": victim.gender,
        "nationality": victim.nationality,
        "consent_to_share_identity": victim.consent_to_share_identity,
        "navigator_user_id": victim.navigator_user_id,
        "support_status": victim.support_status,
    }


def victim_view(
    session: Session, settings: Settings, principal: Principal, victim: Victim, access: CaseAccess
) -> dict[str, Any]:
    """The victim as this principal may see it. Identity is decrypted only when allowed (and that read
    is audited); otherwise it is never opened and the fields come back withheld."""
    allowed = may_read_victim_identity(principal, access, consented=victim.consent_to_share_identity)
    if allowed:
        identity: dict[str, Any] = open_identity(settings, victim)
        note(session, settings, principal, "read.victim_identity", record_type="victim", record_id=victim.id)
    else:
        identity = dict.fromkeys(VICTIM_IDENTITY_COLUMNS)
    return redact(principal, "victim", {**_details(victim), **identity}, access=access)


def add_victim(
    *,
    session: Session,
    settings: Settings,
    principal: Principal,
    case_id: int,
    identity: VictimIdentity,
    details: VictimDetails,
) -> dict[str, Any]:
    access = writable_case(session, principal, case_id)
    _check(session, identity, details)
    victim = Victim(
        case_id=case_id,
        age_band=details.age_band,
        gender=details.gender,
        nationality=details.nationality,
        consent_to_share_identity=details.consent_to_share_identity,
        navigator_user_id=details.navigator_user_id,
        support_status=details.support_status,
    )
    session.add(victim)
    session.flush()  # the id is bound into every ciphertext
    seal_identity(settings, victim, identity)
    session.flush()
    note(
        session,
        settings,
        principal,
        "victim.create",
        record_type="victim",
        record_id=victim.id,
        detail={"case_id": case_id},
    )
    # The writer gets back what they may read, built from what they sent (nothing to decrypt).
    return redact(principal, "victim", {**_details(victim), **as_record(identity)}, access=access)


def list_victims(
    *, session: Session, settings: Settings, principal: Principal, case_id: int
) -> list[dict[str, Any]]:
    access = readable_case(session, principal, case_id)
    statement = (
        select(Victim).where(Victim.case_id == case_id, victim_read_clause(principal)).order_by(Victim.id)
    )
    return [victim_view(session, settings, principal, v, access) for v in session.scalars(statement)]


def get_victim(
    *, session: Session, settings: Settings, principal: Principal, case_id: int, victim_id: int
) -> dict[str, Any]:
    access = readable_case(session, principal, case_id)
    victim = session.scalars(
        select(Victim).where(Victim.id == victim_id, Victim.case_id == case_id, victim_read_clause(principal))
    ).first()
    if victim is None:
        raise NotFoundError(f"no victim {victim_id} in case {case_id}")
    return victim_view(session, settings, principal, victim, access)
