"""Sensitive reads are allowed only by policy and always leave an audit event."""

from __future__ import annotations

from fastapi.testclient import TestClient

from threadline.auth.roles import Role
from threadline.store.database import Database

from .support import make_account, make_report, session_headers

CONTACT = "call after 6pm: +44 7700 900456"


def test_reporter_contact_reveal_is_policed_and_audited(keyed_db: Database, client: TestClient) -> None:
    with keyed_db.session() as session:
        report_id = make_report(session, keyed_db.settings, "confidential report", contact=CONTACT).id
    handler = make_account(keyed_db, "handler", Role.CALL_HANDLER, "Agency A")
    analyst = make_account(keyed_db, "analyst", Role.ANALYST, "Agency A")
    supervisor = make_account(keyed_db, "boss", Role.SUPERVISOR, "Agency A")

    shown = client.get(f"/api/v1/reports/{report_id}/contact", headers=session_headers(keyed_db, handler))
    assert shown.status_code == 200 and shown.json()["reporter_contact"] == CONTACT
    denied = client.get(f"/api/v1/reports/{report_id}/contact", headers=session_headers(keyed_db, analyst))
    assert denied.status_code == 403 and CONTACT not in denied.text
    missing = client.get("/api/v1/reports/999999/contact", headers=session_headers(keyed_db, handler))
    assert missing.status_code == 404

    boss = session_headers(keyed_db, supervisor)
    history = client.get("/api/v1/audit/events", params={"record": f"report:{report_id}"}, headers=boss)
    assert history.status_code == 200
    reveals = [e for e in history.json() if e["action"] == "read.reporter_contact"]
    assert [e["actor"] for e in reveals] == ["handler"]
    assert CONTACT not in history.text  # the audit log says who looked, never what they saw
    verified = client.get("/api/v1/audit/verify", headers=boss)
    assert verified.status_code == 200 and verified.json()["ok"] is True
    assert client.get("/api/v1/audit/verify", headers=session_headers(keyed_db, analyst)).status_code == 403
