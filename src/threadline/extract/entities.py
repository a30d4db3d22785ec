"""English entities from a parsed spaCy `Doc`: people, organisations, places, countries,
nationalities, and unnamed groups ("six Romanian women") with the part they play.

Works on one chunk at a time: `offset` is where the chunk starts in the document, so every span
points into `Document.text`. Person roles are settled later over the whole document
(`people.assign_roles`), places are geocoded later (`places.geocode`) once the countries the text
is about are known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from threadline.extract import organisations, people
from threadline.extract.en_agencies import (
    acronym_canonical,
    agency_shapes,
    capital_headings,
    lower_agencies,
    mention_is_agency,
)
from threadline.extract.en_geo import (
    division_places,
    hyphenated_end,
    is_dateline,
    joined_places,
    long_division_places,
    place_candidate,
    place_in_org,
    place_or_country,
    relation,
)
from threadline.extract.en_groups import age_ranges, group, group_role, nationality
from threadline.extract.en_names import (
    SHARED_SURNAME_KB,
    aliases,
    defendant_lines,
    initial_names,
    listed_names,
    named_with_age,
    nicknamed_names,
    shared_surnames,
    surnames_filed_as_bodies,
    widen_name,
)
from threadline.extract.en_vocab import (
    DIVISION_WORDS,
    EXTRACTOR,
    GROUP_NOUNS,
    INSTITUTION_HEADS,
    PLACE_LABELS,
    STREET_WORDS,
)
from threadline.extract.given_names import is_given_name
from threadline.extract.places import country_code, demonym_code, geocode, is_region_name
from threadline.extract.textutil import doc_text
from threadline.extract.types import Mention

__all__ = ["english_entities", "group_role", "mention_is_agency"]


# a long span the NER called a person that ends so is a place: "Gia Lai’s Phu Thien District"
_LONG_DIVISION_ENDS = frozenset({"district", "city", "province"})
_EXCERPT_LENGTH = 1000
_IN_PLACE_BEFORE = re.compile(
    r"\b(?:in|near)\s+(?:the\s+)?$"
    # "the municipalities of Zafarraya and Alhama de Granada"
    r"|\b(?:municipalit(?:y|ies)|towns?|villages?|cities|districts?|provinces?|regions?|counties)\s+of\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*(?:,|\band\b)\s*)*$"
    # a court report's "Tyler Benn, 19, of Norris Green": where the person lives
    r"|[A-Za-z],\s*(?:aged\s+)?\d{1,2}\s*,\s*(?:of|from)\s+$"
)
# "greenhouses in São Teotónio, Vila Nova de Milfontes and Zambujeira do Mar": a later item of a list
# of places after "in" (a name, then the list going on or ending right after it)
_IN_LIST_BEFORE = re.compile(
    r"\bin\s+(?:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|do|da|dos|das|del|di|la|le|sur|am|an))*"
    r"\s*(?:,\s*(?:and\s+)?|\band\s+))+$"
)
_LIST_GOES_ON = re.compile(r"\s*(?:(?:,|\band\b|\bor\b)\s*[A-Z]|[.;:]|,?\s*$)")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_EVENT_ENDS = frozenset({"raid", "raids", "operation", "attack", "crackdown", "swoop", "restaurant", "hotel"})
_PLACE_KIND_AFTER = re.compile(r"\s+(?:area|district|village|town|city|region|province|county|locality)\b")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_WHERE_PREPOSITIONS = frozenset({"in", "into", "to", "at", "inside", "across", "throughout"})
_NAME_LABELS = ("PERSON", "GPE", "ORG")
# a span the NER called a person that ends so is a body: "UK Human Trafficking Centre", "Hope Foundation"
_BODY_ENDS = INSTITUTION_HEADS | {
    "centre", "center", "team", "taskforce", "foundation", "association", "institute", "coalition",
    "network", "society", "alliance", "organisation", "organization", "committee", "embassy",
    "consulate", "inspectorate", "secretariat",
}  # fmt: skip
_COMPASS = frozenset(
    {"south", "north", "east", "west", "central", "latin", "eastern", "western", "southern", "northern"}
)


# Last words that make a name an organisation's, a place's or a thing's whatever its first word
_NOT_A_SURNAME = (
    _BODY_ENDS
    | STREET_WORDS
    | DIVISION_WORDS
    | {"hospital", "embassy", "group", "ltd", "limited", "inc", "farms", "farm", "services", "staffing",
       "recruitment", "company", "holdings", "hotel", "restaurant", "school", "university", "college",
       "church", "bank", "news", "post", "times", "herald", "ledger", "daily", "today", "radio", "tv",
       "section", "nations"}
)  # fmt: skip
# First words that are given names in the dictionary but open places and bodies ("Al Qusais", "Sierra
# Leone", "Major Crime Section")
_NOT_A_GIVEN_NAME = frozenset(
    {"the", "al", "el", "la", "le", "san", "santa", "saint", "st", "port", "fort", "new", "mount", "lake",
     "major", "general", "sierra", "costa", "puerto", "united", "royal", "national", "north", "south",
     "east", "west", "grand", "great", "little", "upper", "lower"}
)  # fmt: skip


_LIST_GAP = re.compile(r"[,;)]\s$")


def _person_tagged_org(ent: SpacySpan) -> bool:
    """Whether an ORG span is a person's name: two or three capitalised words, the first a given
    name, the last no organisation's, place's or outlet's word, none the lexicon knows."""
    if ent.ent_id_ or not 2 <= len(ent) <= 3 or not all(t.is_alpha and t.is_title for t in ent):
        return False
    if ent[-1].lower_ in _NOT_A_SURNAME or ent[0].lower_ in _NOT_A_GIVEN_NAME:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False
    if country_code(ent.text):
        return False
    return is_given_name(ent[0].text) and not is_region_name(ent.text) and geocode(ent.text) is None


