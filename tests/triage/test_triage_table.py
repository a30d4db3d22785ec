"""Every tip in tips.py gets the expected GB routes, in order, and the expected urgency."""

from __future__ import annotations

import pytest
from tips import TIPS

from threadline.triage.service import triage_document


def test_enough_tips_of_every_kind() -> None:
    assert len(TIPS) >= 40
    kinds = {tid.split("-")[0] for tid, *_ in TIPS}
    assert {
        "danger",
        "child",
        "sexual",
        "labour",
        "criminal",
        "domestic",
        "anon",
        "unclear",
        "none",
        "neg",
        "hypo",
    } <= kinds
    assert len({tid for tid, *_ in TIPS}) == len(TIPS)


@pytest.mark.parametrize(("tid", "text", "channels", "urgent"), TIPS, ids=[t[0] for t in TIPS])
def test_tip(tid: str, text: str, channels: list[str], urgent: bool) -> None:
    result = triage_document(text)
    got = [r["channel"] for r in result["routes"]]
    explain = [(r["code"], [text[s:e] for s, e in r["evidence"]]) for r in result["reasons"]]
    assert got == channels, explain
    assert result["urgent"] is urgent, (result["score"], explain)


@pytest.mark.parametrize(("tid", "text", "channels", "urgent"), TIPS, ids=[t[0] for t in TIPS])
def test_evidence_points_into_the_text(tid: str, text: str, channels: list[str], urgent: bool):
    for reason in triage_document(text)["reasons"]:
        for start, end in reason["evidence"]:
            assert 0 <= start < end <= len(text)
