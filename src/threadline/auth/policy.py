"""The access policy: the one place that decides who may read or write what.

Three layers, each a function here and nowhere else:
- by role: `allows(principal, permission)` from the GRANTS table (narrowed by an API token's scopes);
- by record: `case_read_clause(principal)`, `case_write_clause`, `report_read_clause`,
  `victim_read_clause` and `victim_identity_clause` are SQL where-clauses, so a list, count or search
  can only ever fetch rows the principal may see (never filtered after the fact);
- by field: `redact(principal, kind, record, access=...)` blanks victim identity and reporter contact
  for anyone not entitled to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.orm import Session

from threadline.auth.principal import Principal
from threadline.auth.roles import Role
from threadline.store.tables.cases import Case, CaseParticipant, CaseReport
from threadline.store.tables.reports import Report
from threadline.store.tables.victims import Victim


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
    EXPORT = "data:export"  # bulk exports across cases
    CASE_EXPORT = "case:export"  # one readable case as a file, redacted as the API redacts it
    SEARCH = "search"  # results come only from what the caller may read (cases, victims, reports)
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
        Permission.SEARCH,
    },
    Role.ANALYST: _ACCOUNT
    | {
        Permission.REPORT_READ,
        Permission.CASE_READ,
        Permission.CASE_EXPORT,
        Permission.EXPORT,
        Permission.SEARCH,
    },
    Role.INVESTIGATOR: _ACCOUNT
    | {
        Permission.REPORT_CREATE,
        Permission.REPORT_READ,
        Permission.CASE_READ,
        Permission.CASE_WRITE,
        Permission.CASE_EXPORT,
        Permission.VICTIM_IDENTITY_READ,
        Permission.REFERRAL_CREATE,
        Permission.ALERT_HANDLE,
        Permission.SEARCH,
    },
    # Navigators support victims: they read cases and identities but take no case file away.
    Role.VICTIM_NAVIGATOR: _ACCOUNT
    | {Permission.CASE_READ, Permission.VICTIM_IDENTITY_READ, Permission.REFERRAL_CREATE, Permission.SEARCH},
    # A partner's identity permission opens nothing by itself: only a victim who consented, on a case
    # shared with identity access ("need"), see `may_read_victim_identity`.
    Role.PARTNER: _ACCOUNT
    | {Permission.CASE_READ, Permission.CASE_EXPORT, Permission.VICTIM_IDENTITY_READ, Permission.SEARCH},
    Role.SUPERVISOR: _ACCOUNT
    | {
        Permission.REPORT_CREATE,
        Permission.REPORT_READ,
        Permission.REPORT_CONTACT_READ,
        Permission.CASE_READ,
        Permission.CASE_WRITE,
        Permission.CASE_SHARE,
        Permission.CASE_EXPORT,
        Permission.VICTIM_IDENTITY_READ,
        Permission.REFERRAL_CREATE,
        Permission.ALERT_HANDLE,
        Permission.EXPORT,
        Permission.AUDIT_READ,
        Permission.SEARCH,
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


def case_export_clause(principal: Principal) -> ColumnElement[bool]:
    """Where-clause over `Case` for cases this principal may export: exactly the cases they may read.
    An export is the case as the API shows it, redacted the same way, so it opens nothing new; the
    permission keeps the roles that need no case file (navigators, call handlers) from taking one."""
    if not allows(principal, Permission.CASE_EXPORT):
        return false()
    return case_read_clause(principal)


def _share_grants_identity(principal: Principal, case_id: Any) -> ColumnElement[bool]:
    """The case was shared with this user, or their organisation, with identity access ("need")."""
    who = [CaseParticipant.user_id == principal.user_id]
    if principal.organisation_id is not None:
        who.append(CaseParticipant.organisation_id == principal.organisation_id)
    return exists().where(
        CaseParticipant.case_id == case_id, or_(*who), CaseParticipant.identity_access.is_(True)
    )


@dataclass(frozen=True)
class CaseAccess:
    case: Case
    participant: bool  # the user themself is named on the case
    same_organisation: bool
    identity_shared: bool = False  # shared with the user or their organisation with identity access


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
    shared = session.scalar(select(_share_grants_identity(principal, case_id)))
    return CaseAccess(
        case, bool(named), case.owner_organisation_id == principal.organisation_id, bool(shared)
    )


def may_write_case(session: Session, principal: Principal, case_id: int) -> bool:
    return session.scalar(select(exists().where(Case.id == case_id, case_write_clause(principal)))) or False


def may_share_case(session: Session, principal: Principal, case_id: int) -> bool:
    return session.scalar(select(exists().where(Case.id == case_id, case_share_clause(principal)))) or False


# --- reports ----------------------------------------------------------------------------------------


def report_read_clause(principal: Principal) -> ColumnElement[bool]:
    """Where-clause over `Report`: report readers see every report except those attached to a
    restricted case they may not read (a report inherits the secrecy of the operation it belongs to)."""
    if principal.user_id is None or not allows(principal, Permission.REPORT_READ):
        return false()
    hidden_by_case = (
        select(CaseReport.id)
        .join(Case, Case.id == CaseReport.case_id)
        .where(CaseReport.report_id == Report.id, Case.restricted.is_(True), ~case_read_clause(principal))
        .exists()
    )
    return ~hidden_by_case


def readable_report(session: Session, principal: Principal, report_id: int) -> Report | None:
    """The report if this principal may read it; None when it is hidden or missing (both answer 404)."""
    return session.scalars(
        select(Report).where(Report.id == report_id, report_read_clause(principal))
    ).first()


# --- records: victims -------------------------------------------------------------------------------


def victim_read_clause(principal: Principal) -> ColumnElement[bool]:
    """Where-clause over `Victim`: victims of the cases this principal may read (their non-identifying
    fields; identity is a further, per-field decision)."""
    return Victim.case_id.in_(select(Case.id).where(case_read_clause(principal)))


def victim_identity_clause(principal: Principal) -> ColumnElement[bool]:
    """Where-clause over `Victim`: victims whose identity this principal may see. The SQL twin of
    `may_read_victim_identity`, used where a lookup by name would otherwise itself reveal an identity."""
    if principal.user_id is None or not allows(principal, Permission.VICTIM_IDENTITY_READ):
        return false()
    named = exists().where(
        CaseParticipant.case_id == Victim.case_id, CaseParticipant.user_id == principal.user_id
    )
    if principal.role is Role.PARTNER:
        entitled = and_(
            Victim.consent_to_share_identity.is_(True), _share_grants_identity(principal, Victim.case_id)
        )
    elif principal.role is Role.SUPERVISOR:
        own = exists().where(
            Case.id == Victim.case_id, Case.owner_organisation_id == principal.organisation_id
        )
        entitled = or_(own, named)
    else:
        entitled = named
    return and_(victim_read_clause(principal), entitled)


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


def may_read_victim_identity(
    principal: Principal, access: CaseAccess | None, *, consented: bool = False
) -> bool:
    """May this principal see the identity of a victim of the case `access` describes? `consented` is
    the victim's consent to share their identity (it matters for partners only)."""
    if access is None or not allows(principal, Permission.VICTIM_IDENTITY_READ):
        return False
    if principal.role is Role.PARTNER:
        # A joint investigation abroad sees identities only with the victim's consent AND a share that
        # the supervisor marked as needing them.
        return consented and access.identity_shared
    if principal.role is Role.SUPERVISOR and access.same_organisation:
        return True
    # Navigators and investigators see identities only of victims in cases they work on.
    return access.participant


