"""The SQL clauses of the policy say exactly what its per-record functions say: for every role, case
kind, consent and share, the victims a query returns are the victims `may_read_victim_identity` opens."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.security.support import make_account, make_report
from threadline.auth.policy import (
    case_access,
    may_read_victim_identity,
    report_read_clause,
    victim_identity_clause,
    victim_read_clause,
)
from threadline.auth.principal import Principal
from threadline.auth.roles import ACCOUNT_ROLES, Role
from threadline.store.database import Database
from threadline.store.tables.cases import Case, CaseParticipant, CaseReport
from threadline.store.tables.reports import Report
from threadline.store.tables.victims import Victim


def _world(db: Database) -> dict[Role, Principal]:
    accounts = {
        role: make_account(db, role.value, role, "Partner P" if role is Role.PARTNER else "Agency A")
        for role in ACCOUNT_ROLES
    }
    other = make_account(db, "b", Role.INVESTIGATOR, "Agency B")
    org_a, org_p = accounts[Role.SUPERVISOR].organisation_id, accounts[Role.PARTNER].organisation_id
    with db.session() as session:
        kinds = {
            "own": (False, org_a),
            "other": (False, other.organisation_id),
            "restricted": (True, org_a),
            "participant": (True, org_a),
            "shared": (False, org_a),
            "shared_with_need": (False, org_a),
            "partner_named_with_need": (True, org_a),
        }
        cases = {}
        for kind, (restricted, owner) in kinds.items():
            case = Case(title=kind, restricted=restricted, owner_organisation_id=owner)
            session.add(case)
            session.flush()
            cases[kind] = case.id
            for consent in (False, True):
                session.add(Victim(case_id=case.id, consent_to_share_identity=consent))
        for account in accounts.values():
            session.add(CaseParticipant(case_id=cases["participant"], user_id=account.user_id))
        session.add(CaseParticipant(case_id=cases["shared"], organisation_id=org_p))
        session.add(
            CaseParticipant(case_id=cases["shared_with_need"], organisation_id=org_p, identity_access=True)
        )
        session.add(
            CaseParticipant(
                case_id=cases["partner_named_with_need"],
                user_id=accounts[Role.PARTNER].user_id,
                identity_access=True,
            )
        )
        for kind, case_id in cases.items():
            report = make_report(session, db.settings, f"report about {kind}")
            session.add(CaseReport(case_id=case_id, report_id=report.id))
    return {
        role: Principal(role=role, user_id=a.user_id, username=a.username, organisation_id=a.organisation_id)
        for role, a in accounts.items()
    }


def test_identity_clause_agrees_with_the_record_rule(keyed_db: Database) -> None:
    principals = _world(keyed_db)
    opened_by_partner = set()
    with keyed_db.session() as session:
        victims = session.scalars(select(Victim)).all()
        for role, principal in principals.items():
            in_sql = set(session.scalars(select(Victim.id).where(victim_identity_clause(principal))))
            readable_sql = set(session.scalars(select(Victim.id).where(victim_read_clause(principal))))
            in_python, readable_python = set(), set()
            for victim in victims:
                access = case_access(session, principal, victim.case_id)
                if access is not None:
                    readable_python.add(victim.id)
                if may_read_victim_identity(principal, access, consented=victim.consent_to_share_identity):
                    in_python.add(victim.id)
            assert in_sql == in_python, role
            assert readable_sql == readable_python, role
            if role is Role.PARTNER:
                opened_by_partner = in_sql
        # The partner opens exactly the consenting victims of the two cases shared with need.
        titles = {
            (session.get(Case, v.case_id).title, v.consent_to_share_identity)  # type: ignore[union-attr]
            for v in victims
            if v.id in opened_by_partner
        }
    assert titles == {("shared_with_need", True), ("partner_named_with_need", True)}


def test_report_clause_hides_reports_of_unreadable_restricted_cases(keyed_db: Database) -> None:
    principals = _world(keyed_db)
    with keyed_db.session() as session:
        for role, principal in principals.items():
            visible = set(session.scalars(select(Report.text).where(report_read_clause(principal))))
            count = session.scalar(select(func.count(Report.id)).where(report_read_clause(principal)))
            assert count == len(visible), role
            if role in (Role.PARTNER, Role.VICTIM_NAVIGATOR, Role.ADMIN):
                assert visible == set(), role  # no report reading at all
                continue
            restricted_unreadable = {"report about restricted", "report about partner_named_with_need"}
            if role is Role.SUPERVISOR:
                assert len(visible) == 7, (
                    role
                )  # every case is the supervisor's organisation's, or B's open one
            elif role is Role.CALL_HANDLER:
                # Reads no cases, so no restricted case's reports (its own participation grants nothing).
                assert visible.isdisjoint(restricted_unreadable | {"report about participant"}), role
                assert len(visible) == 4, role
            else:
                assert visible.isdisjoint(restricted_unreadable), role
                assert "report about participant" in visible and len(visible) == 5, role
