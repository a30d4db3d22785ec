"""Number phrases in a sentence ("six Romanian women", "a 24-year-old man", "two men and a woman")
with their head, kind and modifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from threadline.extract.alternation import gated, scanned
from threadline.extract.counts.lexicon import (
    _ADDITIVE,
    _AGE_BEFORE,
    _AGE_WORD,
    _AGED_ONE,
    _ARRESTS,
    _BARE,
    _CONNECT,
    _FUNCTION,
    _GROUP_SIZES,
    _NAMED_PERSON,
    _NOT_VICTIM,
    _NP,
    _NUM,
    _OFFICER,
    _ORDINAL,
    _ORDINALS,
    _POSSESSED,
    _PREMISES,
    _SING,
)
from threadline.extract.counts.named_people import _not_a_name
from threadline.extract.textutil import UNITS, may_hold_number, parse_number
from threadline.taxonomy.vocabulary import OutcomeKind


@dataclass
class _Phrase:
    start: int
    end: int
    value: float
    head: str
    hedge: str | None
    additive: bool
    kind: str  # person, officer, premises, arrests, bare, singular
    parts: list[_Phrase] = field(default_factory=list)
    subset: bool = False  # "three of them", "unul dintre ei": part of a group counted elsewhere
    whole: float | None = None  # "three of the six victims": the group the part is of
    ordinal: int | None = None  # "a third man": the group now has three


def _phrase_kind(head: str) -> str:
    if re.fullmatch(_PREMISES, head):
        return "premises"
    if re.fullmatch(_ARRESTS, head):
        return "arrests"
    if re.fullmatch(_OFFICER, head):
        return "officer"
    return "person"


# Month names (English and Romanian, folded): a number next to one is a day of the month.
_BEFORE_CHARGE = (OutcomeKind.ARRESTED, OutcomeKind.DETAINED, OutcomeKind.CHARGED)
# What may stand between "arrested" and a later "charged" that shares its people.
_LATER_COORDINATION = re.compile(
    r"[^.;]{0,70}?\b(?:and|si)\s+(?:(?:have|has|had)\s+(?:since\s+)?been\s+|were\s+|was\s+|are\s+|also\s+|later\s+|"
    r"then\s+|subsequently\s+|all\s+|au fost\s+)*"
    # "au fost arestați în Glasgow, iar miercuri au fost puși sub acuzare": no new subject after "iar"
    r"|[^.;]{0,70}?,\s*iar\s+(?:(?:luni|marti|miercuri|joi|vineri|sambata|duminica|ieri|ulterior|apoi)\s+)?"
    r"(?:au|a) fost\s+"
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ianuarie|februarie|martie|aprilie|mai|iunie|iulie|"
    r"august|septembrie|octombrie|noiembrie|decembrie)"
)
# "bringing the number of arrests to three": a running total, not a range
_RUNNING_TOTAL = re.compile(r"\bnumber of (?:[a-z]+ ){0,3}?(?:rose |risen |climbed )?(?:to|at)\s*$")
_AGES_LISTED = re.compile(r"\b(?:aged?|ages)\s+\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\s*(?:,|and|&)\s*$")
_AGE_BREAKDOWN = re.compile(r"\s+in (?:their|his|her) (?:\d|early|mid|late|teens|twenties|thirties|forties)")
_TOKEN_RE = re.compile(r"[a-z]+|\d+")
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+$")
_MONTH_AFTER = re.compile(rf"\s+{_MONTHS}\b")


# "H-2A workers", "15-year-old girls": a word mixing letters and digits is a modifier, not a number
_CODED_WORD = re.compile(r"[\w'’-]*(?:[a-z][\w'’-]*\d|\d[\w'’-]*[a-z])[\w'’-]*")


# Words between a number and a person noun that make the number money or paperwork, not people
_NOT_PEOPLE_MODS = frozenset(
    {"euro", "euros", "lei", "dolari", "dollars", "pounds", "lire", "sesizari", "referrals", "reports",
     "cases", "cazuri", "dosare", "calls", "apeluri", "plangeri", "complaints"}
)  # fmt: skip


# whose kin or helper a possessive phrase may name as one more person
_KIN = frozenset(
    {"mother", "father", "husband", "wife", "son", "daughter", "brother", "sister", "partner", "boyfriend",
     "girlfriend", "uncle", "aunt", "cousin", "relative", "nephew", "niece", "stepfather", "stepmother",
     "grandmother", "grandfather"}
)  # fmt: skip
_NEXT_KIN = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<head>{'|'.join(sorted(_KIN))})\b")
_HELPERS = frozenset(
    {"driver", "accomplice", "associate", "accountant", "bodyguard", "guard", "recruiter",
     # "the owner and his foreman", "the brothel keeper and her manager"
     "manager", "foreman", "supervisor", "assistant", "deputy", "overseer", "engineer", "middleman"}
)  # fmt: skip


# (buildings only: "five women searches" is no place)
_PLACE_NOUN_AFTER = re.compile(
    r"[ -](?!(?:entries|search warrants|warrants|raids|searches|places|perchezitii|mandate)\b)"
    rf"(?P<head>{_PREMISES})\b"
)
# a group's own noun is its number ("the pair", "a couple"): words after it are no modifiers of a person
_COLLECTIVES = frozenset({"pair", "couple", "trio", "duo"})


def _mod_tokens(mods: str) -> list[str]:
    return _TOKEN_RE.findall(_CODED_WORD.sub(" ", mods))


def _np_matches(s: str) -> Iterator[re.Match[str]]:
    """`_NP` matches, but a year or a date that swallowed the next number phrase gives it back:
    "2018-07-05 eight children" holds "eight children"."""
    pos = 0
    while (m := _NP.search(s, pos)) is not None:
        value = parse_number(m.group("num"))
        if _MONTH_AFTER.match(s, m.end("num")):
            pos = m.end("num")  # "on 4 May three men were arrested": a date, then the count
            continue
        tokens = _mod_tokens(m.group("mods"))
        if any(w in UNITS or w[0].isdigit() for w in tokens):
            pos = m.end("num")  # "the couple enslaved three men": the count is the later number
            continue
        if tokens and m.group("num") in _COLLECTIVES:
            pos = m.end("num")  # "the pair lured victims": a group's noun, then its verb, then its object
            continue
        if _NOT_PEOPLE_MODS.intersection(tokens):
            pos = m.end()  # "15.000 de euro fiecărei victime", "17.000 de sesizări privind … victime"
            continue
        yield m
        pos = m.end("num") if value is not None and 1900 <= value <= 2100 else m.end()


# "A fifth, Ferrer, was arrested": an ordinal standing for one more person, named in commas
_ORDINAL_NAMED = gated(
    rf"(?<![\w-])(?:[Aa]|[Tt]he) (?P<ordinal>{'|'.join(_ORDINALS)}),"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},"
)
_ORDINAL_APPOSED = re.compile(rf"(?<![\w-])(?:a|the) (?P<ordinal>{'|'.join(_ORDINALS)}),\s*$")
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+)?$")
# "five in England and 23 in Romania": a number after a place is no range's first end
_PLACE_AND = re.compile(rf"\b(?:in|at|from(?!\s+(?:{_NUM})\b))\s+[a-z]+[\w\s,]*\band\s*$")
_RANGE_AND = scanned(rf"(?:{_NUM}|\b(?:aged?|ages|between|from))[\w\s,-]{{0,12}}?\band\s*$")

# a surname or full name joined to a kin or partner of theirs: "Dimitrov and his partner"
_NAMED_WITH_KIN = scanned(
    r"(?<![\w'’-])(?P<name>(?:[A-ZĂÂÎȘŞȚŢ][\w'’-]+\s+){0,3}[A-ZĂÂÎȘŞȚŢ][\w'’-]{2,})"
    r"(?:,\s*\d{1,2},)?\s+and\s+(?:his|her|their)\s+(?:(?:alleged|business|former|then)\s+)?"
    r"(?:wife|husband|partner|girlfriend|boyfriend|brother|sister|son|daughter|father|mother|cousin|"
    r"uncle|aunt|nephew|niece|associate|accomplice|co-accused|co-defendant|friend|fiancee?|"
    r"stepson|stepdaughter|brother-in-law|sister-in-law|son-in-law|daughter-in-law)\b"
)

_NUMBERED_LABEL = re.compile(r"\b(?:arrest|suspect|victim|witness|defendant|person|male|female)\s+$")
_LABEL_AFTER = re.compile(r"\s*[-:]")
_SPACED_DASH_AFTER_WORD = re.compile(r"[^\d\s] -\s*$")
_DONE_TO_THEM = re.compile(
    r"\s+(?:(?:were|have been|are)\s+)?(?:arrested|detained|held|charged|rescued|freed|jailed|convicted|"
    r"sentenced|saved|identified)\b"
)


# "four girls aged 15 to 17 and three adult women": a range already closed, so the number after "and"
# counts a group of its own
_CLOSED_RANGE_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s+(?:from\s+)?\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s*,?\s+and\s+$"
    r"|\bbetween\s+\d{1,2}\s+and\s+\d{1,2}\s*,?\s+and\s+$"
)


def _phrases(s: str, original: str = "") -> list[_Phrase]:
    """Number phrases and singular person phrases in one folded sentence, in order, no overlaps.

    `original` (the same sentence unfolded) lets capitalised names with an age count as one
    person each: "Paulo Mendes (52) and his wife Carla Mendes (49) were convicted".
    """
    found: list[_Phrase] = []
    for m in _NAMED_PERSON.finditer(original):
        found.append(_Phrase(m.start(), m.end(), 1, "named", None, False, "singular"))
    if " and " in s:
        for m in _NAMED_WITH_KIN.finditer(original):
            # "Dimitrov and his partner, Radostina Koleva, were arrested": the name is one person more
            if not _not_a_name(m.group("name")) and not any(p.start <= m.start() < p.end for p in found):
                found.append(_Phrase(m.start("name"), m.end("name"), 1, "named", None, False, "singular"))
    numbered = may_hold_number(s)  # every number phrase (_NP, _BARE, _ELLIPTIC) holds a number
    for m in _np_matches(s) if numbered else ():
        # "aged from four to 13", "between 14 and 17": ranges of ages, not head counts.
        if (
            _AGE_BEFORE.search(s[max(0, m.start() - 12) : m.start()])
            and not m.group("all")
            and _AGE_WORD.search(s[max(0, m.start() - 25) : m.start() + 12])
            and not _CLOSED_RANGE_BEFORE.search(s[max(0, m.start() - 40) : m.start()])
        ):
            continue
        value = parse_number(m.group("num"))
        if value is None or value <= 0 or value != int(value) or 1900 <= value <= 2100:
            continue
        if value < 2 and re.search(r"\bof\s+(?:their|his|her|its)\b", m.group()):
            continue  # "one of his co-defendants" points back at someone; "six of their victims" counts
        if _MONEY_BEFORE.search(s[max(0, m.start() - 6) : m.start()]):
            continue
        if m.group("hedge") and _AMONG_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            # "were among some 260 foreign nationals released": a larger group around the case ("among
            # three people arrested" is the case's own count)
            continue
        if m.group("num")[:1].isdigit() and _MONTH_BEFORE.search(s[max(0, m.start() - 12) : m.start()]):
            continue  # "the July 31 arrests": a day of the month
        mods = m.group("mods") or ""
        # "a further seven", "alte trei percheziții": more of what was counted before
        additive = bool(_ADDITIVE.search(mods)) or bool(
            _ADDED_BEFORE.search(s[max(0, m.start() - 16) : m.start()])
        )
        if m.group("head") in _MORE_BY_NAME and not m.group("all"):
            additive = True  # "two others", "three co-defendants": people besides those counted before
        elif m.group("all") == "the" and re.search(r"\bother\b", mods):
            additive = False  # "the two other men arrested": the rest of a group counted before
        kind = _phrase_kind(m.group("head"))
        if m.group("head") == "lucratori" and not _POLICE_WORKERS.match(s, m.end()):
            kind = "person"  # "17 lucrători străini" are workers; "lucrători de poliție" officers
        if (m.group("head") == "warrants" and mods.split()[-1:] == ["arrest"]) or (
            m.group("head") == "mandate" and _ARREST_WARRANT_RO.match(s, m.end())
        ):
            # arrest warrants search nothing; executed, each is a person arrested ("officers executed
            # eight arrest warrants"), issued, nobody yet
            if not (
                _EXECUTED_BEFORE.search(s, max(0, m.start() - 40), m.start())
                or _EXECUTED_AFTER.match(s, m.end())
            ):
                continue
            kind = "arrests"
        phrase = _Phrase(m.start(), m.end(), value, m.group("head"), m.group("hedge"), additive, kind)
        if kind == "person" and (place := _PLACE_NOUN_AFTER.match(s, m.end())) is not None:
            # "four worker residences", "two staff houses": the people's word names whose places they were
            phrase.end, phrase.head, phrase.kind = place.end(), place.group("head"), "premises"
        phrase.subset = bool(_SUBSET_NP.search(m.group()))
        if m.group("whole"):
            phrase.whole = parse_number(m.group("whole"))
        found.append(phrase)
    for m in _SING.finditer(s):
        if any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in found):
            continue
        det = m.group("det") or ""
        mods = m.group("mods") or ""
        if m.group("head") == "boy" and mods.split()[-1:] == ["lover"]:
            continue  # "the lover boy method": a recruiter's role, nobody counted
        if (
            det in ("his", "her", "their", "its")
            and m.group("head") not in _KIN
            # "the couple and their driver": a helper of the people just counted, joined to them
            and not (m.group("head") in _HELPERS and s.endswith("and ", 0, m.start()))
        ):
            continue
        head = m.group("head") or m.group("self")
        owned = _POSSESSED.match(s, m.end())
        additive = det in ("another", "alt", "alta", "inca un", "inca o") or bool(_ADDITIVE.search(mods))
        if det == "the" and re.search(r"\bother\b", mods):
            additive = False  # "the other suspect was nabbed": the rest of a group counted before
        phrase = _Phrase(m.start(), m.end(), 1, head, None, additive, "singular")
        if owned is not None:
            # "the girl's 47-year-old uncle was sentenced": the person is the one after the possessive
            phrase.end, phrase.head = owned.end(), owned.group("head")
        ordinal = _ORDINAL.search(mods)
        if ordinal is not None and det in ("a", "the"):
            phrase.ordinal = _ORDINALS.index(ordinal.group()) + 2
        if head in _GROUP_SIZES:
            # "a Tennessee couple has been sentenced", "the trio face charges"
            phrase.value, phrase.kind = _GROUP_SIZES[head], "person"
        phrase.subset = bool(_SUBSET_NP.search(m.group()))
        found.append(phrase)
        if det in ("his", "her", "their") and head in _KIN:
            # "her mother, father and uncle": kin listed after one possessive, one person each
            pos = phrase.end
            while (kin := _NEXT_KIN.match(s, pos)) is not None:
                kin_head = kin.group("head")
                found.append(_Phrase(kin.start("head"), kin.end(), 1, kin_head, None, False, "singular"))
                pos = kin.end()
    for m in _ORDINAL_NAMED.finditer(original):  # capitals needed: only the unfolded sentence has them
        if any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in found):
            continue
        phrase = _Phrase(m.start(), m.end(), 1, "person", None, True, "singular")
        phrase.ordinal = _ORDINALS.index(m.group("ordinal").lower()) + 2
        found.append(phrase)
    # a headline's person has no article: "Man and woman arrested", "Car wash boss jailed"
    headline = _HEADLINE_ONE.match(s)
    if headline is not None and not any(p.start <= headline.start("head") < p.end for p in found):
        value = 2 if headline.group("head") in ("couple", "pair") else 1
        head = headline.group("head")
        found.append(_Phrase(headline.start(), headline.end(), value, head, None, False, "singular"))
    # "a 72 year old from Etobicoke was arrested", "the 39-year-old man and 58-year-old woman"
    for m in _AGED_ONE.finditer(s):
        if any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in found):
            continue
        additive = m.group("det") == "another"
        found.append(_Phrase(m.start(), m.end(), 1, m.group("head") or "person", None, additive, "singular"))
    for m in (*_ANAPHOR.finditer(s), *_THEY.finditer(s)):
        if not any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in found):
            head = m.group("ahead") or m.group("ahead2")
            listed = _INITIALS_LIST.match(original, m.end()) if original else None
            if listed is not None:
                # "inculpații B.I., B.C. și S.G. au fost reținuți": the people listed, not a group before
                n = len(_INITIALS.findall(listed.group()))
                found.append(_Phrase(m.start(), listed.end(), n, head, None, False, "person"))
                continue
            found.append(_Phrase(m.start(), m.end(), 0, head, None, False, "anaphor"))
    for m in _THEM_OBJECT.finditer(s):
        # "A federal grand jury indicted them": the people counted before
        found.append(_Phrase(m.start("ahead"), m.end("ahead"), 0, "them", None, False, "anaphor"))
    for m in _BOTH.finditer(s):
        if not any(p.start <= m.start() < p.end for p in found):
            found.append(_Phrase(m.start(), m.end(), 2, "people", None, False, "person"))
    for m in _BARE.finditer(s) if numbered else ():
        if any(p.start <= m.start() < p.end for p in found):
            continue
        if _NUMBERED_LABEL.search(s, max(0, m.start() - 12), m.start()) and _LABEL_AFTER.match(s, m.end()):
            continue  # "ARREST 1 - PALMER", "suspect 2": a note numbering its entries
        if m.group("num")[:1] == "0" and m.group("num")[1:2].isdigit():
            continue  # "ARRESTED 0312 for trafficking": a note's clock time or a code, not a count
        before = s[max(0, m.start() - 25) : m.start()]
        if (
            # "pe cei trei": a Romanian article before the number makes it people, whatever precedes
            m.group("all") not in ("cei", "cele", "celor")
            and (
                re.search(
                    # a law's number is no count: "under Republic Act 7610", "Article 143", "Law No. 12"
                    r"(?:\(|\d|\bnow|\bunder|\baged?|\bages|\bfrom|\bbetween|\bto|-|(?<!\bone )\bof|"
                    r"\bact|\barticle|\bart\.|\bsection|\blaw|\bno\.|\bnr\.|\bcode|\bchapter|\bbranch|\bcourtroom|"
                    # "four women, one of them 17, were rescued": an age
                    r"\bon|\bin|\bsince|\bby|\buntil|\bat|\bpe|\bdin|\bof them|\bof whom|"
                    # "boys as young as 14 were sent": an age
                    r"\bas (?:young|old) as)\s*$",
                    before,
                )
                # "between 14 and 17" is a range; "were acquitted and two were convicted" a new subject
                or (_RANGE_AND.search(before) and not _PLACE_AND.search(before))
                # (or before a dash: "…, and Gheorghe Stan, 45 - were charged")
                or (
                    re.search(r"[a-z)],\s*$", before)
                    and (s[m.end() : m.end() + 1] in (",", ")") or s.startswith(" -", m.end()))
                )
            )
            and not _RUNNING_TOTAL.search(s[max(0, m.start() - 40) : m.start()])
            # a dash set off by spaces after a word, then the verb: a headline's new clause ("… 40
            # workers' - eight arrested"), not a range
            # or a breakdown by origin of a group not counted before ("the crew - 19 from Myanmar,
            # eight from Cambodia -")
            and not (
                _SPACED_DASH_AFTER_WORD.search(before)
                and (
                    _DONE_TO_THEM.match(s, m.end())
                    or (_FROM_AFTER.match(s, m.end()) and not any(p.end <= m.start() for p in found))
                )
            )
            # "31 workers - 19 from India and 12 from Zimbabwe -": a dash set off by spaces opens a
            # breakdown, not a range
            and not (
                _FROM_AFTER.match(s, m.end())
                and any(p.kind == "person" and _SPACED_DASH.fullmatch(s, p.end, m.start()) for p in found)
            )
        ):
            continue  # ranges, dates, phone digits, ages in apposition ("Rahman, 49,", "X (left), all 25,")
        value = parse_number(m.group("num"))
        if value is None or value <= 0 or value != int(value) or 1900 <= value <= 2100:
            continue
        if _AGES_LISTED.search(s, max(0, m.start() - 60), m.start()):
            continue  # "the men – aged 20, 28, 32 and 34 –": every age of the list, not only the first
        if _AGE_BREAKDOWN.match(s, m.end()):
            continue  # "three men, two in their 30s and one in his 20s": ages of a group counted before
        if _MONEY_BEFORE.search(before):
            continue
        additive = bool(_ADDED_BEFORE.search(before))
        phrase = _Phrase(m.start(), m.end(), value, "", m.group("hedge"), additive, "bare")
        phrase.subset = bool(_SUBSET_AFTER.match(s, m.end()))  # "doi dintre ei", "two of them"
        of_those = _OF_THOSE_HELD.match(s, m.end())
        if of_those is not None:
            # "three of those arrested face charges": the group's verb is part of the phrase
            phrase.end, phrase.subset = of_those.end(), True
            # "two of the three detainees": the group named inside is no phrase of its own
            found = [p for p in found if not (phrase.start <= p.start and p.end <= phrase.end)]
        found.append(phrase)
    for p in found:
        # "A fourth, a 22-year-old woman, was arrested": the ordinal set off before the person numbers them
        before = _ORDINAL_APPOSED.search(s, max(0, p.start - 16), p.start)
        if p.kind == "singular" and p.ordinal is None and before is not None:
            p.ordinal, p.additive = _ORDINALS.index(before.group("ordinal")) + 2, True
    found.sort(key=lambda p: p.start)
    return _elliptic(s, found) if numbered else found


def _elliptic(s: str, found: list[_Phrase]) -> list[_Phrase]:
    """Add "two Myanmar" in "two Myanmar and six Cambodian men" as a phrase with the next one's head."""
    extra = []
    for m in _ELLIPTIC.finditer(s):
        if any(p.start <= m.start() < p.end for p in found) or _MONTH_AFTER.match(s, m.end("num")):
            continue  # ("on 13 May, eleven suspects were arrested": a date, then the count)
        nxt = next((p for p in found if p.start >= m.end()), None)
        if nxt is None or nxt.kind != "person" or not _CONNECT.match(s[m.end() : nxt.start]):
            continue
        if _AGE_BEFORE.search(s, max(0, m.start() - 12), m.start()) and _AGE_WORD.search(
            s, max(0, m.start() - 25), m.start() + 12
        ):
            continue  # "cu vârste între 8 și 15 ani, precum și cinci adulți": an age, not two of them
        value = parse_number(m.group("num"))
        if value is None or value <= 0 or value != int(value) or 1900 <= value <= 2100:
            continue
        extra.append(_Phrase(m.start(), m.end(), value, nxt.head, None, False, "person"))
    return sorted(found + extra, key=lambda p: p.start) if extra else found


