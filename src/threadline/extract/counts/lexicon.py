"""The words counts are made of (English and Romanian, folded): person, officer and premises heads,
number phrases and their hedges, and the outcome verbs.
"""

from __future__ import annotations

import re

from threadline.extract.alternation import gate_alternatives, gated, scanned
from threadline.extract.lexicon import demonyms
from threadline.extract.textutil import NUMBER_RE
from threadline.taxonomy.vocabulary import OutcomeKind

EXTRACTOR = "counts"


_PERSON = (
    r"people|persons?|individuals?|men|women|man|woman|mens|womens|girls?|boys?|children|child|kids|minors?|teenagers?|"
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
    # trades of suspects: "two doctors and a nurse", "three lawyers"
    r"doctors|surgeons|physicians|pharmacists|lawyers|solicitors|clerks|midwives|mechanics|contractors|"
    r"couriers|fixers|tailors|barbers|hairdressers|waiters|intermediaries|middlemen|"
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
    r"parinti|adolescente|adolescenti|straini|lucratori|oameni|adulti|adultii|adulte|adultele|majori|majore|"
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
    r"laboratories|labs|"
    r"warehouses|kilns|camps|outlets|condominiums|locatii|case|apartamente|societati|firme|sedii|bars|clubs|"
    r"nightclubs|saunas|restaurants|greenhouses|spas|cluburi|baruri|parlou?rs|"
    r"entries and searches|entries|search warrants|warrants|raids|searches|sites|brothels|farms|"
    r"businesses|venues|places|"
    r"establishments|residences|dwellings|smallholdings|ranches|plantations|garages|depots|mills|pubs|"
    r"cantinas|hostels|villas|compounds|caravans|hotel rooms|motel rooms|plots|bunkhouses|trailers|cabins|"
    r"mobile homes|bedsits|outbuildings|"
    r"perchezitii(?: domiciliare)?|locuinte|imobile|adrese|mandate(?: de perchezitie)?|"
    r"descinderi|spatii"
)
_ARRESTS = r"arrests|arestari|retineri"
_SINGULAR = (
    r"man|woman|person|mother|father|husband|wife|son|daughter|brother|sister|relative|partner|"
    r"boyfriend|girlfriend|suspect|teenager|boy|girl|child|driver|owner|manager|ringleader|"
    r"captain|boss|employer|farmer|director|supervisor|foreman|agent|broker|recruiter|landlord|"
    r"cashier|guard|accountant|pastor|priest|imam|teacher|doctor|nurse|cook|chef|receptionist|"
    r"surgeon|physician|pharmacist|dentist|lawyer|solicitor|midwife|clerk|mechanic|contractor|"
    r"courier|fixer|tailor|barber|hairdresser|waiter|waitress|policeman|policewoman|"
    r"founder|chairman|chairwoman|president|proprietor|headteacher|skipper|subject|"
    r"bouncer|housekeeper|nanny|tenant|neighbou?r|friend|acquaintance|landlady|couple|pair|cuplu|trio|duo|"
    r"gangmaster|madam|operator|businessman|businesswoman|niece|nephew|grandmother|grandfather|"
    r"keeper|engineer|middleman|intermediary|overseer|sardar|caretaker|"
    r"stepfather|stepmother|teen|youth|juvenile|adult|student|worker|labourer|fisherman|"
    r"patronul|administratorul|proprietarul|seful|complicele|intermediarul|recrutorul|soferul|"
    r"femei|tinere|minore|barbat|tanar|"
    r"leader|accomplice|associate|uncle|aunt|cousin|defendant|individual|victim|"
    # "a Romanian national", not "the National Referral Mechanism" or "the national crime agency"
    r"national(?! (?:referral|crime|centre|center|agency|police|guard|authority|office|unit|hotline|"
    r"helpline|coordinator|rapporteur|task|committee|council|commission|service|human|anti|labou?r)\b)|"
    r"dealer|smuggler|trader|member|offender|perpetrator|criminal|fugitive|"
    r"pensioner|retiree|landowner|shopkeeper|restaurateur|hotelier|housewife|widow|millionaire|tycoon|"
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
    # the one held named in the genitive after the act: "reținerea bărbatului", "arestarea preventivă a
    # suspectului"
    r"(?:(?<=retinerea )|(?<=arestarea )|(?<=preventiva a )|(?<=preventive a )|(?<=condamnarea )|"
    r"(?<=pe numele ))"
    r"(?:barbatului|femeii|tanarului|tinerei|inculpatului|inculpatei|suspectului|suspectei|individului|"
    r"liderului|cetateanului|patronului|soferului|recrutorului|intermediarului|proprietarului)|"
    # kin named next in the genitive: "pe numele femeii și al fiului ei"
    r"(?<=si al )(?:fiului|sotului|concubinului|fratelui|tatalui|unchiului|nepotului)|"
    r"(?<=si a )(?:fiicei|sotiei|concubinei|surorii|mamei|nepoatei)|"
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
    # (not the end of "1 387", a number written with spaces between its thousands)
    rf"(?<![\w.,-])(?<!\d:)(?!(?<=\d\s)\d{{3}}(?!\d))(?:(?P<hedge>{_VAGUE}|{_FLOOR})\s+)?(?:(?P<all>all|the|both|those|these|cei|cele|celor)\s+)?"
    rf"(?P<num>{_NUM})(?![.,]?\d)(?!\s*(?:-|\s)\s*(?:de\s+)?(?:(?:year|years|month|months|week|weeks|day|days|hours?|ani|luni|zile|ore|saptamani|minute|per)\b|%))"
    # "36 out of the 69 fishermen": the first number is the count
    rf"(?:\s+(?:(?:out\s+)?of\s+(?:the|them|whom|these|those|their|his|her|its)(?:\s+total(?:\s+of)?)?|dintre)"
    rf"(?:\s+(?P<whole>{_NUM})(?![.,]?\d))?)?(?:\s+de)?"
    # ("58 residential and business premises": two kinds of one place)
    rf"(?P<mods>(?:{_MOD}|\s+and(?=\s+[\w-]+\s+(?:{_PREMISES})\b)){{0,4}}?)"
    rf"[\s-]+(?P<head>{_PERSON}|{_OFFICER}|{_PREMISES}|{_ARRESTS}|"
    rf"{_DEMONYM_PLURALS}(?!{_MOD}{{0,2}}[\s-]+(?:{_PERSON})\b))\b"
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
_AGED_ONE = gated(
    # (a noun after a hyphenated age is left to `_SING`; "a 72 year old man", spaced, is this one's)
    rf"(?<![\w-])(?:(?P<det>a|an|another|the)\s+\d{{1,2}}(?:-year-old\b(?!{_MOD}{{0,2}}[\s-]+"
    rf"(?:{_SINGULAR})\b)|\s+year[\s-]old\b)|(?<=\band )\d{{1,2}}-year-old\s+(?P<head>{_SINGULAR})\b"
    # "the man and woman in charge were arrested": the second noun shares the article
    r"|(?<=\bman and )woman\b|(?<=\bwoman and )man\b|(?<=\bhusband and )wife\b"
    r"|(?<=\bmother and )(?:son|daughter)\b|(?<=\bfather and )(?:son|daughter)\b)"
)
# A number with no noun: "Feds charge 12 in …", "18 arrested", "all eight had pleaded guilty".
_BARE = re.compile(
    rf"(?<![\w.,-])(?<!\d:)(?:(?P<hedge>{_VAGUE}|{_FLOOR})\s+)?(?:(?P<all>all|the|both|those|these|cei|cele|celor)\s+)?"
    rf"(?P<num>{_NUM})(?![.,]?\d)"
    # (a spaced dash opens who they were: "arrested the four - two Bolivians, a Peruvian and a Chilean -";
    # "10 - 12 hours" is a range, "ARREST 1 - PALMER" a note's numbering)
    r"(?=\s*(?:[,.;:!)]|$|\s+-\s+(?!\d)|\s(?:in|over|after|for|from|at|on|during|across|people|more|others|were|with|"
    # "All three denied the charges", "the nine now face charges", "ordered all three to stand trial"
    r"now|face|faces|denied|deny|pleaded|pled|admitted|appeared|stood|to stand trial|went on trial|"
    # "prosecutors send six to trial"; "three have been taken to prison and two placed under house arrest"
    r"to trial|placed|"
    r"have|has been filed|had|are|will|would|could|may|au|a fost|fusesera|fusese|erau|sunt|vor|din|la|"
    # (a judge's remarks speak to them: "All three of you were arrested on 9 May")
    r"of them|of those|of you|"
    # "the prosecutors have charged the three not only with kidnapping"
    r"not only|"
    r"of these|dintre ei|so far|"
    # "arresting 51 of the 87 involved"
    rf"of the (?:total )?(?:\d+|{_NUM})\b|of the (?:detained|arrested|detainees|arrestees)|"
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
    r"plus|including|,\s*including|comprising|namely|si|,\s*si|impreuna cu|,?\s*precum si|,\s*as well as|"
    r"inclusiv|"
    # genitives joined: "pe numele femeii și al fiului ei"
    r"si (?:al|a|ai|ale)|"
    r",\s*dintre care|,\s*among them)\s*$"
    # "doi cetățeni români și un cetățean american": a Romanian adjective follows its noun
    r"|^\s+[a-z]+[ie]\s*,?\s+si\s*$"
    # "a man (41) and a woman (36)": an age in brackets between the parts
    r"|^\s*\(\d{1,2}\)\s*,?\s*(?:and|along with|as well as|together with)\s*$"
    # "three women aged 46, 24 and 21 along with an 18-year-old man": ages between the parts
    r"|^\s*,?\s*aged\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,?\s*and\s+\d{1,2})?\s*,?\s*"
    r"(?:along with|as well as|together with|plus|and)\s*$"
    # "four girls aged 15 to 17 and three adult women": an age range between the parts
    r"|^\s*,?\s*aged\s+\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s*,?\s*"
    r"(?:and|along with|as well as|together with|plus)\s*$"
    # "arrested the two suspects, aged 22 and 24, on Friday evening, together with a 51-year-old man"
    r"|^\s*,?\s*(?:aged\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,?\s*and\s+\d{1,2})?\s*,\s*)?"
    r"(?:on|in|at|late on|early on)\s+[^,;]{1,30}?,\s*(?:along with|as well as|together with)\s*$"
    # "one woman in her 40s, and four men": an age in decades between the parts
    r"|^\s*in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+|mid-|early-|late-)?\d0s\s*,?\s*"
    r"(?:and|along with|as well as)?\s*$"
    # "… Florin Ene, 44, all of no fixed address, and Alina Popa, 25": where the ones before live
    r"|^\s*(?:all|both)\s+(?:of|from)\s+[^,;]{1,40},\s*and\s*$"
    # "the captain of one trawler, Somchai Phromsri, 47, and the broker"
    r"|^\s*,\s*[^,;]{1,40},\s*(?:\d{1,2}\s*,\s*)?(?:and|along with|as well as|si)\s*$"
    # "șapte minori, băieți și fete cu vârste între 8 și 15 ani, precum și cinci adulți"
    r"|^\s*,\s*[^,;]{1,60},\s*(?:as well as|precum si)\s*$"
    # "the director of a Nairobi recruitment firm and two of his employees"
    r"|^(?:\s+(?:of|from)\s+(?:an?|the|his|her|their))?\s+(?:[\w-]+\s+){0,3}(?:firm|company|agency|gang|"
    r"network|group|ring|business|farm|factory|restaurant|organi[sz]ation|syndicate|cartel|clan)\s+and\s*$"
)
_NAMED_PERSON = scanned(
    # (a nickname in quotes may follow a given name: 'Benigno "Benny" Soriano, 46,')
    r"(?<![\w-])(?:[A-ZĂÂÎȘŞȚŢ][\w'’-]+\s+(?:[\"“][A-Z][\w'’.-]*[\"”]\s+)?){1,3}[A-ZĂÂÎȘŞȚŢ][\w'’-]+"
    r"\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*(?:,|(?=and\b(?!\s+\d))))"
    # "arrested 40-year-old Trinh Thi Mai and 38-year-old Tran Minh Chung"
    r"|(?<![\w-])\d{1,2}-year-old\s+(?:[A-ZĂÂÎȘŞȚŢ][\w'’-]+\s+){1,3}[A-ZĂÂÎȘŞȚŢ][\w'’-]+"
)
_AUX = re.compile(
    r"(?:\b(?:were|was|have|has|had|are|is|been|being|got|get|be|au|a|fost|fusesera|sunt|vor|erau|era|"
    r"fi|s-au|s-a|also|later|now|subsequently|all|then|since|already|being|each|ulterior|deja|"
    r"tot|apoi|either|both|recently|just|finally|eventually|successfully|safely|allegedly|"
    r"reportedly|reported|initially|previously|formally|jointly|separately|officially|"
    # "five girls were sexually exploited", "were brutally beaten"
    r"sexually|physically|brutally|systematically|repeatedly|severely|routinely|forcibly|violently|"
    # "Ms Kizza was on Thursday charged"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|"
    # "Vu was traced and arrested": a participle before the verb, the same person
    r"(?:traced|located|found|stopped|caught|tracked down|identified|questioned|interviewed|intercepted|"
    r"apprehended|extradited|deported) and)\b[\s,]*)+$"
)
_OBJECT_GAP = re.compile(
    r"^\s*(?:,[^,.;]{1,60},\s*)?(?:(?:also|further|a total of|all|both|alti|alte|inca|pe|pentru|at least|"
    # "i-au trimis în judecată pe toți cei cinci"
    r"toti|toate|"
    # "charged the four", "charges against the other four"
    r"the|other|remaining|"
    # "arrested the first four suspects in March": the first of more
    r"first|initial|"
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
    # ("recruited through an agent", "lured via a broker": the go-between, no victim)
    r"^\s*(?:,[^,.;]{1,60},\s*)?(?!(?:with|of|for|by|from|to|against|in|on|at|and|through|via|using|"
    r"alongside|among|between|into|onto|over|under|after|before|during)\b)"
    r"(?:[\w'\"-]+\s+){1,4}$"
    # "ar fi adus în țară, pe baza unor avize de muncă, 17 muncitori": where, then an aside
    r"|^\s*(?:in|din|la) [a-z]+(?: [a-z]+)?,\s*[^,.;]{1,60},\s*$"
)
_PREMISES_GAP = re.compile(
    r"^\s*(?:(?:search )?warrants|raids?|searches|perchezitii(?: domiciliare)?)\s+(?:at|on|in|of|la)\s+$"
)
_CLAUSE_BREAK = scanned(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bdar\b|\biar\b|\binsa\b")
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
    r"\b(?:aged?|ages|between|varsta|varste|intre)\b"
    # "aged from four to 13", not "rescued from seven bangle-making units"
    rf"|\bfrom\s+{_AN_AGE}\s*(?:to|-|–|and)\s*{_AN_AGE}"
)
_AGE_BEFORE = re.compile(
    r"(?:\baged?|\bages|\bfrom|\bto|\bbetween|\band|\bof|-|\bde|\bvarsta|\bintre|\bsi)\s*$"
)

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
        r"(?:treated|recogni[sz]ed|accepted|confirmed|regarded) as (?:possible |potential |suspected |"
        r"presumed )?(?:victims|survivors|injured parties|aggrieved parties)|"
        # "Seventeen of them – men and women from Romania – are considered possible victims"
        r"(?:considered|believed) (?:to be )?(?:possible |potential |suspected |presumed |likely )?victims|"
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
        r"depistata|gasita|salvata|rapit|rapita|rapite|abducted|kidnapped|"
        r"brought(?! charges| (?:up )?(?:before|to (?:court|justice|trial)|in front of))|bringing|"
        # taken into the care of those who help victims: "Cele trei minore au fost preluate de DGASPC"
        r"preluat[aei]?(?= de (?:(?:o|un|catre) )?(?:specialist|dgaspc|anitp|organizat|asociat|echip|"
        r"reprezentant|servici|salvation|armata|centr|ong\b|psiholog|asistent))|"
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
        # a court's or an investigation's subject: "The charges concern 14 Malaysian nationals", "The
        # charges relate to 15 men from Punjab" ("concerns about two men" is a worry, not the case)
        r"(?:concern(?:s|ed)?|relat(?:e|es|ed|ing) to)"
        r"(?= (?:(?:at least|more than|some) )?[\w-]+ (?:[\w-]+ ){0,2}"
        r"(?:people|persons|men|women|girls|boys|workers|children|nationals|victims|labou?rers|migrants|"
        r"teenagers|minors|complainants|fishermen|individuals)\b)|"
        # "kept a vulnerable man as a household slave": the person kept
        r"(?:kept|keeping|keep|held|holding)(?= (?:[\w'’-]+ ){1,4}as (?:an? |their |his |her )?"
        r"(?:unpaid |household |domestic |sex |personal )?(?:slaves?|servants?|captives?)\b)|"
        # "at least 11 women had been sent to Oman by the company": the people sent abroad
        r"(?:(?<=were )|(?<=been ))sent(?= to (?!(?:a |the )?(?:criminal |crown |district |high )?"
        r"(?:trial|court|prison|jail|custody|cells|judge|prosecutors?)\b)"
        # ("were sent to seven years' imprisonment": a sentence)
        r"(?!(?:[\w-]+ )?(?:years?|months?|life|imprisonment)\b)[a-z])|"
        # "for sending at least 42 youths to scam compounds in Cambodia": the people sent
        r"(?:sending|sent)(?!(?: [^.;]{1,80}?)? to (?:a )?(?:criminal )?(?:trial|court|prison|jail)\b)"
        r"(?= (?:(?:at least|more than|over|some|about|nearly) )?[\w-]+ (?:[\w-]+ ){0,2}"
        r"(?:youths|people|men|women|girls|boys|workers|children|teenagers|migrants|jobseekers|job seekers)\b"
        r"[^.;]{0,80}? to\b)|"
        # "eight crew members were taken off the vessel"; "five women … were targeted"
        r"taken off(?= (?:the|a|their) (?:[\w-]+ ){0,2}(?:vessel|boat|ship|trawler|trawlers|boats))|"
        r"(?:(?<=were )|(?<=been ))targeted|"
        # "the six fishermen were supported by Migrant Help": the people a charity looks after
        r"(?:(?<=were )|(?<=been )|(?<=are )|(?<=being )|(?<=now ))supported(?= by\b)|"
        # "to do so you used two boys", "the gang used 14 children to sell drugs"
        r"(?:used|using|uses|exploited)(?= (?:(?:at least|more than|some|about) )?[\w-]+ (?:[\w-]+ )?"
        r"(?:boys|girls|children|teenagers|minors|youngsters|schoolboys|schoolgirls|pupils|teens)\b)|"
        # "nineteen workers have come forward", "imprisoning four women in a flat", "three women held
        # for 30 years in servitude"
        r"c[ao]me forward|coming forward|imprisoning|confining|"
        # a worker's own tip or quote: "we are 28 persons in one house", "we were six women there"
        r"(?<=\bwe )(?:are|were)(?= (?:(?:about|some|around|at least|more than) )?[\w-]+ "
        r"(?:[\w-]+ ){0,2}(?:people|persons|men|mens|man|women|womens|woman|girls|boys|workers|worker|"
        r"labou?rers)\b)|"
        r"(?:held|kept)(?= (?:for (?:\w+ ){1,3})?"
        r"(?:(?:in a house |at (?:a|the) \w+ )?(?:for (?:\w+ ){1,3})?)?"
        r"(?:as (?:sex |domestic )?(?:slaves|captives)|(?:in|under) (?:conditions of )?(?:domestic )?"
        r"(?:servitude|slavery|captivity|bondage)|against (?:their|her|his) will|captive|"
        # "46 Kenyans who were held in a cyber-scam compound"
        r"(?:in|at|inside) (?:(?:a|an|the) (?:[\w-]+ ){0,3}(?:compounds?|camps?|brothels?|dens?)|"
        r"(?:[\w-]+ ){0,2}(?:compounds|camps|brothels))\b))|"
        # "61 migrant workers released in police operations"; suspects are released on bail
        r"released(?= (?:in|during|from (?:the |a )?(?:farm|factory|camp|site|house|brothel|boat|vessel|"
        r"plantation|ranch|mine|kiln|compound)|by (?:inspectors|labou?r|the ministry)))|"
        # "a human trafficking gang" names the group; it traffics nobody in this sentence
        r"trafficking(?! (?:gangs?|rings?|networks?|charges?|offen[cs]es?|cases?|syndicates?|rackets?|"
        r"groups?|operations?|investigations?|units?|cells?|organi[sz]ations?|crimes?|victims?))|"
        r"recovered|found(?! guilty| not guilty| dead| in possession| to have| to be| responsible| liable)"
        r"(?![^.;]{1,60}?\bguilty of\b)|"  # "found Lin, 58, guilty of …" is a verdict
        # the US statute's wording: "obtained the labor and services of nine foreign crewmembers",
        # "compelling the labor of five Honduran men"
        r"(?:obtained|obtaining|obtain|compelled|compelling|compel|forcing|forced) the (?:forced )?"
        r"labou?r(?: and services)? of|"
        # "arrested two men after finding 41 farmhands working in a field"
        r"(?:finding|discovering)(?! guilty| not guilty| dead)(?![^.;]{1,60}?\bguilty of\b)|"
        r"discovered|encountered|came across|located|recruited|recruiting|lured|luring|enticing|"
        r"tricked|tricking|deceived|deceiving|"
        # "used agents in Punjab to recruit 13 men"
        r"(?<=to )recruit(?= (?:(?:at least|more than|some|about|around) )?[\w-]+ (?:[\w-]+ ){0,2}"
        r"(?:people|men|women|girls|boys|workers|children|labou?rers|migrants|nationals)\b)|"
        r"fell prey to|fell victims? to|fallen (?:prey|victims?) to|"
        r"racolat|racolate|racolati|recrutat|recrutate|recrutati|ademenit|ademenite|ademeniti|gasit|gasite|"
        r"vandut|vandute|vanduti|"
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
        # "toți cei 12 au fost recunoscuți ca victime": the status, as the English "recognised as victims"
        r"recunoscut[ei]? (?:ca|drept) (?:posibile |potentiale )?victime|"
        r"salvate|salvati|salvat|salvata|eliberate|eliberati|eliberata|eliberat|identificat|"
        rf"depistat{_THEN_HELD}|recuperat|exploatat|intercepted|forcing|coerced|sold|selling|"
        r"descoperit|descoperite|descoperiti|"
        # border interceptions: "trei tinere, oprite pe Aeroportul Otopeni înainte să plece în Spania"
        r"oprit[ei]?(?=[^.;]{1,60}?\b(?:inainte (?:sa|de a) (?:plece|pleca|se imbarce|se imbarca|urce|urca|"
        r"zboare|zbura)|in timp ce (?:incercau|incerca|urmau|se pregateau) sa|la imbarcare|sa se imbarce))|"
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
        # "the tribunal later placed six of them under pre-trial arrest", "placed two farm owners under
        # house arrest"; Italian custody: "three have been taken to prison" (not after a sentence)
        r"placed(?= (?:[\w-]+ ){1,4}under (?:pre-?trial |preventive |house )?arrest\b)|"
        r"placed under (?:pre-?trial |preventive |house )?arrest|"
        r"(?<!and )(?<!then )taken to prison|"
        # "executed arrest warrants against six suspects": the people named are arrested
        r"(?:(?<=executed )|(?<=served ))arrest warrants? (?:against|on)(?= (?:the |all )?"
        r"(?:[\w-]+ ){1,3}(?:suspects|defendants|people|men|women|members|persons)\b)|"
        # "a European Arrest Warrant" arrests nobody by itself
        r"arrested|arrests? of|arrest(?!s? warrants?)|arrests(?! warrants?)|arresting|apprehended|nabbed|"
        # (not after a verdict: "was taken into custody after the verdict" is a convict jailed)
        r"taken into custody(?! (?:immediately )?after (?:the |his |her |their )?(?:verdict|sentencing|"
        r"sentence|conviction|judgment|trial))|(?:taking|took)(?= (?:[\w-]+ ){1,4}into custody)|"
        # "Three people are in custody and a fourth is being sought"
        r"(?<=are )in custody|(?<=were )in custody|(?<=remain )in custody|"
        r"arestati preventiv|arestate preventiv|arestat preventiv|arestata preventiv|"
        r"(?:(?:a|au) fost dispus\w* )?(?:masura )?arest\w* preventiv\w*"
        r"(?:[^.;]{0,30}?fata de|(?:,?(?: pe| pentru) (?:o (?:durata|perioada) de )?\d+ (?:de )?zile,?)?"
        r"(?: a\b)?)|"
        r"arestarea(?: a)?|"
        # "a emis mandate de arest preventiv pe 30 de zile pe numele a doi dintre ei"
        r"mandate? de arest(?:are)?(?: preventiv[a]?)?(?:,? (?:pe|pentru) "
        r"(?:un termen de |o (?:durata|perioada) de )?\d+ (?:de )?zile,?)? "
        r"(?:pe numele|pentru(?! \d+ (?:de )?zile)|impotriva)(?: a\b)?|"
        # the judge's answer to the prosecutors' proposal: "a admis propunerea pentru cinci dintre aceștia"
        r"(?<=admis )propunerea(?: de arestare preventiva| procurorilor| diicot)? pentru(?! \d+ de zile)|"
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
        r"charged(?! for| them (?:rent|fees|for|money|a |an |[£$€]|\d|up to|as much as|between|about|around|"
        r"more than|over|nearly|almost)| rent| fees| with (?:rent|fees)|"
        # "each was charged $250 a week", "were charged recruitment fees": a price, not a charge
        # ("charged 11 men with trafficking", "charged 11 of the Chinese nationals": people, not a price)
        r" (?:[£$€₹]|rs\.? ?\d|rm ?\d|\d(?![\d,]*\s+(?:of\s+(?:the|them)\s+)?(?:[a-z-]+\s+){0,2}"
        r"(?:men|women|people|persons|suspects|defendants|individuals|nationals|members|others|accused|"
        r"traffickers|foreigners|citizens|officials)\b))| (?:[\w-]+ ){0,4}(?:fees?|interest|rent)\b)|"
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
        # (one aside in commas: "ordered two of the three detainees, identified as X and Y, to stand trial")
        r"(?:ordered|sent|committed)(?= (?:[\w-]+ ){0,5}[\w-]+(?:,[^.;]{1,100}?,)? to stand trial)|"
        # the Philippines' complaints filed with a prosecutor: "complaints for violation of RA 9208 were
        # filed against the two suspects"
        # (a criminal complaint to the police is not a charge)
        r"(?:charges|complaints? for violations? of [^.;]{1,100}?) (?:were |was |have been |has been )?"
        r"filed against|"
        # a prosecutor's referral for trial is the charge: "referred ten people, among them two
        # doctors, to criminal trial" ("referred to the prosecution" is not: the police pass a file on)
        # … or "referred 14 defendants, including three doctors, to the Cairo Criminal Court on charges"
        r"(?:referred|sent|send|sends|sending)(?=(?: [^.;]{1,80}?)? to (?:(?:a )?(?:criminal )?trial\b|"
        r"(?:the )?(?:[\w'’-]+ ){0,4}courts? on charges\b))|"
        # "all five were committed for trial"; France's "mis en examen": "placed under formal investigation"
        r"(?:committed|sent) (?:for|to) trial|placed under formal investigation|mis en examen|"
        # "are facing multiple charges", "face the first people-trafficking charges"
        r"fac(?:e|es|ing) (?:[\w-]+ ){0,4}?charges|"
        # "au dispus trimiterea în judecată, în stare de arest preventiv, a 7 inculpați"
        r"trimiter(?:e|ea) in judecata(?:,[^.;]{0,50},)? a|"
        r"trimisi in judecata|trimise in judecata|trimis in judecata|trimisa in judecata|"
        r"pusi sub acuzare|inculpati|acuzati|rechizitoriu"
    ),
    OutcomeKind.CONVICTED: (
        r"convicted|convictions? of|convicting|found guilty|pleaded guilty|pled guilty|pleading guilty|"
        # a court's verdict with the defendant between: "found Lin Chih-hung, 58, guilty of …"
        r"found(?=[^.;]{1,60}?(?<!not )\bguilty of\b)|"
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
        r"swoop(?:ed|s)? (?:on|upon)|descended on|(?:went|gone|going|go) through the doors? of|entered|"
        r"checks (?:at|on)|inspections? (?:at|of|on)|inspected|visited|"
        r"forced (?:their way (?:in)?to|(?:entry|entrance) (?:to|into|at))|"
        r"search of|stormed|targeted|efectuate|efectuat|perchezitionate|descinderi la|"
        # the places people were rescued from: "42 children were rescued from seven bangle-making
        # units", "seven women were pulled out of three massage businesses"
        r"(?:(?<=rescued )|(?<=freed )|(?<=removed )|(?<=saved )|(?<=pulled ))(?:from|out of)"
        r"(?= (?:[\w-]+ ){1,4}(?:units|factories|workshops|businesses|premises|brothels|farms|kilns|"
        r"salons|parlou?rs|spas|houses|homes|properties|addresses|hotels|restaurants|sites|shops|"
        r"warehouses|locations)\b)|"
        r"perchezitii la|perchezitii in|au descins in|descins in|au descins|au perchezitionat|"
        r"(?:au |a )?intrat (?:in|la)"
    ),
    OutcomeKind.OFFICERS: (
        r"deployed|involved|took part|taking part|part of|participated|mobilised|mobilized|"
        r"au participat|au actionat|au fost implicati|mobilizati"
    ),
}
_VERB_RE = scanned(
    "|".join(rf"\b(?P<{kind.value}>{gate_alternatives(pattern)})\b" for kind, pattern in _VERBS.items())
)
_HEAD_KIND = {
    **{h: "person" for h in _PERSON.split("|")},
    **{h: "officer" for h in _OFFICER.split("|")},
}


_SUSPECT_OUTCOMES = frozenset(
    {OutcomeKind.ARRESTED, OutcomeKind.DETAINED, OutcomeKind.CHARGED, OutcomeKind.CONVICTED}
)
_SUSPECT_VALUES = frozenset(k.value for k in _SUSPECT_OUTCOMES)


_ORDINAL = re.compile(rf"\b(?:{'|'.join(_ORDINALS)})\b")
