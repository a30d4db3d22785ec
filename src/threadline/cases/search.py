"""One search box over what the caller may read: case titles, victims (exact name or date of birth,
through the blind indexes only) and report text. Every section is filtered by the policy inside its
query, counts included, and the search itself is an audit event (its counts, never its words: a
search term may be a victim's name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from threadline.auth.policy import case_read_clause, report_read_clause, victim_identity_clause
from threadline.auth.principal import Principal
from threadline.cases.access import InvalidInput, note, readable_case
from threadline.cases.identity import date_of_birth_index, name_index
from threadline.cases.victims import victim_view
from threadline.config import Settings
from threadline.store.tables.cases import Case
from threadline.store.tables.reports import Report
from threadline.store.tables.victims import Victim

MIN_QUERY = 2
MAX_QUERY = 200
SNIPPET = 80


@dataclass(frozen=True)
class Section:
    total: int
    items: list[dict[str, Any]]


def _contains(column: Any, query: str) -> Any:
    # Case-insensitive substring; autoescape keeps % and _ in the query literal.
    return func.lower(column).contains(query.casefold(), autoescape=True)


def _snippet(text: str, query: str) -> str:
    at = text.casefold().find(query.casefold())
    start = max(0, at - SNIPPET // 2) if at >= 0 else 0
    return text[start : start + SNIPPET + len(query)]


def _as_date(query: str) -> date | None:
    try:
        return date.fromisoformat(query)
    except ValueError:
        return None


def _cases(session: Session, principal: Principal, query: str, limit: int) -> Section:
    where = (case_read_clause(principal), _contains(Case.title, query))
    total = session.scalar(select(func.count(Case.id)).where(*where)) or 0
    rows = session.scalars(select(Case).where(*where).order_by(Case.id.desc()).limit(limit))
    items = [{"id": c.id, "title": c.title, "status": c.status, "restricted": c.restricted} for c in rows]
    return Section(total, items)


def _reports(session: Session, principal: Principal, query: str, limit: int) -> Section:
    where = (report_read_clause(principal), _contains(Report.text, query))
    total = session.scalar(select(func.count(Report.id)).where(*where)) or 0
    rows = session.scalars(select(Report).where(*where).order_by(Report.id.desc()).limit(limit))
    items = [
        {
            "id": r.id,
            "channel": r.channel,
            "received_at": r.received_at.isoformat(),
            "snippet": _snippet(r.text, query),
        }
        for r in rows
    ]
    return Section(total, items)


def _victims(session: Session, settings: Settings, principal: Principal, query: str, limit: int) -> Section:
    # Only victims whose identity the caller may see: a hit on a name would otherwise itself tell a
    # partner or an analyst that this person is a victim in that case.
    lookups = [Victim.name_index == name_index(settings, query)]
    born = _as_date(query)
    if born is not None:
        lookups.append(Victim.date_of_birth_index == date_of_birth_index(settings, born))
    where = (victim_identity_clause(principal), or_(*lookups))
    total = session.scalar(select(func.count(Victim.id)).where(*where)) or 0
    items = []
    for victim in session.scalars(select(Victim).where(*where).order_by(Victim.id).limit(limit)):
        access = readable_case(session, principal, victim.case_id)
        items.append(victim_view(session, settings, principal, victim, access))
    return Section(total, items)


def search(
    *, session: Session, settings: Settings, principal: Principal, query: str, limit: int = 20
) -> dict[str, Any]:
    query = " ".join(query.split())
    if "\x00" in query:
        raise InvalidInput("a search must not contain NUL characters")
    if not MIN_QUERY <= len(query) <= MAX_QUERY:
        raise InvalidInput(f"a search needs {MIN_QUERY} to {MAX_QUERY} characters")
    sections = {
        "cases": _cases(session, principal, query, limit),
        "victims": _victims(session, settings, principal, query, limit),
        "reports": _reports(session, principal, query, limit),
    }
    note(
        session,
        settings,
        principal,
        "search",
        record_type="search",
        record_id=None,
        detail={name: section.total for name, section in sections.items()},
    )
    return {name: {"total": s.total, "items": s.items} for name, s in sections.items()}