_ADDING = re.compile(r"\b(?:and|along with|as well as|together with|plus|si|impreuna cu|precum si)\b|&")
_SUBSET = re.compile(r"\b(?:including|inclusiv|dintre care|among them|of whom)\b")
# "The men have been charged", "arestarea preventivă a inculpaților": a group counted earlier.
_ANAPHOR = scanned(
    r"\b(?:the|all the|all|these|those)\s+(?:[a-z-]+\s+)?(?P<ahead>defendants|suspects|men|accused|"
    r"gang members|traffickers|pimps|offenders|pair|couple|detainees|arrestees|"
    # ("passed the brothers' orders on": their orders, not them)
    r"(?:trio|duo|brothers|sisters|siblings|recruiters|smugglers|perpetrators|culprits)(?![\w'’]))\b"
    r"|\b(?P<ahead2>inculpatii|inculpatilor|suspectii|suspectilor|acestia|acestora|barbatii|barbatilor|"
    r"persoan(?:ele|elor) (?:depistate|identificate|cercetate|suspectate|in cauza)|"
    # "a dispus arestarea lor": the people of the sentence before
    r"(?<=arestarea |retinerea )lor|"
    # "Dosarul a fost trimis în judecată": the file's accused, counted before
    r"dosarul(?= (?:[a-z]+ ){0,3}(?:a fost|au fost) trimis in judecata))\b"
)
_INITIALS = re.compile(r"(?:[A-ZĂÂÎȘŞȚŢ]\.){1,4}")
# "inculpații P.D., în vârstă de 36 de ani, și P.L.": initials, each perhaps with an age
_INITIALS_ITEM = (
    r"(?:[A-ZĂÂÎȘŞȚŢ]\.){1,4}(?:\s*,\s*(?:[îi]n v[âa]rst[ăa] de\s+|de\s+)?\d{1,2}\s+(?:de\s+)?ani\b)?"
)
_INITIALS_LIST = re.compile(rf"\s+{_INITIALS_ITEM}(?:(?:\s*,\s*|\s*,?\s+(?:si|și|and)\s+){_INITIALS_ITEM})+")
# "Three men were arrested on Monday. They have been charged …": a sentence's opening "they"
_THEY = re.compile(
    r"^\W*(?P<ahead>they)(?=\s+(?:(?:all|both|each|later|then|have|had|were|are|will|now)\s+)*(?:been\s+)?"
    # "They face charges of trafficking", "They will appear in court"
    r"(?:[a-z]+ed|face|faces|appear|stand)\b)"
)
_THEM_OBJECT = gated(r"\b(?:indicted|charged|convicted|sentenced|jailed)\s+(?P<ahead>them)\b")
# "Both face charges of trafficking": the pronoun alone is two people
_BOTH = gated(
    r"(?:^|(?<=[.;:] ))both(?=\s+(?:(?:now|also|later|then|have|had|were|are|will)\s+)*"
    r"(?:face|faces|facing|pleaded|pled|denied|deny|admitted|appeared|stood|went|received|been|be)\b)"
    # "X and Y were arrested that day and both were later charged": the two again, after "and"
    r"|(?<=\band )both(?=\s+(?:(?:now|also|later|then|have|had|were|are|will)\s+)+(?:been\s+)?"
    r"(?:charged|indicted|convicted|jailed|sentenced|remanded|detained|arrested)\b)"
    # "Marți, ambii au fost puși sub acuzare"
    r"|(?:^|(?<=[.;:,] ))(?:ambii|amandoi|amandoua|ambele)(?=\s+(?:au|vor|fusesera|erau|sunt)\b)"
)
# "a further five", "other five"; not "the other four": the rest of a group counted before
_ADDED_BEFORE = gated(r"\b(?:a further|another|an additional|(?<!the )other|alte|alti|inca)\s*$")
_SUBSET_AFTER = re.compile(r"\s+(?:of them|of whom|of those|dintre (?:ei|ele|care|acestia|acestea|cei))\b")
_OF_THOSE_HELD = re.compile(
    r"\s+of\s+(?:those|the (?:[\w-]+\s+)?(?:people|men|women|suspects|individuals|persons))\s+"
    r"(?:arrested|detained|held|questioned)\b"
    # "four of the six detained", "two of the three detainees"
    r"|\s+of\s+the\s+(?:[\w-]+\s+)?(?:detained|arrested|detainees|arrestees)\b"
    # "doi dintre cei arestați", "trei dintre cei șase reținuți"
    r"|\s+dintre\s+(?:cei|cele)\s+(?:[\w-]+\s+)?(?:arestati|arestate|retinuti|retinute)\b"
)
_OF_THEM = re.compile(r"\b(?:of them|of whom|dintre (?:ei|ele|care))\b")
_SUBSET_NP = re.compile(
    r"\b(?:of them|of whom|of those|of these|dintre (?:ei|ele|care|acestia|acestea)|one of|"
    r"(?:una|unul|uneia|unuia) dintre)\b"
)
_POLICE_WORKERS = re.compile(r"\s+(?:de politie|ai (?:politiei|jandarmeriei|igpr|ipj|dgpmb)|din cadrul)\b")
_EXECUTED_BEFORE = re.compile(
    r"\b(?:executed|executing|served|serving|carried out|enforced|puse? in executare|executate)\b[^.;]{0,25}$"
)
_ARREST_WARRANT_RO = re.compile(r"\s+(?:europene\s+)?de\s+arestare\b")
_EXECUTED_AFTER = re.compile(
    r"\s+(?:were|have been|had been|was)\s+(?:executed|served|carried out|enforced)\b"
)
# heads that name people besides the ones already counted (not "the others": the rest of a group)
_MORE_BY_NAME = frozenset({"others", "co-defendants", "co-accused"})
# A number right after a currency sign or code is an amount ("£60,000 in cash"), never a head count.
_MONEY_BEFORE = re.compile(
    r"(?:[£$€¥₹₱₦]|\b(?:rs|inr|usd|us\$|eur|gbp|ron|lei|naira|n|aed|sar|qar|kwd|omr|bhd|jod|lbp|egp|ngn|ksh|kes|"
    r"ghs|zar|ugx|tzs|etb|thb|vnd|myr|rm|php|bdt|npr|idr|rp|pkr|lkr|cny|rmb|mxn|cad|aud|chf|pln|huf|bgn|"
    r"rub|uah|gel|mdl|try)\.?)\s*$"
)
# "two Myanmar and six Cambodian men": the first number shares the head of the phrase after it.
_ELLIPTIC = re.compile(rf"(?<![\w.,-])(?<!\d:)(?P<num>{_NUM})\s+(?P<mod>[a-z]+)(?=\s*(?:,|and|si)\s+)")
_GENERIC_HEADS = frozenset({"people", "persons", "individuals", "suspects", "victims", "adults", "others"})
_GENDERED = frozenset(
    {"men", "women", "man", "woman", "boys", "girls", "males", "females", "barbati", "femei",
     "fete", "baieti"}
)  # fmt: skip


