"""The access policy: the one place that decides who may read or write what.

Three layers, each a function here and nowhere else:
- by role: `allows(principal, permission)` from the GRANTS table (narrowed by an API token's scopes);
- by record: `case_read_clause(principal)` / `case_write_clause(principal)` are SQL where-clauses, so a
  list or search can only ever fetch rows the principal may see (never filtered after the fact);
- by field: `redact(principal, kind, record, access=...)` blanks victim identity and reporter contact
  for anyone not entitled to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from threadline.auth.principal import Principal
from threadline.auth.roles import Role
from threadline.store.tables.cases import Case, CaseParticipant


class Permission(StrEnum):
    HEALTH_READ = "health:read"
    REPORT_SUBMIT = "report:submit"  # the public channel
    REPORT_ADD_BY_RECEIPT = "report:add_by_receipt"  # an anonymous reporter adding to their report
    PUBLIC_GUIDANCE = "public:guidance"  # spot-the-signs questionnaires and the safety question
    LOGIN = "account:login"  # anyone may try to log in
    ACCOUNT_SELF = "account:self"  # own account: who am I, logout, password, second factor
    TOKEN_MANAGE = "account:tokens"  # noqa: S105  (own API tokens; a name, not a secret)
    REPORT_CREATE = "report:create"  # staff intake: helpline, officer, bulk
    REPORT_READ = "report:read"
    REPORT_CONTACT_READ = "report:contact:read"  # decrypt the reporter's contact details
    CASE_READ = "case:read"
    CASE_WRITE = "case:write"
    CASE_SHARE = "case:share"  # add participants, share with a partner organisation
    VICTIM_IDENTITY_READ = "victim:identity:read"
    REFERRAL_CREATE = "referral:create"  # NRM / Duty to Notify drafts: they carry a victim's identity
    ALERT_HANDLE = "alert:handle"  # mark an alert as dealt with (reading alerts is report:read)
    EXPORT = "data:export"
    AUDIT_READ = "audit:read"
    USER_MANAGE = "user:manage"


PUBLIC_PERMISSIONS = frozenset(
    {
        Permission.HEALTH_READ,
        Permission.REPORT_SUBMIT,
        Permission.REPORT_ADD_BY_RECEIPT,
        Permission.PUBLIC_GUIDANCE,
        Permission.LOGIN,
    }
)
_ACCOUNT = frozenset({Permission.ACCOUNT_SELF, Permission.TOKEN_MANAGE})

# Why each role has what it has: least privilege per job. Admins run the system (accounts, audit) and
# deliberately read no case content; supervisors oversee casework in their organisation.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.PUBLIC: PUBLIC_PERMISSIONS,
    Role.CALL_HANDLER: _ACCOUNT
    | {
        Permission.REPORT_CREATE,
        Permission.REPORT_READ,
        Permission.REPORT_CONTACT_READ,
        Permission.ALERT_HANDLE,
    },
    Role.ANALYST: _ACCOUNT | {Permission.REPORT_READ, Permission.CASE_READ, Permission.EXPORT},
    Role.INVESTIGATOR: _ACCOUNT
    | {
        Permission.REPORT_CREATE,
        Permission.REPORT_READ,
        Permission.CASE_READ,
        Permission.CASE_WRITE,
        Permission.VICTIM_IDENTITY_READ,
        Permission.REFERRAL_CREATE,
        Permission.ALERT_HANDLE,
    },
    Role.VICTIM_NAVIGATOR: _ACCOUNT
    | {Permission.CASE_READ, Permission.VICTIM_IDENTITY_READ, Permission.REFERRAL_CREATE},
    Role.PARTNER: _ACCOUNT | {Permission.CASE_READ},
    Role.SUPERVISOR: _ACCOUNT
    | {
        Permission.REPORT_CREATE,
        Permission.REPORT_READ,
        Permission.REPORT_CONTACT_READ,
        Permission.CASE_READ,
        Permission.CASE_WRITE,
        Permission.CASE_SHARE,
        Permission.VICTIM_IDENTITY_READ,
        Permission.REFERRAL_CREATE,
        Permission.ALERT_HANDLE,
        Permission.EXPORT,
        Permission.AUDIT_READ,
    },
    Role.ADMIN: _ACCOUNT | {Permission.USER_MANAGE, Permission.AUDIT_READ},
}


def role_permissions(role: Role) -> frozenset[Permission]:
    # Everyone can do what the public can: a logged-in user may still check health or log in again.
    return GRANTS[role] | PUBLIC_PERMISSIONS


def allows(principal: Principal, permission: Permission) -> bool:
    """May this principal do this kind of thing at all (before looking at any particular record)?"""
    if permission in PUBLIC_PERMISSIONS:
        return True
    if principal.setup_only:
        # Until the password is changed and the second factor set up, only the account itself.
        return permission is Permission.ACCOUNT_SELF
    if permission not in role_permissions(principal.role):
        return False
    # A token may do only what it was scoped to, and never more than its owner's role.
    return principal.scopes is None or permission.value in principal.scopes


# --- records: cases ---------------------------------------------------------------------------------


def _participates(principal: Principal) -> ColumnElement[bool]:
    """The principal, or their organisation, takes part in the case."""
    who = [CaseParticipant.user_id == principal.user_id]
    if principal.organisation_id is not None:
        who.append(CaseParticipant.organisation_id == principal.organisation_id)
    return exists().where(CaseParticipant.case_id == Case.id, or_(*who))


def _participates_as_user(principal: Principal) -> ColumnElement[bool]:
    return exists().where(CaseParticipant.case_id == Case.id, CaseParticipant.user_id == principal.user_id)


def case_read_clause(principal: Principal) -> ColumnElement[bool]:
    """Where-clause over `Case` selecting exactly the cases this principal may see."""
    if principal.user_id is None or not allows(principal, Permission.CASE_READ):
        return false()
    if principal.role is Role.PARTNER:
        # A partner sees only what is shared with them; a restricted case only if named on it.
        return or_(
            and_(Case.restricted.is_(False), _participates(principal)),
            _participates_as_user(principal),
        )
    own_org = Case.owner_organisation_id == principal.organisation_id
    if principal.role is Role.SUPERVISOR:
        return or_(own_org, _participates(principal))
    return or_(and_(own_org, Case.restricted.is_(False)), _participates_as_user(principal))


def case_write_clause(principal: Principal) -> ColumnElement[bool]:
    """Where-clause over `Case` for cases this principal may change: readable, and their organisation's
    (or they were named on it); partners never write another agency's case."""
    if principal.user_id is None or not allows(principal, Permission.CASE_WRITE):
        return false()
    own_org = Case.owner_organisation_id == principal.organisation_id
    return and_(case_read_clause(principal), or_(own_org, _participates_as_user(principal)))


