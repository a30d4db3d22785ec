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

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from threadline.extract import organisations, people
from threadline.extract.lexicon import role_cues
from threadline.extract.places import country_code, demonym_code
from threadline.extract.types import Mention

EXTRACTOR = "ner:en"

# Nouns naming the people a case is about; their role comes from the verbs around them.
VICTIM_NOUNS = {"victim", "slave", "survivor", "labourer", "laborer", "farmworker", "worker"}
SUSPECT_NOUNS = {
    "suspect", "defendant", "trafficker", "gang", "pimp", "smuggler", "offender", "ringleader",
    "leader", "member", "accomplice", "perpetrator", "boss", "trafficking", "network", "ring",
    "recruiter", "exploiter", "owner", "employer", "driver", "controller", "husband",
}  # fmt: skip
GROUP_NOUNS = {
    "fisherman", "fishermen", "crew", "domestic", "maid", "housekeeper", "nanny", "farmhand",
    "woman", "women", "girl", "man", "men", "boy", "child", "children", "minor", "people",
    "person", "female", "male", "teenager", "teen", "national", "citizen", "migrant", "worker",
    "labourer", "laborer", "farmworker", "daughter", "son", "victim", "employee", "staff",
    "recruit", "adult", "family", "student", "teenage", "kid", "juvenile", "baby", "sister",
    "individual", "resident", "immigrant", "refugee", "slave", "survivor",
}  # fmt: skip
FEMALE = {"woman", "women", "girl", "female", "daughter", "sister", "mother", "wife", "lady"}
MALE = {"man", "men", "boy", "male", "son", "brother", "father", "husband"}
MINOR_NOUNS = {"child", "children", "minor", "boy", "girl", "teenager", "teen", "kid", "juvenile",
               "baby", "daughter", "son", "schoolgirl", "schoolboy", "underage"}  # fmt: skip
VICTIM_VERBS = {
    "traffic", "exploit", "rescue", "free", "force", "lure", "recruit", "sell", "smuggle",
    "entice", "hold", "keep", "bring", "send", "find", "identify", "safeguard", "abuse", "enslave",
    "house", "employ", "move", "transport", "take", "target", "prey", "groom", "offer", "make",
    "put", "coerce", "control", "liberate", "support", "deceive", "promise", "pass", "shift",
    "subject", "lock", "feed", "pay", "rape", "beat", "threaten", "compel", "saddle", "load",
    "remove", "share", "prostitute", "tattoo", "trick", "receive", "save",
    "discover", "confine", "locate", "intercept", "repatriate",
}  # fmt: skip
VICTIM_SUBJECT_VERBS = {"work", "suffer", "come", "endure", "arrive", "live", "toil", "range",
                        "escape", "flee", "tell", "describe", "say"}  # fmt: skip
SUSPECT_VERBS = {"arrest", "charge", "jail", "convict", "sentence", "detain", "indict", "accuse",
                 "prosecute", "extradite", "remand", "imprison", "catch", "clear", "acquit",
                 "name"}  # fmt: skip
SUSPECT_SENTENCE = {"arrest", "charge", "jail", "convict", "sentence", "indict", "accuse",
                    "defendant", "suspect", "detain", "prison", "guilty", "plead", "custody",
                    "indictment", "bail", "release", "name", "court",
                    "trafficker", "ringleader", "gang"}  # fmt: skip
VICTIM_SENTENCE = {"victim", "rescue", "free", "survivor", "exploit", "enslave", "safeguard",
                   "trafficked", "lure", "force", "recruit", "work", "worker", "labourer",
                   "wage", "shift", "slave"}  # fmt: skip
ORIGIN_VERBS = {"recruit", "lure", "groom", "target", "entice", "find", "come", "bring", "traffic",
                "smuggle", "transport", "move", "send", "travel", "originate", "hail"}  # fmt: skip
