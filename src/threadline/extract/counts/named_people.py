"""People counted by name: the named subjects and objects of outcome verbs, lists of names, a judge's
vocatives, and clauses with the verb first ("Among those arrested were …").
"""

from __future__ import annotations

import re

from threadline.extract.alternation import gated
from threadline.extract.counts.lexicon import EXTRACTOR
from threadline.extract.places import country_code, demonym_code, geocode
from threadline.extract.textutil import CALENDAR_WORDS, QUOTED_NICKNAME, fold
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import OutcomeKind

_NAME_SUBJECT = re.compile(
    r"(?:(?P<pron>\b(?:[Hh]e|[Ss]he|[Ee]l|[Ee]a)\b)|(?P<name>[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:\s+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){0,3}))"
    # "Brianna Colquitt (27, Lakeland), was sentenced": a bracket after the name
    r"(?:\s*\([^()]{1,40}\)\s*,?)?(?:\s*,[^,;]{1,60},)?"
    # an adverb before the verb: "She now faces charges", "Ionescu was later charged"
    r"(?:\s+(?:now|also|later|then|still|subsequently|eventually|currently|already))?\s*$"
)
# a name set off by commas after who the person is: "Her brother, Mr Samir Haddad, pleaded guilty"
_APPOSED_NAME = re.compile(
    r"[a-z],\s*(?P<name>[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:\s+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){1,3})(?:\s*\([^()]{1,40}\))?,\s*$"
)
_ONE_AGE = re.compile(r"\b(\d{1,2})[\s-]year[\s-]old\b")
_PLACE_PREPOSITION = re.compile(r"\b(?:from|of|in|at|near|to)\s+$")
_NOT_NAMES = frozenset(
    [
        # "appeared in court on Friday, 20 June 2025, facing charges": a day and its date, no one
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "This",
        "That",
        "These",
        "Police",
        "Officers",
        "Court",
        "Authorities",
        "Prosecutors",
        "Judge",
        "Jury",
        "Detectives",
        "Agents",
        "Investigators",
        "Officials",
        "Officer",
        "Detective",
        "Inspector",
        "Sergeant",
        "Constable",
        "Mr",
        "Ms",
        "Mrs",
        "Dr",
        "Also",
        "And",
        "But",
        "Then",
        "Yesterday",
        "Today",
        "Romania",
        "Britain",
        "London",
        "Europol",
        "Eurojust",
        "DIICOT",
        "NCA",
        "CPS",
        "FBI",
        "ICE",
        "HSI",
        "Politia",
        "Poliția",
        "Procurorii",
        "Polițiștii",
        "Politistii",
        "Anchetatorii",
        "Judecatorii",
        "Tribunalul",
    ]
)


# "Defrim Paci, 42 and Sitar Ali, 33, have been jailed", "Tran, 23, Nguyen, 30, and Ng, 49, were
# sentenced": several people named (each perhaps with an age) before one plural verb.
# (a nickname in quotes may follow the given name: 'Benigno "Benny" Soriano')
_LIST_NAME = r"[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:[ \t]+[\"“][A-Z][\w'’.-]*[\"”])?(?:[ \t]+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){0,3}"

# after a name, no part of it: a nickname ("X alias “Mommy”"), a photo caption's position
# ("X (left), Y (right)"), an age
_AFTER_LISTED_NAME = (
    r"(?:[ \t]*,?[ \t]+(?:alias|aka|a\.k\.a\.)[ \t]+[\"“'‘]?[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[\"”'’]?)?"
    r"(?:[ \t]*\((?:left|right|centre|center|middle|pictured|top|bottom|above|below|inset)\))?"
    r"(?:[ \t]*,[ \t]*\d{1,2}|[ \t]*\(\d{1,2}\))?"
)
_LIST_ITEM = rf"(?:{_LIST_NAME}){_AFTER_LISTED_NAME}"
_LIST_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|si|și)[ \t]+)"
# what may follow the list before its verb: "…, who all work for X,", "…, all 25,", "…, both of Leeds,"
# (their ages together: "brothers Arben and Besnik Krasniqi, 41 and 37, were jailed")
_LIST_TAIL = (
    r"(?:[ \t]*,[ \t]*(?:who|all|both|each|aged|of|from)\b[^,;.]{0,60}"
    r"|[ \t]*,[ \t]*\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*,?[ \t]+and[ \t]+\d{1,2})?"
)
_NAMED_LIST = re.compile(
    rf"(?<![\w'’-])(?P<list>{_LIST_ITEM}(?:{_LIST_JOIN}{_LIST_ITEM})+){_LIST_TAIL}[ \t]*,?[ \t]*$"
)
_LIST_ITEM_RE = re.compile(rf"(?P<name>{_LIST_NAME}){_AFTER_LISTED_NAME}")
_PLURAL_AUX = re.compile(r"\b(?:were|are|have been|had been|au fost|sunt)\b")  # passive: they are the object


