"""Following new rows by id must not lose rows that commit out of id order (several workers, retries)."""

from __future__ import annotations

import time

from sqlalchemy import select

from threadline.services.watermark import IdWatermark
from threadline.store.database import Database
from threadline.store.tables.entities import Entity


def _read(db: Database, mark: IdWatermark) -> list[int]:
    with db.session() as session:
        ids = list(session.scalars(select(Entity.id).where(mark.where(Entity.id)).order_by(Entity.id)))
    mark.observe(ids)
    return ids


def _add(db: Database, entity_id: int) -> None:
    with db.session() as session:
        session.add(Entity(id=entity_id, kind="person", canonical=f"Person {entity_id}", attributes={}))


def test_a_row_committed_below_the_top_is_still_found(db: Database) -> None:
    mark = IdWatermark(gap_ttl_seconds=60)
    for entity_id in (1, 2, 4, 5):
        _add(db, entity_id)
    assert _read(db, mark) == [1, 2, 4, 5]
    assert set(mark.gaps) == {3}
    assert _read(db, mark) == []  # nothing new: the gap is asked for and still missing
    _add(db, 3)  # the slow transaction commits at last
    _add(db, 6)
    assert _read(db, mark) == [3, 6]
    assert mark.gaps == {}


def test_a_gap_that_never_fills_is_forgotten() -> None:
    mark = IdWatermark(gap_ttl_seconds=0.05)
    mark.observe([1, 5])
    assert set(mark.gaps) == {2, 3, 4}
    time.sleep(0.06)
    clause = mark.where(Entity.id)  # expiry happens when the next query is built
    assert mark.gaps == {}
    assert "IN" not in str(clause)


def test_gaps_are_bounded() -> None:
    mark = IdWatermark(gap_ttl_seconds=60, max_gaps=10)
    mark.observe([1, 1000])
    assert len(mark.gaps) == 10
    assert min(mark.gaps) == 990  # the newest gaps are the ones worth waiting for
