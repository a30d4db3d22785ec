from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.link.names import (
    canonical_given,
    fold,
    name_block_keys,
    names_compatible,
    normalise_name,
    normalise_org,
    split_name,
)


def test_romanian_diacritics_both_spellings() -> None:
    # comma-below (ș ț) and the legacy cedilla forms (ş ţ) fold to the same letters
    assert fold("Ștefan Țăranu") == fold("Ştefan Ţăranu") == "stefan taranu"
    assert fold("Brăila Câmpina Tîrgu") == "braila campina tirgu"


def test_other_scripts_are_transliterated() -> None:
    assert normalise_name("Иван Петров") == "ivan petrov"
    assert fold("Ελένη").isascii()


def test_split_forms() -> None:
    assert split_name("Popescu, Ion").surname == "popescu"
    assert split_name("POPESCU Ion").given == "ion"
    name = split_name("I. Popescu")
    assert name.initials_only and name.given == "i" and name.surname == "popescu"
    assert split_name("Mr Gheorghe Ștefănescu").given == "gheorghe"
    assert split_name("Ana Maria van der Berg").surname == "van der berg"


def test_initials_and_nicknames_are_compatible() -> None:
    assert names_compatible(split_name("I. Popescu"), split_name("Ion Popescu"))
    assert names_compatible(split_name("Ionel Popescu"), split_name("Ion Popescu"))
    assert names_compatible(split_name("Ghiță Ionescu"), split_name("Gheorghe Ionescu"))
    assert not names_compatible(split_name("Maria Popescu"), split_name("Ion Popescu"))
    assert canonical_given("bill") == "william"


def test_organisation_forms() -> None:
    assert normalise_org("Fast Wash S.R.L.") == normalise_org("FAST WASH LTD") == "fast wash"


def test_block_keys_cover_initials() -> None:
    assert set(name_block_keys(split_name("I. Popescu"))) & set(name_block_keys(split_name("Ion Popescu")))


@given(st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_normalisation_is_total_and_ascii(text: str) -> None:
    out = normalise_name(text)
    assert out == out.strip()
    assert out.isascii()
    split_name(text)
    normalise_org(text)
