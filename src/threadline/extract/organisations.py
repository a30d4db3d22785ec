"""Organisations: which agencies, courts and NGOs a text names, and whether they act in the case.

An organisation counts as an agency when our lexicon knows it or its name says what it is
("… Police Service", "… Crown Court", "Anti-Human Trafficking Unit"). Companies, media and the
helplines of "how to report" advice are kept as organisations but not as acting agencies (a helpline
heading its own call record took the case, and acts).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator

from threadline.extract.alternation import gated
from threadline.extract.boilerplate import HELPLINE_ACTED
from threadline.extract.lexicon import agencies, agency_by_key, strip_accents
from threadline.extract.places import country_code, demonym_code, geocode
from threadline.extract.types import Mention

_INSTITUTION = re.compile(
    r"\b(?:police|policia|polizei|politia|poliția|constabulary|gendarmerie|gendarmerie|carabinieri"
    r"|guard|army|navy|military|armed forces|court|tribunal|tribunalul|judecatoria|judecătoria"
    r"|curtea|parchetul|prosecut\w*|attorney|attorney-general|procurator\w*|agency|agentia|agenția"
    r"|service|(?:victims?|social|child(?:ren)?['’]?s?|protective|protection|family|immigration"
    r"|emergency|probation|correctional|welfare|support|investigative)\s+services|bureau|department|ministry|ministerul|office|unit|directorate|directia|direcția"
    r"|council|commission|authority|force|investigations?|enforcement|task ?force|inspectorate"
    r"|inspectoratul|brigade|brigada|squad|division|immigration|customs|border|interior"
    r"|home office|sheriff|marshals?|patrol|gardaí|garda|charity|foundation|mission|trust|salvation"
    r"|ngo|fundatia|fundația|asociatia|asociația"
    # bodies named in their own languages ("Polícia Federal", "Ministério Público do Trabalho", "Fiscalía",
    # "Staatsanwaltschaft", "Bundespolizei", "Hauptzollamt", "Polisregion Syd", "Politie")
    r"|pol[íi]c[íi]a|minist[ée]rio|fiscal[íi]a|defensor[íi]a|conselho tutelar|politie|polis(?:en|region)?"
    r"|\w*polizei|\w*kriminalamt|\w*zollamt|staatsanwaltschaft|guardia|migraci[óo]n|inspec[cç][ãa]o"
    # "Sous-Direction de la Lutte contre …", "Dirección de Investigación Criminal", "Secretaría de Trabajo",
    # "Nucleo Ispettorato del Lavoro", "Questura di Roma", "Juzgado de Instrucción", "Cuerpo Técnico de …"
    r"|(?:sous-)?direction|direcci[óo]n|dire[çc][ãa]o|secretar[íi]a|ministero|ispettorato"
    r"|questura|procura(?=\s)|juzgado|tribunale|polizia|cuerpo|comisar[íi]a|unidad|servicio|servizio|servi[çc]o"
    r"|asociaci[óo]n|associa[çc][ãa]o|associazione|fundaci[óo]n|funda[çc][ãa]o|fondazione"
    # a country's mission abroad, a fire service that inspects premises
    r"|embassy|consulate|high commission|fire and rescue|fire service"
    # a team named for its work ("Vanderbijlpark Task Team", "One Stop Crisis team")
    r"|(?:task|crisis|response|investigations?|trafficking|rescue|protection|enforcement|tactical) team"
    r"|crime branch|(?<!\()cid(?!\))|(?:labou?r|child|social) welfare board"
    # a body named for the fight against trafficking ("Anti-Human Trafficking Circle", "… Cell")
    r"|anti[- ](?:human[- ])?trafficking(?:\s+in\s+persons)?\s+(?!in\b)\w+"
    # "Migrant Rights Centre", "Women and Children Protection Center" (not a shopping centre: _PLACE_CENTRE)
    r"|cent(?:er|re)"
    # "National Committee for Counter Trafficking", "National Migration Institute", "Presidency of Migration
    # Management", "National Programme for the Rescue …", "Procuraduría General de la Nación"
    r"|committee (?:for|on|against|of|to)|institute|instituto|presidency|national program(?:me)?"
    r"|procuradur[íi]a"
    # what a body is made of or does, as its name's last word ("Seasonal Workers Association", "Union of
    # … Workers"), not a business named after it ("Alliance Hotel") nor the European Union
    r"|(?:alliance|coalition|association|(?<!european )union|inspection|administration|ministries|charities)"
    r"(?=\s*$|\s*\(|\s+(?:of|for|against|in|on|to)\b))\b",
    re.IGNORECASE,
)
# A centre that is a place or a business, not a body that acts ("Arndale Shopping Centre").
_PLACE_CENTRE = re.compile(
    r"\b(?:shopping|medical|detention|community|leisure|sports?|health|trade|trading|city|town"
    r"|conference|call|data|news|visitor|garden|business|retail|fitness|arts?|cultural|convention"
    r"|distribution|holding|processing|immigration removal|removal|reception|transit|investigation"
    r"|custody|remand|rehabilitation and detention)\s+cent(?:er|re)s?\b"
    r"|^cent(?:er|re)s?\b(?!\s+(?:for|of)\b)",
    re.IGNORECASE,
)
_COMPANY = re.compile(
    r"\b(?:llc|ltd|inc|plc|limited|gmbh|srl|s\.r\.l|corp|corporation|company|harvesting"
    r"|holdings|news|times|post|tv|radio|press|media|twitter|facebook|instagram|tiktok"
    r"|whatsapp|google|youtube|reuters|bbc|cnn|bloomberg|al jazeera|associated press"
    r"|(?:recruitment|employment|travel|manpower|staffing|marriage|modelling|modeling)\s+agenc(?:y|ies))\b"
    # a law, not who enforces it ("the Immigration and Refugee Protection Act")
    r"|\b(?:act|acts|code|bill|convention|protocol|regulations?|orders?|warrants?|directives?)$"
    # a frontier, not who guards it ("the India-Nepal border")
    r"|\bborders?$",
    re.IGNORECASE,
)
# a short form in brackets after a name: "Homeland Security Investigations (HSI)"
ACRONYM_AFTER = re.compile(r"\s*\([^()\s]+\)\s*$")
# A person's rank, not a body ("Deputy Superintendent of Police", "Sub-Inspector of Police").
_RANK = re.compile(
    r"^(?:(?:deputy|assistant|additional|senior|junior|chief|acting|station house)\s+)*"
    r"(?:superintendents?|sub-inspectors?|inspectors?|sergeants?|constables?|detectives?|officers?"
    r"|commissioners?)(?:\s+of\s+police)?(?:\s|$)"
    # "Senior Crown Prosecutor Jane Doe", not the "Prosecutor General's Office"
    r"|^(?:(?:senior|chief|deputy|assistant|principal|specialist)\s+)+(?:crown\s+)?prosecutors?(?:\s|$)",
    re.IGNORECASE,
)
# Acronyms that name a body only in some countries' news ("AFP" is a news agency elsewhere, "DCI"
# a British detective's rank): the body when the text is about that country.
_CONTEXT_ACRONYMS = {
    "AFP": (
        "Australian Federal Police (AFP)",
        re.compile(
            r"\bAustralia|\b(?:Queensland|New South Wales|NSW|Victoria Police|Northern Territory|NT Police"
            r"|Darwin|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Tasmania)\b"
        ),
    ),
    "DCI": ("Directorate of Criminal Investigations (DCI)", re.compile(r"\bKenya")),
}
_HELPLINE_KINDS = {"helpline"}
# Advice and contact sentences name organisations that do not act in the case.
_ADVICE = re.compile(
    r"\b(?:helpline|hotline|report (?:it|this|concerns?|a (?:concern|suspicion))|anonymously"
    r"|if you|sunați|sunati|apelati|apelați|telverde)\b"
    r"|\b(?:call|ring|dial|contact|text)\b[^.\n]{0,40}?\b(?:on|at|number|free)\s*[\d+(]",
    re.IGNORECASE,
)
# A helpline that acted in the case is no advice to the reader (the sentence is a fact of the case).
_HOTLINE_ACTED = re.compile(HELPLINE_ACTED, re.IGNORECASE)
# A photo credit names who took the picture, not who acted ("Credit: Kent Police").
_CREDIT = re.compile(r"\b(?:credit|photo|photograph|image|picture|pictures|source)s?\s*:\s*$", re.IGNORECASE)


def _heads_the_record(text: str, span: tuple[int, int]) -> bool:
    """A helpline named in the first two lines: the text is its own call record or web report, and the
    helpline took the case (own sets: the gold lists it in 44 of 47 such texts)."""
    return text.count("\n", 0, span[0]) < 2


_POSSESSIVE_END = re.compile(r"..['’]s\b|['’]s\b")
# A body the victims were threatened with ("told them he would report them to the Home Office", "if they
# complained they would be handed over to the migration police"): named in the threat, not acting
_THREATENED_WITH = re.compile(
    r"\b(?:would|will|could|threat\w*|warn\w*|if|unless|or else|risk\w*)\b[^.;!?\n]{0,80}?\b"
    r"(?:(?:report(?:ed|ing)?|hand(?:ed|ing)?(?: (?:them|her|him|you|us|me))? over|"
    r"turn(?:ed|ing)?(?: (?:them|her|him|you|us|me))? in|"
    r"tell|call|denounce[ds]?)(?: (?:them|her|him|you|us|me|the workers?|the victims?))?"
    r"(?: (?:as|for being) [^.;!?\n]{1,30}?)? to"
    # … or called on ("he would call the Home Office", "threatened to contact immigration")
    r"|(?:call|tell|contact|phone|ring|inform|alert)(?:ed|ing|s)?) (?:the )?$",
    re.IGNORECASE,
)
# … or doing what the threat said it would ("the Home Office will cancel your visa")
_THREAT_AFTER = re.compile(r"^\W{0,3}(?:will|would|could)\s+(?:cancel|deport|revoke|refuse)\b", re.IGNORECASE)
# A court a verdict may yet go to ("said his clients would appeal to the High Court"): not a body that
# has acted in the case
_APPEAL_TO = re.compile(
    r"\b(?:would|will|could|can|may|plans? to|planned to|intends? to|intended to|expected to|right to|"
    r"considering|consider)\b[^.;!?\n]{0,40}?\b(?:be )?appeal(?:ed|ing)? "
    r"(?:(?:against )?(?:the|his|her|their) (?:verdict|sentence|conviction|ruling|decision) )?"
    r"(?:to|before|at) (?:the )?$"
    # a court the case goes to next ("appeal lies to the High Court", "transferred to the High Court",
    # "triable only by the High Court")
    r"|\b(?:appeal lies|(?:case|trial|matter|proceedings)\b[^.;!?\n]{0,20}?\b(?:transferred|committed|moved)"
    r"|triable (?:only )?)(?: (?:to|by|before)) (?:the )?$",
    re.IGNORECASE,
)
# A body named as the author of a publication ("the State Department's Trafficking in Persons report",
# "Home Office figures"): the source of a number, not a body acting in the case.
_PUBLICATION = re.compile(
    r"^(?:[ \t]*\([A-Z]{2,8}\))?(?:[ \t]+(?:report|reports|survey|index|data|figures|statistics|study)\b"
    # … or counting the year's cases ("the Federal Criminal Police Office (BKA) counted about 500 completed
    # investigations", "registered several hundred investigations")
    r"|,?[ \t]+(?:has[ \t]+|had[ \t]+)?(?:counts?|counted|records|recorded|registers|registered)[ \t]+"
    r"(?:only[ \t]+|about[ \t]+|around[ \t]+|more[ \t]+than[ \t]+|some[ \t]+|nearly[ \t]+|almost[ \t]+)?"
    r"(?:\d|several|a[ \t]+few|dozens|hundreds|thousands))",
    re.IGNORECASE,
)
# … or with the publication before it: "Figures from the Department of Justice show", "potrivit datelor
# ANITP", "statisticile ANITP"
_PUBLICATION_BEFORE = re.compile(
    r"\b(?:(?:figures|data|statistics|numbers) (?:from|published by|released by)|"
    r"according to (?:figures|data|statistics) (?:from|by)|"
    r"(?:potrivit|conform) (?:datelor|statisticilor|raportului|cifrelor)|"
    r"datele|statisticile|raportul anual al)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a sentence's opener the NER took into the name ("Although Police said …", "During Police raids")
_LEADING = re.compile(
    r"^(?:(?:although|though|whilst|while|during|because|unless|meanwhile|however|whereas)\s+)?"
    r"(?:(?:the|a|an|this|that|these|those)\s+)?",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:['’]s?|\s*\(\s*)$")
# a byline's desk, not a body: "By Court Reporter", "Home Affairs Correspondent"
_BY_LINE = re.compile(r"[ \t]*(?:written[ \t]+)?by[ \t]+[A-Z][^\n]{0,160}$", re.IGNORECASE | re.MULTILINE)
_BYLINE_ROLE = re.compile(r"[ \t]+(?:reporter|correspondent|editor|staff writer|writer)s?\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"(?:^|\n)[ \t]*By[ \t]+$")
ACRONYM = re.compile(
    r"((?:[A-Z][\w’'&.-]*|of|for|the|and|against|in|on|de|a|al|pentru|împotriva|si|și)"
    r"(?:[ \t]+(?:[A-Z][\w’'&.-]*|of|for|the|and|against|in|on|de|a|al|pentru|împotriva|si|și)){1,12})"
    r"[ \t]*\(\s*([A-Z][A-Za-z]{1,9})\s*\)"
)
# The parenthesised acronym that ends every ACRONYM match, and the characters its name may hold.
_ACRONYM_TAIL = re.compile(r"\(\s*[A-Z][A-Za-z]{1,9}\s*\)")
_NAME_RUN = re.compile(r"[\w’'&.\- \t]*")


def acronym_matches(text: str) -> Iterator[re.Match[str]]:
    """`ACRONYM.finditer(text)`, found from each "(ACR)" backwards rather than tried at every position.

    A match is a run of name characters (word characters, ’ ' & . - and blanks) ended by "(ACR)", so
    it starts inside the run just before one such "(", and none holds another "(" or ")": from
    each "(ACR)" in turn, searching only its run finds what the whole scan finds, in the same order.
    """
    backwards = ""
    pos = 0
    for tail in _ACRONYM_TAIL.finditer(text):
        backwards = backwards or text[::-1]
        before = len(text) - tail.start()  # where the run before "(" starts in the reversed text
        run = _NAME_RUN.match(backwards, before).end() - before
        found = ACRONYM.search(text, max(pos, tail.start() - run), tail.end())
        if found is not None:
            yield found
            pos = found.end()


def clean_org(raw: str) -> str:
    # a name never runs over a line break: what follows is the next line's text
    name = raw.strip().split("\n")[0]
    name = " ".join(name.split())
    name = _LEADING.sub("", name)
    name = _TRAILING.sub("", name).strip(' ,.;:"“”‘’()')
    # the rank of the officer quoted runs into the name ("Sheriff's Office Lt. Ramon Diaz said")
    name = _RANK_TAIL.sub("", name)
    # an unbalanced bracket left by the NER ("National Bureau of Investigation (NBI")
    if name.count("(") != name.count(")"):
        name = name.split("(")[0].strip()
    # a headline's capitals run the body into the news ("National Police Busts Trafficking Ring …")
    headline = _HEADLINE_VERB.match(name)
    if headline:
        name = headline.group(1)
    # a name the NER cut before its object ("Chicago Field Office of the"): the part that is a name
    return _DANGLING.sub("", name)


_RANK_TAIL = re.compile(
    r"(?:[ \t]+(?:Lt|Lieut|Lieutenant|Sgt|Sergeant|Det|Detective|Insp|Inspector|Supt|Superintendent|Capt"
    r"|Captain|Cpl|Corporal|Cmdr|Commander|Chief|Deputy|Constable|Special Agent|Spokesperson|Spokesman"
    r"|Spokeswoman)\.?)+$"
)
_HEADLINE_VERB = gated(
    r"(.*\b(?:Police|Ministry|Mo[Ii]|Forces?|Guard|Agency|Authorities|Army|Navy|Bureau|Service|Unit|Garda"
    r"|[A-Z]{2,}))[ \t]+(?:Arrests|Busts|Rescues|Raids|Dismantles|Nabs|Frees|Charges|Jails|Seizes|Detains"
    r"|Smashes)[ \t]+"
)


_DANGLING = re.compile(r"(?:[ \t]+(?:of|for|and|the|against|in|on|at|to))+$", re.IGNORECASE)
# One head word alone is a back-reference ("the Agency", "the Directorate", "the NGO"), not a name.
_ANAPHOR_HEADS = frozenset({
    "agency", "agencies", "directorate", "brigade", "ngo", "department", "office", "unit", "bureau",
    "division", "authority", "commission", "council", "ministry", "service", "squad", "court",
    "tribunal", "prosecutor", "prosecutors", "inspectorate", "foundation", "charity", "organisation",
    "organization", "law enforcement agency", "law enforcement agencies", "law enforcement", "police",
})  # fmt: skip


def lexicon_entry(name: str):
    # a name that ends in a possessive is the name as a whole ("Barnardo's"), not a possessive
    return agency_by_key().get(strip_accents(clean_org(name))) or agency_by_key().get(
        strip_accents(_LEADING.sub("", " ".join(name.split())))
    )


_NGO_BEFORE = re.compile(
    r"\b(?:charity|ngo|non-profit|nonprofit|organi[sz]ation|group|foundation|campaigners?)\s*$",
    re.IGNORECASE,
)
_NGO_AFTER = re.compile(
    # not a person's post in one ("Jane Doe, the founder of Hope Charity")
    r"^\W{0,3}(?:an?|the)\s+(?:(?!of\b)[\w-]+\s+){0,3}(?:charity|ngo|non-profit|nonprofit"
    r"|organi[sz]ation|foundation|group)\b(?!['’])",
    re.IGNORECASE,
)


def ngo_by_context(before: str, after: str) -> bool:
    """ "the charity ECPAT UK", "Labour Protection Network, a Thai NGO": an NGO by its context."""
    return bool(_NGO_BEFORE.search(before) or _NGO_AFTER.match(after))


def _countries_named(name: str) -> set[str]:
    words = re.sub(r"\([^)]*\)", " ", name).replace("’", "'").split()
    found = set()
    for i in range(len(words)):
        for size in (1, 2):
            piece = re.sub(r"'s?$", "", " ".join(words[i : i + size]))
            if piece[:1].isupper() and (code := demonym_code(piece) or country_code(piece)):
                found.add(code)
    return found


def same_body(written: str, canonical: str) -> bool:
    """Whether a text's "Long Name (ACR)" is the body our lexicon knows by that acronym: not when
    the names share little or name other countries ("Peruvian National Police (PNP)" is not the
    Philippine National Police)."""
    # every long name the lexicon knows the body by ("DIICOT" is written out several ways)
    known = [canonical, *(a.name for a in agencies() if a.canonical == canonical and " " in a.name)]
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", written).casefold()
    longs = [re.sub(r"\s*\([^)]*\)\s*$", "", n).casefold() for n in known]
    longs = [n for n in longs if " " in n] or longs
    if all(difflib.SequenceMatcher(None, bare, n).ratio() < 0.5 for n in longs):
        return False
    ours = _countries_named(written)
    return not ours or bool(ours & set().union(*map(_countries_named, known)))


def org_kind(name: str) -> str | None:
    """What an organisation is (police, court, ngo, …) or None when it is not an agency."""
    entry = lexicon_entry(name)
    if entry is not None:
        return entry.kind
    # "the Immigration and Refugee Protection Act (IRPA)": a law with its short form is still a law
    bare = ACRONYM_AFTER.sub("", name)
    if _COMPANY.search(bare) or _RANK.match(bare):
        return None
    if _INSTITUTION.search(_PLACE_CENTRE.sub(" ", name)):
        return "agency"
    return None


def acronyms(text: str) -> dict[str, str]:
    """ACR → "Long Name (ACR)" for every "Long Name (ACR)" the text spells out."""
    found: dict[str, str] = {}
    for match in acronym_matches(text):
        acr = match.group(2)
        written = _LEADING.sub("", match.group(1)).strip()
        long_name = _fit_initials(written, acr)
        full = f"{_with_area(written, long_name)} ({acr})" if long_name else None
        # a later bare "District Police Office (DPO)" is the same office the text already placed
        if full and not found.get(acr, "").endswith(f" {full}"):
            found[acr] = full
    return found


# "Kailali District Police Office (DPO)": the acronym leaves out the district's own name, which
# tells this office from every other district's.
_AREA_LEVEL = re.compile(
    r"^(?:District|Divisional|Provincial|Regional|County|Municipal|State|City|Town|Village|Barangay)\b"
)
_NOT_AREA = re.compile(r"^(?:The|A|An|At|In|Of|By|From|With|And|For|To|On|Said|Police)$")


def _with_area(written: str, long_name: str) -> str:
    head = written[: len(written) - len(long_name)].split()
    if not _AREA_LEVEL.match(long_name) or not head:
        return long_name
    area = head[-1]
    if not area[:1].isupper() or _NOT_AREA.match(area) or area.isupper():
        return long_name
    return f"{area} {long_name}"


def _fit_initials(long_name: str, acr: str) -> str | None:
    """The tail of `long_name` that `acr` abbreviates: the shortest whose capitalised initials
    spell it ("… Navy and the Department of Special Investigation" + "DSI"), else the longest
    that starts with the acronym's letter and nearly fits (translated names: "Directorate for
    Investigating Organised Crime and Terrorism" + "DIICOT"); None when nothing fits."""
    words = long_name.split()
    tails = [words[i:] for i in range(len(words) - 1, -1, -1) if words[i][:1].isupper()]
    for tail in tails:
        if "".join(w[0] for w in tail if w[:1].isupper()).upper() == acr.upper():
            return " ".join(tail)
    # a translated name keeps the native acronym's letters in another order ("Judicial Police (PJ)")
    for tail in tails:
        if len(tail) > 1 and sorted("".join(w[0] for w in tail if w[:1].isupper()).upper()) == sorted(
            acr.upper()
        ):
            return " ".join(tail)
    for tail in reversed(tails):
        initials = "".join(w[0] for w in tail if w[:1].isupper()).upper()
        if initials[:1] == acr[:1].upper() and (
            difflib.SequenceMatcher(None, initials, acr.upper()).ratio() >= 0.6
        ):
            return " ".join(tail)
    return None


_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|to|into|across|at|throughout|of)[ \t]+$", re.IGNORECASE)
_COUNTRY_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]$")