def case_share_clause(principal: Principal) -> ColumnElement[bool]:
    if not allows(principal, Permission.CASE_SHARE):
        return false()
    return and_(case_write_clause(principal), Case.owner_organisation_id == principal.organisation_id)


def readable_cases(principal: Principal) -> Any:
    """`select(Case)` already restricted to what the principal may read: build lists on top of it."""
    return select(Case).where(case_read_clause(principal))


@dataclass(frozen=True)
class CaseAccess:
    case: Case
    participant: bool  # the user themself is named on the case
    same_organisation: bool


def case_access(session: Session, principal: Principal, case_id: int) -> CaseAccess | None:
    """The case and how the principal relates to it, or None if they may not see it (or it does not
    exist: callers answer 404 for both, so probing ids reveals nothing)."""
    case = session.scalars(select(Case).where(Case.id == case_id, case_read_clause(principal))).first()
    if case is None:
        return None
    named = session.scalar(
        select(
            exists().where(CaseParticipant.case_id == case_id, CaseParticipant.user_id == principal.user_id)
        )
    )
    return CaseAccess(case, bool(named), case.owner_organisation_id == principal.organisation_id)


def may_write_case(session: Session, principal: Principal, case_id: int) -> bool:
    return session.scalar(select(exists().where(Case.id == case_id, case_write_clause(principal)))) or False


def may_share_case(session: Session, principal: Principal, case_id: int) -> bool:
    return session.scalar(select(exists().where(Case.id == case_id, case_share_clause(principal)))) or False


# --- reports ----------------------------------------------------------------------------------------


def report_read_clause(principal: Principal) -> ColumnElement[bool]:
    """Where-clause over `Report`. Reports are not yet tied to cases or organisations, so this is by
    role only; when the cases stage links them, restricted-case reports must be filtered here."""
    return true() if principal.user_id is not None and allows(principal, Permission.REPORT_READ) else false()


# --- fields -----------------------------------------------------------------------------------------

VICTIM_IDENTITY_FIELDS = frozenset(
    {
        "name",
        "full_name",
        "aliases",
        "date_of_birth",
        "address",
        "phone",
        "email",
        "document_number",
        "photo",
        "contact",
    }
)
REPORTER_CONTACT_FIELDS = frozenset({"reporter_contact"})
SENSITIVE_FIELDS: dict[str, frozenset[str]] = {
    "victim": VICTIM_IDENTITY_FIELDS,
    "report": REPORTER_CONTACT_FIELDS,
}


def may_read_victim_identity(principal: Principal, access: CaseAccess | None) -> bool:
    if access is None or not allows(principal, Permission.VICTIM_IDENTITY_READ):
        return False
    if principal.role is Role.SUPERVISOR and access.same_organisation:
        return True
    # Navigators and investigators see identities only of victims in cases they work on.
    return access.participant


def may_read_reporter_contact(principal: Principal) -> bool:
    return principal.user_id is not None and allows(principal, Permission.REPORT_CONTACT_READ)


def hidden_fields(principal: Principal, kind: str, access: CaseAccess | None = None) -> frozenset[str]:
    """The fields of a record of `kind` this principal must not see."""
    if kind == "victim":
        return frozenset() if may_read_victim_identity(principal, access) else VICTIM_IDENTITY_FIELDS
    if kind == "report":
        return frozenset() if may_read_reporter_contact(principal) else REPORTER_CONTACT_FIELDS
    return frozenset()


def redact(
    principal: Principal, kind: str, record: Mapping[str, Any], *, access: CaseAccess | None = None
) -> dict[str, Any]:
    """A copy of `record` with the fields the principal may not see set to None, and their names listed
    under "redacted" so a screen can say "withheld" rather than "unknown"."""
    hidden = hidden_fields(principal, kind, access)
    out = {k: (None if k in hidden else v) for k, v in record.items()}
    withheld = sorted(k for k in record if k in hidden)
    if withheld:
        out["redacted"] = withheld
    return out
