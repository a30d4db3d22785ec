"""Resolve person/organisation records into clusters: one list deduplicated, or several linked.

Pure: DataFrames in, DataFrames out. The `threadline resolve` command wraps it with file I/O.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from threadline.errors import ThreadlineError
from threadline.link.cluster import capped_cluster_labels, choose_threshold
from threadline.link.persons import (
    DEFAULT_MAX_CLUSTER_SIZE,
    Explanation,
    PairScores,
    explain_row,
    train_and_score,
)
from threadline.link.prepare import COMPARABLE_COLUMNS, prepare_records, recognise_columns

log = logging.getLogger(__name__)

OUTPUT_COLUMNS = ("source", "record_id", "cluster_id", "match_weight")


@dataclass
class ResolveResult:
    """Clusters plus everything needed to explain them.

    clusters: one row per input record: source, record_id, cluster_id, match_weight (the strongest
        accepted link of that record; empty for records linked to nothing or only to exact copies).
    scores: scored candidate pairs between distinct representatives (None if nothing to score).
    """

    clusters: pd.DataFrame
    scores: PairScores | None
    threshold: float
    representative: dict[str, str]  # unique_id → unique_id of its exact-duplicate representative
    linker: Any = None
    records: pd.DataFrame | None = None  # the prepared representatives that were scored

    def explain(self, left: str, right: str) -> Explanation | None:
        """Waterfall for two records given as unique ids ('source\\x1frecord_id') or as
        (source, record_id) joined by `record_key`. None when the pair was never compared."""
        return explain_pair(self, left, right)


def record_key(source: str, record_id: str) -> str:
    return f"{source}\x1f{record_id}"


def resolve_frames(
    frames: Mapping[str, pd.DataFrame],
    *,
    columns: Mapping[str, str] | None = None,
    id_column: str | None = None,
    kind: str = "person",
    engine: str = "duckdb",
    threshold: float | None = None,
    max_cluster_size: int = DEFAULT_MAX_CLUSTER_SIZE,
) -> ResolveResult:
    """Deduplicate one frame or link several (each frame one source, keyed by its name).

    `columns` maps our field names (first_name, surname, full_name, dob, age, gender, nationality,
    phone, email, address, postcode, city) to headers; unmapped headers are recognised by name.
    `threshold` is a match weight; None chooses one from the score distribution (no labels).
    `engine` "spark" scores the blocked pairs on Spark with the model trained on DuckDB: same clusters.
    """
    if not frames:
        raise ThreadlineError("no input records", code="resolve_empty")
    prepared_parts = []
    for source, frame in frames.items():
        mapping = recognise_columns([str(c) for c in frame.columns], columns)
        if not mapping:
            raise ThreadlineError(
                f"{source}: no recognisable columns (found {', '.join(map(str, frame.columns))}); "
                "map them with --columns our=theirs, e.g. --columns first_name=prenume",
                code="resolve_columns",
            )
        if id_column is not None and id_column not in frame.columns:
            stripped = {str(c).strip(): c for c in frame.columns}
            if id_column.strip() not in stripped:
                raise ThreadlineError(f"{source}: no id column {id_column!r}", code="resolve_columns")
            frame = frame.rename(columns={stripped[id_column.strip()]: id_column})
        prepared_parts.append(prepare_records(frame, mapping, source=source, id_column=id_column, kind=kind))
    prepared = pd.concat(prepared_parts, ignore_index=True)
    if prepared.empty:
        raise ThreadlineError("the input files hold no records", code="resolve_empty")
    duplicated_ids = prepared["unique_id"].duplicated()
    if duplicated_ids.any():
        example = prepared.loc[duplicated_ids, "record_id"].iloc[0]
        raise ThreadlineError(
            f"record id {example!r} appears more than once in one file; ids must be unique",
            code="resolve_ids",
        )

    # Identical records (after normalisation) are the same record: collapse them before Splink
    # so 100k copies cost one comparison, not five billion.
    reps, representative = _collapse_exact(prepared)
    link_type = "dedupe_only" if len(frames) == 1 else "link_and_dedupe"

    scores: PairScores | None = None
    linker = None
    if len(reps) >= 2 and reps[list(COMPARABLE_COLUMNS)].notna().any(axis=None):
        scores, linker = train_and_score(reps, link_type=link_type, kind=kind, engine=engine)
    chosen = threshold
    ids = reps["unique_id"].to_numpy(dtype=object)
    position = pd.Index(ids)
    left = right = np.empty(0, dtype=np.int64)
    weights = np.empty(0, dtype=float)
    if scores is not None and not scores.pairs.empty:
        pairs = scores.pairs
        if chosen is None:
            chosen = choose_threshold(pairs["match_weight"].to_numpy())
        left = position.get_indexer(pairs["unique_id_l"])
        right = position.get_indexer(pairs["unique_id_r"])
        weights = pairs["match_weight"].to_numpy(dtype=float)
    chosen = 6.0 if chosen is None else chosen
    labels, best_weight = capped_cluster_labels(
        len(ids), left, right, weights, threshold=chosen, max_size=max_cluster_size
    )
    assignment = dict(zip(ids, ids[labels], strict=True))
    best = {uid: w for uid, w in zip(ids, best_weight.tolist(), strict=True) if not math.isnan(w)}
    clusters = _assemble(prepared, representative, assignment, best)
    return ResolveResult(
        clusters=clusters,
        scores=scores,
        threshold=chosen,
        representative=representative,
        linker=linker,
        records=reps,
    )


def _collapse_exact(prepared: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    key_columns = ["source_dataset", *COMPARABLE_COLUMNS]
    # Across sources identical records are still worth linking explicitly (they are evidence from
    # two places), so collapse only within a source.
    group = prepared.groupby(key_columns, dropna=False, sort=False).ngroup()
    first_of_key = prepared.groupby(group, sort=False)["unique_id"].transform("first")
    representative = dict(zip(prepared["unique_id"], first_of_key, strict=True))
    reps = prepared[prepared["unique_id"] == first_of_key].reset_index(drop=True)
    return reps, representative


def _assemble(
    prepared: pd.DataFrame,
    representative: dict[str, str],
    assignment: dict[str, str],
    best: dict[str, float],
) -> pd.DataFrame:
    rep_ids = prepared["unique_id"].map(representative)
    cluster_rep = rep_ids.map(assignment)
    # Cluster ids are the 'source:record_id' of the cluster's first member: readable and stable.
    id_of = dict(
        zip(prepared["unique_id"], prepared["source_dataset"] + ":" + prepared["record_id"], strict=True)
    )
    weights = rep_ids.map(best)
    out = pd.DataFrame(
        {
            "source": prepared["source_dataset"],
            "record_id": prepared["record_id"],
            "cluster_id": cluster_rep.map(id_of),
            "match_weight": weights.round(3),
        }
    )
    return out


def explain_pair(result: ResolveResult, left: str, right: str) -> Explanation | None:
    """The waterfall of one pair of records (unique ids). Uses the stored scored pair when blocking
    produced it, otherwise scores the pair on the fly with the trained model."""
    a = result.representative.get(left, left)
    b = result.representative.get(right, right)
    if a == b and left != right and left in result.representative:
        return Explanation.of_identical(left, right, result.threshold)
    if result.scores is None:
        return None
    pairs = result.scores.pairs
    hit = pairs[
        ((pairs["unique_id_l"] == a) & (pairs["unique_id_r"] == b))
        | ((pairs["unique_id_l"] == b) & (pairs["unique_id_r"] == a))
    ]
    if not hit.empty:
        return explain_row(hit.iloc[0].to_dict(), result.scores, result.threshold)
    if result.linker is None:
        return None
    return _score_unblocked(result, a, b)


def _score_unblocked(result: ResolveResult, a: str, b: str) -> Explanation | None:
    records = result.records
    if records is None:
        return None
    picked = records[records["unique_id"].isin([a, b])].set_index("unique_id")
    if len(picked) != 2:
        return None
    left, right = (_record_dict(picked.loc[uid]) | {"unique_id": uid} for uid in (a, b))
    scored = result.linker.inference.score_pair(left, right).as_pandas_dataframe()
    if scored.empty or result.scores is None:
        return None
    return explain_row(scored.iloc[0].to_dict(), result.scores, result.threshold)


def _record_dict(row: pd.Series) -> dict[str, Any]:
    return {k: (None if pd.isna(v) else v) for k, v in row.items()}


def resolve_records(
    records: Sequence[Mapping[str, Any]], *, source: str = "records", **kwargs: Any
) -> ResolveResult:
    """Convenience for services: resolve a list of dicts (one source)."""
    return resolve_frames({source: pd.DataFrame(list(records))}, **kwargs)