DESTINATION_VERBS = {"traffic", "bring", "smuggle", "transport", "send", "move", "take", "lure",
                     "come", "entice", "force", "exploit", "work", "sell", "ship", "fly",
                     "drive", "travel", "arrive", "pass", "shift"}  # fmt: skip
_ALIAS = re.compile(
    r"\b(?P<also>also\s+)?(?:called|known\s+(?:only\s+)?as|nicknamed|dubbed|alias|aka|a\.k\.a\.)"
    r"\s+[“\"‘']?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[”\"’']?"
)
_LOWER_AGENCY = re.compile(
    r"\b(?:the\s+)?(?:[Aa]ttorney[- ][Gg]eneral['’]s\s+[Oo]ffice"
    r"|(?:[Pp]ublic\s+)?[Pp]rosecutor['’]s\s+[Oo]ffice"
    r"|[Pp]rosecutor[- ][Gg]eneral['’]s\s+[Oo]ffice"
    r"|U\.?S\.? [Aa]ttorney(?:['’]s [Oo]ffice)? for the (?:[A-Z][a-z]+ )+(?:of )?[A-Z][a-z]+)",
)
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
INSTITUTION_HEADS = {
    "police", "court", "service", "agency", "unit", "bureau", "department", "office", "force",
    "army", "navy", "guard", "commission", "directorate", "council", "ministry", "authority",
    "tribunal", "constabulary", "gendarmerie", "prosecutor", "prosecutors", "squad", "division",
}  # fmt: skip
_HEADS_RE = "|".join(sorted(w.title() for w in INSTITUTION_HEADS))
# An institution the NER missed: capitalised words ending in a head word, maybe "of the …".
_AGENCY_SHAPE = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w’'&-]*[ \t]+){{1,5}}(?:{_HEADS_RE})(?![\w-])"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'&-]*[ \t]*){{1,4}})?)"
)
STREET_WORDS = {"close", "street", "road", "lane", "avenue", "terrace", "drive", "way", "crescent",
                "gardens", "square", "grove", "mews", "row", "walk", "st", "rd", "ave"}  # fmt: skip
DIVISION_WORDS = {"state", "county", "district", "districts", "region", "province", "division",
                  "municipality", "township", "borough", "parish", "city", "town"}  # fmt: skip
# "Ify Mba, 33," and "23-year-old Amanda Eze Chioma": how news names people the NER may miss
_NAME = r"[A-Z][a-zà-ÿăâîșşțţ’'-]+(?:\s+[A-Z][a-zà-ÿăâîșşțţ’'-]+){1,3}"
_NAMED_WITH_AGE = re.compile(rf"(?P<a>{_NAME}),\s+\d{{1,2}}\s*[,)]|\b\d{{1,2}}-year-old\s+(?P<b>{_NAME})")
_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(_NUM_WORDS) + r")"
# "aged from four to 13", "ages ranged from three to 13", "between 14 and 17", "11-year-old"
_AGE_RANGE = re.compile(
    r"\b(?:aged?|ages?\s+(?:ranged|ranging|range)|ranging\s+in\s+age|between)\s+(?:from\s+)?"
    + _NUM
    + r"\s*(?:to|and|-|–)\s*(?:over\s+)?"
    + _NUM
    + r"\b"
    r"|\b" + _NUM + r"[- ]year[- ]olds?\b"
    r"|\bunder(?:\s+the\s+age\s+of)?\s+(18|16|14|12)\b",
    re.IGNORECASE,
)