def _named_subject_list(text: str, start: int, end: int) -> list[str]:
    """Everyone named in a list right before a plural verb; [] when there is no such list."""
    # a comma inside closing quotes ("alias “Mommy,” Rosie Lopez") still separates the names
    window = re.sub(r",([\"”’])", r"\1,", text[max(start, end - 200) : end])
    m = _NAMED_LIST.search(window)
    if not m:
        return []
    names = _listed_names(m.group("list"))
    while names and _not_a_name(names[0]):
        names.pop(0)  # "On Tuesday, Ssekandi and Mukasa were charged": the day opens the sentence
    if any(_not_a_name(name) for name in names):
        return []
    return [_without_title(name) for name in names] if len(names) > 1 else []


def _listed_names(listed: str) -> list[str]:
    """The names of a run of listed people ("X, 42 and Y (33)"), ages and aliases left out."""
    names = [QUOTED_NICKNAME.sub("", item.group("name")) for item in _LIST_ITEM_RE.finditer(listed)]
    return [n for n in names if n.split()[0] != "and"]


# A judge's sentencing remarks address each defendant: "Thi Lan Pham, you pleaded guilty", "Dale Price
# and Aaron Kent, at the first hearing you each pleaded guilty", "Mr Tan, you have pleaded guilty".
_VOCATIVE = gated(
    rf"^[\s\"“'‘]*(?P<list>{_LIST_ITEM}(?:{_LIST_JOIN}{_LIST_ITEM})*)[ \t]*,[^,;.]{{0,50}}?\byou\b"
    r"(?:\s+(?:have|had|were|are|each|both|all|also|then|now|later|since|previously|subsequently))*\s*$"
)


# … or its object: "Morse, the jury convicted you of the drugs conspiracy"
_VOCATIVE_BEFORE_OBJECT = re.compile(
    rf"^[\s\"“'‘]*(?P<list>{_LIST_ITEM}(?:{_LIST_JOIN}{_LIST_ITEM})*)[ \t]*,[^,;.]{{0,50}}?\s$"
)
_YOU_OBJECT = re.compile(r"\s*you\b")


def _vocative_names(text: str, start: int, end: int, verb_end: int | None = None) -> list[str]:
    """The people a sentence opens by addressing, when its verb's subject (or, given where the verb
    ends, its object) is "you"."""
    m = _VOCATIVE.search(text[start:end])
    if m is None and verb_end is not None and _YOU_OBJECT.match(text, verb_end):
        m = _VOCATIVE_BEFORE_OBJECT.search(text[start:end])
    if not m:
        return []
    names = [_without_title(n) for n in _listed_names(m.group("list"))]
    return [] if not names or any(_not_a_name(n) for n in names) else names


def _without_title(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].rstrip(".") in _HONORIFICS else name


def _not_a_name(name: str) -> bool:
    """A capitalised run that names no person: a function word, a force, a weekday or month, a
    nationality or a country ("The", "Police", "Monday", "Romanian", "Spain"). A title before a name
    is part of it ("Mr Tran and Ms Pham were arrested")."""
    name = _without_title(name)
    words = name.split()
    return (
        any(w in _NOT_NAMES or w in CALENDAR_WORDS for w in words)
        # a headline in capitals: "… LAYS CHARGES IN LABOUR CASE"
        or (name.isupper() and any(w.lower() in _FUNCTION_WORDS for w in words))
        or bool(demonym_code(words[0]))
        or bool(country_code(name))
    )


