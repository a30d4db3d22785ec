"""Run extraction on a stored report and keep its facts; read them back as `Facts`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from threadline.extract.pipeline import extract
from threadline.extract.types import Classification, Facts, Mention
from threadline.pipeline import step
from threadline.store.tables.facts import ClassificationRow, MentionRow, ReportFacts
from threadline.store.tables.reports import Report
from threadline.taxonomy.document import Document


def document_of(report: Report) -> Document:
    return Document(
        text=report.text,
        id=str(report.id),
        title=report.title,
        language=report.language,
        published=report.published_on or report.received_at.date(),
        url=report.source_url,
        channel=report.channel,
        metadata=dict(report.meta or {}),
    )


def _jsonable(value: Any) -> Any:
    """Mention values may be dates or tuples; the JSON column needs plain values."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def save_facts(session: Session, report_id: int, facts: Facts) -> None:
    session.execute(delete(MentionRow).where(MentionRow.report_id == report_id))
    session.execute(delete(ClassificationRow).where(ClassificationRow.report_id == report_id))
    session.execute(delete(ReportFacts).where(ReportFacts.report_id == report_id))
    session.add(
        ReportFacts(
            report_id=report_id,
            language=facts.language,
            components=list(facts.components),
            summary=_jsonable(facts.summary),
        )
    )
    session.add_all(
        MentionRow(
            report_id=report_id,
            kind=m.kind,
            start_char=m.span[0],
            end_char=m.span[1],
            text=m.text,
            value=_jsonable(m.value),
            extractor=m.extractor,
            confidence=float(m.confidence),
            attributes=_jsonable(m.attributes),
        )
        for m in facts.mentions
    )
    session.add_all(
        ClassificationRow(
            report_id=report_id,
            scheme=c.scheme,
            label=c.label,
            evidence=[list(span) for span in c.evidence],
            extractor=c.extractor,
            confidence=float(c.confidence),
        )
        for c in facts.classifications
    )


def load_facts(session: Session, report_id: int) -> Facts | None:
    header = session.get(ReportFacts, report_id)
    if header is None:
        return None
    mentions = session.scalars(
        select(MentionRow)
        .where(MentionRow.report_id == report_id)
        .order_by(MentionRow.start_char, MentionRow.id)
    ).all()
    classifications = session.scalars(
        select(ClassificationRow)
        .where(ClassificationRow.report_id == report_id)
        .order_by(ClassificationRow.id)
    ).all()
    return Facts(
        language=header.language,
        mentions=[
            Mention(
                kind=m.kind,
                span=(m.start_char, m.end_char),
                text=m.text,
                value=m.value,
                extractor=m.extractor,
                confidence=m.confidence,
                attributes=dict(m.attributes or {}),
            )
            for m in mentions
        ],
        classifications=[
            Classification(
                scheme=c.scheme,
                label=c.label,
                evidence=tuple((int(s), int(e)) for s, e in c.evidence),
                extractor=c.extractor,
                confidence=c.confidence,
            )
            for c in classifications
        ],
        components=list(header.components or []),
        summary=dict(header.summary or {}),
    )


@step("extract")
def extract_report(session: Session, report: Report) -> None:
    facts = extract(document_of(report))
    if facts.language and not report.language:
        report.language = facts.language[:8]
    save_facts(session, report.id, facts)
