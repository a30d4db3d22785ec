"""Pattern extractors: phones, e-mails, vehicle plates, money, dates, ages, document numbers.

Each finder returns `Mention`s whose spans index the original text. Regexes are compiled once at
import; dateparser is only called on short candidate spans (its free-text search over-captures and
costs milliseconds per sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

import phonenumbers
from price_parser import Price

from threadline.extract.alternation import gated, scanned
from threadline.extract.boilerplate import Segment, boilerplate_mask, split_segments
from threadline.extract.textutil import fold
from threadline.extract.types import Mention
from threadline.taxonomy.plates import RO_COUNTY_CODES

EXTRACTOR = "patterns"

# --- phones -------------------------------------------------------------------------------------


def find_phones(
    text: str,
    region_hints: Sequence[str],
    mask: bytearray | None = None,
    *,
    extra_regions: Sequence[str] = (),
) -> list[Mention]:
    """Phone numbers valid for any hinted region (then any `extra_regions`, e.g. countries the text
    names). Where regions disagree on the same digits, an ordinary type (mobile, fixed line,
    freephone) beats an exotic one (UK "070" personal numbers catch Nigerian mobiles), and then
    the earlier region wins: "0800 555 111" is valid, and different, in GB and RO."""
    windows = _phone_windows(text)
    if not windows:
        return []
    regions = list(dict.fromkeys(r.upper() for r in [*region_hints, *extra_regions] if r))
    candidates: list[tuple[int, int, int, int, phonenumbers.PhoneNumberMatch, str]] = []
    for order, region in enumerate(regions):
        for w_start, w_end in windows:
            try:
                matcher = phonenumbers.PhoneNumberMatcher(text[w_start:w_end], region)
                for m in matcher:
                    rank = 0 if _phone_type(m.number) in _ORDINARY else 1
                    candidates.append((rank, order, w_start + m.start, w_start + m.end, m, region))
            except Exception:  # noqa: S112 - a bad region hint must not sink the document
                continue
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for _rank, _order, start, end, m, region in sorted(candidates, key=lambda c: (c[0], c[1], c[2])):
        if any(start < e and s < end for s, e in taken):
            continue
        if _DATE_LIKE.fullmatch(m.raw_string.strip()):
            continue  # "09.09.2020": a date, whatever a phone plan would make of the digits
        value = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        attrs: dict[str, object] = {
            "region": phonenumbers.region_code_for_number(m.number) or region,
            "type": _phone_type(m.number),
        }
        if mask is not None and any(mask[start:end]):
            attrs["boilerplate"] = True
        taken.append((start, end))
        found.append(Mention("phone", (start, end), m.raw_string, value, EXTRACTOR, 0.95, attrs))
    return sorted(found, key=lambda m: m.span)


def reread_phones(
    text: str, mentions: list[Mention], home: str, is_boiler: Callable[[int], bool], *, sure: bool = False
) -> list[Mention]:
    """Phones read again in the country the text's places are in, once the gazetteer has placed them:
    "Callback no. 0300-5550417" in a report from Lahore is a Pakistani mobile, not a UK number, and
    "044-5550 1234" in one from Tamil Nadu is Chennai's. A number written in international form keeps
    its own country; a national reading that is no ordinary line changes nothing. Unless the home
    country is `sure` (told by the bodies a report names), a reading in a country the text names
    stands against one in a country it does not."""
    phones = [m for m in mentions if m.kind == "phone"]
    if any(m.attributes.get("region") == home for m in phones):
        return mentions  # the text's numbers were already read there
    named = _country_counts(text)
    if not phones and (home in named or home in _ALWAYS_TRIED):
        return mentions  # the first reading tried the home country and found no number at all
    found = [
        m
        for m in find_phones(text, (home,))
        if m.attributes.get("type") in _ORDINARY and m.attributes["region"] == home
    ]
    if not found:
        return mentions
    replaced: set[int] = set()
    added: list[Mention] = []
    for new in found:
        old = [m for m in phones if m.span[0] < new.span[1] and new.span[0] < m.span[1]]
        if any(_INTERNATIONAL.match(m.text) or _NANP_WITH_TRUNK.search(m.text) for m in old):
            continue
        if not sure and home not in named and any(m.attributes.get("region") in named for m in old):
            continue  # read in a country the text names, against places the gazetteer may have misplaced
        if (
            any(m.attributes.get("type") == "toll_free" for m in old)
            and new.attributes["type"] != "toll_free"
        ):
            continue  # a freephone line somewhere ("0800 …") is no one's mobile at home
        replaced.update(id(m) for m in old)
        if is_boiler(new.span[0]):
            new.attributes["boilerplate"] = True
        added.append(new)
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in replaced] + added, key=lambda m: m.span)


_INTERNATIONAL = re.compile(r"[\s(]*(?:\+|00)")
# regions every first reading tries (the default hints, whatever the text names)
_ALWAYS_TRIED = frozenset({"GB", "US"})
_NANP_WITH_TRUNK = re.compile(r"(?<![\d+])1[-. ]\(?[2-9]\d\d\)?[-. ][2-9]\d\d[-. ]\d{4}(?!\d)")
_DATE_LIKE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}")
# shared-cost lines are how many countries' hotlines are reached (South Africa's "08600 10111")
_ORDINARY = frozenset({"mobile", "fixed_line", "fixed_line_or_mobile", "toll_free", "shared_cost"})
# Countries a report names, as phone regions to try after the hints (folded names and demonyms).
_COUNTRY_WORDS = {
    "spain": "ES", "spanish": "ES", "australia": "AU", "australian": "AU", "ireland": "IE",
    "irish": "IE", "garda": "IE", "moldova": "MD", "nigeria": "NG", "nigerian": "NG", "italy": "IT",
    "italian": "IT", "germany": "DE", "german": "DE", "france": "FR", "french": "FR",
    "netherlands": "NL", "dutch": "NL", "belgium": "BE", "belgian": "BE", "poland": "PL",
    "polish": "PL", "bulgaria": "BG", "hungary": "HU", "greece": "GR", "portugal": "PT",
    "austria": "AT", "india": "IN", "indian": "IN", "philippines": "PH", "thailand": "TH",
    "thai": "TH", "ghana": "GH", "kenya": "KE", "south africa": "ZA", "canada": "CA",
    "canadian": "CA", "mexico": "MX", "brazil": "BR", "ukraine": "UA", "albania": "AL",
    "vietnam": "VN", "cambodia": "KH", "indonesia": "ID", "malaysia": "MY", "new zealand": "NZ",
    "lithuania": "LT", "latvia": "LV", "czech": "CZ", "slovakia": "SK", "serbia": "RS",
    "sweden": "SE", "norway": "NO", "denmark": "DK", "finland": "FI", "switzerland": "CH",
    "turkey": "TR", "united states": "US", "america": "US", "romania": "RO", "spania": "ES",
    "italia": "IT", "germania": "DE", "franta": "FR", "marea britanie": "GB", "anglia": "GB",
    # the people of a country point to it as its name does ("South African Police Service", "Nigerian
    # women"): a report names its own country's people more often than the places they passed through
    "south african": "ZA", "kenyan": "KE", "ghanaian": "GH", "ugandan": "UG", "uganda": "UG",
    "mexican": "MX", "brazilian": "BR", "colombian": "CO", "colombia": "CO", "peru": "PE",
    "peruvian": "PE", "filipino": "PH", "filipina": "PH", "vietnamese": "VN", "cambodian": "KH",
    "indonesian": "ID", "malaysian": "MY", "nepal": "NP", "nepali": "NP", "bangladesh": "BD",
    "pakistan": "PK", "oman": "OM", "omani": "OM", "qatar": "QA", "lebanon": "LB", "lebanese": "LB",
    "egypt": "EG", "egyptian": "EG", "lesotho": "LS", "moldovan": "MD", "ukrainian": "UA",
    "georgian": "GE", "tbilisi": "GE", "romanian": "RO", "bulgarian": "BG", "hungarian": "HU",
    "lithuanian": "LT", "albanian": "AL", "new zealander": "NZ", "sri lanka": "LK", "sri lankan": "LK",
    "swedish": "SE", "slovak": "SK",
}  # fmt: skip
_COUNTRY_RE = scanned(r"\b(?:" + "|".join(sorted(_COUNTRY_WORDS, key=len, reverse=True)) + r")\b")


# a UK or North American reader's number formats stay first where the text is set there
_SET_IN_UK_OR_NORTH_AMERICA = scanned(
    r"\b(?:UK|U\.K\.|Britain|British|England|Scotland|Wales|Northern Ireland|London|United Kingdom|"
    r"US|U\.S\.|USA|United States|America|American|Canada|Canadian|RCMP|FBI|"
    # British institutions name the country by themselves
    r"Crown Court|Magistrates['’]? Court|Sheriff Court|Constabulary|Crown Prosecution Service|"
    r"GLAA|Gangmasters|Home Office|Scotland Yard)\b"
)
# A US state or Canadian province (not Georgia: a country too) sets a report in North America when
# named at least as often as the country it names most ("Ohio" against one "Mexico"; not "New York"
# as where Mexican women were taken)
_NORTH_AMERICAN_STATE = gated(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    r"Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    r"North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    r"South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    r"Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\b"
)


def _country_counts(text: str) -> dict[str, int]:
    """How often the text names each country (ISO code), in order of first mention."""
    counts: dict[str, int] = {}
    for m in _COUNTRY_RE.finditer(fold(text)):
        code = _COUNTRY_WORDS[m.group()]
        counts[code] = counts.get(code, 0) + 1
    return counts


def countries_named(text: str) -> list[str]:
    """ISO codes of countries the text names, most mentioned first."""
    counts = _country_counts(text)
    return sorted(counts, key=lambda c: -counts[c])


_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d")
# Digit runs long enough to be a phone number; the matcher (slow) only sees windows around them.
_PHONE_CANDIDATE = scanned(r"\+?\(?\d[\d\s().\-/]{5,20}\d")


def _phone_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for m in _PHONE_CANDIDATE.finditer(text):
        if _DATE_LIKE.fullmatch(m.group()) or _YEAR_SPAN.fullmatch(m.group()):
            continue  # "12.03.2024", "2023-2024": no phone number, and the matcher is slow
        a, b = max(0, m.start() - 8), min(len(text), m.end() + 8)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def _phone_type(number: phonenumbers.PhoneNumber) -> str:
    kind = phonenumbers.number_type(number)
    names = {
        phonenumbers.PhoneNumberType.MOBILE: "mobile",
        phonenumbers.PhoneNumberType.FIXED_LINE: "fixed_line",
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
        phonenumbers.PhoneNumberType.TOLL_FREE: "toll_free",
        phonenumbers.PhoneNumberType.PREMIUM_RATE: "premium_rate",
        phonenumbers.PhoneNumberType.VOIP: "voip",
        phonenumbers.PhoneNumberType.SHARED_COST: "shared_cost",
    }
    return names.get(kind, "other")


# --- e-mails ------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")


def find_emails(text: str, mask: bytearray | None = None) -> list[Mention]:
    out = []
    for m in _EMAIL.finditer(text):
        attrs = {"boilerplate": True} if mask is not None and any(mask[m.start() : m.end()]) else {}
        out.append(Mention("email", m.span(), m.group(), m.group().lower(), EXTRACTOR, 0.95, attrs))
    return out


# --- vehicle registration plates ----------------------------------------------------------------

_RO_COUNTIES = [code for code in RO_COUNTY_CODES if code != "B"]  # Bucharest has its own form
# Romanian: county + 2 digits + 3 letters; Bucharest "B" takes 2 or 3 digits.
_PLATE_RO = scanned(
    rf"(?<![A-Za-z0-9])(?:(?P<county>{'|'.join(_RO_COUNTIES)})[ -]?(?P<d2>\d{{2}})"
    r"|(?P<buc>B)[ -]?(?P<d3>\d{2,3}))[ -]?(?P<letters>[A-Z]{3})(?![A-Za-z0-9])"
)
# GB current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D) formats; letters I, Q, Z are not
# used in the current format's memory tag, which keeps ordinary capitalised words out.
_PLATE_GB = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"(?P<cur>[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3})"
    r"|(?P<pre>[A-HJ-NP-Y]\d{1,3} ?[A-HJ-PR-Y]{3})"
    r"|(?P<suf>[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NP-Y])"
    r")(?![A-Za-z0-9])"
)


def find_plates(text: str) -> list[Mention]:
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for m in _PLATE_RO.finditer(text):
        # "AB12 CDE" (one separator, after the digits) is the GB layout; Romanian plates are
        # written either fully spaced ("AB 12 CDE") or run together ("AB12CDE").
        if m.group().count(" ") + m.group().count("-") == 1:
            continue
        county = m.group("county") or m.group("buc")
        digits = m.group("d2") or m.group("d3")
        value = f"{county} {digits} {m.group('letters')}"
        spans.append(m.span())
        out.append(Mention("vehicle", m.span(), m.group(), value, EXTRACTOR, 0.8, {"country": "RO"}))
    for m in _PLATE_GB.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in spans):
            continue
        raw = m.group().replace(" ", "")
        if m.group("cur"):
            value = f"{raw[:4]} {raw[4:]}"
        elif m.group("pre"):
            value = f"{raw[:-3]} {raw[-3:]}"
        else:
            value = f"{raw[:3]} {raw[3:]}"
        # A plate has digits *and* letters around them; require a space or a vehicle word nearby
        # for the shorter historic formats, which otherwise catch codes like "B12ABC".
        conf = 0.8 if m.group("cur") else 0.6
        out.append(Mention("vehicle", m.span(), m.group(), value, EXTRACTOR, conf, {"country": "GB"}))
    return out


# --- money --------------------------------------------------------------------------------------

_CUR_SYMBOL = r"(?:£|€|\$|US\$|₹|₱|₦|¥|GBP|EUR|USD|RON|INR|PHP|NGN|CHF|Rs\.?|P(?=\d))"
_CUR_AFTER = (
    r"(?:lei|leu|ron|euro|euros|eur|pounds?(?: sterling)?|dollars?|usd|gbp|naira|rupees?|"
    r"pesos?|francs?|chf|php)"
)
_AMOUNT = r"\d{1,3}(?:[,. ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"(?:\s?(?:million|mil\.?|milioane|milion|billion|bn|miliarde|m|k|thousand|mii)\b)?"
_MONEY = scanned(
    rf"(?P<pre>{_CUR_SYMBOL})\s?(?P<a1>{_AMOUNT})(?P<s1>{_SCALE})"
    rf"|(?<![\w.,])(?P<a2>{_AMOUNT})(?P<s2>{_SCALE})\s?(?:de\s)?(?P<post>{_CUR_AFTER})\b",
    re.IGNORECASE,
)
_CURRENCY = {
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP",
    "pounds sterling": "GBP", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "lei": "RON",
    "leu": "RON", "ron": "RON", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR",
    "rupee": "INR", "rupees": "INR", "₱": "PHP", "p": "PHP", "php": "PHP", "₦": "NGN",
    "ngn": "NGN", "naira": "NGN", "peso": "MXN", "pesos": "MXN", "chf": "CHF", "franc": "CHF",
    "francs": "CHF", "¥": "JPY",
}  # fmt: skip
_SCALES = {
    "million": 1e6, "mil": 1e6, "mil.": 1e6, "milioane": 1e6, "milion": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "miliarde": 1e9, "k": 1e3, "thousand": 1e3, "mii": 1e3,
}  # fmt: skip


def find_money(text: str) -> list[Mention]:
    out = []
    for m in _MONEY.finditer(text):
        amount_text = m.group("a1") or m.group("a2")
        cur_text = (m.group("pre") or m.group("post") or "").lower()
        scale_text = (m.group("s1") or m.group("s2") or "").strip().lower()
        # price-parser knows the separators' conventions ("20.000 lei", "£20,000.50").
        price = Price.fromstring(amount_text.replace(" ", ""), decimal_separator=_decimal(amount_text))
        if price.amount is None:
            continue
        amount = float(price.amount) * _SCALES.get(scale_text, 1.0)
        currency = _CURRENCY.get(cur_text, cur_text.upper() or None)
        value = {"amount": amount, "currency": currency}
        out.append(Mention("money", m.span(), m.group(), value, EXTRACTOR, 0.9))
    return out


def _decimal(amount: str) -> str | None:
    # "1.2" and "1,5" are decimals; "20.000" and "20,000" are thousands.
    m = re.search(r"[.,](\d+)$", amount)
    if not m:
        return None
    if len(m.group(1)) == 3:
        return "," if "." in amount[: m.start()] or amount[m.start()] == "." else "."
    return amount[m.start()]


# --- dates --------------------------------------------------------------------------------------

_MONTHS_EN = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_MONTHS_RO = (
    r"ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
    r"noiembrie|decembrie|ian\.|feb\.|mar\.|apr\.|iun\.|iul\.|aug\.|sep\.|oct\.|noi\.|dec\."
)
_MONTH = rf"(?:{_MONTHS_EN}|{_MONTHS_RO})"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|luni|marti|miercuri|joi|"
    r"vineri|sambata|duminica)"
)
_DATE = scanned(
    rf"\b(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{4}})\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b"
    rf"|\b(?:(?:last|this|next|on|pe|din|de)\s+)?{_WEEKDAY}\b(?:\s+(?:morning|afternoon|evening|night|dimineata|seara))?"
    r"|\b(?:this|yesterday|earlier this|last)\s+(?:morning|afternoon|evening|night|week|month|year)\b"
    r"|\b(?:earlier today|today|yesterday|ieri|azi|astazi|alaltaieri|saptamana trecuta|"
    r"luna trecuta|anul trecut)\b",
)
# Relative phrases resolved here (dateparser treats "this morning" as 9 am and misses "earlier today").
_RELATIVE_DAYS = {
    "today": 0, "earlier today": 0, "azi": 0, "astazi": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "yesterday": -1, "ieri": -1, "last night": -1,
    "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "alaltaieri": -2, "earlier this morning": 0, "this week": 0,
}  # fmt: skip
_COARSE = {"last week": ("week", -7), "saptamana trecuta": ("week", -7), "last month": ("month", -30),
           "luna trecuta": ("month", -30), "last year": ("year", -365), "anul trecut": ("year", -365),
           "this month": ("month", 0), "this year": ("year", 0)}  # fmt: skip


@lru_cache(maxsize=64)
def _date_parser(base: date | None):
    from dateparser.date import DateDataParser  # imported lazily: its import costs ~0.4 s

    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    return DateDataParser(languages=["en", "ro"], settings=settings)


# Month numbers for the regular written forms, folded (English and Romanian, full and short).
_MONTH_NUMBER = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan", "ianuarie", "ian"), ("february", "feb", "februarie"),
            ("march", "mar", "martie"), ("april", "apr", "aprilie"), ("may", "mai"),
            ("june", "jun", "iunie", "iun"), ("july", "jul", "iulie", "iul"), ("august", "aug"),
            ("september", "sep", "sept", "septembrie"), ("october", "oct", "octombrie"),
            ("november", "nov", "noiembrie", "noi"), ("december", "dec", "decembrie"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_DAY_MONTH = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]+)\.?(?:,?\s+(?P<y>\d{4}))?")
_MONTH_DAY = re.compile(r"(?P<m>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?")
_MONTH_YEAR = re.compile(r"(?P<m>[a-z]+)\.?\s+(?P<y>\d{4})")
_NUMERIC = re.compile(r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})")


def _regular_date(key: str, published: date | None) -> tuple[date, str] | None:
    """The regular written forms ("5 July 2019", "July 5", "March 2015", "09.09.2020") without
    dateparser, which costs more than every other rule together; None for anything else."""
    if m := _MONTH_YEAR.fullmatch(key):
        month = _MONTH_NUMBER.get(m["m"])
        return (date(int(m["y"]), month, 1), "month") if month else None
    m = _DAY_MONTH.fullmatch(key) or _MONTH_DAY.fullmatch(key) or _NUMERIC.fullmatch(key)
    if m is None:
        return None
    month = int(m["m"]) if m["m"].isdigit() else _MONTH_NUMBER.get(m["m"])
    if not month:
        return None
    if m["y"] is None and published is None:
        return None  # the year is the parser's guess; leave it to dateparser as before
    year = int(m["y"]) if m["y"] else published.year  # type: ignore[union-attr]
    try:
        value = date(year, month, int(m["d"]))
    except ValueError:
        return None
    if m["y"] is None and published is not None and value > published:
        value = value.replace(year=year - 1)  # "on 3 November" in a January report: last year
    return value, "day"


def find_dates(text: str, published: date | None = None) -> list[Mention]:
    folded = fold(text)
    out = []
    for m in _DATE.finditer(folded):
        raw = text[m.start() : m.end()]
        key = re.sub(r"^(?:on|pe|din|de)\s+", "", m.group()).strip()
        value: date | None = None
        precision = "day"
        relative = False
        if key in _RELATIVE_DAYS or key in _COARSE:
            relative = True
            if published is None:
                continue
            if key in _RELATIVE_DAYS:
                value = published + timedelta(days=_RELATIVE_DAYS[key])
            else:
                precision, shift = _COARSE[key]
                value = published + timedelta(days=shift)
        else:
            if re.fullmatch(rf"(?:(?:last|this|next)\s+)?{_WEEKDAY}.*", key) and published is None:
                continue  # a bare weekday means nothing without the publication date
            relative = bool(re.match(rf"(?:(?:last|this|next)\s+)?{_WEEKDAY}", key))
            regular = None if relative else _regular_date(re.sub(rf"^{_WEEKDAY},?\s+", "", key), published)
            if regular is not None:
                value, precision = regular
            else:
                try:
                    data = _date_parser(published).get_date_data(raw.replace(",", " "))
                except Exception:  # noqa: S112 - dateparser raises assorted errors on odd input
                    continue
                if data is None or data.date_obj is None:
                    continue
                value = data.date_obj.date()
                precision = data.period or "day"
            if relative and published is not None and value > published:
                value -= timedelta(days=7)  # "on Friday" in a report means the past Friday
        attrs = {"precision": precision, "relative": relative}
        out.append(Mention("date", m.span(), raw, value.isoformat(), EXTRACTOR, 0.8, attrs))
    return out


# --- ages ---------------------------------------------------------------------------------------

_AGE = scanned(
    r"\b(?P<a1>\d{1,2})[- ]years?[- ]old\b"
    r"|\baged\s+(?P<a2>\d{1,2})\b"
    r"|\b(?:in )?varst[aă] de (?P<a3>\d{1,2}) (?:de )?ani\b"
    r"|\bde (?P<a4>\d{1,2}) (?:de )?ani\b"
    r"|(?<=[a-z]),\s(?P<a5>\d{1,2})(?=\s?[,;)]|\sand\s|\s(?:of|from|who|din)\b)"
    r"|(?<=[A-Za-z])\s\((?P<a6>\d{1,2})\)",
)
_NAME_BEFORE = re.compile(r"[A-ZĂÂÎȘŞȚŢ][\w'’-]+$")


def find_ages(text: str) -> list[Mention]:
    out = []
    folded = fold(text)
    for m in _AGE.finditer(folded):
        group = next(g for g in ("a1", "a2", "a3", "a4", "a5", "a6") if m.group(g))
        age = int(m.group(group))
        if group in ("a5", "a6"):
            # "Ionut Popescu, 31," / "Evelyn Jerry (27)": only after a capitalised word.
            if not _NAME_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            start, end = m.start(group), m.end(group)
        else:
            start, end = m.span()
        if not 0 < age < 110:
            continue
        out.append(Mention("age", (start, end), text[start:end], age, EXTRACTOR, 0.85))
    return out


# --- document numbers ---------------------------------------------------------------------------

_DOC = re.compile(
    r"\b(?P<kind>passport|pasaport|id card|identity card|carte de identitate|buletin|cnp|"
    r"document)\b(?:\s+(?:no\.?|number|nr\.?|numarul|num[aă]r|serial))?\s*[:#]?\s*"
    r"(?P<num>[A-Z]{0,3}\s?\d{6,13})\b",
    re.IGNORECASE,
)


def find_document_numbers(text: str) -> list[Mention]:
    out = []
    for m in _DOC.finditer(fold(text)):
        start, end = m.span("num")
        raw = text[start:end]
        kind = m.group("kind")
        value = raw.replace(" ", "").upper()
        attrs = {"document": "national_id" if kind in ("cnp", "buletin") else kind}
        out.append(Mention("document_number", (start, end), raw, value, EXTRACTOR, 0.8, attrs))
    return out


# --- all together -------------------------------------------------------------------------------


def find_patterns(
    text: str,
    region_hints: Sequence[str] = ("GB", "RO"),
    *,
    published: date | None = None,
    segments: list[Segment] | None = None,
) -> list[Mention]:
    """All pattern mentions in `text`, sorted by span.

    region_hints: ISO country codes for phone parsing, most likely first (put the document's own
    country first). Phones and e-mails inside boilerplate get attributes["boilerplate"] = True.
    """
    if segments is None:
        segments = split_segments(text)
    mask = boilerplate_mask(len(text), segments)
    mentions: list[Mention] = []
    mentioned = _country_counts(text)
    named = sorted(mentioned, key=lambda c: -mentioned[c])
    romanian_first = bool(region_hints) and region_hints[0] == "RO"
    if (
        named
        and named[0] not in region_hints
        and not romanian_first
        and not _SET_IN_UK_OR_NORTH_AMERICA.search(text)
        and len(_NORTH_AMERICAN_STATE.findall(text)) < mentioned[named[0]]
    ):
        # "call the hotline on 0800 222 777" in a South African report: the country the text is
        # about reads its national numbers before the default regions (Romanian texts keep RO first:
        # they name the countries their people went to)
        region_hints = (named[0], *region_hints)
    if not romanian_first and "RO" in region_hints and "RO" not in mentioned and named:
        # Romanian mobiles (07xx xxx xxx) share their digits with many countries' numbers: an English
        # report that never names Romania reads the countries it names first
        region_hints = tuple(r for r in region_hints if r != "RO")
        named = [*named, "RO"]
    if "US" not in region_hints and "US" not in named and _NANP_WITH_TRUNK.search(text):
        # "1-888-373-7888" in a Romanian or Mexican report: the trunk "1-" and the 3-3-4 grouping are
        # North America's, whatever the text's own country
        named = [*named, "US"]
    mentions += find_phones(text, region_hints, mask, extra_regions=named)
    mentions += find_emails(text, mask)
    mentions += find_plates(text)
    mentions += find_money(text)
    mentions += find_dates(text, published)
    mentions += find_ages(text)
    mentions += find_document_numbers(text)
    return _dedupe(mentions)


def _dedupe(mentions: Iterable[Mention]) -> list[Mention]:
    # A phone number's digits must not also surface as a document number or a plate.
    ordered = sorted(mentions, key=lambda m: (m.span[0], -m.span[1]))
    phones = [m.span for m in ordered if m.kind == "phone"]
    out = []
    for m in ordered:
        if m.kind in ("document_number", "money", "age", "date") and any(
            m.span[0] < e and s < m.span[1] for s, e in phones
        ):
            continue
        out.append(m)
    return out
