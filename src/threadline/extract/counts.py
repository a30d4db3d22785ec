"""Counts bound to what they count: victims rescued, people arrested, charged, convicted, premises
searched, officers deployed, and the longest prison sentence.

A count is a number phrase ("six Romanian women", "more than 133 officers", "a 24-year-old man",
"two men and a woman") tied to an outcome verb ("were rescued", "arrested", "au fost reținute") by
word order: the phrase right after the verb is its object; otherwise the nearest phrase before a
passive verb is its subject. Phrases joined by "and", "along with", "including" form a chain whose
value is the sum of its parts (or its head when the head already totals them: "twelve people: eight
men and four women"). Works on folded text (lower case, no diacritics), English and Romanian.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from threadline.extract.boilerplate import Segment
from threadline.extract.lexicon import demonyms
from threadline.extract.places import country_code, demonym_code, geocode
from threadline.extract.textutil import CALENDAR_WORDS, NUMBER_RE, UNITS, fold, parse_number
from threadline.extract.types import Mention
from threadline.taxonomy.vocabulary import OutcomeKind

EXTRACTOR = "counts"

# --- lexicon ------------------------------------------------------------------------------------

_PERSON = (
    r"people|persons?|individuals?|men|women|man|woman|girls?|boys?|children|child|kids|minors?|teenagers?|"
    r"teens|adolescents|adults|victims?|workers?|labou?rers|migrants|nationals|citizens|"
    r"suspects?|defendants?|members|traffickers?|others|relatives|family members|slaves|"
    r"persoane vatamate|parti vatamate|"
    r"survivors|males|females|foreigners|pimps|co-accused|accused|offenders|juveniles|youths|"
    # people named by a region of origin: "60 eastern Europeans", "12 West Africans"
    r"europeans|africans|asians|latin americans|central americans|"
    r"fishermen|farm ?workers|farmhands|labourers|laborers|crew ?members|crewmen|sailors|"
    # trades people are counted by: "14 fishers freed", "19 crew identified", "six maids rescued"
    r"fishers|crew|deckhands|maids|housemaids|nannies|caregivers|waitresses|dancers|hostesses|"
    r"masseuses|cooks|helpers|porters|herders|pickers|packers|bricklayers|recruits|jobseekers|"
    r"job seekers|applicants|trainees|apprentices|ladies|"
    r"seafarers|nurses|carers|cleaners|builders|miners|refugees|asylum seekers|students|"
    r"youngsters|infants|babies|orphans|beggars|prostitutes|sex workers|employees|passengers|"
    r"immigrants|villagers|daughters|sons|brothers|sisters|supervisors|managers|bosses|"
    r"brokers|recruiters|agents|gangmasters|associates|accomplices|co-defendants|drivers|facilitators|"
    r"owners|ringleaders|leaders|organisers|organizers|couples|siblings|parents|teachers|"
    r"executives|directors|officials|captains|skippers|schoolboys|schoolgirls|schoolchildren|pupils|"
    r"farmers|dealers|operators|residents|tourists|technicians|businessmen|businesswomen|"
    r"clients|customers|patrons|johns|buyers|employers|landlords|guards|bodyguards|smugglers|spouses|husbands|"
    r"wives|mothers|fathers|relatives|friends|guardians|minders|handlers|enforcers|"
    r"soti|sotii|clienti|paznici|batrani|varstnici|pensioners|elderly people|"
    r"persoane|barbati|femei|tineri|tinere|minori|minore|copii|victime|suspecti|inculpati|"
    r"membri|cetateni|muncitori|fete|baieti|indivizi|traficanti|proxeneti|angajati|romani|"
    r"complici|administratori|patroni|angajatori|intermediari|recrutori|soferi|frati|surori|"
    r"parinti|adolescente|adolescenti|straini|lucratori|oameni|adulti|adultii|adulte|adultele|"
    # definite plurals: "patru dintre persoanele cercetate"
    r"persoanele|victimele|femeile|barbatii|tinerele|tinerii|minorii|minorele|suspectii|inculpatii|"
    r"cetatenii|muncitorii|fetele|copiii|pescari|cersetori|ciobani|zilieri|agricultori|conationali|compatrioti"
)
_OFFICER = (
    r"police officers|officers|personnel|detectives|troops|soldiers|investigators|gardai|"
    r"policemen|policewomen|constables|gendarmes|carabinieri|guardsmen|marines|rangers|"
    r"inspectors|"
    r"politisti|jandarmi|ofiteri|agenti|lucratori|luptatori|procurori|cadre|efective"
)
_PREMISES = (
    r"homes|houses|properties|addresses|premises|locations|buildings|flats|apartments|units|"
    r"shops|salons|factories|workshops|hotels|nail bars|car washes|massage parlou?rs|offices|"
    r"warehouses|kilns|camps|locatii|case|apartamente|societati|firme|sedii|bars|clubs|"
    r"nightclubs|saunas|restaurants|greenhouses|spas|cluburi|baruri|parlou?rs|"
    r"search warrants|warrants|raids|searches|sites|brothels|farms|businesses|venues|places|"
    r"establishments|residences|dwellings|smallholdings|ranches|plantations|garages|depots|mills|pubs|"
    r"cantinas|hostels|villas|compounds|"
    r"perchezitii(?: domiciliare)?|locuinte|imobile|adrese|mandate(?: de perchezitie)?|"
    r"descinderi|spatii"
)
_ARRESTS = r"arrests|arestari|retineri"
_SINGULAR = (
    r"man|woman|person|mother|father|husband|wife|son|daughter|brother|sister|relative|partner|"
    r"boyfriend|girlfriend|suspect|teenager|boy|girl|child|driver|owner|manager|ringleader|"
    r"captain|boss|employer|farmer|director|supervisor|foreman|agent|broker|recruiter|landlord|"
    r"cashier|guard|accountant|pastor|priest|imam|teacher|doctor|nurse|cook|chef|receptionist|"
    r"founder|chairman|chairwoman|president|proprietor|headteacher|"
    r"bouncer|housekeeper|nanny|tenant|neighbou?r|friend|acquaintance|landlady|couple|pair|cuplu|trio|duo|"
    r"gangmaster|madam|operator|businessman|businesswoman|niece|nephew|grandmother|grandfather|"
    r"stepfather|stepmother|teen|youth|juvenile|adult|student|worker|labourer|fisherman|"
    r"patronul|administratorul|proprietarul|seful|complicele|intermediarul|recrutorul|soferul|"
    r"femei|tinere|minore|barbat|tanar|"
    r"leader|accomplice|associate|uncle|aunt|cousin|defendant|individual|victim|national|"
    r"dealer|smuggler|trader|member|offender|perpetrator|criminal|fugitive|"
    r"pensioner|retiree|landowner|shopkeeper|restaurateur|housewife|widow|millionaire|tycoon|"
    r"socialite|diplomat|soldier|officer|chief|coach|maid|"
    r"trafficker|pimp|barbat|femeie|tanar|tanara|minor|minora|suspect|inculpat|cetatean|"
    r"individ|victima|barbatul|femeia|tanarul|tanara|inculpatul|suspectul|individul|liderul|"
    r"cetateanul|minorul|minora|membru|membrul"
)
# people named as a group of known size
_GROUP_SIZES = {"couple": 2, "pair": 2, "cuplu": 2, "duo": 2, "trio": 3}
# Romanian heads that carry their own definite article ("inculpatul a fost condamnat").
_SELF_DETERMINED = (
    r"barbatul|femeia|tanarul|inculpatul|suspectul|individul|liderul|cetateanul|patronul|"
    r"mama|tatal|sotul|sotia|concubinul|concubina|cumparatorul|fratele|sora|unchiul|matusa|"
    r"bunica|bunicul|"
    r"administratorul|proprietarul|seful|complicele|intermediarul|recrutorul|soferul|"
    r"unul dintre (?:ei|acestia|inculpati|suspecti)|una dintre (?:ele|acestea)|one of them|"
    r"one of the [a-z]+|(?<=and )(?:husband|wife|son|daughter|"
    r"mother|father|brother|sister|partner|girlfriend|boyfriend)"
)
_VICTIM_HEADS = frozenset(
    {"victims", "victim", "survivors", "victime", "victima", "slaves", "persoane vatamate",
     "parti vatamate"}
)  # fmt: skip
_NOT_VICTIM = frozenset(
    {"suspects", "suspect", "defendants", "defendant", "traffickers", "trafficker", "pimps",
     "accused", "offenders", "inculpati", "suspecti", "traficanti", "proxeneti", "inculpat",
     "inculpatul", "suspectul", "ringleader", "leader", "liderul", "accomplice",
     # one driver beside a counted group carried them: "a vehicle carrying four girls and the driver"
     "driver"}
)  # fmt: skip

# Hedges that make a number an estimate rather than a count (gold leaves those null).
# "More than 133 officers", "as many as 25 labourers" and "some 43 children" keep the explicit
# figure (news writes them for totals); "around 60" and "up to 400" are estimates.
_VAGUE = (
    r"nearly|almost|up to|an estimated|estimated|possibly|around|about|approximately|"
    r"roughly|aproape|pana la|circa|aproximativ|in jur de|"
    # "several hundred workers", "câteva sute de victime"
    r"several|cateva"
)
_FLOOR = (
    r"more than|over|at least|a total of|in total|as many as|some|peste|cel putin|un total de|"
    r"in total de"
)
_FUNCTION = (
    r"were|was|have|has|had|are|is|and|in|at|on|who|which|that|from|to|for|by|with|after|"
    # "care" is Romanian "who", but "care workers" are people in English
    r"au|a|fost|si|in|la|din|care(?![\s-]+(?:workers?|homes?|assistants?|staff|givers?|sector))|pe|"
    r"de la|or|as|been|being|the|of|not|nu|o|un|una"
)
_MOD = rf"(?:[\s-]+(?!(?:{_FUNCTION})\b)(?![\d.,]+(?:\s|$))[\w'\"’‘-]+)"
_NUM = rf"(?:{NUMBER_RE})"


def _demonym_plurals() -> str:
    """English nationality words that name people by themselves ("22 Indonesians", "12 Vietnamese")."""
    words = set(demonyms())
    plural = {w for w in words if w.isascii() and w.isalpha() and (
        (w.endswith("s") and w[:-1] in words) or w.endswith("ese") or w in ("filipinos", "filipinas")
    )}  # fmt: skip
    return "|".join(sorted(plural, key=len, reverse=True))


_DEMONYM_PLURALS = rf"(?:{_demonym_plurals()})"

_NP = re.compile(
    rf"(?<![\w.,-])(?:(?P<hedge>{_VAGUE}|{_FLOOR})\s+)?(?:(?P<all>all|the|both|those|these|cei|cele|celor)\s+)?"
    rf"(?P<num>{_NUM})(?![.,]?\d)(?!\s*(?:-|\s)\s*(?:de\s+)?(?:(?:year|years|month|months|week|weeks|day|days|hours?|ani|luni|zile|ore|saptamani|minute|per)\b|%))"
    # "36 out of the 69 fishermen": the first number is the count
    rf"(?:\s+(?:(?:out\s+)?of\s+(?:the|them|whom|these|those|their|his|her|its)(?:\s+total(?:\s+of)?)?|dintre)"
    rf"(?:\s+(?P<whole>{_NUM})(?![.,]?\d))?)?(?:\s+de)?"
    rf"(?P<mods>{_MOD}{{0,4}}?)[\s-]+(?P<head>{_PERSON}|{_OFFICER}|{_PREMISES}|{_ARRESTS}|"
    rf"{_DEMONYM_PLURALS}(?![\s-]+(?:{_MOD}{{0,2}}[\s-]+)?(?:{_PERSON})\b))\b"
)
_SING = re.compile(
    # "former" opens a headline's person as an article does ("Former restaurant owner jailed")
    r"(?<![\w-])(?:(?P<det>a|an|one|another|the|his|her|their|its|former|"
    r"un|o|unei|unui|alt|alta|inca un|inca o)"
    rf"(?P<mods>{_MOD}{{0,3}}?)[\s-]+(?P<head>{_SINGULAR})|(?P<self>{_SELF_DETERMINED}))\b"
    r"(?:\s+of\s+(?:the|his|her|their|one|a|an)\s+[a-z]+|\s+(?!si\b|ei\b)[a-z]+(?:ului|ei|ii)\b)?"
)
_POSSESSED = re.compile(rf"['’]s\s+(?:\d{{1,2}}-year-old\s+)?(?:[a-z-]+\s+)?(?P<head>{_SINGULAR})\b")
# One person known by an age: with an article and no noun ("a 72 year old from Etobicoke"), or after
# "and" with a noun and no article ("the 39-year-old man and 58-year-old woman").
_AGED_ONE = re.compile(
    rf"(?<![\w-])(?:(?P<det>a|an|another|the)\s+\d{{1,2}}[\s-]year[\s-]old\b(?![\s-]+(?:{_MOD}{{0,2}}[\s-]+)?"
    rf"(?:{_SINGULAR})\b)|(?<=\band )\d{{1,2}}-year-old\s+(?P<head>{_SINGULAR})\b"
    # "the man and woman in charge were arrested": the second noun shares the article
    r"|(?<=\bman and )woman\b|(?<=\bwoman and )man\b|(?<=\bhusband and )wife\b"
    r"|(?<=\bmother and )(?:son|daughter)\b|(?<=\bfather and )(?:son|daughter)\b)"
)
# A number with no noun: "Feds charge 12 in …", "18 arrested", "all eight had pleaded guilty".
_BARE = re.compile(
    rf"(?<![\w.,-])(?:(?P<hedge>{_VAGUE}|{_FLOOR})\s+)?(?:(?P<all>all|the|both|those|these|cei|cele|celor)\s+)?"
    rf"(?P<num>{_NUM})(?![.,]?\d)"
    r"(?=\s*(?:[,.;:!)]|$|\s(?:in|over|after|for|from|at|on|during|across|people|more|others|were|with|"
    # "All three denied the charges", "the nine now face charges", "ordered all three to stand trial"
    r"now|face|faces|denied|deny|pleaded|pled|admitted|appeared|stood|to stand trial|"
    r"have|had|are|will|would|could|may|au|a fost|fusesera|fusese|erau|sunt|vor|din|la|of them|of those|"
    r"of these|dintre ei|so far|"
    # "arresting 51 of the 87 involved"
    r"of the (?:total )?\d+|"
    # "cei 13 arestați și șase reținuți": a number with its participle
    r"arestati|arestate|retinuti|retinute|condamnati|condamnate|"
    # "18 arrested in raids", "one of three arrested on Tuesday"
    r"arrested|charged|detained|convicted|jailed|rescued|freed|safeguarded|indicted|"
    r"found guilty|imprisoned|"
    r"dintre ele|dintre acestia|dintre cei|dintre cele|"
    r"dintre acestea)\b))"
)
_CONNECT = re.compile(
    r"^\s*(?:,|:|-|\(|and|,\s*and|&|along with|,\s*along with|as well as|together with|"
    r"plus|including|,\s*including|comprising|namely|si|,\s*si|impreuna cu|precum si|inclusiv|"
    r",\s*dintre care|,\s*among them)\s*$"
    # "doi cetățeni români și un cetățean american": a Romanian adjective follows its noun
    r"|^\s+[a-z]+[ie]\s*,?\s+si\s*$"
    # "a man (41) and a woman (36)": an age in brackets between the parts
    r"|^\s*\(\d{1,2}\)\s*,?\s*(?:and|along with|as well as|together with)\s*$"
    # "three women aged 46, 24 and 21 along with an 18-year-old man": ages between the parts
    r"|^\s*,?\s*aged\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,?\s*and\s+\d{1,2})?\s*,?\s*"
    r"(?:along with|as well as|together with|plus|and)\s*$"
    # "one woman in her 40s, and four men": an age in decades between the parts
    r"|^\s*in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+|mid-|early-|late-)?\d0s\s*,?\s*"
    r"(?:and|along with|as well as)?\s*$"
    # "the captain of one trawler, Somchai Phromsri, 47, and the broker"
    r"|^\s*,\s*[^,;]{1,40},\s*(?:\d{1,2}\s*,\s*)?(?:and|along with|as well as|si)\s*$"
    # "the director of a Nairobi recruitment firm and two of his employees"
    r"|^(?:\s+(?:of|from)\s+(?:an?|the|his|her|their))?\s+(?:[\w-]+\s+){0,3}(?:firm|company|agency|gang|"
    r"network|group|ring|business|farm|factory|restaurant|organi[sz]ation|syndicate|cartel|clan)\s+and\s*$"
)
_NAMED_PERSON = re.compile(
    r"(?<![\w-])(?:[A-ZĂÂÎȘŞȚŢ][\w'’-]+\s+){1,3}[A-ZĂÂÎȘŞȚŢ][\w'’-]+\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*(?:,|(?=and\b)))"
    # "arrested 40-year-old Trinh Thi Mai and 38-year-old Tran Minh Chung"
    r"|(?<![\w-])\d{1,2}-year-old\s+(?:[A-ZĂÂÎȘŞȚŢ][\w'’-]+\s+){1,3}[A-ZĂÂÎȘŞȚŢ][\w'’-]+"
)
_AUX = re.compile(
    r"(?:\b(?:were|was|have|has|had|are|is|been|being|got|get|be|au|a|fost|fusesera|sunt|vor|erau|era|"
    r"fi|s-au|s-a|also|later|now|subsequently|all|then|since|already|being|each|ulterior|deja|"
    r"tot|apoi|either|both|recently|just|finally|eventually|successfully|safely|allegedly|"
    r"reportedly|reported|initially|previously|formally|jointly|separately|officially|"
    # "Ms Kizza was on Thursday charged"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b[\s,]*)+$"
)
_OBJECT_GAP = re.compile(
    r"^\s*(?:,[^,.;]{1,45},\s*)?(?:(?:also|further|a total of|all|both|alti|alte|inca|pe|pentru|at least|"
    # "i-au trimis în judecată pe toți cei cinci"
    r"toti|toate|"
    # "charged the four", "charges against the other four"
    r"the|other|remaining|"
    # "au adus în România 43 de muncitori": the place before the people
    r"(?:in|din|la) [a-z]+|"
    # "au fost reținute pentru 24 de ore șapte persoane": the custody's length before the people
    r"pentru (?:24|48|72) de ore|pentru \d{1,3} de zile|"
    r"definitiv|ulterior|preventiv|provizoriu|deja|tot|formally|subsequently|later|\w+ly|joi|luni|marti|miercuri|vineri|"
    r"sambata|duminica|ieri|astazi|azi|today|yesterday|on (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\s+)*$"
)
# Victim verbs tolerate a short adverbial before their object ("exploatat prin cersetorie patru
# persoane", "freed on Sunday six women"), but not a preposition that starts a new phrase.
_VICTIM_GAP = re.compile(
    r"^\s*(?:,[^,.;]{1,45},\s*)?(?!(?:with|of|for|by|from|to|against|in|on|at|and)\b)"
    r"(?:[\w'\"-]+\s+){1,4}$"
)
_PREMISES_GAP = re.compile(
    r"^\s*(?:(?:search )?warrants|raids?|searches|perchezitii(?: domiciliare)?)\s+(?:at|on|in|of|la)\s+$"
)
_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bdar\b|\biar\b|\binsa\b")
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "also", "a further", "another", any ordinal ("a sixth person"): more of what was counted before
_ADDITIVE = re.compile(
    rf"\b(?:also|further|another|other|additional|{'|'.join(_ORDINALS)}|alt|alta|alti|alte|inca|"
    # "un al optulea membru al grupului", "o a treia femeie"
    r"al (?:doilea|treilea|patrulea|cincilea|saselea|saptelea|optulea|noualea|zecelea)|"
    r"a (?:doua|treia|patra|cincea|sasea|saptea|opta|noua|zecea))\b"
)
# A negation governing the verb itself: "has not been arrested", "nu au fost reținuți".
_NEGATED = re.compile(
    r"\b(?:not|never|n't|nor|no one|nobody|yet to be|nu|niciun|nicio|neither)\s+"
    r"(?:(?:been|be|yet|being|have|has|had|was|were|also|fost|a|au|fi|s-a|s-au|mai)\s+){0,3}$"
)
# "aged from four to 13" is a range of ages; "two men from Leeds and three women" is not
_AN_AGE = r"(?:\d+|[a-z]+teen\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AGE_WORD = re.compile(
    r"\b(?:aged?|ages|between|varsta)\b"
    # "aged from four to 13", not "rescued from seven bangle-making units"
    rf"|\bfrom\s+{_AN_AGE}\s*(?:to|-|–|and)\s*{_AN_AGE}"
)
_AGE_BEFORE = re.compile(r"(?:\baged?|\bages|\bfrom|\bto|\bbetween|\band|\bof|-|\bde|\bvarsta)\s*$")

# "depistați … și reținuți": people found and then held are suspects, not victims found
_THEN_HELD = r"(?![^.;]{0,40}\bsi (?:au fost |a fost )?(?:retinut|arestat|condus))"
_VERBS: dict[OutcomeKind, str] = {
    OutcomeKind.VICTIMS: (
        r"number of (?:victims|people)(?: rescued| identified| freed)? (?:to|at|rose to|stands at)|"
        r"rescued|rescue of|rescue|rescues|rescuing|freed|frees|freeing|free|saved|liberated|liberating|"
        r"safeguarded|groomed|"
        # "26 of them are treated as possible victims"; "stopped 14 women from boarding a flight"
        # a court's or a law's word for them: "treated as injured parties", "granted the status of
        # aggrieved parties", "recognised as victims"
        r"(?:treated|recogni[sz]ed|accepted|confirmed) as (?:possible |potential |suspected |presumed )?"
        r"(?:victims|survivors|injured parties|aggrieved parties)|"
        r"(?:granted|given|awarded) (?:the )?status (?:of|as) (?:victims|injured parties|aggrieved parties)|"
        r"stopped(?=[^.;]{1,60}? (?:from (?:boarding|leaving|travell?ing|crossing|flying|"
        r"being (?:taken|sent))|"
        # "stopped 19 young women who were about to board a flight"
        r"(?:who|as they) were (?:about|preparing|due) to (?:board|leave|fly|cross|travel)))|"
        # "a broker identified as Mahendran" names someone; "identified as potential victims" counts
        # … but "identified the man as Jose Ruiz" names someone too
        r"identif(?:ied|ies|ying)(?! (?:only |simply |just )?as (?!(?:[a-z]+ )?(?:victims?|survivors?)\b))"
        r"(?![^.;]{0,40}? as (?!(?:[a-z]+ )?(?:victims?|survivors?)\b))|"
        r"taken to (?:a place of )?safety|moved to (?:a place of )?safety|removed|recuperata|"
        # "taking 15 minors into care"
        r"(?:taking|took|taken|take)(?= (?:\w+ ){1,4}into (?:care|protective custody|protection|a shelter))|"
        # "agreed to pay $612,400 in restitution to 57 workers": the workers owed are the victims
        r"(?:restitution|compensation|back wages|back pay) (?:of [^ ]+ )?to|"
        # "the 11 children were taken into the care of the provincial directorate"
        r"taken into (?:the )?(?:care|protective custody)\b|"
        # the UK's framework for identifying victims: "four men were referred to the NRM"
        r"(?:referred (?:in)?to|entered) (?:the )?(?:[\w'’]+ )?(?:national referral mechanism|nrm)|"
        # "all four women were referred for support"; "four women held by the same people"
        r"referred (?:for|to) (?:support|help|assistance|care|shelters?|safe houses?)\b|"
        r"(?:held|kept)(?= by (?!(?:the )?(?:police|officers|authorities|immigration|detectives|agents|"
        r"investigators|border|court|judge)\b))|"
        r"depistata|gasita|salvata|rapit|rapita|rapite|abducted|kidnapped|brought(?! charges)|bringing|"
        r"adus|adusi|(?<=au )dus|"
        r"brought to safety|taken to safety|removed from|exploiting|exploited|trafficked|"
        # "helped in releasing more than 35 bonded labourers"; suspects are released on bail
        r"releas(?:ed|ing)(?= (?:(?:more than|over|some|about|at least|nearly|a further) )?[\w-]+ "
        r"(?:[\w-]+ )?(?:bonded |forced |child |migrant )?"
        r"(?:labou?rers|workers|victims|children|girls|boys|women|fishermen|survivors)\b)|"
        # "took advantage of nine Indians on student visas", "preyed on 12 girls"
        r"(?:(?:took|taking|take|takes) advantage of|prey(?:ed|ing|s)? (?:up)?on)"
        r"(?! (?:his|her|their|its|the|a|an)\b)|"
        # "Victims of the criminals were 15 people"
        r"(?<=victims )(?:of [a-z ]{1,30}?)?(?:were|numbered|totalled|totaled)"
        r"(?= (?:about |some |at least )?[\w-]+ (?:people|persons|women|men|children|girls|boys|workers)\b)|"
        # "181 children were beaten and abused" (passive: "he abused his power" counts no one)
        r"(?:(?<=were )|(?<=was )|(?<=been )|(?<=being ))(?:sexually |physically )?(?:abused|beaten)|"
        # the crime named as a noun with its victims: "the trafficking of 12 Nigerian girls",
        # "the forced labour endured by 22 Indonesians"
        r"(?:trafficking|exploitation|enslavement|servitude|sale|smuggling and exploitation|"
        r"(?:ill-|mis)?treatment|abuse) of|"
        # "the accused promised 13 young men well-paid jobs": the people deceived
        r"promis(?:ed|ing)(?= (?:(?:more than|over|some|about|at least) )?[\w-]+ (?:[\w-]+ ){0,2}"
        r"(?:people|men|women|girls|boys|workers|children|youths|teenagers)\b)|"
        r"endured by|suffered by|enslaved|enslaving|enticed|held captive|kept captive|"
        # "to do so you used two boys", "the gang used 14 children to sell drugs"
        r"(?:used|using|uses|exploited)(?= (?:(?:at least|more than|some|about) )?[\w-]+ (?:[\w-]+ )?"
        r"(?:boys|girls|children|teenagers|minors|youngsters|schoolboys|schoolgirls|pupils|teens)\b)|"
        # "nineteen workers have come forward", "imprisoning four women in a flat", "three women held
        # for 30 years in servitude"
        r"c[ao]me forward|coming forward|imprisoning|confining|"
        # a worker's own tip or quote: "we are 28 persons in one house", "we were six women there"
        r"(?<=\bwe )(?:are|were)(?= (?:(?:about|some|around|at least|more than) )?[\w-]+ "
        r"(?:[\w-]+ ){0,2}(?:people|persons|men|man|women|woman|girls|boys|workers|worker|labou?rers)\b)|"
        r"(?:held|kept)(?= (?:for (?:\w+ ){1,3})?"
        r"(?:(?:in a house |at (?:a|the) \w+ )?(?:for (?:\w+ ){1,3})?)?"
        r"(?:as (?:sex |domestic )?(?:slaves|captives)|(?:in|under) (?:conditions of )?(?:domestic )?"
        r"(?:servitude|slavery|captivity|bondage)|against (?:their|her|his) will|captive|"
        # "46 Kenyans who were held in a cyber-scam compound"
        r"(?:in|at|inside) (?:a|an|the) (?:[\w-]+ ){0,3}(?:compounds?|camps?|brothels?|dens?)\b))|"
        # "61 migrant workers released in police operations"; suspects are released on bail
        r"released(?= (?:in|during|from (?:the |a )?(?:farm|factory|camp|site|house|brothel|boat|vessel|"
        r"plantation|ranch|mine|kiln|compound)|by (?:inspectors|labou?r|the ministry)))|"
        # "a human trafficking gang" names the group; it traffics nobody in this sentence
        r"trafficking(?! (?:gangs?|rings?|networks?|charges?|offen[cs]es?|cases?|syndicates?|rackets?|"
        r"groups?|operations?|investigations?|units?|cells?|organi[sz]ations?|crimes?|victims?))|"
        r"recovered|found(?! guilty| not guilty| dead| in possession| to have| to be| responsible| liable)|"
        r"discovered|encountered|came across|located|recruited|recruiting|lured|luring|enticing|"
        r"fell prey to|fell victims? to|fallen (?:prey|victims?) to|"
        r"racolat|racolate|recrutat|recrutate|ademenit|gasit|gasite|vandut|vandute|vanduti|"
        r"traficat|traficate|traficati|"
        # "victimele sunt patru tinere", "numărul victimelor a ajuns la trei", "exploatarea a trei minori"
        r"(?<=victimele )(?:sunt|erau|au fost)(?= (?:cel putin )?[\w-]+ (?:de )?(?:persoane|femei|tinere|"
        r"tineri|minori|minore|fete|baieti|barbati|copii|muncitori)\b)|"
        r"numarul victimelor(?: [\w-]+){0,4}? (?:a ajuns la|ajunge la|este de|s-a ridicat la|a crescut la)|"
        r"exploatar(?:e|ea)(?: sexuala| prin munca)? a|"
        # a tip's "sunt 3 fete acolo", "mai sunt încă doi bărbați"
        r"(?:(?<![^\n])|(?<=[.,:] )|(?<=acolo )|(?<=aici )|(?<=unde )|(?<=acum ))(?:mai )?sunt"
        r"(?= (?:inca |vreo |cam |aproximativ )?[\w-]+ (?:de )?(?:femei|fete|barbati|"
        r"baieti|persoane|muncitori|minori|minore|copii|oameni|tineri|tinere)\b)|"
        r"salvate|salvati|salvat|salvata|eliberate|eliberati|eliberata|eliberat|identificat|"
        rf"depistat{_THEN_HELD}|recuperat|exploatat|intercepted|forcing|coerced|sold|selling|"
        r"descoperit|descoperite|descoperiti|"
        r"obligat|obligate|obligati|fortat|fortate|fortati|constrans|constranse|constransi|"
        # "engaged in forced labour": a noun, not the verb
        # ("forced entry to four properties" is a search)
        r"forced(?! (?:labou?r|marriages?|prostitution|begging|criminality|sex work|entry|entrance|"
        r"their way|open))|"
        rf"identificate|identificati|identificata|depistate{_THEN_HELD}|depistati{_THEN_HELD}|"
        r"recuperate|recuperati|"
        r"exploatate|exploatati|exploatat|exploata|traficate|traficati|scoase din|"
        # the crime as a noun with its victims: "exploatarea prin muncă a 23 de cetățeni români"
        r"(?:exploatar(?:ea|ii)|traficul|traficarea|recrutarea)(?: sexuala| prin munca| prin cersetorie|"
        r" in scopul [a-z]+)? a(?= (?:(?:cel putin|peste|aproximativ) )?[a-z\d]+ (?:de )?[a-z]+)|"
        # a worker's own tip: "noi suntem 9 oameni din Nepal"
        r"(?<=\bnoi )suntem|(?<=\bnoi )eram"
    ),
    OutcomeKind.ARRESTED: (
        r"number of (?:people )?(?:arrests|arrested|detained)(?: so far)? (?:to|at|rose to|stands at)|"
        # "the court ordered 30 days of pre-trial arrest for two of them"
        r"(?:pre-?trial|preventive) arrest (?:for|of)|"
        # "a European Arrest Warrant" arrests nobody by itself
        r"arrested|arrests? of|arrest(?!s? warrants?)|arrests(?! warrants?)|arresting|apprehended|nabbed|"
        r"taken into custody|(?:taking|took)(?= (?:[\w-]+ ){1,4}into custody)|"
        # "Three people are in custody and a fourth is being sought"
        r"(?<=are )in custody|(?<=were )in custody|(?<=remain )in custody|"
        r"arestati preventiv|arestate preventiv|arestat preventiv|arestata preventiv|"
        r"(?:(?:a|au) fost dispus\w* )?(?:masura )?arest\w* preventiv\w*"
        r"(?:[^.;]{0,30}?fata de|(?:,?(?: pe| pentru) (?:o (?:durata|perioada) de )?\d+ (?:de )?zile,?)?"
        r"(?: a\b)?)|"
        r"arestarea(?: a)?|"
        r"arestati|arestate|arestat|arestata|arestarea preventiva a|arestarea a|incatusati|"
        r"handcuffed|rounded up|held by police|captured(?! on (?:cctv|camera|video|film|footage))"
    ),
    OutcomeKind.DETAINED: (
        r"detained|detaining|held for questioning|held in custody|"
        # "s-a reținut (în esență) că …" is a court's finding, not a detention
        r"taken in for questioning|retinute|retinuti|(?<!s-a )retinut(?!(?:,[^.;,]{0,25},)?\s+ca\b)|retinuta|"
        # "au dispus reținerea, pentru 24 de ore, a șase suspecți"
        r"retinerea(?:,[^.;]{0,40},| pentru \d+ (?:de )?ore)?(?: a)?|"
        r"condusi la audieri|conduse la audieri|dusi la audieri|duse la audieri|aduse la audieri|"
        r"(?:(?:a|au) fost dispus\w* )?masura retinerii(?:[^.;]{0,30}?fata de)?|"
        r"(?:condusi|conduse|dusi|duse|adusi|aduse) la sediul(?: [a-z]+){1,2}|"
        r"adusi la audieri|custodia"
    ),
    OutcomeKind.CHARGED: (
        # "charged them with trafficking" is a charge, "charged them £500" a fee
        r"charged(?! for| them (?:rent|fees|for|money|a |an |[£$€]|\d)| rent| fees| with (?:rent|fees)|"
        # "each was charged $250 a week", "were charged recruitment fees": a price, not a charge
        r" (?:[£$€₹]|rs\.? ?\d|rm ?\d|\d)| (?:[\w-]+ ){0,2}(?:fees?|interest|rent)\b)|"
        # longest first: "charges against five men" names who was charged
        # "the man in charge of the brothel" was not charged
        r"charges (?:were |have been )?(?:laid |brought |filed )?against|"
        r"charge ?sheets? (?:\w+ ){0,2}against|"
        # "X and Y appeared in the magistrate's court charged under …"; "referred to the court on charges"
        r"appeared (?:in|before) [^.;]{0,60}?\b(?:courts?|magistrates|judges?)\b[^.;]{0,30}?"
        r"\b(?:charged|on charges|accused)\b|"
        r"referred to (?:the )?(?:[\w'’-]+ ){0,4}courts? on charges|"
        r"charging|charges|(?<!in )charge|"
        r"indicted|arraigned|"
        r"indictments?[^;]{0,60}?against|indictments? for|prosecuted|"
        # only the charged plead or deny: "the three suspects pleaded not guilty to the charges"
        r"pleaded not guilty|pled not guilty|pleaded innocent|den(?:y|ied|ies) (?:the|all) charges|"
        # only the charged are tried: "26 men went on trial", "the four who stood trial"
        r"(?:went|go|goes|going|gone|been|were|are|is|was) on trial|st(?:ood|and|ands|anding) trial|"
        # "a judge ordered all three to stand trial": the verb before its people
        r"(?:ordered|sent|committed)(?= (?:[\w-]+ ){1,3}to stand trial)|"
        # "are facing multiple charges", "face the first people-trafficking charges"
        r"fac(?:e|es|ing) (?:[\w-]+ ){0,4}?charges|"
        # "au dispus trimiterea în judecată, în stare de arest preventiv, a 7 inculpați"
        r"trimiter(?:e|ea) in judecata(?:,[^.;]{0,50},)? a|"
        r"trimisi in judecata|trimise in judecata|trimis in judecata|trimisa in judecata|"
        r"pusi sub acuzare|inculpati|acuzati|rechizitoriu"
    ),
    OutcomeKind.CONVICTED: (
        r"convicted|convictions? of|convicting|found guilty|pleaded guilty|pled guilty|pleading guilty|"
        r"admitted(?! that| to (?:police|officers|investigators|journalists|reporters)| they| he| she)|"
        # "29 women imprisoned at a Nairobi den": held captive, not convicted
        # "a gang which imprisoned 44 people" held them: only the imprisoned themselves are convicted
        r"entered guilty pleas|jailed|sentenced|locked up|"
        r"(?:(?<=were )|(?<=was )|(?<=been )|(?<=be )|(?<=and ))"
        r"imprisoned(?! (?:at|inside)\b)(?! in (?:a|an)\b)|"
        r"imprisoned(?= for\b)|"
        # "39 of the accused were sent to 10 years imprisonment", "sent to prison for six years"
        r"sent (?:to (?:jail|prison)|(?=to [\w-]+ (?:years?|months?) (?:of )?"
        r"(?:imprisonment|in (?:jail|prison)|rigorous imprisonment|jail|prison)))|"
        r"received (?:prison|jail|custodial) (?:terms|sentences)|given (?:prison|jail) (?:terms|sentences)|"
        # "was handed a 12-year prison term", "both men received sentences of eight and six years"
        r"(?:handed|given|received|awarded)(?= (?:down )?(?:a |an |their |his |her )?(?:[\w-]+ ){0,2}"
        r"(?:(?:prison|jail|custodial) )?(?:sentences?|(?:prison|jail) terms?|custodial sentences?)\b)|"
        # "received six years and eight months", "was given 18 months' imprisonment"
        r"(?:handed|given|received|got)(?= (?:a total of )?"
        + _NUM
        + r"(?:[ -][\w-]+){0,2}[ -](?:years?|months?)\b"
        r"(?!\s+(?:ago|old|later|earlier|of (?:training|experience|work)))(?:['’]s?)?)|"
        r"sentences?[^.;]{0,30}?(?:have |has |were |was )?(?:gone|went|handed|given|passed) to|"
        r"guilty verdicts? against|guilty pleas? from|condamnati|condamnate|condamnat|condamnata|"
        r"gasiti vinovati|recunoscut vinovatia|(?:au |a )?pledat vinovat\w*"
    ),
    OutcomeKind.PREMISES_SEARCHED: (
        r"raided|raid|raids (?:on|at)|searched|searching|executed|carried out|conducted|"
        r"searches (?:at|of|on)|"
        r"swoop(?:ed|s)? (?:on|upon)|descended on|"
        r"forced (?:their way (?:in)?to|(?:entry|entrance) (?:to|into|at))|"
        r"search of|stormed|targeted|efectuate|efectuat|perchezitionate|descinderi la|"
        # the places people were rescued from: "42 children were rescued from seven bangle-making
        # units", "seven women were pulled out of three massage businesses"
        r"(?:(?<=rescued )|(?<=freed )|(?<=removed )|(?<=saved )|(?<=pulled ))(?:from|out of)"
        r"(?= (?:[\w-]+ ){1,4}(?:units|factories|workshops|businesses|premises|brothels|farms|kilns|"
        r"salons|parlou?rs|spas|houses|homes|properties|addresses|hotels|restaurants|sites|shops|"
        r"warehouses|locations)\b)|"
        r"perchezitii la|perchezitii in|au descins in|descins in|au descins|au perchezitionat"
    ),
    OutcomeKind.OFFICERS: (
        r"deployed|involved|took part|taking part|part of|participated|mobilised|mobilized|"
        r"au participat|au actionat|au fost implicati|mobilizati"
    ),
}
_VERB_RE = re.compile("|".join(rf"\b(?P<{kind.value}>{pattern})\b" for kind, pattern in _VERBS.items()))
_HEAD_KIND = {
    **{h: "person" for h in _PERSON.split("|")},
    **{h: "officer" for h in _OFFICER.split("|")},
}

# --- prison sentences ---------------------------------------------------------------------------

_SPAN_YEARS = (
    rf"(?P<y>{_NUM})(?:\s*-\s*|\s+)(?P<hb>and[\s-]+a[\s-]+half[\s-]+)?(?:years?|ani)"
    rf"(?:\s+and\s+(?P<hm>a half))?(?:,?\s+(?:and\s+|si\s+)?(?P<m>{_NUM})\s+(?:months?|luni))?"
)
_SENTENCE = re.compile(
    rf"(?:(?P<range>{_NUM})\s+(?:to|and|-|si|pana la)\s+)?{_SPAN_YEARS}"
    # "jailed for 18 months", "sentenced to 264 months in federal prison"
    r"|(?P<mo>\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+months?\b(?!\s+(?:ago|later|earlier|after|before))"
)
_SENTENCE_NOUN_AFTER = re.compile(
    r"\s*(?:in prison|in jail|behind bars|imprisonment|of imprisonment|de inchisoare|de detentie|"
    r"jail|prison|sentence|term|custodial)"
)
_SENTENCE_CUE = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|sentences?|prison|jail|terms?|behind bars|custodial|"
    r"imprisonment|condamnat[aie]?|pedeaps[aă]|pedepse|inchisoare|detentie|penitenciar|"
    r"received|given|handed|serve|serving|got)\b"
)
_SENTENCE_VAGUE = re.compile(
    r"(?:\bup to|\bmaximum(?: of)?|\bmax\.?|\bfaces?|\bfacing|\bcould|\bcan|\bmay|\bnearly|\balmost|"
    r"\babout|\bpana la|\briscă|\brisca|\btotal(?:ling|ing)?(?: of)?|\badding up to|\bcombined|"
    r"\bcumulative|\bbetween|\bsentences? of up to|\bliable to|\bpossible|\bprevede|\bintre|"
    # what the law allows, and the part of a term served before parole
    r"\bmaximum (?:penalty|sentence|term|jail term|prison term)s? of|"
    r"\bpenalty (?:increases |rises )?(?:to|of)|"
    r"\bpunishable by(?: up to)?|\bcarries|\bnon-parole period of|\bminimum (?:term|period) of)"
    r"\s*(?:more than\s+|over\s+)?$"
)
_SENTENCE_AFTER = re.compile(
    r"^\s*(?:in prison|in jail|behind bars|imprisonment|of imprisonment|jail|prison|custodial|"
    r"de inchisoare|de detentie|cu executare|inchisoare|sentence|term|in custody|detention|each|"
    r"and|,|\.|;|for|after|over|$)"
)


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
        if _NOT_PEOPLE_MODS.intersection(tokens):
            pos = m.end()  # "15.000 de euro fiecărei victime", "17.000 de sesizări privind … victime"
            continue
        yield m
        pos = m.end("num") if value is not None and 1900 <= value <= 2100 else m.end()


# "A fifth, Ferrer, was arrested": an ordinal standing for one more person, named in commas
_ORDINAL_NAMED = re.compile(
    rf"(?<![\w-])(?:[Aa]|[Tt]he) (?P<ordinal>{'|'.join(_ORDINALS)}),"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},"
)
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+)?$")
# "five in England and 23 in Romania": a number after a place is no range's first end
_PLACE_AND = re.compile(rf"\b(?:in|at|from(?!\s+(?:{_NUM})\b))\s+[a-z]+[\w\s,]*\band\s*$")
_RANGE_AND = re.compile(rf"(?:{_NUM}|\b(?:aged?|ages|between|from))[\w\s,-]{{0,12}}?\band\s*$")


def _phrases(s: str, original: str = "") -> list[_Phrase]:
    """Number phrases and singular person phrases in one folded sentence, in order, no overlaps.

    `original` (the same sentence unfolded) lets capitalised names with an age count as one
    person each: "Paulo Mendes (52) and his wife Carla Mendes (49) were convicted".
    """
    found: list[_Phrase] = []
    for m in _NAMED_PERSON.finditer(original):
        found.append(_Phrase(m.start(), m.end(), 1, "named", None, False, "singular"))
    for m in _np_matches(s):
        # "aged from four to 13", "between 14 and 17": ranges of ages, not head counts.
        if (
            _AGE_BEFORE.search(s[max(0, m.start() - 12) : m.start()])
            and not m.group("all")
            and _AGE_WORD.search(s[max(0, m.start() - 25) : m.start() + 12])
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
        if det in ("his", "her", "their", "its") and m.group("head") not in (
            "mother", "father", "husband", "wife", "son", "daughter", "brother", "sister",
            "partner", "boyfriend", "girlfriend", "uncle", "aunt", "cousin", "relative",
        ):  # fmt: skip
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
    for m in _BOTH.finditer(s):
        if not any(p.start <= m.start() < p.end for p in found):
            found.append(_Phrase(m.start(), m.end(), 2, "people", None, False, "person"))
    for m in _BARE.finditer(s):
        if any(p.start <= m.start() < p.end for p in found):
            continue
        before = s[max(0, m.start() - 25) : m.start()]
        if (
            # "pe cei trei": a Romanian article before the number makes it people, whatever precedes
            m.group("all") not in ("cei", "cele", "celor")
            and (
                re.search(
                    # a law's number is no count: "under Republic Act 7610", "Article 143", "Law No. 12"
                    r"(?:\(|\d|\bnow|\bunder|\baged?|\bages|\bfrom|\bbetween|\bto|-|(?<!\bone )\bof|"
                    r"\bact|\barticle|\bart\.|\bsection|\blaw|\bno\.|\bnr\.|\bcode|\bchapter|\bbranch|\bcourtroom|"
                    r"\bon|\bin|\bsince|\bby|\buntil|\bat|\bpe|\bdin)\s*$",
                    before,
                )
                # "between 14 and 17" is a range; "were acquitted and two were convicted" a new subject
                or (_RANGE_AND.search(before) and not _PLACE_AND.search(before))
                or (re.search(r"[a-z)],\s*$", before) and s[m.end() : m.end() + 1] in (",", ")"))
            )
            and not _RUNNING_TOTAL.search(s[max(0, m.start() - 40) : m.start()])
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
        found.append(phrase)
    found.sort(key=lambda p: p.start)
    return _elliptic(s, found)


def _elliptic(s: str, found: list[_Phrase]) -> list[_Phrase]:
    """Add "two Myanmar" in "two Myanmar and six Cambodian men" as a phrase with the next one's head."""
    extra = []
    for m in _ELLIPTIC.finditer(s):
        if any(p.start <= m.start() < p.end for p in found):
            continue
        nxt = next((p for p in found if p.start >= m.end()), None)
        if nxt is None or nxt.kind != "person" or not _CONNECT.match(s[m.end() : nxt.start]):
            continue
        value = parse_number(m.group("num"))
        if value is None or value <= 0 or value != int(value) or 1900 <= value <= 2100:
            continue
        extra.append(_Phrase(m.start(), m.end(), value, nxt.head, None, False, "person"))
    return sorted(found + extra, key=lambda p: p.start) if extra else found


