"""Arbitrary bytes, text and markup into every parser: a report or an `IntakeError`, nothing else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from threadline.errors import IntakeError
from threadline.intake.formats import PARSERS, parse_submission
from threadline.intake.types import ParsedReport
from threadline.taxonomy.channels import ReportFormat

markup_pieces = st.sampled_from(
    [
        "<html>",
        "</html>",
        "<body>",
        "<p>",
        "</p>",
        "<article>",
        "<div>",
        "<!--",
        "-->",
        "<!–",
        "<script>",
        "<?xml version='1.0'?>",
        "<rss>",
        "<item>",
        "<title>",
        "</title>",
        "<feed>",
        "<entry>",
        "&amp;",
        "&#0;",
        "]]>",
        "<![CDATA[",
        "text,title\n",
        ",",
        "\n",
        '"',
        "{",
        "}",
        "[",
        "]",
        '"text":',
        "From: a@b\n",
        "Subject: s\n",
        "\r\n",
        "Content-Type: multipart/mixed; boundary=x\n",
        "--x\n",
    ]
)
markupish = st.lists(st.one_of(markup_pieces, st.text(max_size=30)), max_size=40).map("".join)
inputs = st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=2048).map(lambda s: s.encode("utf-8", "surrogatepass")),
    markupish.map(lambda s: s.encode("utf-8", "surrogatepass")),
)


def check(result: list[ParsedReport]) -> None:
    assert result, "a parser that accepts must return at least one report"
    for report in result:
        assert isinstance(report.raw, bytes) and report.raw
        assert isinstance(report.text, str) and report.text.strip()


@pytest.mark.parametrize("fmt", list(ReportFormat))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=inputs)
def test_parser_accepts_or_raises_intake_error(fmt: ReportFormat, raw: bytes) -> None:
    try:
        result = PARSERS[fmt](raw, name=None)
    except IntakeError as exc:
        assert exc.message
    else:
        check(result)


@settings(max_examples=200, deadline=None)
@given(raw=inputs, name=st.sampled_from([None, "a.txt", "b.html", "c.csv", "d.json", "e.eml", "f.xml"]))
def test_detected_format_accepts_or_raises_intake_error(raw: bytes, name: str | None) -> None:
    try:
        result = parse_submission(raw, name=name)
    except IntakeError:
        return
    check(result)
