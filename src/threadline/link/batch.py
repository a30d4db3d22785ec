"""Batch linking of a whole mention table: every mention to an entity, every link with its weight.

Pure (a DataFrame in, DataFrames out, no database). Steps:

1. Keyed mentions (phones, e-mails, vehicles, addresses) join on their deterministic keys
   (`keyed.py`); a mention whose text gives no trustworthy key stays an entity of its own.
2. Reports that share a key are joined into networks (transitively; hub keys ignored). A person
   mention carries its report's network: "named in a report about the same phone / address / van"
   is the strongest evidence a first name alone can get.
3. People: Splink on DuckDB compares names (nicknames, initials, typos, swapped order), age,
   gender, nationality and the network. Blocking stays inside a network (same given name or same
   surname) plus one global rule (same full name and birth year) for reports without keys.
   Large inputs train on a sample of whole networks (EM finds matches only where they are); the
   prior λ is then re-estimated on the full table, because λ shrinks as the table grows.
4. Clusters: a threshold chosen from the score distribution without labels
   (`cluster.choose_threshold`), strongest links first, no cluster above `max_cluster_size`, and
   never two clusters whose full surnames clearly differ (`network_clusters`).
"""

from __future__ import annotations

import functools
import logging
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from threadline.errors import ThreadlineError
from threadline.link.cluster import choose_threshold
from threadline.link.comparisons import birth_comparison, exact_comparison, name_comparison
from threadline.link.keyed import KEYED_KINDS, entity_keys, report_networks
from threadline.link.persons import (
    DEFAULT_MAX_CLUSTER_SIZE,
    Explanation,
    PairScores,
    block_pair_count,
    explain_row,
    floor_m,
)
from threadline.link.prepare import prepare_records
from threadline.link.unionfind import find_root

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("mention_id", "report_id", "kind", "text")
# Records (distinct person mentions) EM trains on; larger inputs train on a sample of networks.
TRAIN_SAMPLE = 60_000
EM_MAX_PAIRS = 3e5
U_MAX_PAIRS = 1e6
# Below this many distinct person records there is too little to learn from: starting values only.
MIN_RECORDS_TO_TRAIN = 300
# Per blocking rule, at most this many candidate pairs per record; a coarser rule is dropped.
MAX_PAIRS_PER_RECORD = 30
# Pairs scored below this weight are never linked; keeping them would only cost memory.
PREDICT_FLOOR = 0.0
# Person-record columns that decide whether two mentions are the same record.
_PERSON_COLUMNS = ["network", "first_name", "surname", "birth_year", "gender", "nationality"]