@functools.lru_cache(maxsize=4)
def _text_acronyms(text: str) -> dict[str, str]:
    return acronyms(text)


def _defined_acronym(text: str, name: str, known: dict[str, str] | None) -> str | None:
    """ "Long Name (ACR)" when `name` is an acronym the text (or its chunk) spells out."""
    if not (
        1 < len(name) <= 10 and name.isalpha() and name[:1].isupper() and sum(map(str.isupper, name)) > 1
    ):
        return None
    return (known or {}).get(name) or _text_acronyms(text).get(name)


def organisation(
    text: str,
    span: tuple[int, int],
    raw: str,
    *,
    extractor: str,
    boilerplate: bool,
    sentence: str,
    canonical: str | None = None,
    known_acronyms: dict[str, str] | None = None,
    allow_lower: bool = False,
    kind: str | None = None,
) -> Mention | None:
    """An organisation mention with kind and whether it acts in the case."""
    name = clean_org(raw)
    if len(name) < 2 or len(name) > 120 or not any(c.isalpha() for c in name):
        return None
    entry = lexicon_entry(name)
    # an acronym the text spells out itself: its own long name, not another body with the same letters
    defined = _defined_acronym(text, name, known_acronyms)
    if entry is not None and defined is not None and not same_body(defined, entry.canonical):
        entry = None
        canonical = None if canonical == lexicon_entry(name).canonical else canonical
    if entry is None and canonical is None and name.casefold() in _ANAPHOR_HEADS:
        return None
    if _BYLINE_ROLE.match(text, span[1]) and (
        (entry is None and canonical is None)
        or _BY_BEFORE.search(text, max(0, span[0] - 8), span[0])
        # "By Daniel Orme, Home Affairs Correspondent": one writer's desk on a byline's line
        or _BY_LINE.match(text, text.rfind("\n", 0, span[0]) + 1)
    ):
        return None
    if not name[0].isupper() and entry is None and canonical is None and not allow_lower:
        return None  # "a navy captain": a common noun the NER took for a name
    if entry is None and canonical is None and _POSSESSIVE_HEAD.match(name):
        return None  # "the Office's Civil Rights Section": a part of a body named before it
    if entry is None and canonical is None and name in _CONTEXT_ACRONYMS:
        full, country = _CONTEXT_ACRONYMS[name]
        if country.search(text):
            canonical, kind = full, kind or "police"
    value = canonical or (entry.canonical if entry else None) or defined
    if value is None:
        value = name
    elif entry is not None:
        # "the United Kingdom National Crime Agency": the country is part of the name as written
        country = _COUNTRY_BEFORE.search(text, max(0, span[0] - 40), span[0])
        if (
            country
            and entry.kind != "international"
            and country_code(country.group(1))
            and not _countries_named(value)
            # "police in Spain Europol said": the country ends another phrase
            and not _PLACE_PREPOSITION.search(text, max(0, country.start() - 12), country.start())
        ):
            value = f"{country.group(1)} {value}"
    kind = kind or org_kind(name) or (org_kind(value) if value != name else None)
    before, after = text[max(0, span[0] - 30) : span[0]], text[span[1] : span[1] + 50]
    if kind is None and ngo_by_context(before, after):
        kind = "ngo"
    # named in advice, a credit, a publication, a threat or an appeal still to come: not acting here
    aside = (
        bool(_ADVICE.search(_HOTLINE_ACTED.sub(" ", sentence)))
        or bool(_CREDIT.search(before))
        or bool(_PUBLICATION.match(after))
        or bool(_PUBLICATION_BEFORE.search(before))
        or bool(_THREATENED_WITH.search(text, max(0, span[0] - 140), span[0]))
        or bool(_THREAT_AFTER.match(after))
        or bool(_APPEAL_TO.search(text, max(0, span[0] - 120), span[0]))
    )
    # a source of context, like a publication's author, or the website a release sits on
    reporting = bool(_REPORTING_BODY.search(value)) or _department_as_website(value, text, span)
    acting = (
        kind is not None and kind not in _HELPLINE_KINDS and not boilerplate and not aside and not reporting
    ) or (
        # the header of its own record, which the boilerplate and aside tests take for a contact line
        kind in _HELPLINE_KINDS and _heads_the_record(text, span)
    )
    return Mention(
        "organisation",
        span,
        text[span[0] : span[1]],
        value,
        extractor,
        0.8 if entry else 0.6,
        {
            "kind": kind,
            "acting": acting,
            # written as the owner of what follows ("the Department of Labor's Wage and Hour Division"),
            # its "'s" inside the mention or right after it
            "possessive": _POSSESSIVE_END.match(text, max(0, span[1] - 2)) is not None,
            # "the Social Security Inspectorate (Inspección de Trabajo y Seguridad Social)": a name and
            # the same body's name in brackets after it
            "before_bracket": text.startswith(" (", span[1]),
            "bracketed": text[span[0] - 1 : span[0]] == "(" and text.startswith(")", span[1]),
        },
    )


