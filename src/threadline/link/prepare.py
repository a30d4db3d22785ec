"""Turn raw person/organisation records into the standard columns the matcher compares.

Standard columns (all strings or nulls, except birth_year): unique_id, source_dataset, record_id,
first_name, first_name_canon, surname, full_name, dob, birth_year, gender, nationality, phone,
email, postcode, outward, city, address_key.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping

import pandas as pd

from threadline.link.keys import address_key, email_key, phone_key, uk_postcode
from threadline.link.names import canonical_given, fold, normalise_name, normalise_org, split_name

STANDARD_FIELDS: tuple[str, ...] = (
    "first_name",
    "surname",
    "full_name",
    "dob",
    "age",
    "gender",
    "nationality",
    "phone",
    "email",
    "address",
    "postcode",
    "city",
)

# The headers we recognise without help, compared after lower-casing and squeezing spaces,
# dashes and underscores out ("First Name " = "first_name" = "FIRSTNAME").
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("given_name", "first_name", "forename", "firstname", "given", "prenume", "first"),
    "surname": ("surname", "last_name", "family_name", "lastname", "nume", "last"),
    "full_name": (
        "full_name",
        "name",
        "fullname",
        "person",
        "person_name",
        "organisation",
        "organization",
        "org_name",
        "company",
    ),
    "dob": ("date_of_birth", "dob", "birth_date", "birthdate", "data_nasterii"),
    "age": ("age", "varsta", "age_years"),
    "gender": ("gender", "sex"),
    "nationality": ("nationality", "citizenship", "nationalitate", "country_of_origin"),
    "phone": ("phone", "phone_number", "telephone", "tel", "mobile", "telefon", "soc_sec_id_phone"),
    "email": ("email", "e_mail", "email_address", "mail"),
    "address": ("address", "street", "address_1", "address1", "street_address", "adresa", "address_line_1"),
    "postcode": ("postcode", "zip", "post_code", "postal_code", "zipcode", "cod_postal"),
    "city": ("town", "city", "suburb", "locality", "oras", "localitate"),
}


def squeeze_header(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "", str(name).strip().lower())


def recognise_columns(headers: list[str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Map our standard field → the header in this file. `overrides` is `{our: theirs}`."""
    by_squeezed = {squeeze_header(h): h for h in headers}
    found: dict[str, str] = {}
    for field, aliases in ALIASES.items():
        for alias in aliases:
            header = by_squeezed.get(squeeze_header(alias))
            if header is not None and header not in found.values():
                found[field] = header
                break
    for ours, theirs in (overrides or {}).items():
        header = by_squeezed.get(squeeze_header(theirs))
        if header is not None:
            found[ours] = header
    return found


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y%m%d", "%d %b %Y", "%d %B %Y")


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@functools.lru_cache(maxsize=200_000)
def parse_date(text: str) -> str | None:
    """ISO date from the formats people write (day first, as in the UK and Romania)."""
    value = text.strip()
    if not value:
        return None
    value = value.split("T")[0].split(" 00:00")[0]
    iso = _ISO_DATE.fullmatch(value)
    if iso:  # the common case, without strptime's cost
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    if re.fullmatch(r"\d{4}", value):  # a year alone: keep it as the birth year only
        return None
    return None


def _birth_year(dob: str | None, raw_dob: str, age: str, reference_year: int) -> int | None:
    if dob:
        return int(dob[:4])
    if re.match(r"\s*\d{4}\b", raw_dob or ""):  # a year alone, or a date with a typo after it
        return int(raw_dob.strip()[:4])
    if re.fullmatch(r"\s*\d{4}\s*", raw_dob or ""):
        return int(raw_dob)
    match = re.search(r"\d{1,3}", age or "")
    if match and 0 < int(match.group(0)) < 120:
        return reference_year - int(match.group(0))
    return None


_GENDERS = {
    "m": "m",
    "male": "m",
    "man": "m",
    "masculin": "m",
    "barbat": "m",
    "b": "m",
    "f": "f",
    "female": "f",
    "woman": "f",
    "feminin": "f",
    "femeie": "f",
}


@functools.lru_cache(maxsize=4096)
def normalise_country(text: str) -> str | None:
    """ISO 3166 alpha-2 from a country or nationality word ('Romanian', 'România', 'RO')."""
    value = fold(text).strip()
    if not value:
        return None
    demonyms = {
        "romanian": "RO",
        "romana": "RO",
        "roman": "RO",
        "british": "GB",
        "english": "GB",
        "uk": "GB",
        "bulgarian": "BG",
        "moldovan": "MD",
        "polish": "PL",
        "albanian": "AL",
        "vietnamese": "VN",
        "hungarian": "HU",
        "ukrainian": "UA",
        "lithuanian": "LT",
        "slovak": "SK",
        "czech": "CZ",
        "nigerian": "NG",
        "eritrean": "ER",
        "sudanese": "SD",
        "chinese": "CN",
        "indian": "IN",
        "filipino": "PH",
        "irish": "IE",
        "italian": "IT",
    }
    if value in demonyms:
        return demonyms[value]
    import pycountry

    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        return value[:40]


