"""Language identification with lingua."""

from __future__ import annotations

import pytest

from threadline.extract.language import detect_language, detector


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police arrested two men in Leeds on suspicion of modern slavery.", "en"),
        ("Polițiștii au reținut doi bărbați bănuiți de trafic de persoane.", "ro"),
        ("Politistii au retinut doi barbati banuiti de trafic de persoane.", "ro"),  # no diacritics
        ("Politia a retinut", "ro"),
        ("Ionuț Popescu, 31, a fost reținut în Iași. " * 50, "ro"),
    ],
)
def test_detects_english_and_romanian(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12 34 56", "!!"])
def test_too_little_text_is_unknown(text: str) -> None:
    assert detect_language(text) is None


def test_detector_is_built_once() -> None:
    assert detector() is detector()
