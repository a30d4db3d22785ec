"""`resolve` end to end on Febrl-style data we generate, plus the inputs that break naive code."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import typer
from click.testing import Result
from typer.testing import CliRunner

from threadline.errors import ThreadlineError
from threadline.link.commands import register
from threadline.link.evaluate import bcubed, pairwise
from threadline.link.resolve import ResolveResult, record_key, resolve_frames

from .febrl_like import generate


@pytest.fixture(scope="module")
def febrl() -> pd.DataFrame:
    return generate(n_originals=500, seed=11)


@pytest.fixture(scope="module")
def deduped(febrl: pd.DataFrame) -> ResolveResult:
    # Headers with stray spaces, as spreadsheets export them.
    messy = febrl.drop(columns=["true_id"]).rename(
        columns={"given_name": " given_name ", "suburb": "Suburb "}
    )
    return resolve_frames({"febrl": messy}, id_column="rec_id")


def test_dedupe_accuracy(febrl: pd.DataFrame, deduped: ResolveResult) -> None:
    truth = dict(zip(febrl["rec_id"], febrl["true_id"], strict=True))
    predicted = dict(zip(deduped.clusters["record_id"], deduped.clusters["cluster_id"], strict=True))
    b = bcubed(predicted, truth)
    p = pairwise(predicted, truth)
    assert b.precision >= 0.97, b
    assert b.f1 >= 0.93, b
    assert p.f1 >= 0.85, p


def test_output_shape(deduped: ResolveResult, febrl: pd.DataFrame) -> None:
    out = deduped.clusters
    assert list(out.columns) == ["source", "record_id", "cluster_id", "match_weight"]
    assert len(out) == len(febrl)
    assert set(out["source"]) == {"febrl"}
    linked = out[out["match_weight"].notna()]
    assert (linked["match_weight"] >= deduped.threshold).all()


def test_explain_adds_up(deduped: ResolveResult) -> None:
    assert deduped.scores is not None
    row = deduped.scores.pairs.sort_values("match_weight").iloc[-1]
    explanation = deduped.explain(row["unique_id_l"], row["unique_id_r"])
    assert explanation is not None and explanation.linked
    total = explanation.prior_weight + sum(c.weight + c.tf_adjustment for c in explanation.contributions)
    assert math.isclose(total, explanation.match_weight, abs_tol=0.05)
    as_dict = explanation.to_dict()
    assert {c["comparison"] for c in as_dict["contributions"]} >= {"first_name", "surname"}


def test_explain_pair_never_blocked_together(deduped: ResolveResult, febrl: pd.DataFrame) -> None:
    first, last = febrl["rec_id"].iloc[0], febrl["rec_id"].iloc[-1]
    explanation = deduped.explain(record_key("febrl", first), record_key("febrl", last))
    if explanation is not None:  # scored on the fly with the trained model
        assert explanation.contributions


def test_link_two_sources(febrl: pd.DataFrame) -> None:
    a = febrl.iloc[: len(febrl) // 2].drop(columns=["true_id"])
    b = febrl.iloc[len(febrl) // 2 :].drop(columns=["true_id"])
    result = resolve_frames({"police": a, "ngo": b}, id_column="rec_id")
    truth = {
        (s, r): t
        for s, part in (("police", a), ("ngo", b))
        for r, t in zip(part["rec_id"], febrl.set_index("rec_id").loc[part["rec_id"], "true_id"], strict=True)
    }
    predicted = {
        (s, r): c
        for s, r, c in result.clusters[["source", "record_id", "cluster_id"]].itertuples(index=False)
    }
    assert bcubed(predicted, truth).f1 >= 0.9
    assert set(result.clusters["source"]) == {"police", "ngo"}


def test_small_list_links_on_clear_evidence() -> None:
    frame = pd.DataFrame(
        {
            "full_name": [
                "Иван Петров",
                "Ivan Petrov",
                "Ion Popescu",
                "I. Popescu",
                "Maria Radu",
                "王伟",
                "Wang Wei",
            ],
            "age": [30, 31, 50, 50, 22, 40, 40],
        }
    )
    out = resolve_frames({"tips": frame}).clusters.set_index("record_id")["cluster_id"]
    assert out["1"] == out["2"]
    assert out["3"] == out["4"]
    assert out["6"] == out["7"]
    assert out["5"] not in {out["1"], out["3"], out["6"]}


def test_hundred_thousand_identical_records_are_fast() -> None:
    frame = pd.DataFrame(
        {
            "first_name": ["Ion"] * 100_000 + ["Maria"],
            "surname": ["Popa"] * 100_000 + ["Radu"],
            "phone": ["07911 123456"] * 100_000 + ["0722 123 456"],
        }
    )
    start = time.perf_counter()
    out = resolve_frames({"same": frame}).clusters
    assert time.perf_counter() - start < 60
    assert out["cluster_id"].nunique() == 2


def test_cluster_cap_stops_chains() -> None:
    # A chain of look-alikes, each one typo from the next: without the cap it becomes one person.
    names = ["popescu", "popescuu", "popesku", "popeskuu", "popeskku", "pobeskku", "pobesskku"]
    frame = pd.DataFrame({"first_name": ["ion"] * len(names), "surname": names, "age": [30] * len(names)})
    capped = resolve_frames({"c": frame}, max_cluster_size=3, threshold=0.0).clusters
    assert capped.groupby("cluster_id").size().max() <= 3


def test_unknown_columns_only_is_a_clear_error() -> None:
    with pytest.raises(ThreadlineError, match="no recognisable columns"):
        resolve_frames({"x": pd.DataFrame({"foo": [1, 2], "bar": [3, 4]})})


def test_one_usable_column_is_a_clear_error() -> None:
    with pytest.raises(ThreadlineError, match="not enough columns"):
        resolve_frames({"x": pd.DataFrame({"first_name": ["a", "b", "c"], "bar": [1, 2, 3]})})


def test_duplicate_ids_are_a_clear_error() -> None:
    with pytest.raises(ThreadlineError, match="more than once"):
        resolve_frames({"x": pd.DataFrame({"id": ["1", "1"], "first_name": ["a", "b"]})}, id_column="id")


# --- the command line ------------------------------------------------------------------------------
# In-process through our own `register`, so the tests do not pay for importing every package's
# commands; one subprocess test checks what the user really sees.


def _invoke(*args: str) -> Result:
    app = typer.Typer()
    register(app)
    return CliRunner().invoke(app, list(args))


def test_cli_links_two_files_with_mapped_columns(tmp_path: Path, febrl: pd.DataFrame) -> None:
    a = (
        febrl.iloc[:300]
        .drop(columns=["true_id"])
        .rename(columns={"given_name": "prenume", "surname": " nume"})
    )
    b = febrl.iloc[300:600].drop(columns=["true_id"])
    a.to_csv(tmp_path / "police.csv", index=False, sep=";")
    b.to_csv(tmp_path / "ngo.csv", index=False, encoding="utf-8-sig")
    out = tmp_path / "clusters.csv"
    result = _invoke(
        "resolve",
        str(tmp_path / "police.csv"),
        str(tmp_path / "ngo.csv"),
        "--out",
        str(out),
        "--id-column",
        "rec_id",
        "--columns",
        "first_name=prenume,surname=nume",
    )
    assert result.exit_code == 0, result.output
    clusters = pd.read_csv(out, dtype=str)
    assert list(clusters.columns) == ["source", "record_id", "cluster_id", "match_weight"]
    assert len(clusters) == 600 and set(clusters["source"]) == {"police", "ngo"}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("", "empty"),
        ("foo,bar\n1,2\n", "no recognisable columns"),
        ("first_name,surname\n", "no records"),
        ("\x00\x01\x02garbage", "no records"),
    ],
)
def test_cli_bad_input_is_a_clear_error(tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    result = _invoke("resolve", str(path), "--out", str(tmp_path / "o.csv"))
    assert isinstance(result.exception, ThreadlineError), result.exception
    assert needle in result.exception.message


def test_cli_bad_column_map_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = _invoke("resolve", str(path), "--out", str(tmp_path / "o.csv"), "--columns", "shoe_size=a")
    assert isinstance(result.exception, ThreadlineError)
    assert "unknown field" in result.exception.message


def test_cli_error_reaches_the_user_as_one_line(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("", encoding="utf-8")
    env = {**os.environ, "THREADLINE_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from threadline.cli import main; main()",
            "resolve",
            str(path),
            "--out",
            "o.csv",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "empty" in lines[0], result.stderr