_POSSESSIVE_HEAD = re.compile(r"(?:Office|Department|Bureau|Agency|Service|Ministry|Court)['’]s\s")
# The US State Department is quoted for its yearly Trafficking in Persons report, the context of a
# case; in none of the annotated real pages that name it (six) did it act in the case. A press office
# ("Office of Public Affairs | U.S. Department of Justice") publishes the release; it acts in no case.
_REPORTING_BODY = re.compile(
    r"\b(?:State Department|Department of State)(?! Services)\b|"
    r"^(?:Office of (?:Public Affairs|Institutional Image(?: and Communications)?|Communications?|Press)|"
    r"Public (?:Information|Affairs) Office|Press Office|Media (?:Relations )?Office)$",
    re.IGNORECASE,
)


def _department_as_website(value: str, text: str, span: tuple[int, int]) -> bool:
    """A department named as the website a release sits on: a breadcrumb line of its own
    ("Department of Justice" over "U.S. Attorney's Office") or a page title's suffix ("… | United
    States Department of Justice")."""
    if not _DEPARTMENT_SITE.search(value):
        return False
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return bool(_DEPARTMENT_SITE.fullmatch(line.strip()) or _TITLE_SUFFIX.search(text, line_start, span[0]))


_DEPARTMENT_SITE = re.compile(
    r"(?:the\s+)?(?:(?:U\.S\.|United States)\s+)?Department of Justice(?:\s+\(DOJ\))?", re.IGNORECASE
)
_TITLE_SUFFIX = re.compile(r"\|\s*(?:(?:U\.S\.|United States)\s+)?$")


