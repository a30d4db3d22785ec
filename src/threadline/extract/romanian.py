"""Romanian entities without a statistical model: lexicons, gazetteers and the shapes of
Romanian crime reporting ("inculpatul Ionuț Popescu, de 31 de ani", "în municipiul Iași",
"Tribunalul Constanța", "tinere din județul Bacău exploatate sexual în Germania").

Matching runs on the folded text (lower case, no diacritics, same length as the original, see
`textutil.fold`), so a span found there is the same span in the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from threadline.extract import organisations
from threadline.extract.alternation import required_literals
from threadline.extract.lexicon import agencies, ro_first_names, role_cues
from threadline.extract.places import country_code, demonym_code, geocode
from threadline.extract.textutil import fold
from threadline.extract.types import Mention

EXTRACTOR = "lexicon:ro"

# Romanian letters plus those of the foreign towns and names Romanian reports cite ("Neumünster",
# "Málaga", "Łódź")
_UP = "A-ZĂÂÎȘŞȚŢÄÖÜÉÈÁÍÓÚÑÇŁŚŻŹĆŃ"
_LOW = "a-zăâîșşțţäöüßéèêáíóúñçłśżźćńëïàòô"
# A capitalised word (or an all-capitals surname, as Romanian official texts write them).
_CAP = rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)"
_NAME_SEQ = re.compile(rf"(?<![\w-]){_CAP}(?:\s+{_CAP}){{1,3}}(?![\w-])")
_PLACE_SEQ = rf"{_CAP}(?:[ -](?:de |pe |la )?{_CAP}){{0,2}}"

# Words that open a capitalised run that is no person's name.
_NOT_NAME = {
    "politia", "tribunalul", "curtea", "judecatoria", "parchetul", "directia", "biroul",
    "serviciul", "brigada", "inspectoratul", "agentia", "ministerul", "jandarmeria", "marea",
    "regatul", "statele", "uniunea", "romania", "romaniei", "londra", "europol", "eurojust",
    "diicot", "igpr", "ipj", "dna", "asociatia", "fundatia", "organizatia", "centrul", "garda",
    "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
    "octombrie", "noiembrie", "decembrie", "luni", "marti", "miercuri", "joi", "vineri",
    "sambata", "duminica", "in", "din", "la", "pe", "cu", "de", "si", "sau", "potrivit",
    "conform", "astfel", "totodata", "ulterior", "acestia", "aceasta", "acesta", "procurorii",
    "politistii", "anchetatorii", "judecatorii", "surse", "sursa", "foto", "video", "citeste",
    "news", "digi", "protv", "antena", "agerpres", "mediafax", "hotnews", "adevarul", "libertatea",
    "structura", "sectia", "sectorul", "municipiul", "judetul", "orasul", "comuna",
    "instanta", "inalta", "curtii", "statul", "guvernul", "parlamentul", "presedintele",
}  # fmt: skip
_NOT_PLACE = {
    "politia", "tribunalul", "curtea", "judecatoria", "parchetul", "directia", "biroul",
    "serviciul", "brigada", "inspectoratul", "agentia", "ministerul", "jandarmeria", "asociatia",
    "fundatia", "organizatia", "centrul", "ianuarie", "februarie", "martie", "aprilie", "mai",
    "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie", "luni",
    "marti", "miercuri", "joi", "vineri", "sambata", "duminica", "europol", "eurojust", "diicot",
    "ipj", "igpr", "dna", "uniunea", "statele",
}  # fmt: skip
_PERSON_BEFORE = re.compile(
    r"(?:inculpat\w*|suspect\w*|numit\w*|pe nume|barbat\w*|femei\w*|tanar\w*|lider\w*|"
    r"procuror\w*|comisar\w*|agent\w*|judecator\w*|purtator\w* de cuvant|victim\w*|cetat[ea]n\w*|"
    r"domnul|doamna|sef\w*|director\w*|proxenet\w*|traficant\w*|condamnat\w*|arestat\w*|"
    r"retinut\w*|fratele|sora|sotul|sotia|concubin\w*|presedinte\w*|ministr\w*|inspector\w*|"
    r"avocat\w*|chestor\w*)\s*[,:]?\s*$"
)
_AGE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:\(\s*(\d{1,2})\s*(?:de )?ani\s*\)|,?\s*(?:in varsta )?de "
                        r"(\d{1,2})\s+(?:de\s+)?ani)")  # fmt: skip
_ROLE_WORD = re.compile(
    r"^(?:inculpat|suspect|numit|procuror|comisar|agent|judecator|inspector|lider|barbat|femei|"
    r"tanar|victim|domnul|doamna|sef|director|avocat|chestor|subcomisar|presedinte|ministr|"
    r"purtator|cetat[ea]n|proxenet|traficant|condamnat|arestat|retinut|fratele|sora|sotul|sotia)\w*$"
)
_SPEECH_BEFORE = re.compile(r"(?:potrivit|conform|a declarat|a spus|a precizat|a explicat)\s*$")

# Institutions written as a type plus a town: "Tribunalul Iași", "IPJ Constanța".
_T = "[țţt]"
_S = "[șşs]"
_A = "[aă]"
_INSTITUTION = re.compile(
    rf"\b(?:(?:Parchetul(?:ui)? de pe l[aâ]ng{_A}\s+)?(?:Tribunalul(?:ui)?|Judec{_A}tori(?:a|ei)"
    rf"|Cur(?:tea|{_T}ii) de Apel)(?:\s+{_PLACE_SEQ})?"
    rf"|(?:Inspectoratul(?:ui)? de Poli{_T}ie (?:al )?Jude{_T}ului|Inspectoratul(?:ui)? de "
    rf"Poli{_T}ie Jude{_T}ean|Inspectoratul(?:ui)? Jude{_T}ean de Poli{_T}ie|IPJ)\s+{_PLACE_SEQ}"
    # gendarmerie units and Bucharest's sector police ("Gruparea Mobilă de Jandarmi Craiova")
    rf"|Grup(?:area|{_A}rii) Mobil(?:{_A}|e) de Jandarmi(?:\s+{_PLACE_SEQ})?"
    rf"|Inspectoratul(?:ui)? de Jandarmi Jude{_T}ean\s+{_PLACE_SEQ}"
    rf"|Poli{_T}i(?:a|ei) Sectorului \d"
    rf"|(?:Brigada|Brig{_A}zii|Serviciul(?:ui)?) de Combatere a Criminalit{_A}{_T}ii Organizate"
    rf"(?:\s+{_PLACE_SEQ})?"
    # the police's special intervention units and the county labour inspectorates
    rf"|Serviciul(?:ui)? (?:pentru|de) Ac{_T}iuni Speciale(?:\s+\(SAS\))?(?:\s+{_PLACE_SEQ})?"
    rf"|Inspectoratul(?:ui)? Teritorial de Munc{_A}(?:\s+\(ITM\))?(?:\s+{_PLACE_SEQ})?|ITM\s+{_PLACE_SEQ}"
    rf"|Poli{_T}i(?:a|ei) (?:Municipiului|municipiului|Ora{_S}ului|ora{_S}ului|Capitalei)"
    rf"(?:\s+{_PLACE_SEQ})?"
    # ("poliția britanică" alone names no agency: the annotators leave a country's police unnamed)
    rf"|[Pp]oli{_T}i(?:a|ei) Metropolitan[aăe]|[Pp]oli{_T}i(?:a|ei) (?:britanic[aăe]|spaniol[aăe]"
    rf"|italian[aăe]|german[aăe]|francez[aăe]|olandez[aăe]|belgian[aăe]|austriac[aăe]|elve{_T}ian[aăe]"
    rf"|grec(?:e|easc{_A})|bulgar[aăe]|maghiar[aăe]|irlandez[aăe]|moldovene|ucrainean[aăe]|suedez[aăe]"
    rf"|danez[aăe]|norvegian[aăe]|ceh[aăe]|portughez[aăe]|cipriot[aăe])\s+din\s+{_PLACE_SEQ}"
    # a force or prosecutor's office named by its town ("Poliția din Verona", "Parchetul din Roma")
    rf"|(?:Poli{_T}i(?:a|ei)|Parchetul(?:ui)?|Procuratura|Procuraturii) (?:din|de la) {_PLACE_SEQ}"
    # a service or directorate spelled out in capitals ("Serviciul Investigații Criminale")
    rf"|(?:Serviciul(?:ui)?|Direc{_T}i(?:a|ei)|Departamentul(?:ui)?|Biroul(?:ui)?) {_CAP}"
    rf"(?:\s+(?:(?:de|pentru|a|al|{_S}i)\s+)?{_CAP}){{0,4}}"
    rf"|Ambasad(?:a|ei) (?:Rom[aâ]niei|{_CAP}(?:\s+{_CAP})?)(?:\s+(?:la|din|de la)\s+{_PLACE_SEQ})?"
    rf"|(?:Asocia{_T}i(?:a|ei)|Funda{_T}i(?:a|ei)|Organiza{_T}i(?:a|ei))\s+(?:{_CAP}|„[^”]{{2,40}}”)"
    rf"(?:\s+{_CAP}){{0,3}})(?![\w-])"
)
# Genitive → nominative for the first word of an institution's name ("Tribunalului Bacău").
_NOMINATIVE = {
    "tribunalului": "Tribunalul", "judecatoriei": "Judecătoria", "curtii": "Curtea",
    "inspectoratului": "Inspectoratul", "politiei": "Poliția", "brigazii": "Brigada",
    "serviciului": "Serviciul", "ambasadei": "Ambasada", "parchetului": "Parchetul",
    "asociatiei": "Asociația", "fundatiei": "Fundația", "organizatiei": "Organizația",
    "departamentului": "Departamentul", "directiei": "Direcția", "biroului": "Biroul",
    "gruparii": "Gruparea",
}  # fmt: skip


def nominative(name: str) -> str:
    """'Poliției germane' → 'Poliția germană': institution names as a list would give them."""
    words = name.split()
    if not words:
        return name
    first = _NOMINATIVE.get(fold(words[0]))
    if first is None:
        return name
    words[0] = first
    if (
        first == "Poliția"
        and len(words) > 1
        and words[1].islower()
        and words[1].endswith("e")
        and len(words[1]) > 3
    ):
        # feminine adjective: germane → germană (not a preposition: "Poliției de Frontieră")
        words[1] = words[1][:-1] + "ă"
    if first == "Gruparea" and len(words) > 1 and words[1] == "Mobile":
        words[1] = "Mobilă"  # "Grupării Mobile de Jandarmi" → "Gruparea Mobilă de Jandarmi"
    return " ".join(words)


_PLACE_TRIGGER = re.compile(
    rf"\b(?:(?P<prep>din|[îi]n|la|spre|c[aă]tre)\s+)?(?P<kind>(?i:municipiul|municipiului|ora[șşs]ul|ora[șşs]ului|comuna|comunei|satul|satului"
    rf"|localitatea|localit[aă][țţt]ii|jude[țţt]ul|jude[țţt]ului|jude[țţt]ele|jude[țţt]elor|sta[țţt]iunea"
    rf"|zona|zonei|localit[aă][țţt]ile|localit[aă][țţt]ilor|municipiile|municipiilor|ora[șşs]elor"
    rf"|comunele|comunelor|satele|satelor"
    rf"|cartierul|cartierului|sectorul|sectorului|regiunea|regiunii|provincia|provinciei"
    rf"|landul|statul|ora[șşs]ele|teritoriul|teritoriului"
    # a county or district abroad, a lake ("comitatul Monaghan", "districtul Kandal", "Lacul Volta")
    rf"|comitatul|comitatului|districtul|districtului|lacul|lacului"
    # notes abbreviate: "jud. Vaslui, com. Dimitrie Cantemir", "or. Tecuci"; a border crossing: "PTF Nădlac"
    rf"|jud\.|jud(?= [{_UP}])|com\.|mun\.|loc\.|or\."
    # a form's fields: "Județ / localitate: Argeș, Pitești", "Localitatea: Brăila"
    rf"|(?:jude[țţt]\s*/\s*)?localitate(?:a)?:|jude[țţt]:|ora[șşs]:)|(?-i:PTF)|[îi]n|din|la|spre|c[aă]tre|l[aâ]ng[aă])"
    rf"\s+(?P<name>{_PLACE_SEQ}|\d)"
)
_COUNTRY_THEN_TOWN = re.compile(rf"({_CAP}) la ({_CAP}(?:[ -]{_CAP})?)$")
_COUNTY_KINDS = {"judetul", "judetului", "judetele", "judetelor", "jud.", "jud"}
_LIST_NEXT_COUNTRY = re.compile(
    rf"\s*(?:,|și|si|ori|sau)\s+(?:(?:al|a|ale|în|in|din)\s+)?(?P<name>{_CAP}(?:\s+{_CAP})?)"
)
# the next name of a list, or towns in brackets after their county ("Caraș-Severin (Oravița și …)")
_LIST_NEXT = re.compile(
    rf"\s*(?:,|și|si|ori|sau|\(|\)\s*(?:,|și|si))\s*(?:(?:în|in|din|la)\s+)?"
    # (two-word towns too: "Pașcani și Târgu Frumos", "Codlea și Sfântu Gheorghe", "Roșiorii de Vede")
    rf"(?P<name>{_CAP}(?:\s*[-–]\s*{_CAP}|\s+Nou[aă]|\s+Mare|\s+Veche|(?:\s+(?:de|pe)\s+|\s+){_CAP})?)"
)
_NAMED_KINDS = {
    "municipiul", "municipiului", "orasul", "orasului", "comuna", "comunei", "satul", "satului",
    "localitatea", "localitatii", "statiunea", "cartierul", "cartierului", "sectorul",
    "sectorului", "regiunea", "regiunii", "provincia", "provinciei", "landul", "statul", "orasele",
    "comitatul", "comitatului", "districtul", "districtului", "lacul", "lacului",
    "zona", "zonei", "localitatile", "localitatilor", "municipiile", "municipiilor", "oraselor",
    "comunele", "comunelor", "satele", "satelor", "com.", "mun.", "loc.", "or.", "ptf",
} | _COUNTY_KINDS  # fmt: skip

# Country names that are Romanian only: "Columbia" is Colombia (in English it is elsewhere)
_RO_ONLY_COUNTRIES = {"columbia": "CO", "columbiei": "CO"}


def _ro_country_code(name: str) -> str | None:
    return _RO_ONLY_COUNTRIES.get(fold(name)) or country_code(name)


_VICTIM_NOUNS = re.compile(
    r"\b(victim\w*|tiner[ei]|tinerele|tinerelor|tanar[aă]?|femei[ea]?|femeile|femeilor|fet[ei]|fata|minor\w*|"
    r"copii|copil\w*|"
    r"persoane|persoana|cetat[ea]n\w*|barbat\w*|baiet\w*|muncitor\w*|adolescent\w*|elev[ea]\w*|"
    r"romanc\w*|romani\w*|minori)\b"
)
# with the genitive and dative plurals: "recrutarea tinerelor", "exploatarea femeilor"
_FEMALE = re.compile(r"\b(femei[ea]?|femeile|femeilor|tinere|tinerele|tinerelor|tanara|fete|fata|fetele|"
                     r"fetelor|minore|minorele|adolescentele|romancele|"
                     r"minora|minorelor|adolescente|adolescentelor|adolescenta|romance|romancelor|romanca|"
                     r"eleve|eleva|mame|mama|fiica)\b")  # fmt: skip
_MALE = re.compile(r"\b(barbati|barbatii|barbatilor|barbat|baieti|baietii|baietilor|baiat|tinerii barbati|"
                   r"fiul)\b")  # fmt: skip
_MINOR = re.compile(
    r"\b(minor[aei]?|minorii|minorele|minorul|minora|copii|copiii|copil|copilul|eleve|eleva|"
    r"elevi|adolescent\w*|sub (?:varsta de )?18 ani)\b"
)
_SUSPECT_WORDS = re.compile(
    r"\b(inculpat\w*|suspect\w*|retinut\w*|retinere\w*|arestat\w*|arestare\w*|condamnat\w*|"
    r"trimis\w* in judecata|acuzat\w*|invinuit\w*|cercetat\w*|proxenet\w*|traficant\w*|"
    r"lider\w*|gruparii|grupare|grupari\w*|membri\w*|autori\w*|faptuitor\w*|urmarit\w*|"
    r"banuit\w*|invinuit\w*|condamn\w*|complice\w*|complici\w*|pedeaps\w*|inchisoare|"
    # the heads of a criminal group and their nicknames ("Sefii grupului erau X, zis Y")
    r"sefii (?:grup\w*|retelei|clanului|bandei)|capul (?:retelei|gruparii|bandei)|"
    r"grup\w* infractional\w*|zis|zisa|poreclit\w*)\b"
)
_VICTIM_WORDS = re.compile(
    r"\b(victim\w*|exploat\w*|traficat\w*|recrutat\w*|racolat\w*|obligat\w*|fortat\w*|constrans\w*|"
    r"salvat\w*|prostitu\w*|sclav\w*|determinat\w*|agatat\w*|ademenit\w*|inselat\w*|"
    r"transportat\w*|vandut\w*|vandute|"
    # the law's word for them: "14 persoane vătămate: nouă adulți (șase bărbați și trei femei)"
    r"vatamat\w*|"
    # workers are the exploited in these reports ("43 de muncitori străini …, toți bărbați")
    r"muncitor\w*)\b"
)
_DESTINATION_VERBS = re.compile(
    r"\b(exploat\w*|obligat\w*|fortat\w*|prostitu\w*|munc\w*|trimis\w*|dus[ei]?|duse|"
    r"transportat\w*|deplasat\w*|vandut\w*|plecat\w*|ajuns\w*|cerseasca|cersit\w*|practic\w*)\b"
)
_ORIGIN_VERBS = re.compile(r"\b(recrutat\w*|racolat\w*|originar\w*|provenit\w*|proveni\w*)\b")
_AGENTIVE_AFTER = re.compile(
    r"^\W*(?:[^.;]{0,40}?\W)?(?:a|au|ar fi|si-ar fi|si-au|i-a|i-au|le-a|le-au|o|l-a)\s*-?\s*"
    r"(?:recrutat|racolat|obligat|exploatat|constrans|amenintat|agresat|violat|vandut|"
    r"transportat|dus|trimis|fortat|determinat|sechestrat|batut|lipsit|inselat|pacalit|"
    r"ademenit|promis|folosit|condus|coordonat|controlat|obliga)"
)
_AGE_RANGE = re.compile(
    r"\b(?:intre|de)\s+(\d{1,2})\s+(?:si|-)\s+(\d{1,2})\s+(?:de\s+)?ani\b"
    # a list of ages: "cu vârste de 34, 47 și 58 de ani"
    r"|\bvarste\s+de\s+(\d{1,2})(?:,\s*\d{1,2})*\s+(?:si|-)\s+(\d{1,2})\s+(?:de\s+)?ani\b"
    r"|\b(\d{1,2})\s+(?:de\s+)?ani\b"
    # stated adults: "ambele majore", "toți majori"
    r"|\b(?P<adult>(?:ambele|ambii|toate|toti)\s+(?:sunt\s+|erau\s+)?major[ei])\b"
)
# a person's own age in a story ("Mihai are 44 de ani", "Ioana avea 19 ani când …")
_HAS_AGE = re.compile(r"\b(?:are|avea|aveau|avand)\s+$")


def _sentences(text: str) -> list[tuple[int, int]]:
    from threadline.extract.nlp import romanian

    doc = romanian()(text)
    out = []
    # a headline or a list item ends at its line break even without a full stop
    for s in doc.sents:
        start = s.start_char
        for m in re.finditer(r"\n", text[s.start_char : s.end_char]):
            end = s.start_char + m.start()
            if end > start:
                out.append((start, end))
            start = end + 1
        if s.end_char > start:
            out.append((start, s.end_char))
    # "Sună din jud. Vaslui, com. Dimitrie Cantemir": an abbreviation's full stop ends no sentence
    merged: list[tuple[int, int]] = []
    for start, end in out:
        if merged and _ABBREVIATION_END.search(text, merged[-1][0], merged[-1][1]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_ABBREVIATION_END = re.compile(r"\b(?:jud|com|mun|loc|or|str|nr|dl|dna|pct|art|alin|lit)\.\s*$")


def _role(folded_sentence: str) -> str | None:
    suspect = len(_SUSPECT_WORDS.findall(folded_sentence))
    victim = len(_VICTIM_WORDS.findall(folded_sentence))
    if victim and not suspect:
        return "victim"
    if suspect and not victim:
        return "suspect"
    return None


def _local_role(folded: str, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """Role of a group by the words just around it, then by its sentence."""
    window_after = folded[end : min(sent[1], end + 60)]
    window_before = folded[max(sent[0], start - 40) : start]
    if re.match(
        r"^\W*(?:\w+\W+){0,4}?(?:au fost |a fost |fiind )?(retinut|arestat|condamnat"
        r"|trimis\w* in judecata|cercetat|depistat\w* si retinut)",
        window_after,
    ):
        return "suspect"
    if _VICTIM_WORDS.search(window_after[:40]) or _VICTIM_WORDS.search(window_before):
        return "victim"
    if _SUSPECT_WORDS.search(window_before[-25:]):
        return "suspect"
    return _role(folded[sent[0] : sent[1]])


def _agency_lexicon() -> list[tuple[re.Pattern[str], str, str, str, tuple[str, ...]]]:
    out = []
    for a in agencies():
        key = fold(a.name)
        # English names are matched as written: "National Crime Agency" in a Romanian report
        flags = re.IGNORECASE if a.lang == "ro" and not a.name.isupper() else 0
        if not flags:
            key = a.name
            body = re.escape(key)
        else:
            body = _inflected(key)
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)
        mode = "fold" if flags else "upper"
        # a local office takes its town after the name ("Serviciul … Organizate Bacău")
        local = a.lang in ("ro", "any") and a.kind != "international"
        # one of these must be in the text for the name to be: most of ~360 names are not, and a
        # substring test is far cheaper than a scan (folded names are lower case, as is the haystack)
        literals = required_literals(body)
        out.append((pattern, a.canonical, mode + (":local" if local else ""), a.kind, literals))
    return out


def _inflected(folded_name: str) -> str:
    """A regex for a folded institution name in nominative or genitive ("Agenția Națională" and
    "Agenției Naționale", "Serviciul" and "Serviciului", "Brigada" and "Brigăzii")."""
    words = folded_name.split()
    out = []
    for i, w in enumerate(words):
        if i >= 3 or len(w) < 4 or w in ("de", "si", "a", "al", "pentru", "impotriva"):
            out.append(re.escape(w))
        elif w == "brigada":
            out.append("briga(?:da|zii)")
        elif w.endswith("ia"):
            out.append(re.escape(w[:-1]) + "(?:a|ei)")
        elif w.endswith("ul"):
            out.append(re.escape(w) + "(?:ui)?")
        elif w.endswith("a"):
            out.append(re.escape(w[:-1]) + "(?:a|e|ei)")
        else:
            out.append(re.escape(w))
    return r"\s+".join(out)


_AGENCY_PATTERNS: list[tuple[re.Pattern[str], str, str, str, tuple[str, ...]]] | None = None
# the town may follow the office's acronym: "Brigada … Organizate (BCCO) Iași"
_LOCAL_TOWN = re.compile(rf"(?:[ \t]+\([A-Z]{{2,6}}\))?[ \t]+({_CAP}(?:-{_CAP})?)")
# a town's police force named without a preposition: "arestul Poliției Galați"
_FORCE_BY_TOWN = re.compile(rf"\bPoli{_T}i(?:a|ei)[ \t]+({_CAP}(?:-{_CAP})?)(?![\w-])")


def _agency_mentions(
    text: str, folded: str, sentence_at: Callable[[int], str], is_boiler: Callable[[int], bool]
) -> list[Mention]:
    global _AGENCY_PATTERNS
    if _AGENCY_PATTERNS is None:
        _AGENCY_PATTERNS = _agency_lexicon()
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern, canonical, mode, kind, literals in _AGENCY_PATTERNS:
        haystack = text if mode.startswith("upper") else folded
        if literals and not any(literal in haystack for literal in literals):
            continue
        for m in pattern.finditer(haystack):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = m.span()
            name = canonical
            town = _LOCAL_TOWN.match(text, m.end()) if mode.endswith(":local") else None
            if town and geocode(town.group(1), ["RO"]) is not None:
                span = (m.start(), town.end(1))
                # a local office is named as written ("BCCO Iași", "Serviciul … Bacău")
                name = nominative(text[span[0] : span[1]])
            taken.append(span)
            mention = organisations.organisation(
                text, span, text[span[0] : span[1]], extractor=EXTRACTOR,
                boilerplate=is_boiler(m.start()), sentence=sentence_at(m.start()),
                canonical=name, kind=kind,
            )  # fmt: skip
            if mention is not None and span != m.span():
                # the office with its town is as sure as the bare name, and more specific
                mention = replace(mention, confidence=max(mention.confidence, 0.8))
            if mention is not None:
                out.append(mention)
    for m in [*_INSTITUTION.finditer(text), *_towns_forces(text)]:
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        taken.append(m.span())
        name = nominative(m.group(0).strip())
        mention = organisations.organisation(
            text, m.span(), name, extractor=EXTRACTOR, boilerplate=is_boiler(m.start()),
            sentence=sentence_at(m.start()), canonical=name,
        )  # fmt: skip
        if mention is not None:
            attrs = dict(mention.attributes, kind=mention.attributes.get("kind") or "agency")
            attrs["acting"] = not attrs.get("boilerplate") and not is_boiler(m.start())
            out.append(Mention(mention.kind, mention.span, mention.text, mention.value,
                               mention.extractor, 0.7, attrs))  # fmt: skip
    return out


def _towns_forces(text: str) -> list[re.Match[str]]:
    """'Poliția Galați': a Romanian town's force (not 'Poliția Română', not a foreign region)."""
    out = []
    for m in _FORCE_BY_TOWN.finditer(text):
        place = geocode(m.group(1), ["RO"])
        if place is not None and place.country == "RO":
            out.append(m)
    return out


