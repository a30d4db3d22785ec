"""Pattern extractors: phones, e-mails, plates, money, dates, ages, document numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract.patterns import (
    find_ages,
    find_dates,
    find_document_numbers,
    find_emails,
    find_money,
    find_patterns,
    find_phones,
    find_plates,
)

PHONES = [
    ("Call the helpline on 0800 808 3733 any time.", ("GB", "RO"), "+448008083733"),
    ("Sunați la 0721 234 567 pentru detalii.", ("RO", "GB"), "+40721234567"),
    ("The office number is +40 21 318 2556.", ("GB",), "+40213182556"),
    ("Ring 020 7230 1212 to speak to the incident room.", ("GB", "RO"), "+442072301212"),
    ("Tips: +1 202 324 3000.", ("US",), "+12023243000"),
    ("Contact: 0040 744 123 456 (WhatsApp).", ("RO",), "+40744123456"),
]


@pytest.mark.parametrize(("text", "regions", "expected"), PHONES)
def test_phone_numbers_are_e164(text: str, regions: tuple[str, ...], expected: str) -> None:
    values = [m.value for m in find_phones(text, regions)]
    assert values == [expected]


def test_first_region_wins_a_number_valid_in_two_countries() -> None:
    text = "Crimestoppers: 0800 555 111."
    assert [m.value for m in find_phones(text, ("GB", "RO"))] == ["+44800555111"]
    assert [m.value for m in find_phones(text, ("RO", "GB"))] == ["+40800555111"]


def test_countries_named_in_the_text_add_phone_regions() -> None:
    text = "Spanish police said the anti-trafficking line 900 10 50 90 is free."
    phones = [m.value for m in find_patterns(text, ("GB", "RO")) if m.kind == "phone"]
    assert phones == ["+34900105090"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report set in another country reads national numbers as that country's
        ("In South Africa, victims can call the hotline on 0800 222 777. South Africa's police said so.",
         "+27800222777"),
        ("Kenya's police asked the public to call 0800 720 600. Kenya has a new law.", "+254800720600"),
        # … but a UK report's number stays British
        ("Romanian women were freed in London. Call Crimestoppers on 0800 555 111.", "+44800555111"),
        # … and a Canadian report's toll-free number North American
        ("Recruiters in the Philippines sent workers from the Philippines to a farm in Canada. "
         "Tips: 1-800-222-8477.", "+18002228477"),
        # a US state named more often than the victims' country sets the report in the US …
        ("Ohio's attorney general said men from Mexico worked in Ohio restaurants. Ohio residents can "
         "call 888-373-7888.", "+18883737888"),
        # … but not a state named as where victims were taken, in a report from their own country
        ("Mexico's FGR said women from Mexico were taken to New York. Mexico's hotline: 800 5533 000.",
         "+528005533000"),
        # a shared-cost hotline is an ordinary number: South Africa's, not a Thai mobile
        ("South Africa's Hawks freed 12 Thai women. South African residents can call Crime Stop on "
         "08600 10111.", "+27860010111"),
        # Romanian mobiles' digits are many countries' numbers: a report that never names Romania reads
        # the countries it names first (a Swedish mobile; a Kenyan one in a report set in the UK)
        ("Swedish police watched the flat after an advert gave the number 0701-740 650.", "+46701740650"),
        ("A Kenyan woman was freed in London. Her brother's number in Kenya is 0700 000 222.",
         "+254700000222"),
        # … but where Romania is named, Romanian mobiles stay Romanian
        ("A Romanian woman was freed in London. Her mother's number is 0722 555 123.", "+40722555123"),
    ],
)  # fmt: skip
def test_the_country_a_report_is_set_in_reads_its_national_numbers(text: str, expected: str) -> None:
    assert [m.value for m in find_patterns(text, ("GB", "RO", "US")) if m.kind == "phone"] == [expected]


def test_ordinary_number_types_beat_exotic_ones() -> None:
    # In GB, 070 numbers are "personal numbers"; in a Nigerian report this is a mobile.
    text = "Lagos police gave the number 07030000203 for tips."
    assert [m.value for m in find_phones(text, ("GB",), extra_regions=("NG",))] == ["+2347030000203"]


def test_ofcom_drama_numbers_are_not_phones() -> None:
    # 07700 900xxx is reserved for fiction and is invalid by design.
    assert find_phones("Text him on 07700 900123 tonight.", ("GB", "RO")) == []


def test_short_codes_and_years_are_not_phones() -> None:
    assert find_phones("Dial 999 or 101. It happened in 2019 and 2020.", ("GB", "RO")) == []


def test_contacts_in_boilerplate_are_marked() -> None:
    text = "Police freed four men.\nIf you suspect exploitation, call 0800 808 3733."
    phones = [m for m in find_patterns(text) if m.kind == "phone"]
    assert len(phones) == 1 and phones[0].attributes.get("boilerplate") is True


def test_emails() -> None:
    found = find_emails("Write to Tips.Desk@police.example.org or info@anitp.mai.gov.ro.")
    assert [m.value for m in found] == ["tips.desk@police.example.org", "info@anitp.mai.gov.ro"]


PLATES = [
    ("a black Audi, registration B 123 ABC, was stopped", "B 123 ABC", "RO"),
    ("the van (IS 12 XYZ) was seized", "IS 12 XYZ", "RO"),
    ("autoturismul CJ-07-KLM a fost oprit", "CJ 07 KLM", "RO"),
    ("a silver Ford Transit AB12 CDE was seen", "AB12 CDE", "GB"),
    ("the suspects drove a Volvo with plate LD19 XKP", "LD19 XKP", "GB"),
]


@pytest.mark.parametrize(("text", "value", "country"), PLATES)
def test_plates_are_normalised(text: str, value: str, country: str) -> None:
    found = find_plates(text)
    assert [(m.value, m.attributes["country"]) for m in found] == [(value, country)]


def test_ordinary_words_are_not_plates() -> None:
    assert find_plates("IS this the BBC? He was AT HOME with ABC news in 2020.") == []


MONEY = [
    ("cash totalling £20,000 was found", 20000.0, "GBP"),
    ("assets worth €1.2 million were frozen", 1_200_000.0, "EUR"),
    ("au fost ridicați 20.000 lei", 20000.0, "RON"),
    ("restitution of more than $175,000", 175000.0, "USD"),
    ("a debt of 30.000 de euro", 30000.0, "EUR"),
    ("paid Rs. 495 per day", 495.0, "INR"),
    ("wages of £8.50 an hour", 8.5, "GBP"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), MONEY)
def test_money(text: str, amount: float, currency: str) -> None:
    found = find_money(text)
    assert len(found) == 1
    assert found[0].value == {"amount": pytest.approx(amount), "currency": currency}


PUBLISHED = date(2024, 3, 15)  # a Friday

DATES = [
    ("Officers raided the house this morning.", "2024-03-15", "day"),
    ("The men were arrested last Friday.", "2024-03-08", "day"),
    ("He was detained yesterday.", "2024-03-14", "day"),
    ("Percheziții au avut loc pe 14 martie 2017.", "2017-03-14", "day"),
    ("The trial opened on 3 June 2021 in Preston.", "2021-06-03", "day"),
    ("The raid took place on March 24, 2017.", "2017-03-24", "day"),
    ("The scheme ran until June 2025.", "2025-06-01", "month"),
]


@pytest.mark.parametrize(("text", "iso", "precision"), DATES)
def test_dates_resolve_against_publication(text: str, iso: str, precision: str) -> None:
    found = find_dates(text, PUBLISHED)
    assert [(m.value, m.attributes["precision"]) for m in found] == [(iso, precision)]


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("Police raided the house this morning.", None) == []


AGES = [
    ("a 24-year-old man was also arrested", 24),
    ("the woman, aged 31, was charged", 31),
    ("Ionut Popescu, 31, of Iasi, was jailed", 31),
    ("Evelyn Jerry (27) was named", 27),
    ("un bărbat în vârstă de 25 de ani", 25),
    ("o tânără de 19 ani a fost salvată", 19),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_ages(text: str, age: int) -> None:
    assert [m.value for m in find_ages(text)] == [age]


def test_counts_after_commas_are_not_ages() -> None:
    assert find_ages("He arrested, 31 officers said, two men") == []


def test_document_numbers() -> None:
    found = find_document_numbers("She held passport number 123456789 and ID card no. RX 654321.")
    assert [m.value for m in found] == ["123456789", "RX654321"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_spans_index_the_text(text: str) -> None:
    for m in find_patterns(text, ("GB", "RO"), published=PUBLISHED):
        start, end = m.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == m.text


NUMBERISH = st.text(alphabet="0123456789 +-().,£€$leiRONmilionAB", max_size=60)


@settings(max_examples=200, deadline=None)
@given(NUMBERISH, NUMBERISH)
def test_number_heavy_text_spans_are_exact(left: str, right: str) -> None:
    text = f"{left} call 0800 808 3733 or pay €1.2 million {right}"
    mentions = find_patterns(text, ("GB", "RO"))
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text
    assert "+448008083733" in {m.value for m in mentions if m.kind == "phone"}


def test_a_north_american_number_with_its_trunk_prefix_in_a_romanian_report() -> None:
    text = "Victimele din SUA pot suna la National Human Trafficking Hotline, la 1-888-373-7888."
    phones = [m.value for m in find_patterns(text, ("RO",)) if m.kind == "phone"]
    assert phones == ["+18883737888"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country named through its people and its police: the report's own country, though another
        # country along the route is named first
        ("Ethiopian migrants travelled through Kenya. The South African Police Service freed them; the "
         "South African hotline is 0800 222 777.", "+27800222777"),
        ("The Omani authorities and the Omani shelter helped. Call 8007 1234 for help.", "+96880071234"),
    ],
)  # fmt: skip
def test_a_country_named_by_its_people_reads_national_numbers(text: str, expected: str) -> None:
    phones = [m.value for m in find_patterns(text, ("GB", "RO", "US")) if m.kind == "phone"]
    assert phones == [expected]