# --- One agency per country's police ------------------------------------------------------------
# Reports name a country's police several ways in one page ("Spanish police", "the National Police
# of Spain", "Spanish National Police", "Policía Nacional"). These resolve to one agency: the
# national force under its most specific name; the generic "<country> police" is only an alias of
# whichever force of that country the text names.

_WHERE = r"(?P<where>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)(?:['’]s?)?(?:-wide)?"
_GENERIC_POLICE = re.compile(rf"^{_WHERE}[ \t]+police(?:[ \t]+(?:force|forces|service|authorities))?$", re.I)
_NATIONAL_POLICE = re.compile(rf"^{_WHERE}[ \t]+(?:national|federal)[ \t]+police$", re.I)
_POLICE_OF = re.compile(r"^(?:national|federal)[ \t]+police[ \t]+of[ \t]+(?:the[ \t]+)?(?P<where>.+)$", re.I)
_BARE_NATIONAL = re.compile(r"^(?:national|federal)[ \t]+police$", re.I)
# A force named by its area ("Kent Police", "York Region police", "Chicago Police Department").
_LOCAL_FORCE = re.compile(
    r"^(?P<where>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?:police|constabulary)"
    r"(?:[ \t]+(?:service|department|force))?$",
    re.I,
)
# What kind of area a force covers, after its name ("Durham Regional Police", "Kakamega Central").
_LEVEL_WORDS = re.compile(
    r"(?:[ \t]+(?:regional|provincial|municipal|county|city|district|state|metropolitan|central))+$", re.I
)
# A police building, not a force ("Kakamega Police Station", "Perak Contingent Police Headquarters").
_POLICE_BUILDING = re.compile(r"\bpolice[ \t]+(?:station|headquarters|hq|post)$", re.I)
# Countries without a national police force: "UK police" names every force at once, no agency.
_NO_NATIONAL_POLICE = frozenset({"GB", "US"})
# Lexicon forces by country: the national police itself, then other forces of that country.
_NATIONAL_FORCES = {
    "Policía Nacional": "ES",
    "Royal Thai Police": "TH",
    "Romanian Police": "RO",
    "Poliția Română (IGPR)": "RO",
    "Philippine National Police (PNP)": "PH",
    "Bundespolizei": "DE",
    "Polizia di Stato": "IT",
    "Nigeria Police Force": "NG",
    "Ghana Police Service": "GH",
    "An Garda Síochána (Gardaí)": "IE",
    "Australian Federal Police (AFP)": "AU",
    "South African Police Service (SAPS)": "ZA",
    "Uganda Police Force": "UG",
    "Tanzania Police Force": "TZ",
    "Zimbabwe Republic Police": "ZW",
    "Malawi Police Service": "MW",
    "Zambia Police Service": "ZM",
    "Sierra Leone Police": "SL",
    "Liberia National Police": "LR",
    "Rwanda National Police": "RW",
    "Sri Lanka Police": "LK",
    "Nepal Police": "NP",
    "Bangladesh Police": "BD",
    "New Zealand Police": "NZ",
    "Hellenic Police": "GR",
    "Royal Malaysia Police (PDRM)": "MY",
    "Singapore Police Force": "SG",
    "Hong Kong Police Force": "HK",
    "Myanmar Police Force": "MM",
    "Jamaica Constabulary Force (JCF)": "JM",
    "Fiji Police Force": "FJ",
    "Royal Oman Police": "OM",
    "Police of the Czech Republic": "CZ",
    "State Police of Latvia": "LV",
    "Internal Security Forces (ISF)": "LB",
    "Carabineros de Chile": "CL",
    "Policía Nacional de Colombia": "CO",
}
_OTHER_FORCES = {
    "Guardia Civil": "ES",
    "Mossos d'Esquadra": "ES",
    "Carabinieri": "IT",
    "Guardia di Finanza": "IT",
    "Bundeskriminalamt": "DE",
    "Bundeskriminalamt (BKA)": "DE",
    "Koninklijke Marechaussee": "NL",
    "Gendarmerie nationale": "FR",
    "Jandarmeria Română": "RO",
    "Poliția de Frontieră": "RO",
    "Royal Canadian Mounted Police (RCMP)": "CA",
    "Ontario Provincial Police (OPP)": "CA",
    "Central Bureau of Investigation (CBI)": "IN",
    "National Bureau of Investigation (NBI)": "PH",
    "Criminal Investigation and Detection Group (CIDG)": "PH",
    "Directorate for Priority Crime Investigation (Hawks)": "ZA",
    "Directorate of Criminal Investigations (DCI)": "KE",
    "Centre for Combating Trafficking in Persons": "MD",
}


