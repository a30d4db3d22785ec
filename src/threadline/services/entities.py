"""Read entities back: their mentions with the reasons for each join, and the network around them."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from threadline.errors import NotFoundError
from threadline.store.tables.entities import Entity, EntityLink
from threadline.store.tables.facts import MentionRow

MAX_NETWORK_NODES = 500


def _visible(readable_reports: Any | None) -> Any:
    """Links only into the reports the reader may see (a select of report ids from the access policy)."""
    return true() if readable_reports is None else EntityLink.report_id.in_(readable_reports)


def entity_detail(session: Session, entity_id: int, *, readable_reports: Any | None = None) -> dict[str, Any]:
    entity = session.get(Entity, entity_id)
    if entity is None:
        raise NotFoundError(f"entity {entity_id} does not exist")
    rows = session.execute(
        select(EntityLink, MentionRow)
        .join(MentionRow, MentionRow.id == EntityLink.mention_id)
        .where(EntityLink.entity_id == entity_id, _visible(readable_reports))
        .order_by(EntityLink.report_id, MentionRow.start_char)
    ).all()
    if readable_reports is not None and not rows:
        # Known only from reports this reader may not see: as if it did not exist.
        raise NotFoundError(f"entity {entity_id} does not exist")
    return {
        "id": entity.id,
        "kind": entity.kind,
        "canonical": entity.canonical,
        "key": entity.key,
        "reports": sorted({link.report_id for link, _ in rows}),
        "mentions": [
            {
                "report_id": link.report_id,
                "span": [mention.start_char, mention.end_char],
                "text": mention.text,
                "role": (mention.attributes or {}).get("role"),
                "score": link.score,
                "method": link.method,
                "reasons": list(link.reasons or []),
                "explanation": link.explanation,
            }
            for link, mention in rows
        ],
    }


def network(
    session: Session, entity_id: int, depth: int = 2, *, readable_reports: Any | None = None
) -> dict[str, Any]:
    """Entities and reports within `depth` entity-to-entity hops (through shared reports the reader may
    see, when `readable_reports` is given)."""
    if session.get(Entity, entity_id) is None:
        raise NotFoundError(f"entity {entity_id} does not exist")
    visible = _visible(readable_reports)
    if readable_reports is not None and not session.scalar(
        select(EntityLink.id).where(EntityLink.entity_id == entity_id, visible).limit(1)
    ):
        raise NotFoundError(f"entity {entity_id} does not exist")
    entities: set[int] = {entity_id}
    reports: set[int] = set()
    frontier = {entity_id}
    truncated = False
    for _ in range(max(0, depth)):
        new_reports = (
            set(
                session.scalars(
                    select(EntityLink.report_id).where(EntityLink.entity_id.in_(frontier), visible)
                )
            )
            - reports
        )
        reports |= new_reports
        if not new_reports:
            break
        neighbours = set(
            session.scalars(select(EntityLink.entity_id).where(EntityLink.report_id.in_(new_reports)))
        )
        frontier = neighbours - entities
        entities |= frontier
        if len(entities) + len(reports) > MAX_NETWORK_NODES:
            truncated = True
            break
    links = session.execute(
        select(EntityLink.entity_id, EntityLink.report_id).where(
            EntityLink.entity_id.in_(entities), EntityLink.report_id.in_(reports)
        )
    ).all()
    rows = session.execute(
        select(Entity.id, Entity.kind, Entity.canonical).where(Entity.id.in_(entities))
    ).all()
    mentions = Counter((e, r) for e, r in links)
    by_report: dict[int, set[int]] = {}
    for e, r in links:
        by_report.setdefault(r, set()).add(e)
    co_mentions: Counter[tuple[int, int]] = Counter()
    for members in by_report.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                co_mentions[(a, b)] += 1
    return {
        "center": f"entity:{entity_id}",
        "depth": depth,
        "truncated": truncated,
        "nodes": [{"id": f"entity:{i}", "type": kind, "label": label} for i, kind, label in sorted(rows)]
        + [{"id": f"report:{r}", "type": "report", "label": f"Report {r}"} for r in sorted(reports)],
        "edges": [
            {"source": f"entity:{e}", "target": f"report:{r}", "kind": "mentioned_in", "weight": n}
            for (e, r), n in sorted(mentions.items())
        ]
        + [
            {"source": f"entity:{a}", "target": f"entity:{b}", "kind": "co_mentioned", "weight": n}
            for (a, b), n in sorted(co_mentions.items())
        ],
    }