_VICTIMISH = frozenset(
    {"victims", "victim", "survivors", "children", "child", "minors", "juveniles", "girls", "boys",
     "victime", "victima", "copii", "minori", "minore", "slaves"}
)  # fmt: skip


# "… in London, 12 in Romania": a number after a place that the next place follows
# "five addresses in Colchester, and at a further two in Tower Hamlets"
_DISTRIBUTED_GAP = re.compile(
    r"\s+(?:in|at|across|near|around|outside)\s+[^,;.\d]{2,40}?(?:,\s*and|,|\s+and)\s+"
    r"(?:(?:at|in)\s+)?(?:(?:a further|another|an additional)\s+)?$"
)
_HEADLINE_ONE = re.compile(
    # (after a kicker: "Madre de Dios: bar owner sentenced to 22 years")
    r"[\W]*(?:[a-z][\w' -]{0,30}:\s+)?"
    rf"(?:(?!(?:{_FUNCTION}|a|an|one|another|his|her|their|its|this|that)\b)[a-z'’-]+\s+){{0,2}}"
    r"(?P<head>man|woman|teenager|teen|boy|girl|mother|father|couple|pair|boss|owner)\b(?!['’]s)"
)
# a group told by origin: "31 workers - 19 from India and 12 from Zimbabwe -", "five from Leeds and two
# from Bradford"
_SPACED_DASH = re.compile(r"\s+-\s+")
_FROM_AFTER = re.compile(r"\s+(?:were\s+|are\s+)?from\s+")
_FROM_GAP = re.compile(
    # "four from Zimbabwe and a further two from Nigeria": more of the same list
    r"\s+(?:were\s+|are\s+)?from\s+[^,;.\d]{2,40}?(?:,\s*and|,|\s+and)\s+(?:(?:a further|an additional)\s+)?"
)
_BREAKDOWN_OPENS = re.compile(r"\s*(?:,|:|\(|-|–|—)\s*(?:of whom\s+|including\s+)?")
# "sentenced two men to life imprisonment and two others to 10 years": each group with its own term
_TERM_GAP = re.compile(r"\s+to\s+[^,;.]{1,40}?(?:,\s*and|,|\s+and)\s+$")
_TERM_AFTER = re.compile(r"\s+(?:each\s+)?to\s+")
_PLACED_AND = re.compile(r"\s+(?:in|from|of)\s+[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2},?\s+and\s+")
# ("… and four more in Logan County": "more" may stand between the number and its place)
_LOCATIVE_AFTER = re.compile(
    r"\s+(?:(?:more|others?|further)\s+)?(?:in|at|across)\s+(?!(?:total|all|prison|jail|custody)\b)"
)


def _add_part(chain: _Phrase, part: _Phrase, links: list[str]) -> None:
    """Join `part` to the last chain as one more of the same people or places (an added part)."""
    if len(chain.parts) == 1:
        links[-1] = " and "
    chain.parts.append(part)
    chain.end = part.end


def _roles_clash(a: str, b: str) -> bool:
    """'84 children, 120 traffickers': victims and suspects never form one group."""
    return (a in _VICTIMISH and b in _NOT_VICTIM) or (a in _NOT_VICTIM and b in _VICTIMISH)


def _told_again(total: float, parts: list[float]) -> bool:
    """Whether `parts` split, in order, into runs that each add up to `total`."""
    run = 0.0
    for value in parts:
        run += value
        if run == total:
            run = 0.0
        elif run > total:
            return False
    return run == 0.0 and bool(parts)