_OTHER_FORCE_WORDS = re.compile(r"\b(?:guard|gendarmerie|carabinieri|constabulary|police)\b", re.IGNORECASE)


def _country_of(where: str) -> str | None:
    where = re.sub(r"(?:['’]s?|-wide)$", "", where.strip())
    return demonym_code(where) or country_code(where)


def national_police_country(name: str) -> str | None:
    """The country whose national police `name` is ("Spanish National Police", "National Police
    of Spain", "Policía Nacional"), or None."""
    if name in _NATIONAL_FORCES:
        return _NATIONAL_FORCES[name]
    match = _NATIONAL_POLICE.match(name) or _POLICE_OF.match(name)
    return _country_of(match.group("where")) if match else None


def generic_police_country(name: str) -> str | None:
    """The country of a generic "<country> police" ("Thai police", "Thailand's Police", "UK police")."""
    match = _GENERIC_POLICE.match(name)
    return _country_of(match.group("where")) if match else None


def _force_country(name: str, country: str) -> bool:
    """Whether `name` is a force working in `country` other than its national police."""
    if _OTHER_FORCES.get(name) == country:
        return True
    # a force named by its country's adjective ("Spanish Civil Guard", "Italian Carabinieri")
    first = name.split()[0] if len(name.split()) > 1 else ""
    if (
        first
        and _country_of(first) == country
        and _OTHER_FORCE_WORDS.search(name)
        and not _GENERIC_POLICE.match(name)
    ):
        return national_police_country(name) is None
    match = _LOCAL_FORCE.match(name)
    if match is None or _POLICE_BUILDING.search(name) or _country_of(match.group("where")):
        return False
    place = geocode(_LEVEL_WORDS.sub("", match.group("where")) or match.group("where"), [country])
    return place is not None and place.country == country