def _is_name(words: list[str], before: str, after: str) -> bool:
    folded_words = [fold(w) for w in words]
    if folded_words[0] in _NOT_NAME or any(w in _NOT_NAME for w in folded_words[1:2]):
        return False
    if any(country_code(w) or demonym_code(w) for w in words):
        return False
    if organisations.lexicon_entry(" ".join(words)) is not None:
        return False
    first_names = ro_first_names()
    town = geocode(" ".join(words))
    if town is not None and town.kind == "city" and folded_words[0].split("-")[0] not in first_names:
        return False  # "Sfântu Gheorghe", "Târgu Mureș": a town whose second word is a given name
    if any(w.split("-")[0] in first_names for w in folded_words):
        return True
    return bool(_PERSON_BEFORE.search(before) or _AGE_AFTER.match(after))


def _person_mentions(
    text: str, folded: str, sents: list[tuple[int, int]], is_boiler: Callable[[int], bool]
) -> list[Mention]:
    cues = role_cues()["ro"]
    out: list[Mention] = []
    for s_start, s_end in sents:
        sentence = text[s_start:s_end]
        f_sentence = folded[s_start:s_end]
        for m in _NAME_SEQ.finditer(sentence):
            start, end = s_start + m.start(), s_start + m.end()
            words = m.group(0).split()
            # "Inculpatul Vasile Ungureanu" at a sentence start: the role word is not the name
            while len(words) > 2 and _ROLE_WORD.match(fold(words[0])):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            if _ROLE_WORD.match(fold(words[0])):
                continue
            before = folded[max(s_start, start - 40) : start]
            after = folded[end : min(s_end, end + 30)]
            if not _is_name(words, before, after):
                continue
            counts: dict[str, int] = {}
            before_words = before.split()[-3:]
            if set(before_words) & cues["official_titles"] or "purtator" in before:
                counts["official"] = 2
            if _SPEECH_BEFORE.search(before) or re.match(r"^\W*a (declarat|spus|precizat)", after):
                counts["speaker"] = 1
            else:
                n_suspect = len(_SUSPECT_WORDS.findall(f_sentence))
                # the person does the trafficking: "X a recrutat", "X și-ar fi dus nepoata"
                if _AGENTIVE_AFTER.match(folded[end : min(s_end, end + 80)]):
                    n_suspect += 2
                n_victim = len(re.findall(r"\bvictim\w*", f_sentence))
                if n_suspect:
                    counts["suspect"] = n_suspect
                if n_victim and re.search(r"victim\w*\s*[,:]?\s*$", before):
                    counts["victim"] = n_victim + 1
            attrs: dict[str, object] = {"cues": counts, "boilerplate": is_boiler(start)}
            age = _AGE_AFTER.match(after)
            if age:
                attrs["age"] = int(age.group(1) or age.group(2))
                counts["aged"] = 1
            name = " ".join(w if not w.isupper() else w.title() for w in words)
            out.append(Mention("person", (start, end), text[start:end], name, EXTRACTOR, 0.6, attrs))
    return out


