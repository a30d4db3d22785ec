"""Who must hear about a report now: the owner of every open case it touches, and the duty
analyst when it crosses the urgent threshold.

The decision is pure. Sending lives in `delivery` (re-exported here) so the stage itself never
touches the network. Alerts carry ids and reason codes, never report text or victim details:
the recipient opens Threadline, where access control decides what they may see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from threadline.errors import ConfigurationError, ThreadlineError
from threadline.triage.delivery import DeliveryError, SmtpSettings, deliver_email, deliver_webhook
from threadline.triage.risk import Assessment

__all__ = [
    "Alert",
    "CaseLink",
    "DeliveryError",
    "Recipient",
    "SmtpSettings",
    "alert_email",
    "decide_alerts",
    "deliver_email",
    "deliver_webhook",
]


@dataclass(frozen=True)
class Recipient:
    id: str
    name: str
    email: str | None = None
    webhook: str | None = None


@dataclass(frozen=True)
class CaseLink:
    """A report's mention matched an entity of a case (from linking)."""

    case_id: str
    case_open: bool
    owner: Recipient
    entity: str = ""


@dataclass(frozen=True)
class Alert:
    recipient: Recipient
    roles: tuple[str, ...]  # case_owner, duty_analyst
    report_id: str
    case_ids: tuple[str, ...]
    score: int
    urgent: bool
    reason_codes: tuple[str, ...]

    @property
    def subject(self) -> str:
        head = "URGENT report" if self.urgent else "Report"
        cases = f" linked to case {', '.join(self.case_ids)}" if self.case_ids else ""
        return f"[Threadline] {head} {self.report_id}{cases} (risk {self.score})"

    def payload(self) -> dict[str, Any]:
        return {
            "event": "triage.alert",
            "report_id": self.report_id,
            "recipient": self.recipient.id,
            "roles": list(self.roles),
            "case_ids": list(self.case_ids),
            "score": self.score,
            "urgent": self.urgent,
            "reasons": list(self.reason_codes),
        }


def decide_alerts(
    *,
    report_id: str,
    assessment: Assessment,
    links: Sequence[CaseLink] = (),
    duty_analyst: Recipient | None = None,
) -> list[Alert]:
    """One alert per person, combining every reason they are told; ordered: duty analyst
    first (urgent), then case owners by id, so the result is reproducible."""
    if not report_id:
        raise ThreadlineError("an alert needs the report id")
    roles: dict[str, set[str]] = {}
    cases: dict[str, set[str]] = {}
    people: dict[str, Recipient] = {}
    for link in links:
        if not link.case_open:
            continue  # closed cases are history, not someone's current work
        people[link.owner.id] = link.owner
        roles.setdefault(link.owner.id, set()).add("case_owner")
        cases.setdefault(link.owner.id, set()).add(link.case_id)
    if assessment.urgent:
        if duty_analyst is None:
            # Never drop an urgent alert silently: no duty analyst is a configuration fault.
            raise ConfigurationError("urgent report but no duty analyst is configured to alert")
        people[duty_analyst.id] = duty_analyst
        roles.setdefault(duty_analyst.id, set()).add("duty_analyst")
    codes = tuple(r.code for r in assessment.reasons)
    alerts = [
        Alert(
            recipient=people[pid],
            roles=tuple(sorted(roles[pid])),
            report_id=report_id,
            case_ids=tuple(sorted(cases.get(pid, ()))),
            score=assessment.score,
            urgent=assessment.urgent,
            reason_codes=codes,
        )
        for pid in people
    ]
    alerts.sort(key=lambda a: ("duty_analyst" not in a.roles, a.recipient.id))
    return alerts


def alert_email(alert: Alert, *, sender: str, base_url: str | None = None) -> EmailMessage:
    if not alert.recipient.email:
        raise ThreadlineError(f"recipient {alert.recipient.id} has no e-mail address")
    message = EmailMessage()
    message["From"] = sender
    message["To"] = alert.recipient.email
    message["Subject"] = alert.subject
    link = f"{base_url.rstrip('/')}/reports/{alert.report_id}" if base_url else alert.report_id
    lines = [
        f"Report {alert.report_id} needs your attention ({', '.join(alert.roles)}).",
        f"Risk score: {alert.score}{' — URGENT' if alert.urgent else ''}.",
    ]
    if alert.case_ids:
        lines.append(f"It links to your open case(s): {', '.join(alert.case_ids)}.")
    lines.append(f"Reasons: {', '.join(alert.reason_codes) or 'none recorded'}.")
    lines.append(f"Open it in Threadline: {link}")
    message.set_content("\n".join(lines) + "\n")
    return message