def _national_rank(name: str) -> tuple[int, int]:
    # an English "<demonym> National Police" first, then "National Police of X", then native names
    shape = 0 if _NATIONAL_POLICE.match(name) else 1 if _POLICE_OF.match(name) else 2
    return shape, -len(name)


def _words(name: str) -> str:
    return f" {' '.join(re.sub(r'[^\w]', ' ', strip_accents(name)).split())} "


def _best_national(forms: list[str]) -> str:
    """The name that covers most of the others ("Australian Federal Police (AFP)" over "Australian
    Federal Police"), else the English "<demonym> National Police" over native names."""
    return min(
        forms, key=lambda f: (-sum(_words(o) in _words(f) for o in forms if o != f), _national_rank(f))
    )


def _best_generic(forms: list[str]) -> str:
    # "Thai police" reads as the name; "Thailand's Police" and "Canada police" are headline forms
    def demonym_first(name: str) -> int:
        match = _GENERIC_POLICE.match(name)
        return 0 if match and demonym_code(match.group("where")) else 1

    return min(forms, key=demonym_first)


def _bare_national_name(bare: str, generic_forms: list[str]) -> str:
    """ "Federal police" in a text about German police: "German Federal Police"."""
    for form in generic_forms:
        match = _GENERIC_POLICE.match(form)
        if match and demonym_code(match.group("where")):
            return f"{match.group('where')} {bare.split()[0].title()} Police"
    return bare


