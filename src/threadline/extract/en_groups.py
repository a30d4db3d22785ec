"""Unnamed groups ("six Romanian women"), their nationality and ages, and the part they play in
the case (victim or suspect), read from the words that govern them in spaCy's dependency parse."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from threadline.extract.alternation import scanned
from threadline.extract.en_vocab import (
    EXTRACTOR,
    FEMALE,
    GROUP_NOUNS,
    MALE,
    MINOR_NOUNS,
    SUSPECT_NOUNS,
    SUSPECT_SENTENCE,
    SUSPECT_VERBS,
    VICTIM_NOUNS,
    VICTIM_SENTENCE,
    VICTIM_SUBJECT_VERBS,
    VICTIM_VERBS,
    lemmas,
)
from threadline.extract.lexicon import role_cues
from threadline.extract.textutil import span_text
from threadline.extract.types import Mention

_ADULT_AGE_BEFORE = re.compile(r"\b(\d{1,2})[\s-]+years?[\s-]+old\b[^.;]{0,15}$")
_KIN = frozenset({"brother", "sister", "father", "mother", "husband", "wife", "son", "daughter", "cousin"})
_RATE = frozenset({"night", "day", "week", "shift", "hour", "month"})
RESCUE_VERBS = frozenset({"rescue", "free", "intercept", "arrest", "raid", "save", "liberate", "detain"})
_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(_NUM_WORDS) + r")"
# one person, by the noun an age is told of
_ONE_PERSON = r"victim|woman|man|girl|boy|survivor|worker|complainant|daughter|son"
# "none of them were", "none of the workers is": what follows is denied of a whole group
_NONE_OF = r"none\s+(?:of\s+(?:them|the\s+[a-z]+)\s+)?(?:were|was|is|are)"
# "aged from four to 13", "ages ranged from three to 13", "between 14 and 17", "11-year-old"
_AGE_RANGE = re.compile(
    r"\b(?:aged?(?:\s+between)?|ages?\s+(?:ranged|ranging|range)|ranging\s+in\s+age|between\s+the\s+ages\s+of"
    # a list's or a log's "All male, ages 21–44", "ages approx 40-55"
    r"|ages(?:\s+(?:approx\.?|approximately|about|between))?)"
    r"\s+(?:from\s+)?" + _NUM + r"\s*(?:to|and|-|–)\s*(?:over\s+)?" + _NUM + r"\b"
    # a bare "between": "girls between 14 and 17", but "employed for between one and two years" is time
    r"|\bbetween\s+" + _NUM + r"\s*(?:and|-|–)\s*" + _NUM + r"\b"
    r"(?!\s+(?:years?|months?|weeks?|days|hours)\b(?![\s-]+old|\s+of\s+age))"
    # "between 3 and 9 June" is a date
    r"(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    # "Twenty-eight-year-old" is not an eight-year-old
    # one age: "a 16-year-old", written out "were 16 years old at the time", or "a girl aged 15"
    r"|(?<![\w-])" + _NUM + r"(?:[- ]year[- ]olds?\b|\s+years?\s+old\b)"
    r"|\baged\s+" + _NUM + r"\b(?!\s*(?:to|and|-|–|or)\b)"
    # intake forms: "Victim R, male, 23, from Tarlac City", "A.O., female, 27,", "F1 - 19 yrs"
    r"|\b(?:female|male)\s*,\s*" + _NUM + r"\b(?=\s*(?:,|\)|;|\.|$))"
    r"|(?<![\w-])" + _NUM + r"\s*yrs\b"
    # a person's age told in a clause: "Jane Doe, now 47,", "Linh was 23 when", "the victim, who was 20
    # at the time", "Marek* is 52.", "the youngest of whom was 21"
    r"|,\s+now\s+" + _NUM + r"\b(?=\s*[,;.)])"
    # set off after the noun: "The woman, 20, was", "the woman, then 20 and living in Sudbury"; a
    # call note's "M, 41, Polish national"
    # (with its article: a headline's "Woman, 68, rescued" is another story's)
    r"|\b(?:the|a|an|this|that|our|my|his|her|their)\s+(?:"
    + _ONE_PERSON
    + r"|teenager)\s*,\s*(?:then\s+|now\s+)?"
    + _NUM
    + r"\b(?=\s*(?:,|and\b))"
    r"|(?<![\w.])(?-i:[MF])\s*,\s*" + _NUM + r"\s*(?=,)"
    # a person a court or a note calls by a letter: "Child A was 15 and Child B was 14", "Victim 2 is 16"
    r"|(?:\b(?:she|he|who|" + _ONE_PERSON + r")|(?-i:\b[A-Z][a-z]+)"
    r"|\b(?:child|victim|complainant|witness|person)\s+(?-i:[A-Z]|\d{1,2})(?=\s+(?:is|was)\b))\*?"
    r"\s+(?:is|was)\s+(?:now\s+)?"
    + _NUM
    # … and a tip's "one boy is 16 he tell me"
    + r"\b(?=\s+(?:when|at\s+the\s+time|and\s+(?:comes|lives|has)|and\s+(?:child|victim)\b|he|she|they)\b"
    r"|\s*[,.;])"
    r"|\byoungest\s+(?:of\s+(?:whom|them)\s+)?(?:was|is|being)\s+" + _NUM + r"\b"
    r"|\bunder(?:\s+the\s+age\s+of)?\s+(?P<under>18|16|14|12)\b"
    # stated adults: "all adult men from Nepal", "all adults", "an adult potential victim"
    r"|\b(?P<adult>all\s+(?:of\s+them\s+)?adults?|adult\s+(?:potential\s+)?victims?|of\s+legal\s+age"
    r"|(?:all|are|were)\s+(?:aged\s+)?(?:over|above)\s+(?:the\s+age\s+of\s+)?18"
    # "All were adults.", "all the workers are adults", "all 61 were adults", "none of them was a minor"
    r"|all\s+(?:of\s+them\s+|of\s+the\s+[a-z]+\s+|the\s+[a-z]+\s+|(?:\d+|[a-z]+)\s+(?:[a-z]+\s+)?)?"
    r"(?:were|are)\s+adults?"
    rf"|{_NONE_OF}\s+(?:an?\s+)?(?:minors?|child|children|under\s+(?:the\s+age\s+of\s+)?18))\b",
    re.IGNORECASE,
)

# What every match of _AGE_RANGE holds: a digit, a number word not inside a word, "adult", "legal" or
# "none"
_MAY_STATE_AGE = scanned(r"\d|adult|legal|none|(?<![^\W\d_])(?:" + "|".join(_NUM_WORDS) + ")", re.IGNORECASE)

# "none of them were", "none of the victims was a": what follows is denied of the group
_NONE_WERE = re.compile(rf"\b{_NONE_OF}(?:\s+an?)?\s*$", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"\b(?:no|not|none|never|nobody|neither)\b[^.;]*$", re.IGNORECASE)


def _num(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else _NUM_WORDS.get(word)


def age_ranges(doc: Doc, offset: int, groups: list[Mention]) -> list[Mention]:
    """Age ranges stated for the victims of a sentence (role from the groups it names)."""
    out = []
    for sent in doc.sents:
        sent_text = span_text(sent)
        if not _MAY_STATE_AGE.search(sent_text):
            continue  # half the sentences: one quick scan instead of the long pattern's
        matches = list(_AGE_RANGE.finditer(sent_text))
        if not matches:
            continue
        lo_char, hi_char = sent.start_char + offset, sent.end_char + offset
        roles = {g.attributes.get("role") for g in groups if lo_char <= g.span[0] < hi_char}
        words = _reported_to_court(lemmas(sent))
        victimish = "victim" in roles or words & {"victim", "rescue", "free"}
        # ages given for an unnamed group (or none: "the crew, aged …") nobody in the sentence is
        # accused of anything
        if not victimish and (None in roles or not roles) and not words & SUSPECT_SENTENCE:
            victimish = True
        role = "victim" if victimish else None
        if role is None:
            continue
        sent_groups = [g for g in groups if lo_char <= g.span[0] < hi_char]
        for m in matches:
            values = [v for v in (_num(g) for g in m.groups()) if v is not None]
            if m.group("adult"):
                values = [18, 99]
            if not values:
                continue
            # the group the ages are given for: the nearest one before them ("two women aged 20
            # and 31 were arrested"), or the one they qualify ("a 40-year-old man who …")
            at = sent.start_char + m.start() + offset
            within = [g for g in sent_groups if at <= g.span[0] and g.span[1] <= at + len(m.group(0))]
            owner = (
                within[0]
                if within
                else min(
                    (g for g in sent_groups if -len(m.group(0)) - 20 <= at - g.span[1] <= 40),
                    key=lambda g: abs(at - g.span[1]),
                    default=None,
                )
            )  # "sold her daughter, 14": the person the match names, else the nearest group
            if owner is not None and owner.attributes.get("role") == "suspect":
                continue
            lo, hi = min(values), max(values)
            if m.group("under"):  # "under 18"
                if _DENIED_BEFORE.search(sent_text, max(0, m.start() - 80), m.start()):
                    continue  # "no evidence that any of the crew were under 18"
                lo, hi = 0, int(m.group("under")) - 1
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


_INVOLVED = {"involvement", "involve", "responsible", "guilty", "complicit", "link", "behind"}


def _core(tok: Token) -> list[Token]:
    """A phrase without the clauses and appositions hung on it: "the Mechanism, a process which
    ensures victims are helped" is about a mechanism, not about victims."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in ("relcl", "appos", "punct"):
            out += _core(child)
    return out


