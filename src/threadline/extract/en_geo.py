"""Places and countries from NER spans: whether a place is where victims came from or where they
were exploited (from the governing preposition and verb), and towns inside agency names
("Preston Crown Court") for the gazetteer to confirm."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from threadline.extract.alternation import scanned
from threadline.extract.en_vocab import (
    DESTINATION_VERBS,
    EXTRACTOR,
    GROUP_NOUNS,
    ORIGIN_VERBS,
    STREET_WORDS,
    VICTIM_NOUNS,
)
from threadline.extract.places import (
    country_code,
    country_pair,
    demonym_code,
    geocode,
    is_division_name,
    is_region_name,
)
from threadline.extract.textutil import CALENDAR_WORDS, doc_text
from threadline.extract.types import Mention

_DISTANCE_BEFORE = re.compile(
    r"\d\s*(?:km|kms|kilometres|kilometers|miles|mi)\b[\w\s]{0,12}?\b(?:from|of|outside)\s*$"
    # "a two-hour drive from the country's capital, Manila"
    r"|\b(?:drive|ride|journey|flight|hours?|minutes?)\s+(?:away\s+)?from\s+(?:the\s+)?"
    r"(?:country['’]s\s+|nation['’]s\s+|state['’]s\s+)?(?:capital,?\s*)?$",
    re.IGNORECASE,
)
# Where an official sits or speaks from ("the ambassador in Manila", "police headquarters in Nairobi",
# "a statement in Abuja"): not where the case happened. Embassies stay: victims turn to them.
_SEAT_NOUNS = frozenset(
    {"ambassador", "headquarters", "hq", "statement", "briefing", "brief", "media", "medium"}
)


# "MANILA, Philippines --", "Prague, April 3 (CTK) –", "WASHINGTON —", "Dhaka: An Indian court":
# the town a report was filed from, written before its first sentence; not a place of the case.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:date[ \t]+)?(?:\d{4}-\d\d-\d\d[ \t]+)?$")
# (a day may open the date: "KOTA KINABALU, 9 Sept 2025 –")
_DATELINE_AFTER = re.compile(
    r"(?:,[ \t]*(?:[A-Z][\w.]*|\d{1,2}[ \t]+[A-Z][a-z]+\.?)(?:[ \t]+[\w.()]+){0,3}){0,2}"
    r"[ \t]*(?:—|–|--|:|\||\.[ \t]+(?=[A-Z]))"
)


def _part_by_origin(number: Token) -> bool:
    """Whether a number before "of <country>" is one part of a group told by origin, after a dash,
    a colon, a parenthesis or a comma ("– 19 of Nepal, six of India"): not "two of Italy's ports"."""
    doc = number.doc
    return (
        number.like_num and number.i > 0 and doc[number.i - 1].text in ("–", "-", "—", ":", "(", ",", "and")
    )


def is_dateline(ent: SpacySpan) -> bool:
    """Whether a place opens a line as the dateline of a report."""
    text = doc_text(ent.doc)
    before = text[max(0, ent.start_char - 40) : ent.start_char]
    return bool(_DATELINE_BEFORE.search(before)) and bool(_DATELINE_AFTER.match(text, ent.end_char))


# "held at police stations in Naas and Tullamore": where suspects were taken, not where the case was.
_CUSTODY_LEMMAS = frozenset({"hold", "detain", "custody", "question", "questioning", "interview"})
# "police services from Barrie, Durham Region, Halton Region …", "officials from several states,
# including Hawaii and Oregon": the towns of partner forces, listed; not places of the case.
_PARTNER_NOUNS = frozenset(
    {"police", "service", "force", "official", "officer", "agency", "department", "constabulary"}
)
_AREA_NOUNS = frozenset({"state", "county", "city", "region", "province", "district", "town", "area"})


def _partner_list(ent: SpacySpan) -> bool:
    """Whether a place is one of several named after "police services from" or the like."""
    tok = ent.root
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head  # "Durham" of "Durham Region"
    items = 1
    while tok.dep_ == "conj" and tok.head != tok:
        tok, items = tok.head, items + 1
    items += sum(1 for c in tok.children if c.dep_ == "conj")
    if items < 2 or tok.dep_ != "pobj":
        return False
    prep = tok.head
    governor = prep.head
    if prep.lower_ in ("including", "like") and governor.lemma_.lower() in _AREA_NOUNS:
        if governor.dep_ != "pobj":
            return False
        prep, governor = governor.head, governor.head.head  # "from several states, including …"
    # (a noun: "forcing nine workers from Guatemala and Honduras" is no police force)
    return (
        prep.lower_ in ("from", "of", "in")
        and governor.lemma_.lower() in _PARTNER_NOUNS
        and governor.pos_ in ("NOUN", "PROPN")
    )


# frauds the victims were forced to run, whose targets live elsewhere
_FRAUD_AIMED = re.compile(r"\b(?:scams?|frauds?|schemes?|swindles?|calls?)\s+$", re.IGNORECASE)
_LIST_NOUNS = frozenset({"country", "nation", "state", "region", "province", "city", "town", "place", "area"})


def _sentence_lemmas(ent: SpacySpan) -> set[str]:
    """The lower-cased lemmas of the sentence `ent` stands in, read once per sentence (several places
    of a sentence ask, and most places need them not at all)."""
    sent = ent.sent
    key = ("threadline:sentence_lemmas", sent.start)
    found = ent.doc.user_data.get(key)
    if found is None:
        found = ent.doc.user_data[key] = {t.lemma_.lower() for t in sent}
    return found


# words that stand for the people just counted: "Most are from …", "Several were from …"
_GROUP_PRONOUNS = frozenset(
    {"they", "both", "most", "many", "some", "all", "several", "half", "majority", "rest"}
)


# a border crossed after a place in the same sentence: the place was passed through ("flown to Bangkok
# and then taken by road across the border to Sihanoukville")
_CROSSED_LATER = re.compile(
    r"\b(?:across|over) the (?:[\w-]+ ){0,2}(?:border|river|frontier)\b", re.IGNORECASE
)


def _crossed_after(ent: SpacySpan) -> bool:
    """Whether the sentence crosses a border or river after `ent`."""
    return _CROSSED_LATER.search(ent.sent.text, ent.end_char - ent.sent.start_char) is not None


def relation(ent: SpacySpan) -> str | None:
    """'origin' or 'destination' when the words governing a place or country say so ('promised' for
    where jobs were offered, a destination only when no other is told; 'mistaken' for where someone
    only thought the victims came from)."""
    if is_dateline(ent):
        return "dateline"
    if _partner_list(ent):
        return "partner"
    root = ent.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    before = ent.doc[max(0, ent.start - 2) : ent.start].text.lower()
    if before.endswith(("via", "through", "en route", "en-route", "transiting")):
        return "transit"  # "heading to Libya via Niger": passed through, neither origin nor destination
    if _DISTANCE_BEFORE.search(ent.doc[max(0, ent.start - 8) : ent.start].text):
        return "reference"  # "200km from Phnom Penh": a landmark for the reader, not a place of the case
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("including", "like", "as")
        and root.head.head.lemma_.lower() in _LIST_NOUNS
        and root.head.head.dep_ == "pobj"
    ):
        root = root.head.head  # "from countries including Romania and Moldova": what "countries" is
    elif (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _LIST_NOUNS
        and root.head.head.dep_ == "pobj"
    ):
        root = root.head.head  # "workers from the Indian state of Punjab": where "the state" stands
    if root.dep_ != "pobj":
        return None
    if any(a.lower_ in _MISTAKEN_VERBS for a in root.ancestors):
        return "mistaken"  # "tourists thought the men came from India": what someone wrongly took for true
    prep_tok = root.head
    prep = prep_tok.lower_
    governor = prep_tok.head
    gov = governor.lemma_.lower()
    doc = ent.doc
    if prep == "from" and (
        gov in ORIGIN_VERBS | GROUP_NOUNS | VICTIM_NOUNS | {"all", "native"}
        or _sentence_lemmas(ent)
        & {
            "victim",
            "rescue",
            "recruit",
            "traffic",
            "worker",
            "force",
            "exploit",
            "lure",
            "sell",
            "enslave",
            "free",
            "fisherman",
        }
    ):
        return "origin"
    if prep == "from" and governor.like_num and governor.i < prep_tok.i:
        return "origin"  # "eleven from Indonesia and three from the Philippines": a group told by origin
    if prep == "from" and gov == "be":
        # "Nine of the men are from Myanmar"
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(
            t.lemma_.lower() in GROUP_NOUNS or t.like_num or t.lower_ in _GROUP_PRONOUNS
            for t in subject.subtree
        ):
            return "origin"  # "They all are from Bangladesh", "Most are from Zimbabwe and India"
    if prep == "of" and gov in ("native", "national", "citizen", "resident"):
        return "origin"
    if prep == "of" and prep_tok.i > 0 and _part_by_origin(doc[prep_tok.i - 1]):
        return "origin"  # translated: "19 of Nepal, six of India and three of Bangladesh"
    back = prep_tok.i > 0 and doc[prep_tok.i - 1].lower_ == "back"
    if prep in ("to", "into") and gov in DESTINATION_VERBS and not back:
        return "crossed" if _crossed_after(ent) else "destination"
    if prep in ("in", "at") and gov in _SEAT_NOUNS:
        return "seat"
    if prep in ("in", "at") and gov == "station" and _sentence_lemmas(ent) & _CUSTODY_LEMMAS:
        return "custody"
    just_before = doc[prep_tok.i - 1].lemma_.lower() if prep_tok.i > 0 else ""
    if prep == "in" and (gov in _WORK_NOUNS or just_before in _WORK_NOUNS):
        return "promised"  # "promised jobs in Dubai", "under the guise of employment in Dubai"
    if prep in ("in", "across", "around", "at", "inside"):
        # the verb the phrase hangs on, through a noun or two ("recruiting females in Romania")
        verb = governor
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma == "target" and _FRAUD_AIMED.search(doc.text, max(0, verb.idx - 60), verb.idx):
            return None  # "forced to run scams targeting victims in the United States": the fraud's marks
        if lemma in {"recruit", "lure", "groom", "target", "entice", "find"}:
            return "origin"
        if lemma in _OPERATION_VERBS:
            return "operation"  # "searches were carried out in Newry": where the authorities acted
        if lemma == "live" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _KIN_NOUNS for c in verb.children
        ):
            return None  # "people know where your families live in Craiova": home, not the workplace
        if lemma in {
            "exploit",
            "force",
            "work",
            "sell",
            "enslave",
            "prostitute",
            "keep",
            "hold",
            "arrive",
            "employ",
            "live",
            "make",
            "put",
            "house",
            "abuse",
            "toil",
        }:
            # "on arriving in Bangkok they were driven … across the river into Myanmar"
            if lemma == "arrive" and _crossed_after(ent):
                return "crossed"
            return "destination"
    return None


_WEB_ADDRESS = re.compile(r"\.[a-z]{2,4}$")


def _not_a_place_name(text: str) -> bool:
    """ "Middle Street" (an address), "Metropolitan" (of a force's name), "Agerpres.ro" (a site)."""
    words = text.split()
    if not words:
        return True
    return (
        words[-1].lower() in STREET_WORDS
        or (len(words) == 1 and words[0].lower() in _ORG_HEAD_WORDS)
        or bool(_WEB_ADDRESS.search(text))
    )


# past beliefs the text goes on to correct; a caller who "thinks they are Romanian" is believed
_MISTAKEN_VERBS = frozenset({"thought", "assumed", "mistook", "mistaken", "presumed"})
_KIN_NOUNS = frozenset(
    {"family", "relative", "parent", "mother", "father", "wife", "husband", "child", "sister",
     "brother", "son", "daughter", "grandparent", "grandmother", "grandfather"}
)  # fmt: skip
_WORK_NOUNS = frozenset({"job", "employment", "work", "opportunity", "position", "post", "vacancy"})
_OPERATION_VERBS = frozenset(
    {"search", "raid", "arrest", "rescue", "free", "detain", "execute", "carry", "conduct", "swoop",
     "storm", "apprehend"}
)  # fmt: skip


_POSSESSIVE_TAIL = re.compile(r"\s*['’]s$")


_HYPHENED_HALF = re.compile(r"-[A-Z][a-z]+\b")


def place_or_country(ent: SpacySpan, offset: int, boiler: bool) -> Mention | None:
    text = ent.text.strip()
    span = (ent.start_char + offset, ent.end_char + offset)
    tail = _POSSESSIVE_TAIL.search(text)
    if tail:
        # "in Sunny Beach's nightlife strip": the NER took the possessive into the name
        text = text[: tail.start()]
        span = (span[0], span[0] + len(text))  # a span's text starts at its first token
    attrs: dict[str, object] = {"boilerplate": boiler, "relation": relation(ent), "label": ent.label_}
    code = country_code(text)
    if not code and not tail and (half := _HYPHENED_HALF.match(ent.doc.text, ent.end_char)):
        whole = text + half.group()
        if code := country_code(whole):
            # "Timor-Leste", "Guinea-Bissau": the tokenizer cut the country's name at its hyphen
            end = span[1] + len(half.group())
            return Mention("country", (span[0], end), whole, code, EXTRACTOR, 0.8, attrs)
    if code:
        return Mention("country", span, ent.text, code, EXTRACTOR, 0.8, attrs)
    if (not ent.ent_id_ and demonym_code(text)) or _not_a_place_name(text) or country_pair(text):
        return None
    return Mention("place", span, ent.text, text, EXTRACTOR, 0.6, attrs)


def place_candidate(ent: SpacySpan, offset: int, boiler: bool, *, person_alt: bool) -> Mention:
    attrs = {"boilerplate": boiler, "relation": relation(ent), "label": ent.label_,
             "needs_gazetteer": True, "person_alt": person_alt}  # fmt: skip
    span = (ent.start_char + offset, ent.end_char + offset)
    return Mention("place", span, ent.text, ent.text.strip(), EXTRACTOR, 0.3, attrs)


_ORG_HEAD_WORDS = {
    "crown", "court", "magistrates", "magistrates'", "magistrates’", "police", "regional",
    "office", "divisional", "county", "district", "tribunal", "prosecutor", "prosecutors",
    "sheriff", "city", "municipal", "constabulary", "council", "youth", "high", "superior",
    "circuit", "family", "state", "provincial", "area", "local", "metropolitan", "division",
}  # fmt: skip


# A police force or council named after its area ("Suffolk Police", "Durham Constabulary") is a partner, not a
# place of the case: annotators leave the force's county out, while they keep a court's town.
_FORCE_WORDS = frozenset({"police", "constabulary", "policing", "council", "sheriff"})


def place_in_org(ent: SpacySpan, offset: int, boiler: bool) -> Mention | None:
    """The town in "Preston Crown Court" or "NBI Mindanao Regional Office"; gazetteer decides."""
    words = [t for t in ent if not t.is_punct]
    if any(t.lower_ in _FORCE_WORDS for t in words):
        return None
    while words and (words[0].lower_ == "the" or words[0].text.isupper()):
        words = words[1:]
    head = next((i for i, t in enumerate(words) if t.lower_ in _ORG_HEAD_WORDS), None)
    if not head or head > 2:
        return None
    candidate = words[:head]
    if not all(t.text[:1].isupper() for t in candidate):
        return None
    text = " ".join(t.text for t in candidate)
    if country_code(text) or demonym_code(text):
        return None
    start = candidate[0].idx + offset
    end = candidate[-1].idx + len(candidate[-1].text) + offset
    attrs = {"boilerplate": boiler, "relation": None, "label": "ORG", "needs_gazetteer": True,
             "person_alt": False, "in_org": True}  # fmt: skip
    return Mention("place", (start, end), text, text, EXTRACTOR, 0.3, attrs)


_POSSESSIVE = frozenset({"'s", "’s"})


def long_division_places(ent: SpacySpan, offset: int, boiler: bool) -> list[Mention]:
    """ "Ho Chi Minh City" or "Gia Lai’s Phu Thien District" tagged PERSON: too long for a name the
    NER mistook, but a division word at the end makes it a place (or two, around the possessive)."""
    cut = next((t.i for t in ent if t.lower_ in _POSSESSIVE), None)
    parts = [ent] if cut is None else [ent.doc[ent.start : cut], ent.doc[cut + 1 : ent.end]]
    out = [
        place_candidate(part, offset, boiler, person_alt=True)
        for part in parts
        if len(part) and part[0].text[:1].isupper() and not country_code(part.text)
    ]
    if len(out) == 2 and geocode(out[0].value) is not None and len(out[1].value.split()) > 1:
        # a named unit of a known region: the district gazetteers do not list is a place all the same
        out[1].attributes["needs_gazetteer"] = False
    return out


# lower-case words inside place names ("Lanao del Sur", "Rio de Janeiro", "Stratford-upon-Avon")
_NAME_PARTICLES = frozenset(
    {"de", "del", "da", "do", "dos", "das", "di", "du", "la", "el", "al", "upon", "on"}
)
# what comes before a list of places: "in Sultan Kudarat, Lanao del Sur and Cotabato"
_LIST_BEFORE = frozenset({"in", "from", "at", "near", "across", "between", "around", "to", ",", "and"})
_NOT_PLACE_WORDS = _ORG_HEAD_WORDS | {
    "police", "service", "agency", "unit", "bureau", "department", "force", "army", "navy", "guard",
    "commission", "directorate", "ministry", "authority", "squad", "group", "foundation", "trust",
    "association", "company", "ltd", "inc", "limited", "care", "justice", "immigration", "customs",
}  # fmt: skip


def _place_like(part: SpacySpan) -> bool:
    words = [t for t in part if not t.is_punct]
    if not words or len(words) > 3 or part.text.isupper():
        return False
    if not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
        return False
    return words[-1].lower_ not in STREET_WORDS and all(
        (t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES) and t.lower_ not in _NOT_PLACE_WORDS
        for t in words
    )


def joined_places(ent: SpacySpan, offset: int, boiler: bool) -> list[Mention] | None:
    """Places in one span the NER called an organisation: "[Lanao del Sur and Cotabato]" at the
    end of a list of places, or "[Gia Lai and police]" ("Gia Lai and police officers"). None when
    the span is not of that shape; the gazetteer confirms each place later."""
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) != 1:
        return None
    # "[Miri and Sibu in Sarawak]": the towns and the state they are in
    ins = [t.i for t in ent if t.lower_ == "in" and t.i > ands[0]]
    end = ins[0] if len(ins) == 1 else ent.end
    left, right = ent.doc[ent.start : ands[0]], ent.doc[ands[0] + 1 : end]
    if not len(left) or not len(right) or left[0].lower_ == "the" or not _place_like(left):
        return None
    if right.text == "police" and end == ent.end:
        parts = [left]
    else:
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before not in _LIST_BEFORE or not _place_like(right):
            return None
        parts = [left, right]
        if end != ent.end:
            within = ent.doc[end + 1 : ent.end]
            if not len(within) or not _place_like(within):
                return None
            parts.append(within)
    out = []
    for part in parts:
        if country_code(part.text):
            country = place_or_country(part, offset, boiler)
            if country is not None:
                out.append(country)
        elif not demonym_code(part.text):
            out.append(place_candidate(part, offset, boiler, person_alt=False))
    return out


