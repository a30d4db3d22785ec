"""Counts told without an outcome verb: a group told apart by gender, an intake form's victims line,
the people a tip describes, officers of several services, "J + 5 other men", one person's story.
"""

from __future__ import annotations

import itertools
import re

from threadline.extract.alternation import gated, scanned
from threadline.extract.boilerplate import Segment
from threadline.extract.counts.lexicon import _FLOOR, _NUM, _VAGUE, EXTRACTOR
from threadline.extract.counts.phrases import _Phrase, _phrases
from threadline.extract.lexicon import demonyms
from threadline.extract.textutil import NUMBER_RE, parse_number
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import OutcomeKind

_MALE_HEADS = r"men|males|boys|barbati|baieti"
_FEMALE_HEADS = r"women|females|girls|femei|fete"
# "11 men and two women", "patru femei si trei barbati": a group told apart by gender
_BREAKDOWN = scanned(
    rf"\b(?P<n1>{NUMBER_RE})\s+(?P<g1>{_MALE_HEADS}|{_FEMALE_HEADS})\b\s*,?\s+(?:and|si)\s+"
    rf"(?P<n2>{NUMBER_RE})\s+(?P<g2>{_MALE_HEADS}|{_FEMALE_HEADS})\b"
)


_GENDER_AND = scanned(rf"\b(?:{_MALE_HEADS}|{_FEMALE_HEADS})\b\s*,?\s+(?:and|si)\s")


def _gender_breakdowns(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """Mentions (kind="breakdown") of a group split by gender: the total and both genders. Whom the
    group is (victims or suspects) is left to the case, which compares the total with its counts."""
    out: list[Mention] = []
    if not _GENDER_AND.search(folded):
        return out  # the number-led pattern is costly to scan; most reports split nobody by gender
    for seg in segments:
        if seg.is_boilerplate:
            continue
        for m in _BREAKDOWN.finditer(folded, seg.start, seg.end):
            first, second = parse_number(m.group("n1")), parse_number(m.group("n2"))
            genders = ["male" if re.fullmatch(_MALE_HEADS, m.group(g)) else "female" for g in ("g1", "g2")]
            if first is None or second is None or genders[0] == genders[1]:
                continue
            attrs = {"genders": genders}
            out.append(Mention("breakdown", m.span(), text[m.start() : m.end()], int(first + second),
                               EXTRACTOR, 0.6, attrs))  # fmt: skip
    return out


# An intake form's line: "Potential victims: 4 (female, Vietnamese)", "Persons referred (potential
# victims): 2", "Workers encountered: 11 men", a border monitor's "No. of persons intercepted: 3"
_FORM_VICTIMS = re.compile(
    # (a log line may open with its clock time: "06:30 Total potential victims of exploitation: 4")
    r"[ \t]*(?:[-*•][ \t]*)?(?:\d{1,2}[:.]\d{2}\s+)?(?:(?:total|number of|no\.? of)\s+)?"
    r"(?:(?:potential|possible|suspected|presumed|identified|likely)\s+)?"
    # "Possible victims named in this call: 5"
    r"(?:victims?(?:\s+(?:identified|rescued|found|safeguarded|referred|encountered|intercepted|named|"
    r"mentioned|disclosed|reported)(?:\s+(?:in|by)\s+(?:this|the)\s+(?:call|report|referral|caller))?"
    r"|\s+of\s+(?:exploitation|trafficking|modern slavery|forced labou?r))?|"
    r"(?:persons?|people|workers|individuals|girls|women|children)\s+(?:referred|of concern|identified|"
    r"rescued|encountered|found|safeguarded|concerned|affected|intercepted)|victime(?: identificate)?|"
    r"persoane (?:vatamate|identificate|salvate))"
    r"(?:\s*\([^)\n]{1,30}\))?\s*:\s*"
    rf"(?:(?:approx\.?|about|around|at least)\s+)?(?P<num>{NUMBER_RE})\b(?!\s*(?:[:.]\d|%|years?\b)|-year)"
)


_FORM_HEADING = re.compile(
    r"[ \t]*(?:(?:potential|possible|suspected|presumed)\s+)?(?:victims?|persons?|people|workers|individuals)"
    r"(?:\s+(?:concerned|affected|of concern|referred|identified))?\s*:?\s*$"
)
_COUNTED_UNDER_HEADING = re.compile(
    rf"[ \t]*(?:[-*•][ \t]*)?(?P<num>{NUMBER_RE})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:nationals|people|persons|men|women|workers|girls|boys|children|victims|females|males|adults|minors)\b"
)


def _form_victims(
    text: str, folded: str, start: int, end: int, index: int, heading: tuple[int, int] | None = None
) -> list[Mention]:
    """The victims an intake form's line counts ("Potential victims: 4", or under a heading of its own:
    "PERSONS CONCERNED" then "8 Myanmar nationals (5 female, 3 male)"); `heading` is the segment before."""
    if heading is not None and _FORM_HEADING.fullmatch(folded, *heading):
        under = _COUNTED_UNDER_HEADING.match(folded, start, end)
        if under is not None and (value := parse_number(under.group("num"))):
            attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index}
            a, b = under.span("num")
            return [Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.6, attrs)]
    form = _FORM_VICTIMS.match(folded, start, end) if ":" in folded[start:end] else None
    if form is None or not (value := parse_number(form.group("num"))):
        return []
    attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index}
    a, b = form.span("num")
    return [Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.6, attrs)]