_ADDING = re.compile(r"\b(?:and|along with|as well as|together with|plus|si|impreuna cu|precum si)\b|&")
_SUBSET = re.compile(r"\b(?:including|inclusiv|dintre care|among them|of whom)\b")
# "The men have been charged", "arestarea preventivă a inculpaților": a group counted earlier.
_ANAPHOR = re.compile(
    r"\b(?:the|all the|all|these|those)\s+(?:[a-z-]+\s+)?(?P<ahead>defendants|suspects|men|accused|"
    r"gang members|traffickers|pimps|offenders|pair|couple|detainees|arrestees)\b"
    r"|\b(?P<ahead2>inculpatii|inculpatilor|suspectii|suspectilor|acestia|acestora|barbatii|barbatilor|"
    r"persoan(?:ele|elor) (?:depistate|identificate|cercetate|suspectate|in cauza)|"
    # "a dispus arestarea lor": the people of the sentence before
    r"(?<=arestarea |retinerea )lor)\b"
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
# "Both face charges of trafficking": the pronoun alone is two people
_BOTH = re.compile(
    r"(?:^|(?<=[.;:] ))both(?=\s+(?:(?:now|also|later|then|have|had|were|are|will)\s+)*"
    r"(?:face|faces|facing|pleaded|pled|denied|deny|admitted|appeared|stood|went|received|been|be)\b)"
)
# "a further five", "other five"; not "the other four": the rest of a group counted before
_ADDED_BEFORE = re.compile(r"\b(?:a further|another|an additional|(?<!the )other|alte|alti|inca)\s*$")
_SUBSET_AFTER = re.compile(r"\s+(?:of them|of whom|of those|dintre (?:ei|ele|care|acestia|acestea|cei))\b")
_OF_THOSE_HELD = re.compile(
    r"\s+of\s+(?:those|the (?:people|men|women|suspects|individuals))\s+"
    r"(?:arrested|detained|held|questioned)\b"
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
_ELLIPTIC = re.compile(rf"(?<![\w.,-])(?P<num>{_NUM})\s+(?P<mod>[a-z]+)(?=\s*(?:,|and|si)\s+)")
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
    rf"[\W]*(?:(?!(?:{_FUNCTION}|a|an|one|another|his|her|their|its|this|that)\b)[a-z'’-]+\s+){{0,2}}"
    r"(?P<head>man|woman|teenager|teen|boy|girl|mother|father|couple|pair|boss|owner)\b(?!['’]s)"
)
# a group told by origin: "31 workers - 19 from India and 12 from Zimbabwe -", "five from Leeds and two
# from Bradford"
_SPACED_DASH = re.compile(r"\s+-\s+")
_FROM_AFTER = re.compile(r"\s+(?:were\s+|are\s+)?from\s+")
_FROM_GAP = re.compile(r"\s+(?:were\s+|are\s+)?from\s+[^,;.\d]{2,40}?(?:,\s*and|,|\s+and)\s+")
_BREAKDOWN_OPENS = re.compile(r"\s*(?:,|:|\(|-|–|—)\s*(?:of whom\s+|including\s+)?")
# "sentenced two men to life imprisonment and two others to 10 years": each group with its own term
_TERM_GAP = re.compile(r"\s+to\s+[^,;.]{1,40}?(?:,\s*and|,|\s+and)\s+$")
_TERM_AFTER = re.compile(r"\s+(?:each\s+)?to\s+")
_PLACED_AND = re.compile(r"\s+(?:in|from|of)\s+[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}\s+and\s+")
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


def _chains(s: str, phrases: list[_Phrase]) -> list[_Phrase]:
    """Join phrases linked by 'and', ',', 'along with', 'including' into one summed phrase.

    "two men and a woman" = 3; "twelve people: eight men and four women" = 12 (a total and its
    breakdown); "14 victims, including nine boys" = 14; "a fourth person, a 41-year-old man" = 1.
    """
    chains: list[_Phrase] = []
    links: list[str] = []  # per chain: the words between its first and second phrase
    for p in phrases:
        last = chains[-1] if chains else None
        if (
            last is not None
            and p.kind == "bare"
            and last.parts[-1].kind in ("premises", "person")
            and _DISTRIBUTED_GAP.match(s, last.end, p.start)
            and _LOCATIVE_AFTER.match(s, p.end)
        ):
            # "four premises in Aberdeen, five in England and 23 in Romania": one count shared out
            head, kind = last.parts[-1].head, last.parts[-1].kind
            _add_part(last, _Phrase(p.start, p.end, p.value, head, p.hedge, p.additive, kind), links)
            continue
        if last is not None and p.kind == "bare" and last.kind == "person" and _FROM_AFTER.match(s, p.end):
            # "Fourteen fishers, nine from Myanmar and five from Cambodia": the group told by origin
            # (a breakdown); "five people from Leeds and two from Bradford": more of them (a sum)
            opens = len(last.parts) == 1 and bool(_BREAKDOWN_OPENS.fullmatch(s, last.end, p.start))
            if opens or _FROM_GAP.fullmatch(s, last.end, p.start):
                part = _Phrase(p.start, p.end, p.value, last.parts[-1].head, p.hedge, p.additive, "person")
                _add_part(last, part, links)
                if opens:
                    links[-1] = ","
                continue
        if (
            last is not None
            and p.kind in ("person", "bare")
            and last.kind == "person"
            and _TERM_GAP.match(s, last.end, p.start)
            and _TERM_AFTER.match(s, p.end)
        ):
            head = last.parts[-1].head
            _add_part(last, _Phrase(p.start, p.end, p.value, head, p.hedge, p.additive, "person"), links)
            continue
        if (
            last is not None
            and p.kind in ("person", "singular")
            and last.kind in ("person", "singular")
            and _PLACED_AND.fullmatch(s, last.end, p.start)
            and not _roles_clash(last.parts[-1].head, p.head)
        ):
            # "a salt farm owner in South Jeolla and three associates": the place names the first
            _add_part(last, p, links)
            continue
        if (
            last is not None
            and p.kind in ("person", "singular", "officer")
            and last.kind in ("person", "singular", "officer")
            and (
                _CONNECT.match(s[last.end : p.start])
                or (not s[last.end : p.start].strip() and p.kind == last.parts[-1].kind == "singular")
            )
            and not _roles_clash(last.parts[-1].head, p.head)
        ):
            link = s[last.end : p.start]
            if len(last.parts) == 1:
                links[-1] = link
            if (
                last.parts[-1].kind == "singular"
                and p.kind == "singular"
                and not _ADDING.search(link)
                and not last.parts[-1].head == p.head == "named"  # two names with ages: two people
            ):
                last.end = p.end  # apposition: the same person named twice
                continue
            last.parts.append(p)
            last.end = p.end
            continue
        chains.append(_Phrase(p.start, p.end, p.value, p.head, p.hedge, p.additive, p.kind, [p]))
        links.append("")
    for c, link in zip(chains, links, strict=True):
        if len(c.parts) > 1:
            first, rest = c.parts[0], c.parts[1:]
            rest_sum = sum(x.value for x in rest)
            breakdown = (
                _SUBSET.search(link)
                or any(x.subset and _OF_THEM.search(s[x.start : x.end]) for x in rest)
                # "four people, one female in her 20s, and three men": the men are of the four
                or (
                    first.head in _GENERIC_HEADS
                    and all(x.head in _GENDERED for x in rest)
                    and rest_sum < first.value
                )
                or (
                    not _ADDING.search(link)
                    and first.kind != "singular"
                    # "nine victims, seven Sudanese and two Egyptians, eight men and one woman": the
                    # rest tells the nine over again, once or more; "two men and two women" adds
                    and _told_again(first.value, [x.value for x in rest])
                    and (first.head not in _GENDERED or len(rest) > 1)
                )
            )
            if breakdown:
                c.value = first.value
            elif _ADDING.search(link) or first.kind == "singular" or first.head in _GENDERED:
                c.value = first.value + rest_sum  # "two men and a woman", "two men, a woman and …"
            else:
                # "Two suspects, a woman … and her driver": an elaboration, not more people.
                c.value = max(first.value, rest_sum)
            c.hedge = first.hedge
            c.additive = first.additive
            c.kind = "person" if any(x.kind != "officer" for x in c.parts) else "officer"
            if all(x.kind == "singular" for x in c.parts):
                c.kind = "singular"
            if all(x.kind == "premises" for x in c.parts):
                c.kind = "premises"
            c.head = first.head if first.kind != "singular" else c.parts[-1].head
    return chains


def _arrest_kind(head: str) -> OutcomeKind:
    """Romanian "rețineri" are detentions (24 hours), "arestări" arrests; English "arrests" arrests."""
    return OutcomeKind.DETAINED if head == "retineri" else OutcomeKind.ARRESTED


def _compatible(outcome: OutcomeKind, chain: _Phrase) -> bool:
    if chain.kind == "anaphor":
        return outcome in _SUSPECT_OUTCOMES
    if outcome is OutcomeKind.PREMISES_SEARCHED:
        return chain.kind == "premises"
    if chain.kind == "premises":
        return False
    if outcome is OutcomeKind.OFFICERS:
        return chain.kind == "officer" or chain.head == "agents"
    if chain.kind == "arrests":
        return outcome is _arrest_kind(chain.head)
    if outcome is OutcomeKind.VICTIMS:
        return chain.kind != "officer" and chain.head not in _NOT_VICTIM
    return chain.head not in _VICTIM_HEADS or outcome is OutcomeKind.ARRESTED


_NAME_SUBJECT = re.compile(
    r"(?:(?P<pron>\b(?:[Hh]e|[Ss]he|[Ee]l|[Ee]a)\b)|(?P<name>[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:\s+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){0,3}))"
    # "Brianna Colquitt (27, Lakeland), was sentenced": a bracket after the name
    r"(?:\s*\([^()]{1,40}\)\s*,?)?(?:\s*,[^,;]{1,60},)?\s*$"
)
# a name set off by commas after who the person is: "Her brother, Mr Samir Haddad, pleaded guilty"
_APPOSED_NAME = re.compile(
    r"[a-z],\s*(?P<name>[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:\s+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){1,3})(?:\s*\([^()]{1,40}\))?,\s*$"
)
_ONE_AGE = re.compile(r"\b(\d{1,2})[\s-]year[\s-]old\b")
_PLACE_PREPOSITION = re.compile(r"\b(?:from|of|in|at|near|to)\s+$")
_NOT_NAMES = frozenset(
    [
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
_LIST_NAME = r"[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:[ \t]+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){0,3}"
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
_LIST_TAIL = r"(?:[ \t]*,[ \t]*(?:who|all|both|each|aged|of|from)\b[^,;.]{0,60})?"
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
    if any(_not_a_name(name) for name in names):
        return []
    return names if len(names) > 1 else []


def _listed_names(listed: str) -> list[str]:
    """The names of a run of listed people ("X, 42 and Y (33)"), ages and aliases left out."""
    names = [item.group("name") for item in _LIST_ITEM_RE.finditer(listed)]
    return [n for n in names if n.split()[0] != "and"]


# A judge's sentencing remarks address each defendant: "Thi Lan Pham, you pleaded guilty", "Dale Price
# and Aaron Kent, at the first hearing you each pleaded guilty", "Mr Tan, you have pleaded guilty".
_VOCATIVE = re.compile(
    rf"^[\s\"“'‘]*(?P<list>{_LIST_ITEM}(?:{_LIST_JOIN}{_LIST_ITEM})*)[ \t]*,[^,;.]{{0,50}}?\byou\b"
    r"(?:\s+(?:have|had|were|are|each|both|all|also|then|now|later|since|previously|subsequently))*\s*$"
)


def _vocative_names(text: str, start: int, end: int) -> list[str]:
    """The people a sentence opens by addressing, when its verb's subject is "you"."""
    m = _VOCATIVE.search(text[start:end])
    if not m:
        return []
    names = [_without_title(n) for n in _listed_names(m.group("list"))]
    return [] if not names or any(_not_a_name(n) for n in names) else names


def _without_title(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in _HONORIFICS else name


def _not_a_name(name: str) -> bool:
    """A capitalised run that names no person: a function word, a force, a weekday or month, a
    nationality or a country ("The", "Police", "Monday", "Romanian", "Spain")."""
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
    return " ".join(words)


_NAME_OBJECT = re.compile(
    r"[ \t]*(?P<name>[A-ZĂÂÎȘŞȚŢ][\w'’-]+(?:[ \t]+[A-ZĂÂÎȘŞȚŢ][\w'’-]+){0,3})(?![\w'’-])"
)
# between two names: a comma or "and", perhaps after the first one's age ("X, 41 and Y, 20")
# or after the first one's term: "sentenced X to nine years in prison and Y to six years"
_NEXT_NAME = re.compile(
    # (or its age in brackets: "Nicolae Bălan (61 de ani), Florica Bălan (57 de ani) și …")
    r"(?:[ \t]*,[ \t]*\d{1,2}\b|[ \t]*\(\d{1,2}(?: de ani| ani)?\))?"
    r"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|și|şi|si)[ \t]+"
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


def _named_objects(text: str, pos: int, end: int) -> list[str]:
    """People named right after an active verb: "the court convicted Osaigbovo", "police arrested
    Ion Popa and Maria Lungu". Weekdays, months, nationalities and countries are not names."""
    names: list[str] = []
    label = _SUSPECT_LABEL.match(text, pos, end)
    if label is not None:
        pos = label.end()
    while (m := _NAME_OBJECT.match(text, pos, end)) is not None:
        if _not_a_name(m.group("name")):
            break
        names.append(m.group("name"))
        pos = m.end()
        joiner = _NEXT_NAME.match(text, pos, end)
        if joiner is None:
            break
        pos = joiner.end()
    return names


# "five years ago", "55-year-old", "a two year investigation" (one word may come between, not more:
# "eight years with a non-parole period of four years" is a term)
_NOT_A_TERM_AFTER = re.compile(
    r"[\s-]*(?:[\w-]+\s+)?(?:ago|old|later|earlier|investigation|period|since|from \d{4}|"
    r"of (?:training|experience|work|study|studies|school|schooling|service))\b"
)


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A later sentence that opens on an earlier date or "in a separate case" and brings someone new with an
# indefinite article tells another case: "In 2021 a car wash owner in Kent was jailed for five years".
# A sentence opening on another time: "In 2019", "by late March 2021", "în anul 2023", "Last year".
_PAST_OPENER = (
    rf"(?:in|by) (?:(?:early|late|mid-?) ?)?(?:{_MONTH} )?(?:19|20)\d\d|in anul (?:19|20)\d\d|"
    r"last year|earlier this year|previously"
)
_OTHER_CASE = re.compile(
    rf"^\W*(?:{_PAST_OPENER}|in {_MONTH}|last month|in (?:an?|another) "
    r"(?:(?:separate|similar|earlier|unrelated|different|other|previous) )?case)\b[^.;]{0,40}?,?\s+"
    r"(?:an?|another|un alt|o alta|alti|alte)\s+(?!(?:jury|judge|court|magistrate|grand|federal|"
    r"judecator|instanta)\b)",
    re.IGNORECASE,
)
# Background told after the case: "Reamintim că, în 2019, …", "…, iar în 2023 DIICOT Iași a trimis …",
# "Last year, …". Victims counted there belong to another case.
_BACKGROUND_CASE = re.compile(
    rf"^\W*(?:reamintim|amintim|anul trecut|{_PAST_OPENER}|"
    r"in (?:an?|another) (?:separate|similar|earlier|unrelated|different|other|previous) case)\b"
    r"|\biar (?:in|din) (?:anul )?(?:19|20)\d\d\b"
)
# A term the law sets, not one a court passed: "trafficking carries a minimum sentence of five years",
# "an offence punishable by two to eight years".
_LAW_TERM = re.compile(
    r"\b(?:carr(?:y|ies|ying)|punishable|punishes|prescribes?|provides? for|se pedepse\w*)\b[^.;]{0,70}$"
    # the term a judge would have passed without the guilty plea: "Had you not pleaded guilty, I
    # would have sentenced you to 7 years"
    r"|\bwould (?:have )?(?:sentenced|jailed|imposed|given|passed)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
# a range of terms one faces ("sentences of eight and six years" were passed; "face between 7 and 15")
_RANGE_AT_RISK = re.compile(r"\b(?:fac(?:e|es|ing)|could|can|may|risks?|riscă|risca|liable)\b[^.;]{0,15}$")
# "sentenced Ms X, whom the prosecution described as the recruiter, to 30 years"
_SENTENCED_TO = re.compile(r"\bsentenced\b[^.;]{0,110}\bto\s+$")


def _sentence_years(s: str, index: int = 0) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    if "year" not in s and "month" not in s and "ani" not in s:
        return out  # every term _SENTENCE reads names years, "ani" or months: no scan needed
    if index >= 3 and _OTHER_CASE.match(s):
        return out
    for m in _SENTENCE.finditer(s):
        window = s[max(0, m.start() - 60) : m.start()]
        after = s[m.end() : m.end() + 30]
        if not (
            _SENTENCE_CUE.search(window)
            or _SENTENCE_NOUN_AFTER.match(after)
            or _SENTENCED_TO.search(s, max(0, m.start() - 130), m.start())
        ):
            continue
        if m.group("mo"):
            months = parse_number(m.group("mo"))
            if months is None or not re.search(
                r"\b(?:jailed|sentenced|imprisoned|condamnat\w*)\b", window[-40:]
            ):
                continue
            years = months / 12
        else:
            years = parse_number(m.group("y")) or 0
            if m.group("m"):
                years += (parse_number(m.group("m")) or 0) / 12
            if m.group("hm") or m.group("hb"):
                years += 0.5
            first = parse_number(m.group("range")) if m.group("range") else None
            if first is not None and first > years:
                years = first  # "sentences of eight and six years respectively": the longest
        lead = s[max(0, m.start() - 30) : m.start()]
        if _SENTENCE_VAGUE.search(lead) and not m.group("range"):
            continue
        if m.group("range") and _RANGE_AT_RISK.search(lead):
            continue  # "the suspects face between 7 and 15 years": what the law allows
        if _LAW_TERM.search(s[max(0, m.start() - 80) : m.start()]):
            continue
        if _NOT_A_TERM_AFTER.match(after[:25]) or re.search(
            r"\b(?:over|for the past|for the last|in the last|after|investigation of|operation|"
            r"the following|the next|the previous|the first)\s*$",
            lead,
        ):
            continue
        if re.search(r"\bsuspended\b", s[max(0, m.start() - 15) : m.end() + 25]) or re.match(
            r"\s*(?:de inchisoare|de detentie)?\s*cu suspendare\b", s[m.end() : m.end() + 40]
        ):
            continue  # a suspended sentence is not a prison term
        if not 0 < years <= 60:
            continue
        # three decimals, as annotators write months (6 y 8 m = 6.667; see docs/decisions.md)
        out.append((m.start(), m.end(), round(years, 3)))
    return out


# --- public -------------------------------------------------------------------------------------


def find_counts(text: str, segments: list[Segment], published: date | None = None) -> list[Mention]:
    """Count mentions (kind="count") in the non-boilerplate segments of `text`.

    attributes: counts (OutcomeKind value), hedge ("more than", …), additive (True for "also",
    "a further", "another"), subject (a named singular subject), sentence (segment index).
    `published` is accepted for symmetry with the date extractor; counts do not depend on it.
    """
    del published
    folded = fold(text)
    out: list[Mention] = []
    verdicts: list[tuple[int, re.Match[str]]] = []  # a Romanian verdict's lines, one per condemned
    verdict_text = "condamna pe" in folded  # most reports have none: skip the scan
    terms_text = _A_TERM.search(folded) is not None  # Romanian prison terms: most reports have none
    for index, seg in enumerate(segments):
        if seg.is_boilerplate:
            continue
        told = _sentence_counts(text, folded, seg.start, seg.end, index)
        out.extend(told)
        out.extend(_inverted_names(text, folded, seg.start, seg.end, index))
        out.extend(_form_victims(text, folded, seg.start, seg.end, index))
        out.extend(_described_victims(text, folded, seg.start, seg.end, index, told))
        if _OFFICER_HEAD_WORD.search(folded, seg.start, seg.end) and not any(
            m.attributes.get("counts") == OutcomeKind.OFFICERS.value for m in told
        ):
            out.extend(_officer_lists(text, seg.start, seg.end, index))
        if " other " in folded[seg.start : seg.end] or " in total" in folded[seg.start : seg.end]:
            out.extend(_others_and_totals(text, folded, seg.start, seg.end, index))
        if terms_text:
            out.extend(_terms_received(text, folded, seg.start, seg.end, index, told))
        if "fata de" in folded[seg.start : seg.end]:
            measures = _measures_for(text, folded, seg.start, seg.end, index)
            out.extend(m for m in measures if not _within(m, told))
        if verdict_text:
            verdicts += [(index, m) for m in _VERDICT_LINE.finditer(folded, seg.start, seg.end)]
        for outcome, pattern in ((OutcomeKind.ARRESTED, _NO_ARRESTS), (OutcomeKind.CHARGED, _NO_CHARGES)):
            for m in pattern.finditer(folded, seg.start, seg.end):
                attrs = {"counts": outcome.value, "sentence": index, "none": True}
                out.append(Mention("count", m.span(), text[m.start() : m.end()], 0, EXTRACTOR, 0.6, attrs))
    out += _verdict_lines(text, verdicts) + _listed_terms(text, folded, segments)
    out = _resolve_anaphors(out)
    stories = _one_person_story(text, folded, segments)
    return out + _totals(text, out) + _gender_breakdowns(text, folded, segments) + stories


_MALE_HEADS = r"men|males|boys|barbati|baieti"
_FEMALE_HEADS = r"women|females|girls|femei|fete"
# "11 men and two women", "patru femei si trei barbati": a group told apart by gender
_BREAKDOWN = re.compile(
    rf"\b(?P<n1>{NUMBER_RE})\s+(?P<g1>{_MALE_HEADS}|{_FEMALE_HEADS})\b\s*,?\s+(?:and|si)\s+"
    rf"(?P<n2>{NUMBER_RE})\s+(?P<g2>{_MALE_HEADS}|{_FEMALE_HEADS})\b"
)


_GENDER_AND = re.compile(rf"\b(?:{_MALE_HEADS}|{_FEMALE_HEADS})\b\s*,?\s+(?:and|si)\s")


def _gender_breakdowns(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """Mentions (kind="breakdown") of a group split by gender: the total and both genders. Whom the
    group is (victims or suspects) is left to the case, which compares the total with its counts."""
    out: list[Mention] = []
    if not _GENDER_AND.search(folded):
        return out  # the number-led pattern is costly to scan; most reports split nobody by gender
    for seg in segments:
        if seg.is_boilerplate:
            continue
        for m in _BREAKDOWN.finditer(folded, seg.start, seg.end):
            first, second = parse_number(m.group("n1")), parse_number(m.group("n2"))
            genders = ["male" if re.fullmatch(_MALE_HEADS, m.group(g)) else "female" for g in ("g1", "g2")]
            if first is None or second is None or genders[0] == genders[1]:
                continue
            attrs = {"genders": genders}
            out.append(Mention("breakdown", m.span(), text[m.start() : m.end()], int(first + second),
                               EXTRACTOR, 0.6, attrs))  # fmt: skip
    return out


# Romanian court news tells each person's prison term: "Ionuț Bălan, de 31 de ani, a primit 8 ani și 6
# luni de închisoare", "l-a condamnat pe Ionuț la șase ani…, iar pe verișoara lui la trei ani",
# "Marius Căpraru a primit 6 ani…, iar Elisabeta Căpraru 4 ani". Each person given a term is one
# convicted, named by the words before the term.
_TERM_RO = rf"(?:{NUMBER_RE})\s+(?:de\s+)?(?:ani|luni)\b"
_A_TERM = re.compile(rf"\b{_TERM_RO}")
_TERM_RECEIVED = re.compile(
    r"\b(?:(?:a|au) primit|(?:va|vor) executa|primeste|condamnat[aie]?(?: definitiv)? la)\s+"
    rf"(?:o pedeapsa de\s+)?{_TERM_RO}"
)
_TERM_FOR_WHOM = re.compile(
    r"(?:^|[^\w])(?:pe|condamnarea lui)\s+(?P<who>[^\W\d][^,;.:()]{0,50}?)(?:,[^,;.:()]{1,40},)?"
    rf"\s+la\s+{_TERM_RO}"
)
_TERM_AND_NEXT = re.compile(rf"(?:,\s*iar|;)\s+(?!pe\s)(?P<who>[^\W\d][^,;.:()]{{0,40}}?)\s+{_TERM_RO}")
_BEFORE_RECEIVER = re.compile(r".*(?:,\s*iar\s|;|:|\bdupa ce\b)", re.DOTALL)
_NO_ONE_NAMED = re.compile(
    r"\b(?:acesta|aceasta|acestia|acestea|el|ea|ei|ele|inculpat\w*|celalalt|cealalta|fiecare|toti|"
    r"tribunalul|instanta|curtea|judecator\w*)\b"
)


def _who_receives(text: str, folded: str, start: int, end: int) -> str | None:
    """The person a clause's words before a term name: a full name if any, else the first words of
    the noun phrase ("un văr al acestuia"); None for a pronoun or nothing."""
    clause = _BEFORE_RECEIVER.match(folded, start, end)
    if clause is not None:
        start = clause.end()
    names = [m.group() for m in _FULL_NAME.finditer(text, start, end) if not _not_a_name(m.group())]
    if names:
        return names[-1]
    words = re.findall(r"[^\W\d]+", folded[start:end])
    if not words or _NO_ONE_NAMED.search(" ".join(words)):
        return None
    return " ".join(words[:4])


def _terms_received(
    text: str, folded: str, start: int, end: int, index: int, told: list[Mention]
) -> list[Mention]:
    """One convicted count per person given a prison term in the sentence (Romanian); a term given
    to no one named adds nothing to a count of the convicted told in the sentence ("Un cuplu a fost
    condamnat la 9 ani")."""
    out = []
    counted = any(m.attributes.get("counts") == OutcomeKind.CONVICTED.value for m in told)
    headline = index == 0 and not text[start:end].rstrip().endswith((".", "!", "?", '"'))
    spans: list[tuple[int, int, str | None]] = []
    for m in _TERM_RECEIVED.finditer(folded, start, end):
        spans.append((m.start(), m.end(), _who_receives(text, folded, start, m.start())))
    if "condamn" in folded[start:end]:
        for m in _TERM_FOR_WHOM.finditer(folded, start, end):
            spans.append((m.start("who"), m.end(), _who_receives(text, folded, m.start("who"), m.end("who"))))
    for m in _TERM_AND_NEXT.finditer(folded, start, end):
        if spans:  # "…, iar Elisabeta Căpraru 4 ani": only after a term given before
            spans.append((m.start("who"), m.end(), _who_receives(text, folded, m.start("who"), m.end("who"))))
    for a, b, who in spans:
        attrs: dict[str, object] = {"counts": OutcomeKind.CONVICTED.value, "sentence": index}
        if who and (not headline or (" " in who.strip() and who[:1].isupper())):
            # a headline's "Proxenet condamnat la 8 ani" is the person the report names later
            attrs["subject"] = who
        elif counted:
            continue
        out.append(Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.5, attrs))
    return out


# "au fost condamnați:" and one line per defendant: "– 12 ani și 6 luni închisoare, pentru …"
_TERMS_HEADING = re.compile(r"\bcondamnat[ie]\b[^\n]{0,40}:[ \t]*(?=\n)")
_TERM_LINE = re.compile(rf"\s*\n[ \t]*[-*•][ \t]*(?:[^\W\d][^\n]{{0,60}}?)?{_TERM_RO}[^\n]*")


def _listed_terms(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """The people a list of prison terms under a "condamnați:" heading convicts: one per line."""
    out = []
    for heading in _TERMS_HEADING.finditer(folded):
        lines, pos = 0, heading.end()
        while (line := _TERM_LINE.match(folded, pos)) is not None and line.end() > pos:
            lines, pos = lines + 1, line.end()
        if lines < 2:
            continue
        index = next((i for i, seg in enumerate(segments) if seg.start <= heading.start() < seg.end), -1)
        if index < 0 or segments[index].is_boilerplate:
            continue
        a, b = heading.span()
        attrs = {"counts": OutcomeKind.CONVICTED.value, "sentence": index}
        out.append(Mention("count", (a, b), text[a:b], lines, EXTRACTOR, 0.5, attrs))
    return out


# a court's operative part, one line per defendant: "Condamnă pe inculpatul R.D.C. la pedeapsa de …"
_VERDICT_LINE = re.compile(r"(?<![^\n])[ \t]*(?P<verdict>condamna pe (?:inculpatul|inculpata|inculpat))\b")


def _verdict_lines(text: str, verdicts: list[tuple[int, re.Match[str]]]) -> list[Mention]:
    """The people a verdict's operative part condemns, one line each: one count at the first line."""
    if not verdicts:
        return []
    index, first = verdicts[0]
    a, b = first.span("verdict")
    attrs = {"counts": OutcomeKind.CONVICTED.value, "sentence": index}
    return [Mention("count", (a, b), text[a:b], len(verdicts), EXTRACTOR, 0.6, attrs)]


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


# An intake form's line: "Potential victims: 4 (female, Vietnamese)", "Persons referred (potential
# victims): 2", "Workers encountered: 11 men"
_FORM_VICTIMS = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?:(?:total|number of|no\.? of)\s+)?"
    r"(?:(?:potential|possible|suspected|presumed|identified|likely)\s+)?"
    r"(?:victims?(?:\s+(?:identified|rescued|found|safeguarded|referred|encountered))?|"
    r"(?:persons?|people|workers|individuals)\s+(?:referred|of concern|identified|rescued|"
    r"encountered|found|safeguarded)|victime(?: identificate)?|persoane (?:vatamate|identificate|salvate))"
    r"(?:\s*\([^)\n]{1,30}\))?\s*:\s*"
    rf"(?:(?:approx\.?|about|around|at least)\s+)?(?P<num>{NUMBER_RE})\b(?!\s*(?:[:.]\d|%|years?\b)|-year)"
)


def _form_victims(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    """The victims an intake form's line counts ("Potential victims: 4")."""
    form = _FORM_VICTIMS.match(folded, start, end) if ":" in folded[start:end] else None
    if form is None or not (value := parse_number(form.group("num"))):
        return []
    attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index}
    a, b = form.span("num")
    return [Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.6, attrs)]


# Tips and call notes describe the exploited people without any rescue verb: "14 adult men living at
# the property", "there is 5 worker there … they work from 8 morning until 9 night". Such a group
# counts the victims only when nothing else in the report does (`summarise_counts`). Sharing a room
# or a bathroom is no cue: the people sharing are often more than the victims.
_DESCRIBED_HEADS = frozenset(
    {"workers", "worker", "men", "women", "people", "persons", "girls", "boys", "labourers",
     "laborers", "crew", "fishermen", "passengers", "females", "males", "adults", "migrants", "nationals",
     "farmworkers", "farm workers", "farmhands", "youths", "teenagers", "employees", "staff"}
)  # fmt: skip
_CONDITIONS = re.compile(
    r"\b(?:liv(?:e|es|ing)|crammed|housed|present|"
    r"hours? a day|hours? every day|no (?:day|days) off|(?:un|not |never |without )paid|without pay|"
    r"passports?|locked in)\b"
    r"|\bwork(?:s|ing|ed)?\b[^.;]{0,40}\b(?:hours?|until|from dawn|every day|7 days|seven days|no pay)\b"
)
_WITH_BEFORE = re.compile(r"\bwith\s+$")  # "lived in a trailer with nine men": others beside the one
_EACH_AFTER = re.compile(r"[^.;,]{0,30}\b(?:in each|per|each)\b")


def _described_victims(
    text: str, folded: str, start: int, end: int, index: int, told: list[Mention]
) -> list[Mention]:
    """A group of people whose living or working conditions the sentence describes (a fallback)."""
    s = folded[start:end]
    if not _CONDITIONS.search(s):
        return []
    out = []
    for p in _phrases(s, text[start:end]):
        if p.kind != "person" or p.head not in _DESCRIBED_HEADS or p.value < 2:
            continue
        if (
            p.subset
            or p.additive
            or p.whole
            or " of " in s[p.start : p.end]
            or _WITH_BEFORE.search(s, 0, p.start)
        ):
            continue  # "nine of the workers", "he and 21 other men": part of a group, or more of one
        if (p.hedge and re.fullmatch(_VAGUE, p.hedge)) or _EACH_AFTER.match(s, p.end):
            continue  # "five men sleep in each bedroom": a share, not the group
        if any(m.span[0] < start + p.end and start + p.start < m.span[1] for m in told):
            continue  # already counted for what was done to them ("arrested four people")
        attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index, "described": True}
        a, b = start + p.start, start + p.end
        out.append(Mention("count", (a, b), text[a:b], int(p.value), EXTRACTOR, 0.4, attrs))
        break
    return out


# Officers of several services counted together: "more than 60 federal and state agents", "150
# police and gendarmerie officers", "40 AFP and Australian Border Force (ABF) officers", "60 deputies,
# detectives and federal agents". The words between the number and the noun must all name services
# or officers, so "12 Romanian women and 40 officers" is not read as 12 officers.
_OFFICER_MOD = (
    r"(?:(?-i:[A-Z][\w'’&-]*)|\((?-i:[A-Z]{2,6})\)|federal|state|local|police|law|enforcement|gendarmerie|"
    r"border|immigration|labou?r|customs|army|military|county|city|municipal|provincial|regional|national|"
    r"special|tactical|uniformed|armed|sheriff['’]s|deputies|detectives|agents|officers|troopers|and)"
)
_OFFICER_LIST_HEADS = r"officers|agents|personnel|deputies|troopers|investigators|detectives|gendarmes"
_OFFICER_LIST = re.compile(
    rf"(?<![\w.,-])(?:(?P<hedge>{_FLOOR})\s+)?(?P<num>{_NUM})\s+(?P<mods>(?:{_OFFICER_MOD},?\s+){{1,8}}?)"
    rf"(?P<head>{_OFFICER_LIST_HEADS})\b",
    re.IGNORECASE,
)
_OFFICER_HEAD_WORD = re.compile(rf"(?:{_OFFICER_LIST_HEADS})\b")
_VAGUE_BEFORE = re.compile(rf"\b(?:{_VAGUE})\s+$", re.IGNORECASE)


def _officer_lists(text: str, start: int, end: int, index: int) -> list[Mention]:
    out = []
    for m in _OFFICER_LIST.finditer(text, start, end):
        mods = m.group("mods").lower()
        if " and " not in f" {mods}" and "," not in mods:
            continue  # one service's officers: the general counter reads those
        value = parse_number(m.group("num").lower())
        if not value or value < 2 or _VAGUE_BEFORE.search(text, max(start, m.start() - 25), m.start()):
            continue  # "about 200 police and army officers": an estimate (see _VAGUE)
        attrs = {"counts": OutcomeKind.OFFICERS.value, "sentence": index}
        a, b = m.span("num")
        out.append(Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.5, attrs))
    return out


# A note's "J + 5 other men from Tanna, all on PALM visas": the one told of and the others; "=> 4 men
# in total". Described counts: the victims only when nothing else counts them, and never where suspects
# are dealt with. Those a victim lives "with" are left out: five of our notes had one victim sharing a
# room with others whom the annotators did not count.
_PEOPLE_HEADS = r"(?:men|boys|women|girls|workers|people|persons|lads|labourers|laborers|victims)"
_WITH_OTHERS = re.compile(rf"(?:\+|\band) (?P<num>{NUMBER_RE}) other (?:[\w-]+ ){{0,2}}?{_PEOPLE_HEADS}\b")
_IN_TOTAL = re.compile(rf"\b(?P<num>{NUMBER_RE}) (?:[\w-]+ )?{_PEOPLE_HEADS} in total\b")
_SUSPECT_VERBS = re.compile(r"\b(?:arrest|charg|convict|sentenc|detain|jail|suspect|accused|defendant)")
_WITH_OTHERS_CUE = re.compile(r"\b(?:sleep|slept|liv|arriv|visas?\b|work|shar|stay)")


def _others_and_totals(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    s = folded[start:end]
    if _SUSPECT_VERBS.search(s):
        return []
    found: list[tuple[re.Match[str], int]] = []  # the number and how many people it makes
    if _WITH_OTHERS_CUE.search(s):
        found += [(m, int(v) + 1) for m in _WITH_OTHERS.finditer(s) if (v := parse_number(m.group("num")))]
    found += [(m, int(v)) for m in _IN_TOTAL.finditer(s) if (v := parse_number(m.group("num"))) and v >= 2]
    out = []
    for m, value in found:
        attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index, "described": True}
        a, b = start + m.start("num"), start + m.end("num")
        out.append(Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.4, attrs))
    return out


# A case study or an intake form about one exploited person: "Elena (not her real name) answered an
# advert…", "Person of concern: …". One victim, counted only when nothing else counts any.
_ONE_PERSON_STORY = re.compile(
    r"\bnot (?:her|his) real name\b|\bname (?:has been |was )?changed\b|"
    r"\bpseudonym\b|\b(?:her|his) name\b[^.\n]{0,40}\b(?:has been|had been|was|is|been) changed\b|"
    r"\bnames? [^.\n]{0,40}\bchanged\b[^.\n]{0,30}\bprotect\b[^.\n]{0,30}"
    r"\b(?:woman|man|girl|boy|worker|person|survivor|client|young person|child)\b(?!s)|"
    r"^[ \t]*(?:[-*•][ \t]*)?(?:person (?:of concern|concerned|referred)|about the worker|"
    r"potential victim(?!s|\(s\)|'s)|caller (?:type|relationship)\s*:\s*(?:potential victim|pv)\b)",
    re.MULTILINE,
)
_ONE_OF_MANY = re.compile(r"\bone of\b")
# "Chiedza – not her real name – was one of 17 care workers whom the GLAA found": the group she is in
_ONE_OF_GROUP = re.compile(
    rf"\bone of (?:the )?(?P<num>{NUMBER_RE}) (?:[\w-]+ ){{0,3}}?(?:workers|women|men|girls|boys|people|"
    r"victims|children|survivors|migrants|labourers|laborers|fishermen|teenagers|nationals)\b"
)


def _one_person_story(text: str, folded: str, segments: list[Segment]) -> list[Mention]:
    """One victim (a described count) where the first case segment with a story cue is about one
    person and does not make them one of a group."""
    if not _ONE_PERSON_STORY.search(folded):
        return []  # most reports have none: one scan of the whole text
    for index, seg in enumerate(segments):
        if seg.is_boilerplate:
            continue
        cue = _ONE_PERSON_STORY.search(folded, seg.start, seg.end)
        if cue is None:
            continue
        (a, b), value = cue.span(), 1.0
        if _ONE_OF_MANY.search(folded, seg.start, seg.end):
            group = _ONE_OF_GROUP.search(folded, seg.start, seg.end)
            value = (parse_number(group.group("num")) if group else None) or 0.0
            if group is None or value < 2:
                return []
            a, b = group.span("num")
        attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index, "described": True, "story": True}
        return [Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.3, attrs)]
    return []


