"""Romanian tips routed with the RO pack: the lexicon's Romanian cues, with and without
diacritics."""

from __future__ import annotations

import pytest

from threadline.triage.service import triage_document

E, H, C, L = "emergency", "helpline", "childrens_services", "labour_inspectorate"

RO_TIPS = [
    ("ro-child-locked", "O fată de 14 ani este încuiată într-o cameră în seara asta.", [E, C, H], True),
    ("ro-no-diacritics", "O fata de 14 ani este incuiata intr-o camera in seara asta.", [E, C, H], True),
    ("ro-knife", "Am nevoie de ajutor, nu pot să plec, șeful are un cuțit.", [E, H], True),
    (
        "ro-farm",
        "Muncitorii de la fermă nu sunt plătiți, le-au luat pașapoartele și dorm în container.",
        [H, L],
        False,
    ),
    ("ro-negated", "Fata nu este sechestrată, poate pleca oricând.", [H], False),
    ("ro-happy", "Lucrez la o spălătorie de 10 ani și sunt mulțumit.", [H, L], False),
]


@pytest.mark.parametrize(("tid", "text", "channels", "urgent"), RO_TIPS, ids=[t[0] for t in RO_TIPS])
def test_romanian_tip(tid: str, text: str, channels: list[str], urgent: bool) -> None:
    result = triage_document(text, jurisdiction="RO")
    assert [r["channel"] for r in result["routes"]] == channels, result["reasons"]
    assert result["urgent"] is urgent, result["reasons"]
