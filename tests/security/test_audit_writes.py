"""Writes and exports through the API leave audit events; an anonymous public report leaves none."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from threadline.auth.roles import Role
from threadline.store.database import Database
from threadline.store.tables.alerts import AlertRow
from threadline.store.tables.audit import AuditEvent

from .support import make_account, session_headers


def _events(db: Database) -> list[tuple[str, str | None, str | None, int | None]]:
    with db.session() as session:
        rows = session.execute(
            select(
                AuditEvent.action, AuditEvent.record_type, AuditEvent.record_id, AuditEvent.actor_user_id
            ).order_by(AuditEvent.seq)
        ).all()
    return [tuple(row) for row in rows]


def test_staff_report_alert_and_referral_are_audited(keyed_db: Database, client: TestClient) -> None:
    handler = make_account(keyed_db, "ch.one", Role.CALL_HANDLER, "Helpline")
    navigator = make_account(keyed_db, "nav.one", Role.VICTIM_NAVIGATOR, "Charity")
    headers = session_headers(keyed_db, handler)
    body = {"text": "Caller says five men sleep in the car wash.", "channel": "helpline"}
    created = client.post("/api/v1/reports", json={**body, "idempotency_key": "call-1"}, headers=headers)
    assert created.status_code == 201, created.text
    report_id = created.json()["reports"][0]["id"]
    again = client.post("/api/v1/reports", json={**body, "idempotency_key": "call-1"}, headers=headers)
    assert again.json()["reports"][0]["duplicate"] is True
    assert _events(keyed_db).count(("report.create", "report", str(report_id), handler.user_id)) == 1

    with keyed_db.session() as session:
        alert = AlertRow(
            report_id=report_id, recipient="duty_analyst", roles=["duty_analyst"], case_ids=[], score=80,
            urgent=True, reasons=["locked_in"],
        )  # fmt: skip
        session.add(alert)
        session.flush()
        alert_id = alert.id
    assert client.post(f"/api/v1/alerts/{alert_id}/read", headers=headers).status_code == 200
    assert client.post(f"/api/v1/alerts/{alert_id}/read", headers=headers).status_code == 200
    assert _events(keyed_db).count(("alert.read", "alert", str(alert_id), handler.user_id)) == 1

    referral = {"under_18": "no", "consent": True, "victim": {"first_name": "Ana", "last_name": "Pop"}}
    nav_headers = session_headers(keyed_db, navigator)
    assert client.post("/api/v1/referrals", json=referral, headers=nav_headers).status_code == 200
    assert client.post("/api/v1/referrals/pdf", json=referral, headers=nav_headers).status_code == 200
    drafts = [e for e in _events(keyed_db) if e[0] == "referral.draft"]
    assert drafts == [("referral.draft", "referral", None, navigator.user_id)] * 2
    with keyed_db.session() as session:
        details = session.scalars(select(AuditEvent.detail_json).where(AuditEvent.action == "referral.draft"))
        assert all("Ana" not in (d or "") and "Pop" not in (d or "") for d in details)


def test_an_anonymous_public_report_leaves_no_audit_event(keyed_db: Database, client: TestClient) -> None:
    before = _events(keyed_db)
    response = client.post(
        "/api/v1/public/reports",
        json={"text": "Men at the car wash on Station Road live in a caravan behind it."},
    )
    assert response.status_code in (200, 201, 202), response.text
    assert _events(keyed_db) == before