@dataclass
class BatchResult:
    """links: one row per input mention: mention_id, kind, entity_id, match_weight, method
    ('key': same deterministic key; 'model': Splink link, match_weight = its strongest accepted
    link; 'identical': same person record as another mention; 'alone': linked to nothing)."""

    links: pd.DataFrame
    threshold: float | None
    model: dict[str, Any] | None  # the trained Splink settings: enough to re-score any pair
    person_records: pd.DataFrame | None = None
    linker: Any = None

    def explain(self, left_mention: str, right_mention: str) -> Explanation | None:
        """Why two person mentions are (or are not) one person: the model's waterfall (prior plus
        each comparison's weight). None when either is not a scored person mention."""
        records = self.person_records
        if records is None or self.linker is None:
            return None
        picked = records.set_index("mention_id").reindex([left_mention, right_mention])
        if picked["unique_id"].isna().any():
            return None
        rows = [
            {k: (None if _missing(v) else v) for k, v in row.items() if k != "mention_id"}
            for row in picked.reset_index().to_dict("records")
        ]
        settings = self.linker._settings_obj
        settings._retain_intermediate_calculation_columns = True
        settings._retain_matching_columns = True
        scored = self.linker.inference.score_pair(rows[0], rows[1]).as_pandas_dataframe()
        levels = {
            c.output_column_name: {
                lvl.comparison_vector_value: lvl.label_for_charts for lvl in c.comparison_levels
            }
            for c in settings.comparisons
        }
        prior = settings._probability_two_random_records_match
        scores = PairScores(
            pairs=scored, prior_weight=math.log2(prior / (1 - prior)), comparison_levels=levels
        )
        row = scored.iloc[0].to_dict() | {"unique_id_l": left_mention, "unique_id_r": right_mention}
        threshold = self.threshold if self.threshold is not None else math.inf
        return explain_row(row, scores, threshold)


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def link_mentions(
    mentions: pd.DataFrame,
    *,
    threshold: float | None = None,
    max_cluster_size: int = DEFAULT_MAX_CLUSTER_SIZE,
    train_sample: int = TRAIN_SAMPLE,
    memory_limit: str = "4GB",
    threads: int = 2,
    seed: int = 0,
) -> BatchResult:
    """Link every mention of `mentions` (columns mention_id, report_id, kind, text; for people
    optionally age, gender, nationality). `threshold` is a match weight; None chooses one."""
    missing = [c for c in REQUIRED_COLUMNS if c not in mentions.columns]
    if missing:
        raise ThreadlineError(f"mention table lacks columns: {', '.join(missing)}", code="batch_columns")
    if mentions["mention_id"].duplicated().any():
        raise ThreadlineError("mention ids must be unique", code="batch_ids")
    kinds = mentions["kind"].astype(str)
    texts = mentions["text"].where(mentions["text"].notna(), None)
    keys = entity_keys(kinds, texts, mentions["report_id"])
    networks = report_networks(mentions["report_id"], keys)

    links = pd.DataFrame(
        {
            "mention_id": mentions["mention_id"].to_numpy(),
            "kind": kinds.to_numpy(),
            "entity_id": keys.to_numpy(),
            "match_weight": np.nan,
            "method": np.where(keys.notna(), "key", "alone"),
        }
    )
    # A keyed mention nobody else names, or one without a trustworthy key, is its own entity.
    unkeyed = links["entity_id"].isna() & links["kind"].isin(KEYED_KINDS)
    links.loc[unkeyed, "entity_id"] = "mention:" + links.loc[unkeyed, "mention_id"].astype(str)

    is_person = (kinds == "person").to_numpy()
    other = ~is_person & ~links["kind"].isin(KEYED_KINDS).to_numpy()
    links.loc[other, "entity_id"] = "mention:" + links.loc[other, "mention_id"].astype(str)
    if not is_person.any():
        return BatchResult(links=links, threshold=None, model=None)

    people = _person_records(mentions[is_person], networks)
    persons = link_people(
        people,
        threshold=threshold,
        max_cluster_size=max_cluster_size,
        train_sample=train_sample,
        memory_limit=memory_limit,
        threads=threads,
        seed=seed,
    )
    person_rows = np.flatnonzero(is_person)
    links.loc[person_rows, "entity_id"] = persons.entity
    links.loc[person_rows, "match_weight"] = persons.weight
    links.loc[person_rows, "method"] = persons.method
    return BatchResult(
        links=links,
        threshold=persons.threshold,
        model=persons.model,
        person_records=persons.records,
        linker=persons.linker,
    )


def _person_records(mentions: pd.DataFrame, networks: pd.Series) -> pd.DataFrame:
    """Comparable person records, one per mention, with the network of the mention's report."""
    columns = {"full_name": "text"}
    columns |= {c: c for c in ("age", "gender", "nationality") if c in mentions.columns}
    # Object columns: prepare_records reads every field as text (an Int64 age column would not be).
    frame = mentions[["mention_id", "text", *[c for c in columns.values() if c != "text"]]].astype(object)
    prepared = prepare_records(frame, columns, source="m", id_column="mention_id", reference_year=2025)
    # A lone name in a report ("a man called Ion") is a given name far more often than a surname:
    # victims know their controllers by first name.
    alone = prepared["first_name"].isna() & prepared["surname"].notna()
    prepared.loc[alone, "first_name"] = prepared.loc[alone, "surname"]
    prepared.loc[alone, "surname"] = None
    from threadline.link.names import canonical_given

    canon = prepared["first_name"].fillna("").map(lambda v: canonical_given(v) if v else None)
    return pd.DataFrame(
        {
            "mention_id": mentions["mention_id"].to_numpy(),
            "network": networks.reindex(mentions["report_id"]).to_numpy(),
            "first_name": prepared["first_name"].to_numpy(),
            "first_name_canon": canon.to_numpy(),
            "initial": prepared["first_name"].str[:1].to_numpy(),
            "surname": prepared["surname"].to_numpy(),
            "birth_year": prepared["birth_year"].to_numpy(),
            "gender": prepared["gender"].to_numpy(),
            "nationality": prepared["nationality"].to_numpy(),
        }
    )


