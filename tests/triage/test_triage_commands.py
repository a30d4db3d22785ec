from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from threadline.cli import app
from threadline.errors import ThreadlineError
from threadline.extract.types import Classification, Facts
from threadline.triage import service

runner = CliRunner()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "tip.txt"
    path.write_text("A 15-year-old girl is locked in above the car wash tonight.", "utf-8")
    return path


def test_json_output_has_exactly_the_documented_shape(report: Path) -> None:
    result = runner.invoke(app, ["triage", str(report), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["jurisdiction", "score", "urgent", "reasons", "routes"]
    assert data["jurisdiction"] == "GB" and data["urgent"] is True
    assert [r["channel"] for r in data["routes"]] == [
        "emergency",
        "childrens_services",
        "helpline",
        "labour_inspectorate",
    ]
    assert data["routes"][0]["contact"] == "999"


def test_human_output(report: Path) -> None:
    result = runner.invoke(app, ["triage", str(report), "--jurisdiction", "RO"])
    assert result.exit_code == 0, result.output
    assert "URGENT" in result.output and "112" in result.output
    assert "“15-year-old”" in result.output


def test_unknown_jurisdiction_is_a_clear_error(report: Path) -> None:
    result = runner.invoke(app, ["triage", str(report), "--jurisdiction", "ZZ"])
    assert result.exit_code != 0
    assert isinstance(result.exception, ThreadlineError)
    assert "known: GB, RO, US" in result.exception.message


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["triage", str(tmp_path / "none.txt")])
    assert isinstance(result.exception, ThreadlineError)
    assert "no such file" in result.exception.message


def test_uses_the_extraction_pipeline_when_present(report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fake_extract(text: str) -> Facts:
        seen.append(text)
        return Facts(
            language="en", classifications=[Classification("indicator", "deception", ((0, 1),), "fake")]
        )

    monkeypatch.setattr(service, "extractor", lambda: fake_extract)
    result = runner.invoke(app, ["triage", str(report), "--json"])
    data = json.loads(result.output)
    assert seen and "ilo:deception" in {r["code"] for r in data["reasons"]}


def test_extraction_returning_something_else_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "extractor", lambda: lambda document: {"not": "facts"})
    with pytest.raises(ThreadlineError, match="not Facts"):
        service.extract_facts("text")


def test_documents_are_passed_to_a_document_taking_pipeline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    got: list[object] = []

    def extract(document: object) -> Facts:
        got.append(document)
        return Facts(language="en")

    monkeypatch.setattr(service, "extractor", lambda: extract)
    service.extract_facts("hello")
    assert getattr(got[0], "text", None) == "hello"


def test_a_broken_extractor_falls_back_to_text_and_says_so(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(document: object) -> Facts:
        raise RuntimeError("model missing")

    monkeypatch.setattr(service, "extractor", lambda: broken)
    result = runner.invoke(app, ["triage", str(report)])
    assert result.exit_code == 0, result.output
    assert "extraction failed (RuntimeError)" in result.output
    assert "URGENT" in result.output
