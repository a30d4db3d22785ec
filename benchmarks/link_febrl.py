"""Febrl-shaped 4a × 4b smoke benchmark: link 5,000 originals (A) to one corrupted duplicate of each (B).

The issue's bar: pairwise F1 ≥ 0.995 in seconds; below 0.99 means blocking or preparation is broken.
The data is generated here in Febrl's shape (tests/link/febrl_like.py: typos, missing values, swapped
names, nicknames, date slips and reformatting, abbreviated streets, other phone formats), not
downloaded. Our `resolve_frames` (two sources) runs beside a plain Splink baseline configured as its
tutorials do, in the same process; `--engine spark` adds our linking with the Spark engine (twice in
one session: cold, then warm) and checks it gives the DuckDB clusters.

    .venv/bin/python benchmarks/link_febrl.py [--n 5000] [--seed 4] [--engine spark]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the generator lives with the tests

from tests.link.febrl_like import generate_4a_4b  # noqa: E402

from threadline.link.evaluate import Scores, pairwise  # noqa: E402

Key = tuple[str, str]


def ours(a: pd.DataFrame, b: pd.DataFrame, engine: str = "duckdb") -> dict[Key, str]:
    from threadline.link.resolve import resolve_frames

    result = resolve_frames({"a": a, "b": b}, id_column="rec_id", engine=engine)
    out = result.clusters
    return {(s, r): c for s, r, c in out[["source", "record_id", "cluster_id"]].itertuples(index=False)}


def splink_tutorial(a: pd.DataFrame, b: pd.DataFrame) -> dict[Key, str]:
    """Splink as its tutorials link two lists: library comparisons on the raw columns, hand-picked
    blocking rules, λ from deterministic rules, u by random sampling, two EM passes, clusters at
    match probability 0.95."""
    import duckdb
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    settings = SettingsCreator(
        link_type="link_only",
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.LevenshteinAtThresholds("date_of_birth", [1, 2]),
            cl.LevenshteinAtThresholds("address_1", [1, 3]),
            cl.PostcodeComparison("postcode"),
            cl.ExactMatch("suburb").configure(term_frequency_adjustments=True),
            cl.LevenshteinAtThresholds("phone", [1, 2]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("given_name", "surname"),
            block_on("surname", "date_of_birth"),
            block_on("given_name", "date_of_birth"),
            block_on("postcode"),
            block_on("phone"),
        ],
        unique_id_column_name="rec_id",
    )
    api = DuckDBAPI(connection=duckdb.connect(":memory:"))
    tables = [api.register(t.drop(columns=["true_id"]), table_name=n) for n, t in (("a", a), ("b", b))]
    linker = Linker(tables, settings, log_level=logging.ERROR)
    logging.getLogger("splink").setLevel(logging.ERROR)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "surname", "date_of_birth"), block_on("phone")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    for rule in (block_on("given_name", "surname"), block_on("date_of_birth")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True
        )
    predictions = linker.inference.predict(threshold_match_probability=0.2)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=0.95
    ).as_pandas_dataframe()
    return {
        (str(s), str(r)): str(c)
        for s, r, c in clusters[["source_dataset", "rec_id", "cluster_id"]].itertuples(index=False)
    }


def _timed(func: Callable[[], dict[Key, str]]) -> tuple[dict[Key, str], float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = func()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _line(name: str, s: Scores, wall: float, cpu: float) -> str:
    scores = f"P {s.precision:.4f}  R {s.recall:.4f}  F1 {s.f1:.4f}"
    return f"{name:<16} {scores}  {wall:6.1f} s wall  {cpu:6.1f} s CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb")
    args = parser.parse_args()

    a, b = generate_4a_4b(args.n, seed=args.seed)
    truth = {("a", r): t for r, t in zip(a["rec_id"], a["true_id"], strict=True)}
    truth |= {("b", r): t for r, t in zip(b["rec_id"], b["true_id"], strict=True)}
    records = (a.drop(columns=["true_id"]), b.drop(columns=["true_id"]))
    # Both methods pay for importing Splink and DuckDB before their clocks start.
    import duckdb  # noqa: F401
    import splink  # noqa: F401

    print(f"Febrl-shaped 4a × 4b: {len(a)} originals × {len(b)} duplicates, seed {args.seed}")
    now = dt.datetime.now(dt.UTC)
    print(f"{now:%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    got, wall, cpu = _timed(lambda: ours(*records))
    ours_scores = pairwise(got, truth)
    print(_line("threadline", ours_scores, wall, cpu))
    base, b_wall, b_cpu = _timed(lambda: splink_tutorial(a, b))
    print(_line("splink-tutorial", pairwise(base, truth), b_wall, b_cpu))
    print(f"time ratio threadline / splink-tutorial: {wall / b_wall:.2f} wall, {cpu / b_cpu:.2f} CPU")
    verdict = (
        "met"
        if ours_scores.f1 >= 0.995
        else ("smoke test FAILED (< 0.99)" if ours_scores.f1 < 0.99 else "NOT met")
    )
    print(f"pairwise F1 ≥ 0.995: {verdict}")
    if args.engine == "spark":
        from threadline.scale.spark import spark_session, stop_spark

        start = time.perf_counter()
        spark_session()
        master = os.environ.get("THREADLINE_SPARK_MASTER", "local[2]")
        print(f"Spark session ({master}) started in {time.perf_counter() - start:.1f} s")
        # The first run in a fresh JVM pays for warming it up; the second shows the steady cost.
        for run in ("first", "second"):
            on_spark, s_wall, s_cpu = _timed(lambda: ours(*records, engine="spark"))
            scores = pairwise(on_spark, truth)
            print(_line(f"spark ({run})", scores, s_wall, s_cpu) + " (driver CPU only)")
            print(f"same clusters as DuckDB: {on_spark == got}")
        stop_spark()
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
