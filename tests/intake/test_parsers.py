"""Each intake format: what it keeps, and the clear error it gives for input it cannot accept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from threadline.errors import IntakeError
from threadline.intake.decode import INVALID_UTF8
from threadline.intake.formats import detect_format, parse_format, parse_submission
from threadline.intake.parsers import csvrows, email, feed, html, jsondoc, text
from threadline.intake.parsers.html import clean_article_text
from threadline.taxonomy.channels import ReportFormat

FIXTURES = Path(__file__).parent / "fixtures"


def test_news_page_keeps_story_and_metadata_drops_junk() -> None:
    [report] = html.parse((FIXTURES / "news_page.html").read_bytes())
    assert report.title == "Nine freed from farm labour camp after dawn raids"
    assert report.author == "Priya Natarajan"
    assert report.published == date(2025, 4, 17)
    assert report.url == "https://valley-courier.example/news/2025/04/farm-raids"
    assert "Nine men were freed" in report.text
    assert "passports had been kept" in report.text
    for junk in ("<!", "Read Related Also", "Share on Facebook", "cookies", "Council tax", "Copyright"):
        assert junk not in report.text, junk


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<!–", False),
        ("<!– <!– <!–", False),
        ("<!-- -->", False),
        ("Read Related Also: Ten things to do this weekend – Exclusive", False),
        ("READ MORE: Council tax rises", False),
        ("Share on Facebook", False),
        ("Police said the <!– victims were safeguarded.", True),
        ("Related to the case, officers seized cash.", True),
    ],
)
def test_article_cleaner_lines(line: str, kept: bool) -> None:
    cleaned = clean_article_text(line)
    assert bool(cleaned) is kept
    assert "<!" not in cleaned


def test_malformed_html_is_parsed_or_refused_clearly() -> None:
    broken = b"<html><body><p>Workers at the <b>farm were <i>locked in at night</p></div></span>"
    try:
        reports = html.parse(broken)
    except IntakeError as exc:
        assert "HTML" in exc.message
    else:
        assert "locked in" in reports[0].text


def test_email_body_and_attachments() -> None:
    [report] = email.parse((FIXTURES / "tip.eml").read_bytes())
    assert report.title == "Referral: nail bar on High Street"
    assert "grey van" in report.text
    assert report.metadata["attachments"] == [
        {"filename": "notes.pdf", "content_type": "application/pdf", "size": 54}
    ]
    assert report.published == date(2025, 3, 11)


def test_json_single_and_list() -> None:
    [one] = jsondoc.parse(b'{"text": "A tip", "title": "T", "published": "2025-01-02"}')
    assert (one.text, one.title, one.published) == ("A tip", "T", date(2025, 1, 2))
    many = jsondoc.parse(b'[{"text": "a"}, {"text": "b"}]')
    assert [r.text for r in many] == ["a", "b"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "malformed"),
        (b"[]", "empty list"),
        (b'{"title": "no text"}', '"text" must be a string'),
        (b'{"text": "x", "colour": "red"}', "unknown field"),
        (b'{"text": "   "}', "empty"),
        (b'{"text": "x", "published": "yesterday"}', "ISO date"),
        (b"42", "expected a JSON object"),
    ],
)
def test_json_errors(raw: bytes, message: str) -> None:
    with pytest.raises(IntakeError, match=message):
        jsondoc.parse(raw)


def test_csv_rows_with_header_mapping_and_stray_spaces() -> None:
    raw = b" Narrative ,Ref,Town\nMen live in a caravan,R1,Boston\n\nGirls never leave the flat,R2,Leeds\n"
    reports = csvrows.parse(raw, mapping={"text": "narrative"})
    assert [r.text for r in reports] == ["Men live in a caravan", "Girls never leave the flat"]
    assert reports[0].metadata == {"row": 2, "columns": {"Town": "Boston"}}
    assert reports[0].raw != reports[1].raw


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"name,town\nA,B\n", "no text column"),
        (b"text,town\n", "no rows"),
        (b"text,town\nonly one field\n", "has 1 fields but the header has 2"),
        (b"text\n\n", "no rows"),
        (b"text,town\n,Leeds\n", "empty text column"),
    ],
)
def test_csv_errors(raw: bytes, message: str) -> None:
    with pytest.raises(IntakeError, match=message):
        csvrows.parse(raw)


def test_csv_mapping_to_missing_column_names_it() -> None:
    with pytest.raises(IntakeError, match="no column 'Story'"):
        csvrows.parse(b"text\nx\n", mapping={"text": "Story"})


RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Courier</title>
<item><title>Six rescued</title><guid>item-1</guid><link>https://c.example/1</link>
<description>&lt;p&gt;Police rescued six women.&lt;/p&gt;</description>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Car wash raided</title><guid>item-2</guid><description>Ten men found.</description></item>
</channel></rss>"""