_FUNCTION_WORDS = frozenset(
    {"in", "on", "at", "of", "for", "to", "with", "after", "over", "as", "by", "from", "into", "the", "and"}
)
_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Miss", "Mx", "Dr", "Sir", "Dame"})


def _named_subject(text: str, start: int, end: int) -> str | None:
    """A named person or pronoun right before a passive verb: 'Moreno has been convicted'."""
    window_start = max(start, end - 80)
    m = _NAME_SUBJECT.search(text[window_start:end]) or _APPOSED_NAME.search(text[window_start:end])
    if not m:
        return None
    if m.group("name") and _PLACE_PREPOSITION.search(
        text, max(start, window_start + m.start() - 8), window_start + m.start()
    ):
        return None  # "a 72 year old from Etobicoke was arrested": a place, not the person
    if m.groupdict().get("pron"):
        return m.group("pron").lower()
    words = _without_title(m.group("name")).split()  # "Ms Osaigbovo was charged": the title is no name
    if words[0] in _NOT_NAMES or any(w in _NOT_NAMES for w in words):
        return None
    if len(words) == 1 and _COMMON_PERSON_NOUN.fullmatch(fold(words[0])):
        return None  # "Muncitorii au fost preluați …": a plural noun opening the sentence
    if len(words) == 1 and fold(words[0]) in _COMMON_THING_NOUN:
        return None  # "Dosarul a fost trimis în judecată", "Cazul a fost descoperit": no person
    return " ".join(words)


# Romanian plural nouns for people, which open a sentence with a capital: "Muncitorii", "Fetele" (a
# singular "Victima" is one person, as a name would be)
_COMMON_PERSON_NOUN = re.compile(
    r"(?:victim|muncitor|minor|fet|tiner|femei|barbat|baiet|copi|adolescent|persoan|cetateni|elev|"
    r"lucrator|angajat)\w*(?:ii|le)"
)


# Romanian nouns with their article for what a case is made of, which open a sentence with a capital
_COMMON_THING_NOUN = frozenset(
    {"dosarul", "cazul", "ancheta", "gruparea", "grupul", "reteaua", "procesul", "rechizitoriul", "sentinta",
     "decizia", "hotararea", "ordonanta", "denuntul", "sesizarea", "faptul", "actiunea", "operatiunea",
     "clanul", "firma", "societatea", "ferma", "locuinta", "apartamentul", "autoturismul", "masina"}
)  # fmt: skip


_NAME_OBJECT = re.compile(
    r"[ \t]*(?P<name>[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:[ \t]+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){0,3})(?![\w'’-])"
)
# between two names: a comma or "and", perhaps after the first one's age ("X, 41 and Y, 20")
# or after the first one's term: "sentenced X to nine years in prison and Y to six years"
_NEXT_NAME = re.compile(
    # (or its age in brackets: "Nicolae Bălan (61 de ani), Florica Bălan (57 de ani) și …")
    r"(?:[ \t]*,[ \t]*\d{1,2}\b|[ \t]*\(\d{1,2}(?: de ani| ani)?\))?"
    r"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|și|şi|si)[ \t]+(?:pe[ \t]+)?"
    r"|[ \t]+(?:each[ \t]+)?to[ \t]+(?=[^,;.()]{0,40}\b(?:years?|months?|life)\b)"
    r"[^,;.()]{1,50}?,?[ \t]+and[ \t]+)"
    r"(?=[A-ZĂÂÎȘŞȚŢ])"
)
# what the text calls the people before naming them: "arrested alleged traffickers X and Y"
_SUSPECT_LABEL = re.compile(
    r"[ \t]*(?:(?:the|two|three|four|five|six)[ \t]+)?(?:alleged[ \t]+|suspected[ \t]+)?"
    r"(?:traffickers?|suspects?|smugglers?|ringleaders?|pimps?|brokers?|agents?|accused"
    # "arestarea preventivă a inculpaților Ion Popa și Maria Lungu"
    r"|(?:a[ \t]+)?(?:inculpa[tț]\w*|suspec[tț]\w*|numi[tț]\w*))"
    r"[ \t]+(?=[A-ZĂÂÎȘŞȚŢ])"
)


