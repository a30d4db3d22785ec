"""From mentions to the case: who the victims are, where they came from and went, which places,
agencies and suspects belong to it. Language-independent: English and Romanian extractors emit
the same mention kinds and attributes.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from threadline.extract.given_names import is_given_name
from threadline.extract.lexicon import agency_countries
from threadline.extract.organisations import ACRONYM_AFTER, resolve_agency_aliases
from threadline.extract.places import Place, country_code, country_pair, geocode, is_capital, sole_country
from threadline.extract.types import Mention

# Broad regions are not places of a case ("Central America", "the Southeast", "Europe").
_REGION_WORDS = re.compile(
    r"\b(?:america|europe|africa|asia|caribbean|balkans|middle east|southeast|northeast"
    r"|northwest|southwest|mediterranean|scandinavia|oceania|latin|eu|europa|earth|world"
    r"|internet|online)\b",
    re.IGNORECASE,
)
_DIRECTION = re.compile(r"^(?:north|south|east|west|central|greater|inner|outer|northern|southern"
                        r"|eastern|western|nord|sud|est|vest)(?:[- ](?:east|west|eastern|western))?"
                        r"\s+", re.IGNORECASE)  # fmt: skip


def live(mentions: Iterable[Mention], kind: str) -> list[Mention]:
    """Mentions of a kind outside boilerplate (advice, helplines, page furniture)."""
    return [m for m in mentions if m.kind == kind and not m.attributes.get("boilerplate")]


def romanian_home(mentions: list[Mention]) -> str:
    """The country a Romanian-language report is written from: Romania, or Moldova when the bodies
    and places it names are more Moldova's than Romania's (CCTP officers in Chișinău, raionul Cahul)."""
    countries = agency_countries()
    votes: Counter[str] = Counter()
    for m in live(mentions, "organisation"):
        votes[countries.get(str(m.value), "")] += 1
    for m in live(mentions, "place"):
        votes[str(m.attributes.get("country") or "")] += 1
    return "MD" if votes["MD"] > votes["RO"] else "RO"


def places_country(mentions: Iterable[Mention]) -> str | None:
    """The country most of the case's own places are in (at least two distinct places, more than any
    other country's), or None."""
    places = {
        (str(m.attributes["country"]), norm(str(m.value)))
        for m in live(mentions, "place")
        if m.attributes.get("country") and not m.attributes.get("background")
    }
    distinct: Counter[str] = Counter(country for country, _ in places)
    votes: Counter[str] = Counter(
        str(m.attributes["country"])
        for m in live(mentions, "place")
        if m.attributes.get("country") and not m.attributes.get("background")
    )
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    top = ranked[0][0]
    if any(n >= distinct[top] for c, n in distinct.items() if c != top):
        return None  # as many different places elsewhere: no one country the case is in
    return top


def norm(value: str) -> str:
    text = unicodedata.normalize("NFKD", value)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def collapse(names: Iterable[str]) -> list[str]:
    """Distinct names, one per group of names where one contains the other as whole words.

    Keeps the first-seen of each group: callers order names by preference.
    """
    kept: list[str] = []
    for name in names:
        if not norm(name):
            continue
        if any(_one_within(name, k) or _same_unit(name, k) for k in kept):
            continue
        kept.append(name)
    return kept


def _same_unit(a: str, b: str) -> bool:
    """One body written with and without its parent's name: "Modern Slavery and Human Trafficking
    Unit (MSHTU)" and "PSNI Modern Slavery and Human Trafficking Unit" (the bracketed acronym kept
    them apart). A parent's name at the start of a longer one is a different unit ("NBI – Anti-Human
    Trafficking Division")."""
    bare_a, bare_b = (f" {norm(re.sub(r'\s*\([^)]*\)\s*$', '', x))}" for x in (a, b))
    if bare_a.replace(" s office ", " ") == bare_b.replace(" s office ", " "):
        return True  # "U.S. Attorney for the District of X" and "U.S. Attorney's Office for …"
    return (
        len(bare_a.split()) > 1
        and len(bare_b.split()) > 1
        and (bare_a.endswith(bare_b) or bare_b.endswith(bare_a))
    )


