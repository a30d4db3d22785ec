"""Counts across sentences: "no arrests have been made", stated totals, and pronouns ("they were
charged") resolved to the people counted before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from threadline.extract.alternation import gated
from threadline.extract.counts.lexicon import _SUSPECT_VALUES, EXTRACTOR
from threadline.extract.counts.summary import summarise_counts
from threadline.extract.textutil import QUOTED_NICKNAME
from threadline.extract.types import Mention

# "No arrests have been made": the text states that nobody was arrested (0, not unknown)
_NO_ARRESTS = gated(
    r"\bno(?: one| body|body)? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?arrested\b|"
    r"\bno arrests? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?(?:made|carried out)\b|"
    r"\bno arrests? (?:yet|so far)\b|\bthere (?:have|had) been no arrests\b|"
    r"\bniciun(?:a)? (?:persoana|suspect) nu a fost (?:retinut|arestat)\w*"
)
# "No one has been charged", "no charges have been laid"
_NO_CHARGES = gated(
    r"\bno(?: one| body|body)? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?"
    r"(?:arrested (?:or|and) )?(?:yet )?charged\b|"
    r"\bno charges? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?"
    r"(?:laid|brought|filed|pressed)\b"
)


def _totals(text: str, mentions: list[Mention]) -> list[Mention]:
    """One extra mention per outcome whose summary exceeds every single count ("three homes …
    12 warrants" = 15; "two men … a third man" = 3), so a consumer taking the largest count of
    an outcome gets the same answer as `summarise_counts`."""
    summary = summarise_counts(mentions)
    out = []
    for outcome, value in summary.items():
        ms = [m for m in mentions if m.attributes.get("counts") == outcome]
        if value is None or not ms or value <= max(float(m.value) for m in ms):
            continue
        a, b = min(m.span[0] for m in ms), max(m.span[1] for m in ms)
        attrs = {"counts": outcome, "total": True, "parts": [m.value for m in ms]}
        out.append(Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.7, attrs))
    return out


_AGE_AROUND = re.compile(r"^\s*\d{1,2}-year-old\s+|\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,?)\s*$")


def _name_of(named: str) -> str:
    """The name in a named phrase: "Ann Lee, 22," and "22-year-old Ann Lee" are "Ann Lee"
    ('Ann "Annie" Lee' too)."""
    return QUOTED_NICKNAME.sub("", _AGE_AROUND.sub("", named)).strip()


def _resolve_anaphors(mentions: list[Mention]) -> list[Mention]:
    """Give "the defendants" the size of the last group of suspects counted before it."""
    out: list[Mention] = []
    last: int | None = None
    for m in mentions:
        if m.attributes.get("group"):
            last = m.value  # "patru persoane cercetate": whom a later "acestora" counts
            continue
        if m.attributes.get("refers"):
            # "the brothers", "the men": a plural is never the one person counted last ("the first
            # accused" may be one)
            if last is not None and (last > 1 or m.text.lower().endswith("accused")):
                out.append(replace(m, value=last, confidence=0.6))
            continue
        if m.attributes.get("counts") in _SUSPECT_VALUES and not m.attributes.get("subset"):
            # "The sixth, Dylan Marsh, was convicted": the group now has six
            last = m.attributes.get("ordinal") or m.value
        out.append(m)
    return out