@dataclass
class PeopleResult:
    entity: np.ndarray  # per input record
    weight: np.ndarray
    method: np.ndarray
    threshold: float | None
    model: dict[str, Any] | None
    records: pd.DataFrame | None
    linker: Any


def link_people(
    people: pd.DataFrame,
    *,
    threshold: float | None,
    max_cluster_size: int,
    train_sample: int,
    memory_limit: str,
    threads: int,
    seed: int,
) -> PeopleResult:
    """Cluster person records (see `_person_records`) into people."""
    n = len(people)
    has_name = (people["first_name"].notna() | people["surname"].notna()).to_numpy()
    # Identical records in one network (same name, age, …) are one record for the model: 100k copies
    # of one mention cost one comparison. Without a network, "Ion Popescu, 33" in two reports is not
    # proof of one person: such records stay apart and the model weighs them (a rare name links).
    group = people.groupby(_PERSON_COLUMNS, sort=False, dropna=False).ngroup().to_numpy()
    loose = people["network"].isna().to_numpy()
    group[loose] = group.max(initial=0) + 1 + np.arange(int(loose.sum()))
    first_row = pd.Series(np.arange(n)).groupby(group).transform("min").to_numpy()
    rep_rows = np.flatnonzero((first_row == np.arange(n)) & has_name)
    reps = people.iloc[rep_rows].reset_index(drop=True)
    reps.insert(0, "unique_id", np.arange(len(reps), dtype=np.int64))

    threshold_used: float | None = threshold
    model: dict[str, Any] | None = None
    linker = None
    rep_label = np.arange(len(reps))
    rep_best = np.full(len(reps), np.nan)
    if len(reps) >= 2:
        con = _connection(memory_limit, threads)
        model, linker, pairs = _score(reps, con, train_sample=train_sample, seed=seed)
        if len(pairs):
            weights = pairs["match_weight"].to_numpy(dtype=float)
            if threshold_used is None:
                threshold_used = choose_threshold(weights)
            rep_label, rep_best = network_clusters(
                reps["network"].to_numpy(dtype=object),
                pairs["unique_id_l"].to_numpy(dtype=np.int64),
                pairs["unique_id_r"].to_numpy(dtype=np.int64),
                weights,
                threshold=threshold_used,
                max_size=max_cluster_size,
                surnames=reps["surname"].to_numpy(dtype=object),
                given_names=reps["first_name"].to_numpy(dtype=object),
            )
    # Map every record to its representative's cluster; nameless records stay alone.
    rep_of_row = np.full(n, -1, dtype=np.int64)
    rep_of_row[rep_rows] = np.arange(len(reps))
    rep_index = rep_of_row[first_row]
    mention_ids = people["mention_id"].astype(str).to_numpy()
    rep_mention = mention_ids[rep_rows]
    entity = np.array(["person:" + m for m in mention_ids], dtype=object)
    weight = np.full(n, np.nan)
    method = np.full(n, "alone", dtype=object)
    named = rep_index >= 0
    entity[named] = "person:" + rep_mention[rep_label[rep_index[named]]].astype(object)
    weight[named] = rep_best[rep_index[named]]
    linked = named & ~np.isnan(weight)
    method[linked] = "model"
    # A record with identical copies (the representative too) is linked by identity, not alone.
    copies = np.bincount(rep_index[named], minlength=len(reps))
    method[named & ~linked & (copies[np.maximum(rep_index, 0)] > 1)] = "identical"
    records = reps.assign(mention_id=rep_mention)
    return PeopleResult(entity, weight, method, threshold_used, model, records, linker)