def context_countries(mentions: list[Mention], language: str | None) -> list[str]:
    """Countries the text is about, most mentioned first: the preference for geocoding."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.kind in ("country", "nationality") and not m.attributes.get("boilerplate"):
            counts[m.value] += 1
    if language == "ro":
        counts["RO"] += 1
    return [c for c, _ in counts.most_common()]


# Country names that are also first-level divisions elsewhere: read as the division when the text
# is otherwise about that country and never uses the country's demonym.
AMBIGUOUS_COUNTRIES = {"GE": ("US", "georgian")}
# A gazetteer hit for a word the NER called a person or organisation must be at least this big
# (or a division): small towns share names with surnames ("Moreno", "Ali").
MIN_POPULATION_RETAGGED = 5_000
# …and a city abroad that the text's countries do not explain must be a big one ("la Madrid").
MIN_POPULATION_ANYWHERE = 100_000
# …while a village or town known in one country alone may reveal that country (with another such name)
_MIN_POPULATION_UNNAMED = 500


def _lookup(name: str, preferred: list[str]):
    place = geocode(_DIRECTION.sub("", name.strip()), preferred)
    if (place is None or place.country not in preferred) and _DIRECTION.sub("", name) != name:
        # "South West" is England's region, not Cameroon's West, and "North Carolina" is no town
        # called Carolina in Puerto Rico: the whole name when it fits better or lies elsewhere
        whole = geocode(name, preferred)
        if whole is not None and (
            place is None or whole.country in preferred or whole.country != place.country
        ):
            place = whole
    return place


# The words that end a local body's name after its area: "South Yorkshire Police", "Barnsley
# Metropolitan Borough Council", "Harris County Sheriff's Office".
_BODY_TAIL = frozenset(
    {"police", "constabulary", "council", "borough", "metropolitan", "county", "city", "district",
     "court", "crown", "magistrates", "sheriff", "sheriff's", "sheriff’s", "office", "department",
     "service", "force", "state", "provincial", "regional", "municipal", "municipality", "command"}
)  # fmt: skip


def _body_countries(mentions: list[Mention]) -> list[str]:
    """Countries of the areas local bodies are named after: a report that names no country but
    "South Yorkshire Police" and "Barnsley Council" is about Britain, so its towns resolve there."""
    out: list[str] = []
    for m in mentions:
        if m.kind not in ("organisation", "place") or (
            m.kind == "place" and m.attributes.get("relation") != "partner"
        ):
            continue
        words = m.value.split()
        while words and words[-1].casefold() in _BODY_TAIL:
            words.pop()
        if not words or len(words) > 3 or len(words) == len(m.value.split()):
            continue
        if not all(w[:1].isupper() for w in words):
            continue
        country = sole_country(" ".join(words))
        if country is not None:
            out.append(country)
    return _ordered(out)


def _agency_countries(mentions: list[Mention]) -> list[str]:
    """Countries of the one-country bodies acting in the case: a helpline note that names the PSNI
    and no country is about Northern Ireland, so "Newry" resolves there."""
    countries = agency_countries()
    return _ordered(
        countries[str(m.value)]
        for m in mentions
        if m.kind == "organisation" and not m.attributes.get("boilerplate") and str(m.value) in countries
    )


_COUNTRY_PAIR = re.compile(r"\b[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|into|outside|of|across|around)\s+$", re.IGNORECASE)


# Names the NER takes for places that are none: online platforms ("met through Instagram"), and the
# EU ("EU capitals", "EU Member States"), a union of countries rather than a place of the case.
_NOT_PLACES = frozenset(
    {"instagram", "facebook", "whatsapp", "telegram", "tiktok", "snapchat", "viber", "linkedin",
     "youtube", "twitter", "onlyfans", "tinder", "badoo", "craigslist", "gumtree", "olx", "wechat",
     "eu", "european union", "member states", "third countries",
     # a compass word alone is the first half of a region ("across West, Central and East Africa")
     "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     # a page's share bar and a form's box ("Print", "Duty to Notify"), reporting systems and bodies
     # named in Spanish and Portuguese ("Fiscalía General", "Ministério do Trabalho", Brazil's "Ipê"
     # system, Belgium's Myria), and "the Kingdom" a report calls its own country
     "print", "notify", "share", "fiscalia", "trabalho", "condicoes", "diretoria", "ipe", "myria", "kingdom",
     # a news page's section in its breadcrumb ("News | Crime | Bundaberg", "IRELAND | CRIME")
     "crime", "crimes", "courts", "justice"}
)  # fmt: skip
# "Bosnia and Herzegovina", "Trinidad and Tobago": the second half of a country's name
_FIRST_HALF_BEFORE = re.compile(r"([A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+)?)[ \t]+(?:and|&)[ \t]+$")


_MODEL_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d[ \t]+$")
_TITLE = r"\b(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?[ \t]+"
_TITLE_BEFORE = re.compile(_TITLE + "$")
_TITLED = re.compile(_TITLE)


def _line_of(m: Mention, text: str) -> str:
    line_start = text.rfind("\n", 0, m.span[0]) + 1
    line_end = text.find("\n", m.span[1])
    return text[line_start : line_end if line_end >= 0 else len(text)]


def _menu_line(m: Mention, text: str) -> bool:
    return _line_of(m, text).count("|") >= 3


def _heading_word(m: Mention, text: str) -> bool:
    line = _line_of(m, text)
    return len(line.split()) == 1 and line.strip().strip(":") == m.text.strip()


_OF_A_NAME = re.compile(r"[ \t]+of[ \t]+[A-Z]")


# a place written only inside a body's name: "sentenced at Mold Crown Court", "the Ontario Provincial
# Police", "CPS London North", "the Police Service of Northern Ireland" (own sets: 93 of 94 court towns
# and 37 of 39 other such places were not in the gold)
_BODY_AFTER = re.compile(
    r"[ \t]+(?:(?:Crown|Magistrates['’]?|Sheriff|District|High|County|Youth|Federal|Circuit|Superior|"
    r"Regional|Criminal|Family)[ \t]+)?Courts?\b|[ \t]+(?:(?:Provincial|Regional|State|County|City|"
    r"Metropolitan|Municipal|Local)[ \t]+)?(?:Police|Constabulary|Council|Sheriff['’]?s?|Fire|"
    r"Prosecutor['’]?s?|Safeguarding)\b"
)
_BODY_BEFORE = re.compile(
    r"(?:\bCPS|Police Service of|District of|Court of|Council of|Borough of|Attorney for|"
    r"Office for the|Prosecutor for)[ \t]+$"
)


def _not_a_place(m: Mention, text: str) -> bool:
    if norm(m.value) in _NOT_PLACES:
        return True
    if _heading_word(m, text) and geocode(m.value) is None:
        return True  # "Background", "Notes": a section's heading, one word on its line
    if _MODEL_YEAR_BEFORE.search(text, max(0, m.span[0] - 6), m.span[0]):
        return True  # "a 2019 Dodge Charger": a car's make after its model year
    if _TITLE_BEFORE.search(text, max(0, m.span[0] - 6), m.span[0]) or _TITLED.match(m.text):
        return True  # "brought to the UK by Ms Adeyemi": a person
    if _menu_line(m, text):
        return True  # "News | Counties | Business | Diaspora": a site's menu
    if _BODY_AFTER.match(text, m.span[1]) or _BODY_BEFORE.search(text, max(0, m.span[0] - 30), m.span[0]):
        return True  # a body's name, not a place of the case
    if m.text.endswith("District") and _OF_A_NAME.match(text, m.span[1]):
        return True  # "the Middle District of Florida": a court's district, named by its state
    before = _FIRST_HALF_BEFORE.search(text, max(0, m.span[0] - 40), m.span[0])
    return bool(before) and country_code(f"{before.group(1)} and {m.text}") is not None


def geocode_places(
    mentions: list[Mention], language: str | None, text: str = "", learned: tuple[str, ...] = ()
) -> list[Mention]:
    """Attach country and coordinates to place mentions; drop candidates no gazetteer confirms.

    Two passes: places the NER is sure of (GPE) are geocoded first and their countries join the
    countries the text names, so that "Plateau" resolves in Nigeria when "Lokoja" already did.
    When the confirmed places reveal a country the text never named ("Dhangadhi" → Nepal), the
    whole step runs once more with it, so "Kailali" resolves there too (`learned`).
    """
    if text and not learned:
        mentions = _join_particle_halves(mentions, text)
        mentions = [m for m in mentions if not (m.kind == "place" and _not_a_place(m, text))]
    preferred = context_countries(mentions, language) + list(learned)
    # "the Nepal-India border": both countries help place the towns around it
    preferred += [c for pair in _COUNTRY_PAIR.findall(text) for c in country_pair(pair) if c not in preferred]
    preferred += [c for c in _body_countries(mentions) if c not in preferred]
    preferred += [c for c in _agency_countries(mentions) if c not in preferred]
    sure_names: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "place" and not m.attributes.get("needs_gazetteer"):
            place = _lookup(m.value, preferred)
            if place is not None:
                sure_names.setdefault(place.country, set()).add(norm(m.value))
    # countries of at least half as many distinct sure places as the leading one: "Toronto, Barrie,
    # Quebec" make Canada the text's country, and "Ontario" (also a Californian town) follows it
    top = max((len(names) for names in sure_names.values()), default=0)
    sure = sorted(
        (c for c, names in sure_names.items() if 2 * len(names) >= top), key=lambda c: -len(sure_names[c])
    )
    preferred = list(dict.fromkeys(preferred + sure))
    list_country = _list_countries(mentions, preferred)
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    demonyms = {m.text.lower() for m in mentions if m.kind == "nationality"}
    out: list[Mention] = []
    unplaced: dict[str, str] = {}  # names no gazetteer placed in the text's countries -> their one country
    confirmed_alt: set[tuple[int, int]] = set()
    # words of full person names and where each name stands: "Harris" alone is Derrick Lamont Harris,
    # not Harris County
    name_spans: dict[str, set[tuple[int, int]]] = {}
    for m in mentions:
        if m.kind == "person" and len(m.value.split()) > 1:
            for w in m.value.split():
                name_spans.setdefault(w.casefold(), set()).add(m.span)
    # longer names of people: an unknown "place" that is part of one is not a place
    person_names = [
        [w.casefold() for w in re.split(r"\s+(?:of|from)\s+", m.text)[0].split()]
        for m in mentions
        if m.kind == "person" and len(m.text.split()) > 1
    ]
    for m in mentions:
        if m.kind == "country" and m.value in AMBIGUOUS_COUNTRIES:
            other, demonym = AMBIGUOUS_COUNTRIES[m.value]
            if other in preferred and demonym not in demonyms:
                place = geocode(m.text, [other])
                if place is not None and place.country == other:
                    attrs = dict(m.attributes, country=other, gazetteer=place.source)
                    out.append(Mention("place", m.span, m.text, m.text.strip(), m.extractor,
                                       m.confidence, attrs))  # fmt: skip
                    continue
        if m.kind != "place":
            out.append(m)
            continue
        words = {w.casefold() for w in m.value.split()}
        if (
            m.attributes.get("person_alt")
            and words <= name_spans.keys()
            # read as a person only at its own span ("driven to Mae Sot"): a place when the gazetteer
            # knows the whole name
            and (all(name_spans[w] - {m.span} for w in words) or _lookup(m.value, preferred) is None)
        ):
            continue
        if m.attributes.get("person_alt") and text and _aged_or_kin(text, m.span):
            continue  # "his wife Mary, 48,": a person the NER saw, not Turkmenistan's Mary
        if _MEDIA_AFTER.match(text, m.span[1]):
            continue  # "Starr news", "Capital FM": an outlet named after a place or person
        if _ABBREVIATION.fullmatch(m.value.strip()):
            continue  # "Fla.", "Calif.": a state's abbreviation after its town, not Norway's Fla
        if (
            len(m.value.split()) == 1
            and m.value.casefold() in name_spans
            and not m.attributes.get("unit_named")
            and text
            and not _LOCATIVE_BEFORE.search(text, max(0, m.span[0] - 12), m.span[0])
        ):
            continue  # "a girl associated with Pratt": Samuel Pratt's surname, not Pratt, Kansas
        attrs = dict(m.attributes)
        value = m.value
        in_list = list_country.get(str(attrs.get("place_list")))
        listed = _lookup(m.value, [in_list]) if in_list else None
        if listed is not None and listed.country == in_list:
            # named in a list of places of one country: a town of that country, however small
            place = listed
            attrs["needs_gazetteer"] = False
            attrs.pop("label", None)
        else:
            place = _lookup(m.value, preferred)
            if place is not None and attrs.get("unit_named") and preferred and place.country not in preferred:
                place = None  # "the Flores neighbourhood" of a Buenos Aires story, not Indonesia's Flores
        qualifier = _QUALIFYING_COUNTRY.match(text, m.span[1]) if text else None
        stated = country_code(qualifier.group(1)) if qualifier else None
        found_there = False  # the gazetteer knows the name in the country the text names after it
        if stated and place is not None and place.country != stated:
            # "General Santos City, Philippines": the text says which country; a namesake elsewhere
            # (Brazil's Santos) is not the place
            there = _lookup(m.value, [stated])
            found_there = there is not None and there.country == stated
            place = (
                there if found_there else replace(place, country=stated, lat=None, lon=None, source="stated")
            )
        if place is None and not learned and (only := sole_country(m.value, _MIN_POPULATION_UNNAMED)):
            unplaced[norm(m.value)] = only
        if place is None and attrs.get("needs_gazetteer"):
            pair = _town_and_province(m, preferred)
            if pair:
                out += pair  # "Bacoor Cavite": a town and its province written without a comma
                continue
        if place is None and in_list and attrs.get("needs_gazetteer") and _UNKNOWN_LISTED.fullmatch(value):
            # a village listed with towns of one country ("Kpando, Abotoase and Kwamekrom")
            attrs["needs_gazetteer"] = False
        if place is None:
            # a named unit ("the Naif district") or a lake, sea or island no gazetteer lists (a river is
            # more often a border or a landmark than where the case was)
            known_kind = attrs.get("unit_named") or _FEATURE.search(m.value)
            if known_kind:
                value = re.sub(r"^the\s+", "", value)  # "the Volta Lake"
            if (attrs.get("needs_gazetteer") and not known_kind) or not _plausible_unknown_place(
                value, lower_words
            ):
                continue
            if attrs.get("place_list") is not None and in_list is None:
                continue  # "Sarfaraz, Zeeshan and Noman": a list no gazetteer knows a name of
            if text and _person_around(text, m.span):
                continue
            if text and " " not in value and _title_cased_line(text, m.span):
                continue  # "… Charged with Forced Labor of an Employee": a headline's capitals
            words = [w.casefold() for w in m.value.split()]
            if any(len(n) > len(words) and set(words) <= set(n) for n in person_names):
                continue  # "Conrado" of "Conrado Salgado Soto": a name the gazetteer does not know
            if attrs.get("person_alt") and attrs.get("unit_named"):
                confirmed_alt.add(m.span)  # "the Caballito neighbourhood": the unit word outweighs the NER
        else:
            # our curated table and big cities need no support from the text's countries
            big_city = place.source == "supplement" or (
                place.kind == "city" and place.population >= MIN_POPULATION_ANYWHERE
            )
            # a word the NER called an organisation is a town only in the case's countries ("Toyota")
            if attrs.get("label") == "ORG" and not attrs.get("in_org") and not attrs.get("relation"):
                big_city = place.source == "supplement"
            if attrs.get("needs_gazetteer") and (
                (place.country not in preferred and not found_there and not big_city)
                or (
                    place.kind == "city"
                    and place.population < MIN_POPULATION_RETAGGED
                    and not (place.country in preferred and _small_town_named(attrs, value, lower_words))
                )
            ):
                continue
            attrs.update(_placed(place))
            if attrs.get("person_alt"):
                confirmed_alt.add(m.span)
        out.append(Mention(m.kind, m.span, m.text, value, m.extractor, m.confidence, attrs))
    found = Counter(
        str(m.attributes["country"]) for m in out if m.kind == "place" and m.attributes.get("country")
    )
    # the country most confirmed places are in, when the text never names it ("Toronto … Barrie …"
    # with Ontario read as California's town): one stray namesake abroad is not revealed
    top = found.most_common(1)[0][1] if found else 0
    revealed = tuple(c for c, n in found.most_common() if n == top and c not in preferred)
    # towns of a country the text never names, each known in that country alone ("Libourne",
    # "Saint-Émilion", "Pomerol"): two of them reveal it
    votes = Counter(unplaced.values())
    revealed += tuple(
        c for c, n in votes.most_common() if n >= 2 and c not in preferred and c not in revealed
    )
    if revealed and not learned:
        return geocode_places(mentions, language, text, learned=revealed)
    # a name the NER called a person but the gazetteer places in the case's countries is a place
    return [m for m in out if not (m.kind == "person" and m.span in confirmed_alt)]


# a country named right after a place: "Tegal, Indonesia", "General Santos City, the Philippines"
# ("between Edo State, Libya, Italy and France" is a list of places, not Edo State in Libya)
_QUALIFYING_COUNTRY = re.compile(
    r"[ \t]*,[ \t]*(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})\b"
    r"(?![ \t]*(?:,|and\b|or\b|&)[ \t]*(?:and[ \t]+|the[ \t]+)?[A-Z])"
)


def _placed(place: Place) -> dict[str, object]:
    """What geocoding adds to a place mention."""
    return {"country": place.country, "lat": place.lat, "lon": place.lon, "gazetteer": place.source,
            "place_kind": place.kind, "population": place.population}  # fmt: skip


def _small_town_named(attrs: dict[str, object], value: str, lower_words: set[str]) -> bool:
    """A town of the case's country too small for a name the NER called a person or organisation
    ("Moreno", "Ali") is still one when a kind word named it ("the town of X") or the NER called it
    a location or facility and it has two words ("Mullica Hill"), not common ones ("Green Valley")."""
    if attrs.get("named_as"):
        return True
    if attrs.get("label") not in ("FAC", "LOC", "", None) or attrs.get("person_alt"):
        return False
    words = re.sub(r"^the\s+", "", value).split()
    # one word may be a common one never written in lower case here ("Valley", "the Net")
    return len(words) > 1 and not all(w.lower() in lower_words for w in words)


_PARTICLE_START = re.compile(r"^(?:de|del|da|do|dos|das|di|de la|de los)\s+[A-Z]")


def _join_particle_halves(mentions: list[Mention], text: str) -> list[Mention]:
    """ "[San Jose] [del Monte City]": one name the NER cut at its particle, joined again; so are two
    single words with only a space between, neither a country ("[Senya] [Beraku]" in Ghana)."""
    places = sorted((m for m in mentions if m.kind == "place"), key=lambda m: m.span)
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for a, b in itertools.pairwise(places):
        if text[a.span[1] : b.span[0]] != " " or id(a) in dropped:
            continue
        if not (_PARTICLE_START.match(b.value) or _two_halves(a.value, b.value)):
            continue
        whole = text[a.span[0] : b.span[1]]
        joined[id(a)] = Mention("place", (a.span[0], b.span[1]), whole, whole, a.extractor, a.confidence,
                                dict(a.attributes))  # fmt: skip
        dropped.add(id(b))
    if not joined:
        return mentions
    return [joined.get(id(m), m) for m in mentions if id(m) not in dropped]


def _two_halves(a: str, b: str) -> bool:
    """Two capitalised single words, neither a country: halves of one place's name."""
    return all(
        " " not in w and w[:1].isupper() and w[1:].islower() and country_code(w) is None for w in (a, b)
    )


