"""Every route × every role × own / other / restricted / participant / shared case → allow or deny.

The matrix is generated from the application's route table: a new route is tested the moment it is
mounted, and a route that declares no permission fails `test_every_route_has_a_policy_rule`.
The expectations below are written out independently of auth/policy.py on purpose: they are the
specification the policy is checked against, not a copy of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from threadline.auth.dependencies import require
from threadline.auth.policy import Permission
from threadline.auth.roles import ACCOUNT_ROLES, Role
from threadline.config import Settings
from threadline.store.database import Database
from threadline.store.tables.cases import Case, CaseParticipant
from threadline.store.tables.victims import Victim

from .conftest import build_app
from .support import Account, make_account, make_report, session_headers

R = Role
EVERYONE = frozenset(Role)
ACCOUNTS = frozenset(ACCOUNT_ROLES)

# Which roles hold each permission: the specification.
EXPECTED_ROLES: dict[Permission, frozenset[Role]] = {
    Permission.HEALTH_READ: EVERYONE,
    Permission.REPORT_SUBMIT: EVERYONE,
    Permission.REPORT_ADD_BY_RECEIPT: EVERYONE,
    Permission.PUBLIC_GUIDANCE: EVERYONE,
    Permission.LOGIN: EVERYONE,
    Permission.ACCOUNT_SELF: ACCOUNTS,
    Permission.TOKEN_MANAGE: ACCOUNTS,
    Permission.REPORT_CREATE: frozenset({R.CALL_HANDLER, R.INVESTIGATOR, R.SUPERVISOR}),
    Permission.REPORT_READ: frozenset({R.CALL_HANDLER, R.ANALYST, R.INVESTIGATOR, R.SUPERVISOR}),
    Permission.REPORT_CONTACT_READ: frozenset({R.CALL_HANDLER, R.SUPERVISOR}),
    Permission.CASE_READ: frozenset({R.ANALYST, R.INVESTIGATOR, R.VICTIM_NAVIGATOR, R.PARTNER, R.SUPERVISOR}),
    Permission.CASE_WRITE: frozenset({R.INVESTIGATOR, R.SUPERVISOR}),
    Permission.CASE_SHARE: frozenset({R.SUPERVISOR}),
    # Partners hold it, but it opens only consented victims on a case shared with identity access
    # (tests/security/test_victims.py).
    Permission.VICTIM_IDENTITY_READ: frozenset({R.INVESTIGATOR, R.VICTIM_NAVIGATOR, R.PARTNER, R.SUPERVISOR}),
    Permission.REFERRAL_CREATE: frozenset({R.INVESTIGATOR, R.VICTIM_NAVIGATOR, R.SUPERVISOR}),
    Permission.ALERT_HANDLE: frozenset({R.CALL_HANDLER, R.INVESTIGATOR, R.SUPERVISOR}),
    Permission.EXPORT: frozenset({R.ANALYST, R.SUPERVISOR}),
    Permission.CASE_EXPORT: frozenset({R.ANALYST, R.INVESTIGATOR, R.PARTNER, R.SUPERVISOR}),
    Permission.SEARCH: frozenset(
        {R.CALL_HANDLER, R.ANALYST, R.INVESTIGATOR, R.VICTIM_NAVIGATOR, R.PARTNER, R.SUPERVISOR}
    ),
    Permission.AUDIT_READ: frozenset({R.SUPERVISOR, R.ADMIN}),
    Permission.USER_MANAGE: frozenset({R.ADMIN}),
}

# The case kinds every case route is tried against. Everyone but the partner works for agency A;
# the partner works for organisation P.
CASE_KINDS = ("own", "other", "restricted", "participant", "shared")
# Which kinds each role may see (given it may read cases at all).
VISIBLE: dict[Role, frozenset[str]] = {
    R.SUPERVISOR: frozenset({"own", "restricted", "participant", "shared"}),
    R.PARTNER: frozenset({"participant", "shared"}),
}
DEFAULT_VISIBLE = frozenset({"own", "participant", "shared"})
# Valid bodies for case routes, so "allowed" shows as success and "not visible" as 404. A case route
# that changes something and has no body here is only checked for 401/403; GET case routes always are
# checked for success when visible and 404 when not.
CASE_BODIES: dict[tuple[str, str], dict[str, object]] = {}


@dataclass(frozen=True)
class Endpoint:
    path: str
    methods: frozenset[str]
    dependant: Dependant


def route_permissions(route: Endpoint) -> set[Permission]:
    found: set[Permission] = set()
    stack = [route.dependant]
    while stack:
        dependant = stack.pop()
        if isinstance(dependant.call, require):
            found.add(dependant.call.permission)
        stack.extend(dependant.dependencies)
    return found


def api_routes(app: FastAPI) -> list[Endpoint]:
    """Every API route as mounted (FastAPI includes routers lazily, so walk the route contexts; the
    effective route carries include-level dependencies too)."""
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or not (context.path or "").startswith("/api/v1"):
            continue
        dependant = getattr(getattr(context, "_effective_route", None), "dependant", None) or route.dependant
        found.append(Endpoint(context.path or route.path, frozenset(route.methods), dependant))
    assert found, "no API routes found: has FastAPI changed how routers are included?"
    return found


@pytest.fixture
def sqlite_app(tmp_path: Path) -> FastAPI:
    return build_app(Database(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'x.db'}")))


def test_every_route_has_a_policy_rule(sqlite_app: FastAPI) -> None:
    problems = []
    for route in api_routes(sqlite_app):
        permissions = route_permissions(route)
        where = f"{','.join(sorted(route.methods))} {route.path}"
        if not permissions:
            problems.append(f"{where}: no Depends(require(Permission.…))")
        for permission in permissions - EXPECTED_ROLES.keys():
            problems.append(f"{where}: {permission} has no expectation in this test")
    assert not problems, "routes without a policy rule:\n" + "\n".join(problems)


def test_policy_table_matches_the_specification() -> None:
    from threadline.auth.policy import role_permissions

    for permission, roles in EXPECTED_ROLES.items():
        holders = {role for role in Role if permission in role_permissions(role)}
        assert holders == set(roles), permission


@dataclass
class World:
    accounts: dict[Role, Account]
    cases: dict[str, int]
    victims: dict[str, int]  # one victim in each case


@pytest.fixture
def world(keyed_db: Database) -> World:
    accounts = {
        role: make_account(
            keyed_db, f"{role.value}-user", role, "Partner P" if role is Role.PARTNER else "Agency A"
        )
        for role in ACCOUNT_ROLES
    }
    other = make_account(keyed_db, "someone-at-b", Role.INVESTIGATOR, "Agency B")
    org_a = accounts[Role.SUPERVISOR].organisation_id
    org_p = accounts[Role.PARTNER].organisation_id
    with keyed_db.session() as session:
        cases = {
            "own": Case(title="own", restricted=False, owner_organisation_id=org_a),
            "other": Case(title="other", restricted=False, owner_organisation_id=other.organisation_id),
            "restricted": Case(title="restricted", restricted=True, owner_organisation_id=org_a),
            "participant": Case(title="participant", restricted=True, owner_organisation_id=org_a),
            "shared": Case(title="shared", restricted=False, owner_organisation_id=org_a),
        }
        session.add_all(cases.values())
        session.flush()
        for account in accounts.values():
            session.add(CaseParticipant(case_id=cases["participant"].id, user_id=account.user_id))
        session.add(CaseParticipant(case_id=cases["shared"].id, organisation_id=org_p))
        victims = {kind: Victim(case_id=case.id) for kind, case in cases.items()}
        session.add_all(victims.values())
        report = make_report(session, keyed_db.settings, "a report to attach to cases")
        session.flush()
        ids = {kind: case.id for kind, case in cases.items()}
        victim_ids = {kind: victim.id for kind, victim in victims.items()}
    CASE_BODIES[("POST", "/api/v1/cases/{case_id}/participants")] = {"user_id": other.user_id}
    CASE_BODIES[("POST", "/api/v1/cases/{case_id}/victims")] = {"name": "Matrix Victim", "age_band": "18-24"}
    CASE_BODIES[("POST", "/api/v1/cases/{case_id}/reports")] = {"report_id": report.id}
    return World(accounts, ids, victim_ids)


def _visible(role: Role, kind: str) -> bool:
    return kind in VISIBLE.get(role, DEFAULT_VISIBLE)


def _fill(path: str, case_id: int | None, victim_id: int | None = None) -> str:
    filled = path.replace("{case_id}", str(case_id)) if case_id is not None else path
    if victim_id is not None:
        filled = filled.replace("{victim_id}", str(victim_id))
    filled = filled.replace("{code}", "ABCD-EFGH-JKMN")
    while "{" in filled:
        start, end = filled.index("{"), filled.index("}")
        filled = filled[:start] + "1" + filled[end + 1 :]
    return filled


def _call(client: TestClient, method: str, url: str, headers: dict[str, str], body: object | None):
    if body is None:
        return client.request(method, url, headers=headers)
    return client.request(method, url, headers=headers, json=body)


def test_authorisation_matrix(keyed_db: Database, world: World, client: TestClient) -> None:
    failures: list[str] = []
    tried = 0
    for route in api_routes(client.app):  # type: ignore[arg-type]
        permissions = route_permissions(route)
        if not permissions or permissions - EXPECTED_ROLES.keys():
            continue  # reported by test_every_route_has_a_policy_rule
        is_case_route = "{case_id}" in route.path
        for method in sorted(route.methods):
            body = CASE_BODIES.get((method, route.path))
            strict = body is not None or method == "GET"
            for role in Role:
                allowed = all(role in EXPECTED_ROLES[p] for p in permissions)
                for kind in CASE_KINDS if is_case_route else (None,):
                    client.app.state.rate_limiters = {}  # type: ignore[attr-defined]  (full buckets)
                    headers = {} if role is Role.PUBLIC else session_headers(keyed_db, world.accounts[role])
                    url = _fill(
                        route.path,
                        world.cases[kind] if kind else None,
                        world.victims[kind] if kind else None,
                    )
                    status = _call(client, method, url, headers, body).status_code
                    tried += 1
                    where = f"{method} {url} as {role.value}" + (f" on the {kind} case" if kind else "")
                    if not allowed:
                        expected = {401} if role is Role.PUBLIC else {403}
                        if status not in expected:
                            failures.append(f"{where}: expected {expected}, got {status}")
                    elif status in (401, 403):
                        failures.append(f"{where}: expected access, got {status}")
                    elif kind is not None and not _visible(role, kind) and status != 404 and strict:
                        failures.append(f"{where}: case must be invisible (404), got {status}")
                    elif kind is not None and _visible(role, kind) and strict and status >= 400:
                        failures.append(f"{where}: expected success, got {status}")
                    elif kind is not None and not _visible(role, kind) and not strict and status < 400:
                        failures.append(f"{where}: case must be invisible, got {status}")
    assert tried > 0
    assert not failures, f"{len(failures)} of {tried} checks failed:\n" + "\n".join(failures)


def test_case_lists_are_filtered_in_the_query(keyed_db: Database, world: World, client: TestClient) -> None:
    from sqlalchemy import select

    from threadline.auth.policy import case_read_clause
    from threadline.auth.principal import Principal

    for role in Role:
        headers = {} if role is Role.PUBLIC else session_headers(keyed_db, world.accounts[role])
        response = client.get("/api/v1/cases", headers=headers)
        if Permission.CASE_READ not in role_permissions_spec(role):
            assert response.status_code in (401, 403), role
            continue
        assert response.status_code == 200, (role, response.text)
        seen = {case["id"] for case in response.json()}
        expected = {world.cases[k] for k in CASE_KINDS if _visible(role, k)}
        assert seen == expected, role
    # The filter is SQL: the statement itself carries the policy (nothing is filtered in Python).
    account = world.accounts[Role.ANALYST]
    principal = Principal(role=Role.ANALYST, user_id=account.user_id, organisation_id=account.organisation_id)
    sql = str(select(Case).where(case_read_clause(principal)))
    assert "case_participants" in sql and "restricted" in sql


def role_permissions_spec(role: Role) -> set[Permission]:
    return {p for p, roles in EXPECTED_ROLES.items() if role in roles}
