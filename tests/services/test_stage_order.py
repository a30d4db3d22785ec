"""Stages run in the pipeline's order whatever order their modules were imported in."""

from __future__ import annotations

import pytest

from threadline import pipeline


def test_stages_run_in_pipeline_order(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def recorder(name: str) -> pipeline.Step:
        return lambda _session, _report: calls.append(name)

    # Registered in the wrong order, as when triage's module is imported before linking's.
    monkeypatch.setattr(pipeline, "STEPS", [(n, recorder(n)) for n in ("triage", "extract", "link")])
    monkeypatch.setattr(pipeline, "_load_steps", lambda: None)

    class Report:
        id = 1
        status = "received"
        anonymity = "confidential"

    class Session:
        def get(self, _model: object, _id: int) -> Report:
            return Report()

    pipeline.process_report(Session(), {"report_id": 1})  # type: ignore[arg-type]
    assert calls == ["extract", "link", "triage"]