def _cut_at_line_break(ent: SpacySpan) -> SpacySpan:
    """A name ends at a line break: "By Tom Aldridge⏎Health" is Tom Aldridge over a section's name."""
    for i, tok in enumerate(ent):
        if "\n" in tok.text:  # a line break the tokenizer kept as a token of its own
            end = ent.start + i
        elif "\n" in tok.whitespace_ and i < len(ent) - 1:
            end = ent.start + i + 1
        else:
            continue
        if end == ent.start:
            return ent
        return SpacySpan(ent.doc, ent.start, end, label=ent.label_, kb_id=ent.kb_id_)
    return ent


def english_entities(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """Mentions from one parsed chunk (`doc` is of `text[offset:offset+len(doc.text)]`)."""
    out: list[Mention] = []
    initial_names(doc)
    nicknamed_names(doc)
    listed_names(doc)
    defendant_lines(doc)
    shared_surnames(doc)
    surnames_filed_as_bodies(doc)
    known_acronyms = organisations.acronyms(doc_text(doc))
    acronym_spans = [
        (m.start(), m.end(), m.group(2), known_acronyms[m.group(2)])
        for m in organisations.acronym_matches(doc_text(doc))
        if m.group(2) in known_acronyms
    ]
    org_ends: set[int] = set()
    last_org: Mention | None = None
    out, alias_names, attached_aliases = aliases(doc, offset, is_boiler)
    # a page excerpt cut off mid-word ("… have been placed in Ce"): a last word no gazetteer knows
    # names nothing (short tips often end without a full stop, so only long texts are read so)
    cut_end = len(text) if len(text) >= _EXCERPT_LENGTH and text[-1:].isalnum() else -1
    for ent in doc.ents:
        start = ent.start_char + offset
        if ent.end_char + offset == cut_end and not (country_code(ent.text) or geocode(ent.text)):
            continue
        boiler = is_boiler(start)
        end = hyphenated_end(doc, ent.end)
        if end != ent.end and ent.label_ in (*_NAME_LABELS, *PLACE_LABELS):
            # "[Burton]-on-Trent", "[Barrow]-in-Furness" (tagged ORG): a town's name cut at its hyphen
            ent = SpacySpan(doc, ent.start, end, label="GPE")
        label = ent.label_
        code = demonym_code(ent.text.strip()) if label in ("ORG", "PERSON", "GPE") else None
        if code and not ent.ent_id_ and not country_code(ent.text):
            # "12 Guatemalan workers" with "Guatemalan" tagged ORG: a nationality all the same
            if (found := nationality(ent.root, code, offset, boiler)) is not None:
                out.append(found)
            continue
        if label in _NAME_LABELS and _POSSESSIVE_END.sub("", ent.text.strip()) in attached_aliases:
            continue  # another name of someone already named, wherever the NER files it
        if label == "PERSON":
            ent = _cut_at_line_break(ent)
            if ent.text.strip() in alias_names and any(
                m.kind == "person" and m.value == ent.text.strip() for m in out
            ):
                continue
            if country_code(ent.text) or demonym_code(ent.text):
                continue
            last = ent.text.split()[-1].lower() if ent.text.split() else ""
            if last in STREET_WORDS:
                continue  # "of Windmill Close": an address, not a person
            if len(ent) <= 3 and is_dateline(ent):
                # "KOTA KINABALU, 9 Sept 2025 –": the town a report opens with, which the gazetteer
                # must know; never a person
                out.append(place_candidate(ent, offset, boiler, person_alt=False))
                continue
            if _person_is_place(ent, last):
                place = place_candidate(ent, offset, boiler, person_alt=False)
                place.attributes["needs_gazetteer"] = False
                out.append(place)
                continue
            ngo = organisations.ngo_by_context(
                doc_text(doc)[max(0, ent.start_char - 30) : ent.start_char],
                doc_text(doc)[ent.end_char : ent.end_char + 50],
            )
            if (last in _BODY_ENDS and len(ent) > 1) or ngo:
                # "West Yorkshire Police" or "the NGO Bachpan Bachao Andolan" tagged PERSON
                mention = organisations.organisation(
                    text,
                    (start, ent.end_char + offset),
                    ent.text,
                    extractor=EXTRACTOR,
                    boilerplate=boiler,
                    sentence=ent.sent.text,
                )
                if mention is not None:
                    out.append(mention)
                continue
            if ent.kb_id_.startswith(SHARED_SURNAME_KB):
                # "[Nadim] and Rania Saleh": the given name with the surname written once after it
                mention = people.english_person(ent, offset)
                if mention is not None:
                    mention.attributes["boilerplate"] = boiler
                    surname = ent.kb_id_.removeprefix(SHARED_SURNAME_KB)
                    out.append(replace(mention, value=f"{mention.value} {surname}"))
                continue
            wide = widen_name(ent)
            if last not in DIVISION_WORDS and not is_region_name(ent.text):
                mention = people.english_person(wide, offset)
                if mention is not None:
                    mention.attributes["boilerplate"] = boiler
                    out.append(mention)
            if len(ent) <= 3:
                # the small model tags many towns and districts PERSON ("Nuapada", "Kogi State");
                # the gazetteer decides later, and a confirmed place replaces the person. The
                # name is read as widened ("[Castel] [Volturno]"), as the person was.
                out.append(place_candidate(wide if len(wide) <= 3 else ent, offset, boiler, person_alt=True))
            elif last in _LONG_DIVISION_ENDS and ent[-1].is_title:
                out += long_division_places(ent, offset, boiler)  # "Ho Chi Minh City"
        elif label == "ORG":
            if _person_tagged_org(ent):
                # "found that Gábor Lakatos exploited …" tagged ORG: a given name and a surname
                mention = people.english_person(widen_name(ent), offset)
                if mention is not None:
                    mention.attributes["boilerplate"] = boiler
                    out.append(mention)
                    continue
            if country_code(ent.text):
                # "from Moldova" tagged ORG: the country, unless it names an organisation's
                # country ("Ghana" in "Ghana Police Service" is one ORG, not this)
                country = place_or_country(ent, offset, boiler)
                if country is not None:
                    out.append(country)
                continue
            joined = joined_places(ent, offset, boiler)
            if joined is not None:
                out += joined  # "[Lanao del Sur and Cotabato]", "[Gia Lai and police] officers"
                continue
            previous = last_org if last_org is not None and ent.start_char in org_ends else None
            if previous is not None and mention_is_agency(previous):
                if not _known_unit_of(ent):
                    org_ends.add(ent.end_char)
                    continue  # a sub-unit written right after its parent ("Met's … Unit")
                previous = None  # a unit the lexicon knows is named beside its parent
            canonical = ent.ent_id_ or acronym_canonical(ent, acronym_spans)
            org_start, raw = start, ent.text
            if previous is not None:
                # "[the Australian] [Border Force]": the NER split one name in two
                out.remove(previous)
                org_start, canonical = previous.span[0], None
                raw = text[org_start : ent.end_char + offset]
            mention = organisations.organisation(
                text,
                (org_start, ent.end_char + offset),
                raw,
                extractor=EXTRACTOR,
                boilerplate=boiler,
                sentence=ent.sent.text,
                canonical=canonical,
                known_acronyms=known_acronyms,
            )
            last_org = mention
            if mention is not None and (qualified := _place_qualified(text, mention)):
                mention.attributes["qualified"] = qualified
            in_org = place_in_org(ent, offset, boiler)
            if in_org is not None and mention_is_agency(mention):
                out.append(in_org)
            # where a name that continues this one may start ("Met's … Unit"); not after a list's
            # comma ("the WRC), An Garda Síochána and …": the next body in the list)
            # … nor after a name the NER ran into the list's "and" ("[Walsall Council and] [Home Office …]")
            if ent[-1].lower_ not in ("and", "or"):
                org_ends.update(
                    end
                    for end in (ent.end_char, ent.end_char + 1, ent.end_char + 3)
                    if not _LIST_GAP.search(doc_text(doc), max(0, end - 3), end)
                )
            if mention is not None:
                out.append(mention)
            if len(ent) <= 2 and not mention_is_agency(mention):
                out.append(place_candidate(ent, offset, boiler, person_alt=False))
        elif label in PLACE_LABELS:
            mention = place_or_country(ent, offset, boiler)
            if mention is not None:
                if label != "GPE" and mention.kind == "place" and not ent.ent_id_:
                    mention.attributes["needs_gazetteer"] = True
                out.append(mention)
        elif label == "NORP":
            code = demonym_code(ent.text) or demonym_code(ent.text.rstrip("s"))
            if code:
                if (found := nationality(ent.root, code, offset, boiler)) is not None:
                    out.append(found)
            elif not country_code(ent.text):
                # "the Thane district of Maharashtra" with the state tagged NORP: the gazetteer decides
                out.append(place_candidate(ent, offset, boiler, person_alt=False))
        elif label == "PLATE":
            out.append(
                Mention(
                    "vehicle",
                    (start, ent.end_char + offset),
                    ent.text,
                    ent.text.replace(" ", "").replace("-", ""),
                    EXTRACTOR,
                    0.8,
                    {"plate_country": "RO"},
                )
            )
    # Countries the NER missed or mislabelled ("a 23-year-old from Moldova").
    in_ents = {i for e in doc.ents if e.label_ in PLACE_LABELS | {"NORP"} for i in range(e.start, e.end)}
    # a country's name inside a person's full name is a given name: "Jordan Keeley", "Georgia Smith"
    in_ents |= {i for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i in in_ents or not tok.is_title or len(tok.text) < 4:
            continue
        code = country_code(tok.text)
        if code and tok.ent_type_ != "ORG":
            span = doc[tok.i : tok.i + 1]
            attrs = {"boilerplate": is_boiler(tok.idx + offset), "relation": relation(span),
                     "label": "token"}  # fmt: skip
            out.append(
                Mention(
                    "country",
                    (tok.idx + offset, tok.idx + len(tok.text) + offset),
                    tok.text,
                    code,
                    EXTRACTOR,
                    0.6,
                    attrs,
                )
            )
    # Demonyms the NER missed ("Romanian 'sex slaves'" is often tagged, "Polish" often not).
    seen = {m.span[0] for m in out if m.kind == "nationality"}
    for tok in doc:
        if tok.idx + offset in seen or (not tok.text[:1].isupper() and not tok.text.isalpha()):
            continue
        code = demonym_code(tok.text) if tok.text[:1].isupper() else None
        if (
            code is None
            and tok.text[:1].isupper()
            and tok.i > 0
            and doc[tok.i - 1].text[:1].isupper()
            and doc[tok.i - 1].idx + offset not in seen
        ):
            # a demonym of two words, the NER tagged neither: "18 Sri Lankans", "two New Zealanders"
            code = demonym_code(f"{doc[tok.i - 1].text} {tok.text}")
        # "South American women" are from a region, not the US ("South African" is a demonym whole)
        if code and tok.i > 0 and doc[tok.i - 1].lower_ in _COMPASS:
            code = demonym_code(f"{doc[tok.i - 1].text} {tok.text}")
        # "compounds in Myanmar": a country's name after a preposition is the country, not a nationality
        if code and tok.dep_ == "pobj" and country_code(tok.text):
            code = None
        # "a compound in Myawaddy, Myanmar", "scam hubs in Cambodia, Myanmar and Laos": a country after a
        # town or in a list where things are is the country ("workers from X, Y and Z" are of them)
        if code and tok.dep_ in ("conj", "appos") and country_code(tok.text):
            first = tok
            while first.dep_ in ("conj", "appos") and first.head.i != first.i:
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ in _WHERE_PREPOSITIONS:
                code = None
        if (
            code
            and tok.ent_type_ not in ("ORG", "PERSON", "LANGUAGE")
            and (found := nationality(tok, code, offset, is_boiler(tok.idx + offset))) is not None
        ):
            out.append(found)
        if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in GROUP_NOUNS:
            grp = group(tok, offset, is_boiler(tok.idx + offset))
            if grp is not None:
                out.append(grp)
    out += age_ranges(doc, offset, [m for m in out if m.kind == "group"])
    out += named_with_age(doc, offset, is_boiler)
    out += agency_shapes(text, doc, offset, is_boiler, out)
    out += capital_headings(text, doc, offset, is_boiler, out)
    out += lower_agencies(text, doc, offset, is_boiler)
    out += division_places(doc, offset, is_boiler, out)
    return _outside_agencies(out)


def _place_qualified(text: str, mention: Mention) -> str | None:
    """A body written as its acronym with the place of its branch ("Burnaby RCMP", "IOM Mali",
    "HSI Houston"): that written name, then the long name, so that either form matches."""
    acronym = mention.text.strip()
    value = str(mention.value)
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and value.endswith(f"({acronym})")):
        return None
    long_name = value[: -len(acronym) - 2].strip()
    a, b = mention.span
    before = _PLACE_WORDS_BEFORE.search(text, max(0, a - 40), a)
    if before is not None:
        words = before.group(1).split()
        for i in range(len(words)):  # the longest run of words before the acronym that is a place
            place = " ".join(words[i:])
            if _named_place(place) and not demonym_code(place):
                return f"{place} {acronym} ({long_name})"
    after = _PLACE_WORDS_AFTER.match(text, b)
    if after is not None:
        words = after.group(1).split()
        for i in range(len(words), 0, -1):
            place = " ".join(words[:i])
            if country_code(place) or _named_place(place):
                office = _BRANCH_OFFICE.match(text, after.start(1) + len(place))
                branch = f"{place}{office.group()}" if office else place
                return f"{acronym} {branch} ({long_name})"
    return None


def _named_place(name: str) -> bool:
    """A town, or a region under its own name ("British Columbia"; not "Federal", which the gazetteer
    knows only as "Departamento de Federal")."""
    place = geocode(name)
    return place is not None and (place.kind == "city" or place.name.casefold() == name.casefold())


# title-case words only: a heading in capitals ("NAPTIP BENIN") names no branch
_PLACE_WORDS_BEFORE = re.compile(r"((?:[A-Z][a-z][\w'’-]*[ \t]+){1,3})$")
_PLACE_WORDS_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})")