# Tips and call notes describe the exploited people without any rescue verb: "14 adult men living at
# the property", "there is 5 worker there … they work from 8 morning until 9 night". Such a group
# counts the victims only when nothing else in the report does (`summarise_counts`). Sharing a room
# or a bathroom is no cue: the people sharing are often more than the victims.
_DESCRIBED_HEADS = frozenset(
    {"workers", "worker", "men", "women", "people", "persons", "girls", "boys", "labourers",
     "laborers", "crew", "fishermen", "passengers", "females", "males", "adults", "migrants", "nationals",
     "farmworkers", "farm workers", "farmhands", "youths", "teenagers", "employees", "staff",
     # trades: "At least 410 porters, all men, … worked night shifts of up to eleven hours"
     "porters", "pickers", "packers", "cleaners", "carers", "maids", "cooks", "drivers", "couriers",
     "seafarers", "deckhands", "fishers", "herders", "miners", "builders"}
)  # fmt: skip
_CONDITIONS = gated(
    r"\b(?:liv(?:e|es|ing)|crammed|housed|present|"
    r"hours? a day|hours? every day|no (?:day|days) off|(?:un|not |never |without )paid|without pay|"
    r"passports?|locked in)\b"
    r"|\bwork(?:s|ing|ed)?\b[^.;]{0,40}\b(?:hours?|until|from dawn|every day|7 days|seven days|no pay)\b"
)
_WITH_BEFORE = re.compile(r"\bwith\s+$")  # "lived in a trailer with nine men": others beside the one
# "An estimated 300,000 to 700,000 live-in carers … work in German households": a national estimate
_ESTIMATE_BEFORE = re.compile(r"\b(?:estimated|estimates?|some)\s+(?:[\d.,]+\s+(?:to|-|–|and)\s+)?$")
_EACH_AFTER = re.compile(r"[^.;,]{0,30}\b(?:in each|per|each)\b")


def _part_or_share(s: str, p: _Phrase) -> bool:
    """Whether a number phrase in folded sentence `s` is part of a group ("nine of the workers"), more
    of one ("he and 21 other men", "a further six"), an estimate, or a share ("five men sleep in each
    bedroom"), not a group of its own."""
    return bool(
        p.subset
        or p.additive
        or p.whole
        or " of " in s[p.start : p.end]
        or _WITH_BEFORE.search(s, 0, p.start)
        or _ESTIMATE_BEFORE.search(s, max(0, p.start - 40), p.start)
        or (p.hedge and re.fullmatch(_VAGUE, p.hedge))
        or _EACH_AFTER.match(s, p.end)
    )


def _already_counted(start: int, p: _Phrase, told: list[Mention]) -> bool:
    """Whether the sentence (starting at `start`) already counted the phrase for what was done to the
    people ("arrested four people")."""
    return any(m.span[0] < start + p.end and start + p.start < m.span[1] for m in told)


def _described_victims(
    text: str, folded: str, start: int, end: int, index: int, told: list[Mention]
) -> list[Mention]:
    """A group of people whose living or working conditions the sentence describes (a fallback)."""
    s = folded[start:end]
    if not _CONDITIONS.search(s):
        return []
    out = []
    for p in _phrases(s, text[start:end]):
        if p.kind != "person" or p.head not in _DESCRIBED_HEADS or p.value < 2:
            continue
        if _part_or_share(s, p) or _already_counted(start, p, told):
            continue
        attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index, "described": True}
        a, b = start + p.start, start + p.end
        out.append(Mention("count", (a, b), text[a:b], int(p.value), EXTRACTOR, 0.4, attrs))
        break
    return out


