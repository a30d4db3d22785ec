"""One case as a file (JSON or CSV), redacted exactly as the API redacts it, and audited."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from threadline.auth.policy import case_export_clause, victim_read_clause
from threadline.auth.principal import Principal
from threadline.cases.access import note, readable_case
from threadline.cases.reports import case_reports_statement, report_summary
from threadline.cases.victims import victim_view
from threadline.config import Settings
from threadline.errors import NotFoundError
from threadline.store.base import utcnow
from threadline.store.tables.cases import Case
from threadline.store.tables.victims import VICTIM_IDENTITY_COLUMNS, Victim


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"


@dataclass(frozen=True)
class ExportFile:
    content: bytes
    media_type: str
    filename: str


VICTIM_COLUMNS = (
    "id",
    *VICTIM_IDENTITY_COLUMNS,
    "age_band",
    "gender",
    "nationality",
    "consent_to_share_identity",
    "navigator_user_id",
    "support_status",
    "redacted",
)
REPORT_COLUMNS = ("id", "channel", "received_at", "status", "title", "text")
CSV_COLUMNS = ("record", "case_id", *dict.fromkeys(VICTIM_COLUMNS + REPORT_COLUMNS))
# A cell starting with one of these is a formula to a spreadsheet: an export must not run code.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value).lower() if isinstance(value, bool) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(case: dict[str, Any], victims: list[dict[str, Any]], reports: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerow({"record": "case", "case_id": _cell(case["id"]), "title": _cell(case["title"])})
    for victim in victims:
        writer.writerow(
            {"record": "victim", "case_id": case["id"], **{k: _cell(v) for k, v in victim.items()}}
        )
    for report in reports:
        writer.writerow(
            {"record": "report", "case_id": case["id"], **{k: _cell(v) for k, v in report.items()}}
        )
    return out.getvalue().encode("utf-8")


def export_case(
    *, session: Session, settings: Settings, principal: Principal, case_id: int, fmt: ExportFormat
) -> ExportFile:
    exportable = session.scalar(select(exists().where(Case.id == case_id, case_export_clause(principal))))
    if not exportable:
        raise NotFoundError(f"no case {case_id}")
    access = readable_case(session, principal, case_id)
    case = access.case
    victims = [
        victim_view(session, settings, principal, v, access)
        for v in session.scalars(
            select(Victim).where(Victim.case_id == case_id, victim_read_clause(principal)).order_by(Victim.id)
        )
    ]
    reports = [
        {**report_summary(r), "text": r.text}
        for r in session.scalars(case_reports_statement(principal, case_id))
    ]
    header = {
        "id": case.id,
        "title": case.title,
        "status": case.status,
        "restricted": case.restricted,
        "owner_organisation_id": case.owner_organisation_id,
    }
    note(
        session,
        settings,
        principal,
        "export.case",
        record_type="case",
        record_id=case_id,
        detail={
            "format": fmt.value,
            "victims": len(victims),
            "identities": sum(1 for v in victims if "redacted" not in v),
            "reports": len(reports),
        },
    )
    stem = f"case-{case_id}"
    if fmt is ExportFormat.CSV:
        return ExportFile(_csv(header, victims, reports), "text/csv; charset=utf-8", f"{stem}.csv")
    body = {
        "case": header,
        "exported_at": utcnow().isoformat(),
        "victims": victims,
        "reports": reports,
    }
    return ExportFile(
        json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8"), "application/json", f"{stem}.json"
    )