def _town_and_province(m: Mention, preferred: list[str]) -> list[Mention]:
    """Two words, a town then the division it is in, in one of the text's countries."""
    words = m.value.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return []
    town, province = (geocode(w, preferred) for w in words)
    if town is None or province is None or town.kind != "city" or province.kind != "region":
        return []
    if town.country != province.country or town.country not in preferred:
        return []
    out = []
    start = m.span[0]
    for word, place in zip(words, (town, province), strict=True):
        at = m.text.find(word)
        span = (start + at, start + at + len(word)) if at >= 0 else m.span
        attrs = dict(m.attributes, **_placed(place), needs_gazetteer=False)
        out.append(Mention("place", span, word, word, m.extractor, m.confidence, attrs))
    return out


def _list_countries(mentions: list[Mention], preferred: list[str]) -> dict[str, str]:
    """The country most of each list's names are in ("Cavan, Drogheda, Athlone …": IE, though
    Athlone alone would be South Africa's)."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        list_id = m.attributes.get("place_list")
        if list_id is None:
            continue
        if m.kind == "country":
            votes.setdefault(str(list_id), Counter())[m.value] += 1
        elif m.kind == "place":
            place = _lookup(m.value, preferred)
            if place is not None:
                votes.setdefault(str(list_id), Counter())[place.country] += 1
    return {list_id: count.most_common(1)[0][0] for list_id, count in votes.items()}


_FEATURE = re.compile(r"^(?:the\s+)?(?:Lake|Isle|Island)\s+(?:of\s+)?[A-Z]|\S\s+(?:Lake|Island|Islands|Sea)$")
# what shows an unknown name is someone: an age after it ("Sita Rai, 20"), a relative before it
# ("his son, Vinod"), or brackets around a single word after a longer name ("… Act (Atipsom)")
_AGE_AFTER = re.compile(
    r"(?:,[ \t]*\d{1,2}\b(?![.:/%,]\d)(?![ \t]*(?:%|km|kms|mi\b|miles|kilomet|hours?|minutes?|per"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|[ \t]*\(\d{1,2}\)|,[ \t]*aged\b)",
    re.IGNORECASE,
)
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|nephew|niece|cousin"
    r"|friend|boyfriend|girlfriend|partner)[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)


def _aged_or_kin(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    return bool(_AGE_AFTER.match(text, end) or _KIN_BEFORE.search(text, max(0, start - 20), start))


def _person_around(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    if _aged_or_kin(text, span):
        return True
    bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    return bracketed and " " not in text[start:end]


_UNKNOWN_LISTED = re.compile(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)?")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.")
_MEDIA_AFTER = re.compile(r"[ \t]+(?:news|fm|tv|radio|times|herald|online)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Names of the major languages ("Hindi", "Tagalog"): the NER sometimes calls one a place."""
    import pycountry

    return frozenset(
        lang.name.split(" (")[0].casefold() for lang in pycountry.languages if getattr(lang, "alpha_2", None)
    )


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "as"}
)


