"""Field-level policy: partners see victim identity only with consent and need; navigators only on
their cases; reporter contact only for the roles that call reporters back."""

from __future__ import annotations

from datetime import datetime

from threadline.auth.policy import CaseAccess, redact
from threadline.auth.principal import Principal
from threadline.auth.roles import Role
from threadline.store.tables.cases import Case

VICTIM = {
    "id": 5,
    "full_name": "Maria Ionescu",
    "date_of_birth": "2001-02-03",
    "phone": "+40 700 000 000",
    "document_number": "RO123456",
    "age_band": "18-24",
    "nationality": "RO",
    "gender": "female",
    "support_plan": "safe house",
}


def _access(*, participant: bool, same_org: bool) -> CaseAccess:
    case = Case(
        id=1, title="t", status="active", restricted=False, owner_organisation_id=1, created_at=datetime.now()
    )
    return CaseAccess(case, participant=participant, same_organisation=same_org)


def _who(role: Role, org: int = 1) -> Principal:
    return Principal(role=role, user_id=10, username=role.value, organisation_id=org, via="session")


def test_partner_sees_the_victim_without_identity() -> None:
    view = redact(
        _who(Role.PARTNER, org=2), "victim", VICTIM, access=_access(participant=True, same_org=False)
    )
    for field in ("full_name", "date_of_birth", "phone", "document_number"):
        assert view[field] is None
    assert view["redacted"] == ["date_of_birth", "document_number", "full_name", "phone"]
    # What the partner needs to help stays: age band, nationality, gender, the support plan.
    assert (
        view["age_band"] == "18-24" and view["nationality"] == "RO" and view["support_plan"] == "safe house"
    )
    assert "Maria" not in repr(view)


def test_identity_only_for_entitled_roles_on_their_cases() -> None:
    on_case = _access(participant=True, same_org=True)
    off_case = _access(participant=False, same_org=True)
    assert (
        redact(_who(Role.VICTIM_NAVIGATOR), "victim", VICTIM, access=on_case)["full_name"] == "Maria Ionescu"
    )
    assert redact(_who(Role.VICTIM_NAVIGATOR), "victim", VICTIM, access=off_case)["full_name"] is None
    assert redact(_who(Role.INVESTIGATOR), "victim", VICTIM, access=on_case)["full_name"] == "Maria Ionescu"
    assert redact(_who(Role.SUPERVISOR), "victim", VICTIM, access=off_case)["full_name"] == "Maria Ionescu"
    for role in (Role.ANALYST, Role.CALL_HANDLER, Role.ADMIN, Role.PUBLIC):
        assert redact(_who(role), "victim", VICTIM, access=on_case)["full_name"] is None, role
    assert redact(_who(Role.SUPERVISOR), "victim", VICTIM, access=None)["full_name"] is None


def test_api_token_scope_narrows_field_access() -> None:
    on_case = _access(participant=True, same_org=True)
    scoped = Principal(
        role=Role.INVESTIGATOR, user_id=3, organisation_id=1, via="token", scopes=frozenset({"case:read"})
    )
    assert redact(scoped, "victim", VICTIM, access=on_case)["full_name"] is None


def test_reporter_contact_by_role() -> None:
    report = {"id": 1, "text": "...", "reporter_contact": "+44 7700 900123"}
    for role in Role:
        view = redact(_who(role), "report", report)
        visible = view["reporter_contact"] is not None
        assert visible == (role in {Role.CALL_HANDLER, Role.SUPERVISOR}), role


def test_partner_sees_identity_only_with_consent_and_need() -> None:
    partner = _who(Role.PARTNER, org=2)
    case = _access(participant=False, same_org=False).case
    with_need = CaseAccess(case, participant=False, same_organisation=False, identity_shared=True)
    without_need = CaseAccess(case, participant=True, same_organisation=False, identity_shared=False)
    consenting = {**VICTIM, "consent_to_share_identity": True}
    assert redact(partner, "victim", consenting, access=with_need)["full_name"] == "Maria Ionescu"
    assert redact(partner, "victim", VICTIM, access=with_need)["full_name"] is None  # no consent
    assert redact(partner, "victim", consenting, access=without_need)["full_name"] is None  # no need
    # Consent must be the boolean true, not anything truthy a client might have sent.
    assert (
        redact(partner, "victim", {**VICTIM, "consent_to_share_identity": "yes"}, access=with_need)[
            "full_name"
        ]
        is None
    )
