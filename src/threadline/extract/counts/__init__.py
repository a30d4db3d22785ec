"""Counts bound to what they count: victims rescued, people arrested, charged, convicted, premises
searched, officers deployed, and the longest prison sentence.

A count is a number phrase ("six Romanian women", "more than 133 officers", "a 24-year-old man",
"two men and a woman") tied to an outcome verb ("were rescued", "arrested", "au fost reținute") by
word order: the phrase right after the verb is its object; otherwise the nearest phrase before a
passive verb is its subject. Phrases joined by "and", "along with", "including" form a chain whose
value is the sum of its parts (or its head when the head already totals them: "twelve people: eight
men and four women"). Works on folded text (lower case, no diacritics), English and Romanian.
"""

from __future__ import annotations

import re
from datetime import date

from threadline.extract.boilerplate import Segment
from threadline.extract.counts.descriptions import (
    _OFFICER_HEAD_WORD,
    _described_victims,
    _form_victims,
    _gender_breakdowns,
    _introduced_group,
    _officer_lists,
    _one_person_story,
    _one_victim_told_of,
    _others_and_totals,
)
from threadline.extract.counts.gapped_terms import _gapped_convictions
from threadline.extract.counts.lexicon import EXTRACTOR
from threadline.extract.counts.named_people import _inverted_names
from threadline.extract.counts.prison_terms import combined_terms
from threadline.extract.counts.romanian_terms import (
    _A_TERM,
    _VERDICT_LINE,
    _held_for_trial,
    _listed_terms,
    _measures_for,
    _terms_received,
    _verdict_lines,
)
from threadline.extract.counts.sentence_counts import _sentence_counts
from threadline.extract.counts.summary import summarise_counts
from threadline.extract.counts.totals import _NO_ARRESTS, _NO_CHARGES, _resolve_anaphors, _totals
from threadline.extract.textutil import NUMBER_RE, fold, parse_number
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import OutcomeKind

__all__ = ["count_summary", "find_counts", "summarise_counts"]


# "A further four victims were identified later, bringing the total to 23": the sum the text states,
# of whatever the sentence counted last before it
_BRINGING_TOTAL = re.compile(
    rf"\b(?:bringing|taking|raising|brings|takes|raises|brought|took|raised) (?:the|their) (?:overall )?"
    rf"(?:total|tally|number|figure|count)(?: number)?(?: of (?P<what>[a-z]+(?: [a-z]+){{0,3}}?))?"
    rf"(?: so far)? to (?P<num>{NUMBER_RE})\b"
    # the number first: "bringing to six the number of suspects in custody"
    rf"|\b(?:bringing|taking|raising|brings|takes|raises) to (?P<num2>{NUMBER_RE}) the (?:overall )?"
    r"(?:total|tally|number|figure|count)(?: number)?(?: of (?P<what2>[a-z]+(?: [a-z]+){0,3}))?"
)
# a total of people held, written as its state: "the number of suspects in custody"
_HELD_NOW = re.compile(r"\b(?:in custody|arrested|detained|held)\b")
_TOTAL_CUES = ("bring", "brought", "tak", "took", "rais")
# what a named total counts ("the total number of arrests"): its first word's stem
_TOTAL_OF = (
    ("arrest", OutcomeKind.ARRESTED), ("victim", OutcomeKind.VICTIMS), ("rescue", OutcomeKind.VICTIMS),
    ("survivor", OutcomeKind.VICTIMS), ("charge", OutcomeKind.CHARGED), ("defendant", OutcomeKind.CHARGED),
    ("conviction", OutcomeKind.CONVICTED), ("search", OutcomeKind.PREMISES_SEARCHED),
    ("raid", OutcomeKind.PREMISES_SEARCHED), ("detention", OutcomeKind.DETAINED),
)  # fmt: skip