def _num(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else _NUM_WORDS.get(word)


def _age_ranges(doc: Doc, offset: int, groups: list[Mention]) -> list[Mention]:
    """Age ranges stated for the victims of a sentence (role from the groups it names)."""
    out = []
    for sent in doc.sents:
        matches = list(_AGE_RANGE.finditer(sent.text))
        if not matches:
            continue
        lo_char, hi_char = sent.start_char + offset, sent.end_char + offset
        roles = {g.attributes.get("role") for g in groups if lo_char <= g.span[0] < hi_char}
        lemmas = _lemmas(sent)
        victimish = "victim" in roles or lemmas & {"victim", "rescue", "free"}
        # ages given for an unnamed group nobody in the sentence is accused of anything
        if not victimish and None in roles and not lemmas & SUSPECT_SENTENCE:
            victimish = True
        role = "victim" if victimish else None
        if role is None:
            continue
        for m in matches:
            values = [v for v in (_num(g) for g in m.groups()) if v is not None]
            if not values:
                continue
            lo, hi = min(values), max(values)
            if m.group(4):  # "under 18"
                lo, hi = 0, int(m.group(4)) - 1
            start = sent.start_char + m.start() + offset
            out.append(
                Mention(
                    "age_range",
                    (start, start + len(m.group(0))),
                    m.group(0),
                    (lo, hi),
                    EXTRACTOR,
                    0.6,
                    {"role": role},
                )
            )
    return out


def _lemmas(sent: SpacySpan) -> set[str]:
    return {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}


def group_role(noun: Token) -> str | None:
    """'victim', 'suspect' or None for an unnamed group noun, from the words governing it."""
    lemma = noun.lemma_.lower()
    if lemma in ("victim", "slave", "survivor"):
        return "victim"
    if lemma in SUSPECT_NOUNS:
        return "suspect"
    # "an Australian man who allegedly paid for the abuse": the relative clause accuses him
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        words = {t.lower_ for t in clause.subtree} | {t.lemma_.lower() for t in clause.subtree}
        if words & {
            "allegedly",
            "accused",
            "suspected",
            "pay",
            "buy",
            "run",
            "own",
            "organise",
            "organize",
            "lead",
            "control",
            "recruit",
            "traffic",
            "smuggle",
        }:
            return "suspect"
    if lemma in MINOR_NOUNS and not (
        noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in SUSPECT_VERBS
    ):
        return "victim"  # children in these reports are the exploited, not the accused
    tok = noun
    # climb "six of the women", "men and women", "the women, aged …"
    for _ in range(3):
        if tok.dep_ in ("conj", "appos") or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            tok = tok.head if tok.dep_ != "pobj" else tok.head.head
        else:
            break
    head = tok.head
    hl = head.lemma_.lower()
    if tok.dep_ in ("dobj", "nsubjpass", "pobj", "oprd", "dative") and hl in SUSPECT_VERBS:
        return "suspect"
    if tok.dep_ in ("dobj", "nsubjpass", "dative") and hl in VICTIM_VERBS:
        return "victim"
    if tok.dep_ == "pobj" and head.head.lemma_.lower() in VICTIM_VERBS:
        return "victim"
    if tok.dep_ == "nsubj" and hl in role_cues()["en"]["suspect_agentive_verbs"]:
        return "suspect"
    if tok.dep_ == "nsubj" and hl in VICTIM_SUBJECT_VERBS:
        return "victim"
    if lemma in VICTIM_NOUNS:
        return "victim"
    lemmas = _lemmas(noun.sent)
    victim_cue = bool(lemmas & VICTIM_SENTENCE)
    suspect_cue = bool(lemmas & SUSPECT_SENTENCE)
    if victim_cue and not suspect_cue:
        return "victim"
    if suspect_cue and not victim_cue:
        return "suspect"
    return None


def _relation(ent: SpacySpan) -> str | None:
    """'origin' or 'destination' when the words governing a place or country say so."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "pobj":
        return None
    prep_tok = root.head
    prep = prep_tok.lower_
    governor = prep_tok.head
    gov = governor.lemma_.lower()
    doc = ent.doc
    sent_lemmas = {t.lemma_.lower() for t in ent.sent}
    if prep == "from" and (
        gov in ORIGIN_VERBS | GROUP_NOUNS | VICTIM_NOUNS | {"all", "native"}
        or sent_lemmas
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
    if prep == "from" and gov == "be":
        # "Nine of the men are from Myanmar"
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(
            t.lemma_.lower() in GROUP_NOUNS or t.like_num for t in subject.subtree
        ):
            return "origin"
    if prep == "of" and gov in ("native", "national", "citizen", "resident"):
        return "origin"
    back = prep_tok.i > 0 and doc[prep_tok.i - 1].lower_ == "back"
    if prep in ("to", "into") and gov in DESTINATION_VERBS and not back:
        return "destination"
    if prep in ("in", "across", "around", "at", "inside"):
        # the verb the phrase hangs on, through a noun or two ("recruiting females in Romania")
        verb = governor
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma in {"recruit", "lure", "groom", "target", "entice", "find"}:
            return "origin"
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
            return "destination"
    return None


def _place_or_country(ent: SpacySpan, offset: int, boiler: bool) -> Mention | None:
    text = ent.text.strip()
    span = (ent.start_char + offset, ent.end_char + offset)
    relation = _relation(ent)
    attrs: dict[str, object] = {"boilerplate": boiler, "relation": relation, "label": ent.label_}
    code = country_code(text)
    if code:
        return Mention("country", span, ent.text, code, EXTRACTOR, 0.8, attrs)
    if not ent.ent_id_ and demonym_code(text):
        return None
    return Mention("place", span, ent.text, text, EXTRACTOR, 0.6, attrs)


def _nationality(tok: Token, code: str, offset: int, boiler: bool) -> Mention:
    noun = tok
    # "Mexican H-2A farmworkers": climb modifiers to the noun they describe
    while noun.dep_ in ("amod", "compound", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    role = group_role(noun)
    if tok.dep_ in ("acomp", "attr") and tok.head.lemma_ == "be":
        # "Seven of the men are Romanian", "The other five are Cambodian": said of a group
        subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (
            subject.lemma_.lower() in GROUP_NOUNS
            or subject.pos_ == "NUM"
            or subject.like_num
            or any(c.lemma_.lower() in GROUP_NOUNS for c in subject.subtree)
        ):
            role = group_role(subject) or "victim"
            noun = subject
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        role = None  # "X, a Mexican national": a person's nationality, not a group's
    if (
        noun is not tok
        and noun.lemma_.lower() not in GROUP_NOUNS | SUSPECT_NOUNS
        and not (noun.like_num or noun.pos_ == "NUM")
    ):
        role = None  # "British supermarkets", "Mexican pesos": not people
    attrs = {"refers_to": role, "boilerplate": boiler, "noun": noun.lemma_.lower()}
    span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
    return Mention("nationality", span, tok.text, code, EXTRACTOR, 0.7, attrs)


def _group(tok: Token, offset: int, boiler: bool) -> Mention | None:
    if tok.pos_ == "ADJ" or tok.dep_ == "amod":
        # "male recruiters", "female workers": the noun decides who is meant
        noun = tok.head
        if noun.lemma_.lower() not in GROUP_NOUNS:
            return None
        mention = _group(noun, offset, boiler) if noun is not tok else None
        if mention is None:
            return None
        gender = "male" if tok.lower_ in MALE else "female" if tok.lower_ in FEMALE else None
        span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
        attrs = dict(mention.attributes, gender=gender or mention.attributes.get("gender"))
        return Mention("group", span, tok.text, mention.value, EXTRACTOR, 0.6, attrs)
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    gender = "female" if lemma in FEMALE or lower in FEMALE else None
    gender = "male" if lemma in MALE or lower in MALE else gender
    minor = lemma in MINOR_NOUNS or lower in MINOR_NOUNS
    if minor and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return None  # "the couple's three children": someone's family, not the victims
    if lemma in ("girl", "boy") and any(t.lower_ in ("women", "men") for t in tok.sent):
        minor = True
    if not gender and not minor and lemma not in VICTIM_NOUNS:
        return None
    role = group_role(tok)
    span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
    attrs = {"role": role, "gender": gender, "minor": minor, "boilerplate": boiler}
    return Mention("group", span, tok.text, lemma, EXTRACTOR, 0.6, attrs)


def _widen_name(ent: SpacySpan) -> SpacySpan:
    """Take back a given name the NER left out ("Derrick [Lamont Harris]")."""
    doc = ent.doc
    start = ent.start
    titles = role_cues()["en"]["official_titles"]
    while (
        start > ent.sent.start
        and ent.end - start < 4
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 1].lower_.rstrip(".") not in titles
    ):
        start -= 1
    return doc[start : ent.end] if start != ent.start else ent


def _place_candidate(ent: SpacySpan, offset: int, boiler: bool, *, person_alt: bool) -> Mention:
    attrs = {"boilerplate": boiler, "relation": _relation(ent), "label": ent.label_,
             "needs_gazetteer": True, "person_alt": person_alt}  # fmt: skip
    span = (ent.start_char + offset, ent.end_char + offset)
    return Mention("place", span, ent.text, ent.text.strip(), EXTRACTOR, 0.3, attrs)


_ORG_HEAD_WORDS = {
    "crown", "court", "magistrates", "magistrates'", "magistrates’", "police", "regional",
    "office", "divisional", "county", "district", "tribunal", "prosecutor", "prosecutors",
    "sheriff", "city", "municipal", "constabulary", "council", "youth", "high", "superior",
    "circuit", "family", "state", "provincial", "area", "local", "metropolitan", "division",
}  # fmt: skip


def _place_in_org(ent: SpacySpan, offset: int, boiler: bool) -> Mention | None:
    """The town in "Preston Crown Court" or "NBI Mindanao Regional Office"; gazetteer decides."""
    words = [t for t in ent if not t.is_punct]
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


def _agency_shapes(
    text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool], have: list[Mention]
) -> list[Mention]:
    """Agencies written out in full that the NER missed or cut ("The Anti-Human Trafficking
    Unit of the Rajasthan Police" → the unit and the police force)."""
    taken = [(m.span[0] - offset, m.span[1] - offset) for m in have if m.kind == "organisation"]
    out = []
    for match in _AGENCY_SHAPE.finditer(doc.text):
        s, e = match.span(1)
        # overlapping a known organisation, or its sub-unit ("Metropolitan Police Modern Slavery
        # Unit", "Met's … Unit"): already counted
        if any(s < te + 4 and ts < e for ts, te in taken):
            continue
        parts = [(s, e)]
        inner = re.search(r"[ \t]+of[ \t]+the[ \t]+", match.group(1))
        if inner and any(w.lower() in INSTITUTION_HEADS for w in match.group(1)[inner.end() :].split()):
            parts = [(s, s + inner.start()), (s + inner.end(), e)]
        for ps, pe in parts:
            raw = doc.text[ps:pe]
            words = raw.split()
            if words and words[0].lower() == "the":
                ps += len(words[0]) + 1
                raw = doc.text[ps:pe]
            if len(raw.split()) < 2:
                continue
            span = doc.char_span(ps, pe, alignment_mode="expand")
            sentence = span.sent.text if span is not None else ""
            mention = organisations.organisation(
                text, (ps + offset, pe + offset), raw, extractor=EXTRACTOR,
                boilerplate=is_boiler(ps + offset), sentence=sentence,
            )  # fmt: skip
            if mention is not None:
                out.append(mention)
    return out


def _named_with_age(doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    # Names may sit inside an ORG the NER made up ("Somchai Phromsri" tagged ORG); agencies,
    # people and places the NER found stay as they are.
    taken = [
        (e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ != "ORG" or organisations.org_kind(e.text) is not None
    ]
    out = []
    for match in _NAMED_WITH_AGE.finditer(doc.text):
        group = "a" if match.group("a") else "b"
        s, e = match.span(group)
        if any(s < te and ts < e for ts, te in taken):
            continue
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is None or country_code(span.text) or span[-1].lower_ in STREET_WORDS:
            continue
        mention = people.english_person(span, offset)
        if mention is not None:
            mention.attributes["boilerplate"] = is_boiler(s + offset)
            out.append(mention)
    return out


def english_entities(text: str, doc: Doc, offset: int, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """Mentions from one parsed chunk (`doc` is of `text[offset:offset+len(doc.text)]`)."""
    out: list[Mention] = []
    known_acronyms = organisations.acronyms(doc.text)
    acronym_spans = [
        (m.start(), m.end(), m.group(2), known_acronyms[m.group(2)])
        for m in organisations.ACRONYM.finditer(doc.text)
        if m.group(2) in known_acronyms
    ]
    org_ends: set[int] = set()
    last_org: Mention | None = None
    alias_names: set[str] = set()
    person_ends: list[int] = [e.end_char for e in doc.ents if e.label_ == "PERSON"]
    for match in _ALIAS.finditer(doc.text):
        alias_names.add(match.group("name"))
        before = doc.text[max(0, match.start() - 4) : match.start()]
        attached = match.group("also") or any(0 <= match.start() - end <= 3 for end in person_ends)
        if attached or ("," in before and any(0 <= match.start() - e <= 6 for e in person_ends)):
            continue  # "X, also called Faith": another name of X, not another person
        char = match.start("name")
        span = doc.char_span(char, match.end("name"), alignment_mode="expand")
        if span is None:
            continue
        counts = {"suspect": 0}
        lemmas = _lemmas(span.sent)
        counts["suspect"] = len(lemmas & (SUSPECT_SENTENCE | {"leader", "ring", "boss"}))
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
    for ent in doc.ents:
        start = ent.start_char + offset
        boiler = is_boiler(start)
        label = ent.label_
        code = demonym_code(ent.text.strip()) if label in ("ORG", "PERSON", "GPE") else None
        if code and not ent.ent_id_ and not country_code(ent.text):
            # "12 Guatemalan workers" with "Guatemalan" tagged ORG: a nationality all the same
            out.append(_nationality(ent.root, code, offset, boiler))
            continue
        if label == "PERSON":
            if ent.text.strip() in alias_names and any(
                m.kind == "person" and m.value == ent.text.strip() for m in out
            ):
                continue
            if country_code(ent.text) or demonym_code(ent.text):
                continue
            last = ent.text.split()[-1].lower() if ent.text.split() else ""
            if last in STREET_WORDS:
                continue  # "of Windmill Close": an address, not a person
            ngo = organisations.ngo_by_context(
                doc.text[max(0, ent.start_char - 30) : ent.start_char],
                doc.text[ent.end_char : ent.end_char + 50],
            )
            if (last in INSTITUTION_HEADS and len(ent) > 1) or ngo:
                # "West Yorkshire Police" or "the NGO Bachpan Bachao Andolan" tagged PERSON
                mention = organisations.organisation(
                    text, (start, ent.end_char + offset), ent.text, extractor=EXTRACTOR,
                    boilerplate=boiler, sentence=ent.sent.text,
                )  # fmt: skip
                if mention is not None:
                    out.append(mention)
                continue
            if last not in DIVISION_WORDS:
                mention = people.english_person(_widen_name(ent), offset)
                if mention is not None:
                    mention.attributes["boilerplate"] = boiler
                    out.append(mention)
            if len(ent) <= 3:
                # the small model tags many towns and districts PERSON ("Nuapada", "Kogi State");
                # the gazetteer decides later, and a confirmed place replaces the person
                out.append(_place_candidate(ent, offset, boiler, person_alt=True))
        elif label == "ORG":
            if country_code(ent.text):
                # "from Moldova" tagged ORG: the country, unless it names an organisation's
                # country ("Ghana" in "Ghana Police Service" is one ORG, not this)
                country = _place_or_country(ent, offset, boiler)
                if country is not None:
                    out.append(country)
                continue
            previous = last_org if last_org is not None and ent.start_char in org_ends else None
            if previous is not None and mention_is_agency(previous):
                org_ends.add(ent.end_char)
                continue  # a sub-unit written right after its parent ("Met's … Unit")
            canonical = ent.ent_id_ or _acronym_canonical(ent, acronym_spans)
            org_start, raw = start, ent.text
            if previous is not None:
                # "[the Australian] [Border Force]": the NER split one name in two
                out.remove(previous)
                org_start, canonical = previous.span[0], None
                raw = text[org_start : ent.end_char + offset]
            mention = organisations.organisation(
                text, (org_start, ent.end_char + offset), raw, extractor=EXTRACTOR,
                boilerplate=boiler, sentence=ent.sent.text,
                canonical=canonical, known_acronyms=known_acronyms,
            )  # fmt: skip
            last_org = mention
            in_org = _place_in_org(ent, offset, boiler)
            if in_org is not None and mention_is_agency(mention):
                out.append(in_org)
            org_ends.update({ent.end_char, ent.end_char + 1, ent.end_char + 3})
            if mention is not None:
                out.append(mention)
            if len(ent) <= 2 and not mention_is_agency(mention):
                out.append(_place_candidate(ent, offset, boiler, person_alt=False))
        elif label in _PLACE_LABELS:
            mention = _place_or_country(ent, offset, boiler)
            if mention is not None:
                if label != "GPE" and mention.kind == "place" and not ent.ent_id_:
                    mention.attributes["needs_gazetteer"] = True
                out.append(mention)
        elif label == "NORP":
            code = demonym_code(ent.text) or demonym_code(ent.text.rstrip("s"))
            if code:
                out.append(_nationality(ent.root, code, offset, boiler))
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
    in_ents = {i for e in doc.ents if e.label_ in _PLACE_LABELS | {"NORP"} for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i in in_ents or not tok.is_title or len(tok.text) < 4:
            continue
        code = country_code(tok.text)
        if code and tok.ent_type_ != "ORG":
            span = doc[tok.i : tok.i + 1]
            attrs = {"boilerplate": is_boiler(tok.idx + offset), "relation": _relation(span),
                     "label": "token"}  # fmt: skip
            out.append(Mention("country", (tok.idx + offset, tok.idx + len(tok.text) + offset),
                               tok.text, code, EXTRACTOR, 0.6, attrs))  # fmt: skip
    # Demonyms the NER missed ("Romanian 'sex slaves'" is often tagged, "Polish" often not).
    seen = {m.span[0] for m in out if m.kind == "nationality"}
    for tok in doc:
        if tok.idx + offset in seen or (not tok.text[:1].isupper() and not tok.text.isalpha()):
            continue
        code = demonym_code(tok.text) if tok.text[:1].isupper() else None
        if code and tok.ent_type_ not in ("ORG", "PERSON", "LANGUAGE"):
            out.append(_nationality(tok, code, offset, is_boiler(tok.idx + offset)))
        if tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in GROUP_NOUNS:
            group = _group(tok, offset, is_boiler(tok.idx + offset))
            if group is not None:
                out.append(group)
    out += _age_ranges(doc, offset, [m for m in out if m.kind == "group"])
    out += _named_with_age(doc, offset, is_boiler)
    out += _agency_shapes(text, doc, offset, is_boiler, out)
    for match in _LOWER_AGENCY.finditer(doc.text):
        start, end = match.start() + offset, match.end() + offset
        sent = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        mention = organisations.organisation(
            text, (start, end), match.group(0), extractor=EXTRACTOR, boilerplate=is_boiler(start),
            sentence=sent.sent.text if sent is not None else "", allow_lower=True,
        )  # fmt: skip
        if mention is not None:
            out.append(mention)
    return out


def _acronym_canonical(ent: SpacySpan, spans: list[tuple[int, int, str, str]]) -> str | None:
    """For an ORG inside "Long Name (ACR)" (often cut short by the NER): the full form."""
    for start, end, acr, full in spans:
        if start <= ent.start_char < end:
            entry = organisations.lexicon_entry(acr)
            return entry.canonical if entry is not None else full
    return None


def mention_is_agency(mention: Mention | None) -> bool:
    return mention is not None and mention.attributes.get("kind") is not None
