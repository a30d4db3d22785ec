"""Prison terms: the longest sentence in years a court passed, told apart from terms the law sets,
ages and durations.
"""

from __future__ import annotations

import re

from threadline.extract.alternation import scanned
from threadline.extract.counts.lexicon import _NUM
from threadline.extract.textutil import parse_number

# a ruling writes each number in words as well: "9 (nouă) ani și 6 (șase) luni închisoare"
_IN_WORDS = r"(?:\s*\([a-z -]{2,25}\))?"
_SPAN_YEARS = (
    rf"(?P<y>{_NUM}){_IN_WORDS}(?:\s*-\s*|\s+)(?P<hb>and[\s-]+a[\s-]+half[\s-]+)?(?:years?|ani)"
    rf"(?:\s+and\s+(?P<hm>a half))?(?:,?\s+(?:and\s+|si\s+)?(?P<m>{_NUM}){_IN_WORDS}\s+(?:months?|luni))?"
)
_TERM_IN_YEARS = rf"(?:(?P<range>{_NUM})\s+(?:to|and|-|si|pana la)\s+)?{_SPAN_YEARS}"
_SENTENCE = re.compile(
    _TERM_IN_YEARS
    # "jailed for 18 months", "sentenced to 264 months in federal prison"
    + r"|(?P<mo>\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+months?\b(?!\s+(?:ago|later|earlier|after|before))"
)
# The same where "month" is missing, so that a term in months cannot match: its branch stays, never
# matching, so that the groups are the same. Its "[a-z]+" would otherwise be tried from every letter.
_SENTENCE_IN_YEARS = scanned(_TERM_IN_YEARS + r"|(?P<mo>(?!))")
_SENTENCE_NOUN_AFTER = re.compile(
    # "13 years and six months' imprisonment"
    r"'?\s*(?:in prison|in jail|behind bars|imprisonment|of imprisonment|de inchisoare|de detentie|"
    # a verdict's list: "– 12 ani și 6 luni închisoare"
    r"jail|prison|sentence|term|custodial|inchisoare\b)"
)
_SENTENCE_CUE = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|sentences?|prison|jail|terms?|behind bars|custodial|"
    r"imprisonment|condamnat[aie]?|pedeaps[aă]|pedepse|inchisoare|detentie|penitenciar|"
    r"received|given|handed|serve|serving|got)\b"
)
_SENTENCE_VAGUE = re.compile(
    r"(?:\bup to|\bmaximum(?: of)?|\bmax\.?|\bfaces?|\bfacing|\bcould|\bcan|\bmay|\bnearly|\balmost|"
    r"\babout|\bpana la|\briscă|\brisca|\btotal(?:ling|ing)?(?: of)?|\badding up to|\bcombined|"
    r"\bcumulative|\bbetween|\bsentences? of up to|\bliable to|\bpossible|\bprevede|\bintre|"
    # what the law allows, and the part of a term served before parole
    r"\bmaximum (?:penalty|sentence|term|jail term|prison term)s? of|"
    r"\bpenalty (?:increases |rises )?(?:to|of)|"
    r"\bpunishable by(?: up to)?|\bcarries|\bnon-parole period of|\bminimum (?:term|period) of)"
    r"\s*(?:more than\s+|over\s+)?$"
)
_SENTENCE_AFTER = re.compile(
    r"^\s*(?:in prison|in jail|behind bars|imprisonment|of imprisonment|jail|prison|custodial|"
    r"de inchisoare|de detentie|cu executare|inchisoare|sentence|term|in custody|detention|each|"
    r"and|,|\.|;|for|after|over|$)"
)