def _place_and_country_mentions(
    text: str, folded: str, sents: list[tuple[int, int]], is_boiler: Callable[[int], bool]
) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for s_start, s_end in sents:
        sentence = text[s_start:s_end]
        f_sentence = folded[s_start:s_end]
        for m in _PLACE_TRIGGER.finditer(sentence):
            kind = fold(m.group("kind"))
            name = m.group("name")
            start, end = s_start + m.start("name"), s_start + m.end("name")
            if name.isdigit():
                if kind.startswith("sector"):
                    name, end = f"Sectorul {name}", end
                else:
                    continue
            if (start, end) in seen:
                continue
            seen.add((start, end))
            boiler = is_boiler(start)
            code = _ro_country_code(name)
            country_first = _COUNTRY_THEN_TOWN.match(name)
            if not code and country_first and _ro_country_code(country_first.group(1)):
                # "în Germania la Hamburg": the country, then the town in it
                name, end = country_first.group(1), start + country_first.end(1)
                code = _ro_country_code(name)
            prep = fold(m.group("prep") or "") if m.group("prep") else ""
            words_before = f_sentence[: m.start()].split()[-2:]
            relation = _relation(prep or kind, f_sentence, " ".join(words_before))
            attrs: dict[str, object] = {"boilerplate": boiler, "relation": relation}
            if code:
                out.append(Mention("country", (start, end), name, code, EXTRACTOR, 0.8, attrs))
                if country_first and end == start + country_first.end(1):
                    town_start = start + country_first.start(2)
                    town = country_first.group(2)
                    seen.add((town_start, town_start + len(town)))
                    town_attrs = dict(attrs, needs_gazetteer=True, label="la")
                    out.append(Mention("place", (town_start, town_start + len(town)), town, _nominative(town),
                                       EXTRACTOR, 0.6, town_attrs))  # fmt: skip
                # "din Nepal și Sri Lanka": the rest of the list shares the relation
                pos = end
                while more := _LIST_NEXT_COUNTRY.match(text, pos, s_end):
                    more_code = _ro_country_code(more.group("name"))
                    if not more_code:
                        break
                    ms, me = more.span("name")
                    seen.add((ms, me))
                    out.append(Mention("country", (ms, me), more.group("name"), more_code,
                                       EXTRACTOR, 0.7, dict(attrs)))  # fmt: skip
                    pos = me
                continue
            if fold(name.split()[0]) in _NOT_PLACE and kind not in _NAMED_KINDS:
                continue
            # After "în/din/la" a capitalised word may be anything; the gazetteer decides.
            attrs["needs_gazetteer"] = kind not in _NAMED_KINDS
            attrs["label"] = "county" if kind in _COUNTY_KINDS else kind
            out.append(Mention("place", (start, end), name, _nominative(name), EXTRACTOR, 0.6, attrs))
            # "județele Botoșani și Cluj", "în Iași, Vaslui și Suceava": the rest of the list
            pos = end
            while more := _LIST_NEXT.match(text, pos, s_end):
                ms, me = more.span("name")
                if (ms, me) not in seen and not _ro_country_code(more.group("name")):
                    seen.add((ms, me))
                    extra = dict(attrs, needs_gazetteer=True)
                    value = re.sub(r"\s*[-–]\s*", "-", more.group("name"))  # "Cluj – Napoca"
                    out.append(Mention("place", (ms, me), more.group("name"), value, EXTRACTOR, 0.5, extra))
                pos = me
        # Countries named without a preposition ("România și Marea Britanie au colaborat").
        for m in re.finditer(rf"(?<![\w-]){_CAP}(?:\s+{_CAP})?", sentence):
            start, end = s_start + m.start(), s_start + m.end()
            if any(start < e and s < end for s, e in seen):
                continue
            code = _ro_country_code(m.group(0))
            if code:
                seen.add((start, end))
                attrs = {"boilerplate": is_boiler(start), "relation": None}
                out.append(Mention("country", (start, end), m.group(0), code, EXTRACTOR, 0.7,
                                   attrs))  # fmt: skip
    return out


