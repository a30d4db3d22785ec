"""`threadline link --full`: re-cluster every person mention across all reports with Splink.

The worker links each new report incrementally (fast, conservative). This batch job looks at all person
mentions together — names, ages, gender, nationality, and the phone each report carries as co-occurring
evidence — trains the model without labels, clusters with a size cap, and rewrites the person links.
Each rewritten link keeps its match weight and the waterfall of the comparison that joined it. Entity
ids are kept stable where a cluster continues an existing entity (cases point at entities), and person
entities left with no mention and no case are removed.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from threadline.link.resolve import record_key, resolve_records
from threadline.store.tables.alerts import CaseEntity
from threadline.store.tables.entities import Entity, EntityLink
from threadline.store.tables.facts import MentionRow

SOURCE = "mentions"


@dataclass(frozen=True)
class RelinkSummary:
    mentions: int
    entities: int
    joined: int
    removed_entities: int
    threshold: float | None


def _person_records(session: Session) -> list[dict[str, Any]]:
    mentions = session.execute(
        select(
            MentionRow.id, MentionRow.report_id, MentionRow.text, MentionRow.value, MentionRow.attributes
        ).where(MentionRow.kind == "person")
    ).all()
    phones: dict[int, str] = {}
    for report_id, key in session.execute(
        select(EntityLink.report_id, Entity.key)
        .join(Entity, Entity.id == EntityLink.entity_id)
        .where(Entity.kind == "phone")
        .order_by(EntityLink.id)
    ):
        phones.setdefault(report_id, str(key).removeprefix("phone:"))
    records = []
    for mention_id, report_id, text, value, attributes in mentions:
        attributes = attributes or {}
        if attributes.get("boilerplate"):
            continue
        records.append(
            {
                "id": str(mention_id),
                "full_name": str(value or text),
                "age": attributes.get("age"),
                "gender": attributes.get("gender"),
                "nationality": attributes.get("nationality"),
                "phone": phones.get(report_id),
            }
        )
    return records


def relink_people(session: Session) -> RelinkSummary:
    records = _person_records(session)
    if len(records) < 2:
        return RelinkSummary(len(records), 0, 0, 0, None)
    result = resolve_records(records, source=SOURCE, kind="person", id_column="id")
    clusters = result.clusters
    members: dict[str, list[int]] = defaultdict(list)
    weight_of: dict[int, float | None] = {}
    for row in clusters.itertuples(index=False):
        mention_id = int(row.record_id)
        members[str(row.cluster_id)].append(mention_id)
        weight = row.match_weight
        weight_of[mention_id] = (
            None if weight is None or (isinstance(weight, float) and math.isnan(weight)) else float(weight)
        )

    current = dict(
        session.execute(
            select(EntityLink.mention_id, EntityLink.entity_id)
            .join(Entity, Entity.id == EntityLink.entity_id)
            .where(Entity.kind == "person")
        ).all()
    )
    names = dict(
        session.execute(select(MentionRow.id, MentionRow.text).where(MentionRow.kind == "person")).all()
    )
    report_of = dict(
        session.execute(select(MentionRow.id, MentionRow.report_id).where(MentionRow.kind == "person")).all()
    )
    claimed: set[int] = set()
    joined = 0
    for cluster_mentions in members.values():
        cluster_mentions.sort()
        # Keep the id of the entity most of this cluster already points at, unless another cluster took it.
        votes = Counter(current[m] for m in cluster_mentions if m in current and current[m] not in claimed)
        entity_id = votes.most_common(1)[0][0] if votes else None
        if entity_id is None:
            entity = Entity(kind="person", canonical=names[cluster_mentions[0]], key=None, attributes={})
            session.add(entity)
            session.flush()
            entity_id = entity.id
        claimed.add(entity_id)
        anchor = cluster_mentions[0]
        for mention_id in cluster_mentions:
            explanation = None
            if mention_id != anchor:
                found = result.explain(record_key(SOURCE, str(mention_id)), record_key(SOURCE, str(anchor)))
                explanation = _jsonable(found.to_dict()) if found is not None else None
                joined += 1
            weight = weight_of.get(mention_id)
            reasons = (
                ["only mention of this person"]
                if len(cluster_mentions) == 1
                else [f"splink match weight {weight:.1f}" if weight is not None else "identical record"]
            )
            session.execute(delete(EntityLink).where(EntityLink.mention_id == mention_id))
            session.add(
                EntityLink(
                    mention_id=mention_id,
                    entity_id=entity_id,
                    report_id=report_of[mention_id],
                    score=weight if weight is not None else 1.0,
                    method="splink",
                    reasons=reasons,
                    explanation=explanation,
                )
            )
    session.flush()
    removed = _remove_orphans(session)
    return RelinkSummary(len(records), len(members), joined, removed, result.threshold)


def _remove_orphans(session: Session) -> int:
    linked = select(EntityLink.entity_id)
    watched = select(CaseEntity.entity_id)
    orphans = list(
        session.scalars(
            select(Entity.id).where(
                Entity.kind == "person", Entity.id.not_in(linked), Entity.id.not_in(watched)
            )
        )
    )
    if orphans:
        session.execute(delete(Entity).where(Entity.id.in_(orphans)))
    return len(orphans)


def _jsonable(value: Any) -> Any:
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return None
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if hasattr(value, "item"):  # numpy scalars
        return _jsonable(value.item())
    return value
