"""Probabilistic person and organisation matching with Splink (DuckDB), trained without labels.

The model is built from whichever standard columns (see `prepare.py`) actually hold data, so the
same code serves a tip list with names and phones and a register with names, dates and postcodes.
Every scored pair keeps its per-comparison contributions so `explain` can show why it linked.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from threadline.errors import ThreadlineError
from threadline.link.comparisons import (
    birth_comparison,
    email_comparison,
    exact_comparison,
    fuzzy_text_comparison,
    name_comparison,
    postcode_comparison,
)

log = logging.getLogger(__name__)

# A block that would create more pairs than this is dropped: it would not finish in interactive
# time, and a rule that puts that many records together is not discriminating anyway.
MAX_PAIRS_PER_RULE = 4_000_000
# …and, per rule, at most this many candidate pairs per record (more means a coarse rule whose
# finer versions, e.g. surname + date of birth instead of date of birth alone, serve better).
MAX_PAIRS_PER_RECORD = 8
# Cluster-size cap: linking stops growing a cluster past this, so a chain of look-alikes
# (A~B~C~…) cannot swallow a whole list.
DEFAULT_MAX_CLUSTER_SIZE = 40
# Pairs sampled for u estimation and per EM pass: enough for stable parameters, small enough for
# 50k records to train in seconds.
EM_AND_U_PAIRS = 2e5
PREDICT_FLOOR = 0.0
# Where blocked pairs are scored: "spark" scores them with the model trained on DuckDB (threadline.scale).
ENGINES = ("duckdb", "spark")
# Below this many distinct records EM has too little to learn from: the starting values in
# `comparisons.py` are used as they are, with u re-estimated only from 100 records up.
MIN_RECORDS_TO_TRAIN = 300
MIN_RECORDS_FOR_U = 100
M_FLOOR = 1e-3


@dataclass(frozen=True)
class Contribution:
    """One comparison's share of a pair's match weight (log2 Bayes factor)."""

    comparison: str
    level: str
    weight: float
    tf_adjustment: float = 0.0
    value_left: Any = None
    value_right: Any = None


@dataclass(frozen=True)
class Explanation:
    """Why two records were (or were not) linked: prior + contributions = match_weight."""

    left: str
    right: str
    prior_weight: float
    contributions: tuple[Contribution, ...]
    match_weight: float
    match_probability: float
    threshold: float
    # The two records are identical once normalised (same name, date, phone, … after folding and
    # key parsing): they were merged before scoring, so there is no waterfall, only that fact.
    identical: bool = False

    @property
    def linked(self) -> bool:
        return self.identical or self.match_weight >= self.threshold

    @classmethod
    def of_identical(cls, left: str, right: str, threshold: float | None) -> Explanation:
        """Two records merged before scoring because they are the same once normalised."""
        return cls(
            left=left,
            right=right,
            prior_weight=0.0,
            contributions=(),
            match_weight=math.inf,
            match_probability=1.0,
            threshold=math.inf if threshold is None else threshold,
            identical=True,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": self.left,
            "right": self.right,
            "prior_weight": self.prior_weight,
            "contributions": [c.__dict__ for c in self.contributions],
            "match_weight": None if self.identical else self.match_weight,
            "match_probability": self.match_probability,
            "threshold": self.threshold,
            "linked": self.linked,
            "identical": self.identical,
        }


@dataclass
class PairScores:
    """Scored candidate pairs and what is needed to explain each of them."""

    pairs: pd.DataFrame  # unique_id_l, unique_id_r, match_weight, match_probability, gamma_*/bf_*
    prior_weight: float
    comparison_levels: dict[str, dict[int, str]]  # comparison → gamma value → level label
    comparison_columns: dict[str, list[str]] = field(default_factory=dict)


# --- model definition ----------------------------------------------------------------------------


def _has_data(frame: pd.DataFrame, column: str, min_distinct: int = 2) -> bool:
    # Splink cannot estimate anything from a constant column, and a nearly-empty one only adds noise.
    if column not in frame.columns:
        return False
    values = frame[column].dropna()
    return len(values) >= max(2, len(frame) // 100) and values.nunique() >= min_distinct


def _has_initials(frame: pd.DataFrame, column: str) -> bool:
    return bool((frame[column].dropna().str.len() == 1).any())


def build_settings(frame: pd.DataFrame, *, link_type: str, kind: str = "person") -> dict[str, Any]:
    """Splink settings for the columns that hold data in `frame` (prepared records)."""
    from splink import SettingsCreator, block_on

    small = len(frame) < MIN_RECORDS_TO_TRAIN
    # On small inputs nothing is estimated, so a column needs data but not variety.
    distinct = 1 if small else 2

    def has(column: str) -> bool:
        return _has_data(frame, column, min_distinct=distinct)

    comparisons: list[Any] = []
    both_names = has("first_name") and has("surname")
    if kind == "person" and has("first_name"):
        comparisons.append(
            name_comparison(
                "first_name",
                "first_name_canon",
                swapped_with="surname" if both_names else None,
                initials=_has_initials(frame, "first_name"),
                tf=not small,
            )
        )
    if kind == "person" and has("surname"):
        comparisons.append(name_comparison("surname", initials=_has_initials(frame, "surname"), tf=not small))
    if (kind == "organisation" or not comparisons) and has("full_name"):
        comparisons.append(
            name_comparison(
                "full_name",
                initials=_has_initials(frame, "full_name"),
                tf=not small,
                # Two unrelated firms rarely share a whole (normalised) name; two people often do.
                exact_u=0.001 if kind == "organisation" else 0.01,
            )
        )
    if has("birth_year"):
        comparisons.append(birth_comparison(has("dob")))
    if has("postcode"):
        comparisons.append(postcode_comparison(tf=not small))
    if has("city"):
        comparisons.append(fuzzy_text_comparison("city", tf=not small))
    if has("email"):
        comparisons.append(email_comparison())
    for column in ("nationality", "gender", "phone", "address_key"):
        if has(column):
            comparisons.append(exact_comparison(column, tf=not small))
    if len(comparisons) < 2:
        raise ThreadlineError(
            "not enough columns to match on: need at least two of name, date of birth/age, "
            "phone, e-mail, address, postcode, town (map yours with --columns our=theirs)",
            code="resolve_columns",
        )
    rules = _candidate_blocking_rules(frame, kind)
    settings = SettingsCreator(
        link_type=link_type,
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=[block_on(*cols) for cols in rules],
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=True,
        unique_id_column_name="unique_id",
        source_dataset_column_name="source_dataset",
    )
    return {"settings": settings, "rules": rules}


def _candidate_blocking_rules(frame: pd.DataFrame, kind: str) -> list[tuple[str, ...]]:
    """Blocking rules over present columns, minus any that would explode (see MAX_PAIRS_PER_RULE)."""
    wanted: list[tuple[str, ...]] = [
        ("first_name", "surname"),
        ("surname", "dob"),
        ("first_name", "dob"),
        ("surname", "birth_year"),
        ("first_name_canon", "surname"),
        ("postcode", "first_name"),
        ("postcode", "surname"),
        ("dob", "city"),
        ("dob", "postcode"),
        ("phone",),
        ("email",),
        ("email_user",),
        ("address_key",),
        ("full_name",),
        ("full_name", "birth_year"),
        ("first_name", "city"),
        ("surname", "city"),
        ("dob",),
        ("postcode",),
    ]
    if kind == "organisation":
        wanted = [("full_name",), ("phone",), ("email",), ("address_key",), ("postcode",)]
    present = {c for c in frame.columns if frame[c].notna().any()}
    rules: list[tuple[str, ...]] = []
    dropped = False
    budget = min(MAX_PAIRS_PER_RULE, max(100_000, MAX_PAIRS_PER_RECORD * len(frame)))
    for cols in wanted:
        if not set(cols) <= present:
            continue
        pairs = block_pair_count(frame, cols)
        if pairs > budget:
            log.info("blocking rule %s dropped: %s candidate pairs", cols, pairs)
            dropped = True
            continue
        if pairs > 0:
            rules.append(cols)
    # A rule whose columns include all of another kept rule's finds only pairs that rule already
    # finds; each extra rule is one more self-join, so drop the redundant ones.
    rules = [r for r in rules if not any(set(o) < set(r) for o in rules)]
    if not rules and dropped:
        raise ThreadlineError(
            "no way to compare these records efficiently: every shared value is too common "
            "(add columns such as date of birth, phone or postcode)",
            code="resolve_blocking",
        )
    return rules


def block_pair_count(frame: pd.DataFrame, cols: Sequence[str]) -> int:
    sizes = frame.dropna(subset=list(cols)).groupby(list(cols), sort=False).size()
    return int((sizes * (sizes - 1) // 2).sum())


# --- training and scoring ------------------------------------------------------------------------


def _duckdb_api(threads: int | None = None) -> Any:
    import duckdb
    from splink import DuckDBAPI

    con = duckdb.connect(":memory:")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    return DuckDBAPI(connection=con)


def _register(db_api: Any, frame: pd.DataFrame, link_type: str) -> Any:
    if link_type == "dedupe_only":
        return db_api.register(frame, table_name="records")
    return [
        db_api.register(part.reset_index(drop=True), table_name=f"records_{i}")
        for i, (_, part) in enumerate(frame.groupby("source_dataset", sort=True))
    ]


def _spark_scorer(trained: Any, frame: pd.DataFrame, *, link_type: str, kind: str) -> Any:
    """The trained model on Spark. Training stays on DuckDB (deterministic, on the driver); the
    settings are rebuilt so Splink writes them in Spark's SQL, then given the trained parameters."""
    from splink import Linker

    from threadline.scale.linking import copy_parameters, spark_db_api

    settings = build_settings(frame, link_type=link_type, kind=kind)["settings"]
    linker = Linker(_register(spark_db_api(), frame, link_type), settings, log_level=logging.ERROR)
    copy_parameters(trained, linker)
    return linker