def may_read_reporter_contact(principal: Principal) -> bool:
    return principal.user_id is not None and allows(principal, Permission.REPORT_CONTACT_READ)


def hidden_fields(
    principal: Principal, kind: str, access: CaseAccess | None = None, *, consented: bool = False
) -> frozenset[str]:
    """The fields of a record of `kind` this principal must not see."""
    if kind == "victim":
        allowed = may_read_victim_identity(principal, access, consented=consented)
        return frozenset() if allowed else VICTIM_IDENTITY_FIELDS
    if kind == "report":
        return frozenset() if may_read_reporter_contact(principal) else REPORTER_CONTACT_FIELDS
    return frozenset()


def redact(
    principal: Principal, kind: str, record: Mapping[str, Any], *, access: CaseAccess | None = None
) -> dict[str, Any]:
    """A copy of `record` with the fields the principal may not see set to None, and their names listed
    under "redacted" so a screen can say "withheld" rather than "unknown"."""
    # A victim record carries its own consent; the policy reads it from there.
    hidden = hidden_fields(principal, kind, access, consented=record.get("consent_to_share_identity") is True)
    out = {k: (None if k in hidden else v) for k, v in record.items()}
    withheld = sorted(k for k in record if k in hidden)
    if withheld:
        out["redacted"] = withheld
    return out
