from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from threadline.errors import ConfigurationError
from threadline.triage.alerts import (
    CaseLink,
    DeliveryError,
    Recipient,
    SmtpSettings,
    alert_email,
    decide_alerts,
    deliver_email,
    deliver_webhook,
)
from threadline.triage.delivery import SIGNATURE_HEADER, sign
from threadline.triage.risk import assess

OWNER = Recipient("u-owner", "Case Owner", email="owner@example.org")
OTHER = Recipient("u-other", "Other Owner", email="other@example.org")
DUTY = Recipient("u-duty", "Duty Analyst", email="duty@example.org")
URGENT = assess("A 14-year-old is locked in the flat tonight.")
CALM = assess("The workers look tired.")


def test_link_to_open_case_alerts_its_owner() -> None:
    alerts = decide_alerts(report_id="r1", assessment=CALM, links=[CaseLink("c1", True, OWNER, "phone:+447")])
    assert [(a.recipient.id, a.roles, a.case_ids) for a in alerts] == [("u-owner", ("case_owner",), ("c1",))]


def test_closed_cases_alert_no_one() -> None:
    assert decide_alerts(report_id="r1", assessment=CALM, links=[CaseLink("c1", False, OWNER)]) == []


def test_urgent_alerts_the_duty_analyst_first_and_merges_people() -> None:
    links = [
        CaseLink("c2", True, OWNER),
        CaseLink("c1", True, OWNER),
        CaseLink("c3", True, DUTY),
        CaseLink("c4", True, OTHER),
    ]
    alerts = decide_alerts(report_id="r9", assessment=URGENT, links=links, duty_analyst=DUTY)
    assert [a.recipient.id for a in alerts] == ["u-duty", "u-other", "u-owner"]
    assert alerts[0].roles == ("case_owner", "duty_analyst")
    assert alerts[2].case_ids == ("c1", "c2")
    assert alerts[0].urgent and "immediate_danger" in alerts[0].reason_codes


def test_urgent_without_a_duty_analyst_is_never_silent() -> None:
    with pytest.raises(ConfigurationError, match="duty analyst"):
        decide_alerts(report_id="r1", assessment=URGENT)


def test_payload_carries_no_report_text() -> None:
    alert = decide_alerts(report_id="r1", assessment=URGENT, duty_analyst=DUTY)[0]
    dumped = json.dumps(alert.payload())
    assert "locked" not in dumped and "14-year-old" not in dumped
    assert alert.payload()["report_id"] == "r1"


# --- delivery against local receivers ------------------------------------------------------


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []
    status: ClassVar[int] = 204

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        type(self).received.append((dict(self.headers), self.rfile.read(length)))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, type[_Receiver]]]:
    handler = type("Receiver", (_Receiver,), {"received": [], "status": 204})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", handler
    server.shutdown()
    server.server_close()


def test_webhook_delivery_is_signed(webhook: tuple[str, type[_Receiver]]) -> None:
    url, handler = webhook
    alert = decide_alerts(report_id="r1", assessment=URGENT, duty_analyst=DUTY)[0]
    assert deliver_webhook(url, alert.payload(), secret="s3cret") == 204
    headers, body = handler.received[0]
    assert json.loads(body)["report_id"] == "r1"
    assert headers[SIGNATURE_HEADER] == sign(body, "s3cret")


def test_webhook_error_status_raises(webhook: tuple[str, type[_Receiver]]) -> None:
    url, handler = webhook
    handler.status = 500
    with pytest.raises(DeliveryError, match="answered 500"):
        deliver_webhook(url, {"a": 1})


def test_webhook_unreachable_and_bad_scheme() -> None:
    with pytest.raises(DeliveryError, match="unreachable"):
        deliver_webhook("http://127.0.0.1:9/hook", {"a": 1}, timeout=1.0)
    with pytest.raises(DeliveryError, match="http"):
        deliver_webhook("file:///etc/passwd", {"a": 1})


class _Sink(Message):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[Any] = []

    def handle_message(self, message: Any) -> None:
        self.messages.append(message)


def _free_port() -> int:
    # aiosmtpd's Controller checks readiness by connecting to its port, so it needs a real one.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_sink() -> Iterator[tuple[int, _Sink]]:
    sink = _Sink()
    port = _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, sink
    finally:
        controller.stop()


def test_email_delivery_to_a_local_sink(smtp_sink: tuple[int, _Sink]) -> None:
    port, sink = smtp_sink
    alert = decide_alerts(report_id="r7", assessment=URGENT, duty_analyst=DUTY)[0]
    message = alert_email(alert, sender="threadline@example.org", base_url="https://threadline.example")
    deliver_email(SmtpSettings(host="127.0.0.1", port=port), message)
    for _ in range(50):
        if sink.messages:
            break
        time.sleep(0.02)
    received = sink.messages[0]
    assert received["To"] == "duty@example.org"
    assert "URGENT" in received["Subject"]
    assert "https://threadline.example/reports/r7" in received.get_payload()


def test_email_failure_is_a_delivery_error() -> None:
    message = alert_email(
        decide_alerts(report_id="r1", assessment=URGENT, duty_analyst=DUTY)[0], sender="t@example.org"
    )
    with pytest.raises(DeliveryError, match=r"127\.0\.0\.1:9"):
        deliver_email(SmtpSettings(host="127.0.0.1", port=9, timeout=1.0), message)