def network_clusters(
    networks: np.ndarray,
    left: np.ndarray,
    right: np.ndarray,
    weights: np.ndarray,
    *,
    threshold: float,
    max_size: int,
    surnames: np.ndarray | None = None,
    given_names: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """`cluster.capped_cluster_labels` with two more refusals.

    Two clusters from different networks merge only through a link between those networks' own
    records, never through a record without a network. "Ion Popescu" in a report with no phone or
    address links to every Ion Popescu of every network; taken transitively, those links would fuse
    people the model keeps apart.

    Cannot-link on full surnames (when `surnames` is given; `given_names` only for swapped order):
    two clusters that both hold a full surname (not an initial) merge only if some surname of one
    is compatible with some surname of the other (`_surnames_compatible`), or one's surname is the
    other's given name ("Voicu Ion" written surname-first without capitals). Only pairs scored
    above the predict floor reach clustering, so the clustering cannot otherwise see that "Ion
    Voicu" and "Ioana Simoiu" disagree: weak mentions ("Ion", "Ioana", "I. Voicu") chain them.

    Returns (label per record: the smallest record index of its cluster; strongest accepted link
    weight per record, NaN when none).
    """
    n = len(networks)
    keep = weights >= threshold
    left, right, weights = left[keep], right[keep], weights[keep]
    order = np.lexsort((right, left, -weights))  # strongest first, ties by index: order-independent
    parent = list(range(n))
    size = [1] * n
    own: list[Any] = [None if _missing(x) else x for x in networks.tolist()]
    network = list(own)  # per cluster root: the network its records belong to
    # Per cluster root: the full surnames (and full given name–surname pairs) of its records; None
    # when it has none.
    surname_sets = _full_name_sets(surnames, n)
    pair_sets = _full_name_sets(surnames, n, given_names)
    best = np.full(n, np.nan)

    for a, b, w in zip(left[order].tolist(), right[order].tolist(), weights[order].tolist(), strict=True):
        ra, rb = find_root(parent, a), find_root(parent, b)
        if ra != rb:
            if size[ra] + size[rb] > max_size:
                continue
            na, nb = network[ra], network[rb]
            direct = own[a] is not None and own[b] is not None
            if na is not None and nb is not None and na != nb and not direct:
                continue
            if _surnames_conflict(surname_sets, pair_sets, ra, rb):
                continue
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            network[ra] = na if na is not None else nb
            for sets in (surname_sets, pair_sets):
                if sets[rb] is not None:
                    if sets[ra] is None:
                        sets[ra] = sets[rb]
                    else:
                        sets[ra] |= sets[rb]
                    sets[rb] = None
        if np.isnan(best[a]):
            best[a] = w
        if np.isnan(best[b]):
            best[b] = w
    roots = [find_root(parent, i) for i in range(n)]
    smallest: dict[int, int] = {}
    for i, r in enumerate(roots):
        smallest.setdefault(r, i)
    return np.array([smallest[r] for r in roots], dtype=np.int64), best


# Two surnames are one name written two ways at this Jaro-Winkler similarity or above (the model's
# own "similar" level) or one edit apart (a typo): "Voicu" / "Vociu", not "Dobreanu" / "Dobrescu".
SURNAME_SIMILAR = 0.92


def _full_name_sets(surnames: np.ndarray | None, n: int, given: np.ndarray | None = None) -> list[Any]:
    """Per record, a set holding its surname when that is a full name (two letters or more), else
    None; with `given`, the (given name, surname) pair when both are full names."""
    if surnames is None:
        return [None] * n

    def full(x: Any) -> bool:
        return isinstance(x, str) and len(x) > 1

    if given is None:
        return [{s} if full(s) else None for s in surnames.tolist()]
    pairs = zip(given.tolist(), surnames.tolist(), strict=True)
    return [{(g, s)} if full(g) and full(s) else None for g, s in pairs]


def _surnames_conflict(surname_sets: list[Any], pair_sets: list[Any], ra: int, rb: int) -> bool:
    """Both clusters name a full surname, and none of one is compatible with any of the other."""
    sa, sb = surname_sets[ra], surname_sets[rb]
    if sa is None or sb is None or not sa.isdisjoint(sb):
        return False
    pa, pb = pair_sets[ra], pair_sets[rb]
    if pa is not None and pb is not None and any((s, g) in pb for g, s in pa):
        return False  # "Voicu Ion" surname-first without capitals: the model's "swapped" level
    return not any(_surnames_compatible(min(a, b), max(a, b)) for a in sa for b in sb)


@functools.lru_cache(maxsize=1 << 16)
def _surnames_compatible(a: str, b: str) -> bool:
    from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

    return DamerauLevenshtein.distance(a, b) <= 1 or JaroWinkler.similarity(a, b) >= SURNAME_SIMILAR


def _connection(memory_limit: str, threads: int) -> Any:
    import duckdb

    con = duckdb.connect(":memory:")
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET threads = {int(threads)}")
    # Splink's intermediate tables would otherwise keep insertion order at a memory cost.
    con.execute("SET preserve_insertion_order = false")
    return con


# --- the model -----------------------------------------------------------------------------------


def _settings(reps: pd.DataFrame, *, lean: bool) -> dict[str, Any]:
    from splink import SettingsCreator

    small = len(reps) < MIN_RECORDS_TO_TRAIN
    comparisons = [
        name_comparison(
            "first_name", "first_name_canon", swapped_with="surname", initials=True, tf=not small
        ),
        name_comparison("surname", tf=not small),
        birth_comparison(False),
        exact_comparison("gender", tf=False),
        exact_comparison("nationality", tf=not small),
        network_comparison(),
    ]
    rules = _blocking_rules(reps)
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=rules,
        retain_intermediate_calculation_columns=not lean,
        retain_matching_columns=not lean,
        unique_id_column_name="unique_id",
    )
    return settings.create_settings_dict(sql_dialect_str="duckdb")