def train_and_score(
    frame: pd.DataFrame,
    *,
    link_type: str = "dedupe_only",
    kind: str = "person",
    engine: str = "duckdb",
    seed: int = 42,
) -> tuple[PairScores, Any]:
    """Fit a Splink model on `frame` (prepared, already free of exact duplicates) with EM and
    score all blocked pairs. Returns the scores and the linker (for scoring further pairs)."""
    if engine not in ENGINES:
        raise ThreadlineError(
            f"unknown engine {engine!r}: choose {' or '.join(ENGINES)}", code="resolve_engine"
        )
    from splink import Linker, block_on

    spec = build_settings(frame, link_type=link_type, kind=kind)
    if not spec["rules"]:
        # No two records share any blocking value: nothing to compare. (An empty rule list would
        # make Splink compare every pair, which is exactly what blocking exists to prevent.)
        empty = pd.DataFrame(columns=["unique_id_l", "unique_id_r", "match_weight", "match_probability"])
        return PairScores(pairs=empty, prior_weight=0.0, comparison_levels={}), None
    linker = Linker(_register(_duckdb_api(), frame, link_type), spec["settings"], log_level=logging.ERROR)
    # Splink warns about every level EM could not observe; that is expected with sparse lists
    # and must not reach the user's terminal.
    logging.getLogger("splink").setLevel(logging.ERROR)
    names = {c.output_column_name for c in linker._settings_obj.comparisons}

    _estimate_prior(linker, frame, names, link_type)
    if len(frame) >= MIN_RECORDS_FOR_U:
        linker.training.estimate_u_using_random_sampling(max_pairs=EM_AND_U_PAIRS, seed=seed)
    em_rules = _em_rules(frame, names) if len(frame) >= MIN_RECORDS_TO_TRAIN else []
    for cols in em_rules:
        # Splink's EM session edits the model in place (drops the comparisons its block uses, sets a
        # block-adjusted λ) and restores it only on success: a failed pass must not leave it that way.
        before = linker._settings_obj.core_model_settings.copy()
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                block_on(*cols),
                estimate_without_term_frequencies=True,
                max_pairs=EM_AND_U_PAIRS if block_pair_count(frame, cols) > EM_AND_U_PAIRS else None,
            )
        except Exception as exc:  # EM can fail on tiny or degenerate blocks; others still train
            log.info("EM on %s skipped: %s", cols, exc)
            linker._settings_obj.core_model_settings = before
    floor_m(linker)
    # Pairs below weight 0 (the model finds them more likely different than same) are never linked
    # and would only slow the hand-over to pandas; `explain` rescores such pairs on demand.
    scorer = linker if engine == "duckdb" else _spark_scorer(linker, frame, link_type=link_type, kind=kind)
    predictions = scorer.inference.predict(threshold_match_weight=PREDICT_FLOOR)
    pairs = predictions.as_pandas_dataframe()
    if scorer is not linker:
        from threadline.scale.linking import release

        release(scorer)
    levels = {
        c.output_column_name: {
            lvl.comparison_vector_value: lvl.label_for_charts for lvl in c.comparison_levels
        }
        for c in linker._settings_obj.comparisons
    }
    prior = linker._settings_obj._probability_two_random_records_match
    prior_weight = math.log2(prior / (1 - prior))
    return PairScores(pairs=pairs, prior_weight=prior_weight, comparison_levels=levels), linker