# "No arrests have been made": the text states that nobody was arrested (0, not unknown)
_NO_ARRESTS = re.compile(
    r"\bno(?: one| body|body)? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?arrested\b|"
    r"\bno arrests? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?(?:made|carried out)\b|"
    r"\bno arrests? (?:yet|so far)\b|\bthere (?:have|had) been no arrests\b|"
    r"\bniciun(?:a)? (?:persoana|suspect) nu a fost (?:retinut|arestat)\w*"
)
# "No one has been charged", "no charges have been laid"
_NO_CHARGES = re.compile(
    r"\bno(?: one| body|body)? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?"
    r"(?:arrested (?:or|and) )?(?:yet )?charged\b|"
    r"\bno charges? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?"
    r"(?:laid|brought|filed|pressed)\b"
)


def _totals(text: str, mentions: list[Mention]) -> list[Mention]:
    """One extra mention per outcome whose summary exceeds every single count ("three homes …
    12 warrants" = 15; "two men … a third man" = 3), so a consumer taking the largest count of
    an outcome gets the same answer as `summarise_counts`."""
    summary = summarise_counts(mentions)
    out = []
    for outcome, value in summary.items():
        ms = [m for m in mentions if m.attributes.get("counts") == outcome]
        if value is None or not ms or value <= max(float(m.value) for m in ms):
            continue
        a, b = min(m.span[0] for m in ms), max(m.span[1] for m in ms)
        attrs = {"counts": outcome, "total": True, "parts": [m.value for m in ms]}
        out.append(Mention("count", (a, b), text[a:b], value, EXTRACTOR, 0.7, attrs))
    return out


