"""Chains of number phrases joined by "and", "along with", "including": the sum of their parts, or
their head when the head already totals them ("twelve people: eight men and four women").
"""

from __future__ import annotations

import re

from threadline.extract.counts.lexicon import _CONNECT, _NOT_VICTIM, _SUSPECT_OUTCOMES, _VICTIM_HEADS
from threadline.extract.counts.named_people import _ONE_AGE
from threadline.extract.counts.phrases import (
    _ADDING,
    _BREAKDOWN_OPENS,
    _DISTRIBUTED_GAP,
    _FROM_AFTER,
    _FROM_GAP,
    _GENDERED,
    _GENERIC_HEADS,
    _KIN,
    _LOCATIVE_AFTER,
    _OF_THEM,
    _PLACED_AND,
    _SUBSET,
    _TERM_AFTER,
    _TERM_GAP,
    _add_part,
    _Phrase,
    _roles_clash,
    _told_again,
)
from threadline.extract.places import demonym_code
from threadline.taxonomy.vocabulary import OutcomeKind

_KIN_OF_THE_LAST = re.compile(r"(?:his|her|their)\s")
_MORE_PEOPLE = re.compile(r"\b(?:together with|along with|as well as)\b")
_OPENS_BREAKDOWN = re.compile(r"[-–—(:]\s*$")
_SAME_ALL = re.compile(r"(?:both|all (?:of them|[a-z]+))\b")
_SEX_OF_HEAD = {"man": "m", "boy": "m", "male": "m", "woman": "f", "girl": "f", "female": "f"}


def _told_apart(s: str, first: _Phrase, second: _Phrase) -> bool:
    """Two one-person phrases that cannot be the same person: "a 39-year-old man, a 36-year-old
    woman" is a list, unlike the apposition "a fourth person, a 41-year-old man"."""
    ages = [_ONE_AGE.search(s, p.start, p.end) for p in (first, second)]
    if ages[0] and ages[1] and ages[0].group(1) != ages[1].group(1):
        return True
    sexes = {_SEX_OF_HEAD.get(first.head), _SEX_OF_HEAD.get(second.head)}
    return None not in sexes and len(sexes) == 2