def floor_m(linker: Any) -> None:
    """Keep every m probability at or above M_FLOOR.

    EM on lists whose duplicates rarely disagree drives m for "different" levels towards zero, and
    one differing phone or postcode then weighs −60 or worse: a veto no evidence can outweigh.
    Real reports are messier than the training sample, so a disagreement may cost at most about
    log2(M_FLOOR / u) (≈ −10) and other evidence can still carry the link.
    """
    for comparison in linker._settings_obj.comparisons:
        for level in comparison.comparison_levels:
            if level.is_null_level:
                continue
            m = level.m_probability
            if isinstance(m, float) and m < M_FLOOR:
                level.m_probability = M_FLOOR


def _estimate_prior(linker: Any, frame: pd.DataFrame, names: set[str], link_type: str) -> None:
    """λ from deterministic rules that admit almost no false positives, assuming 60 % recall.

    Small lists: assume each record has about one duplicate (λ ≈ 1/n), capped at 0.1.
    """
    from splink import block_on

    settings = linker._settings_obj
    n = max(len(frame), 2)
    if n < MIN_RECORDS_TO_TRAIN:
        settings._probability_two_random_records_match = min(0.1, 1.0 / n)
        return

    candidates: list[tuple[str, ...]] = []
    if {"first_name", "surname", "birth"} <= names:
        candidates.append(("first_name", "surname", "dob"))
    if "phone" in names:
        candidates.append(("phone",))
    if "email" in names:
        candidates.append(("email",))
    if {"first_name", "surname", "postcode"} <= names:
        candidates.append(("first_name", "surname", "postcode"))
    candidates = [c for c in candidates if frame[list(c)].notna().all(axis=1).any()]
    if candidates:
        try:
            linker.training.estimate_probability_two_random_records_match(
                [block_on(*c) for c in candidates], recall=0.6
            )
            # Keep λ in a sane range: a degenerate list (all copies) would otherwise give 1.
            lam = settings._probability_two_random_records_match
            settings._probability_two_random_records_match = min(max(lam, 1e-7), 0.5)
            return
        except Exception as exc:  # no deterministic matches at all: fall back to a guess
            log.info("prior estimation failed: %s", exc)
    settings._probability_two_random_records_match = min(0.1, 2.0 / n)


