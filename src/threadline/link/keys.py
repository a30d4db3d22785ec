"""Deterministic match keys: two mentions with the same key are the same phone, e-mail, vehicle,
account, document or address, whatever the spelling.

Every function returns `None` when the input cannot be parsed into a trustworthy key, so callers
never link on garbage.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import phonenumbers

from threadline.link.names import fold
from threadline.taxonomy.plates import RO_COUNTY_CODES

# Regions we try, in order, when a number has no international prefix. GB first: most reports are
# about the UK; RO second: most of the people in them are Romanian.
DEFAULT_PHONE_REGIONS: tuple[str, ...] = ("GB", "RO")


def phone_key(text: str | None, regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS) -> str | None:
    """E.164 form of a phone number: '07911 123456', '+44 7911 123456' and '0044 7911123456' all
    give '+447911123456'. Invalid numbers (wrong length, unallocated ranges) give None."""
    if not text:
        return None
    cleaned = text.strip()
    if not re.search(r"\d{3}", re.sub(r"[\s().\-/]", "", cleaned)):
        return None
    # "0044…" and "0040…" are the international prefix written out; phonenumbers handles them
    # only when told the dialling region, so rewrite to '+' first.
    compact = re.sub(r"[^\d+]", "", cleaned)
    if compact.startswith("00"):
        cleaned = "+" + compact[2:]
    for region in regions:
        try:
            parsed = phonenumbers.parse(cleaned, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None


_EMAIL = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
# Providers that ignore dots in the local part; for them "ion.popa@" = "ionpopa@".
_DOTLESS_PROVIDERS = frozenset({"gmail.com", "googlemail.com"})


def email_key(text: str | None) -> str | None:
    """Lower-cased e-mail with '+tags' removed and, for Gmail, dots in the local part removed."""
    if not text:
        return None
    value = text.strip().strip("<>").lower()
    value = value.replace(" at ", "@").replace("[at]", "@").replace("(at)", "@")
    value = re.sub(r"\s+", "", value)
    if not _EMAIL.match(value):
        return None
    local, domain = value.rsplit("@", 1)
    local = local.split("+", 1)[0]
    if domain in _DOTLESS_PROVIDERS:
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}" if local else None


# UK current format: two letters (area), two digits (age), three letters. Earlier prefix and suffix
# formats are accepted as long as they look like plates.
_UK_CURRENT = re.compile(r"^[A-Z]{2}\d{2}[A-Z]{3}$")
_UK_PREFIX = re.compile(r"^[A-Z]\d{1,3}[A-Z]{3}$")
_UK_SUFFIX = re.compile(r"^[A-Z]{3}\d{1,3}[A-Z]$")
_RO_COUNTIES = frozenset(RO_COUNTY_CODES)
# Romanian: county code, 2 digits (3 for Bucharest), 3 letters: "B 123 ABC", "CJ 07 XYZ".
_RO = re.compile(r"^([A-Z]{1,2})(\d{2,3})([A-Z]{3})$")


def plate_key(text: str | None) -> str | None:
    """Vehicle registration as 'plate:AB12CDE' (no spaces, dashes or EU band prefix). None if it
    does not look like a UK or Romanian plate.

    The country is not part of the key: 'AB 12 CDE' is valid in both countries (AB is Alba county),
    and a plate copied into a note rarely says which. `plate_country` gives the best guess.
    """
    compact = _plate_compact(text)
    if not compact:
        return None
    if plate_country(compact):
        return f"plate:{compact}"
    repaired = repair_plate(compact)
    return f"plate:{repaired}" if repaired else None


MAX_PLATE_SWAPS = 2
# Characters people and OCR swap in plates: a letter where the format wants a digit, or the reverse.
_AS_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8"})
_AS_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B"})


def repair_plate(compact: str) -> str | None:
    """'AB1Z CDE' or 'B 1O1 ABC' → the one valid plate reached by swapping look-alike characters into
    the places the format wants them (letters where letters go, digits where digits go); None when no
    valid plate, or more than one, comes out. A valid plate is never changed."""
    if not any(ch.isdigit() for ch in compact):
        return None  # no digit at all: a word ('LOOSE ID'), not a mistyped plate
    found: set[str] = set()
    if len(compact) == 7:  # UK current format: LL NN LLL
        found.add(_as(compact[:2], letters=True) + _as(compact[2:4]) + _as(compact[4:], letters=True))
    for county in (1, 2):  # Romanian: county (B, or two letters), two or three digits, three letters
        for digits in (2, 3):
            if len(compact) == county + digits + 3:
                head = _as(compact[:county], letters=True)
                found.add(head + _as(compact[county : county + digits]) + _as(compact[-3:], letters=True))
    # At most two swapped characters: more is a different string, not a slip.
    found = {c for c in found if sum(a != b for a, b in zip(c, compact, strict=True)) <= MAX_PLATE_SWAPS}
    valid = {candidate for candidate in found if plate_country(candidate)}
    # Old UK prefix plates ('A812 CDE') fit almost any string; a current-format reading wins over them.
    current = {c for c in valid if _is_romanian(c) or _is_uk_current(c)}
    chosen = current or valid
    return chosen.pop() if len(chosen) == 1 else None


def _as(part: str, *, letters: bool = False) -> str:
    return part.translate(_AS_LETTER if letters else _AS_DIGIT)


def _plate_compact(text: str | None) -> str:
    if not text:
        return ""
    compact = re.sub(r"[^A-Za-z0-9]", "", fold(text)).upper()
    # The EU band's country code sometimes gets copied into a note ("RO B 123 ABC", "GB AB12CDE").
    for band in ("RO", "GB", "UK"):
        rest = compact[len(band) :]
        if compact.startswith(band) and (_RO.match(rest) or _UK_CURRENT.match(rest)):
            return rest
    return compact


def _uk_age_identifier_ok(digits: str) -> bool:
    """Current UK plates carry the registration half-year: 02–(this year) or 51–(50 + this year).
    A few years of slack keep this correct for a while without a clock."""
    value = int(digits)
    return 2 <= value <= 35 or 51 <= value <= 85


def _is_romanian(compact: str) -> bool:
    found = _RO.match(compact)
    return (
        bool(found) and found.group(1) in _RO_COUNTIES and (found.group(1) == "B" or len(found.group(2)) == 2)
    )


def _is_uk_current(compact: str) -> bool:
    return bool(_UK_CURRENT.match(compact)) and _uk_age_identifier_ok(compact[2:4])


def plate_country(text: str | None) -> str | None:
    """'GB', 'RO', 'GB/RO' (shape valid in both) or None."""
    compact = _plate_compact(text)
    if not 4 <= len(compact) <= 8:
        return None
    ro = _is_romanian(compact)
    uk_current = _is_uk_current(compact)
    uk = uk_current or bool(_UK_PREFIX.match(compact) or _UK_SUFFIX.match(compact))
    if ro and uk:
        return "GB/RO"
    return "RO" if ro else "GB" if uk else None


def _iban_checksum_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def account_key(text: str | None, sort_code: str | None = None) -> str | None:
    """A bank account: 'iban:RO49AAAA1B31007593840000' (checksum verified) or
    'gb:123456:12345678' for a UK sort code + account number."""
    if not text:
        return None
    compact = re.sub(r"[^A-Za-z0-9]", "", text).upper()
    if compact.startswith("IBAN"):
        compact = compact[4:]
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) and _iban_checksum_ok(compact):
        return f"iban:{compact}"
    digits = re.sub(r"\D", "", text)
    sort_digits = re.sub(r"\D", "", sort_code or "")
    if len(sort_digits) == 6 and 7 <= len(digits) <= 8:
        return f"gb:{sort_digits}:{digits.zfill(8)}"
    # "20-00-00 12345678" written together in one field.
    if len(digits) == 14 and sort_code is None and re.search(r"\d{2}-\d{2}-\d{2}", text):
        return f"gb:{digits[:6]}:{digits[6:]}"
    return None


def document_key(text: str | None, kind: str = "doc") -> str | None:
    """A passport / ID card / NI number as 'kind:COMPACT' (spaces and punctuation removed).

    Document numbers are too varied to validate per country; we require 6–20 alphanumerics with at
    least 4 digits, which rules out words.
    """
    if not text:
        return None
    compact = re.sub(r"[^A-Za-z0-9]", "", text).upper()
    if not 6 <= len(compact) <= 20 or sum(ch.isdigit() for ch in compact) < 4:
        return None
    return f"{kind}:{compact}"


# --- addresses ---------------------------------------------------------------------------------

# UK postcode: outward code (area, district) + inward code (sector, unit). Validated by shape only.
_UK_POSTCODE = re.compile(
    r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b|\b([A-Z]{1,2}\d[A-Z\d]?)\b(?=\s*(?:,|$))"
)
_RO_POSTCODE = re.compile(r"\b(\d{6})\b")

_STREET_TYPES = {
    "ave": "avenue",
    "av": "avenue",
    "avenue": "avenue",
    "st": "street",
    "str": "street",
    "street": "street",
    "strada": "street",
    "rd": "road",
    "road": "road",
    "ln": "lane",
    "lane": "lane",
    "dr": "drive",
    "drive": "drive",
    "cl": "close",
    "close": "close",
    "ct": "court",
    "court": "court",
    "pl": "place",
    "place": "place",
    "sq": "square",
    "square": "square",
    "cres": "crescent",
    "crescent": "crescent",
    "gdns": "gardens",
    "gardens": "gardens",
    "gr": "grove",
    "grove": "grove",
    "ter": "terrace",
    "terr": "terrace",
    "terrace": "terrace",
    "pde": "parade",
    "parade": "parade",
    "hwy": "highway",
    "highway": "highway",
    "blvd": "boulevard",
    "bd": "boulevard",
    "bulevardul": "boulevard",
    "bdul": "boulevard",
    "boulevard": "boulevard",
    "calea": "way",
    "way": "way",
    "sos": "road",
    "soseaua": "road",
    "aleea": "alley",
    "alley": "alley",
    "piata": "square",
    "splaiul": "embankment",
    "intrarea": "passage",
}
# Romanian addresses put the type first ("Strada Mihai Eminescu nr. 5"); English puts it last.
_RO_LEADING_TYPES = frozenset(
    [
        "str",
        "strada",
        "bd",
        "bdul",
        "bulevardul",
        "calea",
        "sos",
        "soseaua",
        "aleea",
        "piata",
        "splaiul",
        "intrarea",
    ]
)
_ADDRESS_NOISE = frozenset(
    [
        "nr",
        "no",
        "number",
        "flat",
        "apt",
        "ap",
        "apartment",
        "bl",
        "bloc",
        "sc",
        "scara",
        "et",
        "etaj",
        "unit",
        "the",
    ]
)


@dataclass(frozen=True)
class Address:
    """The comparable parts of an address. `key` is set only when house number and street (or a
    full postcode) make it specific enough to link on."""

    house_number: str
    street: str
    postcode: str  # full UK postcode "NW9 5HX", outward code "NW9" or Romanian 6 digits
    outward: str  # UK outward code, used when only "NW9" was written
    town: str

    @property
    def key(self) -> str | None:
        if self.house_number and self.street:
            # UK outward code first (always written, even in short forms); then the town, which
            # Romanian writers give more often than the 6-digit postcode.
            area = self.outward or self.town or self.postcode
            return f"addr:{self.house_number}|{self.street}|{area}"
        return None


def uk_postcode(text: str | None) -> tuple[str, str] | None:
    """(full postcode or '', outward code) from free text, e.g. 'London NW9 5HX' → ('NW9 5HX','NW9')."""
    if not text:
        return None
    upper = fold(text).upper()
    for match in _UK_POSTCODE.finditer(upper):
        if match.group(1):
            return f"{match.group(1)} {match.group(2)}", match.group(1)
        if match.group(3) and re.search(r"\d", match.group(3)):
            return "", match.group(3)
    return None


def parse_address(text: str | None, postcode: str | None = None, town: str | None = None) -> Address:
    """Split a one-line address into number, normalised street, postcode and town.

    '14 Colindale Ave, NW9' and '14 Colindale Avenue, London NW9 5HX' share the key
    'addr:14|colindale avenue|NW9'.
    """
    full = ", ".join(p for p in (text, town, postcode) if p)
    pc = uk_postcode(postcode) or uk_postcode(full)
    outward = pc[1] if pc else ""
    full_pc = pc[0] if pc else ""
    if not full_pc:
        ro_pc = _RO_POSTCODE.search(full)
        full_pc = ro_pc.group(1) if ro_pc else ""
    parts = fold(text or "").split(",")
    # "Flat 3, 14 Oak Road, Derby": the flat is a part of its own; the street address follows it.
    if len(parts) > 1 and _is_unit_only(parts[0]):
        parts = parts[1:]
        text = ",".join(parts)
    first_part = parts[0]
    # Remove a postcode written inside the first part so its digits are not taken as a number.
    if pc:
        first_part = re.sub(re.escape(pc[1].lower()) + r"\s*(\d[a-z]{2})?", " ", first_part)
    words = [w for w in re.split(r"[^a-z0-9]+", first_part) if w]
    house = ""
    street_words: list[str] = []
    leading_type = ""
    for word in words:
        if not house and re.fullmatch(r"\d{1,4}[a-z]?", word):
            house = word
            continue
        if word in _ADDRESS_NOISE:
            continue
        if re.fullmatch(r"\d+[a-z]?", word):
            if not house:
                house = word
            continue  # flat numbers, block numbers: not part of the street
        if not street_words and word in _RO_LEADING_TYPES:
            leading_type = _STREET_TYPES.get(word, word)
            continue
        street_words.append(word)
    if street_words and street_words[-1] in _STREET_TYPES:
        street_words[-1] = _STREET_TYPES[street_words[-1]]
    elif street_words and leading_type:
        street_words.append(leading_type)
    town_value = re.sub(r"[^a-z ]+", " ", fold(town or "")).strip()
    if not town_value and text and "," in text:
        rest = [p.strip() for p in fold(text).split(",")[1:]]
        candidates = [re.sub(r"\b[a-z]{1,2}\d[a-z\d]?\s*(\d[a-z]{2})?\b", "", p).strip() for p in rest]
        candidates = [re.sub(r"[^a-z ]+", " ", c).strip() for c in candidates]
        town_value = next((c for c in candidates if c), "")
    town_value = " ".join(town_value.split())
    return Address(
        house_number=house,
        street=" ".join(street_words),
        postcode=full_pc,
        outward=outward,
        town=town_value,
    )


def _is_unit_only(part: str) -> bool:
    """A flat or unit designation with nothing else: 'flat 3', 'apt 2b', 'unit 4'."""
    words = [w for w in re.split(r"[^a-z0-9]+", part) if w]
    return (
        bool(words)
        and words[0] in _ADDRESS_NOISE
        and all(w in _ADDRESS_NOISE or re.fullmatch(r"\d+[a-z]?", w) for w in words)
    )


def address_key(text: str | None, postcode: str | None = None, town: str | None = None) -> str | None:
    """The linking key of an address, or None when it is too vague to link on."""
    return parse_address(text, postcode, town).key


def address_similarity(a: Address, b: Address) -> float:
    """0..1: how likely two parsed addresses are the same place, for when keys differ only by
    missing parts. Same number and street in compatible areas scores 1; a conflicting house number
    or postcode scores 0."""
    if not a.street or not b.street:
        return 0.0
    if a.house_number and b.house_number and a.house_number != b.house_number:
        return 0.0
    if a.outward and b.outward and a.outward != b.outward:
        return 0.0
    if " " in a.postcode and " " in b.postcode and a.postcode != b.postcode:
        return 0.0
    # difflib is enough for two short strings and keeps this module dependency-free.
    street = difflib.SequenceMatcher(None, a.street, b.street).ratio()
    if street < 0.85:
        return 0.0
    number = 1.0 if a.house_number and a.house_number == b.house_number else 0.6
    return round(street * number, 3)