def _chains(s: str, phrases: list[_Phrase]) -> list[_Phrase]:
    """Join phrases linked by 'and', ',', 'along with', 'including' into one summed phrase.

    "two men and a woman" = 3; "twelve people: eight men and four women" = 12 (a total and its
    breakdown); "14 victims, including nine boys" = 14; "a fourth person, a 41-year-old man" = 1.
    """
    chains: list[_Phrase] = []
    links: list[str] = []  # per chain: the words between its first and second phrase
    for p in phrases:
        last = chains[-1] if chains else None
        if (
            last is not None
            and p.kind == "bare"
            and last.parts[-1].kind in ("premises", "person")
            and _DISTRIBUTED_GAP.match(s, last.end, p.start)
            and _LOCATIVE_AFTER.match(s, p.end)
        ):
            # "four premises in Aberdeen, five in England and 23 in Romania": one count shared out
            head, kind = last.parts[-1].head, last.parts[-1].kind
            _add_part(last, _Phrase(p.start, p.end, p.value, head, p.hedge, p.additive, kind), links)
            continue
        if (
            last is not None
            and p.kind == "bare"
            and last.kind == "bare"
            and all(_FROM_AFTER.match(s, q.end) for q in (*last.parts, p))
            and _FROM_GAP.fullmatch(s, last.parts[-1].end, p.start)
        ):
            # "the crew - 19 from Myanmar, eight from Cambodia and four from Laos - were": parts by
            # origin with no noun of their own, one group
            _add_part(last, p, links)
            continue
        if last is not None and p.kind == "bare" and last.kind == "person" and _FROM_AFTER.match(s, p.end):
            # "Fourteen fishers, nine from Myanmar and five from Cambodia": the group told by origin
            # (a breakdown); "five people from Leeds and two from Bradford": more of them (a sum)
            opens = len(last.parts) == 1 and bool(_BREAKDOWN_OPENS.fullmatch(s, last.end, p.start))
            if opens or _FROM_GAP.fullmatch(s, last.end, p.start):
                part = _Phrase(p.start, p.end, p.value, last.parts[-1].head, p.hedge, p.additive, "person")
                _add_part(last, part, links)
                if opens:
                    links[-1] = ","
                continue
        if (
            last is not None
            and last.kind == "person"
            and _SAME_ALL.match(s, p.start)
            and s[last.end : p.start].strip() == ","
            and p.value == last.value
        ):
            last.end = p.end  # "the two men, both Chinese nationals": the same two, described
            continue
        if (
            last is not None
            and p.kind in ("person", "bare")
            and last.kind == "person"
            and _TERM_GAP.match(s, last.end, p.start)
            and _TERM_AFTER.match(s, p.end)
        ):
            head = last.parts[-1].head
            _add_part(last, _Phrase(p.start, p.end, p.value, head, p.hedge, p.additive, "person"), links)
            continue
        if (
            last is not None
            and p.kind in ("person", "singular")
            and last.kind in ("person", "singular")
            and _PLACED_AND.fullmatch(s, last.end, p.start)
            and not _roles_clash(last.parts[-1].head, p.head)
        ):
            # "a salt farm owner in South Jeolla and three associates": the place names the first
            _add_part(last, p, links)
            continue
        if (
            last is not None
            and p.kind in ("person", "singular", "officer")
            and last.kind in ("person", "singular", "officer")
            and (
                _CONNECT.match(s[last.end : p.start])
                or (not s[last.end : p.start].strip() and p.kind == last.parts[-1].kind == "singular")
            )
            and not _roles_clash(last.parts[-1].head, p.head)
        ):
            link = s[last.end : p.start]
            if len(last.parts) == 1:
                links[-1] = link
            if (
                last.parts[-1].kind == "singular"
                and p.kind == "singular"
                and not _ADDING.search(link)
                and not last.parts[-1].head == p.head == "named"  # two names with ages: two people
                and not _told_apart(s, last.parts[-1], p)
                # "Sanjay Lakra, 38, his wife Anita": a kin of the one before is someone else
                and not _KIN_OF_THE_LAST.match(s, p.start)
                # "her mother, father and uncle": different kin are different people
                and not (last.parts[-1].head in _KIN and p.head in _KIN and last.parts[-1].head != p.head)
            ):
                last.end = p.end  # apposition: the same person named twice
                continue
            last.parts.append(p)
            last.end = p.end
            continue
        chains.append(_Phrase(p.start, p.end, p.value, p.head, p.hedge, p.additive, p.kind, [p]))
        links.append("")
    for c, link in zip(chains, links, strict=True):
        if len(c.parts) > 1:
            first, rest = c.parts[0], _told_in_parts(s, c.parts[1:])
            rest_sum = sum(x.value for x in rest)
            breakdown = (
                _SUBSET.search(link)
                or any(x.subset and _OF_THEM.search(s[x.start : x.end]) for x in rest)
                # "four people, one female in her 20s, and three men": the men are of the four
                or (
                    first.head in _GENERIC_HEADS
                    and all(x.head in _GENDERED for x in rest)
                    and rest_sum < first.value
                    # "the two suspects … together with a 51-year-old man": someone more
                    and not _MORE_PEOPLE.search(link)
                )
                or (
                    not _ADDING.search(link)
                    and first.kind != "singular"
                    # "nine victims, seven Sudanese and two Egyptians, eight men and one woman": the
                    # rest tells the nine over again, once or more; "two men and two women" adds
                    and _told_again(first.value, [x.value for x in rest])
                    and (first.head not in _GENDERED or len(rest) > 1)
                )
            )
            if breakdown:
                c.value = first.value
            elif (
                _ADDING.search(link)
                or first.kind == "singular"
                or first.head in _GENDERED
                # "eleven Indian nationals, four people from Zimbabwe and two from Nigeria" (not the
                # breakdown of a group before: "Of the 302 found inside – 145 Vietnamese, …")
                or (all(_by_origin(s, x) for x in c.parts) and not _OPENS_BREAKDOWN.search(s, 0, c.start))
            ):
                c.value = first.value + rest_sum  # "two men and a woman", "two men, a woman and …"
            else:
                # "Two suspects, a woman … and her driver": an elaboration, not more people.
                c.value = max(first.value, rest_sum)
            c.hedge = first.hedge
            c.additive = first.additive
            c.kind = "person" if any(x.kind != "officer" for x in c.parts) else "officer"
            if all(x.kind == "singular" for x in c.parts):
                c.kind = "singular"
            if all(x.kind == "premises" for x in c.parts):
                c.kind = "premises"
            c.head = first.head if first.kind != "singular" else c.parts[-1].head
    return chains


def _told_in_parts(s: str, parts: list[_Phrase]) -> list[_Phrase]:
    """Parts with any part's own breakdown folded into it: "opt victime: șapte minori – patru băieți
    și trei fete" holds seven minors told as four boys and three girls, not fourteen more."""
    out: list[_Phrase] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        out.append(p)
        i += 1
        if i < len(parts) and _OPENS_BREAKDOWN.fullmatch(s[p.end : parts[i].start].lstrip()):
            total = 0.0
            for j in range(i, len(parts)):
                total += parts[j].value
                if total >= p.value:
                    break
            if total == p.value and j > i:
                i = j + 1
    return out


def _by_origin(s: str, part: _Phrase) -> bool:
    """Whether a number phrase tells where its people are from ("eleven Indian nationals", "four
    people from Zimbabwe"): parts told by origin are different people."""
    return bool(_FROM_AFTER.match(s, part.end)) or any(
        demonym_code(word) for word in s[part.start : part.end].split()
    )


def _arrest_kind(head: str) -> OutcomeKind:
    """Romanian "rețineri" are detentions (24 hours), "arestări" arrests; English "arrests" arrests."""
    return OutcomeKind.DETAINED if head == "retineri" else OutcomeKind.ARRESTED


def _compatible(outcome: OutcomeKind, chain: _Phrase) -> bool:
    if chain.kind == "anaphor":
        return outcome in _SUSPECT_OUTCOMES
    if outcome is OutcomeKind.PREMISES_SEARCHED:
        return chain.kind == "premises"
    if chain.kind == "premises":
        return False
    if outcome is OutcomeKind.OFFICERS:
        return chain.kind == "officer" or chain.head == "agents"
    if chain.kind == "arrests":
        return outcome is _arrest_kind(chain.head)
    if outcome is OutcomeKind.VICTIMS:
        return chain.kind != "officer" and chain.head not in _NOT_VICTIM
    return chain.head not in _VICTIM_HEADS or outcome is OutcomeKind.ARRESTED