def _em_rules(frame: pd.DataFrame, names: set[str]) -> list[tuple[str, ...]]:
    """Two EM passes whose blocking columns differ, so every comparison gets estimated by one:
    a name block (estimates dates, places, contacts) and an identifier block (estimates names).
    The identifier block is the first affordable one: a huge block costs time and adds little."""
    options: list[tuple[str, ...]] = []
    if {"first_name", "surname"} <= names:
        options.append(("first_name", "surname"))
    elif "full_name" in names:
        options.append(("full_name",))
    for column in ("dob", "postcode", "phone", "email", "address_key", "birth_year"):
        if column not in frame.columns or not frame[column].notna().any():
            continue
        if column in ("dob", "birth_year") and "birth" not in names:
            continue
        if column not in ("dob", "birth_year") and column not in names:
            continue
        if 50 <= block_pair_count(frame, (column,)) <= 2 * EM_AND_U_PAIRS:
            options.append((column,))
            break
    return [o for o in options if 0 < block_pair_count(frame, o) <= 4 * EM_AND_U_PAIRS]


# --- explanation ---------------------------------------------------------------------------------


def explain_row(row: pd.Series | dict[str, Any], scores: PairScores, threshold: float) -> Explanation:
    """Waterfall for one scored pair (a row of `scores.pairs`)."""
    contributions: list[Contribution] = []
    for comparison, labels in scores.comparison_levels.items():
        gamma = row.get(f"gamma_{comparison}")
        mw = row.get(f"mw_{comparison}")
        if gamma is None or mw is None or pd.isna(mw):
            continue
        tf = row.get(f"mw_tf_adj_{comparison}")
        tf_weight = float(tf) if tf is not None and not pd.isna(tf) else 0.0
        value_col = comparison
        if comparison == "birth":
            both_dob = row.get("dob_l") is not None and row.get("dob_r") is not None
            value_col = (
                "dob"
                if both_dob and not pd.isna(row["dob_l"]) and not pd.isna(row["dob_r"])
                else "birth_year"
            )
        contributions.append(
            Contribution(
                comparison=comparison,
                level=labels.get(int(gamma), str(gamma)),
                weight=round(float(mw), 3),
                tf_adjustment=round(tf_weight, 3),
                value_left=_plain(row.get(f"{value_col}_l")),
                value_right=_plain(row.get(f"{value_col}_r")),
            )
        )
    weight = float(row["match_weight"])
    return Explanation(
        left=str(row["unique_id_l"]),
        right=str(row["unique_id_r"]),
        prior_weight=round(scores.prior_weight, 3),
        contributions=tuple(contributions),
        match_weight=round(weight, 3),
        match_probability=float(row["match_probability"]),
        threshold=threshold,
    )


def _plain(value: Any) -> Any:
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value.item() if hasattr(value, "item") else value