# "the Thane district of Maharashtra", "Murbad taluka", "Kogi State": a named administrative unit,
# which the small model often leaves untagged; the gazetteer confirms it later.
_DIVISION = scanned(
    r"(?<![\w-])(?P<unit>(?:[A-Z][\w’'-]+[ \t]){1,2})(?:[Dd]istrict|[Pp]rovince|county|taluka|tehsil|"
    r"prefecture|municipality|[Rr]egion|Local[ \t]+Government(?:[ \t]+Area)?|LGA|"
    # "Yarcha Rural Municipality", "the Rupaidiha area", "Malethu village", "the Flores neighbourhood"
    r"[Rr]ural[ \t]+[Mm]unicipality|[Ss]ub-?[Mm]unicipality|village|area|neighbou?rhood|suburb|township)\b"
    r"(?:[ \t]+of[ \t]+(?P<parent>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+)?))?"
    # "the Greater Leeds Area": a metropolitan area, named by its city
    r"|(?<![\w-])Greater[ \t]+(?P<metro>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+)?)[ \t]+Area\b"
)
# a Nepali "Rural Municipality" or "Sub-Municipality" is a unit however it is capitalised
_NEPALI_UNIT = re.compile(r"(?:rural\s+municipality|sub-?municipality)", re.IGNORECASE)
_CUT_OR_DESCRIBED = re.compile(r"(?:\b(?:de|da|do|del|di|du|des)|(?<![\w-])(?:a|an))[ \t]+$")
_NOT_UNIT = frozenset({"The", "A", "An", "In", "Of", "From", "This", "That", "Its", "Their", "His", "Her"})


