"""Link a processed report's mentions to entities, incrementally, as the worker meets each report.

Phones, e-mails, plates, accounts and document numbers join on their deterministic key (unique in the
database, so concurrent workers still make one entity). People and organisations are matched through the
link stage's blocking index: a confident name match joins at once; a weaker one ("I. Popescu" against
"Ionuț Popescu") joins only when the report also shares a phone, plate or other keyed entity with a report
of that person. Every join stores its score and reasons. Mentions met only in boilerplate advice (helpline
numbers) are never linked: they would tie every report to every other.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from threadline.link.incremental import BlockingIndex, mention_key
from threadline.pipeline import step
from threadline.services.watermark import IdWatermark
from threadline.store.tables.entities import Entity, EntityLink
from threadline.store.tables.facts import MentionRow
from threadline.store.tables.reports import Report
from threadline.store.upsert import insert_for

KEYED_KINDS = {"phone", "email", "vehicle", "account", "document_number"}
NAMED_KINDS = {"person", "organisation"}
CONFIDENT_NAME = 0.8
CORROBORATED_NAME = 0.6


# Linking a report takes seconds, so an id still missing after ten minutes belongs to a rolled-back
# transaction.
ENTITY_GAP_TTL_SECONDS = 600.0


@dataclass
class _IndexCache:
    """Named entities of this process, refreshed from the table by id (other workers add to it too)."""

    index: BlockingIndex = field(default_factory=BlockingIndex)
    seen: IdWatermark = field(default_factory=lambda: IdWatermark(ENTITY_GAP_TTL_SECONDS))
    database: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


_CACHE = _IndexCache()


def _named_index(session: Session) -> BlockingIndex:
    url = str(session.get_bind().url)
    with _CACHE.lock:
        if _CACHE.database != url:
            _CACHE.index, _CACHE.seen = BlockingIndex(), IdWatermark(ENTITY_GAP_TTL_SECONDS)
            _CACHE.database = url
        # Every kind is read, not only names, so that an id held by a phone is not taken for a gap.
        rows = session.execute(
            select(Entity.id, Entity.kind, Entity.canonical)
            .where(_CACHE.seen.where(Entity.id))
            .order_by(Entity.id)
        ).all()
        for entity_id, kind, canonical in rows:
            if kind in NAMED_KINDS:
                _add_named(_CACHE.index, entity_id, kind, canonical)
        _CACHE.seen.observe(row[0] for row in rows)
        return _CACHE.index


def _add_named(index: BlockingIndex, entity_id: int, kind: str, name: str) -> None:
    if kind == "person":
        index.add_person(str(entity_id), name)
    else:
        index.add_organisation(str(entity_id), name)


def _keyed_entity(session: Session, kind: str, key: str, canonical: str) -> tuple[int, bool]:
    """The entity with this key, created if new. Returns (id, created)."""
    existing = session.scalar(select(Entity.id).where(Entity.key == key))
    if existing is not None:
        return existing, False
    insert = insert_for(session)
    created = session.execute(
        insert(Entity)
        .values(kind=kind, canonical=canonical, key=key, attributes={})
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(Entity.id)
    ).scalar()
    if created is not None:
        return created, True
    return session.scalar(select(Entity.id).where(Entity.key == key)), False  # type: ignore[return-value]


def _reports_of(session: Session, entity_ids: set[int]) -> set[int]:
    if not entity_ids:
        return set()
    return set(session.scalars(select(EntityLink.report_id).where(EntityLink.entity_id.in_(entity_ids))))


def link_report(session: Session, report: Report) -> list[EntityLink]:
    session.execute(delete(EntityLink).where(EntityLink.report_id == report.id))
    mentions = session.scalars(
        select(MentionRow)
        .where(MentionRow.report_id == report.id, MentionRow.kind.in_(KEYED_KINDS | NAMED_KINDS))
        .order_by(MentionRow.start_char)
    ).all()
    mentions = [m for m in mentions if not (m.attributes or {}).get("boilerplate")]
    links: list[EntityLink] = []
    keyed_entities: set[int] = set()

    for m in (m for m in mentions if m.kind in KEYED_KINDS):
        key = mention_key(m.kind, m.value, m.text)
        if key is None:
            continue
        canonical = key.split(":", 1)[-1]
        entity_id, created = _keyed_entity(session, m.kind, key, canonical)
        keyed_entities.add(entity_id)
        reasons = ["new entity"] if created else [f"same {m.kind} ({canonical})"]
        links.append(_link(m, entity_id, 1.0, "new" if created else "key", reasons))

    index = _named_index(session)
    # Reports that share a keyed entity with this one: corroboration for a weaker name match.
    corroborating = _reports_of(session, keyed_entities) - {report.id}
    made_here: dict[tuple[str, str], int] = {}
    for m in (m for m in mentions if m.kind in NAMED_KINDS):
        name = str(m.value or m.text).strip()
        if len(name) < 2:
            continue
        candidates = index.match(m.kind, name, attributes=m.attributes or {}, min_score=CORROBORATED_NAME)
        chosen = None
        for candidate in candidates:
            entity_id = int(candidate.entity_id)
            if session.get(Entity, entity_id) is None:
                continue  # an entity whose transaction rolled back after the index saw it
            if candidate.score >= CONFIDENT_NAME:
                chosen = (entity_id, candidate.score, "name", list(candidate.reasons))
                break
            if corroborating & _reports_of(session, {entity_id}):
                reasons = [
                    *candidate.reasons,
                    "shares a phone, plate or account with a report of this entity",
                ]
                chosen = (entity_id, candidate.score, "name", reasons)
                break
        if chosen is None:
            local = (m.kind, name.casefold())
            if local in made_here:
                chosen = (made_here[local], 1.0, "name", ["same name in this report"])
            else:
                entity = Entity(kind=m.kind, canonical=name, key=None, attributes={})
                session.add(entity)
                session.flush()
                made_here[local] = entity.id
                chosen = (entity.id, 1.0, "new", ["new entity"])
        links.append(_link(m, *chosen))
    session.add_all(links)
    session.flush()
    return links


def _link(mention: MentionRow, entity_id: int, score: float, method: str, reasons: list[str]) -> EntityLink:
    return EntityLink(
        mention_id=mention.id,
        entity_id=entity_id,
        report_id=mention.report_id,
        score=score,
        method=method,
        reasons=reasons,
    )


@step("link")
def link_step(session: Session, report: Report) -> None:
    from threadline.services.neardup import group_report

    link_report(session, report)
    group_report(session, report)