def _title_cased_line(text: str, span: tuple[int, int]) -> bool:
    """Whether the line holding `span` is a headline written in title case (every word capitalised)."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(content) >= 5 and all(w[:1].isupper() for w in content)


def _plausible_unknown_place(name: str, lower_words: set[str]) -> bool:
    words = name.split()
    if any(ch.isdigit() for ch in name) or (name.isupper() and len(name) <= 3):
        return False  # "K9", "NZ": codes and abbreviations, not names of places
    if name.casefold() in language_names():
        return False
    if any(
        country_code(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
    ):
        return False  # "Acting United States" (Attorney): a country inside a longer name
    # proper names are not written in lower case elsewhere in the text ("Bonded Labour")
    if all(w.lower() in lower_words for w in words):
        return False
    if not words or len(words) > 4 or not name[:1].isupper():
        return False
    if _REGION_WORDS.search(name) or country_code(name):
        return False
    if name.endswith(".") and len(name) <= 8:  # "Ga.", "Fla.", "J.M.R.": abbreviations
        return False
    return not any(country_code(w) for w in words)


_KIN_CHILDREN = frozenset({"daughter", "daughters", "son", "sons"})


def victim_profile(mentions: list[Mention]) -> dict[str, object]:
    told = [m for m in live(mentions, "nationality") if m.attributes.get("refers_to") == "victim"]
    # victims of another case told as background ("more than 30 Thai women" jailed for last year)
    # are not this case's, unless the case's own victims are never given a nationality nor a
    # country they came from ("brought a woman from India")
    own = [m for m in told if not m.attributes.get("background")]
    came_from = any(
        m.attributes.get("relation") == "origin" and not m.attributes.get("background")
        for m in live(mentions, "country")
    )
    nationalities = _ordered(m.value for m in own or ([] if came_from else told))
    # groups told of in another case's sentences describe that case's people
    own_groups = [g for g in live(mentions, "group") if not g.attributes.get("background")]
    groups = [g for g in own_groups if g.attributes.get("role") == "victim"]
    genders = _ordered(g.attributes["gender"] for g in groups if g.attributes.get("gender"))
    minors: bool | None = None
    # children are victims unless the text says otherwise ("41 children" among rescued families)
    minor_groups = [g for g in own_groups if g.attributes.get("minor")]
    # a daughter or son is someone's child, a minor victim only when the text makes them a victim
    if any(
        g.attributes.get("role") == "victim"
        or (g.attributes.get("role") != "suspect" and str(g.value).lower() not in _KIN_CHILDREN)
        for g in minor_groups
    ):
        minors = True
    ranges = [m.value for m in live(mentions, "age_range") if m.attributes.get("role") == "victim"]
    if ranges:
        if any(lo < 18 for lo, _hi in ranges):
            minors = True
        elif minors is None:
            minors = False
    return {"nationalities": nationalities, "genders": genders, "minors": minors}


_MIGRANT_DESTINATIONS = frozenset(
    {"GB", "IE", "US", "CA", "AU", "NZ", "ES", "IT", "DE", "FR", "NL", "BE", "AT", "CH", "SE", "NO",
     "DK", "FI", "PT", "GR", "AE", "SA", "QA", "KW", "BH", "OM", "JP", "KR", "SG", "IL", "CY", "MT"}
)  # fmt: skip


def case_countries(
    mentions: list[Mention], nationalities: list[str], home: str | None = None
) -> tuple[list[str], list[str], list[str]]:
    """(origin, destination, victim nationalities) for the case.

    `home`: the country a report's language points to (RO for Romanian); Romanian reporting is
    about Romanian victims unless it says otherwise, so it is the origin when none is stated.
    """
    origin: list[str] = []
    destination: list[str] = []
    # "jobs in Bangkok" were offered; "taken across the river into Myanmar" is where they went
    promised: list[str] = []
    placed: Counter[str] = Counter()
    mentioned: Counter[str] = Counter()
    passed: set[str] = set()
    for m in live(mentions, "country") + live(mentions, "place"):
        code = m.value if m.kind == "country" else m.attributes.get("country")
        if not code:
            continue
        relation = m.attributes.get("relation")
        if relation == "crossed":
            passed.add(code)  # "flown to Bangkok, then taken across the border": passed through
            continue
        if relation in ("transit", "reference", "mistaken"):
            continue
        if relation in ("origin", "destination", "promised") and m.attributes.get("background"):
            continue  # "… in 2019 a network sent children to Paris and Milan": another case's route
        if relation == "origin":
            origin.append(code)
        elif relation == "destination":
            destination.append(code)
        elif relation == "promised":
            promised.append(code)
        if m.kind == "place":
            placed[code] += 1
        else:
            mentioned[code] += 1
    stated_origin = _ordered(origin)
    origin = _ordered(list(nationalities) + origin)
    if not origin and home:
        origin = [home]
    destination = _ordered(destination) or _ordered(promised)
    if not destination:
        # where most of the case's places are, unless that is where the victims are from
        for pool in (placed, mentioned):
            # victims of several nationalities, one of them the country where the places are
            # (Bangladeshi, Nepali and Malaysian workers at a Malaysian factory): still the place
            excluded = set(nationalities) if len(nationalities) == 1 or pool is mentioned else set()
            candidates = [c for c, _ in pool.most_common() if c not in excluded]
            candidates = [c for c in candidates if c not in origin or len(origin) > 1]
            if pool is mentioned:
                # a country named only as where someone is from ("one was from Lithuania")
                candidates = [c for c in candidates if c not in stated_origin]
            if candidates:
                # where the case's places are: every country with as many of them as the first
                # ("Saarbrücken, Germany … then Alzira, Spain"), for named places only
                top = pool[candidates[0]]
                destination = [c for c in candidates if pool[c] == top] if pool is placed else candidates[:1]
                break
        if not destination and placed and len(nationalities) == 1 and set(placed) <= set(nationalities):
            destination = list(nationalities)  # British men exploited at towns in Britain: a domestic case
    if home and home in destination and len(destination) > 1:
        # Romanian reporting: recruited at home, exploited abroad; the towns at home where they
        # were recruited or moved through do not make Romania a destination as well
        destination = [c for c in destination if c != home]
    # a country of the case's places read as "from" (a town the victims left for work) is not
    # an origin when other origins are stated and it is where they were exploited
    if len(origin) > 1:
        origin = [c for c in origin if c not in destination or c in nationalities] or origin
    if not destination and origin and len(origin) == 1:
        destination = list(origin)
    if not origin and destination:
        # victims' country unstated: a country the text names besides the destination (the
        # dateline of a police force abroad), else a domestic case
        others = [
            c for c, _ in (placed + mentioned).most_common() if c not in destination and c not in passed
        ]
        # else the country whose authorities rescued the victims ("Nigerian security forces rescued …")
        others = others or _ordered(
            m.value
            for m in live(mentions, "nationality")
            if m.attributes.get("rescuer") and m.value not in destination
        )
        # a rich country named besides (a partner force, a donor's report) is rarely where the
        # victims come from
        others = [c for c in others if c not in _MIGRANT_DESTINATIONS]
        if others and not stated_origin:
            origin = others[:1]
        elif not set(destination) <= _MIGRANT_DESTINATIONS:
            origin = list(destination)
        # else: where most victims come from abroad, an unstated origin is unknown, not domestic
        # (annotators of four real-page sets leave it empty; the shared dev set's inferred domestic
        # cases are all in countries of origin)
    if not origin and not destination:
        everything = placed + mentioned
        if everything:
            top = everything.most_common(1)[0][0]
            origin, destination = [top], [top]
    # victims "from" a country are of it, as much as those called by its demonym
    victims = _ordered(list(nationalities) + [c for c in stated_origin if c in origin]) or list(origin)
    return origin, destination, victims


def case_places(mentions: list[Mention], countries: Iterable[str]) -> list[str]:
    """Places of the case: those in the case's countries (or the country most places are in);
    a city named only as a stop on the way ("on their way to Dubai") is left out."""
    allowed = set(countries)
    placed = Counter(m.attributes.get("country") for m in live(mentions, "place"))
    placed.pop(None, None)
    if placed:
        allowed.add(placed.most_common(1)[0][0])
    # the country the victims passed through on their way across a border: its places are on the route
    allowed |= {
        m.attributes.get("country")
        for m in live(mentions, "place")
        if m.attributes.get("relation") == "crossed"
    }
    allowed.discard(None)
    names = []
    for m in live(mentions, "place"):
        country = m.attributes.get("country")
        # where the authorities searched or arrested is a place of the case in any country
        operation = m.attributes.get("relation") == "operation"
        if country and allowed and country not in allowed and not operation:
            continue
        if m.attributes.get("relation") in ("reference", "seat", "partner", "custody"):
            continue  # a landmark, where officials sit, partner forces, police cells
        if m.attributes.get("background"):
            continue  # named only for another case or another time ("In 2021, a couple in Leeds …")
        if not country and is_given_name(m.value) and not m.attributes.get("unit_named"):
            continue  # a first name the NER took for a place, which no gazetteer knows ("Yesenia")
        if m.attributes.get("relation") == "dateline" and is_capital(m.value):
            # a dateline in a national capital is where the press sits ("MANILA —"); elsewhere it is
            # where a local report's case happened ("Bahraich:", "HOUSTON —")
            continue
        names.append(" ".join(m.value.split()))
    # shorter names first: "London" rather than "North London"
    names.sort(key=lambda n: (len(n.split()), len(n)))
    seen_norm: set[str] = set()
    unique = []
    for n in names:
        key = norm(n)
        if key in seen_norm:
            continue
        seen_norm.add(key)
        unique.append(n.title() if n.isupper() else n)
    # a lake or island named after a region is another place ("Volta Lake" and "Volta")
    features = [n for n in unique if _FEATURE.search(n)]
    return collapse([n for n in unique if n not in features]) + collapse(features)


def case_agencies(mentions: list[Mention]) -> list[str]:
    acting = [m for m in live(mentions, "organisation") if m.attributes.get("acting")]
    # "FBI" inside "FBI Sacramento Field Office" names the office, not a second agency; a parent
    # written with its possessive ("PSNI’s Modern Slavery Unit") is named as well
    acting = [m for m in acting if not any(_names_inside(m, other) for other in acting)]
    # … but a department named only as the owner of the unit that acted ("the Civil Rights Division's
    # Human Trafficking Prosecution Unit", "the U.S. Department of Labor's Wage and Hour Division") is not
    # named apart from it (own sets: 41 of 53 such parents were not in the gold; police forces were)
    owners_only = {m.value for m in acting if m.attributes.get("kind") != "police"} - {
        m.value for m in acting if not any(_owns(m, other) for other in acting)
    }
    acting = [m for m in acting if m.value not in owners_only]
    acting = _join_bracketed(acting)
    # "gardaí" are the force's officers: where a Garda bureau or unit is named and the force
    # itself is not, that unit is the agency that acted, and the officers name no second body
    if any(m.value.startswith(_GARDA_UNIT) for m in acting):
        named = {m.value for m in live(mentions, "organisation") if norm(m.text) not in _GARDA_OFFICERS}
        acting = [m for m in acting if m.value in named or norm(m.text) not in _GARDA_OFFICERS]
    # lexicon names first (they carry the acronym), then the longest written form
    acting.sort(key=lambda m: (-m.confidence, -len(m.value)))
    # a body named once with the place of its branch ("IOM Mali") is that branch wherever it is named
    branched = {m.value for m in acting if m.attributes.get("qualified")}
    acting = [m for m in acting if m.attributes.get("qualified") or m.value not in branched]
    names = collapse(
        resolve_agency_aliases(_ordered(m.attributes.get("qualified") or m.value for m in acting))
    )
    # a unit named with the body it belongs to ("CPS South West (Crown Prosecution Service)") stands
    # for that body too: "the CPS" in the same release is the area that acted
    bodies = {m.group(1) for n in names if (m := _BODY_OF_UNIT.search(n))}
    # "Norfolk Police's Operation Orion team" is the Norfolk Constabulary the report names (no gold
    # set lists both of 103 constabularies)
    constabularies = {
        n.casefold().removesuffix(" constabulary") for n in names if n.endswith(" Constabulary")
    }
    return [
        n
        for n in names
        if ACRONYM_AFTER.sub("", n) not in bodies
        and not (n.casefold().endswith(" police") and n.casefold().removesuffix(" police") in constabularies)
        and not _named_in_its_unit(n, names)
    ]


# the local offices of a national investigating body (the FBI's, HSI's): a police force's named units stand
# beside the force in the gold ("PSNI Modern Slavery and Human Trafficking Unit" and the PSNI)
_FIELD_OFFICES = ("field office", "resident agency", "division")


def _named_in_its_unit(name: str, names: list[str]) -> bool:
    """ "Federal Bureau of Investigation (FBI)" beside "FBI Washington Field Office": the office that acted,
    written with its parent's short name, names the parent already."""
    acronym = re.search(r"\(([A-Z]{2,6})\)$", name)
    if acronym is None:
        return False
    long_name = ACRONYM_AFTER.sub("", name)
    starts = (f"{acronym.group(1)} ", f"{acronym.group(1)}-", f"{long_name} ")
    return any(
        other != name and other.startswith(starts) and other.casefold().endswith(_FIELD_OFFICES)
        for other in names
    )


