"""Deterministic keys: examples from real reports plus property tests on the parsers."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.link.keys import (
    account_key,
    address_key,
    address_similarity,
    document_key,
    email_key,
    parse_address,
    phone_key,
    plate_country,
    plate_key,
    repair_plate,
    uk_postcode,
)


@pytest.mark.parametrize(
    "text", ["07911 123456", "+44 7911 123456", "0044 7911123456", "(07911) 123-456", "+447911123456"]
)
def test_uk_mobile_formats_share_one_key(text: str) -> None:
    assert phone_key(text) == "+447911123456"


@pytest.mark.parametrize("text", ["0722 123 456", "+40 722 123 456", "0040722123456", "+40-722-123-456"])
def test_romanian_mobile_formats_share_one_key(text: str) -> None:
    assert phone_key(text) == "+40722123456"


@pytest.mark.parametrize("text", ["", "12", "call me", "07700 900123", "0000000000"])
def test_invalid_phones_give_no_key(text: str) -> None:
    assert phone_key(text) is None


def test_emails() -> None:
    assert email_key(" Ion.Popa+work@GMAIL.com ") == "ionpopa@gmail.com"
    assert email_key("ana.maria@yahoo.ro") == "ana.maria@yahoo.ro"
    assert email_key("ana at yahoo.ro") == "ana@yahoo.ro"
    assert email_key("not an email") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("AB12 CDE", "ab12cde"),
        ("B 123 ABC", "B-123-ABC"),
        ("RO CJ 07 XYZ", "CJ07XYZ"),
        ("GB AB12CDE", "AB12 CDE"),
    ],
)
def test_plate_spellings_share_one_key(a: str, b: str) -> None:
    assert plate_key(a) is not None
    assert plate_key(a) == plate_key(b)


def test_plate_countries() -> None:
    assert plate_country("CJ 99 XYZ") == "RO"  # 99 is no UK age identifier
    assert plate_country("CJ 07 XYZ") == "GB/RO"
    assert plate_country("B 123 ABC") == "GB/RO"  # also an old UK prefix plate
    assert plate_country("LB07 SEO") == "GB"
    assert plate_country("AB12 CDE") == "GB/RO"  # AB is also Alba county
    assert plate_key("hello") is None


def test_accounts() -> None:
    assert account_key("RO49 AAAA 1B31 0075 9384 0000") == "iban:RO49AAAA1B31007593840000"
    assert account_key("GB82 WEST 1234 5698 7654 32") == "iban:GB82WEST12345698765432"
    assert account_key("RO49 AAAA 1B31 0075 9384 0001") is None  # checksum fails
    assert account_key("12345678", sort_code="20-00-00") == "gb:200000:12345678"


def test_documents() -> None:
    assert document_key("05 123 456 7", "passport") == "passport:051234567"
    assert document_key("hello world") is None


def test_colindale_example_matches() -> None:
    a = "14 Colindale Ave, NW9"
    b = "14 Colindale Avenue, London NW9 5HX"
    assert address_key(a) == address_key(b) == "addr:14|colindale avenue|NW9"
    assert address_similarity(parse_address(a), parse_address(b)) == 1.0


def test_romanian_addresses_fold_diacritics() -> None:
    a = address_key("Strada Mihai Eminescu nr. 5, București")
    b = address_key("Str. Mihai Eminescu 5, Bucuresti")
    assert a == b is not None


def test_different_house_numbers_do_not_match() -> None:
    a, b = parse_address("14 Colindale Ave, NW9"), parse_address("16 Colindale Ave, NW9")
    assert address_key("14 Colindale Ave, NW9") != address_key("16 Colindale Ave, NW9")
    assert address_similarity(a, b) == 0.0


def test_postcodes() -> None:
    assert uk_postcode("London NW9 5HX") == ("NW9 5HX", "NW9")
    assert uk_postcode("sw1a1aa") == ("SW1A 1AA", "SW1A")


# --- properties ------------------------------------------------------------------------------------

uk_mobiles = st.integers(min_value=7400_000000, max_value=7999_999999).map(lambda n: f"+44{n}")


@given(uk_mobiles, st.sampled_from(["national", "international", "e164", "00", "dashes"]))
@settings(max_examples=150, deadline=None)
def test_any_format_of_a_valid_number_gives_its_e164(number: str, style: str) -> None:
    parsed = phonenumbers.parse(number)
    if not phonenumbers.is_valid_number(parsed):
        assert phone_key(number) is None
        return
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    text = {
        "national": national,
        "international": international,
        "e164": number,
        "00": "00" + number[1:],
        "dashes": international.replace(" ", "-"),
    }[style]
    assert phone_key(text) == number


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_parsers_never_raise_on_arbitrary_text(text: str) -> None:
    for parser in (phone_key, email_key, plate_key, account_key, document_key, address_key):
        result = parser(text)
        assert result is None or isinstance(result, str)
    parse_address(text)
    uk_postcode(text)


streets = st.sampled_from(["Colindale", "Edgware", "Church", "Station", "Mill"])
kinds = st.sampled_from([("Avenue", "Ave"), ("Road", "Rd"), ("Street", "St"), ("Lane", "Ln")])


@given(st.integers(1, 999), streets, kinds, st.sampled_from(["NW9", "PE13", "SL1"]))
@settings(max_examples=100, deadline=None)
def test_street_abbreviations_do_not_change_the_key(
    number: int, street: str, kind: tuple[str, str], outward: str
) -> None:
    full, short = kind
    assert address_key(f"{number} {street} {full}, {outward}") == address_key(
        f"{number} {street} {short}, London {outward} 1AB"
    )


@given(st.from_regex(r"[A-Z]{2}[0-9]{2}[A-Z]{3}", fullmatch=True), st.sampled_from([" ", "-", ""]))
@settings(max_examples=100, deadline=None)
def test_plate_separators_do_not_change_the_key(plate: str, sep: str) -> None:
    spaced = plate[:4] + sep + plate[4:]
    assert plate_key(spaced) == plate_key(plate.lower())


@pytest.mark.parametrize(
    ("written", "plate"),
    [
        ("AB1Z CDE", "AB12CDE"),  # Z for 2
        ("AB I2 CDE", "AB12CDE"),  # I for 1
        ("B 1O1 ABC", "B101ABC"),  # O for 0 in a Bucharest plate
        ("IS I2 A8C", "IS12ABC"),  # I for 1 and 8 for B
        ("CJ O5 XYZ", "CJ05XYZ"),
    ],
)
def test_look_alike_characters_in_plates_are_repaired(written: str, plate: str) -> None:
    assert plate_key(written) == f"plate:{plate}"


@pytest.mark.parametrize("text", ["LOOSE ID", "G0OD 1DEA", "AB 12 CD3", "BOLOGNA", "12345"])
def test_words_and_junk_are_not_turned_into_plates(text: str) -> None:
    assert plate_key(text) is None


@given(st.from_regex(r"[A-Z0-9]{6,8}", fullmatch=True))
@settings(max_examples=300, deadline=None)
def test_repair_never_changes_a_valid_plate_and_only_yields_valid_ones(text: str) -> None:
    repaired = repair_plate(text)
    if plate_country(text):
        assert plate_key(text) == f"plate:{text}"
    if repaired is not None:
        assert plate_country(repaired)
        assert sum(a != b for a, b in zip(repaired, text, strict=True)) <= 2
