"""People the NER misses: names given with an age ("Ify Mba, 33,"), aliases ("known only as Slim
Angel"), and given names the NER cut off ("Derrick [Lamont Harris]")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from threadline.extract import organisations, people
from threadline.extract.alternation import scanned
from threadline.extract.en_vocab import EXTRACTOR, STREET_WORDS, SUSPECT_SENTENCE, lemmas
from threadline.extract.given_names import is_given_name
from threadline.extract.lexicon import role_cues
from threadline.extract.places import country_code, demonym_code, geocode
from threadline.extract.textutil import doc_text
from threadline.extract.types import Mention

_ALIAS = scanned(
    r"\b(?P<also>also\s+)?(?:called|known\s+(?:only\s+|in the (?:media|press)\s+|locally\s+|publicly\s+)?as|"
    r"nicknamed|dubbed|alias|aka|a\.k\.a\.)"
    r"\s+[“\"‘']?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[”\"’']?"
)
# (Latin Extended-A for Czech, Slovak, Polish and Baltic names: "Tomáš Kováč", "Łukasz Wójcik")
# (and ASCII capitals inside a word: "Samuels-Grant", "McDonald"; only ASCII, so that a run of
# Latin Extended-A letters, which that block holds in both cases, splits into parts one way only)
_NAME_PART = r"[A-ZĀ-žȘȚ][a-zà-ÿā-žșț’'-]+(?:[A-Z][a-zà-ÿā-žșț’'-]+)*"
_NAME = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{1,3}}"
_NAMED_WITH_AGE = re.compile(
    rf"(?P<a>{_NAME}),\s+\d{{1,2}}\s*(?:[,)]|(?=and\s))|\b\d{{1,2}}-year-old\s+(?P<b>{_NAME})"
)


_AGE = r"(?:\s*\(\d{1,2}\))?"  # "Naiym (22), Asaduzzaman Nur (27) and …"
# A name of one to four words ("Ramon Cruz Dela Pena"), optionally after an initial written without a
# stop ("K Raju"); a word may join capitals with hyphens ("Nwankwo-Eze").
_NAME_WORD = r"[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ’']+)*-?"
_ONE_NAME = rf"(?:[A-Z]\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
# one listed name with its age: "Ann Lee (22)", "Ann Lee, 22", "22-year-old Ann Lee"
_LISTED_ONE = rf"(?:\d{{1,2}}-year-old\s+)?{_ONE_NAME}(?:,\s*\d{{1,2}}\b(?=\s*(?:,|and\b|\.|$))|{_AGE})"
# "The three were identified as …" right after a sentence about arrested suspects
_ANAPHOR_SUBJECT = re.compile(
    r"\b(?:the (?:two|three|four|five|six|seven|eight|nine|ten|\d+|pair|couple|trio|duo)|they|both|he|she)\s+"
    r"(?:(?:were|was|have been|had been|has been)\s+)?$",
    re.IGNORECASE,
)
_SUSPECTS_BEFORE = re.compile(
    r"\b(?:suspects?|arrested|accused|charged|detained|defendants)\b", re.IGNORECASE
)
_NAMES_GIVEN = scanned(
    rf"\b(?:names?\s+(?:were|was|are|is)\s+(?:given|listed)\s+as|"
    rf"(?:(?:were|was|been)\s+)?(?:named|identified)(?P<object>\s+(?:them|her|him))?\s+as|"
    rf"(?:arrestees|arrested (?:persons|people|suspects|men|women)|detainees|"
    rf"(?:the )?(?:accused|suspects|defendants)(?: persons)?)\s+(?:are|were|include)d?:?)"
    rf"\s+(?P<names>{_LISTED_ONE}(?:\s*,\s*{_LISTED_ONE})*(?:\s*,?\s+and\s+{_LISTED_ONE})?)"
)
_NAME_IN_LIST = re.compile(_ONE_NAME)
_LIST_OF_SUSPECTS = re.compile(r"(?:the )?(?:arrest|detain|accused|suspects|defendants)", re.IGNORECASE)
_SUSPECT_NOUN = re.compile(
    r"\b(?:owners?|brokers?|agents?|recruiters?|traffickers?|suspects?|accused|defendants?|"
    r"pimps?|gangmasters?|employers?|ringleaders?|leaders?|members|smugglers?)"
    r"\b[^.;]{0,12}$"
)


def aliases(
    doc: Doc, offset: int, is_boiler: Callable[[int], bool]
) -> tuple[list[Mention], set[str], set[str]]:
    """People introduced by an alias alone, every alias seen (to drop the NER's duplicates), and the
    aliases given to someone already named ("X, known in the media as Y": Y is X, not a new person)."""
    out: list[Mention] = []
    alias_names: set[str] = set()
    attached_names: set[str] = set()
    person_ends: list[int] = [e.end_char for e in doc.ents if e.label_ == "PERSON"]
    for match in _ALIAS.finditer(doc_text(doc)):
        if people.is_business_name(match.group("name")):
            continue  # "efforts such as Operation Cross Country": an operation, not a nickname
        alias_names.add(match.group("name"))
        before = doc_text(doc)[max(0, match.start() - 4) : match.start()]
        attached = match.group("also") or any(0 <= match.start() - end <= 3 for end in person_ends)
        if attached or ("," in before and any(0 <= match.start() - e <= 6 for e in person_ends)):
            attached_names.add(match.group("name"))
            continue  # "X, also called Faith": another name of X, not another person
        char = match.start("name")
        span = doc.char_span(char, match.end("name"), alignment_mode="expand")
        if span is None:
            continue
        counts = {"suspect": 0}
        words = lemmas(span.sent)
        counts["suspect"] = len(words & (SUSPECT_SENTENCE | {"leader", "ring", "boss"}))
        start, end = char + offset, match.end("name") + offset
        out.append(
            Mention(
                "person",
                (start, end),
                match.group("name"),
                match.group("name"),
                EXTRACTOR,
                0.6,
                {"cues": counts, "alias": True, "boilerplate": is_boiler(start)},
            )
        )
    for match in _NAMES_GIVEN.finditer(doc_text(doc)):
        # "two members of the ring, whose names were given as Bose and Ismael": people named by
        # one name only, which the suspect list otherwise drops
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        words = lemmas(span.sent)
        # who is being named: "three kiln owners -- identified as …", "a broker identified as …"
        lead = doc_text(doc)[max(0, match.start() - 40) : match.start()]
        named = lead.lower()
        # "She was identified as …", "The agency named them as …": the people of the sentence before
        pronoun = match.group("object") or _ANAPHOR_SUBJECT.search(lead)
        anaphor = pronoun and (
            _SUSPECTS_BEFORE.search(doc_text(doc)[max(0, match.start() - 200) : match.start()])
        )
        counts = {
            "suspect": len(words & (SUSPECT_SENTENCE | {"leader", "ring", "boss", "manhunt", "wanted"}))
            + (2 if _SUSPECT_NOUN.search(named) or _LIST_OF_SUSPECTS.match(match.group(0)) or anaphor else 0)
        }
        for name in _NAME_IN_LIST.finditer(match.group("names")):
            if (
                country_code(name.group(0))
                or demonym_code(name.group(0))
                or people.is_business_name(name.group(0))
            ):
                continue  # "identified as Thai nationals"
            start = match.start("names") + name.start() + offset
            end = start + len(name.group(0))
            alias_names.add(name.group(0))
            attrs = {"cues": dict(counts), "alias": True, "boilerplate": is_boiler(start)}
            out.append(Mention("person", (start, end), name.group(0), name.group(0), EXTRACTOR, 0.6, attrs))
    return out, alias_names, attached_names


def widen_name(ent: SpacySpan) -> SpacySpan:
    """Take back a given name the NER left out ("Derrick [Lamont Harris]")."""
    doc = ent.doc
    start = ent.start
    titles = role_cues()["en"]["official_titles"]
    while (
        start > ent.sent.start
        and ent.end - start < 4
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        # a given name the NER made a PERSON of its own ("[Juan] [Reyes Rojas] admitted")
        and doc[start - 1].ent_type_ in ("", "PERSON")
        and doc[start - 1].whitespace_
        and doc[start - 1].lower_.rstrip(".") not in titles
    ):
        start -= 1
    return doc[start : ent.end] if start != ent.start else ent


_PERSON_NOUN_AFTER = re.compile(
    r"\s+(?:man|woman|boy|girl|resident|mother|father|teenager|student|worker|national|local)\b"
)


def _blocks_a_name(ent: SpacySpan, *, aged_after: bool) -> bool:
    """Whether an entity of the NER's keeps a name-with-age match over it from being a person."""
    if ent.label_ in ("ORG", "NORP", "FAC"):
        # a demonym-looking first name ("Narayan" as NORP) or a name taken for a building ("Le Thi
        # Mai, 37," tagged FAC) is still a name; an agency is not
        return organisations.org_kind(ent.text) is not None
    if ent.label_ == "GPE" and aged_after:
        # "Tomáš Kováč, 31," tagged GPE: a place no gazetteer knows, with an age after it, is a name
        # ("a 27-year-old Davoren Park man" is a place all the same)
        return geocode(ent.text) is not None
    return True


def named_with_age(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    # Names may sit inside an ORG the NER made up ("Somchai Phromsri" tagged ORG); agencies,
    # people and places the NER found stay as they are.
    out = []
    for match in _NAMED_WITH_AGE.finditer(doc_text(doc)):
        group = "a" if match.group("a") else "b"
        s, e = match.span(group)
        if group == "b" and _PERSON_NOUN_AFTER.match(doc_text(doc), e):
            continue  # "a 27-year-old Davoren Park man": where he is from
        overlapping = (ent for ent in doc.ents if s < ent.end_char and ent.start_char < e)
        if any(_blocks_a_name(ent, aged_after=group == "a") for ent in overlapping):
            continue
        span = doc.char_span(s, e, alignment_mode="contract")
        if (
            span is None
            or country_code(span.text)
            or span[-1].lower_ in STREET_WORDS
            or demonym_code(span.text)
        ):
            continue
        mention = people.english_person(span, offset)
        if mention is not None:
            mention.attributes["boilerplate"] = is_boiler(s + offset)
            out.append(mention)
    return out


_INITIAL = re.compile(r"^[A-Z]\.$")
_SURNAME = re.compile(r"^[A-Z][a-zà-ÿăâîșşțţ’'-]+$")


def initial_names(doc: Doc) -> None:
    """ "I. Popescu" is a person: the small model often tags an initial and a surname GPE, ORG or
    NORP, or splits the initial off ("[D.] [Stan]"). Relabel such spans PERSON in place."""
    ents = list(doc.ents)
    changed = False
    out: list[SpacySpan] = []
    for ent in ents:
        words = [t.text for t in ent]
        if (
            ent.label_ in ("GPE", "ORG", "NORP", "LOC", "FAC")
            and len(words) in (2, 3)
            and _INITIAL.match(words[0])
            and all(_SURNAME.match(w) for w in words[1:])
        ):
            out.append(SpacySpan(doc, ent.start, ent.end, label="PERSON"))
            changed = True
            continue
        if (
            ent.label_ == "PERSON"
            and ent.start > 0
            and _INITIAL.match(doc[ent.start - 1].text)
            and not _INITIAL.match(ent[0].text)
        ):
            if out and out[-1].end == ent.start:
                out.pop()  # the initial was an entity of its own ("[D.] [Stan]")
            out.append(SpacySpan(doc, ent.start - 1, ent.end, label="PERSON"))
            changed = True
            continue
        out.append(ent)
    if changed:
        doc.ents = out


# A nickname in quotes between a given name and a surname: 'Benigno "Benny" Soriano'
_NICKNAMED = re.compile(
    r"\b[A-Z][\w'’-]+[ \t]+[\"“][A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?[\"”][ \t]+"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
)


def nicknamed_names(doc: Doc) -> None:
    """'Benigno "Benny" Soriano' is one person: the NER stops at the quote and tags the given name
    alone. Where a PERSON span starts the match, tag the whole name PERSON in place."""
    ents = list(doc.ents)
    starts = {e.start_char for e in ents if e.label_ == "PERSON"}
    changed = False
    for match in _NICKNAMED.finditer(doc_text(doc)):
        if match.start() not in starts:
            continue
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is None:
            continue
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [span]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


# A list of three or more names ("… issued for Ann Lee, Bo Lee Jr., Cy Ray and Di Ray"): the NER
# often tags some items and misses the others, which are people all the same. A list after "in" with
# a place among its items ("raids in West Bromwich, Great Barr and Castle Vale") is one of places.
_LISTED_WORDS = r"[A-Z][\w’'-]+(?:[ \t]+(?!(?:Jr|Sr)\b)[A-Z][\w’'-]+){1,3}(?:,?[ \t]+(?:Jr|Sr)\.?)?"
_LISTED_NAME = rf"{_LISTED_WORDS}(?:[ \t]*,[ \t]*\d{{1,2}}\b|[ \t]*\(\d{{1,2}}\))?"
_LIST_JOIN = r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
_NAME_LIST = re.compile(rf"{_LISTED_NAME}(?:{_LIST_JOIN}{_LISTED_NAME}){{2,}}")
_LISTED_ITEM = re.compile(_LISTED_WORDS)
_LOCATIVE = re.compile(r"\b(?:in|at|across|around|near|from|between|to)\s+$", re.IGNORECASE)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def listed_names(doc: Doc) -> None:
    """Give every item of a list of names the kind its list-mates show: people where the NER found
    at least two people, places where the list follows a preposition of place and holds a place."""
    ents = list(doc.ents)
    relabelled: list[SpacySpan] = []
    for match in _NAME_LIST.finditer(doc_text(doc)):
        whole = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        items = [
            doc.char_span(m.start() + match.start(), m.end() + match.start(), alignment_mode="contract")
            for m in _LISTED_ITEM.finditer(match.group(0))
        ]
        items = [s for s in items if s is not None and len(s) > 1]
        overlapping = [[e for e in ents if e.start < s.end and s.start < e.end] for s in items]
        after_place_word = _LOCATIVE.search(doc_text(doc)[max(0, match.start() - 12) : match.start()])
        people_found = sum(any(e.label_ == "PERSON" for e in found) for found in overlapping)
        if not after_place_word and people_found < 2:
            continue  # neither a list of places nor one of people: no gazetteer lookups needed
        placed = [
            any(e.label_ in _PLACE_LABELS for e in found) or geocode(span.text) is not None
            for span, found in zip(items, overlapping, strict=True)
        ]
        if any(placed) and after_place_word:
            relabelled += [
                SpacySpan(doc, span.start, span.end, label="GPE")
                for span, found in zip(items, overlapping, strict=True)
                if found
                and all(e.label_ == "PERSON" and span.start <= e.start and e.end <= span.end for e in found)
            ]
            continue
        if any(placed) or people_found < 2:
            continue
        for span, found in zip(items, overlapping, strict=True):
            if any(e.label_ == "PERSON" or e.start < whole.start or e.end > whole.end for e in found):
                continue  # already a person, or part of an entity reaching beyond the list
            if country_code(span.text) or demonym_code(span.text) or people.is_business_name(span.text):
                continue
            relabelled.append(SpacySpan(doc, span.start, span.end, label="PERSON"))
    _replace_ents(doc, relabelled)


def _replace_ents(doc: Doc, spans: list[SpacySpan]) -> None:
    """Put `spans` among the document's entities in place of those they overlap."""
    if spans:
        kept = [e for e in doc.ents if not any(a.start < e.end and e.start < a.end for a in spans)]
        doc.ents = sorted(kept + spans, key=lambda e: e.start)


# A charging document's list of defendants, one per line: "- Jesús Adrián Villeda, aka "Chuy," 33, of
# Vidalia, Ga.;" or "1. Corey Little, also known as "C-Lo," 35, of Las Vegas;". The small model
# misses or cuts such names; the shape (a list line, a name, perhaps an alias, an age) is a person.
_PARTICLE = r"(?:de|del|da|dos|das|di|la|le|van|von|bin|binti|al|el)"
_CAPITAL_WORD = r"[A-ZÀ-ÝĂÂÎȘŞȚŢ][\w'’.-]*"
_DEFENDANT_LINE = re.compile(
    rf"^[ \t]*(?:[-•*·▪]|\d{{1,2}}[.)])[ \t]+(?P<name>{_CAPITAL_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*"
    rf"{_CAPITAL_WORD}){{1,4}})"
    r"(?=,[ \t]*(?:(?:also known as|aka|a/k/a|a\.k\.a\.)[^;\n]{0,60}?,[\"”'’]?[ \t]*)?\d{1,2},)",
    re.MULTILINE,
)


# "Nadim and Rania Saleh", "Terence, Lee and Kelly Carver": given names that share the surname written
# once, at the end. The NER tags the last person and files the bare given names as places or bodies.
_GIVEN = r"[A-Z][a-z]+"
_SHARED_SURNAME = re.compile(
    rf"(?<![\w’'-])(?P<firsts>{_GIVEN}(?:,[ \t]+{_GIVEN})*)(?:,?[ \t]+(?:and|&)[ \t]+)"
    rf"(?P<last>{_GIVEN}[ \t]+(?P<surname>[A-Z][\w’'-]+))\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|of|between)[ \t]+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w’'.-]+)[ \t]+$")
SHARED_SURNAME_KB = "surname:"
_KIN_TOGETHER = frozenset({"brothers", "sisters", "siblings", "couple", "spouses", "twins", "cousins",
                           "sons", "daughters"})  # fmt: skip


def shared_surnames(doc: Doc) -> None:
    """Tag each bare given name before "and <Given> <Surname>" a person of that surname (the surname
    rides in the span's kb_id, as `SHARED_SURNAME_KB` + surname)."""
    text = doc_text(doc)
    if " and " not in text and "&" not in text:
        return
    found = []
    for m in _SHARED_SURNAME.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        # "brothers Arben and Besnik Krasniqi": kin named together share the surname, whatever the
        # given names (our lists do not hold every Albanian or Fijian one) and whatever the NER calls them
        kin = before is not None and before.group(1).lower() in _KIN_TOGETHER
        last = doc.char_span(m.start("last"), m.end("last"), alignment_mode="contract")
        covering = [e for e in doc.ents if e.start <= last.start < e.end] if last is not None else []
        as_person = any(e.label_ == "PERSON" for e in covering)
        if not (as_person or (kin and covering)):
            continue  # the NER must see the written-out name as a person (kin: as any name)
        if kin and not as_person:
            found.append(SpacySpan(doc, last.start, last.end, label="PERSON"))
        if _PLACE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "in Paris and Luca Bernardi in Milan": a place before a person
        if before and before.group(1)[0].isupper() and not kin:
            continue  # "Laura Pinto and Derek Shaw": the first name is someone's surname
        start = m.start("firsts")
        for given in re.finditer(_GIVEN, m.group("firsts")):
            word = given.group(0)
            if not (is_given_name(word) or kin) or country_code(word):
                break
            span = doc.char_span(start + given.start(), start + given.end(), label="PERSON",
                                 kb_id=SHARED_SURNAME_KB + m.group("surname"))  # fmt: skip
            if span is not None:
                found.append(span)
    _replace_ents(doc, found)


def surnames_filed_as_bodies(doc: Doc) -> None:
    """Tag a lone surname the NER filed as an organisation a person when a person of that surname is
    written out in full in the same text ("Attila Kovacs … Kovacs was arrested")."""
    # the full name must read as one: a known given name first ("Polda Kepri" is a police command,
    # "di Latina" a court's town)
    surnames = {
        e[-1].text
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e) > 1
        and len(e[-1]) > 2
        and all(t.is_title or (len(t.text) <= 2 and t.text[0].isupper()) for t in e)
        and is_given_name(e[0].text)
        and not country_code(e[-1].text)
    }
    if not surnames:
        return
    found = [
        SpacySpan(doc, e.start, e.end, label="PERSON")
        for e in doc.ents
        if e.label_ == "ORG" and len(e) == 1 and e.text in surnames
    ]
    _replace_ents(doc, found)


_CHARGING_LEAD = re.compile(
    r"\b(?:charg\w*|indict\w*|defendants?|sentenced|arrested|convicted|pleaded|accused|suspects?)\b",
    re.IGNORECASE,
)


def defendant_lines(doc: Doc) -> None:
    """Tag each name of a one-per-line list of defendants (name, alias, age) as a person."""
    text = doc_text(doc)
    if "\n" not in text:
        return
    found = []
    for m in _DEFENDANT_LINE.finditer(text):
        # under a charging lead ("The indictment charges:", "The defendants are:") they are the accused
        lead = _CHARGING_LEAD.search(text, max(0, m.start() - 400), m.start())
        span = doc.char_span(m.start("name"), m.end("name"), label="PERSON",
                             kb_id="defendant" if lead else "", alignment_mode="contract")  # fmt: skip
        if span is not None and len(span) > 1 and not people.is_business_name(span.text):
            found.append(span)
    _replace_ents(doc, found)