def _running_total(
    text: str, folded: str, start: int, end: int, index: int, told: list[Mention]
) -> list[Mention]:
    cued = any(cue in folded[start:end] for cue in _TOTAL_CUES)  # most sentences tell no total
    match = _BRINGING_TOTAL.search(folded, start, end) if cued else None
    if match is None:
        return []
    before = [m for m in told if m.span[1] <= match.start() and m.attributes.get("counts")]
    number, what = match.group("num") or match.group("num2"), match.group("what") or match.group("what2")
    value = parse_number(number)
    held = bool(what) and what.startswith(("suspect", "people", "person")) and bool(_HELD_NOW.search(what))
    if value is None or not (before or held):
        return []
    if held:
        # "…was picked up, bringing to three the number of suspects in custody": the total is told
        # whole, whatever verb came before it
        outcome = OutcomeKind.ARRESTED.value
    elif what:
        named = [kind.value for stem, kind in _TOTAL_OF if what.startswith(stem)]
        if not named:
            return []  # "the number of people in the house": not an outcome
        outcome = named[0]
    else:
        outcome = before[-1].attributes["counts"]
    before = [m for m in before if m.attributes["counts"] == outcome]
    if what and not held and not before:
        return []
    if before and value <= max(float(m.value) for m in before):
        return []  # a total is more than its last part
    attrs = {"counts": outcome, "sentence": index, "hedge": "a total of", "total": True}
    a, b = match.span("num" if match.group("num") else "num2")
    return [Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.7, attrs)]


_BULLET = re.compile(r"\s*[-*\u2022\u00b7\u2013]\s")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _bulleted_parts(text: str, segments: list[Segment], told: list[Mention]) -> list[Mention]:
    """The sum of one outcome told once in each bullet of a list under a heading ("In total, 27 people
    were arrested:" then "- 19 men … were charged with soliciting", "- five adults were charged …"): the
    bullets are parts of one group. Lists by year ("- In 2022, 12 were charged") are figures, not parts."""
    found: list[Mention] = []
    index = 0
    while index < len(segments):
        heading = segments[index]
        bullets: list[int] = []
        following = index + 1
        while following < len(segments) and _BULLET.match(text, segments[following].start):
            bullets.append(following)
            following += 1
        if len(bullets) >= 2 and text[heading.start : heading.end].rstrip().endswith(":"):
            found += _parts_of_bullets(text, segments, bullets, told)
        index = following if bullets else index + 1
    return found


def _parts_of_bullets(
    text: str, segments: list[Segment], bullets: list[int], told: list[Mention]
) -> list[Mention]:
    if any(_YEAR.search(text, segments[i].start, segments[i].end) for i in bullets):
        return []
    found: list[Mention] = []
    kinds = {m.attributes["counts"] for m in told if m.attributes.get("sentence") in bullets}
    kinds.discard(OutcomeKind.SENTENCE_YEARS.value)  # each bullet's term is one person's, not a part
    for kind in sorted(kinds):
        per_bullet = [
            [m for m in told if m.attributes.get("sentence") == i and m.attributes.get("counts") == kind]
            for i in bullets
        ]
        if any(len(ms) != 1 or "subject" in ms[0].attributes for ms in per_bullet):
            continue  # each bullet must count that outcome once
        parts = [ms[0].value for ms in per_bullet]
        a, b = segments[bullets[0]].start, segments[bullets[-1]].end
        attrs = {"counts": kind, "sentence": bullets[0], "total": True, "parts": parts}
        found.append(Mention("count", (a, b), text[a:b], sum(parts), EXTRACTOR, 0.6, attrs))
    return found


