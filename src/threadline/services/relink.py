"""`threadline link --full`: re-cluster every person mention across all reports with Splink.

The worker links each new report incrementally (fast, conservative). This batch job hands every person
mention, with the phones, plates and e-mails of its report, to the link stage's batch pipeline
(`link.batch.link_mentions`, measured to 1M mentions in benchmarks/link_world.py): reports sharing a key
form networks, Splink compares names, age, gender, nationality and network, trains without labels and
clusters with a size cap; then this module rewrites the person links.
Each rewritten link keeps its match weight and the waterfall of the comparison that joined it. Entity
ids are kept stable where a cluster continues an existing entity (cases point at entities), and person
entities left with no mention and no case are removed.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from threadline.link.batch import BatchResult, link_mentions
from threadline.link.keyed import KEYED_KINDS
from threadline.link.persons import Explanation
from threadline.store.tables.alerts import CaseEntity
from threadline.store.tables.entities import Entity, EntityLink
from threadline.store.tables.facts import MentionRow


@dataclass(frozen=True)
class RelinkSummary:
    mentions: int
    entities: int
    joined: int
    removed_entities: int
    threshold: float | None


def _mention_table(session: Session) -> pd.DataFrame:
    """Person mentions and the keyed mentions beside them (phones, plates, e-mails…), which tie reports
    into networks: the batch pipeline's strongest evidence for a name."""
    rows = []
    for mention_id, report_id, kind, text, value, attributes in session.execute(
        select(
            MentionRow.id,
            MentionRow.report_id,
            MentionRow.kind,
            MentionRow.text,
            MentionRow.value,
            MentionRow.attributes,
        ).where(MentionRow.kind.in_(KEYED_KINDS | {"person"}))
    ):
        attributes = attributes or {}
        if attributes.get("boilerplate"):
            continue  # a helpline number would tie every report to every other
        surface = str(value or text) if kind == "person" else str(text or value)
        rows.append(
            {
                "mention_id": int(mention_id),
                "report_id": int(report_id),
                "kind": kind,
                "text": surface,
                "age": attributes.get("age"),
                "gender": attributes.get("gender"),
                "nationality": attributes.get("nationality"),
            }
        )
    columns = ["mention_id", "report_id", "kind", "text", "age", "gender", "nationality"]
    return pd.DataFrame(rows, columns=columns)


def relink_people(session: Session) -> RelinkSummary:
    table = _mention_table(session)
    people = int((table["kind"] == "person").sum())
    if people < 2:
        return RelinkSummary(people, 0, 0, 0, None)
    result = link_mentions(table)
    person_links = result.links[result.links["kind"] == "person"]
    members: dict[str, list[int]] = defaultdict(list)
    weight_of: dict[int, float | None] = {}
    for row in person_links.itertuples(index=False):
        mention_id = int(row.mention_id)
        members[str(row.entity_id)].append(mention_id)
        weight = row.match_weight
        weight_of[mention_id] = None if weight is None or math.isnan(float(weight)) else float(weight)

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
                found = _explain(result, mention_id, cluster_mentions)
                explanation = _jsonable(found.to_dict())
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
    return RelinkSummary(people, len(members), joined, removed, result.threshold)


def _explain(result: BatchResult, mention_id: int, cluster: list[int]) -> Explanation:
    """The waterfall against the first member the model scored; a mention whose record is identical to
    another's (same name, age, gender, nationality and network) was never scored on its own."""
    for other in cluster:
        if other != mention_id:
            found = result.explain(str(mention_id), str(other))
            if found is not None:
                return found
    return Explanation.of_identical(str(mention_id), str(cluster[0]), result.threshold)


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