# Officers of several services counted together: "more than 60 federal and state agents", "150
# police and gendarmerie officers", "40 AFP and Australian Border Force (ABF) officers", "60 deputies,
# detectives and federal agents". The words between the number and the noun must all name services
# or officers, so "12 Romanian women and 40 officers" is not read as 12 officers.
_OFFICER_MOD = (
    r"(?:(?-i:[A-Z][\w'’&-]*)|\((?-i:[A-Z]{2,6})\)|federal|state|local|police|law|enforcement|gendarmerie|"
    r"border|immigration|labou?r|customs|army|military|county|city|municipal|provincial|regional|national|"
    r"special|tactical|uniformed|armed|sheriff['’]s|deputies|detectives|agents|officers|troopers|and)"
)
_OFFICER_LIST_HEADS = r"officers|agents|personnel|deputies|troopers|investigators|detectives|gendarmes"
_OFFICER_LIST = re.compile(
    rf"(?<![\w.,-])(?<!\d:)(?:(?P<hedge>{_FLOOR})\s+)?(?P<num>{_NUM})\s+(?P<mods>(?:{_OFFICER_MOD},?\s+){{1,8}}?)"
    rf"(?P<head>{_OFFICER_LIST_HEADS})\b",
    re.IGNORECASE,
)
_OFFICER_HEAD_WORD = gated(rf"(?:{_OFFICER_LIST_HEADS})\b")
_VAGUE_BEFORE = re.compile(rf"\b(?:{_VAGUE})\s+$", re.IGNORECASE)


def _officer_lists(text: str, start: int, end: int, index: int) -> list[Mention]:
    out = []
    for m in _OFFICER_LIST.finditer(text, start, end):
        mods = m.group("mods").lower()
        if " and " not in f" {mods}" and "," not in mods:
            continue  # one service's officers: the general counter reads those
        value = parse_number(m.group("num").lower())
        if not value or value < 2 or _VAGUE_BEFORE.search(text, max(start, m.start() - 25), m.start()):
            continue  # "about 200 police and army officers": an estimate (see _VAGUE)
        attrs = {"counts": OutcomeKind.OFFICERS.value, "sentence": index}
        a, b = m.span("num")
        out.append(Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.5, attrs))
    return out


# A note's "J + 5 other men from Tanna, all on PALM visas": the one told of and the others; "=> 4 men
# in total". Described counts: the victims only when nothing else counts them, and never where suspects
# are dealt with. Those a victim lives "with" are left out: five of our notes had one victim sharing a
# room with others whom the annotators did not count.
_PEOPLE_HEADS = r"(?:men|boys|women|girls|workers|people|persons|lads|labourers|laborers|victims)"
_WITH_OTHERS = re.compile(rf"(?:\+|\band) (?P<num>{NUMBER_RE}) other (?:[\w-]+ ){{0,2}}?{_PEOPLE_HEADS}\b")
_IN_TOTAL = re.compile(rf"\b(?P<num>{NUMBER_RE}) (?:[\w-]+ )?{_PEOPLE_HEADS} in total\b")
_SUSPECT_VERBS = re.compile(r"\b(?:arrest|charg|convict|sentenc|detain|jail|suspect|accused|defendant)")
_WITH_OTHERS_CUE = re.compile(
    r"\b(?:sleep|slept|liv|arriv|visas?\b|work|shar|stay)"
    # a tip about the writer's kin "and 6 other boys": the kin and the others are the ones held
    r"|\bmy (?:[a-z]+ )?(?:brother|sister|son|daughter|cousin|husband|wife|nephew|niece|friend)\b"
    r"|\b(?:he|she) and \S+ other\b"
)
# broken English sums a note's people up front: "total 7 person"
_TOTAL_FIRST = re.compile(
    rf"(?<!\ba )(?<!\bthe )\b(?:total|in total|altogether)(?: of)?:? (?P<num>{NUMBER_RE}) (?:[\w-]+ )?"
    rf"(?:{_PEOPLE_HEADS}|person)\b"
)


def _others_and_totals(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    s = folded[start:end]
    if _SUSPECT_VERBS.search(s):
        return []
    found: list[tuple[re.Match[str], int]] = []  # the number and how many people it makes
    if _WITH_OTHERS_CUE.search(s):
        found += [(m, int(v) + 1) for m in _WITH_OTHERS.finditer(s) if (v := parse_number(m.group("num")))]
    found += [(m, int(v)) for m in _IN_TOTAL.finditer(s) if (v := parse_number(m.group("num"))) and v >= 2]
    found += [(m, int(v)) for m in _TOTAL_FIRST.finditer(s) if (v := parse_number(m.group("num"))) and v >= 2]
    out = []
    for m, value in found:
        attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index, "described": True}
        a, b = start + m.start("num"), start + m.end("num")
        out.append(Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.4, attrs))
    return out