# Romanian marks a person object with "pe"
_RO_OBJECT_MARK = re.compile(r"[ \t]+(?:(?:în|in)[ \t]+flagrant[ \t]+)?pe(?=[ \t]+[A-ZĂÂÎȘŞȚŢ])")


_NEXT_KIN_OBJECT = re.compile(
    r"[ \t]*,?[ \t]+(?:și|şi|si)[ \t]+pe[ \t]+"
    r"(?P<kin>(?:vărul|varul|fiul|fiica|fratele|sora|soția|sotia|soțul|sotul|concubina|concubinul|"
    r"nepotul|nepoata|cumnatul|cumnata|verișorul|verisorul|verișoara|verisoara|mama|tatăl|tatal)"
    r"[ \t]+(?:acestuia|acesteia|său|sau|sa|ei|lui))\b"
)


def _named_objects(text: str, pos: int, end: int) -> list[str]:
    """People named right after an active verb: "the court convicted Osaigbovo", "police arrested
    Ion Popa and Maria Lungu". Weekdays, months, nationalities and countries are not names."""
    names: list[str] = []
    label = _SUSPECT_LABEL.match(text, pos, end)
    if label is not None:
        pos = label.end()
    if (marked := _RO_OBJECT_MARK.match(text, pos, end)) is not None:
        pos = marked.end()  # "i-au arestat (în flagrant) pe Daniel Popa și pe Ion Rusu"
    while (m := _NAME_OBJECT.match(text, pos, end)) is not None:
        if _not_a_name(m.group("name")):
            break
        names.append(m.group("name"))
        pos = m.end()
        joiner = _NEXT_NAME.match(text, pos, end)
        if joiner is None:
            if (kin := _NEXT_KIN_OBJECT.match(text, pos, end)) is not None:
                names.append(kin.group("kin"))  # "pe Daniel și pe vărul acestuia": his cousin too
            break
        pos = joiner.end()
    return names


# The verb first, the people after it: "Arrested during the operation were the children's aunt, …
# Rosalinda Tiongco, and her partner, Jerome Alcantara", "Among those charged are X and Y".
_INVERTED = re.compile(
    r"\W*(?:among\s+)?(?:those\s+)?(?P<verb>arrested|nabbed|apprehended|charged|indicted|convicted|sentenced|"
    r"jailed|detained)\b[^.;:]{0,60}?\b(?:were|are)\s+"
)
_INVERTED_KIND = {
    "arrested": OutcomeKind.ARRESTED, "nabbed": OutcomeKind.ARRESTED, "apprehended": OutcomeKind.ARRESTED,
    "charged": OutcomeKind.CHARGED, "indicted": OutcomeKind.CHARGED, "convicted": OutcomeKind.CONVICTED,
    "sentenced": OutcomeKind.CONVICTED, "jailed": OutcomeKind.CONVICTED, "detained": OutcomeKind.DETAINED,
}  # fmt: skip
_FULL_NAME = re.compile(r"\b[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:\s+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){1,3}")


def _inverted_names(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    """One count per person named after an inverted outcome ("Arrested were X and Y")."""
    m = _INVERTED.match(folded, start, end)
    if m is None:
        return []
    outcome = _INVERTED_KIND[m.group("verb")]
    out = []
    for name in _FULL_NAME.finditer(text, m.end(), end):
        if (
            _not_a_name(name.group())
            or _PLACE_PREPOSITION.search(text, max(0, name.start() - 8), name.start())
            or geocode(name.group())
        ):
            continue  # "Xiaoping Lu, 44, of Flushing, New York": the towns are no one
        attrs = {"counts": outcome.value, "sentence": index, "subject": name.group()}
        a, b = m.span("verb")
        out.append(Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.6, attrs))
    return out
