"""Alerts: urgent reports reach the duty analyst, reports touching an open case reach its people,
in the app and through a local webhook receiver and a local SMTP sink."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from sqlalchemy import select

from threadline.intake.formats import parse_submission
from threadline.intake.service import accept
from threadline.store.database import Database
from threadline.store.tables.alerts import AlertRow, CaseEntity
from threadline.store.tables.auth import Organisation, User
from threadline.store.tables.cases import Case, CaseParticipant
from threadline.store.tables.entities import Entity
from threadline.taxonomy.channels import Anonymity, Channel
from threadline.worker import drain

URGENT = "Two girls, about 14, are locked in the flat above the shop tonight and the man has a knife."
CALM = "The owner of the car wash on Mill Lane pays a phone bill for 07911 123456 and staff look tired."


def submit(db: Database, text: str) -> int:
    [accepted] = accept(
        db, parse_submission(text.encode()), channel=Channel.HELPLINE, anonymity=Anonymity.CONFIDENTIAL
    )
    return accepted.report_id


def alerts(db: Database) -> list[AlertRow]:
    with db.session() as session:
        return list(session.scalars(select(AlertRow).order_by(AlertRow.id)))


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[object] = []

    def handle_message(self, message: object) -> None:
        self.messages.append(message)


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[dict]]]:
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            received.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def smtp() -> Iterator[tuple[int, Inbox]]:
    inbox = Inbox()
    with socket.socket() as probe:  # aiosmtpd needs a concrete port to check it is up
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


def test_urgent_report_alerts_duty_analyst_by_app_webhook_and_email(
    db: Database, webhook: tuple[str, list[dict]], smtp: tuple[int, Inbox], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, received = webhook
    port, inbox = smtp
    monkeypatch.setenv("THREADLINE_ALERT_WEBHOOK_URL", url)
    monkeypatch.setenv("THREADLINE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("THREADLINE_SMTP_PORT", str(port))
    monkeypatch.setenv("THREADLINE_DUTY_ANALYST_EMAIL", "duty@agency.example")
    report_id = submit(db, URGENT)
    drain(db)
    [alert] = alerts(db)
    assert (alert.report_id, alert.recipient, alert.urgent) == (report_id, "duty_analyst", True)
    assert received and received[0]["report_id"] == str(report_id) and received[0]["urgent"] is True
    assert "knife" not in json.dumps(received[0])  # alerts carry ids and codes, never report text
    deadline = time.monotonic() + 5
    while not inbox.messages and time.monotonic() < deadline:
        time.sleep(0.05)
    [message] = inbox.messages
    assert message["To"] == "duty@agency.example" and "URGENT" in message["Subject"]


def test_calm_report_raises_no_alert(db: Database) -> None:
    submit(db, CALM)
    drain(db)
    assert alerts(db) == []


def test_report_touching_an_open_case_alerts_its_people(db: Database) -> None:
    submit(db, CALM)
    drain(db)
    with db.session() as session:
        phone = session.scalar(select(Entity).where(Entity.key == "phone:+447911123456"))
        assert phone is not None
        org = Organisation(name="Met MSU")
        session.add(org)
        session.flush()
        user = User(username="di.lillywhite", organisation_id=org.id, role="investigator", password_hash="x")
        case = Case(title="Operation Loom", status="active", owner_organisation_id=org.id)
        session.add_all([user, case])
        session.flush()
        session.add_all(
            [
                CaseParticipant(case_id=case.id, user_id=user.id),
                CaseEntity(case_id=case.id, entity_id=phone.id),
            ]
        )
        user_id, case_id = user.id, case.id
    new_report = submit(db, "New tip: the number 07911 123456 is used to book the women.")
    drain(db)
    mine = [a for a in alerts(db) if a.report_id == new_report]
    assert [(a.recipient, a.case_ids, a.roles) for a in mine] == [
        (f"user:{user_id}", [case_id], ["case_owner"])
    ]
