"""Raise alerts when a report touches an open case or crosses the urgent threshold, and deliver them.

The decision is the triage stage's (`decide_alerts`). Here we find the open cases a report touches
(through `case_entities` and the report's entity links), store one in-app alert per recipient, and queue
a durable delivery job per configured channel (webhook, e-mail), so a failed delivery is retried by the
queue rather than lost. Without a configured duty analyst, urgent alerts go to the shared duty-analyst
inbox in the app: an urgent report is never dropped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from threadline.errors import ConfigurationError
from threadline.store import queue
from threadline.store.tables.alerts import AlertRow, CaseEntity
from threadline.store.tables.auth import User
from threadline.store.tables.cases import Case, CaseParticipant
from threadline.store.tables.entities import EntityLink
from threadline.store.upsert import insert_for
from threadline.triage.alerts import Alert, CaseLink, Recipient, alert_email, decide_alerts
from threadline.triage.delivery import SmtpSettings, deliver_email, deliver_webhook
from threadline.triage.risk import Assessment
from threadline.worker import handler

OPEN_CASE_STATUSES = ("active", "follow-up")
DELIVER_ALERT = "deliver_alert"
DUTY_ANALYST = Recipient(id="duty_analyst", name="Duty analyst")


@dataclass(frozen=True)
class AlertSettings:
    webhook_url: str | None
    webhook_secret: str | None
    smtp: SmtpSettings | None
    sender: str
    duty_analyst_email: str | None
    base_url: str | None


def alert_settings() -> AlertSettings:
    host = os.environ.get("THREADLINE_SMTP_HOST")
    smtp = None
    if host:
        try:
            port = int(os.environ.get("THREADLINE_SMTP_PORT", "25"))
        except ValueError as exc:
            raise ConfigurationError("THREADLINE_SMTP_PORT must be a number") from exc
        smtp = SmtpSettings(
            host=host,
            port=port,
            username=os.environ.get("THREADLINE_SMTP_USERNAME"),
            password=os.environ.get("THREADLINE_SMTP_PASSWORD"),
            starttls=os.environ.get("THREADLINE_SMTP_STARTTLS", "") == "1",
        )
    return AlertSettings(
        webhook_url=os.environ.get("THREADLINE_ALERT_WEBHOOK_URL") or None,
        webhook_secret=os.environ.get("THREADLINE_ALERT_WEBHOOK_SECRET") or None,
        smtp=smtp,
        sender=os.environ.get("THREADLINE_ALERT_SENDER", "threadline@localhost"),
        duty_analyst_email=os.environ.get("THREADLINE_DUTY_ANALYST_EMAIL") or None,
        base_url=os.environ.get("THREADLINE_BASE_URL") or None,
    )


def case_links(session: Session, report_id: int) -> list[CaseLink]:
    """The cases whose entities this report mentions, with each participating user as an owner."""
    rows = session.execute(
        select(Case.id, Case.status, CaseEntity.entity_id)
        .join(CaseEntity, CaseEntity.case_id == Case.id)
        .join(EntityLink, EntityLink.entity_id == CaseEntity.entity_id)
        .where(EntityLink.report_id == report_id)
        .distinct()
    ).all()
    links = []
    for case_id, status, entity_id in rows:
        people = session.execute(
            select(User.id, User.username)
            .join(CaseParticipant, CaseParticipant.user_id == User.id)
            .where(CaseParticipant.case_id == case_id)
        ).all()
        for user_id, username in people:
            links.append(
                CaseLink(
                    case_id=str(case_id),
                    case_open=status in OPEN_CASE_STATUSES,
                    owner=Recipient(id=f"user:{user_id}", name=username),
                    entity=str(entity_id),
                )
            )
    return links


def raise_alerts(session: Session, report_id: int, assessment: Assessment) -> list[AlertRow]:
    settings = alert_settings()
    duty = Recipient(id=DUTY_ANALYST.id, name=DUTY_ANALYST.name, email=settings.duty_analyst_email)
    alerts = decide_alerts(
        report_id=str(report_id),
        assessment=assessment,
        links=case_links(session, report_id),
        duty_analyst=duty,
    )
    stored = []
    insert = insert_for(session)
    for alert in alerts:
        alert_id = session.execute(
            insert(AlertRow)
            .values(
                report_id=report_id,
                recipient=alert.recipient.id,
                roles=list(alert.roles),
                case_ids=[int(c) for c in alert.case_ids],
                score=alert.score,
                urgent=alert.urgent,
                reasons=list(alert.reason_codes),
            )
            .on_conflict_do_nothing(index_elements=["report_id", "recipient"])
            .returning(AlertRow.id)
        ).scalar()
        if alert_id is None:
            continue  # already raised for this report and person: do not notify twice
        _queue_deliveries(session, alert_id, alert, settings)
        row = session.get(AlertRow, alert_id)
        if row is not None:
            stored.append(row)
    return stored


def _queue_deliveries(session: Session, alert_id: int, alert: Alert, settings: AlertSettings) -> None:
    if settings.webhook_url:
        payload = {"alert_id": alert_id, "via": "webhook"}
        queue.enqueue(session, DELIVER_ALERT, payload, dedupe_key=f"alert:{alert_id}:webhook")
    if settings.smtp and alert.recipient.email:
        payload = {"alert_id": alert_id, "via": "email"}
        queue.enqueue(session, DELIVER_ALERT, payload, dedupe_key=f"alert:{alert_id}:email")


def _alert_of(row: AlertRow, email: str | None) -> Alert:
    return Alert(
        recipient=Recipient(id=row.recipient, name=row.recipient, email=email),
        roles=tuple(row.roles),
        report_id=str(row.report_id),
        case_ids=tuple(str(c) for c in row.case_ids),
        score=row.score,
        urgent=row.urgent,
        reason_codes=tuple(row.reasons),
    )


@handler(DELIVER_ALERT)
def deliver_alert(session: Session, payload: dict[str, Any]) -> None:
    settings = alert_settings()
    row = session.get(AlertRow, int(payload["alert_id"]))
    if row is None:
        return  # the report (and its alerts) were deleted: nothing left to tell
    if payload["via"] == "webhook":
        if not settings.webhook_url:
            raise ConfigurationError("THREADLINE_ALERT_WEBHOOK_URL is no longer set")
        deliver_webhook(settings.webhook_url, _alert_of(row, None).payload(), secret=settings.webhook_secret)
    elif payload["via"] == "email":
        if row.recipient != DUTY_ANALYST.id:
            return  # only the duty analyst has an address on file; others see the alert in the app
        if settings.smtp is None or not settings.duty_analyst_email:
            raise ConfigurationError("SMTP or the duty analyst's e-mail is no longer configured")
        message = alert_email(
            _alert_of(row, settings.duty_analyst_email), sender=settings.sender, base_url=settings.base_url
        )
        deliver_email(settings.smtp, message)
    else:
        raise ValueError(f"unknown delivery channel {payload['via']!r}")
