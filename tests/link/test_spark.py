"""The Spark engine gives the same clusters as DuckDB on the same input.

One local[2] Spark session serves the whole module (starting one costs ~20 s); it is stopped at the end.
The similarity tests at the top need no Spark: they pin our Spark functions to DuckDB's values.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from threadline.errors import ConfigurationError
from threadline.link.commands import register
from threadline.link.resolve import ResolveResult, resolve_frames
from threadline.scale.similarity import damerau_levenshtein, duckdb_fuses_boost, jaro_winkler

from .febrl_like import GIVEN, SURNAMES, TOWNS, _typo, generate

FAKE_1000 = Path(__file__).parents[2] / "../shared/eval_data/splink_datasets/fake_1000.csv"
# Weights are sums of the same logs on both engines; only summation order may differ.
WEIGHT_TOLERANCE = 1e-9


def _string_pairs(n: int, seed: int) -> pd.DataFrame:
    rng = random.Random(seed)
    words = GIVEN + SURNAMES + TOWNS
    left, right = [], []
    for _ in range(n):
        a = (
            rng.choice(words)
            if rng.random() < 0.7
            else "".join(rng.choices("aeilnorst", k=rng.randint(0, 11)))
        )
        b = a
        for _ in range(rng.randint(0, 3)):
            b = _typo(b, rng) if rng.random() < 0.8 else rng.choice(words)
        if rng.random() < 0.2:
            b = "".join(rng.sample(b, len(b)))
        left.append(a)
        right.append(b)
    # Pairs where Splink's jar and DuckDB disagree, where the last bit matters, and nulls.
    left += ["tayrlor", "njohnston", "evans", "wisbech", "", None, "ana", "ștefan"]
    right += ["taylor", "johnoston", "enas", "weisbsehc", "", "ana", None, "stefan"]
    return pd.DataFrame({"a": left, "b": right})


def test_similarities_equal_duckdb_to_the_last_bit() -> None:
    pairs = _string_pairs(20_000, seed=3)
    expected = (
        duckdb.connect()
        .execute("select jaro_winkler_similarity(a, b) jw, damerau_levenshtein(a, b) dl from pairs")
        .df()
    )
    jw = jaro_winkler(pairs["a"], pairs["b"], fused=duckdb_fuses_boost())
    dl = damerau_levenshtein(pairs["a"], pairs["b"])
    assert jw.isna().tolist() == expected["jw"].isna().tolist()
    assert (jw.dropna().to_numpy(dtype=float) == expected["jw"].dropna().to_numpy()).all()
    assert (dl.dropna().to_numpy(dtype=float) == expected["dl"].dropna().to_numpy()).all()
    # Half-transpositions count whole, as in DuckDB (Splink's jar gives 0.908 here).
    assert jaro_winkler(pd.Series(["tayrlor"]), pd.Series(["taylor"]))[0] == pytest.approx(0.92778, abs=1e-5)


# --- on Spark ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from threadline.scale.spark import spark_problem, spark_session, stop_spark

    problem = spark_problem()
    if problem:
        pytest.skip(problem)
    yield spark_session()
    stop_spark()


def _assert_same(duck: ResolveResult, spark: ResolveResult) -> None:
    assert duck.scores is not None and spark.scores is not None
    keys = ["unique_id_l", "unique_id_r"]
    d = duck.scores.pairs.sort_values(keys).reset_index(drop=True)
    s = spark.scores.pairs.sort_values(keys).reset_index(drop=True)
    assert len(d) > 100
    assert d[keys].equals(s[keys]), "the engines scored different pairs"
    for gamma in [c for c in d.columns if c.startswith("gamma_")]:
        differing = int((d[gamma].to_numpy() != s[gamma].to_numpy()).sum())
        assert differing == 0, f"{gamma}: {differing} pairs in another comparison level"
    assert np.allclose(d["match_weight"], s["match_weight"], rtol=0, atol=WEIGHT_TOLERANCE)
    assert duck.threshold == spark.threshold
    # The same partition, with the same cluster labels.
    assert duck.clusters[["source", "record_id", "cluster_id"]].equals(
        spark.clusters[["source", "record_id", "cluster_id"]]
    )
    assert np.allclose(
        duck.clusters["match_weight"].fillna(-1), spark.clusters["match_weight"].fillna(-1), atol=1e-3
    )


def test_spark_functions_replace_the_jar(spark: Any) -> None:
    from threadline.scale.linking import spark_db_api

    api = spark_db_api()
    pairs = _string_pairs(500, seed=8)
    frame = api.spark.createDataFrame(pairs.astype(object).where(pairs.notna(), None))
    frame.createOrReplaceTempView("string_pairs")
    got = api.spark.sql(
        "select a, b, jaro_winkler(a, b) jw, damerau_levenshtein(a, b) dl from string_pairs"
    ).toPandas()
    expected = (
        duckdb.connect()
        .execute("select jaro_winkler_similarity(a, b) jw, damerau_levenshtein(a, b) dl from pairs")
        .df()
    )
    assert got["jw"].isna().tolist() == expected["jw"].isna().tolist()
    assert (got["jw"].dropna().to_numpy() == expected["jw"].dropna().to_numpy()).all()
    assert (got["dl"].dropna().to_numpy() == expected["dl"].dropna().to_numpy()).all()


def test_febrl_like_same_clusters(spark: Any) -> None:
    frames = {"febrl": generate(n_originals=400, seed=23).drop(columns=["true_id"])}
    duck = resolve_frames(frames, id_column="rec_id")
    on_spark = resolve_frames(frames, id_column="rec_id", engine="spark")
    _assert_same(duck, on_spark)
    # The run left nothing behind in the session.
    left = [t.name for t in spark.catalog.listTables() if t.name.startswith(("__splink__", "records"))]
    assert left == []
    assert spark._jsparkSession.sharedState().cacheManager().isEmpty()
    # Explanations come from the same model.
    row = duck.scores.pairs.sort_values("match_weight").iloc[-1]  # type: ignore[union-attr]
    a = duck.explain(row["unique_id_l"], row["unique_id_r"])
    b = on_spark.explain(row["unique_id_l"], row["unique_id_r"])
    assert a is not None and b is not None
    assert [c.level for c in a.contributions] == [c.level for c in b.contributions]


@pytest.mark.skipif(not FAKE_1000.exists(), reason=f"Splink's fake_1000 not found at {FAKE_1000}")
def test_fake_1000_same_clusters(spark: Any) -> None:
    frames = {"fake_1000": pd.read_csv(FAKE_1000, dtype=str)}
    duck = resolve_frames(frames, id_column="unique_id")
    _assert_same(duck, resolve_frames(frames, id_column="unique_id", engine="spark"))


def _invoke(*args: str) -> None:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output


def test_cli_spark_writes_the_same_csv(spark: Any, tmp_path: Path) -> None:
    febrl = generate(n_originals=250, seed=31).drop(columns=["true_id"])
    febrl.iloc[::2].to_csv(tmp_path / "police.csv", index=False)
    febrl.iloc[1::2].to_csv(tmp_path / "ngo.csv", index=False)
    inputs = [str(tmp_path / "police.csv"), str(tmp_path / "ngo.csv"), "--id-column", "rec_id"]
    _invoke("resolve", *inputs, "--out", str(tmp_path / "duckdb.csv"))
    _invoke("resolve", *inputs, "--out", str(tmp_path / "spark.csv"), "--engine", "spark")
    duck = pd.read_csv(tmp_path / "duckdb.csv", dtype={"record_id": str})
    on_spark = pd.read_csv(tmp_path / "spark.csv", dtype={"record_id": str})
    assert duck[["source", "record_id", "cluster_id"]].equals(on_spark[["source", "record_id", "cluster_id"]])
    assert duck["cluster_id"].nunique() < len(duck)  # something was linked
    assert np.allclose(duck["match_weight"].fillna(-1), on_spark["match_weight"].fillna(-1), atol=1e-3)


def test_cli_unknown_engine_is_a_clear_error(tmp_path: Path) -> None:
    generate(n_originals=20, seed=1).to_csv(tmp_path / "a.csv", index=False)
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(
        app, ["resolve", str(tmp_path / "a.csv"), "--out", "x.csv", "--engine", "flink"]
    )
    assert result.exit_code != 0
    assert "--engine must be duckdb or spark" in str(result.exception or result.output)


def test_missing_spark_or_java_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from threadline.scale import spark as spark_module

    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", "")
    assert "no Java runtime" in (spark_module.spark_problem() or "")
    monkeypatch.setitem(sys.modules, "pyspark", None)
    assert "pyspark is not installed" in (spark_module.spark_problem() or "")
    monkeypatch.setattr(spark_module, "_session", None)
    with pytest.raises(ConfigurationError, match="Spark engine is not available: pyspark"):
        spark_module.spark_session()