_GARDA_UNIT = "Garda "  # "Garda National Protective Services Bureau", "Garda National Immigration Bureau"
_GARDA_OFFICERS = frozenset({"gardai", "local gardai"})  # as `norm` writes them
_BODY_OF_UNIT = re.compile(r"\(([^()]*\s[^()]*)\)$")  # a name in brackets, not an acronym


_GLUED_AGE = re.compile(r"\s*,\s*\d{1,2}$")
_GENERATION = re.compile(r"\s(?:Jr|Sr|II|III)\.?$")
# "Tomasz K.", "S. M.": a surname cut to its initial (privacy rules in many countries' releases)
# names no one the reader could find; annotators leave such names out
_INITIAL_SURNAME = re.compile(r"(?:^|\s)\w\.?\W*$")


# words of mastheads, courts, roads and headlines that the NER runs into a "name"
_NOT_A_PERSON_WORDS = frozenset(
    {"news", "latest", "updated", "press", "magistrates", "freeway", "highway", "motorway", "branch",
     "regional", "herald", "dispatch", "gazette", "tribune", "centro", "court", "courthouse", "police",
     "street", "road"}
)  # fmt: skip


def case_suspects(mentions: list[Mention]) -> list[str]:
    names = []
    for m in live(mentions, "person"):
        if m.attributes.get("role") != "suspect":
            continue
        name = m.attributes.get("full_name") or m.value
        name = _GLUED_AGE.sub("", name)  # "Sima Akhter,23": the age written without a space
        if any(ch.isdigit() for ch in name):
            continue  # "Yor Nava 5", "Jane Doe12": a boat, a code or a byline run into a time
        if len(name.split()) < 2 and not (m.attributes.get("alias") or m.attributes.get("titled")):
            continue
        if _INITIAL_SURNAME.search(name):
            continue
        if _NOT_A_PERSON_WORDS & {w.casefold() for w in name.split()}:
            continue  # "Norfolk Herald News", "Birmingham Magistrates", "Katy Freeway": no one's name
        names.append(name)
    ordered = _one_order_per_name(_ordered(sorted(names, key=len, reverse=True)))
    # "Ferenc Domotor Jr." and "Ferenc Domotor": a son and his father, two people
    juniors = [n for n in ordered if _GENERATION.search(n)]
    return collapse(juniors) + collapse(n for n in ordered if not _GENERATION.search(n))