def division_places(
    doc: Doc, offset: int, is_boiler: Callable[[int], bool], have: list[Mention]
) -> list[Mention]:
    taken: dict[tuple[int, int], list[Mention]] = {}
    for m in have:
        if m.kind in ("place", "country"):
            taken.setdefault(m.span, []).append(m)
    out = []
    for match in _DIVISION.finditer(doc_text(doc)):
        for group in ("unit", "parent", "metro"):
            if match.group(group) is None:
                continue
            # the unit word after the name: "district" in running text, "District" in a name
            unit_word = match.group(0)[match.end("unit") - match.start() :] if match.group("unit") else ""
            unit_lower = unit_word[:1].islower()
            if group == "parent" and not unit_lower:
                continue  # only "the Thane district of Maharashtra"; "District of Columbia" is one name
            s, e = match.span(group)
            words = doc_text(doc)[s:e].split()
            while words and words[0] in _NOT_UNIT:
                s += len(words[0]) + 1
                words = words[1:]
            if not words or words[-1].lower() in STREET_WORDS:
                continue  # "the Antrim Road area": a street, not a place of the case
            e = s + len(" ".join(words))
            # "the Naif district", "Kavre district": a unit named in running text is a place even
            # where no gazetteer lists it ("Business District" capitalised may be a quarter's name)
            named = (
                group == "unit"
                and (unit_lower or _NEPALI_UNIT.match(unit_word) is not None)
                and all(w.istitle() or w.isupper() for w in words)
            )
            if _CUT_OR_DESCRIBED.search(doc_text(doc), max(0, s - 6), s):
                continue  # "Sul de Minas region": part of a longer name; "a Christian neighbourhood"
            if (s + offset, e + offset) in taken:
                for m in taken[(s + offset, e + offset)]:
                    m.attributes["unit_named"] = m.attributes.get("unit_named") or named
                continue
            if country_code(doc_text(doc)[s:e]) or demonym_code(doc_text(doc)[s:e]):
                continue  # "the Philippine province of Iloilo": the country's adjective
            span = doc.char_span(s, e, alignment_mode="contract")
            if span is None:
                continue
            candidate = place_candidate(span, offset, is_boiler(s + offset), person_alt=False)
            candidate.attributes["unit_named"] = named
            out.append(candidate)
    out += _untagged_after_preposition(doc, offset, is_boiler) + _named_as_a_town(doc, offset, is_boiler)
    out += _particle_names(doc, offset, is_boiler) + _after_a_place(doc, offset, is_boiler)
    out += _residents_of(doc, offset, is_boiler) + _before_a_region(doc, offset, is_boiler)
    out += _irish_counties(doc, offset, is_boiler)
    return out + listed_places(doc, offset, is_boiler, have)


