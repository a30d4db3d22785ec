"""The few steps every case service starts with: find the case through the policy (404 when it may
not be seen, exactly as when it does not exist), check write access, and write the audit event."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from threadline.auth.errors import Forbidden
from threadline.auth.policy import CaseAccess, case_access, may_write_case
from threadline.auth.principal import Principal
from threadline.config import Settings
from threadline.errors import NotFoundError, ThreadlineError
from threadline.store import audit


class InvalidInput(ThreadlineError):
    """The request names something impossible (an unknown navigator, a date of birth in the future)."""

    status_code = 422
    code = "invalid"


def readable_case(session: Session, principal: Principal, case_id: int) -> CaseAccess:
    access = case_access(session, principal, case_id)
    if access is None:
        raise NotFoundError(f"no case {case_id}")
    return access


def writable_case(session: Session, principal: Principal, case_id: int) -> CaseAccess:
    access = readable_case(session, principal, case_id)
    if not may_write_case(session, principal, case_id):
        raise Forbidden("you may read this case but not change it")
    return access


def note(
    session: Session,
    settings: Settings,
    principal: Principal,
    action: str,
    *,
    record_type: str,
    record_id: object,
    detail: dict[str, Any] | None = None,
) -> None:
    """One audit event in the caller's transaction (ids and counts only, never the values read)."""
    audit.record(
        session,
        settings,
        action,
        actor=principal.audit_name,
        actor_user_id=principal.user_id,
        record_type=record_type,
        record_id=record_id,
        detail=detail,
    )
