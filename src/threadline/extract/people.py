"""People named in a text and the part each plays (suspect, victim, official, …).

A name's role is decided over all its mentions: news reports name a defendant in full once
("Defrim Paci, 42, of Sutton-in-Ashfield") and later by surname ("Paci was jailed"), and the
decisive cue may sit in either sentence. Cues come per mention (see `english_person` and
`romanian.py`) as counts; `assign_roles` clusters mentions by name and decides.

Order of evidence, strongest first: a title or office (officials never become suspects because a
sentence they speak in mentions arrests), then suspect cues, then victim cues.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from threadline.extract.lexicon import role_cues, strip_accents
from threadline.extract.textutil import QUOTED_NICKNAME, WEEKDAYS, doc_text
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import Role

EXTRACTOR = "people:en"

# (not a day of a dateline: "KOTA KINABALU, 9 Sept 2025 –")
_AGE_AFTER = re.compile(
    r"^\s*(?:,\s*|\(\s*)(\d{1,2})\s*(?:[,;]|\)|\.(?!\d)|$|\s)"
    r"(?!\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b)"
)
_AGE_BEFORE = re.compile(r"(\d{1,2})[- ]year[- ]old\s*$")
_TRIM = re.compile(r"^[\s\"'“”‘’(]+|[\s\"'“”‘’),.;:]+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_APPOSITION = frozenset(
    {"under", "in", "of", "for", "who", "which", "that", "and", "but", "with", "at", "on", "from",
     "to", "by", "after", "before", "while", "when", "said", "says", "told", "was", "were", "is",
     "are", "had", "has", "have", "also", "then", "as", "where", "whose", "whom", "according"}
)  # fmt: skip
_BUSINESS_WORDS = frozenset(
    {"nails", "salon", "spa", "ltd", "limited", "inc", "llc", "plc", "gmbh", "srl", "services",
     "enterprises", "enterprise", "agency", "group", "company", "corp", "corporation", "farms",
     "harvesting", "connect", "international", "global", "recruitment", "consultancy", "logistics",
     "holdings", "trading", "solutions", "restaurant", "takeaway", "hotel", "motel", "carwash", "wash",
     # a force or an administrative unit the NER called a person ("Athy Garda", "X Sub Metropolis")
     "garda", "gardaí", "police", "constabulary", "metropolis", "municipality", "sub-metropolis",
     # an operation, a club or a police unit the NER called a person ("Project Wrigg", "Club 417")
     "project", "operation", "club", "detachment", "squad", "taskforce",
     # a photo credit ("Getty Images") or an Irish county ("Co Westmeath") the NER called a person
     "images", "co",
     # an office or a force in Spanish, Portuguese or Italian ("Oficina de Prensa", "Polícia Federal")
     "oficina", "prensa", "policía", "policia", "polícia", "polizia", "guardia", "comisaría", "jefatura",
     "ufficio", "questura", "brigada", "ministerio", "ministério", "fiscalía", "procura"}
)  # fmt: skip
# Who wrote or photographed the page is no one in the case: "By Jane Doe" on a line of its own,
# "Jane Doe/AFP", "Photo: Jane Doe".
_CREDIT_BEFORE = re.compile(
    # a dated byline too: "date 2021-04-23 By Jane Doe", "April 23, 2021 by Jane Doe"
    r"(?:^|\n)[ \t]*(?:(?:date[ \t]+)?\d{4}-\d\d-\d\d[ \t]+|[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]+)?"
    r"(?:by|words by|written by|reported by|story by)[ \t]+$"
    r"|\b(?:photo|photograph|picture|image|credit|photos)(?:[ \t]+by)?[ \t]*[:|]?[ \t]*$"
    # a news site's "Source: Jane Doe, Contributor"
    r"|(?:^|\n)[ \t]*source[ \t]*:[ \t]*$"
    # the outlet after a headline: "… arrests four suspects in Kano | Jane Doe News"
    r"|[ \t]\|[ \t]*$",
    re.IGNORECASE,
)
# "the police-run newspaper An Ninh Thu Do said": a publication the NER called a person
_PUBLICATION_BEFORE = re.compile(
    r"\b(?:newspaper|daily|tabloid|broadcaster|magazine|news (?:agency|site|portal|outlet|channel|website))"
    r"[ \t]+$",
    re.IGNORECASE,
)
# a wire service's credits: "(Reporting by Jane Doe; Editing by John Roe)"
# ("Reporting by Jane Doe | Edited by John Roe" on a news site)
_WIRE_CREDIT = re.compile(
    r"\b(?:reporting|editing|writing|edited|written|reported|additional reporting)[ \t]+by[ \t]+$",
    re.IGNORECASE,
)
# (a caption in brackets ends with its credit: "[… Photo: Hertfordshire Newsdesk]")
_CREDIT_AFTER = re.compile(r"[ \t]*(?:\n|$|[\])][ \t]*(?:\n|$)|[|,–—/-][^\n]{0,60}(?:\n|$))")
# A line that starts with the name and ends with an outlet or a date is a byline: "Jane Doe - The
# Daily Star", "Jane Doe 15 May 2019".
_BYLINE_REST = re.compile(
    r"[ \t]*(?:[|–—/-][ \t]*[^\n]{0,50}\b(?:Star|Times|Post|News|Herald|Tribune|Inquirer|Gazette|Journal"
    r"|Daily|Mail|Guardian|Telegraph|Express|Mirror|Independent|Chronicle|Reuters|AFP|Press|Online"
    r"|Standard|Observer|Correspondent|Reporter|Editor)\b[^\n]{0,20}"
    r"|[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)[ \t,]+\d{4}[^\n]{0,12})[ \t]*(?:\n|$)"
)
# A byline naming one or more writers: "By Sophie Laurent and Chan Dara | 3 August 2025", "By Jane
# Doe | Translated from Spanish | Published …": a short line of names, then maybe an outlet, a place
# or a date.
_NAME_WORDS = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}"
_WRITERS_LINE = re.compile(
    rf"[ \t]*(?:By|BY|Words by|Written by|Reported by|Text by)[ \t]+(?P<names>{_NAME_WORDS}"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_NAME_WORDS})*)"
    r"(?:[ \t]*(?:[|–—/]|,(?=[ \t]*(?:[A-Z0-9]|with\b)))[^\n]*)?[ \t]*"
)
_AGENCY_CREDIT = re.compile(r"[ \t]*/[ \t]*(?:AFP|AP|Reuters|Getty|EPA|PA|Xinhua|Anadolu)\b")
# "one of the workers, Hasan X, 20": named in apposition to the exploited
_ONE_OF_THE_EXPLOITED = re.compile(
    r"\bone of the (?:victims|survivors|workers|labou?rers|fishermen|crew(?: members)?|women|girls|"
    r"boys|children|migrants)\s*,\s*$",
    re.IGNORECASE,
)
# sanctions only an offender receives: "was issued a slavery and trafficking risk order", "were
# ordered to compensate the workers"
_SANCTION = re.compile(
    r"\b(?:(?:prevention|risk|confiscation|compensation|restriction) orders?|STPOs?|STROs?"
    r"|ordered to (?:pay|compensate|repay|forfeit))\b",
    re.IGNORECASE,
)
# South Asian police wording: a case (an FIR) registered against the accused
_CASE_AGAINST = re.compile(
    r"\b(?:case|cases|fir|firs|complaint|first information report)\b[^.;]{0,40}?\b(?:registered|lodged|filed)"
    r"\s+against\b[^.;]{0,80}$"
    # the verb first: "directed the police to register a case against the kiln owner, X"
    r"|\b(?:register|registered|registering|lodge|lodged|file|filed|book|booked)\s+(?:an?\s+)?"
    r"(?:case|cases|fir|complaint|first information report)\s+against\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# "They have been named locally as X and Y", "Court documents name the pair as X and Y": people named
# after a sentence that told what happened to them, under a pronoun or "the pair"
_THOSE = r"the (?:pair|couple|trio|two|three|four|men|women|suspects|defendants|accused)"
_NAMED_AS = re.compile(
    rf"(?:\b(?:they|he|she|both|{_THOSE})\s+(?:(?:have|has|had)\s+)?(?:been\s+|were\s+|was\s+)named"
    rf"|\bnamed?\s+(?:{_THOSE}|them|him|her))"
    r"\s+(?:locally\s+|publicly\s+|in court\s+)?as\s+[^.;]{0,80}$",
    re.IGNORECASE,
)
# "They include the clinic owner, X, …", "Among those arrested are X and Y": a sentence that lists who
# the sentence before was about
_LIST_OPENER = re.compile(
    r"^\W*(?:(?:they|these|those(?: (?:arrested|detained|charged|held|accused))?|both(?: men| women)?|"
    r"the (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|pair|couple|trio|duo)"
    r"(?: (?:men|women|suspects|accused|defendants))?)\s+"
    r"(?:include[sd]?|are|were|(?:(?:were|have been|had been)\s+)?(?:named|identified)\s+as)|"
    r"among (?:them|those (?:arrested|detained|charged|held))\s+(?:is|are|was|were))\b",
    re.IGNORECASE,
)
_HELD_LEMMAS = frozenset({"arrest", "detain", "charge", "apprehend", "indict", "nab", "remand"})
_SUSPECT_TITLES = frozenset(
    {"smuggler", "trafficker", "accused", "suspect", "pimp", "broker", "recruiter", "gangmaster",
     "ringleader", "kingpin", "mastermind", "arrestee", "defendant", "employer", "employers"}
)  # fmt: skip
# words inside multi-word titles: "Superintendent of Police", "Special Agent in Charge"
_TITLE_JOINERS = frozenset({"of", "in", "charge", "the", "general"})
_RESCUE_VERBS = frozenset({"rescue", "free", "liberate", "safeguard", "save"})
_GENDER_WORDS = {
    "man": "male", "men": "male", "boy": "male", "father": "male", "husband": "male",
    "brother": "male", "son": "male", "woman": "female", "women": "female", "girl": "female",
    "mother": "female", "wife": "female", "sister": "female", "daughter": "female",
}  # fmt: skip


# words that open a time before a weekday ("On Thursday"); a weekday alone may be a given name ("Friday")
_TIME_OPENERS = frozenset({"On", "Last", "Next", "This", "By", "Since", "Until", "From", "Early", "Late"})
_LEADING_NOT_NAME = frozenset({"dr", "prof", "sir", "defending", "prosecuting", "representing"})


def _day_phrase(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and words[0] in _TIME_OPENERS and words[1] in WEEKDAYS


def clean_name(raw: str) -> tuple[str, list[str]]:
    """Strip quotes, possessives and leading titles; return (name, the title words removed)."""
    cues = role_cues()["en"]
    titles = cues["official_titles"] | cues["honorifics_male"] | cues["honorifics_female"]
    name = _TRIM.sub("", " ".join(raw.split()))
    name = QUOTED_NICKNAME.sub("", name)  # 'Benigno "Benny" Soriano' is Benigno Soriano
    name = _POSSESSIVE.sub("", name).strip()
    name = re.sub(r"\s+et\.? al\.?$", "", name)  # "Patricio et al.": a case's caption
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # a caption line and the line below both start with the name
    removed: list[str] = []
    # "Defending Mr X, Y said": counsel's word before the client's name
    while len(words) > 1 and words[0].lower().rstrip(".") in titles | _LEADING_NOT_NAME:
        removed.append(words.pop(0).lower().rstrip("."))
    return " ".join(words), removed


def _tokens_lower(span: SpacySpan) -> list[str]:
    return [t.lower_ for t in span]


@lru_cache(maxsize=1)
def _title_run_words() -> frozenset[str]:
    """Words that may stand in the run of a title before a name ("Special Agent in Charge X")."""
    cues = role_cues()["en"]
    return frozenset(
        cues["official_titles"] | cues["honorifics_male"] | cues["honorifics_female"] | _TITLE_JOINERS
    )


def is_business_name(name: str) -> bool:
    """A business, an operation or a unit the NER or a name pattern took for a person."""
    return bool({w.lower().strip(".,") for w in name.split()} & _BUSINESS_WORDS)


def _alone_on_its_line(ent: SpacySpan) -> bool:
    """Whether the name fills its line: "John Wood" under a headline is the page's author."""
    doc = ent.doc
    last = doc[ent.end - 1]
    broken_after = (
        ent.end == len(doc)
        or "\n" in last.whitespace_
        or (doc[ent.end].is_space and "\n" in doc[ent.end].text)
    )
    if ent.start == 0:
        # the page's first line is its headline, unless the name fills it: an outlet's masthead
        return broken_after and ent.end < len(doc)
    before = doc[ent.start - 1]
    # spaCy keeps a line break as trailing whitespace or as a token of its own
    broken_before = "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)
    return broken_before and broken_after


