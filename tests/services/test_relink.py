"""`threadline link --full`: Splink re-clusters every person mention and keeps the waterfall of each join."""

from __future__ import annotations

from sqlalchemy import select

from threadline.intake.formats import parse_submission
from threadline.intake.service import accept
from threadline.services.entities import entity_detail
from threadline.services.relink import relink_people
from threadline.store.database import Database
from threadline.store.tables.entities import Entity, EntityLink
from threadline.store.tables.facts import MentionRow
from threadline.taxonomy.channels import Anonymity, Channel
from threadline.worker import drain

REPORTS = [
    "Officer note: Ionuț Popescu, 31, was seen outside the house. His phone is 07911 123456.",
    "Call note: the caller says Ionut Popescu, aged 31, controls the women. He rings from +44 7911 123456.",
    "Tip: Ionut Popesku, 31, drives the women to the nail bar. His number is 07911 123456.",
    "Officer note: Maria Ionescu, 52, owns the cafe on Mill Lane and employs two waiters legally.",
    "Officer note: Elena Dumitrescu, 24, says she came to London for a job in a hotel.",
]


def person_entity(db: Database, report_id: int) -> int | None:
    with db.session() as session:
        return session.scalar(
            select(EntityLink.entity_id)
            .join(MentionRow, MentionRow.id == EntityLink.mention_id)
            .join(Entity, Entity.id == EntityLink.entity_id)
            .where(EntityLink.report_id == report_id, Entity.kind == "person")
        )


def test_full_relink_joins_spellings_and_keeps_waterfalls(db: Database) -> None:
    ids = []
    for text in REPORTS:
        [accepted] = accept(
            db, parse_submission(text.encode()), channel=Channel.OFFICER, anonymity=Anonymity.CONFIDENTIAL
        )
        ids.append(accepted.report_id)
    drain(db)
    before = person_entity(db, ids[0])
    with db.session() as session:
        summary = relink_people(session)
    assert summary.mentions >= 5
    popescu = {person_entity(db, r) for r in ids[:3]}
    assert popescu == {before}, "the three spellings are one person, and the entity id is kept"
    others = {person_entity(db, r) for r in ids[3:]}
    assert before not in others and len(others) == 2
    with db.session() as session:
        detail = entity_detail(session, before)  # type: ignore[arg-type]
    joined = [m for m in detail["mentions"] if m["method"] == "splink" and m["explanation"]]
    assert joined, "a probabilistic join must carry its waterfall"
    waterfall = joined[0]["explanation"]
    assert waterfall["contributions"] or waterfall["identical"]
    assert waterfall["linked"] is True