def network_comparison() -> Any:
    """Named in reports of the same network (reports joined by shared phones, addresses, vans)."""
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    return cl.CustomComparison(
        comparison_levels=[
            cll.NullLevel("network"),
            cll.ExactMatchLevel("network").configure(
                m_probability=0.9, u_probability=0.002, label_for_charts="same network"
            ),
            cll.ElseLevel().configure(m_probability=0.1, u_probability=0.998),
        ],
        output_column_name="network",
    )


# A mention from a report without keys has no network: it may match anyone of the same full name.
_LOOSE_RULE = (
    "l.first_name = r.first_name and l.surname = r.surname and (l.network is null or r.network is null)"
)


def _blocking_rules(reps: pd.DataFrame) -> list[Any]:
    """Blocking rules (block_on objects or SQL), minus any whose pair count would explode."""
    from splink import block_on

    wanted: list[tuple[Any, int]] = [
        (block_on(*cols), block_pair_count(reps, cols))
        for cols in (
            ("network", "first_name_canon"),
            ("network", "surname"),
            # "I. Nedeelaru" for Ion Nedelaru: an initial and a typo share neither name.
            ("network", "initial"),
            # Across networks (a network split because its reports share no key): name and birth year.
            ("first_name", "surname", "birth_year"),
        )
    ]
    wanted.append((_LOOSE_RULE, _loose_pair_count(reps)))
    budget = max(100_000, MAX_PAIRS_PER_RECORD * len(reps))
    rules = []
    for rule, pairs in wanted:
        if 0 < pairs <= budget:
            rules.append(rule)
        elif pairs > budget:
            log.info("blocking rule %s dropped: %s candidate pairs", rule, pairs)
    if not rules:
        # Nothing shares a value cheaply: compare nothing rather than everything.
        rules.append(block_on("unique_id"))
    return rules


