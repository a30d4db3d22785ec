"""Phone numbers read again in the country the case's places are in (texts written for these tests)."""

from __future__ import annotations

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _contacts(text: str, language: str | None = None) -> list[str]:
    return extract(Document(text=text, language=language)).summary["contacts"]


def test_a_local_number_is_read_where_the_places_are() -> None:
    text = (
        "Helpline record, 14 March. Caller reports a girl of 13 working as a maid in a house in Model "
        "Town, Lahore, for a family from Faisalabad; she is beaten and not paid. Callback no. 0300-5550417."
    )
    assert "+923005550417" in _contacts(text)


def test_a_number_no_default_region_knows_is_found_there() -> None:
    text = (
        "Officers of the Tiruvallur district freed 38 workers from a brick kiln near Periyapalayam. The "
        "workers came from Bolangir and Nuapada. Inform the bonded labour vigilance cell in Chennai on "
        "044-5550 1234 if you know of others."
    )
    assert "+914455501234" in _contacts(text)


def test_a_freephone_line_stays_one_and_international_numbers_keep_their_country() -> None:
    text = (
        "Two men from Amritsar and Ludhiana were found in a car wash in Leicester, England; their families "
        "in Jalandhar had paid an agent. If you are worried, call the Modern Slavery Helpline on "
        "08000 121 700 or the agent's number the men gave, +44 7911 123456."
    )
    found = _contacts(text)
    assert "+448000121700" in found
    assert "+447911123456" in found


def test_a_moldovan_report_in_romanian_reads_moldovan_numbers() -> None:
    text = (
        "Ofițerii CCTP din Chișinău au reținut doi bărbați din raionul Cahul, suspectați că au recrutat "
        "trei femei pentru exploatare sexuală în Italia. Victimele pot suna la Telefonul de încredere "
        "0 800 77777, linie gratuită."
    )
    assert "+37380077777" in _contacts(text, "ro")


def test_dates_and_year_spans_are_no_phone_windows() -> None:
    from threadline.extract.patterns import _phone_windows

    assert _phone_windows("Raids on 12.03.2024 ended a scheme run in 2023-2024 and 2019/2020.") == []
    assert _phone_windows("Call 0800 555 111 today.") != []


def test_a_uk_release_naming_one_foreign_nationality_keeps_uk_numbers() -> None:
    text = (
        "A man was charged at Leicester Crown Court after two Indian nationals were found at a garment "
        "factory.\n\nYou can also call the Modern Slavery & Exploitation Helpline on 08000 121 700."
    )
    assert "+448000121700" in _contacts(text)
