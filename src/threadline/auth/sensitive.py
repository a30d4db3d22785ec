"""Reading an encrypted field for a person: check the policy, decrypt, and leave an audit event."""

from __future__ import annotations

from sqlalchemy.orm import Session

from threadline.auth.errors import Forbidden
from threadline.auth.policy import may_read_reporter_contact
from threadline.auth.principal import Principal
from threadline.config import Settings
from threadline.store import audit
from threadline.store.crypto import REPORTER_CONTACT_FIELD, decrypt_text, encrypt_field
from threadline.store.tables.reports import Report

REPORTER_CONTACT = REPORTER_CONTACT_FIELD


def seal_reporter_contact(settings: Settings, report: Report, contact: str | None) -> None:
    """Set `report.reporter_contact` to the ciphertext of `contact`. The report must have its id
    (flush first): the id is bound into the ciphertext."""
    if report.id is None:
        raise ValueError("flush the report before sealing its contact: the id is part of the ciphertext")
    report.reporter_contact = (
        None if contact is None else encrypt_field(settings, REPORTER_CONTACT, report.id, contact)
    )


def reveal_reporter_contact(
    session: Session, settings: Settings, principal: Principal, report: Report
) -> str | None:
    """The reporter's contact in clear, for a principal allowed to see it; every reveal is audited."""
    if not may_read_reporter_contact(principal):
        raise Forbidden("your role may not see reporter contact details")
    if report.reporter_contact is None:
        return None
    value = decrypt_text(settings, REPORTER_CONTACT, report.id, report.reporter_contact)
    audit.record(
        session,
        settings,
        "read.reporter_contact",
        actor=principal.audit_name,
        actor_user_id=principal.user_id,
        record_type="report",
        record_id=report.id,
    )
    return value