_SUSPECT_OUTCOMES = frozenset(
    {OutcomeKind.ARRESTED, OutcomeKind.DETAINED, OutcomeKind.CHARGED, OutcomeKind.CONVICTED}
)
_SUSPECT_VALUES = frozenset(k.value for k in _SUSPECT_OUTCOMES)
_AGE_AROUND = re.compile(r"^\s*\d{1,2}-year-old\s+|\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,?)\s*$")


def _name_of(named: str) -> str:
    """The name in a named phrase: "Ann Lee, 22," and "22-year-old Ann Lee" are "Ann Lee"."""
    return _AGE_AROUND.sub("", named).strip()


def _resolve_anaphors(mentions: list[Mention]) -> list[Mention]:
    """Give "the defendants" the size of the last group of suspects counted before it."""
    out: list[Mention] = []
    last: int | None = None
    for m in mentions:
        if m.attributes.get("group"):
            last = m.value  # "patru persoane cercetate": whom a later "acestora" counts
            continue
        if m.attributes.get("refers"):
            if last is not None:
                out.append(replace(m, value=last, confidence=0.6))
            continue
        if m.attributes.get("counts") in _SUSPECT_VALUES and not m.attributes.get("subset"):
            last = m.value
        out.append(m)
    return out


# (a search "in parallel" or "at the same time" elsewhere is more places, not the same ones told again)
_MORE_BEFORE_VERB = re.compile(r"\b(?:also|separately|additionally|further)\s+$")
_IN_ADDITION = re.compile(
    r"^\W*(?:in addition|additionally|separately|in parallel|at the same time|simultaneously|"
    r"de asemenea|in plus|in paralel|totodata|concomitent)\b"
)


