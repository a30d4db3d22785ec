"""People sentenced in one clause with the verb left out after the first: "The wife was sentenced to
three years and her husband to two years", "X was jailed for six years, Y for four and Z for three".
Each term after the first is one person more, so the sentence convicts its subject and one per term.
"""

from __future__ import annotations

import re

from threadline.extract.counts.lexicon import _NUM, EXTRACTOR
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import OutcomeKind

_SENTENCE_VERB = r"(?:sentenced|jailed|imprisoned)\b"
_SENTENCING = re.compile(rf"\b(?:was|were|been|has|have|had) (?:\w+ )?{_SENTENCE_VERB}")
# the court's own verb: "the tribunal sentenced a man to ten years and his wife to seven"
_SENTENCED_BY = re.compile(rf"\b{_SENTENCE_VERB}")
# a term: "to 96 months", "for four years", "to a term of six years"
_TERM = rf"(?:to|for) (?:a (?:term|sentence) of )?(?:{_NUM})[\s-]+(?:years?|months?)\b"
_FIRST_TERM = re.compile(_TERM)
# "…, and his wife to 96 months", "and Manjit Sandhu to three years": the people between the joining
# word and the term, with no verb of their own (which would make the clause a sentence of its own)
_GAPPED = re.compile(
    rf"(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s+while\s+)(?P<who>(?:(?:his|her|their|the|a)\s+)?[a-z][\w'’.-]*"
    rf"(?:\s+[a-z][\w'’.-]*){{0,3}}?)(?:,\s*(?:aged\s+)?\d{{2}},)?\s+{_TERM}"
)
_NOT_A_PERSON = re.compile(
    r"\b(?:was|were|is|are|has|had|been|be|sentenced|jailed|given|ordered|received|years?|months?|weeks?|"
    r"days?|fined|suspended|banned|and|each|respectively|prison|jail|imprisonment|further|another)\b"
)


def _gapped_convictions(
    text: str, folded: str, start: int, end: int, index: int, told: list[Mention]
) -> list[Mention]:
    """One mention for the sentence: its subject (as already counted, else one) plus one per gapped
    term. Returns [] when the sentence has no gapped term."""
    verb = _SENTENCING.search(folded, start, end)
    active = verb is None
    if active:
        verb = _SENTENCED_BY.search(folded, start, end)
        if verb is None:
            return []
    first_term = _FIRST_TERM.search(folded, verb.end(), end)
    if first_term is None:
        return []
    more = [m for m in _GAPPED.finditer(folded, first_term.end(), end) if not _NOT_A_PERSON.search(m["who"])]
    if not more:
        return []
    convicted = OutcomeKind.CONVICTED.value
    counted = [m for m in told if m.attributes.get("counts") == convicted]
    # the first person is the passive's subject, before the verb, or the active's object, after it
    low, high = (verb.end(), first_term.start()) if active else (0, verb.start())
    subject = [m.value for m in counted if low <= m.span[0] and m.span[1] <= high]
    value = int(max(subject, default=1)) + len(more)
    attrs: dict[str, object] = {"counts": convicted, "sentence": index, "gapped": True}
    # the people the replaced mentions named, so that a dated verdict can still be told as the case's own
    names = [n for m in counted for n in (m.attributes.get("subject"), *m.attributes.get("names", ())) if n]
    if names:
        attrs["names"] = tuple(names)
    a, b = verb.start(), more[-1].end()
    return [Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.5, attrs)]