_GLUED = re.compile(r"[a-z]{4,}[A-Z]")
_STAFF_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})?[ \t]*,[ \t]*"
    r"(?:[A-Z][\w'’-]+[ \t]+){0,2}(?:Staff[ \t]+)?(?:Writers?|Reporters?|Correspondents?)"
)


def _name_end(ent: SpacySpan) -> int:
    """Where the name ends: the NER sometimes runs on past a dash ("Rey Cruz - The")."""
    dash = re.search(r"\s[-–—|](?:\s|$)", ent.text)
    return ent.start_char + dash.start() if dash else ent.end_char


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "whose"})


def _possessive(word: str) -> bool:
    return word in _POSSESSIVES or word.endswith(("'s", "’s"))


# titles that make someone an official unless they are a business's ("its director"); a defendant's
# barrister or solicitor stays counsel
_BUSINESS_TITLES = frozenset(
    {"director", "manager", "owner", "boss", "supervisor", "chairman", "ceo", "head"}
)


def _coordinated_titles(ent: SpacySpan, titles: frozenset[str] | None = None) -> set[str]:
    """The title of the name coordinated just before this one: "Assistant U.S. Attorneys Jane Roe and
    John Doe", "Detectives Ann Lee and Tom Bell" — the second shares the first's title (official
    titles unless `titles` names others)."""
    doc = ent.doc
    i = ent.start - 1
    if i < 1 or doc[i].lower_ != "and":
        return set()
    previous = next((e for e in doc.ents if e.end == i and e.label_ == "PERSON"), None)
    if previous is None:
        return set()
    _name, removed = clean_name(previous.text)
    before = [t.lower_.rstrip(".") for t in doc[max(0, previous.start - 3) : previous.start]]
    before = [w for w in before if w.isalpha()]
    if titles is None:
        titles = role_cues()["en"]["official_titles"]
    return {w for w in [*removed, *before[-2:]] if w in titles}