# A sentence that counts since a year or since a body began is a record, not this case: "Since the
# groups were created in 1995, more than 63,000 people have been found …"
_SINCE_YEARS = re.compile(
    r"^\W*(?:since\b[^,;.]{0,80}?\b(?:19|20)\d\d\b|since (?:its|our|their|the) "
    r"(?:founding|creation|launch|inception)\b|since records began\b|de la infiintare)",
    re.IGNORECASE,
)


def _sentence_counts(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    s = folded[start:end]
    if _SINCE_YEARS.match(s):
        return []
    sentence_additive = bool(_IN_ADDITION.search(s))
    chains = _chains(s, _phrases(s, text[start:end]))
    # A verb form inside a counted phrase is its noun ("șase inculpați", "12 arrests"), not a verb.
    verbs = [
        (m.start(), m.end(), OutcomeKind(m.lastgroup))
        for m in _VERB_RE.finditer(s)
        if not any(c.start <= m.start() < c.end for c in chains)
    ]
    out: list[Mention] = []
    counted: dict[int, set[OutcomeKind]] = {}  # id of a chain -> the outcomes it was counted for
    previous: tuple[int, _Phrase | None, int] | None = None  # (verb end, subject chain, verb start)
    previous_outcome: OutcomeKind | None = None
    previous_named: list[str] = []  # the people the previous verb counted by name

    def emit(
        chain: _Phrase,
        outcome: OutcomeKind,
        conf: float,
        subject: str | None = None,
        more: bool = False,
        questioned: bool = False,
    ) -> None:
        if chain.hedge and re.fullmatch(_VAGUE, chain.hedge):
            return
        if outcome is OutcomeKind.VICTIMS and chain.value == 1 and chain.parts and chain.parts[0].subset:
            return  # "one of the victims told police": part of a group, not how many there were
        if outcome is OutcomeKind.VICTIMS and index >= 3 and _BACKGROUND_CASE.search(s, 0, chain.start):
            return  # "Anul trecut, un alt proprietar … pentru exploatarea a cinci oameni": another case
        if outcome is OutcomeKind.DETAINED and _OF_THOSE_HELD.search(s, chain.start, chain.end):
            return  # "ordered three of those arrested to be held in custody": remanded, no new detention
        if outcome in counted.setdefault(id(chain), set()):
            return  # "four co-defendants who pleaded guilty were sentenced": four people, told once
        counted[id(chain)].add(outcome)
        # "bringing the number of arrests to three": the whole, not a part
        total = bool(_RUNNING_TOTAL.search(s[max(0, chain.start - 40) : chain.start]))
        a, b = start + chain.start, start + chain.end
        attrs: dict[str, object] = {"counts": outcome.value, "sentence": index}
        if chain.hedge:
            attrs["hedge"] = chain.hedge
        if chain.additive or sentence_additive or more:
            attrs["additive"] = True
        if chain.parts and chain.parts[0].subset:
            attrs["subset"] = True
        if subject:
            attrs["subject"] = subject
        if len(chain.parts) > 1:
            attrs["parts"] = [int(p.value) for p in chain.parts]
        elif chain.parts and chain.parts[0].ordinal:
            attrs["ordinal"] = chain.parts[0].ordinal
        if chain.kind == "anaphor":
            attrs["refers"] = True
        age = _ONE_AGE.search(text, a, b) if chain.kind == "singular" and len(chain.parts) == 1 else None
        if age is not None:
            attrs["age"] = int(age.group(1))  # people told apart by their ages across sentences
        elif len(chain.parts) > 1 and all(p.kind == "singular" for p in chain.parts):
            # "the 39-year-old man and 58-year-old woman": each part one person of an age
            part_ages = [_ONE_AGE.search(text, start + p.start, start + p.end) for p in chain.parts]
            if all(part_ages):
                attrs["ages"] = [int(m.group(1)) for m in part_ages if m]
        if outcome in _SUSPECT_OUTCOMES and (named := _names_in(text, chain, a, b)):
            # "Hemin Rashid, 38, and his brother Shvan Rashid, 34": people told apart by name across
            # sentences
            attrs["names"] = named
        if total:
            attrs["total"] = True
        if questioned:
            attrs["questioned"] = True
        out.append(Mention("count", (a, b), text[a:b], int(chain.value), EXTRACTOR, conf, attrs))

    for v_start, v_end, outcome in verbs:
        target: _Phrase | None = None
        before_verb = s[max(0, v_start - 30) : v_start]
        if _NEGATED.search(before_verb) or (
            outcome in _SUSPECT_OUTCOMES and (_PROPOSED.search(before_verb) or _NOT_YET.search(before_verb))
        ):
            previous = (v_end, None, v_start)
            continue
        # Object: a phrase right after the verb ("arrested two women", "au fost reținute cinci persoane").
        for c in chains:
            if c.start >= v_end:
                gap = s[v_end : c.start]
                if (
                    _compatible(outcome, c)
                    and (
                        _OBJECT_GAP.match(gap)
                        or (
                            outcome is OutcomeKind.VICTIMS
                            and _VICTIM_GAP.match(gap)
                            # "suspects of human trafficking have been arrested and five others": the
                            # phrase after another outcome verb is not this verb's object
                            and not any(v_end < vs < c.start for vs, _, _ in verbs)
                        )
                        or (outcome is OutcomeKind.PREMISES_SEARCHED and _PREMISES_GAP.match(gap))
                        or _shares_object(s, verbs, v_end, c)
                    )
                    and not (outcome is OutcomeKind.VICTIMS and _SUSPECTED_AFTER.match(s, c.end))
                ):
                    target = c
                break
        conf = 0.85
        if (
            target is None
            and previous is not None
            and previous[1] is not None
            and outcome in _SUSPECT_OUTCOMES
            and _THEM_AFTER.match(s, v_end)
            and _compatible(outcome, previous[1])
        ):
            target = previous[1]  # "arrested five persons, who ran the club, and charged them"
        if target is None:
            # Coordinated verbs share their subject: "were arrested and charged", "were arrested
            # in Motueka this morning and have been charged", "arrested five … and charged them".
            gap = s[previous[0] : v_start] if previous is not None else ""
            if (
                previous is not None
                and previous[1] is not None
                and (
                    re.fullmatch(
                        r"\s*(?:,|and|or|si|,\s*and)\s*(?:later\s+|then\s+|subsequently\s+|ulterior\s+)?",
                        gap,
                    )
                    or (
                        outcome in (OutcomeKind.CHARGED, OutcomeKind.CONVICTED)
                        and previous_outcome in _BEFORE_CHARGE
                        and _LATER_COORDINATION.fullmatch(gap) is not None
                        and not any(previous[0] <= c.start < v_start and c is not previous[1] for c in chains)
                    )
                )
            ):
                target = previous[1]
                if target is not None and not _compatible(outcome, target):
                    target = None
            else:
                target = _subject(s, chains, verbs, v_start, outcome, v_end)
        if target is None and outcome in _SUSPECT_OUTCOMES:
            # "Tribunalul l-a condamnat", "polițiștii au reținut-o": a pronoun for one person
            clitic = _ONE_PERSON_CLITIC.search(s, max(0, v_start - 12), v_start) or (
                _ONE_PERSON_CLITIC_AFTER.match(s, v_end)
            )
            if clitic is not None:
                target = _Phrase(clitic.start(), clitic.end(), 1, "person", None, False, "singular")
        if (
            target is not None
            and target.kind == "bare"
            and outcome is OutcomeKind.VICTIMS
            and s[v_start:v_end] in ("trafficking", "exploiting")
        ):
            target = None
        if (
            target is not None
            and target.kind == "anaphor"
            and outcome in _SUSPECT_OUTCOMES
            and _named_objects(text, start + target.end, start + len(s))
        ):
            target = None  # "arestarea preventivă a inculpaților Ion Popa și Maria Lungu": the names count
        subject_name = None
        named: list[str] = []
        aux_text = ""
        if (
            target is None
            and outcome is not OutcomeKind.PREMISES_SEARCHED
            and outcome is not OutcomeKind.OFFICERS
        ):
            aux = _AUX.search(s[max(0, v_start - 40) : v_start])
            if vocative := _vocative_names(text, start, start + v_start):
                named = vocative
            elif aux is None and _SUBJECT_VERB.match(s, v_start):
                # "Shahid Rahman, 49, admitted a charge": an active verb with its own subject.
                subject_name = _named_subject(text, start, start + v_start)
            elif aux is not None and (
                listed := _named_subject_list(text, start, start + v_start - len(aux.group()))
                if _PLURAL_AUX.search(aux.group())
                else []
            ):
                named = listed
            elif (
                aux is not None
                and re.search(r"\b(?:was|has|had|is|a|been|fost)\b", aux.group())
                # "Egypt has arrested a gang": an active perfect names who arrested
                and not (re.fullmatch(r"\s*(?:has|had|have)\s*", aux.group()) and _HAS_OBJECT.match(s, v_end))
            ):
                subject_name = _named_subject(text, start, start + v_start - len(aux.group()))
                aux_text = aux.group()
            if not subject_name and outcome in _SUSPECT_OUTCOMES:
                named = named + _named_objects(text, start + v_end, start + len(s))
            if (
                not named
                and not subject_name
                and outcome in _SUSPECT_OUTCOMES
                and aux is None
                and (pronoun := _ONE_PRONOUN_OBJECT.match(s, v_end))
            ):
                # "police, who arrested him in December": one person, as "he was arrested" is
                subject_name = "he" if pronoun.group(1) == "him" else "she"
            if (
                not named
                and not subject_name
                and outcome in _SUSPECT_OUTCOMES
                and previous is not None
                and _LATER_COORDINATION.fullmatch(s[previous[0] : v_start])
            ):
                named = previous_named  # "X, Y and Z were arrested and charged": the same people
            # each person named with the verb counts once ("X and Y were jailed", "arrested X")
            a, b = start + v_start, start + v_end
            for name in [*named, subject_name] if subject_name else named:
                attrs = {"counts": outcome.value, "sentence": index, "subject": name}
                if name == subject_name and _ADDITIVE.search(aux_text):
                    attrs["additive"] = True
                out.append(Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.6, attrs))
            if (
                not named
                and not subject_name
                and outcome is OutcomeKind.ARRESTED
                and _ONE_ARREST_AFTER.match(s, v_end)
                and not _PLURAL_BEFORE.search(s, max(0, v_start - 60), v_start)
            ):
                # an officer's log: "NGUYEN arrested on suspicion of …", "Arrested 0205 hrs for …":
                # one person, whoever the note is about (no name is read off the verb)
                target = _Phrase(v_start, v_end, 1, "person", None, False, "person")
        if target is not None and outcome is OutcomeKind.VICTIMS and _suspect_group(s, target):
            target = None  # "au identificat 13 persoane care ar fi racolat …": the recruiters
        if target is not None and outcome is OutcomeKind.PREMISES_SEARCHED and target.start >= v_end:
            # "executed search warrants at two residences in Toledo and a storage unit in Perrysburg"
            target.value += _more_premises(s, target.end)
        along = _ALONG_WITH.match(s, v_end) if outcome in _SUSPECT_OUTCOMES else None
        companions = next((c for c in chains if along and c.start == along.end() and c is not target), None)
        if companions is not None and _compatible(outcome, companions):
            # "Popescu was arrested along with a man and a woman": the subject and the others, one
            # group (so a headline's "three arrested" is the same three, not three more)
            if target is None:
                subject_count = len(named) + bool(subject_name)
            else:
                subject_count = target.value if target.end <= v_start else 0
            if subject_count:
                target = replace(companions, value=companions.value + subject_count, additive=False)
        if target is not None:
            # "police separately arrested a man", "officers also rescued two boys": more people
            more = target.start >= v_end and bool(_MORE_BEFORE_VERB.search(before_verb))
            questioned = outcome is OutcomeKind.DETAINED and bool(_QUESTIONED.search(s, v_start, v_end))
            emit(target, outcome, conf, more=more, questioned=questioned)
        previous = (v_end, target, v_start)
        previous_outcome = outcome
        previous_named = [] if target is not None else [*named, *([subject_name] if subject_name else [])]

    # "Three of the six victims lived in a trailer": whatever the part did, the whole were victims
    for c in chains:
        for part in c.parts or [c]:
            if part.head in _VICTIM_HEADS and part.whole is not None and part.whole > part.value:
                a, b = start + part.start, start + part.end
                attrs = {"counts": OutcomeKind.VICTIMS.value, "sentence": index}
                out.append(Mention("count", (a, b), text[a:b], int(part.whole), EXTRACTOR, 0.6, attrs))
    # Phrases no verb claimed: officers, arrests, searches and victims count by their head alone.
    for c in chains:
        if id(c) in counted:
            continue
        if c.kind == "officer":
            emit(c, OutcomeKind.OFFICERS, 0.7)
        elif c.kind == "arrests":
            emit(c, _arrest_kind(c.head), 0.7)
        elif c.kind == "premises" and _SEARCHES_AT.search(s[max(0, c.start - 40) : c.start]):
            continue  # "patru percheziții, la trei imobile și un hotel": where the searches were
        elif c.kind == "premises" and _SUBSET.search(s, max(0, c.start - 20), c.start):
            continue  # "at five locations, including two homes": part of the places counted
        elif c.kind == "premises" and (
            _RAID_HEAD.fullmatch(c.head)
            or _RAID_CUE.search(s[max(0, c.start - 90) : c.start])
            or _RAIDED_AFTER.match(s[c.end : c.end + 40])
            or any(
                d.kind == "premises"
                and id(d) in counted
                and _LISTED_PREMISES_GAP.fullmatch(s, d.end, c.start)
                and not _VERB_RE.search(s, d.end, c.start)
                and not _SUBSET.search(s, max(0, d.start - 20), c.start)  # "…, including two homes and …"
                for d in chains
            )
        ):
            # "raids … took place at 16 addresses", "an inspection of four factories"
            emit(c, OutcomeKind.PREMISES_SEARCHED, 0.6)
        elif c.kind == "person" and c.head in _VICTIM_HEADS:
            emit(c, OutcomeKind.VICTIMS, 0.6)
        elif c.kind == "person" and _suspect_group(s, c):
            # no outcome, but the group a later "reținerea acestora" refers to
            a, b = start + c.start, start + c.end
            attrs = {"group": "suspects", "sentence": index}
            out.append(Mention("count", (a, b), text[a:b], int(c.value), EXTRACTOR, 0.5, attrs))

    # One place raided, written without a number ("a huge raid on a home in Iver"), or added to
    # counted ones ("raided four houses and a car wash").
    counted_premises = [
        c.end
        for c in chains
        if c.kind == "premises" and any(m.span == (start + c.start, start + c.end) for m in out)
    ]
    raids = [
        *_A_RAID.finditer(s),
        *_OPERATION_AT.finditer(s),
        *_ONE_OF_SEVERAL.finditer(s),
        *_DURING_A_SEARCH.finditer(s),
    ]
    one_premises = list(_ONE_PREMISES.finditer(s))
    second_places = [more for m in one_premises if (more := _AND_ONE_MORE_PLACE.match(s, m.end()))]
    singles = (
        one_premises
        + second_places
        + list(_PLACE_SEARCHED.finditer(s))
        + list(_RAIDED_IT.finditer(s))
        + list(_ENTERED_WITH_WARRANT.finditer(s))
        + raids
        + [
            m
            for m in _ONE_MORE_PREMISES.finditer(s)
            if any(0 <= m.start() - end <= 2 for end in counted_premises)
        ]
    )
    # a warrant counts only where no place searched is told with it ("executed a search warrant at
    # the home" is the home)
    singles += [
        m
        for m in _A_SEARCH_WARRANT.finditer(s)
        if not any(x.start() < m.end() + 40 and m.start() < x.end() for x in singles)
        and not any(m.start() <= c.start < m.end() + 40 for c in chains if c.kind == "premises")
    ]
    for m in singles:
        if any(c.start <= m.start("place") < c.end for c in chains):
            continue
        attrs = {"counts": OutcomeKind.PREMISES_SEARCHED.value, "sentence": index, "single": True}
        if m.re is _PLACE_SEARCHED or m in second_places:
            attrs["additive"] = True  # "an address in Birmingham was searched the same morning": one more
        if m in raids:
            attrs["subset"] = True  # "searched four houses after the raid": the raid is those four
        a, b = start + m.start("place"), start + m.end("place")
        out.append(Mention("count", (a, b), text[a:b], 1, EXTRACTOR, 0.5, attrs))

    for a, b, years in _sentence_years(s, index):
        attrs = {"counts": OutcomeKind.SENTENCE_YEARS.value, "sentence": index}
        out.append(
            Mention(
                "count", (start + a, start + b), text[start + a : start + b], years, EXTRACTOR, 0.8, attrs
            )
        )
    return out


