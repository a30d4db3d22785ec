"""Agencies the NER missed, cut or wrote in lower case: institution-shaped capitalised names
("Anti-Human Trafficking Unit of the Rajasthan Police"), prosecutors' offices, and the full form
of an acronym defined in the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from threadline.extract import organisations
from threadline.extract.alternation import gated, scanned
from threadline.extract.en_vocab import EXTRACTOR, INSTITUTION_HEADS
from threadline.extract.places import country_code, demonym_code
from threadline.extract.textutil import doc_text
from threadline.extract.types import Mention

_LOWER_AGENCY = scanned(
    r"\b(?:the\s+)?(?:[Aa]ttorney[- ][Gg]eneral['’]s\s+[Oo]ffice"
    r"|(?:[Pp]ublic\s+)?[Pp]rosecutor['’]s\s+[Oo]ffice"
    r"|[Pp]rosecutor[- ][Gg]eneral['’]s\s+[Oo]ffice"
    r"|U\.?S\.? [Aa]ttorney(?:['’]s [Oo]ffice)? for the (?:[A-Z][a-z]+ )+(?:of )?[A-Z][a-z]+)",
)
# Courts written in lower case, as some papers do ("at Stafford crown court", "won a high court case"):
# a crown, magistrates' or county court needs its seat to be a name. "Sentenced in federal court" names
# no court: annotators list the district court only where the release names it.
_LOWER_COURT = gated(
    r"(?<![\w-])(?:(?P<where>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]+"
    r"(?P<level>crown|magistrates['’]?|county)|(?<=\b[Aa] )high|(?<=\b[Tt]he )high)[ \t]+court(?!s)\b"
)
# Two courts of one level named together ("at the Leeds and Bradford Magistrates courts"): each court.
_COURT_PAIR = gated(
    r"(?<![\w-])(?P<a>[A-Z][\w’'-]+)[ \t]+and[ \t]+(?P<b>[A-Z][\w’'-]+)[ \t]+"
    r"(?P<level>Magistrates?|Magistrates['’]|Magistrate['’]s|Crown|District|County|Regional)"
    r"[ \t]+[Cc]ourts(?![\w-])"
)
_HEADS_RE = "|".join(sorted(w.title() for w in INSTITUTION_HEADS))
# An institution the NER missed: capitalised words ending in a head word, maybe "of the …".
_AGENCY_SHAPE = scanned(
    rf"(?<![\w-])((?:[A-Z][\w’'&-]*[ \t]+){{1,5}}(?:{_HEADS_RE}|Fire and Rescue(?:[ \t]+Service)?)(?![\w-])"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'&-]*[ \t]*){{1,4}})?)"
)


# Between a parent body and its sub-unit ("Met's Modern Slavery Unit"): a possessive or a space, not a
# comma of a list ("the Home Office, West Sussex Fire and Rescue").
_SUB_UNIT_GAP = re.compile(r"(?:['’]s)?[ \t]*$")
# A unit written after its body and a dash ("National Bureau of Investigation – Cyber Crime Division"):
# one name, the body's and the unit's together.
_DASH_GAP = re.compile(r"[ \t]*[-–—][ \t]*$")


def _body(
    text: str,
    doc: Doc,
    offset: int,
    is_boiler: Callable[[int], bool],
    span: tuple[int, int],
    raw: str,
    *,
    read_in: tuple[int, int] | None = None,
    **kwargs: Any,
) -> Mention | None:
    """The organisation `raw` at `span` (positions in `doc`), judged in the sentence around `read_in`
    (the span itself unless given); None when it names no agency."""
    s, e = span
    around = doc.char_span(*(read_in or span), alignment_mode="expand")
    return organisations.organisation(
        text, (s + offset, e + offset), raw, extractor=EXTRACTOR, boilerplate=is_boiler(s + offset),
        sentence=around.sent.text if around is not None else "", **kwargs,
    )  # fmt: skip


def agency_shapes(
    text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool], have: list[Mention]
) -> list[Mention]:
    """Agencies written out in full that the NER missed or cut ("The Anti-Human Trafficking
    Unit of the Rajasthan Police" → the unit and the police force)."""
    taken = [
        (m.span[0] - offset, m.span[1] - offset)
        for m in have
        if m.kind == "organisation" and m.attributes.get("kind") is not None
    ]
    out = []
    for match in _AGENCY_SHAPE.finditer(doc_text(doc)):
        s, e = match.span(1)
        # overlapping a known organisation, or its sub-unit ("Metropolitan Police Modern Slavery
        # Unit", "Met's … Unit"): already counted
        dashed = [ts for ts, te in taken if te <= s < te + 4 and _DASH_GAP.match(doc_text(doc), te, s)]
        if dashed:
            s = dashed[0]
        elif any(
            ts < e and (s < te or (s < te + 4 and _SUB_UNIT_GAP.match(doc_text(doc), te, s)))
            for ts, te in taken
        ):
            continue
        parts = [(s, e)]
        inner = re.search(r"[ \t]+of[ \t]+the[ \t]+", doc_text(doc)[s:e])
        if inner and any(w.lower() in INSTITUTION_HEADS for w in doc_text(doc)[s:e][inner.end() :].split()):
            parts = [(s, s + inner.start()), (s + inner.end(), e)]
        for ps, pe in parts:
            raw = doc_text(doc)[ps:pe]
            words = raw.split()
            if words and words[0].lower() == "the":
                ps += len(words[0]) + 1
                raw = doc_text(doc)[ps:pe]
            if len(raw.split()) < 2:
                continue
            if (mention := _body(text, doc, offset, is_boiler, (ps, pe), raw)) is not None:
                out.append(mention)
    return out


# A force named by its area with "police" in lower case ("Avon and Somerset police", "Murbad police
# station", "Thai police"); not when "police" describes a person ("the Oddar Meanchey police chief").
_LOWER_POLICE = re.compile(
    r"(?<![\w-])((?:[A-Z][\w’'-]+[ \t]+(?:and[ \t]+)?){1,3}police"
    r"(?:[ \t]+(?:station|department|force|service|command|headquarters))?)(?![\w-])"
    r"(?![ \t]+(?:chief|officers?|officials?|spokes\w+|commissioner|superintendent|inspector|sources?|"
    r"constables?|sergeants?|chiefs|personnel|staff|teams?|men|women|limits|jurisdiction"
    r"|station[ \t]+limits))"
)
_INDEFINITE = re.compile(r"\b(?:a|an|one|another|local)[ \t]+(?:[a-z-]+[ \t]+)?$", re.IGNORECASE)
# Capitalised words that start a sentence or a date, not a force's area ("On Sunday police …").
_LEADING_WORDS = re.compile(
    r"(?:(?:The|A|An|But|And|When|After|Before|Then|Meanwhile|However|Yesterday|Today|On|In|At|Local|"
    # sentence openers before a lower-case force: "During police raids", "Although police said"
    r"During|Although|Though|While|Whilst|Where|Since|Until|Following|As|If|Because|Once|Unless|"
    r"Earlier|Later|Now|Also|Additionally|Separately|Previously|Subsequently|Eventually|Initially|"
    r"Recently|By|With|From|For|Of|Under|Without|Through|Across|Despite|Amid|Among|Against|Via|Such|"
    r"Their|His|Her|Its|Our|Even|Only|Still|Instead|Indeed|Thus|So|Nor|Or|Why|How|What|"
    r"Multiple|Several|Many|Some|Other|Both|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Numerous|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|All|Every|This|That|These|Those|Most|Dozens|Hundreds|"
    r"Scores|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Hundred|\d+|"
    r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?)[ \t]+)+"
)


