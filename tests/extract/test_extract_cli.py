"""`threadline extract` and `threadline eval` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from threadline.cli import app
from threadline.errors import ThreadlineError

runner = CliRunner()
TEXT = "Police in Leeds arrested Adam Nowak, 41, and rescued four Polish men from a car wash."


def test_extract_prints_facts(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert "Adam Nowak" in result.output


def test_extract_json(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["summary"]["suspects"] == ["Adam Nowak"]


def test_extract_schema_writes_one_file_per_input(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text(TEXT + "\nSOURCE: https://example.org/b", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", "--schema", str(a), str(b), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "a.json").read_text())["id"] == "a"
    assert json.loads((out / "b.json").read_text())["source"] == "https://example.org/b"


@pytest.mark.parametrize("bad", ["missing.txt", "folder", "latin1.txt"])
def test_bad_input_is_one_clear_error(tmp_path: Path, bad: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "latin1.txt").write_bytes("Poliţia din Iaşi".encode("cp1250") + b"\xff\xfe")
    result = runner.invoke(app, ["extract", str(tmp_path / bad)])
    assert result.exit_code != 0
    assert isinstance(result.exception, ThreadlineError)


def test_eval_scores_a_gold_folder(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "1.json").write_text(json.dumps({"suspects": ["Adam Nowak"]}), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "MICRO" in result.output
    line = next(x for x in result.output.splitlines() if x.startswith("suspects"))
    assert line.split()[1:4] == ["1", "0", "0"]


def test_eval_with_predictions_folder(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "1.json").write_text(json.dumps({"places": ["Leeds"]}), encoding="utf-8")
    (pred / "1.json").write_text(json.dumps({"places": ["Leeds"]}), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "documents=1 missing_predictions=0" in result.output


def test_eval_reads_texts_from_another_folder_and_lists_misses(tmp_path: Path) -> None:
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    (texts / "1.txt").write_text(TEXT, encoding="utf-8")
    (texts / "unrelated.txt").write_text("Nothing to see.", encoding="utf-8")
    gold_doc = {"language": "en", "suspects": ["Adam Nowak", "Ion Popa"]}
    (gold / "1.json").write_text(json.dumps(gold_doc), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--texts", str(texts), "--misses"])
    assert result.exit_code == 0, result.output
    assert "documents=1 missing_predictions=0" in result.output
    miss = next(x for x in result.output.splitlines() if x.startswith("1 ") and "suspects" in x)
    assert "missed=['ion popa']" in miss


def test_eval_language_filter_scores_only_that_language(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    for stem, lang in (("1", "en"), ("2", "ro")):
        doc = {"language": lang, "places": ["Leeds"]}
        (gold / f"{stem}.json").write_text(json.dumps(doc), encoding="utf-8")
        (pred / f"{stem}.json").write_text(json.dumps(doc), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--language", "ro"])
    assert result.exit_code == 0, result.output
    assert "documents=1 missing_predictions=0" in result.output


def test_eval_without_matching_texts_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "1.json").write_text(json.dumps({"places": ["Leeds"]}), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, ThreadlineError)