def _column(frame: pd.DataFrame, header: str | None) -> pd.Series:
    """The raw column as stripped strings ('' for missing), or all '' when absent."""
    if header is None or header not in frame.columns:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    values = frame[header]
    return values.where(values.notna(), "").astype(str).str.strip()


def _map_unique(values: pd.Series, func: Callable[[str], object]) -> pd.Series:
    """Apply `func` once per distinct value: lists repeat names, towns and postcodes a lot."""
    uniques = values.unique()
    table = {v: (func(v) if v else None) for v in uniques}
    return values.map(table)


def _dob_value(raw: str) -> str | None:
    parsed = parse_date(raw)
    if parsed:
        return parsed
    # Keep an impossible but well-shaped date ("1777-89-09" is a typo of a real one) so the
    # one-typo comparison level can still use it.
    return raw if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) else None


def prepare_records(
    frame: pd.DataFrame,
    columns: Mapping[str, str],
    *,
    source: str,
    id_column: str | None = None,
    kind: str = "person",
    reference_year: int | None = None,
) -> pd.DataFrame:
    """Standard columns from one source's raw records. `columns` maps our field → their header."""
    reference_year = reference_year or dt.date.today().year
    frame = frame.reset_index(drop=True)
    if id_column is not None:
        if id_column not in frame.columns:
            raise KeyError(id_column)
        ids = _column(frame, id_column)
    else:
        ids = pd.Series([str(i + 1) for i in range(len(frame))], dtype=object)
    col = {field: _column(frame, columns.get(field)) for field in STANDARD_FIELDS}

    given = _map_unique(col["first_name"], normalise_name)
    surname = _map_unique(col["surname"], normalise_name)
    if kind == "organisation":
        raw_full = col["full_name"].where(
            col["full_name"] != "", (col["first_name"] + " " + col["surname"]).str.strip()
        )
        full = _map_unique(raw_full, normalise_org)
        given = pd.Series([None] * len(frame), dtype=object)
        surname = given.copy()
    else:
        full = _map_unique(col["full_name"], normalise_name)
        missing_parts = given.isna() & surname.isna() & full.notna()
        if missing_parts.any():
            split = _map_unique(col["full_name"].where(missing_parts, ""), split_name)
            given = given.where(~missing_parts, split.map(lambda n: n.given if n else None))
            surname = surname.where(~missing_parts, split.map(lambda n: n.surname if n else None))
        joined = (given.fillna("") + " " + surname.fillna("")).str.strip()
        full = full.where(full.notna(), joined.where(joined != "", None))
    given = given.where(given != "", None)
    surname = surname.where(surname != "", None)

    dob = _map_unique(col["dob"], _dob_value)
    birth_year = [
        _birth_year(d, r, a, reference_year) for d, r, a in zip(dob, col["dob"], col["age"], strict=True)
    ]
    postcodes = _map_unique(col["postcode"], lambda v: uk_postcode(v) or ("", ""))
    postcode = [
        (pc[0] or pc[1]) if pc and pc[1] else (fold(raw).strip().upper() or None)
        for pc, raw in zip(postcodes, col["postcode"], strict=True)
    ]
    outward = [pc[1] if pc and pc[1] else None for pc in postcodes]
    city = _map_unique(col["city"], lambda v: fold(v).strip() or None)
    address = [
        address_key(a, p or None, c or None) if a else None
        for a, p, c in zip(col["address"], col["postcode"], col["city"], strict=True)
    ]
    prepared = pd.DataFrame(
        {
            "unique_id": source + "\x1f" + ids,
            "source_dataset": source,
            "record_id": ids,
            "first_name": given,
            "first_name_canon": _map_unique(given.fillna(""), canonical_given),
            "surname": surname,
            "full_name": full,
            "dob": dob,
            "birth_year": pd.array(birth_year, dtype="Int64"),
            "gender": _map_unique(col["gender"], lambda v: _GENDERS.get(fold(v))),
            "nationality": _map_unique(col["nationality"], normalise_country),
            "phone": _map_unique(col["phone"], phone_key),
            "email": _map_unique(col["email"], email_key),
            "email_user": _map_unique(col["email"], lambda v: (email_key(v) or "@").split("@")[0] or None),
            "postcode": postcode,
            "outward": outward,
            "city": city,
            "address_key": address,
        }
    )
    return prepared.astype({c: object for c in prepared.columns if c != "birth_year"})


_OUTPUT_COLUMNS = (
    "unique_id",
    "source_dataset",
    "record_id",
    "first_name",
    "first_name_canon",
    "surname",
    "full_name",
    "dob",
    "birth_year",
    "gender",
    "nationality",
    "phone",
    "email",
    "postcode",
    "outward",
    "city",
    "address_key",
)
COMPARABLE_COLUMNS: tuple[str, ...] = _OUTPUT_COLUMNS[3:]