def _one_order_per_name(names: list[str]) -> list[str]:
    """One name per person written in two orders: a ruling's "DOBRE CIPRIAN-ANDREI" or a list's
    "Mureșan Viorica" is the "Ciprian-Andrei Dobre" or "Viorica Mureșan" its narrative names. The
    form that opens with a given name is kept, else the one not in capitals."""

    def preference(name: str) -> tuple[bool, bool]:
        first = re.split(r"[\s-]", name.strip(), maxsplit=1)[0]
        return (is_given_name(first.title()), not name.isupper())

    keys = {name: tuple(sorted(norm(name).split())) for name in names}
    kept: dict[tuple[str, ...], str] = {}
    for name, key in keys.items():
        if key not in kept or preference(name) > preference(kept[key]):
            kept[key] = name
    return [n for n in names if kept[keys[n]] == n]


def _names_inside(inner: Mention, outer: Mention) -> bool:
    """True when `inner` lies inside `outer`'s span as part of its name (not as a possessive)."""
    (a, b), (oa, ob) = inner.span, outer.span
    return oa <= a and b <= ob and (a, b) != (oa, ob) and not _possessive_at(outer, b)


def _join_bracketed(acting: list[Mention]) -> list[Mention]:
    """A name with another name of the same body in brackets right after it, one agency: "Judicial Police
    (Polícia Judiciária)" is the force's English and Portuguese names, "West Midlands Police (Public
    Protection Unit)" the force with the unit that acted (own sets: in 37 of 40 such pairs the gold held
    one name of the two)."""
    by_start = {m.span[0]: m for m in acting if m.attributes.get("bracketed")}
    inside: set[int] = set()
    joined: list[Mention] = []
    for m in acting:
        inner = by_start.get(m.span[1] + 2) if m.attributes.get("before_bracket") else None
        if inner is None or inner is m or m.value.endswith(")") or _one_within(inner.value, m.value):
            joined.append(m)
            continue
        inside.add(id(inner))
        joined.append(replace(m, value=f"{m.value} ({inner.value})"))
    return [m for m in joined if id(m) not in inside]


def _one_within(a: str, b: str) -> bool:
    """One name holds the other as whole words."""
    na, nb = f" {norm(a)} ", f" {norm(b)} "
    return na in nb or nb in na


def _owns(owner: Mention, outer: Mention) -> bool:
    """True when `owner` is written as the possessive of `outer`'s name ("Division's Unit"), inside it
    or right before it."""
    (a, b), (oa, ob) = owner.span, outer.span
    if owner.attributes.get("possessive"):
        return 0 <= oa - b <= 3
    return oa <= a and b < ob and _possessive_at(outer, b)


def _possessive_at(outer: Mention, end: int) -> bool:
    """Whether `outer`'s text has a possessive "'s" at document offset `end`."""
    at = end - outer.span[0]
    return outer.text[at : at + 2] in ("'s", "’s")


def _ordered(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
