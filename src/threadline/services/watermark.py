"""Follow a table's new rows by id, without missing rows that commit out of id order.

Ids are handed out before commit, so with several workers (PostgreSQL) row 41 can become visible after
row 42 has already been read, and a job retried later commits a low id long after higher ones. A plain
"id > highest seen" then skips row 41 for good. The watermark remembers the ids it stepped over as gaps
and asks for them again until they appear, or until they are old enough to be a rolled-back
transaction's (never to appear).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import InstrumentedAttribute


@dataclass
class IdWatermark:
    gap_ttl_seconds: float
    max_gaps: int = 5000
    top: int = 0
    gaps: dict[int, float] = field(default_factory=dict)  # id → when it was first found missing

    def where(self, column: InstrumentedAttribute[int]) -> ColumnElement[bool]:
        """Rows not seen yet: newer than the top, or filling a remembered gap."""
        now = time.monotonic()
        self.gaps = {i: t for i, t in self.gaps.items() if now - t < self.gap_ttl_seconds}
        newer = column > self.top
        return or_(newer, column.in_(sorted(self.gaps))) if self.gaps else newer

    def observe(self, ids: Iterable[int]) -> None:
        """Record the ids a `where` query returned."""
        seen = set(ids)
        previous_top = self.top
        for row_id in seen:
            self.gaps.pop(row_id, None)
        self.top = max(seen | {self.top})
        if self.top > previous_top + 1:
            now = time.monotonic()
            missing = set(range(previous_top + 1, self.top)) - seen
            for row_id in sorted(missing)[-self.max_gaps :]:
                self.gaps.setdefault(row_id, now)
        if len(self.gaps) > self.max_gaps:
            for row_id in sorted(self.gaps)[: len(self.gaps) - self.max_gaps]:
                del self.gaps[row_id]