def _object_is(verb: Token, lemmas: Collection[str]) -> bool:
    """Whether the verb's object (direct, or after a preposition) is one of `lemmas`."""
    return any(
        child.dep_ in ("dobj", "prep") and any(t.lemma_.lower() in lemmas for t in _core(child))
        for child in verb.children
    )


def _acts_on_victim(verb: Token) -> bool:
    """Whether an active verb's object (direct, or after a preposition) is the victim."""
    return _object_is(verb, ("victim", "slave"))


# Where the rescued are sent: "two men have entered the National Referral Mechanism", "the women
# were referred to support services", "the girls were placed in a shelter".
_CARE_WORDS = frozenset({"mechanism", "nrm", "shelter", "refuge", "safehouse", "care", "support"})
_CARE_VERBS = frozenset({"enter", "refer", "place", "take", "move", "accommodate", "house", "transfer"})


def _sent_to_care(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() not in _CARE_VERBS:
        return False
    return _object_is(head, _CARE_WORDS)


def _what_they_are_accused_of(tok: Token) -> bool:
    """Whether the noun sits inside the act someone is charged with, accused of or convicted of
    ("charged with trafficking six women", "convicted of exploiting the workers")."""
    child = tok
    for ancestor in tok.ancestors:
        if (
            ancestor.dep_ == "prep"
            and ancestor.lower_ in ("with", "of", "for")
            and ancestor.head.lemma_.lower() in SUSPECT_VERBS
            and child.dep_ == "pcomp"
        ):
            return True
        child = ancestor
    return False


_HANDED_TO = frozenset({"sell", "traffic", "give", "hand", "deliver", "supply", "marry"})
_SERVED = frozenset({"marry", "see", "serve", "service", "entertain", "satisfy"})
_SEX_WITH = frozenset({"sex", "work", "relation", "relations", "intercourse"})
_SUSPECTED = frozenset({"believe", "suspect", "accuse", "allege", "think"})


def _buyers(tok: Token) -> bool:
    """ "to sell them to Chinese men as wives", "forced to marry Chinese men", "forced to see men",
    "sex work with men from the mines": the buyers, not victims."""
    return (
        (tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ in _HANDED_TO)
        or (tok.dep_ == "dobj" and tok.head.lemma_ in _SERVED)
        or (tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ in _SEX_WITH)
    )


def _suspected_clause(noun: Token) -> bool:
    """ "five men believed to be connected to the trafficking": a reduced clause that suspects them
    (not "women believed to have been trafficked", "people thought to be victims")."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _SUSPECTED):
        words = {t.lower_ for t in clause.subtree} | {t.lemma_.lower() for t in clause.subtree}
        if not words & {"victim", "survivor", "been"}:
            return True
    return False


# what a passive relative clause says was done to a group that makes it the victims
_DONE_TO_VICTIMS = frozenset(
    {"traffic", "exploit", "rescue", "free", "force", "lure", "recruit", "sell", "smuggle", "entice",
     "enslave", "groom", "coerce", "deceive", "trick", "prostitute", "safeguard", "liberate", "intercept",
     "repatriate", "abuse", "rape", "beat"}
)  # fmt: skip


def group_role(noun: Token) -> str | None:
    """'victim', 'suspect' or None for an unnamed group noun, from the words governing it."""
    lemma = noun.lemma_.lower()
    if lemma in ("victim", "slave", "survivor"):
        return "victim"
    if lemma in SUSPECT_NOUNS or _suspected_clause(noun):
        return "suspect"
    # "an Australian man who allegedly paid for the abuse": the relative clause accuses him
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
            subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
            if clause.lemma_.lower() in _DONE_TO_VICTIMS and all(
                c.lower_ in ("who", "that", "which") for c in subjects
            ):
                return "victim"  # "five Filipinos who were allegedly recruited to work for scam operations"
            continue  # "labourers who were paid Rs 200": done to them, not by them
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
            "exploit",
            "abuse",
            "enslave",
            "threaten",
            "rape",
            "coerce",
            "deceive",
            "trick",
        }:
            return "suspect"
    if lemma in MINOR_NOUNS and not (
        noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in SUSPECT_VERBS
    ):
        return "victim"  # children in these reports are the exploited, not the accused
    if _held_or_arrested(noun):
        return "suspect"  # "with two men arrested in connection", "the two men in custody"
    tok = noun
    # climb "six of the women", "men and women", "the women, aged …"
    for _ in range(3):
        if tok.dep_ in ("conj", "appos") or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            tok = tok.head if tok.dep_ != "pobj" else tok.head.head
        else:
            break
        if tok.lemma_.lower() in _DONE_TO_THOSE_OF:
            return "victim"  # "obtained the labor of nine crewmembers", "the trafficking of six women"
    if tok.lemma_.lower() == "arrest" and tok != noun:
        return "suspect"  # "seven arrests - five men aged 49 … and two women"
    head = tok.head
    hl = head.lemma_.lower()
    if hl == "take" and any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(g.lemma_.lower() in ("custody", "detention") for g in c.children)
        for c in head.children
    ):
        return "suspect"  # "two men were taken into custody"
    if tok.dep_ in ("dobj", "nsubjpass", "pobj", "oprd", "dative") and hl in SUSPECT_VERBS:
        if hl == "charge" and _charged_money(head):
            return "victim"  # "the workers were charged $250 a week for shared rooms": a fee
        return "suspect"
    if _what_they_are_accused_of(tok):
        return "victim"  # "charged with arranging the entry of 18 Indian nationals"
    if hl in ("find", "identify") and tok.dep_ == "nsubjpass":
        # "two other men were found to have involvement in the case": what they were found to
        # be decides, not the finding
        complement = next((c for c in head.children if c.dep_ in ("xcomp", "oprd")), None)
        if complement is not None:
            words = {t.lemma_.lower() for t in complement.subtree}
            if words & _INVOLVED:
                return "suspect"
            if not words & VICTIM_SENTENCE:
                return None
    if tok.dep_ in ("dobj", "nsubjpass", "dative") and hl in VICTIM_VERBS:
        return "victim"
    if tok.dep_ == "pobj" and head.head.lemma_.lower() in VICTIM_VERBS:
        return "victim"
    if tok.dep_ == "nsubj" and hl in role_cues()["en"]["suspect_agentive_verbs"] and not _fled(head):
        return "suspect"
    if tok.dep_ == "nsubj" and any(c.lower_ in ("allegedly", "reportedly") for c in head.children):
        return "suspect"  # "the man allegedly made them work without pay"
    if _sent_to_care(tok):
        return "victim"
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _acts_on_victim(head):
        return "suspect"  # "the man and woman exercised coercive control over the victim"
    if tok.dep_ == "nsubj" and hl in VICTIM_SUBJECT_VERBS:
        return "victim"
    if lemma in VICTIM_NOUNS:
        return "victim"
    words = _reported_to_court(lemmas(noun.sent))
    if _said_of_a_number(noun) and noun.sent.start > 0 and not words & (VICTIM_SENTENCE | SUSPECT_SENTENCE):
        # "Seven carers … were recruited. Six were women and one was a man": the people counted
        # in the sentence before
        words = lemmas(noun.doc[noun.sent.start - 1].sent)
    victim_cue = bool(words & VICTIM_SENTENCE)
    suspect_cue = bool(words & SUSPECT_SENTENCE)
    if victim_cue and not suspect_cue:
        return "victim"
    if suspect_cue and not victim_cue:
        return "suspect"
    return None


def _fled(verb: Token) -> bool:
    """ "run away", "ran off": the workers who fled, not anyone who ran a business."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in verb.children)


def _reported_to_court(words: set[str]) -> set[str]:
    """A sentence's words without "court" where the court only hears what it reports ("the court
    heard the women, aged 19 and 22, had been told …", "told the court that the men …", "the court
    found that … four of whom were under 18"): what the report says of the people decides their
    part, not the court that heard it."""
    if "court" in words and words & {"hear", "tell", "find"}:
        return words - {"court"}
    return words


def _said_of_a_number(noun: Token) -> bool:
    """Whether the noun is what a bare number or share is said to be: "Six were women", "one was a
    man", "all were men"."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        # "Six were women and one was a man", parsed with the second verb's subject lost
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.like_num or subject.lower_ in _SHARES or subject.lower_ == "one")


def _charged_money(verb: Token) -> bool:
    """Whether "charged" takes a sum of money ("charged $250 a week", "charged them £5,000 each"):
    a fee the exploiters took, not a criminal charge."""
    following = verb.doc[verb.i + 1 : verb.i + 5]
    return any(t.ent_type_ == "MONEY" or t.is_currency for t in following)


# Verbs and nouns that make a demonym a language: "spoke little Italian", "speaks Romanian and Italian",
# "interviewed in Vietnamese", "a Fijian Hindi interpreter"
_LANGUAGE_VERBS = frozenset(
    {"speak", "understand", "learn", "read", "write", "teach", "know", "talk", "interview"}
)
_LANGUAGE_NOUNS = frozenset({"speaker", "interpreter", "translator", "lesson", "class", "course", "language"})


def spoken_language(tok: Token) -> bool:
    """Whether a demonym names a language here, not a nationality."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "dobj" and first.head.lemma_.lower() in _LANGUAGE_VERBS:
        return True
    if (
        first.dep_ == "pobj"
        and first.head.lower_ == "in"
        and first.head.head.lemma_.lower() in _LANGUAGE_VERBS
    ):
        return True
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return following is not None and following.lemma_.lower() in _LANGUAGE_NOUNS


def _described_by_relative(tok: Token) -> Token | None:
    """The noun a relative clause around `tok` describes ("a boy, who we believe to be …")."""
    head = tok
    for _ in range(4):
        if head.dep_ == "relcl":
            return head.head
        if head.head is head:
            return None
        head = head.head
    return None


# a part of a group, then what it is: "Six of the men are", "two of them were all"
_PART_SAID_OF = re.compile(
    r"\b(?:[\w-]+|all|most|some|many|both|half)\s+of\s+(?:the|them|these|those)(?:\s+(?P<group>[a-z]+))?"
    r"\s+(?:are|were)\s+(?:all\s+|also\s+)?$"
)


# what is done to the people it is "of": "the labour of nine crewmembers", "the sale of two girls"
_DONE_TO_THOSE_OF = frozenset({"labor", "labour", "service", "exploitation", "trafficking", "enslavement",
                               "sale", "rescue", "smuggling", "recruitment"})  # fmt: skip
# shares of a group that a nationality can be said of: "most of the women are Nigerian"
_SHARES = frozenset({"all", "most", "some", "many", "both", "half", "majority", "rest", "none", "each"})
# Peoples named beside a country: "three Iraqi Kurds", "Bangladeshi Rohingya" are people of that country
_PEOPLES = frozenset({"kurd", "kurds", "rohingya", "tamil", "tamils", "hazara", "hazaras", "uyghur",
                      "uyghurs", "pashtun", "pashtuns", "roma", "baloch"})  # fmt: skip


def nationality(tok: Token, code: str, offset: int, boiler: bool) -> Mention | None:
    """A nationality mention, or None where the demonym names a language."""
    if spoken_language(tok):
        return None
    noun = tok
    # "Romanian and Bulgarian workers": the second demonym hangs off the first, which describes the noun
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.dep_ in ("amod", "compound", "nmod"):
        noun = noun.head
    # "Mexican-born workers": the demonym hangs off "born", which describes the noun
    if noun.head.lower_ == "born" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    # "Mexican H-2A farmworkers": climb modifiers to the noun they describe
    while noun.dep_ in ("amod", "compound", "nmod") and (
        noun.head.pos_ in ("NOUN", "PROPN") or noun.head.lemma_.lower() in ("national", "citizen")
    ):
        noun = noun.head
    if noun is not tok and noun.lemma_.lower() in ("nationality", "origin", "descent", "citizenship"):
        noun = tok  # "of Bosnian and Croatian nationality": the demonym is said of the sentence's people
    role = group_role(noun)
    # "two were Lithuanian nationals" is said of a group as "two were Lithuanian" is
    # ("the other two women are Venezuelan migrants": a group noun after "are" is said of them too)
    said_of = (
        noun
        if noun is not tok
        and (
            noun.lemma_.lower() in ("national", "citizen")
            or (noun.dep_ == "attr" and noun.lemma_.lower() in GROUP_NOUNS)
        )
        else tok
    )
    if said_of is not tok and said_of.dep_ == "attr":
        described = _described_by_relative(said_of)
        if described is not None and group_role(described) is not None:
            # "a teenage boy, who we believe to be a Vietnamese national, was found"
            role, noun = group_role(described), described
    if said_of.dep_ in ("acomp", "attr") and said_of.head.lemma_ == "be":
        # "Seven of the men are Romanian", "The other five are Cambodian": said of a group
        subject = next((c for c in said_of.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (
            subject.lemma_.lower() in GROUP_NOUNS
            or subject.pos_ == "NUM"
            or subject.like_num
            or any(c.lemma_.lower() in GROUP_NOUNS for c in subject.subtree)
        ):
            role = group_role(subject) or "victim"
            noun = subject
    if role is None and (noun is tok or noun.lemma_.lower() in ("national", "citizen")):
        # "Six of the men are Romanian nationals" parsed with "nationals" as a subject: said of the men
        part = _PART_SAID_OF.search(tok.doc.text, tok.sent.start_char, tok.idx)
        if part is not None:
            said = tok.doc.char_span(*part.span("group")) if part.group("group") else None
            role = (group_role(said.root) if said is not None else None) or "victim"
            noun = said.root if said is not None else noun
    if noun is not tok and noun.lemma_.lower() in _SHARES:
        # "All but one of the workers are Bolivian", "The majority of the victims were Vietnamese":
        # said of the group the share is taken from
        group = next((t for t in noun.subtree if t.lemma_.lower() in GROUP_NOUNS | SUSPECT_NOUNS), None)
        if group is not None:
            role, noun = group_role(group) or "victim", group
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        role = None  # "X, a Mexican national": a person's nationality, not a group's
    if role == "victim" and _buyers(noun):
        role = None
    if (
        noun != tok
        and noun.lemma_.lower() not in GROUP_NOUNS | SUSPECT_NOUNS | _PEOPLES
        and not (noun.like_num or noun.pos_ == "NUM")
    ):
        role = None  # "British supermarkets", "Mexican pesos": not people
    attrs = {"refers_to": role, "boilerplate": boiler, "noun": noun.lemma_.lower()}
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in RESCUE_VERBS:
        attrs["rescuer"] = True  # "Nigerian security forces have rescued …": the case's own country
    span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
    return Mention("nationality", span, tok.text, code, EXTRACTOR, 0.7, attrs)


def group(tok: Token, offset: int, boiler: bool) -> Mention | None:
    if tok.pos_ == "ADJ" or tok.dep_ == "amod":
        # "male recruiters", "female workers": the noun decides who is meant
        noun = tok.head
        if noun.lemma_.lower() not in GROUP_NOUNS:
            return None
        mention = group(noun, offset, boiler) if noun != tok else None
        gender = "male" if tok.lower_ in MALE else "female" if tok.lower_ in FEMALE else None
        span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
        if mention is None and gender and noun != tok and not _in_a_name(noun):
            # "12 male Indian nationals": the noun alone is no group, its adjective makes it one
            attrs = {"role": group_role(noun), "gender": gender, "minor": False, "boilerplate": boiler}
            return Mention("group", span, tok.text, noun.lemma_.lower(), EXTRACTOR, 0.6, attrs)
        if mention is None:
            return None
        attrs = dict(mention.attributes, gender=gender or mention.attributes.get("gender"))
        return Mention("group", span, tok.text, mention.value, EXTRACTOR, 0.6, attrs)
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if lower == "boy" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "lover":
        return None  # the "lover boy" method names the recruiter's role, not a boy
    gender = "female" if lemma in FEMALE or lower in FEMALE else None
    gender = "male" if lemma in MALE or lower in MALE else gender
    minor = lemma in MINOR_NOUNS or lower in MINOR_NOUNS
    if minor and tok.i > 0:
        stated = _ADULT_AGE_BEFORE.search(span_text(tok.doc[max(0, tok.i - 8) : tok.i]))
        if stated and int(stated.group(1)) >= 18:
            minor = False  # "her 23-year-old daughter", "a 19-year-old girl": an adult's age is stated
    owner = [c for c in tok.children if c.dep_ == "poss"]
    family = lemma in ("child", "kid", "baby")  # "sold her daughter": a daughter may be the victim
    if minor and (
        any(c.pos_ in ("NOUN", "PROPN") for c in owner)
        or (family and any(c.lower_ in _POSSESSIVES for c in owner))
        or (family and tok.dep_ == "dobj" and tok.head.lemma_ == "have")
    ):
        # "the couple's three children", "he left his children", "some had children to support":
        # someone's family, not the victims
        return None
    if lemma in ("daughter", "son") and any(c.lower_ in ("our", "your") for c in owner):
        return None  # "the lives of our daughters": everyone's children, said in a quote
    hyphen_after = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
    if lemma == "baby" and (tok.dep_ == "compound" or hyphen_after):
        return None  # "baby formula", "a baby-selling ring": a word for a thing or a trade
    if minor and family and _cared_for(tok):
        return None  # "she cooked and looked after four children": the employer's family
    if minor and (
        any(c.lower_ == "no" for c in tok.children)
        or _NONE_WERE.search(span_text(tok.doc[max(tok.sent.start, tok.i - 8) : tok.i]))
    ):
        return None  # "no children", "none of them were minors": denied, not a group
    if (
        minor
        and lemma in ("son", "daughter")
        and not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in VICTIM_VERBS)
    ):
        # someone's son or daughter: the victim's, the employer's or a suspect's far more often than a
        # victim (own texts: 30 wrong against 4 right); a minor only when sold, trafficked, forced …
        minor = False
    if lemma in ("girl", "boy") and any(t.lower_ in ("women", "men") for t in tok.sent):
        minor = True
    elif lemma in ("girl", "boy", "teenager", "teen") and not _said_young(tok):
        # news calls young women "girls" and 18- or 19-year-olds "teenagers": no evidence of a
        # minor without an age or "young", "little", "underage" (annotators agree, 3 sets)
        minor = False
    if not gender and not minor and lemma not in VICTIM_NOUNS:
        return None
    if _in_a_name(tok) or (tok.dep_ == "poss" and tok.head.lemma_.lower() in _INSTITUTIONS):
        return None  # "Foundation for Children and Women", "children's services": an institution
    role = group_role(tok)
    if (
        role == "victim"
        and lemma in _KIN
        and any(c.dep_ == "poss" for c in tok.children)
        and (
            tok.dep_ not in ("dobj", "nsubjpass", "pobj")
            # "money she planned to send home to her two sons": the family the wages were for
            or (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with", "from"))
        )
    ):
        role = None  # "he and his brothers profited": the suspect's family, not the victims
    if (
        role == "victim"
        and lemma in _KIN
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    ):
        role = None  # "the father of the girl filed a complaint": the victim's family
    if role == "victim" and tok.dep_ == "poss":
        role = None  # "jumped from the man's vessel": the owner, not a victim
    if (
        role == "victim"
        and lemma in ("son", "daughter")
        and tok.dep_ == "conj"
        and tok.head.lemma_.lower() in ("father", "mother", "parent")
    ):
        role = None  # "a father and son who forced two men to work": the pair accused
    if role == "victim" and _buyers(tok):
        role = None
    after = tok.doc[tok.i + 1 : tok.i + 3]
    if len(after) == 2 and after[0].lower_ in ("a", "per", "each", "every") and after[1].lemma_ in _RATE:
        role = None  # "sex with 20 men a night": the buyers, counted as a rate, not the victims
    span = (tok.idx + offset, tok.idx + len(tok.text) + offset)
    attrs = {"role": role, "gender": gender, "minor": minor, "boilerplate": boiler}
    return Mention("group", span, tok.text, lemma, EXTRACTOR, 0.6, attrs)


# Work a domestic worker did for the employer's family: "looked after four children", "cared for the
# children", "a nanny for two children", "take the children to school".
_CARE_VERBS = frozenset({"look", "care", "nanny", "babysit", "mind", "raise", "bathe", "feed", "watch"})


def _cared_for(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("after", "for"):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    if head.lemma_.lower() in _CARE_VERBS:
        return True
    return head.lemma_.lower() == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "school" for g in c.children)
        for c in head.children
    )


def _held_or_arrested(noun: Token) -> bool:
    """A group described by an arrest participle or as being in custody."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in SUSPECT_VERBS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "into")
            and any(g.lemma_.lower() in ("custody", "detention") for g in child.children)
        ):
            return True
    return False


_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# What a group noun in the possessive names when it is an institution, not people in the case.
_INSTITUTIONS = frozenset(
    {"service", "home", "charity", "right", "commissioner", "society", "fund", "hospital", "court",
     "department", "unit", "ward", "organisation", "organization", "foundation", "trust", "centre",
     "center", "shelter", "welfare", "aid", "day", "ministry", "commission", "council", "refuge"}
)  # fmt: skip


def _in_a_name(tok: Token) -> bool:
    """Part of an organisation's or a building's name, or capitalised inside a sentence that is not
    written in title case ("the Paveena Foundation for Children and Women")."""
    words = [t for t in tok.sent if t.is_alpha and len(t.text) > 3]
    if sum(1 for t in words if t.text[:1].isupper()) * 5 >= len(words) * 4:
        return False  # a headline: the small model calls much of it an organisation
    if tok.ent_type_ in ("ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART"):
        return True
    return tok.text[:1].isupper() and tok.i != tok.sent.start


_YOUNG = frozenset({"young", "little", "underage", "minor", "small", "school", "baby", "infant"})


def _said_young(tok: Token) -> bool:
    return any(c.lower_ in _YOUNG for c in tok.children)