# "the labour agent, Bhagaban Sahu", "a recruitment agent": an agent of a trade, not of the law
_TRADE_BEFORE_AGENT = frozenset(
    {"labour", "labor", "recruitment", "recruiting", "travel", "employment", "manpower", "placement", "job",
     "visa", "marriage", "modelling", "modeling", "talent", "shipping", "manning", "sub"}
)  # fmt: skip


def _without_trade_agents(words: set[str], context: list[str]) -> set[str]:
    """Title words less "agent" where a trade's word stands before it in `context`."""
    for i, word in enumerate(context):
        if word in ("agent", "agents") and i > 0 and context[i - 1] in _TRADE_BEFORE_AGENT:
            return words - {"agent", "agents"}
    return words


def english_person(ent: SpacySpan, offset: int) -> Mention | None:
    """A person mention with role cues, age and gender read from its sentence."""
    cues = role_cues()["en"]
    name, removed = clean_name(ent.text)
    if not name or not any(c.isalpha() for c in name) or len(name) > 60:
        return None
    if _GLUED.search(name):
        return None  # "Star WritersAfter": two words run together by a lost line break, not a name
    if not name[0].isupper():
        return None
    if is_business_name(name):
        return None  # "Gorgeous Nails", "Global Connect": a business the NER called a person
    if _day_phrase(name):
        return None  # "On Thursday, Osaze Igbinedion (41) …": a time, not a name
    sent = ent.sent
    doc = ent.doc
    if _alone_on_its_line(ent):
        # a byline or a caption: the sentence the parser joined it to says nothing about the person
        attributes: dict[str, object] = {"cues": {"alone_on_line": 1}}
        return Mention("person", (ent.start_char + offset, ent.end_char + offset), ent.text, name,
                       EXTRACTOR, 0.7, attributes)  # fmt: skip
    counts: dict[str, int] = defaultdict(int)
    gender: str | None = None
    age: int | None = None

    # Titles right before or inside the name ("Detective Inspector X", "NBI Agent X", "DI X").
    # the parser may end a sentence after an abbreviated title ("… led by Atty. | Dennis Reyes")
    reach = sent.start
    if sent.start == ent.start and ent.start > 0 and doc[ent.start - 1].text == ".":
        reach = max(0, ent.start - 4)
    before = list(doc[max(reach, ent.start - 4) : ent.start])
    # a title never runs across a line break ("Photograph: Police handout" above a caption)
    breaks = [i for i, t in enumerate(before) if "\n" in t.text or "\n" in t.whitespace_]
    if breaks:
        before = before[breaks[-1] + 1 :]
    # punctuation skipped: "Deputy Superintendent of Police (DSP) Mrs X" keeps its title
    before = [t for t in before if not t.is_punct]
    before_words = [t.lower_.rstrip(".") for t in before]
    # only the run of title words right before the name: "Police arrested X" gives X no title
    adjacent: list[str] = []
    for tok, word in zip(reversed(before[-3:]), reversed(before_words[-3:]), strict=True):
        if word not in _title_run_words() and not (tok.text.isupper() and len(tok.text) <= 5):
            break  # an acronym may sit between a title and the name: "Superintendent (DSP) X"
        adjacent.append(word)
    title_words = _without_trade_agents(set(removed) | set(adjacent) | _coordinated_titles(ent), before_words)
    # "its director, X", "the firm's manager X": someone's employee, not an official
    owner = before_words[-len(adjacent) - 1] if len(before_words) > len(adjacent) else ""
    owned = _possessive(owner) and bool(title_words & _BUSINESS_TITLES)
    if title_words & cues["official_titles"] and not owned:
        counts["official"] += 2
    # "… from employer. Salary arrears …": a full stop ends the title's reach
    stopped = ent.start > 0 and doc[ent.start - 1].text == "."
    titled = (bool(before_words) and before_words[-1] in _SUSPECT_TITLES and not stopped) or bool(
        _coordinated_titles(ent, _SUSPECT_TITLES)
    )
    if ent.kb_id_ == "defendant":
        counts["suspect"] += 2  # a line of a charging document's list of defendants
    if titled:
        counts["suspect"] += 2  # "human smuggler Shahzaib", "the accused Russell"
    if before_words and before_words[-1] in ("victim", "survivor"):
        counts["victim"] += 2  # "victim Erwiana S. said she was happy with the judgement"
    if title_words & cues["spokesperson_titles"]:
        counts["spokesperson"] += 1
    if title_words & cues["honorifics_male"] or "mr" in removed:
        gender = "male"
    if title_words & cues["honorifics_female"] or {"ms", "mrs", "miss"} & set(removed):
        gender = "female"

    # Apposition after the name: ", the U.S. attorney for …", ", Chief of the …", ", 31,".
    tail = doc[ent.end : min(sent.end, ent.end + 12)]
    tail_text = tail.text
    match = _AGE_AFTER.match(tail_text)
    if match:
        age = int(match.group(1))
        counts["aged"] += 1
    head_text = doc[max(sent.start, ent.start - 6) : ent.start].text
    match = _AGE_BEFORE.search(head_text)
    if match:
        age = int(match.group(1))
        counts["aged"] += 1
    appos = tail_text.split(",")[1] if tail_text.startswith(",") and "," in tail_text else ""
    appos_list = [w.strip(".’'").lower() for w in appos.split()]
    # an apposition names what someone is ("the U.S. attorney", "acting U.S. Attorney of …",
    # "special agent in charge"); a clause or a preposition does not ("…, under the … Act",
    # "…, who was arrested")
    if appos_list and appos_list[0] in _NOT_APPOSITION:
        appos_list = []
    appos_words = _without_trade_agents(set(appos_list), appos_list)
    # counsel in court reports: "Mr X, defending, said", "Y, prosecuting, told the court"
    if re.match(
        r"^\s*,\s*(?:defending|prosecuting|for the (?:defence|defense|prosecution|crown))\b",
        tail_text,
        re.IGNORECASE,
    ):
        counts["official"] += 2
    if (
        appos_words & cues["official_titles"]
        and not appos_words & {"gang", "ring", "network"}
        and not (appos_words & _BUSINESS_TITLES and any(_possessive(w) for w in appos_list))
    ):
        counts["official"] += 2
    for word in appos_words:
        if word in _GENDER_WORDS:
            gender = _GENDER_WORDS[word]

    text = doc_text(doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    byline = (
        (
            _CREDIT_BEFORE.search(text[max(line_start, ent.start_char - 30) : ent.start_char])
            and _CREDIT_AFTER.match(text, ent.end_char)
        )
        or bool(_WIRE_CREDIT.search(text, max(line_start, ent.start_char - 30), ent.start_char))
        or (
            text[line_start : ent.start_char].strip().lower()
            in ("", "by", "words by", "written by", "reported by")
            and _BYLINE_REST.match(text, _name_end(ent))
        )
    )
    line_end = text.find("\n", ent.end_char)
    line_end = len(text) if line_end < 0 else line_end
    writers = _WRITERS_LINE.fullmatch(text, line_start, line_end) if line_end - line_start <= 120 else None
    byline = byline or bool(writers and writers.start("names") <= ent.start_char < writers.end("names"))
    # "Glenroy Lamb and Andrea Dunn, Gleaner Writers": staff named with their outlet's role
    byline = byline or bool(_STAFF_AFTER.match(text, ent.end_char))
    # "Jane Doe/AFP", with or without the agency inside the NER span
    byline = byline or bool(_PUBLICATION_BEFORE.search(text, max(0, ent.start_char - 40), ent.start_char))
    if byline or _AGENCY_CREDIT.search(ent.text) or _AGENCY_CREDIT.match(text, ent.end_char):
        counts["credit"] += 1
    if _ONE_OF_THE_EXPLOITED.search(text[max(0, ent.start_char - 40) : ent.start_char]):
        counts["victim"] += 1

    # Is the person the one speaking? Then the sentence's other cues are about someone else.
    root = ent.root
    speaker = (root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in cues["speech"]) or (
        " ".join(before_words[-2:]) == "according to"
    )
    if speaker:
        counts["speaker"] += 1
    else:
        # "X, who faced a sentence of seven years, showed no compassion to Y": the sentence's
        # words about charges and sentences are about its subject, not the person it acts on
        object_of_act = root.dep_ in ("dobj", "dative") or (
            root.dep_ == "pobj" and root.head.lower_ in ("to", "towards", "against", "on", "upon")
        )
        # ... unless the act is the case's outcome: "Judge X sentenced Y to 37 months"
        acted_on = (
            object_of_act
            and root.head.lemma_.lower() not in cues["suspect"]
            and any(
                e.label_ == "PERSON" and e.start != ent.start and e.root.dep_ in ("nsubj", "nsubjpass")
                for e in sent.ents
            )
        )
        if not acted_on:
            for tok in sent:
                if ent.start <= tok.i < ent.end:
                    continue
                lemma = tok.lemma_.lower()
                if lemma in cues["suspect"] and not (lemma == "suspect" and tok.pos_ == "VERB"):
                    counts["suspect"] += 1
        if _SANCTION.search(sent.text):
            counts["suspect"] += 1
        if _listed_after_arrests(ent):
            counts["suspect"] += 2
        if _CASE_AGAINST.search(doc_text(doc), sent.start_char, ent.start_char):
            counts["suspect"] += 2  # "A case has been registered against X and his munshi, Y"
        if _NAMED_AS.search(doc_text(doc), sent.start_char, ent.start_char) and _suspects_around(sent, cues):
            counts["suspect"] += 2
        # the subject of "was jailed", itself or through its title ("its director, X, 48, was jailed")
        subject = root if root.dep_ in ("nsubj", "nsubjpass") else None
        if subject is None and root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
            subject = root.head
        if subject is not None and subject.head.lemma_.lower() in cues["suspect"]:
            counts["suspect"] += 1
        if root.dep_ == "nsubj" and root.head.lemma_ in cues["suspect_agentive_verbs"]:
            counts["suspect"] += 1
        if any(t.pos_ == "VERB" and t.lemma_.lower() in _RESCUE_VERBS for t in sent):
            counts["rescue_sentence"] += 1  # "the girls rescued … were identified as X, 21 and Y, 24"
        if (root.dep_ in ("nsubjpass", "dobj") and root.head.lemma_ in cues["victim"]) or _called_a_victim(
            tail
        ):
            counts["victim"] += 1

    start, end = ent.start_char + offset, ent.end_char + offset
    attributes: dict[str, object] = {"cues": dict(counts)}
    if titled:
        attributes["titled"] = True  # one name is enough when the text calls them a suspect
    if age is not None and 0 < age < 100:
        attributes["age"] = age
    if gender:
        attributes["gender"] = gender
    return Mention("person", (start, end), ent.text, name, EXTRACTOR, 0.7, attributes)


def _listed_after_arrests(ent: SpacySpan) -> bool:
    """Whether the name is listed in a sentence that says who the people arrested in the sentence
    before are: "Police held nine people. They include the owner, X, …" (no verb between the opener
    and the name, and no rescue in the sentence before, whose people could be the victims)."""
    sent = ent.sent
    opener = _LIST_OPENER.match(sent.text)
    if opener is None or sent.start == 0:
        return False
    opener_end = sent.start_char + opener.end()
    if any(t.idx >= opener_end and t.pos_ in ("VERB", "AUX") for t in ent.doc[sent.start : ent.start]):
        return False
    previous = ent.doc[sent.start - 1].sent
    lemmas_before = {t.lemma_.lower() for t in previous}
    return bool(lemmas_before & _HELD_LEMMAS) and not lemmas_before & _RESCUE_VERBS


# kin and bosses of the victims are not the victims: "Vang Thi Mai, the cousin of two of the victims"
_RELATED_TO = frozenset(
    {"cousin", "brother", "sister", "mother", "father", "aunt", "uncle", "friend", "neighbour", "neighbor",
     "employer", "boss", "husband", "wife", "boyfriend", "girlfriend", "relative", "owner", "landlord"}
)  # fmt: skip


def _suspects_around(sent: SpacySpan, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the two sentences before `sent` or the one after it tell of an arrest, a charge or a
    sentence (and not of a victim)."""
    doc = sent.doc
    near: list[SpacySpan] = []
    pos = sent.start
    for _ in range(2):
        if pos == 0:
            break
        near.append(doc[pos - 1].sent)
        pos = near[-1].start
    if sent.end < len(doc):
        near.append(doc[sent.end].sent)
    lemmas = {tok.lemma_.lower() for span in near for tok in span}
    return bool(lemmas & cues["suspect"]) and not lemmas & {"victim", "rescue", "die", "body"}


def _called_a_victim(tail: SpacySpan) -> bool:
    """Whether the words after a name call the person a victim ("X, one of the victims"), not someone
    who acts on the victims ("X, who kept the victims at her house") or is related to them."""
    for t in tail:
        if t.lemma_ in ("victim", "survivor"):
            return True
        if (t.pos_ == "VERB" and t.lemma_ != "be") or t.lemma_.lower() in _RELATED_TO:
            return False
    return False


def _key_words(name: str) -> list[str]:
    return [w for w in strip_accents(name).replace("-", " ").split() if len(w) > 1]


def assign_roles(mentions: list[Mention], *, suspect_context: bool) -> list[Mention]:
    """Cluster person mentions by name and give every mention its cluster's role and full name.

    A single-word mention joins the multi-word name it is the surname (or given name) of;
    `suspect_context` (the text reports arrests, charges or convictions) lets an age given in
    apposition ("X, 33,") count as a weak suspect cue, as news names defendants that way.
    """
    persons = [m for m in mentions if m.kind == "person"]
    others = [m for m in mentions if m.kind != "person"]
    # longest first, names of one length in the order the text gives them (a set's order changed with
    # the hash seed: which "Horvath" a bare surname joined, and so the suspects' order, varied by run)
    full = sorted(dict.fromkeys(m.value for m in persons if len(m.value.split()) > 1), key=len, reverse=True)
    cluster_of: dict[str, str] = {}
    for m in persons:
        words = _key_words(m.value)
        target = m.value
        if len(words) == 1:
            owners = [f for f in full if words[0] in _key_words(f)]
            if owners:
                target = owners[0]
        else:
            for f in full:
                fw = _key_words(f)
                if f != m.value and len(fw) > len(words) and fw[-len(words) :] == words:
                    target = f
                    break
            else:
                # "Rupinder Sandhu" after "Rupinder Kaur Sandhu": the same person, middle name left out
                fuller = [
                    f
                    for f in full
                    if len(_key_words(f)) > len(words) == 2
                    and _key_words(f)[0] == words[0]
                    and _key_words(f)[-1] == words[-1]
                ]
                if len(fuller) == 1:
                    target = fuller[0]
        cluster_of[m.value] = target
        # surname shared by several full names (brothers): cues go to each of them
    shared: dict[str, list[str]] = defaultdict(list)
    for f in full:
        shared[_key_words(f)[-1]].append(f)

    # a name told of in the case's own sentences takes no cues from boilerplate ("Related: … road
    # project in Kete Krachi" makes no suspect of the town the case's islands lie off)
    told_in_case = {cluster_of[m.value] for m in persons if not m.attributes.get("boilerplate")}
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in persons:
        if m.attributes.get("boilerplate") and cluster_of[m.value] in told_in_case:
            continue
        cues = m.attributes.get("cues", {})
        words = _key_words(m.value)
        targets = [cluster_of[m.value]]
        if len(words) == 1 and len(shared.get(words[0], [])) > 1:
            targets = shared[words[0]]
        for target in targets:
            for cue, n in cues.items():
                totals[target][cue] += n

    out = list(others)
    for m in persons:
        target = cluster_of[m.value]
        role = decide_role(totals[target], suspect_context=suspect_context)
        attributes = dict(m.attributes)
        attributes["role"] = role
        attributes["full_name"] = target
        out.append(replace(m, attributes=attributes))
    return out


def decide_role(cues: dict[str, int], *, suspect_context: bool) -> str:
    if cues.get("credit"):
        return Role.OTHER.value  # the page's author or photographer
    if cues.get("official", 0) and cues.get("aged") and cues.get("suspect", 0) > cues.get("victim", 0):
        # "The director, Dennis Langat, 44, was arrested": news gives the accused an age, not officials
        return Role.SUSPECT.value
    if cues.get("official", 0) or cues.get("ngo", 0):
        if cues.get("ngo", 0) and not cues.get("official", 0):
            return Role.NGO_WORKER.value
        return Role.SPOKESPERSON.value if cues.get("spokesperson") else Role.OFFICIAL.value
    suspect = cues.get("suspect", 0)
    victim = cues.get("victim", 0)
    if suspect and suspect >= victim:
        return Role.SUSPECT.value
    if victim:
        return Role.VICTIM.value
    if suspect_context and cues.get("aged") and not cues.get("speaker") and not cues.get("rescue_sentence"):
        return Role.SUSPECT.value
    if cues.get("speaker"):
        return Role.SPOKESPERSON.value
    return Role.OTHER.value