_GENITIVE_ENDINGS = (("ului", ""), ("ei", "a"), ("iei", "ia"))


def _nominative(name: str) -> str:
    """ "zona Madridului" → Madrid, "periferia Londrei" → Londra: the genitive of a town the
    gazetteer knows only in its plain form."""
    if " " in name or geocode(name) is not None:
        return name
    for ending, base in _GENITIVE_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 2:
            plain = name[: -len(ending)] + base
            if geocode(plain) is not None:
                return plain
    return name


def _relation(kind: str, f_sentence: str, before: str = "") -> str | None:
    if kind == "din":
        # "tinere din județul Bacău", "recrutate din Vaslui"; not "polițiști din Madrid"
        if _VICTIM_NOUNS.search(before) or _ORIGIN_VERBS.search(before):
            return "origin"
        if re.search(r"\b(?:originar\w*|provenit\w*|plecat\w*|adus\w*|racolat\w*)\b", before):
            return "origin"
        return None
    if kind in ("teritoriul", "teritoriului"):
        kind = "in"  # "pe teritoriul Germaniei": where it happened
    if kind in ("in", "spre", "catre", "la") and _DESTINATION_VERBS.search(f_sentence):
        if (
            kind == "in"
            and _ORIGIN_VERBS.search(f_sentence)
            and not _DESTINATION_VERBS.search(f_sentence.replace("recrutat", ""))
        ):
            return "origin"
        return "destination"
    return None