# The first group of people the report brings in ("nine Egyptian fishermen said they had not been
# paid", "Six Mexican men came to our office", "a group of six men from Vanuatu"): the victims' count
# of last resort, used only when no sentence counts victims in any other way (`summarise_counts`).
# Saying nothing is always wrong where the gold has a count; a wrong count costs one false fact more,
# so this pays when right more than about 45 % of the time: about three in four where it fired on the
# own sets, barely more than half on the held-out ones (docs/decisions.md, forty-eighth session).
_INTRODUCED_HEADS = _DESCRIBED_HEADS | {"children", "victims", "survivors", "minors"}
# more words of the accused: "found the two men guilty", "released five men on bail", "five men
# believed to be connected to …"
_ACCUSED_WORDS = re.compile(
    r"\b(?:guilty|acquitt|pleaded|pled|indict|bail\b|custody|remand|questioning"
    r"|(?:connected|linked) to\b|involved in\b|behind the\b|responsible for\b)"
)
_OTHERS_WORD = re.compile(r"\b(?:other|others|more|further|another)\b")
# a guess, a part of a larger group, the employer's household or kin: "3 or 4 girls", "maybe 9 people",
# "the other two women", "their three children", "a household of eleven people", "an employer of two"
_GUESS_BEFORE = re.compile(
    r"\b(?:maybe|like|perhaps|probably|or|other|their|his|her"
    r"|instead of|(?:household|family|employer|owner) of)\s+$"
)
# the people before an active verb with an object of its own did it: "three men trafficked women",
# not "23 women trafficked to Leeds" (a reduced relative: the victims)
_AGENTS_OF = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:trafficked|recruited|lured|exploited|forced|smuggled|controlled|ran|kept|held|"
    r"employed|hired|sold|abused|raped|beat|threatened|made|ordered|brought|took|moved|transported|"
    r"groomed|targeted|coerced|deceived|tricked|offered|promised|paid|housed)\s+"
    r"(?!(?:to|into|from|in|at|by|on|for|as|under|back|across|through|over|out|away|off|via|with)\b)[a-z]"
)
# more groups listed after the first: "fifteen Indonesian men, six from the Philippines and two from
# Vietnam", "nine men and two women", "eight Indian nationals (all from Kerala), three …"
_LIST_GAP = re.compile(
    r"(?:\s*\([^)]*\)|\s+(?:from|of|in|aged)\b[^,;.()\d]{0,30})?\s*(?:,\s*(?:(?:and|si)\s+)?|\s+(?:and|si)\s+)"
)


def _introduced_group(
    text: str, folded: str, start: int, end: int, index: int, told: list[Mention]
) -> list[Mention]:
    s = folded[start:end]
    if _SUSPECT_VERBS.search(s) or _ACCUSED_WORDS.search(s):
        return []  # "two men were arrested", "found the two men guilty": the accused, not the victims
    phrases = _phrases(s, text[start:end])
    for position, p in enumerate(phrases):
        if p.kind != "person" or p.value < 2:
            continue
        if p.head not in _INTRODUCED_HEADS and p.head not in demonyms():
            continue
        words = s[p.start : p.end]
        if (
            _part_or_share(s, p)
            or _already_counted(start, p, told)
            or p.ordinal
            or p.head not in words  # "both", "he is 24 year": no people named
            or _OTHERS_WORD.search(words)
            or _GUESS_BEFORE.search(s, max(0, p.start - 20), p.start)
            or _AGENTS_OF.match(s, p.end)
        ):
            continue
        parts = _listed_after(s, phrases[position:])
        if words.startswith("both ") and s.startswith(" and ", p.end):
            continue  # "both men and women": kinds of people, not two
        value = int(p.value) if sum(parts) == p.value else int(p.value + sum(parts))
        attrs = {
            "counts": OutcomeKind.VICTIMS.value,
            "sentence": index,
            "described": True,
            "introduced": True,
        }
        a, b = start + p.start, start + p.end
        return [Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.3, attrs)]
    return []