def _known_unit_of(ent: SpacySpan) -> bool:
    """A unit the agency lexicon knows, written in its parent's possessive ("the Civil Rights
    Division's Human Trafficking Prosecution Unit"): named beside its parent, not dropped."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 3) : ent.start_char]
    return bool(ent.ent_id_) and before in ("'s ", "’s ")


# "FBI Minneapolis Field Office", "NAPTIP Uyo Zonal Command": the branch's own name goes with its place
_BRANCH_OFFICE = re.compile(
    r"[ \t]+(?:Field|Regional|Area|Zonal|Divisional|Country|Resident|District|State)"
    r"[ \t]+(?:Office|Command)\b",
    re.IGNORECASE,
)


def _person_is_place(ent: SpacySpan, last: str) -> bool:
    """A name the NER called a person where a place stands: "a flat in Al Muraqabat", "a farm in Nea
    Manolada", "the municipalities of Zafarraya and Alhama de Granada" (not "in Ahmed Karimi's house",
    a business or an event)."""
    text = doc_text(ent.doc)
    if (
        len(ent) > 1
        and _IN_LIST_BEFORE.search(text, max(0, ent.start_char - 80), ent.start_char)
        and _LIST_GOES_ON.match(text, ent.end_char)
        and last not in _BODY_ENDS  # "… in Human Beings and Labour Inspectorate"
        and not people.is_business_name(ent.text)
    ):
        return True
    return bool(
        _IN_PLACE_BEFORE.search(text, max(0, ent.start_char - 60), ent.start_char)
        and (
            (len(ent) > 1 and not _POSSESSIVE_AFTER.match(text, ent.end_char))
            or _PLACE_KIND_AFTER.match(text, ent.end_char)
        )
        and last not in _LONG_DIVISION_ENDS | _EVENT_ENDS
        and not _POSSESSIVE_AFTER.search(ent.text)
        and not people.is_business_name(ent.text)
    )


def _outside_agencies(mentions: list[Mention]) -> list[Mention]:
    """Drop people the NER found inside an agency's name ("Avon" in "Avon and Somerset police")."""
    agencies = [m.span for m in mentions if m.kind == "organisation" and m.attributes.get("kind")]
    return [
        m
        for m in mentions
        if m.kind != "person" or not any(a <= m.span[0] and m.span[1] <= b for a, b in agencies)
    ]
