"""Group near-duplicate reports as the worker meets them (one controller advertising several victims
from one template, the same tip sent twice with a new phone number).

Signatures are MinHash over character shingles (the link stage's `minhash`), stored per report so that
an LSH index can be rebuilt in any worker without re-reading report texts. A report joins the group of
the reports it nearly duplicates; a group is named after its first report.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from threadline.link.neardup import minhash
from threadline.services.watermark import IdWatermark
from threadline.store.tables.entities import ReportSignature
from threadline.store.tables.reports import Report

THRESHOLD = 0.7
NUM_PERM = 128


# Report ids are fixed at intake, but a report's signature is written when its job runs: a job retried
# after a failure fills its id long after higher ones, so gaps are remembered for a day.
SIGNATURE_GAP_TTL_SECONDS = 86_400.0


def _watermark() -> IdWatermark:
    return IdWatermark(SIGNATURE_GAP_TTL_SECONDS)


@dataclass
class _LshCache:
    lsh: MinHashLSH = field(default_factory=lambda: MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM))
    signatures: dict[int, MinHash] = field(default_factory=dict)
    seen: IdWatermark = field(default_factory=_watermark)
    database: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


_CACHE = _LshCache()


SCHEME = minhash("", num_perm=NUM_PERM).scheme  # stored values only compare under the same scheme


def _signature(raw: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(raw, dtype=np.uint64), scheme=SCHEME)


def _refresh(session: Session) -> None:
    url = str(session.get_bind().url)
    if _CACHE.database != url:
        _CACHE.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        _CACHE.signatures = {}
        _CACHE.seen = _watermark()
        _CACHE.database = url
    rows = session.execute(
        select(ReportSignature.report_id, ReportSignature.signature)
        .where(_CACHE.seen.where(ReportSignature.report_id))
        .order_by(ReportSignature.report_id)
    ).all()
    for report_id, raw in rows:
        signature = _signature(raw)
        _CACHE.signatures[report_id] = signature
        _CACHE.lsh.insert(report_id, signature)
    _CACHE.seen.observe(row[0] for row in rows)


def group_report(session: Session, report: Report) -> int:
    """Store the report's signature and return its group id (its own id when it has no near copy)."""
    existing = session.get(ReportSignature, report.id)
    if existing is not None:
        return existing.group_id  # a retried job: the group was settled the first time
    signature = minhash(report.text, num_perm=NUM_PERM)
    with _CACHE.lock:
        _refresh(session)
        matches = [
            other
            for other in _CACHE.lsh.query(signature)
            if other != report.id and signature.jaccard(_CACHE.signatures[other]) >= THRESHOLD
        ]
    groups = set(
        session.scalars(select(ReportSignature.group_id).where(ReportSignature.report_id.in_(matches)))
    )
    group_id = min(groups | {report.id})
    if len(groups) > 1:
        # This report bridges two groups: they become one.
        session.execute(
            update(ReportSignature).where(ReportSignature.group_id.in_(groups)).values(group_id=group_id)
        )
    session.add(
        ReportSignature(
            report_id=report.id, signature=signature.hashvalues.astype(np.uint64).tobytes(), group_id=group_id
        )
    )
    return group_id


def group_members(session: Session, report_id: int) -> list[int]:
    row = session.get(ReportSignature, report_id)
    if row is None:
        return []
    return sorted(
        session.scalars(select(ReportSignature.report_id).where(ReportSignature.group_id == row.group_id))
    )