_AREA_POLICE = re.compile(r"^(?P<where>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?:-wide)?[ \t]+police$")
_FORCE_WORDS = re.compile(r"\b(?:police|constabulary|gendarmerie)\b", re.IGNORECASE)


def _area_police_renames(names: list[str]) -> dict[str, str | None]:
    """ "Ontario police" or "Ontario-wide police" beside the "Ontario Provincial Police" the text
    names: that force, not another one."""
    renames: dict[str, str | None] = {}
    for name in names:
        match = _AREA_POLICE.match(name)
        if match is None:
            continue
        where = re.sub(r"-wide$", "", match.group("where"))
        forces = [
            o for o in names
            if o != name and o.startswith(f"{where} ") and _FORCE_WORDS.search(o[len(where) :])
            and not _AREA_POLICE.match(o) and not _POLICE_BUILDING.search(o)
        ]  # fmt: skip
        force = forces[0] if forces else None
        if force is not None:
            renames[name] = force
    return renames


def _police_renames(names: list[str]) -> dict[str, str | None]:
    """Name → the name it stands for (None: no agency of its own) for every police alias."""
    national: dict[str, list[str]] = {}
    generic: dict[str, list[str]] = {}
    bare = [n for n in names if _BARE_NATIONAL.match(n)]
    for name in names:
        if code := national_police_country(name):
            national.setdefault(code, []).append(name)
        elif code := generic_police_country(name):
            generic.setdefault(code, []).append(name)
    renames: dict[str, str | None] = _area_police_renames(names)
    countries = set(national) | set(generic)
    if bare and len(countries) == 1:
        # an unqualified "Federal police" is that of the only country whose police the text names
        (code,) = countries
        named = _bare_national_name(bare[0], generic.get(code, []))
        national.setdefault(code, []).extend([named, *bare])
    for forms in national.values():
        best = _best_national(forms)
        renames.update((form, best) for form in forms)
    for code, forms in generic.items():
        if code in national:
            target: str | None = renames[national[code][0]]
        elif code in _NO_NATIONAL_POLICE or any(_force_country(n, code) for n in names):
            target = None
        else:
            target = _best_generic(forms)
        renames.update((form, target) for form in forms)
    return renames