# Romanian groups of suspects named before any outcome: "patru persoane, cu vârste între 18 și 56
# de ani, cercetate pentru…", "13 persoane…, care ar fi racolat…", "grupare formată din patru persoane".
_SUSPECT_AFTER = re.compile(
    r"\s*\)?\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,.;]{0,60},\s*)?"
    r"(?:cercetat|suspectat|banuit|acuzat|invinuit|anchetat)\w*"
    r"|[^.;]{0,70}?,\s*care (?:ar fi|au|si-ar fi|si-au)\s+(?:\w+\s+)?(?:racolat|recrutat|traficat|exploatat|"
    r"obligat|constituit|transportat|vandut|initiat|coordonat)\b"
)
_SUSPECT_BEFORE = re.compile(
    r"\b(?:grup\w*|retea|retele|retelei|banda|bande)\s+(?:[a-z]+\s+)?(?:formata|formate|compusa|"
    r"alcatuita|constituita) din\s+$"
)
# Romanian communiqués take people "la audieri" / "la sediul DIICOT" and then detain some of them:
# the ones taken for questioning are detained only when no detention is counted
_QUESTIONED = re.compile(r"\b(?:audier\w*|la sediul)\b")
# "Față de nouă inculpați s-a dispus măsura reținerii", "față de patru dintre acestea procurorii au
# dispus reținerea": the number before the measure
_MEASURE_FOR = re.compile(
    rf"\bfata de (?P<num>{_NUM})(?: (?:dintre (?:acestea|acestia|ele|ei|cei|cele|care)|inculpati|inculpate|"
    r"persoane|suspecti|suspecte|barbati|femei))?,?(?: (?:procurorii|judecatorul|instanta|magistratii))?"
    r"(?: (?:au|a|s-a|s-au))?(?: fost)? (?:dispus\w*|luat\w*|dispunand)(?: (?:masura|masurile))?"
    r" (?P<what>retiner\w*|arest\w* preventiv\w*)"
)