# "five years ago", "55-year-old", "a two year investigation" (one word may come between, not more:
# "eight years with a non-parole period of four years" is a term)
_NOT_A_TERM_AFTER = re.compile(
    r"[\s-]*(?:[\w-]+\s+)?(?:ago|old|later|earlier|investigation|period|since|from \d{4}|"
    r"of (?:training|experience|work|study|studies|school|schooling|service))\b"
)


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A later sentence that opens on an earlier date or "in a separate case" and brings someone new with an
# indefinite article tells another case: "In 2021 a car wash owner in Kent was jailed for five years".
# A sentence opening on another time: "In 2019", "by late March 2021", "în anul 2023", "Last year".
_PAST_OPENER = (
    rf"(?:in|by) (?:(?:early|late|mid-?) ?)?(?:{_MONTH} )?(?:19|20)\d\d|in anul (?:19|20)\d\d|"
    r"last year|earlier this year|previously"
)
_OTHER_CASE = re.compile(
    rf"^\W*(?:{_PAST_OPENER}|in {_MONTH}|last month|in (?:an?|another) "
    r"(?:(?:separate|similar|earlier|unrelated|different|other|previous) )?case)\b[^.;]{0,40}?,?\s+"
    r"(?:an?|another|un alt|o alta|alti|alte)\s+(?!(?:jury|judge|court|magistrate|grand|federal|"
    r"judecator|instanta)\b)",
    re.IGNORECASE,
)
# Background told after the case: "Reamintim că, în 2019, …", "…, iar în 2023 DIICOT Iași a trimis …",
# "Last year, …". Victims counted there belong to another case.
_BACKGROUND_CASE = re.compile(
    rf"^\W*(?:reamintim|amintim|anul trecut|{_PAST_OPENER}|"
    r"in (?:an?|another) (?:separate|similar|earlier|unrelated|different|other|previous) case)\b"
    r"|\biar (?:in|din) (?:anul )?(?:19|20)\d\d\b"
)
# A term the law sets, not one a court passed: "trafficking carries a minimum sentence of five years",
# "an offence punishable by two to eight years".
_LAW_TERM = re.compile(
    r"\b(?:carr(?:y|ies|ying)|punishable|punishe[sd]|prescribes?|provides? for|se pedepse\w*)\b[^.;]{0,70}$"
    # what a suspect faces if convicted: "each could face a prison sentence of more than 12 years"
    r"|\b(?:fac(?:e|es|ing)|could (?:get|receive))\b[^.;]{0,60}$"
    # the term a judge would have passed without the guilty plea: "Had you not pleaded guilty, I
    # would have sentenced you to 7 years"
    r"|\bwould (?:have )?(?:sentenced|jailed|imposed|given|passed)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
# "The maximum penalty for causing a person to enter into or remain in forced labour is nine years'"
_LAW_MAXIMUM = re.compile(r"\b(?:maximum|minimum|max)\.? (?:penalty|sentence|term|punishment)\b[^.;]{0,140}$")
# Romanian ages: a person "de N ani", someone who "avea N ani", people "cu vârste între N și M ani"
_AGE_BEFORE_RO = re.compile(
    r"\b(?:(?:fata|fete|fetele|fetei|fiica|fiicei|copil|copii|copilul|minor|minora|minori|minore|tanar|"
    r"tanara|tinere|tineri|baiat|baiatul|baieti|victima|victime|victimele|barbat|barbati|femeie|femei|"
    r"persoana|persoane|fiul|fratele|sora|nepotul|nepoata|eleva|elev|adolescent\w*) de|"
    # "exploatată de la 16 ani" (since the age of 16); "de la 8 ani la 9 ani" keeps the second
    r"de la|avea|aveau|avand|implinise|varsta de|varste (?:de|intre|cuprinse intre)|varsta cuprinsa intre)\s+"
    r"(?:\w+\s+(?:si|-)\s+)?$"
)
# A sentence about terms not passed in this case: "If convicted, …", "Separately, a 2023 investigation …
# were sentenced to …", "In an unrelated case the same week, a court …"
_NOT_PASSED = re.compile(
    r"\W*(?:if (?:convicted|found guilty)|separately|in (?:an?|another) "
    r"(?:separate|unrelated|different|similar) case|daca (?:vor fi|va fi) (?:condamnat|gasit)\w*)\b"
)
# A life sentence passed: the longest term has no number of years ("two get life, two jailed 10 years")
_LIFE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|gets?|got|given|received|handed|imposed|awarded)\b[^.;]{0,80}?"
    r"\blife(?:\s+(?:imprisonment|in prison|sentences?|terms?|behind bars))?\b"
    r"|\b(?:jailed|imprisoned) for life\b|\bcondamnat\w* la (?:inchisoare|detentiune) pe viata\b"
)
_NOT_LIFE_BEFORE = re.compile(
    r"\b(?:maximum|max|up to|carr(?:y|ies|ying)|fac(?:e|es|ing)|could|possible|potential|punishable|"
    r"ranging|minimum)\b"
)


def _not_this_cases_terms(s: str, index: int) -> bool:
    """Whether a sentence's terms belong to another case or were never passed ("If convicted, …")."""
    return bool((index >= 3 and _OTHER_CASE.match(s)) or _NOT_PASSED.match(s))


def life_sentences(s: str, index: int = 0) -> list[tuple[int, int]]:
    """Spans of life sentences passed in a sentence (not the maximum the law allows)."""
    if ("life" not in s and "viata" not in s) or _not_this_cases_terms(s, index):
        return []
    return [m.span() for m in _LIFE.finditer(s) if not _NOT_LIFE_BEFORE.search(m.group())]


# a range of terms one faces ("sentences of eight and six years" were passed; "face between 7 and 15")
_RANGE_AT_RISK = re.compile(r"\b(?:fac(?:e|es|ing)|could|can|may|risks?|riscă|risca|liable)\b[^.;]{0,15}$")
# "sentenced Ms X, whom the prosecution described as the recruiter, to 30 years"
# (a single letter's full stop is an abbreviation's: "sentenced in U.S. District Court to")
_SENTENCED_TO = re.compile(r"\bsentenced\b(?:[^.;]|(?<=\b\w)\.){0,110}\bto\s+$")