def _listed_after(s: str, phrases: list[_Phrase]) -> list[float]:
    """The numbers of the groups listed right after the first of `phrases` (its parts, or more)."""
    parts: list[float] = []
    for before, after in itertools.pairwise(phrases):
        listed = after.kind in ("person", "bare", "singular")
        if not listed or not _LIST_GAP.fullmatch(s, before.end, after.start):
            break
        parts.append(after.value)
    return parts


# A case study or an intake form about one exploited person: "Elena (not her real name) answered an
# advert…", "Person of concern: …". One victim, counted only when nothing else counts any.
_ONE_PERSON_STORY = gated(
    r"\bnot (?:her|his) real name\b|\bname (?:has been |was )?changed\b|"
    r"\bpseudonym\b|\b(?:her|his) name\b[^.\n]{0,40}\b(?:has been|had been|was|is|been) changed\b|"
    r"\bnames? [^.\n]{0,40}\bchanged\b[^.\n]{0,30}\bprotect\b[^.\n]{0,30}"
    r"\b(?:woman|man|girl|boy|worker|person|survivor|client|young person|child)\b(?!s)|"
    r"^[ \t]*(?:[-*•][ \t]*)?(?:person (?:of concern|concerned|referred)|about the worker|"
    r"potential victim(?!s|\(s\)|'s)|caller (?:type|relationship)\s*:\s*(?:potential victim|pv)\b)",
    re.MULTILINE,
)
_ONE_OF_MANY = re.compile(r"\bone of\b")
# "Chiedza – not her real name – was one of 17 care workers whom the GLAA found": the group she is in
_ONE_OF_GROUP = re.compile(
    rf"\bone of (?:the )?(?P<num>{NUMBER_RE}) (?:[\w-]+ ){{0,3}}?(?:workers|women|men|girls|boys|people|"
    r"victims|children|survivors|migrants|labourers|laborers|fishermen|teenagers|nationals)\b"
)


def _one_person_story(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """One victim (a described count) where the first case segment with a story cue is about one
    person and does not make them one of a group."""
    if not _ONE_PERSON_STORY.search(folded):
        return []  # most reports have none: one scan of the whole text
    for index, seg in enumerate(segments):
        if seg.is_boilerplate:
            continue
        cue = _ONE_PERSON_STORY.search(folded, seg.start, seg.end)
        if cue is None:
            continue
        (a, b), value = cue.span(), 1.0
        if _ONE_OF_MANY.search(folded, seg.start, seg.end):
            group = _ONE_OF_GROUP.search(folded, seg.start, seg.end)
            value = (parse_number(group.group("num")) if group else None) or 0.0
            if group is None or value < 2:
                return []
            a, b = group.span("num")
        attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index, "described": True, "story": True}
        return [Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.3, attrs)]
    return []


# A report about one exploited person, told of again and again as "the woman", "the victim", "victima"
# ("keeping a Filipino woman in servitude … the woman, 44, … the woman's passport"): one victim, counted
# only when nothing else counts any. A mention just before an outcome verb is a suspect's
# ("the woman was charged"), not the victim's.
_ONE_VICTIM_EN = re.compile(
    r"\bthe (?:\d+-year-old )?(?:young )?(?:woman|girl|victim|teenager|survivor|worker|domestic worker|"
    r"complainant|maid|nanny|boy|helper|domestic helper)\b(?!s\b|s['’]|['’]s\s+(?:husband|boyfriend|partner))"
)
# Romanian articled nouns, folded: a longer text names its one victim in more ways, so one more is asked
_ONE_VICTIM_RO = re.compile(
    r"\b(?:victima|victimei|femeia|femeii|tanara|tinerei|fata|minora|minorei|adolescenta|minorul|baiatul|tanarul)\b"
)
_ONE_VICTIM_LEAST = ((_ONE_VICTIM_EN, 3), (_ONE_VICTIM_RO, 4))
_THEN_OUTCOME = re.compile(
    r"[^.;]{0,40}?\b(?:arrested|charged|convicted|jailed|sentenced|pleaded|accused|detained|retinut|arestat|"
    r"condamnat|trimis)"
)


def _one_victim_told_of(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """One victim (a described count, after any story) where the case segments keep referring to one
    exploited person by a victim's noun."""
    for pattern, least in _ONE_VICTIM_LEAST:
        found = [
            (index, m)
            for index, seg in enumerate(segments)
            if not seg.is_boilerplate
            for m in pattern.finditer(folded, seg.start, seg.end)
            if not _THEN_OUTCOME.match(folded, m.end(), seg.end)
        ]
        if len(found) >= least:
            index, first = found[0]
            attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index, "described": True, "story": True}
            a, b = first.span()
            return [Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.2, attrs)]
    return []
