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


class _RecordingDetector:
    """The real detector, noting the length of every sample it is asked about."""

    def __init__(self) -> None:
        self.samples: list[int] = []

    def detect_language_of(self, sample: str) -> object:
        self.samples.append(len(sample))
        return detector().detect_language_of(sample)


_ENGLISH_REPORT = (
    "Six women were freed and four men arrested after officers raided two addresses in Luton on Tuesday. "
    "The women, all Romanian nationals, had been forced to work in brothels, police said. "
) * 12


def test_an_english_report_is_decided_on_its_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    recording = _RecordingDetector()
    monkeypatch.setattr("threadline.extract.language.detector", lambda: recording)
    assert detect_language(_ENGLISH_REPORT) == "en"
    assert recording.samples and max(recording.samples) <= 500


def test_a_romanian_page_under_an_english_banner_reads_romanian() -> None:
    banner = "We use cookies to improve your experience on our site. Accept all cookies or manage them. " * 6
    body = "Polițiștii au reținut doi bărbați bănuiți de trafic de persoane în județul Iași. " * 12
    assert detect_language(banner + body) == "ro"


def test_a_german_page_is_not_read_as_english() -> None:
    text = "Die Polizei hat in Köln zwei Männer wegen Menschenhandels festgenommen. " * 10
    assert detect_language(text) == "de"