# A list of terms under a heading that passes them ("The sentences handed down were:", "The five were
# jailed …:"): each line names a defendant, then a dash or colon, then the term.
_TERMS_LIST_HEADING = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|sentences?|sentencing|terms|condamnat\w*|pedepse\w*)\b[^\n]*:\s*$"
)
_BULLET = re.compile(r"\s*[-*\u2022\u00b7]\s")
_LISTED_TERM_LEAD = re.compile(r"\s*[-*\u2022\u00b7]\s[^\n]{1,160}?(?:\s-|:)\s*$")


def listed_under_terms(folded: str, start: int) -> bool:
    """Whether the bulleted line at `start` sits in a list under a heading that passes prison terms."""
    line_start = folded.rfind("\n", 0, start) + 1
    if folded[line_start:start].strip(" \t-*\u2022\u00b7") or not _BULLET.match(folded, line_start):
        return False
    pos = line_start - 1
    for _ in range(40):  # the heading is at most a few dozen list lines up
        if pos <= 0:
            return False
        above = folded.rfind("\n", 0, pos) + 1
        line = folded[above:pos]
        if line.strip() and not _BULLET.match(line):
            return bool(_TERMS_LIST_HEADING.search(line))
        pos = above - 1
    return False


def _sentence_years(s: str, index: int = 0, listed: bool = False) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    if "year" not in s and "month" not in s and "ani" not in s:
        return out  # every term _SENTENCE reads names years, "ani" or months: no scan needed
    if _not_this_cases_terms(s, index):
        return out
    for m in (_SENTENCE if "month" in s else _SENTENCE_IN_YEARS).finditer(s):
        window = s[max(0, m.start() - 60) : m.start()]
        # "- Dariusz K., 47 - 10 years": the number before the dash is an age, not a range's start
        listed_line = listed and _LISTED_TERM_LEAD.match(s[: m.start("y") if m.group("y") else m.start()])
        after = s[m.end() : m.end() + 30]
        if not (
            _SENTENCE_CUE.search(window)
            or _SENTENCE_NOUN_AFTER.match(after)
            or _SENTENCED_TO.search(s, max(0, m.start() - 130), m.start())
            or listed_line
        ):
            continue
        if m.group("mo"):
            months = parse_number(m.group("mo"))
            # the verb close before the term, or "sentenced today in U.S. District Court in Denver to 188
            # months": the court and the day between the verb and its "to"
            if months is None or not (
                re.search(r"\b(?:jailed|sentenced|imprisoned|condamnat\w*)\b", window[-40:])
                or _SENTENCED_TO.search(s, max(0, m.start() - 130), m.start())
            ):
                continue
            years = months / 12
        else:
            years = parse_number(m.group("y")) or 0
            if m.group("m"):
                years += (parse_number(m.group("m")) or 0) / 12
            if m.group("hm") or m.group("hb"):
                years += 0.5
            first = parse_number(m.group("range")) if m.group("range") and not listed_line else None
            if first is not None and first > years:
                years = first  # "sentences of eight and six years respectively": the longest
        lead = s[max(0, m.start() - 30) : m.start()]
        if _SENTENCE_VAGUE.search(lead) and not m.group("range"):
            continue
        if m.group("range") and _RANGE_AT_RISK.search(lead):
            continue  # "the suspects face between 7 and 15 years": what the law allows
        if _LAW_TERM.search(s[max(0, m.start() - 80) : m.start()]) or _LAW_MAXIMUM.search(
            s, max(0, m.start() - 160), m.start()
        ):
            continue
        if _AGE_BEFORE_RO.search(lead):
            continue  # "fete de 13 ani", "avea 16 ani", "cu vârste între 13 și 16 ani": ages
        if _NOT_A_TERM_AFTER.match(after[:25]) or re.search(
            r"\b(?:over|for the past|for the last|in the last|after|investigation of|operation|"
            r"the following|the next|the previous|the first)\s*$",
            lead,
        ):
            continue
        if re.search(r"\bsuspended\b", s[max(0, m.start() - 15) : m.end() + 25]) or re.match(
            r"\s*(?:de inchisoare|de detentie)?\s*cu suspendare\b", s[m.end() : m.end() + 40]
        ):
            continue  # a suspended sentence is not a prison term
        if not 0 < years <= 60:
            continue
        # three decimals, as annotators write months (6 y 8 m = 6.667; see docs/decisions.md)
        out.append((m.start(), m.end(), round(years, 3)))
    return out


# "jailed for a combined 20 years", "a total of 31 years between them": the sum of several terms
_COMBINED_TERM = re.compile(
    rf"\b(?:combined(?: total of)?|total of|totall?ing)\s+(?:more than\s+|over\s+)?(?P<num>{_NUM})\s+years"
    rf"|\b(?P<num2>{_NUM})\s+years\s+between them\b"
)


def combined_terms(folded: str) -> set[float]:
    """The sums of several people's prison terms a text gives ("jailed for a combined 20 years"); a
    headline that shortens one to "Couple jailed for 20 years" gives no single person's term."""
    if "combined" not in folded and "total" not in folded and "between them" not in folded:
        return set()
    found = set()
    for m in _COMBINED_TERM.finditer(folded):
        value = parse_number(m.group("num") or m.group("num2"))
        if value:
            found.add(float(value))
    return found