# The employer's children a domestic worker looked after are no victims ("are grijă de cei trei copii ai
# acestora", "îngrijirea copiilor cuplului")
_CARE_BEFORE = re.compile(
    r"\b(?:grija|ingrij\w*|supraveghe\w*) (?:de )?(?:cei |cele |celor |cel |cea )?(?:\w+ )?$"
)
_WHOSE_CHILDREN_AFTER = re.compile(
    r" (?:ai|ale|al) (?:acestora|acestuia|acesteia|lor|familiei|cuplului|patron\w*|angajator\w*)\b"
    r"| (?:cuplului|familiei|patron\w*|angajator\w*)\b"
)


def _cared_for(folded: str, start: int, end: int) -> bool:
    return bool(
        _CARE_BEFORE.search(folded, max(0, start - 40), start) or _WHOSE_CHILDREN_AFTER.match(folded, end)
    )


def _group_mentions(
    text: str, folded: str, sents: list[tuple[int, int]], is_boiler: Callable[[int], bool]
) -> list[Mention]:
    out: list[Mention] = []
    previous: tuple[int, int] | None = None
    for sent in sents:
        f_sentence = folded[sent[0] : sent[1]]
        for regex, attr in ((_FEMALE, "female"), (_MALE, "male"), (_MINOR, "minor")):
            for m in regex.finditer(f_sentence):
                start, end = sent[0] + m.start(), sent[0] + m.end()
                if attr == "minor" and m.group(0).startswith("copi") and _cared_for(folded, start, end):
                    continue
                role = _local_role(folded, start, end, sent)
                if role is None and previous is not None and _ALL_OF_THEM.match(f_sentence):
                    # "Toți sunt bărbați": the people of the sentence before
                    role = _role(folded[previous[0] : previous[1]])
                if role == "victim" and _WITH_BUYERS.search(folded, max(sent[0], start - 40), start):
                    role = None  # "obligată să întrețină relații sexuale cu bărbați": the buyers
                if role is None and _MINOR.fullmatch(m.group(0)):
                    role = "victim"  # a minor in these reports is the exploited, not the accused
                attrs = {
                    "role": role,
                    "gender": attr if attr != "minor" else None,
                    "minor": attr == "minor",
                    "boilerplate": is_boiler(start),
                }
                out.append(Mention("group", (start, end), text[start:end], m.group(0),
                                   EXTRACTOR, 0.5, attrs))  # fmt: skip
        for m in re.finditer(r"[\w-]+", text[sent[0] : sent[1]]):
            code = demonym_code(m.group(0))
            # Romanian writes demonyms in lower case; a capitalised one mid-sentence is a name.
            if not code or (m.group(0)[:1].isupper() and m.start() > 0):
                continue
            start, end = sent[0] + m.start(), sent[0] + m.end()
            role = _local_role(folded, start, end, sent)
            if _AUTHORITY_BEFORE.search(folded, max(sent[0], start - 40), start) or _THING_BEFORE.search(
                folded, max(sent[0], start - 30), start
            ):
                role = None  # "polițiștilor germani și spanioli": the officers' nationality
            attrs = {"refers_to": role, "boilerplate": is_boiler(start)}
            out.append(Mention("nationality", (start, end), m.group(0), code, EXTRACTOR, 0.6,
                               attrs))  # fmt: skip
        for m in _AGE_RANGE.finditer(f_sentence):
            values = [18, 99] if m.group("adult") else [int(v) for v in m.groups() if v]
            start = sent[0] + m.start()
            role = _local_role(folded, start, start + len(m.group(0)), sent)
            before = folded[max(sent[0], start - 30) : start]
            if _SUSPECT_WORDS.search(before[-20:]) or re.search(r"barbat\w*\s*$", before):
                role = "suspect"
            if role is None and previous is not None and _ALL_OF_THEM.match(f_sentence):
                role = _role(folded[previous[0] : previous[1]])  # "Toți sunt bărbați, cu vârste între …"
            if role is None and len(values) > 1 and not _SUSPECT_WORDS.search(f_sentence):
                # "14 bărbați, cu vârste între 19 și 52 de ani, au lucrat …": the ages of a group that
                # nobody in the sentence is accused of anything
                role = "victim"
            if (
                role is None
                and (m.group("adult") or _HAS_AGE.search(before))
                and not _SUSPECT_WORDS.search(f_sentence)
            ):
                role = "victim"  # the age of the person whose story it is, or adults stated
            if role != "victim" or not values:
                continue
            out.append(
                Mention(
                    "age_range",
                    (start, start + len(m.group(0))),
                    m.group(0),
                    (min(values), max(values)),
                    EXTRACTOR,
                    0.5,
                    {"role": role},
                )
            )
        previous = sent
    return out