def _within(mention: Mention, others: list[Mention]) -> bool:
    """Whether another count of the same outcome already holds this one's words."""
    a, b = mention.span
    kind = mention.attributes["counts"]
    return any(o.attributes.get("counts") == kind and o.span[0] <= a and b <= o.span[1] for o in others)


def _measures_for(text: str, folded: str, start: int, end: int, index: int) -> list[Mention]:
    """Detentions and pre-trial arrests ordered "față de N" people (Romanian communiqués)."""
    out = []
    for m in _MEASURE_FOR.finditer(folded, start, end):
        value = parse_number(m.group("num"))
        if not value:
            continue
        kind = OutcomeKind.DETAINED if m.group("what").startswith("retiner") else OutcomeKind.ARRESTED
        attrs = {"counts": kind.value, "sentence": index}
        a, b = m.span("num")
        out.append(Mention("count", (a, b), text[a:b], int(value), EXTRACTOR, 0.6, attrs))
    return out


# "the suspects will be charged", "is expected to be sentenced": not done yet
_NOT_YET = re.compile(
    r"\b(?:will|would|could|may|might|shall|(?:expected|set|due|likely|going) to)\s+"
    r"(?:also\s+|now\s+|soon\s+)?be\s+$"
)
# (a proposal the judges granted is a decision: "au admis propunerea de arestare preventivă")
_PROPOSED = re.compile(
    r"(?<!admis )(?<!admisa )(?<!aprobat )\b(?:propunere\w*|cerere\w*|solicitare\w*) (?:de|privind)\s+$"
)
_SEARCHES_AT = re.compile(r"\bperchezitii(?: domiciliare)?\s*,?\s*(?:la|in)\s+$")


def _suspect_group(s: str, c: _Phrase) -> bool:
    """A Romanian person phrase that names the suspects ("cinci persoane cercetate pentru…")."""
    if c.kind != "person" or c.head in _VICTIMISH:
        return False
    return bool(
        _SUSPECT_AFTER.match(s, c.end, min(len(s), c.end + 140))
        or _SUSPECT_BEFORE.search(s, max(0, c.start - 50), c.start)
    )


# "arrested him", "charged her on Friday" (not "her husband": a possessive opens another phrase)
_ONE_PRONOUN_OBJECT = re.compile(
    r"\s+(him|her)\b(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|after|for|over|and|last|this|early|late|yesterday|"
    r"today|outside|near|as|while|when|during|with|without|under|shortly|soon|two|three|a few)\b)"
)
# what follows "arrested" when one person's arrest is logged
_ONE_ARREST_AFTER = re.compile(
    r"\s+(?:on suspicion of|(?:at )?\d{3,4}(?:\s?hrs)?\b|under s(?:ection|\.)\s?\d|"
    r"for (?:material benefit|(?:human )?trafficking|modern slavery|the offences?)\b)"
)
# … unless more people are the subject: "they were arrested on suspicion of", "both men arrested"
_PLURAL_BEFORE = re.compile(
    r"\b(?:they|both|all|were|are|have been|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b[^.;:\n]*$"
)
# Romanian object pronouns for one person, before the verb ("l-a condamnat", "l-au arestat") or
# joined after it ("a reținut-o")
_ONE_PERSON_CLITIC = re.compile(r"\bl-(?:a|au)\s+(?:mai\s+)?$")
_ONE_PERSON_CLITIC_AFTER = re.compile(r"-o\b")
_THEM_AFTER = re.compile(r"\s+(?:them|all of them|both of them|pe toti|pe acestia)\b")
# "Popescu was arrested in October along with a man and a woman": people besides the subject
_ALONG_WITH = re.compile(
    r"\s+(?:(?:in|on|at|last) [\w-]+(?: [\w-]+)?\s+)?(?:along with|alongside|together with|impreuna cu)\s+"
)
_COORDINATED = re.compile(r"\s*,?\s*(?:and|or|si)\s+(?:\w+ly\s+|then\s+|later\s+)?")


def _shares_object(s: str, verbs: list[tuple[int, int, OutcomeKind]], v_end: int, c: _Phrase) -> bool:
    """ "arrested and charged five executives": a verb coordinated with the next one shares its
    object, when that object suits both."""
    for v2_start, v2_end, outcome2 in verbs:
        if v2_start < v_end or v2_end > c.start:
            continue
        return bool(
            _COORDINATED.fullmatch(s, v_end, v2_start)
            and _OBJECT_GAP.match(s[v2_end : c.start])
            and _compatible(outcome2, c)
        )
    return False


_INCLUDED_BEFORE = re.compile(r",\s*(?:including|among them)\s+$")


def _subject(
    s: str,
    chains: list[_Phrase],
    verbs: list[tuple[int, int, OutcomeKind]],
    v_start: int,
    outcome: OutcomeKind,
    v_end: int,
) -> _Phrase | None:
    """The nearest compatible phrase before a passive (or headline) verb in the same clause.

    Walks back over phrases that cannot be the subject ("… found at three of the properties and
    have been safeguarded"), and over outcome verbs inside a relative clause ("seven members of a
    gang that trafficked … have been jailed").
    """
    # a "while" or "but" inside a relative clause set off by commas ("X, who let the houses while
    # knowing their use, pleaded guilty") breaks that clause only: blank it, offsets kept
    main_clause = _COMMA_RELATIVE.sub(lambda m: "," + " " * (len(m.group()) - 2) + ",", s)
    for c in reversed([c for c in chains if c.end <= v_start]):
        gap = s[c.end : v_start]
        # "six men denied the charges, but were found guilty": "but" and no new subject
        same_subject = _BUT_SAME_SUBJECT.search(gap)
        checked = main_clause[c.end : v_start]
        checked = checked[: same_subject.start()] if same_subject else checked
        if len(gap) > (220 if _RELATIVE.search(gap[:20]) else 140) or _CLAUSE_BREAK.search(checked):
            return None
        if (
            not _compatible(outcome, c)
            or _IN_RELATIVE.search(s[max(0, c.start - 40) : c.start])
            # "Two women, including the children's aunt, were arrested": the group is the subject
            or (_INCLUDED_BEFORE.search(s, max(0, c.start - 20), c.start) and gap.lstrip().startswith(","))
            # "three people suspected of subjecting a woman to servitude were arrested": the woman
            # is inside the reduced clause; its subject is the people before it
            or _IN_REDUCED_RELATIVE.search(s[max(0, c.start - 70) : c.start])
            or (
                outcome is not OutcomeKind.PREMISES_SEARCHED
                and re.search(r"\bof\s*$", s[max(0, c.start - 5) : c.start])
                # "one of three people arrested": the group itself is the subject
                and not _MEMBER_OF.search(s[max(0, c.start - 10) : c.start])
                # "the departure of 10 workers who were being trafficked": their own clause
                and not re.match(r"\s*,?\s*(?:who|that|which)\b", gap)
            )
        ):
            # "A husband and wife who kept a vulnerable man … have been jailed": the man is the
            # object inside the relative clause, the couple is the subject.
            continue
        # "denied accusations of trafficking": a verb form after "of" or "for" is a noun here
        inner = [
            vs
            for vs, _, _ in verbs
            if c.end <= vs < v_start and not _NOUN_USE.search(s[max(0, vs - 20) : vs])
        ]
        if inner and not (
            _RELATIVE.search(s[c.end : inner[0]])
            or _REDUCED_RELATIVE.match(s, c.end)
            or s[c.end : inner[0]].rstrip().endswith(",")
        ):
            # An outcome verb between them ends the subject's reach, unless it sits in a relative
            # clause or a participle set off by commas ("11 persons, exploited …, were recovered").
            return None
        aux = _AUX.search(gap)
        if aux is None:
            # Headline style "Three traffickers arrested, 14 victims freed": the verb follows
            # directly and has no object of its own ("Nowicki, 47, recruited the men" is active).
            if _SUBJECT_VERB.match(s, v_start) and _MODIFIER_GAP.fullmatch(gap) and c.kind != "bare":
                return c  # "51 women from poor families fell victim to …": a modifier, then the verb
            if c.kind != "bare" and re.fullmatch(r" [a-z]+ ", gap) and demonym_code(gap.strip()):
                gap = " "  # "doi cetățeni români au pledat vinovați": a nationality after its noun
            if _SUBJECT_VERB.match(s, v_start) and _WHO_GAP.fullmatch(gap) and c.kind != "bare":
                return c  # "the 13 defendants who stood trial": the relative's own subject
            if c.start == 0 and c.kind != "bare" and _HEADLINE_ORIGIN.fullmatch(gap):
                return c  # a headline: "14 băieți din Bacău, salvați dintr-o spălătorie auto"
            if gap.strip(" ,'\"") or (c.kind == "bare" and len(gap) > 1):
                return None
            if _HAS_OBJECT.match(s, v_end) and not _SUBJECT_VERB.match(s, v_start):
                return None
            return c
        if c.kind == "bare" and len(gap) > 40:
            return None
        if not _PASSIVE.search(aux.group()) and not _SUBJECT_VERB.match(s, v_start):
            # "cei doi au racolat nouă bărbați": an active perfect; its subject is the recruiter.
            return None
        return c
    return None


# a verb form after "of" or "for" is a noun: "accusations of trafficking", "suspects of human trafficking"
_MEMBER_OF = re.compile(r"\b(?:one|two|each|both|all|any|none) of\s*$")
_NOUN_USE = re.compile(r"\b(?:of|for)\s+(?:(?:human|sex|labou?r|child|people|organ)\s+)?$")
_BUT_SAME_SUBJECT = re.compile(
    r",?\s*\bbut\s+(?:(?:later|then|eventually|were later)\s+)?(?:were|was|have been|had been|are|is)\s+"
    r"(?:[a-z]+ly\s+)?(?:found\s+)?$"
)


def _names_in(text: str, chain: _Phrase, a: int, b: int) -> list[str]:
    """The people a counted phrase names, or the one a lone role stands beside."""
    named = [_name_of(n.group()) for n in _NAMED_PERSON.finditer(text, a, b)]
    if not named and chain.kind == "singular" and len(chain.parts) <= 1:
        # "Ion Varga, 45, of Derby, the ringleader, admitted": the role stands beside the name
        beside = _NAMED_BEFORE_ROLE.search(text, max(0, a - 100), a)
        named = [_name_of(beside.group("named"))] if beside else []
    return named


_NAMED_BEFORE_ROLE = re.compile(rf"(?P<named>{_NAMED_PERSON.pattern})(?:\s*(?:of|from)\s[^,;]{{1,40}},)?\s*$")
_COMMA_RELATIVE = re.compile(r",\s*(?:who|whom)\s[^;,]{1,120}?,")
_PASSIVE = re.compile(
    r"\b(?:were|was|been|being|are|is|got|get|be|fost|sunt|fi|fusesera|s-au|s-a|erau|era)\b"
)
# Verbs whose grammatical subject is what they count even in the active voice.
# "… from poor families fell victim", "Jordan Keeley, 27, of Walton, admitted", "X, who rented the
# flat, pleaded guilty"
# (up to three modifiers in a row: "Darren Cole, 52, of Hull, who let the houses, pleaded guilty";
# an appositive too: "Tom Ray, 41, of Hull, the organiser, admitted")
_MODIFIER_GAP = re.compile(
    # (an age in apposition too: "The woman, 38, faces charges")
    r"(?:\s*,\s*\d{1,2}\s*,|\s+(?:(?:from|of|in|at|aged|with)\s[^,;]{1,50}?,?|(?:who|whom)\s[^;]{1,120}?,"
    r"|(?:the|a|an|his|her|their)\s[^,;]{1,40},)){1,3}\s+"
)
_WHO_GAP = re.compile(r"\s*,?\s*(?:who|that)\s+")
# a headline's group with where it is from, or with what it is in apposition ("Două tinere, posibile
# victime ale traficului de persoane, depistate la PTF Nădlac")
_HEADLINE_ORIGIN = re.compile(
    r"\s+(?:from|of|din|de la)\s[^,;]{1,40},\s*"
    r"|(?:,\s*(?:dintre|din) care [^,;]{1,30})?,\s*"
    r"(?:(?:possible|potential|presumed|suspected|posibile|potentiale|presupuse) )?"
    r"(?:victims of|victime ale)\s[^,;]{1,40},\s*"
)
_SUBJECT_VERB = re.compile(
    r"(?:pleaded|pled|admitted|den(?:y|ied|ies) (?:the|all) charges|entered guilty|received|took part|"
    r"taking part|participated|fell prey|appeared|"
    r"st(?:ood|and|ands|anding) trial|(?:went|go|goes|gone) on trial|"
    r"fac(?:e|es|ing) |fell victim|fallen (?:prey|victim)|c[ao]me forward|coming forward|"
    r"au participat|au actionat|deployed|involved|part of|recunoscut|entered (?:the )?(?:[\w'’]+ )?"
    r"(?:national referral mechanism|nrm))"
)


# Places raided one at a time, written without a number.
_ONE_PLACE = (
    r"home|house|property|address|flat|apartment|farm|factory|brothel|building|warehouse|salon|"
    r"nail bar|car wash|kiln|hotel|motel|residence|facility|(?:night ?)?club|(?:massage )?parlou?r|spa|"
    r"guesthouse|restaurant|bar|hideout|office|compound|den|camp|site|yard|workshop|shop|caravan|"
    r"shelter|hostel|dormitory|villa|bungalow|cottage|mansion|barn|plant|cantina|smallholding|ranch|"
    r"plantation|garage|depot|mill|quarry|laundry|bakery|pub|inn|tavern|canteen|karaoke"
)
# Whose place it was: "Daley's home", "the Corderos' home"
_POSSESSOR = r"[a-z]+(?:['’]s|s['’])"
# The next place in a list of places searched: its town after the last one, "and", and its article.
_AND_NEXT_PLACE = (
    r"(?P<gap>\s+(?:in|at|near|on)\s+[^,;.]{1,40}?)?,?\s+(?:and|as well as|plus)\s+(?P<at>at\s+|on\s+)?"
    r"(?:an?|one|the|another|a (?:second|third|fourth|fifth)"
)
# after searched places and their town: "… and a storage unit in Perrysburg", "… and at a third property"
_AND_MORE_PREMISES = re.compile(
    _AND_NEXT_PLACE + r")\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_ONE_PLACE}|premises|location|unit|greenhouse|venue|business|sauna)\b"
)


# the same with the place named: "searched a hand car wash and a nearby house", "executed warrants at
# the salon and at the Bucknall address"
_AND_ONE_MORE_PLACE = re.compile(
    _AND_NEXT_PLACE + rf"|{_POSSESSOR})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<place>{_ONE_PLACE}|premises)\b(?!\s*(?:owners?|managers?|staff)\b)"
)


# the next place left unnamed, by its ordinal: "raids on two houses in Puebla and a third in Tlaxcala"
_AND_AN_ORDINAL_PLACE = re.compile(
    r"(?:\s+(?:in|at|near|on)\s+[^,;.]{1,40}?)?,?\s+(?:and|as well as|plus)\s+(?:at\s+)?"
    rf"a (?:{'|'.join(_ORDINALS[:5])})(?:\s+one)?\s+(?:in|at|near|on)\s"
)


def _more_premises(s: str, end: int) -> int:
    """One more searched place named after a counted number of them in the same clause (numbered
    ones, "… and five addresses in Bulgaria", are summed by the chains already)."""
    m = _AND_MORE_PREMISES.match(s, end)
    # "three flats and a house" is summed where the house is found on its own (_ONE_PREMISES)
    if m is None:
        return 1 if _AND_AN_ORDINAL_PLACE.match(s, end) else 0
    return 1 if m.group("gap") or m.group("at") else 0


