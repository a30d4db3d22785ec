"""Keep only the day on everything an anonymous report sets off.

The report row keeps the day it arrived, not the time (intake). Its processing happens seconds later,
so the times at which its facts, links, triage, alerts and new entities were written would give the
minute away just as well. After the stages have run, those stamps are cut back to the day.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from threadline.store.base import utcday
from threadline.store.tables.alerts import AlertRow
from threadline.store.tables.entities import Entity, EntityLink
from threadline.store.tables.facts import ReportFacts, TriageRow
from threadline.taxonomy.channels import Anonymity


def is_anonymous(anonymity: str | None) -> bool:
    return anonymity == Anonymity.ANONYMOUS.value


def coarsen_stamps(session: Session, report_id: int) -> None:
    day = utcday()
    later = day + timedelta(seconds=1)  # anything stamped after midnight today
    for table, column in (
        (ReportFacts, ReportFacts.extracted_at),
        (TriageRow, TriageRow.assessed_at),
        (EntityLink, EntityLink.linked_at),
        (AlertRow, AlertRow.created_at),
    ):
        session.execute(
            update(table)
            .where(table.report_id == report_id, column >= later)
            .values({column.key: day})
            .execution_options(synchronize_session=False)
        )
    # Entities this report created are as new as the report: their first-seen time goes too.
    linked = select(EntityLink.entity_id).where(EntityLink.report_id == report_id)
    session.execute(
        update(Entity)
        .where(Entity.id.in_(linked), Entity.created_at >= later)
        .values(created_at=day)
        .execution_options(synchronize_session=False)
    )