def find_counts(text: str, segments: list[Segment], published: date | None = None) -> list[Mention]:
    """Count mentions (kind="count") in the non-boilerplate segments of `text`.

    attributes: counts (OutcomeKind value), hedge ("more than", …), additive (True for "also",
    "a further", "another"), subject (a named singular subject), sentence (segment index).
    `published` is accepted for symmetry with the date extractor; counts do not depend on it.
    """
    del published
    folded = fold(text)
    out: list[Mention] = []
    verdicts: list[tuple[int, re.Match[str]]] = []  # a Romanian verdict's lines, one per condemned
    verdict_text = "condamna pe" in folded  # most reports have none: skip the scan
    terms_text = _A_TERM.search(folded) is not None  # Romanian prison terms: most reports have none
    for index, seg in enumerate(segments):
        if seg.is_boilerplate:
            continue
        told = _sentence_counts(text, folded, seg.start, seg.end, index)
        told += _running_total(text, folded, seg.start, seg.end, index, told)
        if gapped := _gapped_convictions(text, folded, seg.start, seg.end, index, told):
            convicted = OutcomeKind.CONVICTED.value
            told = [m for m in told if m.attributes.get("counts") != convicted] + gapped
        out.extend(told)
        out.extend(_inverted_names(text, folded, seg.start, seg.end, index))
        heading = (segments[index - 1].start, segments[index - 1].end) if index else None
        out.extend(_form_victims(text, folded, seg.start, seg.end, index, heading))
        out.extend(_described_victims(text, folded, seg.start, seg.end, index, told))
        if _OFFICER_HEAD_WORD.search(folded, seg.start, seg.end) and not any(
            m.attributes.get("counts") == OutcomeKind.OFFICERS.value for m in told
        ):
            out.extend(_officer_lists(text, seg.start, seg.end, index))
        if " other " in folded[seg.start : seg.end] or " total" in folded[seg.start : seg.end]:
            out.extend(_others_and_totals(text, folded, seg.start, seg.end, index))
        if terms_text:
            out.extend(_terms_received(text, folded, seg.start, seg.end, index, told))
        if "fata de" in folded[seg.start : seg.end]:
            measures = _measures_for(text, folded, seg.start, seg.end, index)
            out.extend(m for m in measures if not _within(m, told))
        if verdict_text:
            verdicts += [(index, m) for m in _VERDICT_LINE.finditer(folded, seg.start, seg.end)]
        for outcome, pattern in ((OutcomeKind.ARRESTED, _NO_ARRESTS), (OutcomeKind.CHARGED, _NO_CHARGES)):
            for m in pattern.finditer(folded, seg.start, seg.end):
                attrs = {"counts": outcome.value, "sentence": index, "none": True}
                out.append(Mention("count", m.span(), text[m.start() : m.end()], 0, EXTRACTOR, 0.6, attrs))
    out += _verdict_lines(text, verdicts) + _listed_terms(text, folded, segments)
    if "in stare de arest" in folded:
        out += _held_for_trial(text, folded, segments)
    if (
        (combined := combined_terms(folded))
        and segments
        and not combined_terms(folded[segments[0].start : segments[0].end])
    ):
        # "Couple jailed for 20 years" over "jailed for a combined 20 years": the sum, no one's term
        out = [m for m in out if not _headline_sum(m, combined)]
    out = _resolve_anaphors(out)
    out += _bulleted_parts(text, segments, out)
    stories = _one_person_story(text, folded, segments) or _one_victim_told_of(text, folded, segments)
    breakdowns = _gender_breakdowns(text, folded, segments)
    if not breakdowns and not any(m.attributes.get("counts") == OutcomeKind.VICTIMS.value for m in out):
        out += _first_group_introduced(text, folded, segments, out)
    return out + _totals(text, out) + breakdowns + stories


def _first_group_introduced(
    text: str, folded: str, segments: list[Segment], told: list[Mention]
) -> list[Mention]:
    """The first group of people the report brings in, as a last-resort victim count."""
    for index, seg in enumerate(segments):
        if not seg.is_boilerplate:
            in_sentence = [m for m in told if m.attributes.get("sentence") == index]
            if found := _introduced_group(text, folded, seg.start, seg.end, index, in_sentence):
                return found
    return []


def _headline_sum(mention: Mention, combined: set[float]) -> bool:
    """Whether a headline's prison term is the sum of several that the text gives as combined."""
    return (
        not mention.attributes.get("sentence")
        and mention.attributes.get("counts") == OutcomeKind.SENTENCE_YEARS.value
        and float(mention.value) in combined
    )


def _within(mention: Mention, others: list[Mention]) -> bool:
    """Whether another count of the same outcome already holds this one's words."""
    a, b = mention.span
    kind = mention.attributes["counts"]
    return any(o.attributes.get("counts") == kind and o.span[0] <= a and b <= o.span[1] for o in others)


def count_summary(text: str, segments: list[Segment]) -> dict[str, int | float | None]:
    """Convenience: `summarise_counts(find_counts(text, segments))`."""
    return summarise_counts(find_counts(text, segments))