# A force or prosecutors named by where they work ("police in Leeds", "Prosecutors in the northern
# city of Turin"): the area's police, unless the text names the force itself ("Kent Police").
_POLICE_IN = scanned(
    r"(?<![\w-])(?P<who>[Pp]olice|[Pp]rosecutors)[ \t]+in[ \t]+"
    r"(?:the[ \t]+(?:[\w-]+[ \t]+){0,3}(?:city|town|village|province|state|district|region|county)"
    r"[ \t]+of[ \t]+|the[ \t]+(?=[A-Z]))?(?P<area>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2})"
)
_NAMED_FORCE = scanned(r"(?<![\w-])[A-Z][\w’'-]+[ \t]+(?:Police|Constabulary)(?![\w-])")
_AREA_SUFFIX = re.compile(r"[ \t]+(?:Province|State|District|Region|County|City)$")


def police_in_places(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    if any(
        not _LEADING_WORDS.fullmatch(m.group(0).rsplit(None, 1)[0] + " ")
        for m in _NAMED_FORCE.finditer(doc_text(doc))
    ):
        return []
    out = []
    for match in _POLICE_IN.finditer(doc_text(doc)):
        area = _AREA_SUFFIX.sub("", match.group("area"))
        if country_code(area) or demonym_code(area) or _DIRECTION_START.match(area):
            continue
        named = _NAME_BEFORE.search(doc_text(doc), max(0, match.start() - 30), match.start())
        if (named and not _LEADING_WORDS.fullmatch(named.group(1) + " ")) or _POLICE_KIND_BEFORE.search(
            doc_text(doc), max(0, match.start() - 30), match.start()
        ):
            continue  # "Federal police in Berlin", "border police in Sa Kaeo": another force, working there
        who = "prosecutors" if match.group("who").lower() == "prosecutors" else "police"
        mention = _body(
            text, doc, offset, is_boiler, match.span(), match.group(0), canonical=f"{area} {who}",
            kind="police" if who == "police" else "prosecutor",
        )  # fmt: skip
        if mention is not None:
            out.append(mention)
    return out


_POLICE_KIND_BEFORE = re.compile(
    r"\b(?:federal|national|state|border|military|railway|transport|traffic|immigration|tourist|marine|riot)"
    r"[ \t]+$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+$")
_DIRECTION_START = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\b")


_PEOPLE_BESIDE_POLICE = frozenset(
    {"inspectors", "officers", "officials", "authorities", "detectives", "agents", "investigators",
     "prosecutors", "soldiers", "troops", "immigration", "customs", "firefighters", "paramedics"}
)  # fmt: skip


def _forces_named_together(doc: Doc, name: str, start: int) -> list[tuple[int, str]]:
    """ "Daresi and Jodhewal police" is two forces, each "X police"; a force whose real name has
    "and" in it ("Avon and Somerset police") is one, known to the lexicon; "Inspectors and
    Limburg police" is one force beside a common noun."""
    head, sep, tail = name.partition(" and ")
    if not sep or organisations.lexicon_entry(name) is not None:
        return [(start, name)]
    tail_start = start + len(head) + len(sep)
    head_span = doc.char_span(start, start + len(head), alignment_mode="expand")
    if (
        head_span is None
        or any(t.pos_ != "PROPN" for t in head_span)
        or head.lower() in _PEOPLE_BESIDE_POLICE
    ):
        return [(tail_start, tail)]
    return [(start, f"{head} {tail.split()[-1]}"), (tail_start, tail)]


# Forces named together by their areas ("police services from Barrie, Durham Region, Kingston and
# the OPP"): each area's own force.
_AREA_ITEM = r"(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}"
_POLICE_LIST = gated(
    rf"(?<![\w-])police[ \t]+(?P<head>services|forces|departments)[ \t]+(?:from|of|in)[ \t]+"
    rf"(?P<items>{_AREA_ITEM}(?:,[ \t]*{_AREA_ITEM})+,?[ \t]+(?:and|&)[ \t]+{_AREA_ITEM})"
)
_NOT_FORCE_AREAS = frozenset(
    {"And", "Europe", "Asia", "Africa", "America", "Latin America", "EU", "UK", "US"}
)
_LIST_HEADS = {"services": "Police Service", "forces": "Police", "departments": "Police Department"}


def police_lists(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    out = []
    for match in _POLICE_LIST.finditer(doc_text(doc)):
        for item in re.finditer(_AREA_ITEM, match.group("items")):
            area = re.sub(r"^the[ \t]+", "", item.group(0))
            if area in _NOT_FORCE_AREAS or country_code(area) or demonym_code(area):
                continue
            entry = organisations.lexicon_entry(area)
            if entry is not None:
                name, kind = entry.canonical, entry.kind
            elif area.endswith(" Region"):
                name, kind = f"{area[: -len(' Region')]} Regional Police", "police"  # "Peel Region"
            else:
                name, kind = f"{area} {_LIST_HEADS[match.group('head')]}", "police"
            start = match.start("items") + item.start()
            mention = _body(
                text, doc, offset, is_boiler, (start, start + len(item.group(0))), item.group(0),
                read_in=match.span(), canonical=name, kind=kind,
            )  # fmt: skip
            if mention is not None:
                out.append(mention)
    return out


# A country's own forces and officials named by its adjective ("Thai immigration", "Brazil's labor
# ministry", "Peruvian prosecutors"), not what they run or took part in ("the Myanmar military junta").
_NATIONAL_BODY = gated(
    r"(?<![\w-])(?P<who>[A-Z][a-z]+(?:['’]s)?)[ \t]+(?P<body>navy|military|army|immigration|prosecutors"
    r"|coast[ \t]?guard|labou?r[ \t]+(?:ministry|department|inspectors)|marines|border[ \t]+guards?)(?![\w-])"
    r"(?![ \t]+(?:junta|coup|rule|regime|government|base|camp|uniforms?|service|style|grade|courts?|bases"
    r"|dictatorship|leaders?|chief|spending|ranks?|status|rank|visa|visas|rules?|laws?|detention|polic(?:y|ies)"
    r"|systems?|debate|reforms?|lawyers?|attorneys?|records|data|figures|statistics|history|quotas?|fraud"
    r"|applications?|offen[cs]es|bases?|veterans?|service))"
)
_BODY_KINDS = {"prosecutors": "prosecutor", "navy": "military", "military": "military", "army": "military",
               "marines": "military"}  # fmt: skip


def _country_word(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word)
    return bool(demonym_code(word) or (bare != word and country_code(bare)))


# A federal prosecutor quoted by title speaks for the office ("said U.S. Attorney R. Andrew Murray for
# the Western District of North Carolina"): the office acts in the case (9 of 11 pages that name one
# list it). "U.S. Attorney General" is the head of the department, not this office.
_US_ATTORNEY = re.compile(
    r"\b(?P<title>(?P<us>U\.[ \t]?S\.|United[ \t]+States|US)[ \t]+Attorney)\b(?!['’]s[ \t]+Office)"
    r"(?![ \t]+General)(?:[ \t,]+(?:[A-Z][\w.'’-]*[ \t]+){0,4}?(?:for|of)[ \t]+the[ \t]+(?P<district>"
    r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t]+)?District[ \t]+of[ \t]+[A-Z]\w*"
    r"(?:[ \t]+(?:Carolina|Dakota|Virginia|York|Jersey|Hampshire|Mexico|Island|Columbia|Rico))?))?"
)


