"""Seizures told with "recovering" and a single luxury watch (sentences written here); a victim
recovering in hospital is no seizure."""

from __future__ import annotations

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _seized(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["seized"]


def test_recovering_in_a_raid_seizes() -> None:
    text = "Detectives raided two flats in Croydon, recovering about £5,000 in cash and 80 wraps of heroin."
    found = _seized(text)
    assert "cash" in found
    assert "drugs" in found


def test_a_single_luxury_watch_is_a_watch() -> None:
    text = "Officers seized £20,000 in cash, two cars and a designer watch from the house."
    assert "jewellery_watches" in _seized(text)


def test_recovering_in_hospital_seizes_nothing() -> None:
    text = "One of the women was recovering in hospital, her luxury watch still on her wrist."
    assert _seized(text) == []


def test_advice_on_recovering_passports_seizes_nothing() -> None:
    text = "Requested: a safe place to stay for the client, and guidance on recovering passports safely."
    assert _seized(text) == []