def _is_building_of_named_force(name: str, names: list[str]) -> bool:
    """ "Kakamega Police Station" when the text names the Kakamega force itself."""
    if not _POLICE_BUILDING.search(name):
        return False
    first = name.split()[0]
    return any(
        other != name and other.split()[0] == first and re.search(r"\bpolice\b", other, re.I)
        and not _POLICE_BUILDING.search(other)
        for other in names
    )  # fmt: skip


# Offices that exist only as units of one national body: DIICOT's territorial services and bureaus
# ("DIICOT – Serviciul Teritorial Oradea") are DIICOT acting in the case.
_UNIT_OF = ((re.compile(r"^(?:serviciul|biroul) teritorial\b", re.IGNORECASE), "DIICOT"),)


def _parent_body(name: str) -> str | None:
    return next((parent for pattern, parent in _UNIT_OF if pattern.match(name)), None)


_GENERIC_PROSECUTORS = re.compile(r"^[A-Z][a-z]+(?:['’]s)?[ \t]+prosecutors$")
_PROSECUTOR_BODY = re.compile(r"prosecut|attorney|parchet|procura|DIICOT", re.IGNORECASE)


def _lexicon_kind(name: str) -> str | None:
    entry = lexicon_entry(name)
    return entry.kind if entry is not None else None


def resolve_agency_aliases(names: list[str]) -> list[str]:
    """`names` (in order of preference) with each police force once: a country's police under one
    name, generic "<country> police" folded into the force the text names, stations into forces,
    and a national body's local units into the body."""
    renames = _police_renames(names)
    for name in names:
        # "Romanian prosecutors" beside the prosecutors' office the text names (DIICOT): that office
        if _GENERIC_PROSECUTORS.match(name) and any(
            other != name and (_PROSECUTOR_BODY.search(other) or _lexicon_kind(other) == "prosecutor")
            for other in names
        ):
            renames[name] = None
    out: list[str] = []
    for name in names:
        value = renames.get(name, name)
        if value is not None:
            value = _parent_body(value) or value
        if value is None or value in out or _is_building_of_named_force(name, names):
            continue
        out.append(value)
    return out