# One raid, named by its noun: "during a police raid in Baghpat", "the raid was conducted", "rescued
# in a raid by officers". Plural raids without a number count nothing.
_A_RAID = re.compile(
    r"\b(?P<place>(?:a|the|this)\s+(?:(?:joint|police|dawn|surprise|pre-dawn|late-night|night|rescue|"
    r"major|large|coordinated|targeted|subsequent|sting)\s+){0,2}raid)\b(?!s)(?!\s+(?:on|at|of)\s+\d)"
)
# A search told only as when something was found: "agents found it in a drawer during a search in May"
_DURING_A_SEARCH = re.compile(
    r"\bduring\s+(?P<place>(?:a|the)\s+(?:police\s+|house\s+)?search)\b(?!\s+(?:of|for)\s+(?:the\s+|an?\s+|his\s+|"
    r"her\s+|their\s+)?(?:cars?|vehicles?|vans?|lorry|lorries|trucks?|boats?|databases?|records|phones?|online))"
)
# One place raided and named before: "the compound … when police raided it"
_RAIDED_IT = re.compile(r"\b(?:raided|stormed)\s+(?P<place>it)\b")
# "a force of 40 officers entered the farm with a search order"
_ENTERED_WITH_WARRANT = re.compile(
    rf"\bentered\s+(?:the|an?|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<place>{_ONE_PLACE})\s+with\s+(?:a|an)\s+"
    r"(?:search\s+)?(?:warrant|order)\b"
)
# One place raided: "raided a motel", "swooped on the property", "searched Daley's home address".
_ONE_PREMISES = re.compile(
    r"\b(?:raid(?:ed|s)?|search(?:ed|ing)?|stormed|swoop(?:ed)?(?: down)? on|forced entry (?:to|into)|"
    r"inspected|"
    # (no space of its own at the end: "executed a warrant at the site" has one space before "at")
    r"warrants?(?: (?:were|was))?(?: (?:executed|carried out))?"
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?)"
    r"\s+(?:(?:on|at|of|in)\s+)?(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?|"
    rf"(?:the|{_POSSESSOR}|his|her)\s+(?:[\w'’-]+\s+){{0,4}}?)"
    rf"(?P<place>{_ONE_PLACE}|premises|lodge)\b(?!\s*(?:owners?|managers?|staff)\b)"
)
# One more place searched, told on its own: "A second address, in Hulme, was searched", "an address in
# Birmingham was searched the same morning" (an indefinite place: not one counted before).
_PLACE_SEARCHED = re.compile(
    r"(?:^|[;,]\s*|\band\s+)(?:an?|another|one more)\s+(?:(?:second|third|fourth|further|separate)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<place>{_ONE_PLACE}|premises)\b(?:,?\s+(?:in|at|on|near)\s+[^,;.]{{1,40}}?,?)?"
    r"\s+(?:was|has been|had been|were)\s+(?:also\s+)?(?:raided|searched|inspected)\b"
)
# One place an operation went to: "a pre-dawn operation at the Portview Avenue massage parlour"; one of
# several places searched: "searched one of the accused's residences".
_OPERATION_AT = re.compile(
    rf"\b(?:operation|inspection|crackdown)\s+(?:at|on|of)\s+(?:the|a|an|his|her|their|{_POSSESSOR})\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?P<place>{_ONE_PLACE}|premises)\b(?!\s*(?:owners?|managers?|staff)\b)"
)
_ONE_OF_SEVERAL = re.compile(
    rf"\b(?:raid(?:ed)?|search(?:ed)?|stormed)\s+one\s+of\s+(?:the|his|her|their|{_POSSESSOR})\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<place>homes|houses|residences|properties|addresses|flats|apartments|farms)\b"
)
# One search warrant executed, where the text names no place: "police executed a search warrant"
_A_SEARCH_WARRANT = re.compile(
    r"(?:\b(?:executed|executing|served|serving|carried out|carrying out|conducted|conducting)\s+(?:a|one)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"|\b(?:a|one)\s+(?=search warrant\s+(?:was|had been|has been)\s+(?:also\s+)?"
    r"(?:executed|served|carried out)\b))"
    r"(?P<place>search warrant|warrant to search)\b"
)
# One more place after counted ones: "raided four houses and a car wash".
_ONE_MORE_PREMISES = re.compile(
    rf"(?:and|as well as|plus)\s+(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?P<place>{_ONE_PLACE})\b"
)
_RAID_HEAD = re.compile(
    r"search warrants|warrants|raids|searches|perchezitii(?: domiciliare)?|descinderi|"
    r"mandate(?: de perchezitie)?"
)
_RAID_CUE = re.compile(
    r"\b(?:raids?|raided|searche[sd]|search|warrants?|inspections?|inspected|stormed|swoops?|visited|"
    r"rescued|freed|"
    r"checked|targeted|"
    r"perchezitii|perchezitionat\w*|descinderi|descins)\b"
)
# "at four restaurants in Kansas City, Independence and Lee's Summit, Missouri, and at two residences":
# the next part of a list of places searched, after a long run of towns
_LISTED_PREMISES_GAP = re.compile(
    r"\s+(?:in|at|near|across)\s[^;.]{1,100}?,?\s+(?:and|as well as|plus)\s+(?:(?:at|in|on)\s+)?"
)
_RAIDED_AFTER = re.compile(
    r"^[^.;]{0,25}\b(?:were|was|have been|had been|au fost)\s+(?:raided|searched|perchezitionate)"
)
# a phrase inside a relative clause: "… who trafficked the women", "două tinere, dintre care una minoră"
_IN_RELATIVE = re.compile(
    r"\b(?:(?:who|that|which|whom|care)\s+(?:[a-z'-]+\s+){1,3}|(?:dintre|din) care\s+)$"
)
_HAS_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|them|him|its|these|those|\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|several|some|many|pe|o|un|doi|doua|trei)\b"
)
# "police identified five men believed to be connected to the trafficking": found, but as suspects
# ("women believed to have been trafficked" are the victims)
_SUSPECTING = r"(?:suspected|accused|alleged|believed|thought)"
_SUSPECTED_AFTER = re.compile(
    rf"\s*,?\s+{_SUSPECTING}\s+(?:of|to)\b(?!\s+(?:be|have)\s+(?:been\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:victims?|trafficked|exploited|enslaved|forced|held|sold|abused)\b)"
)
# "two men suspected of trafficking women were arrested": a clause without "who"
_REDUCED_RELATIVE = re.compile(rf"\s+(?:{_SUSPECTING}|said)\s+(?:of|to)\b")
_RELATIVE = re.compile(r"\b(?:who|that|which|whom|whose|care|ce)\b")
_IN_REDUCED_RELATIVE = re.compile(rf"\b{_SUSPECTING}\s+(?:to\s+be|of\s+[a-z]+ing)\s+(?:[\w'’-]+\s+){{0,5}}$")


def _drop_questioned(per: dict[str, dict[int, list[Mention]]]) -> None:
    """People taken for questioning count as detained only when no detention is counted."""
    by_sentence = per.get(OutcomeKind.DETAINED.value)
    if not by_sentence or all(m.attributes.get("questioned") for ms in by_sentence.values() for m in ms):
        return
    for index, ms in list(by_sentence.items()):
        kept = [m for m in ms if not m.attributes.get("questioned")]
        if kept:
            by_sentence[index] = kept
        else:
            del by_sentence[index]


def summarise_counts(mentions: Iterable[Mention], stepwise: bool = False) -> dict[str, int | float | None]:
    """One value per outcome (OutcomeKind values as keys; "sentence_years" is the longest sentence).

    `stepwise` (Romanian reports) sums arrests told step by step (`_stepwise_arrests`).

    Within a sentence, parts of the same outcome are summed ("three homes … in addition to 12
    warrants" = 15). Across sentences the largest total wins, plus counts marked additive ("a
    further man was also arrested") and distinct named individuals when they add up to more.
    Victims take the largest explicit total only. Mentions marked "total" (added by
    `find_counts`) already hold the answer.
    """
    per: dict[str, dict[int, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    stated_none: set[str] = set()
    for m in mentions:
        if m.kind != "count":
            continue
        if m.attributes.get("none"):
            stated_none.add(str(m.attributes.get("counts", "")))
            continue
        per[m.attributes.get("counts", "")][m.attributes.get("sentence", -1)].append(m)
    _drop_questioned(per)
    victims = per.get(OutcomeKind.VICTIMS.value)
    if victims:
        _keep_described_only_alone(victims)
    result: dict[str, int | float | None] = {k.value: None for k in OutcomeKind}
    for outcome in stated_none & result.keys():
        if outcome not in per:
            result[outcome] = 0  # "no arrests have been made" and no count of arrests anywhere
    for outcome, by_sentence in per.items():
        if outcome not in result:
            continue
        if stepwise and outcome == OutcomeKind.ARRESTED.value:
            people = float(_distinct_people(_people_named(by_sentence)))
            value = max(_stepwise_arrests(by_sentence) or 0.0, people)
            result[outcome] = int(value) if value else None
            continue
        marked = [m.value for ms in by_sentence.values() for m in ms if m.attributes.get("total")]
        if marked:
            result[outcome] = max(marked)
            continue
        if outcome == OutcomeKind.SENTENCE_YEARS.value:
            result[outcome] = max(float(m.value) for ms in by_sentence.values() for m in ms)
            continue
        totals: list[float] = []
        names = _people_named(by_sentence)
        pronoun = False
        last = 0.0  # the latest plain total: what "a further seven" adds to
        running: float | None = None
        for _index, ms in sorted(by_sentence.items()):
            plain = [m for m in ms if "subject" not in m.attributes and not m.attributes.get("additive")]
            added = 0.0
            nth = 0.0
            for m in ms:
                subject = m.attributes.get("subject")
                if subject:
                    pronoun = pronoun or subject in _PRONOUN_SUBJECTS
                elif m.attributes.get("additive") and m.attributes.get("ordinal") and totals:
                    # "a third man was charged" after two were: three; with no count before, the
                    # ordinal numbers a group ("a third defendant has admitted"): one more
                    nth = max(nth, float(m.attributes["ordinal"]))
                elif m.attributes.get("additive"):
                    added += m.value
            if plain:
                values = [m.value for m in plain]
                if outcome == OutcomeKind.VICTIMS.value:
                    total = max(values)
                else:
                    # "one of them was later detained" is inside a group, never added to it.
                    whole = [m for m in plain if not m.attributes.get("subset")] or plain
                    vals = [v for _, v in dict.fromkeys((m.span, m.value) for m in whole)]
                    biggest = max(vals)
                    rest = sum(vals) - biggest
                    total = biggest if rest == 0 or biggest == rest else biggest + rest
                totals.append(total)
                last, running = total, None
            if added:
                # "Fifteen women were freed in Madrid. A further seven were found in Valencia."
                running = (running if running is not None else last) + added
                totals.append(running)
            if nth:
                running = max(running if running is not None else last, nth)
                totals.append(running)
        best = max(totals) if totals else 0.0
        named = float(_distinct_people(names)) or (1.0 if pronoun and not totals else 0.0)
        # "A 72 year old … was charged. A 33 year old … was charged.": two people, one per sentence
        ages = {
            age
            for ms in by_sentence.values()
            for m in ms
            if not m.attributes.get("subset")
            for age in ([m.attributes["age"]] if "age" in m.attributes else m.attributes.get("ages", []))
        }
        aged = float(len(ages)) if outcome in _SUSPECT_VALUES else 0.0
        value = max(best, named, aged)
        # "arrested Rattanakul and Lam … A third person was arrested": the ordinal after the people
        # named before it numbers them all
        ordinals = [
            float(m.attributes["ordinal"])
            for ms in by_sentence.values()
            for m in ms
            if m.attributes.get("additive") and m.attributes.get("ordinal")
        ]
        if ordinals and named and named >= max(ordinals) - 1:
            value = max(value, max(ordinals))
        lead = _lead_value(outcome, by_sentence)
        if lead is not None:
            value = lead
        result[outcome] = int(value) if value else None
    return result


def _keep_described_only_alone(by_sentence: dict[int, list[Mention]]) -> None:
    """Described groups count the victims only when no other count does: the first one then, and a
    group before a one-person story."""
    told = any(not m.attributes.get("described") for ms in by_sentence.values() for m in ms)
    described = [m for ms in by_sentence.values() for m in ms if m.attributes.get("described")]
    for index in list(by_sentence):
        by_sentence[index] = [m for m in by_sentence[index] if not m.attributes.get("described")]
        if not by_sentence[index]:
            del by_sentence[index]
    if not told and described:
        first = min(described, key=lambda m: (bool(m.attributes.get("story")), m.span[0]))
        by_sentence[first.attributes["sentence"]] = [first]


def _lead_value(outcome: str, by_sentence: dict[int, list[Mention]]) -> float | None:
    """Where a report gives several different counts of one outcome, the one its lead states.

    News puts the case's figures first; later sentences bring parts, other cases and background
    that the largest-total rule picks up by mistake. Measured on pages unseen while the rules were
    written (benchmarks/RESULTS.md, sixth session): victims taken as the largest count of the first
    two sentences that count any, arrests as the first count (plus later ones marked as more), were
    right more often than the largest total. A total the text states ("a total of 33") wins
    wherever it stands. Other outcomes keep the largest total.
    """
    if outcome not in (OutcomeKind.VICTIMS.value, OutcomeKind.ARRESTED.value):
        return None
    every = [m for ms in by_sentence.values() for m in ms]
    if len({m.value for m in every}) < 2:
        return None
    plain = [
        m
        for m in every
        if m.attributes.get("sentence") is not None
        and "subject" not in m.attributes
        and not m.attributes.get("additive")
    ]
    if not plain:
        return None
    stated = [m.value for m in plain if m.attributes.get("hedge") in _TOTAL_HEDGES]
    if stated:
        return float(max(stated))  # "a total of 33 children have been rescued": the text sums it up
    if outcome == OutcomeKind.ARRESTED.value:
        # arrests add up over a report ("a third man was arrested on Tuesday"); victims marked as
        # more of the same ("five further victims") were wrong more often than right to add
        lead = min(plain, key=lambda m: (m.attributes["sentence"], m.span[0]))
        more = [m for m in every if m.attributes.get("additive") and m.span[0] != lead.span[0]]
        # more arrests add wherever they are told, even before the lead ("Alți doi membri … au fost
        # arestați în Germania"); "a third man was arrested" after it makes three, whether or not the
        # lead counted him already
        added = {(m.span, m.value) for m in more if not m.attributes.get("ordinal")}
        ordinals = [
            float(m.attributes["ordinal"])
            for m in more
            if m.attributes.get("ordinal") and m.span[0] > lead.span[0]
        ]
        return max([float(lead.value + sum(v for _, v in added)), *ordinals])
    first_two = sorted({m.attributes["sentence"] for m in plain})[:2]
    return float(max(m.value for m in plain if m.attributes["sentence"] in first_two))


_PRONOUN_SUBJECTS = frozenset({"he", "she", "el", "ea"})


def _people_named(by_sentence: dict[int, list[Mention]]) -> set[str]:
    """Everyone an outcome's mentions name (a pronoun names no one), folded for comparison."""
    names: set[str] = set()
    for ms in by_sentence.values():
        for m in ms:
            names.update(str(n).casefold() for n in m.attributes.get("names", ()))
            subject = m.attributes.get("subject")
            if subject and subject not in _PRONOUN_SUBJECTS:
                names.add(str(subject).casefold())
    return names


def _stepwise_arrests(by_sentence: dict[int, list[Mention]]) -> float | None:
    """Arrests as Romanian reports tell them: step by step, each step new people.

    "Doi bărbați au fost arestați în Scoția … Tribunalul Dolj a dispus arestarea preventivă a cinci
    dintre ele" is seven: arrests abroad, then the preventive arrest of some of those detained at
    home (the Romanian annotators sum them). A count told again (the same number) or a lone person
    adds nothing; a headline that later steps add up to ("Șase suspecți, arestați în Germania și în
    România" … four in Germany … two more) is the total.
    """
    seen: list[float] = []
    steps: list[float] = []
    for _index, ms in sorted(by_sentence.items()):
        plain = [m for m in ms if "subject" not in m.attributes and not m.attributes.get("total")]
        if not plain:
            continue
        new = any(m.attributes.get("additive") or m.attributes.get("subset") for m in plain)
        value = max(m.value for m in plain)
        repeated = bool(steps) and (value in seen or (value == 1 and not new))
        seen.append(value)
        if not repeated:
            steps.append(value)
    if not steps:
        return None
    lead, rest = steps[0], steps[1:]
    if len(rest) >= 2 and sum(rest) <= lead:
        return lead
    return lead + sum(rest)


_ORDINAL = re.compile(rf"\b(?:{'|'.join(_ORDINALS)})\b")
_TOTAL_HEDGES = frozenset({"a total of", "in total", "un total de"})


def _distinct_people(names: set[str]) -> int:
    """How many people the names are: "berki" is "tomas berki" named again by surname."""
    word_sets = [set(n.split()) for n in names]
    # a proper subset is never the set itself, so no need to skip the name's own entry
    return sum(1 for words in word_sets if not any(words < other for other in word_sets))


def count_summary(text: str, segments: list[Segment]) -> dict[str, int | float | None]:
    """Convenience: `summarise_counts(find_counts(text, segments))`."""
    return summarise_counts(find_counts(text, segments))