def us_attorney_offices(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    matches = list(_US_ATTORNEY.finditer(doc_text(doc))) if "Attorney" in doc_text(doc) else []
    # one office per text, named as the text names it where it gives the district
    full = next((m for m in matches if m.group("district")), matches[0] if matches else None)
    if full is None:
        return []
    # written "U.S." however the text spells it: annotators name the office so
    name = "U.S. Attorney's Office" + (f" for the {full.group('district')}" if full.group("district") else "")
    out = []
    for match in matches:
        mention = _body(
            text, doc, offset, is_boiler, match.span("title"), match.group("title"), read_in=match.span(),
            canonical=name, kind="prosecutor",
        )  # fmt: skip
        if mention is not None:
            out.append(mention)
    return out


def national_bodies(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    out = []
    for match in _NATIONAL_BODY.finditer(doc_text(doc)):
        if not _country_word(match.group("who")):
            continue
        kind = _BODY_KINDS.get(match.group("body").split()[0].lower(), "government")
        mention = _body(
            text, doc, offset, is_boiler, match.span(), match.group(0),
            canonical=" ".join(match.group(0).split()), kind=kind,
        )  # fmt: skip
        if mention is not None:
            out.append(mention)
    return out


# A unit of a body known by its acronym ("the FBI's Jacksonville division", "AFP Human Trafficking
# Team", "NAPTIP Joint Border Task Force"): the unit acts, written with its parent's acronym.
_UNIT_HEAD = (
    r"(?:[Dd]ivision|[Dd]etachment|Unit|Team|Cell|Squad|Task[ \t]+Force|Field[ \t]+Office|Section|Branch)"
)
_SUB_UNIT = scanned(
    rf"(?<![\w-])(?P<parent>[A-Z]{{2,7}})(?:['’]s)?[ \t]+"
    rf"(?P<unit>(?:[A-Z][\w’'-]*[ \t]+(?:and[ \t]+)?){{1,5}}{_UNIT_HEAD})(?![\w-])"
)


def sub_units(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    out = []
    for match in _SUB_UNIT.finditer(doc_text(doc)):
        parent, unit = match.group("parent"), match.group("unit")
        entry = organisations.lexicon_entry(parent)
        defined = organisations.acronyms(doc_text(doc)).get(parent) if entry is None else None
        kind = entry.kind if entry is not None else organisations.org_kind(defined) if defined else None
        if kind is None or kind in ("helpline", "ngo"):
            continue
        mention = _body(
            text, doc, offset, is_boiler, match.span(), match.group(0),
            canonical=f"{parent} {' '.join(unit.split())}", kind=kind,
        )  # fmt: skip
        if mention is not None:
            out.append(mention)
    return out


_TEAM = gated(
    r"(?<![\w-])((?:[A-Z][\w’'-]*[ \t]+(?:and[ \t]+)?){1,5}"
    r"(?:Task|Crisis|Response|Investigations?|Trafficking|Rescue|Protection|Enforcement|Tactical)"
    r"[ \t]+[Tt]eam)(?![\w-])"
)


def teams(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """Teams named for their work, which the NER often cuts before "team" ("One Stop Crisis team")."""
    out = []
    for match in _TEAM.finditer(doc_text(doc)):
        lead = _LEADING_WORDS.match(match.group(1))
        s = match.start(1) + (lead.end() if lead else 0)
        if len(doc_text(doc)[s : match.end(1)].split()) < 2:
            continue
        mention = _body(text, doc, offset, is_boiler, (s, match.end(1)), doc_text(doc)[s : match.end(1)])
        if mention is not None:
            out.append(mention)
    return out


def lower_agencies(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """Offices written in lower case ("the attorney-general's office"), which the NER skips."""
    out = police_in_places(text, doc, offset, is_boiler) + police_lists(text, doc, offset, is_boiler)
    out += national_bodies(text, doc, offset, is_boiler) + sub_units(text, doc, offset, is_boiler)
    out += teams(text, doc, offset, is_boiler) + us_attorney_offices(text, doc, offset, is_boiler)
    for match in _LOWER_POLICE.finditer(doc_text(doc)) if "police" in doc_text(doc) else ():
        s = match.start(1)
        lead = _LEADING_WORDS.match(doc_text(doc), s, match.end(1))
        if lead:
            s = lead.end()
        name = doc_text(doc)[s : match.end(1)]
        if len(name.split()) < 2 or name.startswith("and "):
            continue
        if _INDEFINITE.search(doc_text(doc), max(0, s - 30), s):
            continue  # "taken to a north London police station": a building, not the force
        for part_start, part in _forces_named_together(doc, name, s):
            mention = _body(
                text, doc, offset, is_boiler, (part_start, part_start + len(part)), part,
                read_in=(s, match.end(1)), kind="police",
            )  # fmt: skip
            if mention is not None:
                out.append(mention)
    for match in _COURT_PAIR.finditer(doc_text(doc)):
        level = match.group("level")
        for key in ("a", "b"):
            where = match.group(key)
            if _LEADING_WORDS.fullmatch(where + " ") or country_code(where):
                continue
            mention = _body(
                text, doc, offset, is_boiler, match.span(key), where, read_in=match.span(),
                canonical=f"{where} {level} Court", kind="court",
            )  # fmt: skip
            if mention is not None:
                out.append(mention)
    for match in _LOWER_COURT.finditer(doc_text(doc)):
        where = match.group("where")
        if where and _LEADING_WORDS.fullmatch(where + " "):
            continue  # "On Monday crown court …": no court's seat
        if where:
            name = f"{where} {match.group('level').rstrip(chr(39) + '’').title()} Court"
        else:
            name = "High Court"
        mention = _body(
            text, doc, offset, is_boiler, match.span(), match.group(0), canonical=name, kind="court",
            allow_lower=True,
        )  # fmt: skip
        if mention is not None:
            out.append(mention)
    for match in _LOWER_AGENCY.finditer(doc_text(doc)):
        mention = _body(text, doc, offset, is_boiler, match.span(), match.group(0), allow_lower=True)
        if mention is not None:
            out.append(mention)
    for match in _MISSION.finditer(doc_text(doc)):
        who = match.group("who")
        if not (demonym_code(who) or country_code(who)):
            continue  # "the Grand Embassy Hotel"
        where = match.group("where")
        name = f"{who}{match.group('owner') or ''} {match.group('post').lower()}"
        name = f"{name} in {where}" if where else name
        mention = _body(
            text, doc, offset, is_boiler, match.span(), match.group(0), canonical=name, kind="government",
            allow_lower=True,
        )  # fmt: skip
        if mention is not None:
            out.append(mention)
    return out


# A country's embassy or consulate, named by the country or its people and often by its seat
# ("the Indonesian consulate in Cape Town", "Sri Lanka's embassy in Yangon", "the Haitian Consulate").
_MISSION = gated(
    r"(?<![\w-])(?P<who>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?P<owner>['’]s)?[ \t]+"
    r"(?P<post>[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?|[Hh]igh [Cc]ommission)\b"
    r"(?:[ \t]+in[ \t]+(?P<where>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?))?"
)


def acronym_canonical(ent: SpacySpan, spans: list[tuple[int, int, str, str]]) -> str | None:
    """For an ORG inside "Long Name (ACR)" (often cut short by the NER): the full form."""
    for start, end, acr, full in spans:
        if start <= ent.start_char < end:
            entry = organisations.lexicon_entry(acr)
            if entry is not None and organisations.same_body(full, entry.canonical):
                return entry.canonical
            return full
    return None


def mention_is_agency(mention: Mention | None) -> bool:
    return mention is not None and mention.attributes.get("kind") is not None


# A line in capitals: a release's letterhead or a record's heading ("PEEL REGIONAL POLICE", "HARRIS
# COUNTY SHERIFF'S OFFICE – CRIME TIP"), which the NER, trained on mixed case, does not read as a name.
# (no lower-case letter and no digit: a line of prose fails at its first lower-case letter)
_CAPITALS_LINE = re.compile(r"^[ \t]*([^\na-z\d]*[A-Z][^\na-z\d]*)$", re.MULTILINE)
_HEADING_PARTS = re.compile(r"[ \t]+[-–—|:/][ \t]+|[ \t]*\|[ \t]*")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "against", "to", "with", "by", "at"})
_CAPITAL_HEADS = INSTITUTION_HEADS | {"centre", "center", "committee", "borough", "embassy", "ministries"}
# the part is the body's name and nothing else: words, one of them a head, maybe "of the …" after it
_INSTITUTION_NAME = re.compile(r"(?:The[ \t]+)?[A-Z][\w’'&.-]*(?:[ \t]+(?:[A-Z][\w’'&.-]*|of|the|and|for))*")


def _title(words: str) -> str:
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in words.split())


def _headed(name: str) -> bool:
    """The name ends in a head word, or a head word comes before its "of …" ("Police of the Czech
    Republic"): not a heading about a body ("COURT REPORT", "POLICE INVOLVEMENT")."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()]
    ends = [words[-1], *(w for w, nxt in pairwise(words) if nxt in ("of", "for"))]
    return any(w in _CAPITAL_HEADS for w in ends)


def capital_headings(
    text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool], have: list[Mention]
) -> list[Mention]:
    """Bodies named in a line of capitals, each part of it that is an institution's name."""
    body = doc_text(doc)
    taken = [(m.span[0] - offset, m.span[1] - offset) for m in have if m.kind == "organisation"]
    out = []
    for line in _CAPITALS_LINE.finditer(body):
        if len(line.group(1).split()) > 12:
            continue
        start = line.start(1)
        for part in _HEADING_PARTS.split(line.group(1)):
            s = body.index(part, start)
            e = start = s + len(part)
            words = part.split()
            name = _title(part)
            if (
                not 2 <= len(words) <= 9
                or not _headed(name)
                or not _INSTITUTION_NAME.fullmatch(name)
                or name.split()[-1] in _SMALL_WORDS
                or any(ts < e and s < te for ts, te in taken)
            ):
                continue
            if (mention := _body(text, doc, offset, is_boiler, (s, e), name)) is not None:
                out.append(mention)
    return out