# Irish counties written "Co Down", "Co. Roscommon": no gazetteer keys them so, and the NER takes them
# for people. The six of Northern Ireland are in the United Kingdom.
_NORTHERN_COUNTIES = frozenset({"Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone"})
_IRISH_COUNTY = scanned(
    r"\b(?:Co\.?|County)[ \t]+(?P<county>Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|"
    r"Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|"
    r"Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b"
)


def _irish_counties(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    out = []
    for match in _IRISH_COUNTY.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is None:
            continue
        country = "GB" if match.group("county") in _NORTHERN_COUNTIES else "IE"
        attrs = {"boilerplate": is_boiler(match.start() + offset), "relation": relation(span),
                 "label": "county", "country": country, "unit_named": True}  # fmt: skip
        start, end = match.start() + offset, match.end() + offset
        out.append(Mention("place", (start, end), match.group(0), match.group(0), EXTRACTOR, 0.7, attrs))
    return out


_NAME = r"[A-Z][\w’'-]+(?:[ \t](?:(?:de|del|de[ \t]la|de[ \t]los|da|do|di)[ \t])?[A-Z][\w’'-]+){0,2}"
_CITY_OF = scanned(
    r"\b(?:city|town|village|port|municipality|province|state|region|district|island)[ \t]+of[ \t]+"
    rf"(?P<name>{_NAME})"
    # "the city of Cuernavaca, Morelos —": the state the town is in, written after it
    r"(?:,[ \t]+(?P<within>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+)?)(?=[ \t]*(?:[—–,.;:()]|$)))?"
    # "the municipalities of Laguardia and Navaridas", "the provinces of Leyte, Samar and Cebu"
    r"|\b(?:cities|towns|villages|municipalities|provinces|states|regions|districts|islands)[ \t]+of[ \t]+"
    rf"(?P<names>{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME})"
)
_LIST_SPLIT = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")


def _named_as_a_town(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """ "in the city of Toluca", "the town of Kete Krachi", "the municipalities of A and B": the kind
    word makes the name a place the NER often leaves untagged or calls an organisation; the gazetteer
    still confirms it, however small the town (`named_as`)."""
    out = []
    for match in _CITY_OF.finditer(doc_text(doc)):
        if match.group("name") is not None:
            pieces = [match.span(g) for g in ("name", "within") if match.group(g) is not None]
        else:
            start = match.start("names")
            pieces, pos = [], start
            for sep in _LIST_SPLIT.finditer(match.group("names")):
                pieces.append((pos, start + sep.start()))
                pos = start + sep.end()
            pieces.append((pos, match.end("names")))
        for s, e in pieces:
            span = doc.char_span(s, e, alignment_mode="contract")
            if span is None or not len(span) or country_code(span.text) or demonym_code(span.text):
                continue
            if span.root.ent_type_ in _PLACE_ENT_LABELS:
                continue  # the NER's own place mention stands
            candidate = place_candidate(span, offset, is_boiler(s + offset), person_alt=False)
            candidate.attributes["named_as"] = True
            out.append(candidate)
    return out


_PARTICLE_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP"})


def _particle_names(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """ "Alcázar de San Juan", "Madre de Dios" tagged as an organisation or a person: a name joined
    by "de"/"del" is often a town or region of Spanish, Portuguese or Italian naming; the gazetteer
    confirms it."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in _PARTICLE_NAME_LABELS or not 3 <= len(ent) <= 5:
            continue
        words = list(ent)
        if words[0].lower_ == "the":
            continue
        inner = [t for t in words[1:-1] if t.lower_ in _NAME_PARTICLES]
        if not inner or not all(t.is_title or t in inner for t in words):
            continue
        if any(t.lower_ in _NOT_PLACE_WORDS for t in words):
            continue
        out.append(place_candidate(ent, offset, is_boiler(ent.start_char + offset), person_alt=False))
    return out


def _after_a_place(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """ "in Kuching, Sarawak, rescued …": the state or province written after a town, which the
    NER leaves untagged; the gazetteer confirms it in the case's countries."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            continue
        i = j = ent.end + 1
        while j - i < 3 and j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
            if doc[j].ent_type_:
                break
            j += 1
        if j == i or (j < len(doc) and not (doc[j].is_punct or doc[j].is_lower)):
            continue
        span = doc[i:j]
        if country_code(span.text) or demonym_code(span.text):
            continue
        out.append(place_candidate(span, offset, is_boiler(span.start_char + offset), person_alt=False))
    return out


# "two Banten residents", "a resident of Flores", "natives of Kavre": where people live
_RESIDENTS = scanned(
    rf"(?<![\w-])(?P<before>{_NAME})[ \t]+(?:residents?|natives?)\b"
    rf"|\b(?:residents?|natives?|inhabitants?)[ \t]+of[ \t]+(?P<after>{_NAME})"
)


def _place_name_span(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The name at text[start:end] without leading capitalised function words ("The", "In", "Their"),
    as a span; None when nothing is left or it names a country or a nationality."""
    words = doc_text(doc)[start:end].split()
    while words and words[0] in _NOT_UNIT:
        start += len(words[0]) + 1
        words = words[1:]
    span = doc.char_span(start, end, alignment_mode="contract") if words else None
    if span is None or not len(span) or country_code(span.text) or demonym_code(span.text):
        return None
    return span


def _residents_of(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    out = []
    for match in _RESIDENTS.finditer(doc_text(doc)):
        group = "before" if match.group("before") is not None else "after"
        s, e = match.span(group)
        span = _place_name_span(doc, s, e)
        if span is None:
            continue
        if span.root.ent_type_ in _PLACE_ENT_LABELS or span.root.ent_type_ == "PERSON":
            continue
        out.append(place_candidate(span, offset, is_boiler(span.start_char + offset), person_alt=False))
    return out


# "Red Deer (Alberta)", "Levis (Quebec)": a town with its province in brackets after it
_TOWN_BRACKET = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'.-]+){0,3})[ \t]*\((?P<region>[A-Z][\w’' -]{2,30})\)"
)


def _before_a_region(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    out = []
    for match in _TOWN_BRACKET.finditer(doc_text(doc)):
        if not is_division_name(match.group("region")):
            continue
        span = _place_name_span(doc, *match.span("name"))
        if span is None:
            continue
        out.append(place_candidate(span, offset, is_boiler(span.start_char + offset), person_alt=False))
    return out


# Labels the small model gives town names by mistake ("in Winnipeg" DATE, "in Murcia" PRODUCT)
_MISREAD_LABELS = frozenset({"DATE", "TIME", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def _untagged_or_misread(tok: Token) -> bool:
    return not tok.ent_type_ or (tok.ent_type_ in _MISREAD_LABELS and tok.text not in CALENDAR_WORDS)


# Particles of English, French and German town names written with hyphens ("Stoke-on-Trent",
# "Weston-super-Mare", "Châlons-en-Champagne"): the model cuts such names at the hyphen or misses them.
_HYPHEN_PARTICLES = frozenset(
    {"on", "upon", "under", "in", "super", "le", "la", "sur", "en", "am", "an", "der"}
)


def hyphenated_end(doc: Doc, end: int) -> int:
    """Where a name ending at token `end` really ends when "-on-Trent" follows it tightly."""
    if (
        end + 2 < len(doc)
        and end > 0
        and not doc[end - 1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in _HYPHEN_PARTICLES
        and not doc[end + 1].whitespace_
        and doc[end + 2].text == "-"
        and not doc[end + 2].whitespace_
        and end + 3 < len(doc)
        and doc[end + 3].is_title
    ):
        return end + 4
    return end


def _untagged_after_preposition(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """ "salons in the Midlands", "a nail bar in Bath": proper nouns after "in/near/from" that the
    NER left untagged or tagged as no name at all; the gazetteer confirms them in the case's
    countries (or anywhere, for a big city)."""
    out = []
    for tok in doc:
        if tok.lower_ not in ("in", "near", "from", "at") or tok.i + 1 >= len(doc):
            continue
        i = tok.i + 1
        if doc[i].lower_ == "the":
            i += 1
        j = i
        while j < len(doc) and j - i < 4:
            if doc[j].pos_ == "PROPN" and doc[j].is_title and _untagged_or_misread(doc[j]):
                j += 1
            elif (
                j > i
                and doc[j].lower_ in _NAME_PARTICLES
                and j + 1 < len(doc)
                and doc[j + 1].is_title
                and not doc[j + 1].ent_type_
            ):
                j += 1  # "in Madre de Dios", "in San Jose del Monte"
            else:
                break
        if j > i:
            j = hyphenated_end(doc, j)
        if j == i or (j < len(doc) and doc[j].is_title):
            continue
        span = doc[i:j]
        if country_code(span.text) or demonym_code(span.text):
            continue
        out.append(place_candidate(span, offset, is_boiler(span.start_char + offset), person_alt=False))
    return out


_LIST_JOINERS = frozenset({",", "and", "or"})
_PLURAL_UNITS = frozenset(
    {"states", "districts", "provinces", "counties", "regions", "municipalities", "prefectures",
     "governorates"}
)  # fmt: skip
_PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _list_items(sent: SpacySpan) -> list[list[SpacySpan]]:
    """Chains of capitalised names joined by commas and "and"/"or" in one sentence:
    "in Cavan, Drogheda, Athlone, and Waterford" gives one chain of four names."""
    chains: list[list[SpacySpan]] = []
    chain: list[SpacySpan] = []
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        j = i
        while (
            j < sent.end
            and j - i < 3
            and (
                doc[j].is_title
                or (
                    j > i
                    and doc[j].lower_ in _NAME_PARTICLES
                    and j + 1 < sent.end
                    and doc[j + 1].ent_type_ != "DATE"  # "Kilkenny on Tuesday"
                )
            )
        ):
            j += 1
        while j > i and doc[j - 1].lower_ in _NAME_PARTICLES:
            j -= 1
        if j == i:
            if chain and doc[i].lower_ in _LIST_JOINERS:
                k = i
                while k < sent.end and doc[k].lower_ in _LIST_JOINERS and k - i < 2:
                    k += 1
                if k < sent.end and doc[k].is_title:
                    i = k
                    continue
            if len(chain) > 1:
                chains.append(chain)
            chain = []
            i += 1
            continue
        chain.append(doc[i:j])
        i = j
        if i < sent.end and doc[i].is_title:
            # a longer capitalised run is a title or an organisation, not a list item
            chain = []
            while i < sent.end and doc[i].is_title:
                i += 1
    if len(chain) > 1:
        chains.append(chain)
    return chains


def _inside_longer_entity(part: SpacySpan) -> bool:
    """Whether a word of `part` belongs to a non-place entity reaching beyond it: one that started
    before its first word or goes on after its last."""
    doc = part.doc
    edges = [part[0]] + ([doc[part.end]] if part.end < len(doc) else [])
    return any(t.ent_iob_ == "I" and t.ent_type_ not in _PLACE_ENT_LABELS for t in edges)


def listed_places(
    doc: Doc, offset: int, is_boiler: Callable[[int], bool], have: list[Mention]
) -> list[Mention]:
    """Names listed with places are places too: the small model tags some towns of "searched in
    Cavan, Drogheda, Athlone, Mullingar and Sligo" and leaves the others. Each name of a list of
    three or more, at least a third of them places already, becomes a candidate marked with its
    list, so that the gazetteer confirms it in the country of its list-mates (see case.py)."""
    places = {m.span: m for m in have if m.kind in ("place", "country")}
    out: list[Mention] = []
    for n, sent in enumerate(doc.sents):
        for chain in _list_items(sent):
            # "from Ondo, Edo and Osun states", "in Siraha and Sarlahi districts": the plural unit
            # after the list says every name of it is a place, whatever the NER tagged
            units = chain[-1].end < len(doc) and doc[chain[-1].end].lower_ in _PLURAL_UNITS
            if len(chain) < (2 if units else 3):
                continue
            spans = [(part.start_char + offset, part.end_char + offset) for part in chain]
            known = [
                sp
                for sp, part in zip(spans, chain, strict=True)
                if sp in places or part.root.ent_type_ in _PLACE_ENT_LABELS
            ]
            people = any(
                part.root.ent_type_ == "PERSON" and len(part) > 1 and not is_region_name(part.text)
                for part in chain
            )
            if not units and (people or len(known) * 3 < len(chain)):
                continue
            list_id = f"{n}:{spans[0][0]}"
            for sp, part in zip(spans, chain, strict=True):
                found = places.get(sp)
                if found is not None:
                    found.attributes["place_list"] = list_id
                    continue
                if country_code(part.text) or demonym_code(part.text) or not _place_like(part):
                    continue
                if part.start == sent.start and part[0].pos_ not in ("PROPN", "NOUN"):
                    continue  # "Instead, Pham and Tran treated them as free labour": a sentence's opener
                if not units and _inside_longer_entity(part):
                    continue  # "Marks & Spencer", "Cavan County Council": a name, not a list item
                candidate = place_candidate(part, offset, is_boiler(sp[0]), person_alt=False)
                candidate.attributes["place_list"] = list_id
                out.append(candidate)
    return out