def test_feed_items_become_reports_keyed_by_guid() -> None:
    reports = feed.parse(RSS)
    assert [r.idempotency_key for r in reports] == ["feed:item-1", "feed:item-2"]
    assert reports[0].text == "Six rescued\nPolice rescued six women."
    assert reports[0].published == date(2024, 3, 5)


def test_atom_feed() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id>
<entry><title>Raid in Iasi</title><id>urn:e1</id><updated>2024-05-01T10:00:00Z</updated>
<summary>Five detained.</summary></entry></feed>"""
    [report] = feed.parse(atom)
    assert report.text == "Raid in Iasi\nFive detained."


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"just words", "not XML"),
        (b"<?xml version='1.0'?><catalogue/>", "not an RSS or Atom feed"),
        (b"<html><body>x</body></html>", "not an RSS or Atom feed"),
    ],
)
def test_feed_errors(raw: bytes, message: str) -> None:
    with pytest.raises(IntakeError, match=message):
        feed.parse(raw)


def test_text_invalid_utf8_is_kept_and_flagged() -> None:
    [report] = text.parse(b"caf\xe9 owner keeps passports")
    assert report.flags == [INVALID_UTF8]
    assert "\ufffd" in report.text and "passports" in report.text


@pytest.mark.parametrize("raw", [b"", b"   \n\t "])
def test_empty_input_is_refused(raw: bytes) -> None:
    with pytest.raises(IntakeError, match="empty"):
        text.parse(raw)


def test_binary_junk_is_refused() -> None:
    with pytest.raises(IntakeError, match="binary"):
        text.parse(bytes(range(256)) * 4)


@pytest.mark.parametrize(
    ("raw", "name", "expected"),
    [
        (b"hello", "a.txt", ReportFormat.TEXT),
        (b"hello", None, ReportFormat.TEXT),
        (b'{"text": "x"}', None, ReportFormat.JSON),
        (b"<!DOCTYPE html><html>", None, ReportFormat.HTML),
        (b"<?xml version='1.0'?><rss>", None, ReportFormat.FEED),
        (b"From: a@b\nSubject: x\n\nbody", None, ReportFormat.EMAIL),
        (b"text\nx", "rows.csv", ReportFormat.CSV),
    ],
)
def test_format_detection(raw: bytes, name: str | None, expected: ReportFormat) -> None:
    assert detect_format(raw, name) is expected


def test_unknown_format_is_named() -> None:
    with pytest.raises(IntakeError, match="unknown format 'pdf'"):
        parse_format("pdf")


def test_parse_submission_dispatches() -> None:
    [report] = parse_submission(
        b"<html><body><article><p>" + b"Workers sleep in the barn. " * 10 + b"</p></article></body></html>"
    )
    assert report.format == "html"


def test_romanian_news_page_drops_teasers_in_both_languages() -> None:
    [report] = html.parse((FIXTURES / "news_page_ro.html").read_bytes())
    assert report.title == "Rețea de trafic de persoane destructurată la Iași"
    assert report.published == date(2024, 11, 8)
    assert "14 percheziții domiciliare" in report.text
    assert "Cinci persoane au fost reținute" in report.text
    for junk in ("CITEȘTE ȘI", "Read More", "<!", "Share this", "drepturile rezervate", "Acasă"):
        assert junk not in report.text, junk
