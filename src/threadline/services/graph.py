"""The entity graph from the store: networks (components, Leiden communities, central entities) and
exports (GraphML, GEXF, CSV node/edge lists, FollowTheMoney)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from threadline.errors import ThreadlineError
from threadline.link.export import write_csv, write_ftm, write_gexf, write_graphml
from threadline.link.graph import EntityGraph, MentionLink
from threadline.store.tables.entities import Entity, EntityLink
from threadline.store.tables.facts import MentionRow

EXPORT_FORMATS = ("graphml", "gexf", "csv", "ftm")


def load_graph(session: Session, *, readable_reports: Any | None = None) -> EntityGraph:
    """The graph of every link, or (for a reader) only of links into `readable_reports`, a select of
    report ids from the access policy: a hidden report must not shape what a reader's networks show."""
    statement = (
        select(EntityLink.report_id, Entity.id, Entity.kind, Entity.canonical, EntityLink.score, MentionRow)
        .join(Entity, Entity.id == EntityLink.entity_id)
        .join(MentionRow, MentionRow.id == EntityLink.mention_id)
    )
    if readable_reports is not None:
        statement = statement.where(EntityLink.report_id.in_(readable_reports))
    rows = session.execute(statement).all()
    links = [
        MentionLink(
            report_id=f"report:{report_id}",
            entity_id=f"entity:{entity_id}",
            kind=kind,
            label=canonical,
            # A probabilistic join scores a match weight, a key join 1.0: both are confident links.
            confidence=min(1.0, float(mention.confidence)) if score >= 0 else 0.0,
            role=(mention.attributes or {}).get("role"),
        )
        for report_id, entity_id, kind, canonical, score, mention in rows
    ]
    return EntityGraph.from_links(links)


def networks(
    session: Session, *, min_reports: int = 2, readable_reports: Any | None = None
) -> list[dict[str, Any]]:
    """Networks that span at least `min_reports` reports, largest first."""
    graph = load_graph(session, readable_reports=readable_reports)
    out = []
    for network in graph.networks(min_confidence=0.5):
        if len(network.reports) < min_reports:
            continue
        out.append(
            {
                "id": network.id,
                "entities": [
                    {"id": e, "kind": graph.nodes[e].kind, "label": graph.nodes[e].label}
                    for e in network.entities
                ],
                "reports": network.reports,
                "communities": network.communities,
                "central": [{"id": e, "score": round(s, 4)} for e, s in network.central],
            }
        )
    return out


def export_graph(session: Session, fmt: str, out: Path) -> Path:
    if fmt not in EXPORT_FORMATS:
        raise ThreadlineError(f"unknown export format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")
    graph = load_graph(session)
    if fmt == "graphml":
        write_graphml(graph, out)
    elif fmt == "gexf":
        write_gexf(graph, out)
    elif fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        write_csv(graph, out)
    else:
        write_ftm(graph, out)
    return out