def _loose_pair_count(reps: pd.DataFrame) -> int:
    named = reps.dropna(subset=["first_name", "surname"])
    groups = named.groupby(["first_name", "surname"], sort=False)["network"]
    size, with_network = groups.size(), groups.count()
    return int((size * (size - 1) // 2 - with_network * (with_network - 1) // 2).sum())


def _score(reps: pd.DataFrame, con: Any, *, train_sample: int, seed: int) -> tuple[dict, Any, pd.DataFrame]:
    """Train (on a sample of networks when large), then score all blocked pairs of `reps`."""
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    db_api = DuckDBAPI(connection=con)
    model = _settings(reps, lean=True)
    if len(reps) >= MIN_RECORDS_TO_TRAIN:
        sample = _network_sample(reps, train_sample, seed)
        model = _train(sample, DuckDBAPI(connection=con), model, seed=seed)
    _set_network_u(model, reps)
    records = db_api.register(reps, table_name="people")
    linker = Linker(records, model, log_level=logging.ERROR)
    _set_prior(linker, reps)
    pairs = linker.inference.predict(threshold_match_weight=PREDICT_FLOOR).as_pandas_dataframe()
    pairs = pairs[["unique_id_l", "unique_id_r", "match_weight"]]
    return linker.misc.save_model_to_json(), linker, pairs


def _set_network_u(model: dict[str, Any], reps: pd.DataFrame) -> None:
    """u of "same network" counted exactly on the whole table. A sample of networks shares a network
    far more often than the whole table does (u falls as 1 / networks), so its u would cost every
    link inside a network log2(table / sample) bits at full size."""
    counts = reps["network"].value_counts().to_numpy(dtype=float)
    known = counts.sum()
    if known < 2:
        return
    u = float((counts * (counts - 1)).sum() / (known * (known - 1)))
    u = min(max(u, 1e-9), 0.5)
    for comparison in model["comparisons"]:
        if comparison["output_column_name"] != "network":
            continue
        for level in comparison["comparison_levels"]:
            if level.get("is_null_level"):
                continue
            same = level.get("label_for_charts") == "same network"
            level["u_probability"] = u if same else 1.0 - u


def _network_sample(reps: pd.DataFrame, size: int, seed: int) -> pd.DataFrame:
    """Whole networks (their matches are inside them) plus the same share of records without one."""
    if len(reps) <= size:
        return reps
    share = size / len(reps)
    networks = reps["network"].dropna().unique()
    rng = np.random.default_rng(seed)
    take = min(len(networks), max(1, int(len(networks) * share)))
    chosen = set(rng.choice(networks, size=take, replace=False).tolist()) if take else set()
    in_net = reps["network"].isin(chosen)
    loose = reps["network"].isna() & (rng.random(len(reps)) < share)
    return reps[in_net | loose].reset_index(drop=True)


def _train(sample: pd.DataFrame, db_api: Any, model: dict[str, Any], *, seed: int) -> dict[str, Any]:
    from splink import Linker, block_on

    linker = Linker(db_api.register(sample, table_name="sample"), model, log_level=logging.ERROR)
    _set_prior(linker, sample)
    linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=seed)
    # One pass inside networks estimates names, age, gender and nationality. The network's own m
    # stays at its starting value on purpose: a person belongs to one network, so m is near 1 by
    # construction, and EM blocked on names learns the opposite (common names pair across networks
    # far more often than within, and EM takes that name-agreeing crowd for the matches).
    if block_pair_count(sample, ("network",)) > 0:
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                block_on("network"),
                estimate_without_term_frequencies=True,
                max_pairs=EM_MAX_PAIRS if block_pair_count(sample, ("network",)) > EM_MAX_PAIRS else None,
            )
        except Exception as exc:  # a degenerate sample keeps the starting values
            log.info("EM skipped: %s", exc)
    floor_m(linker)
    return linker.misc.save_model_to_json()


def _set_prior(linker: Any, reps: pd.DataFrame) -> None:
    """λ for this table: pairs with the same network and full name are almost all true matches;
    assume they are 40 % of all matching pairs (the rest differ in spelling)."""
    from splink import block_on

    settings = linker._settings_obj
    n = max(len(reps), 2)
    fallback = min(0.1, 2.0 / n)
    if block_pair_count(reps, ("network", "first_name", "surname")) == 0:
        settings._probability_two_random_records_match = fallback
        return
    try:
        linker.training.estimate_probability_two_random_records_match(
            [block_on("network", "first_name", "surname")], recall=0.4
        )
        lam = settings._probability_two_random_records_match
        settings._probability_two_random_records_match = min(max(lam, 1e-9), 0.5)
    except Exception as exc:  # nothing deterministic to count: fall back to a guess
        log.info("prior estimation failed: %s", exc)
        settings._probability_two_random_records_match = fallback