_WITH_BUYERS = re.compile(r"\b(?:relatii(?: sexuale| intime)?|sex|(?:sa|de) (?:se )?culce|clienti\w*) cu\s*$")
_ALL_OF_THEM = re.compile(r"\W*(?:toti|toate|cu totii|cu totul)\b")


_AUTHORITY_BEFORE = re.compile(
    r"\b(?:politist\w*|politi(?:a|ei|ile|ilor)|autoritat\w*|procuror\w*|anchetator\w*|ofiter\w*|"
    r"judecator\w*|jandarm\w*|omolog\w*)\s+(?:[a-z]+\s+(?:si|,)\s+)?$"
)
# "programul britanic de sprijin", "statul italian": a demonym said of a thing, not of people
_THING_BEFORE = re.compile(
    r"\b(?:program|sistem|guvern|stat|parlament|minister|tribunal|instant|regim|teritori|pasaport|"
    r"drept|sprijin|serviciu)\w*\s+$"
)
_BY_TOWN = re.compile(r"\s(?:din|de la)\s")


def romanian_entities(text: str, is_boiler: Callable[[int], bool]) -> list[Mention]:
    """Mentions from a Romanian text (people, organisations, places, countries, groups)."""
    folded = fold(text)
    if len(folded) != len(text):  # fold keeps lengths; guard against a future change
        folded = text.lower()
    sents = _sentences(text)
    starts = [s for s, _ in sents]

    def sentence_at(pos: int) -> str:
        import bisect

        i = max(0, bisect.bisect_right(starts, pos) - 1)
        s, e = sents[i] if sents else (0, len(text))
        return text[s:e]

    out = _agency_mentions(text, folded, sentence_at, is_boiler)
    taken = [m.span for m in out]
    persons = [
        p
        for p in _person_mentions(text, folded, sents, is_boiler)
        if not any(p.span[0] < e and s < p.span[1] for s, e in taken)
    ]
    out += persons
    taken += [p.span for p in persons]
    # the town of an office named by it ("Poliția din Verona") is a place of the case, as
    # "Preston" in "Preston Crown Court"; a force's own name ("… Municipiului București") is not
    blocking = [m.span for m in out if m.kind != "organisation" or not _BY_TOWN.search(m.text)]
    places = [
        p
        for p in _place_and_country_mentions(text, folded, sents, is_boiler)
        if not any(p.span[0] < e and s < p.span[1] for s, e in blocking)
    ]
    out += places
    out += _group_mentions(text, folded, sents, is_boiler)
    return out
