"""A country the victims flew into or arrived in, then left across a border in the same sentence, is
passed through, not where they were exploited; its towns stay places of the case. Texts written for
these tests (forty-ninth session)."""

from __future__ import annotations

from tests.extract.support import schema_of

_SCAM_COMPOUND = (
    "Police in Hyderabad have arrested two recruitment agents who sent eight young men to a cyber-fraud "
    "compound. The agents advertised data-entry jobs on Telegram. The men were flown to Bangkok and then "
    "taken by road across the border to Sihanoukville in Cambodia, where their passports were taken and "
    "they were forced to run online scams for 16 hours a day."
)


def test_the_country_flown_to_before_a_border_is_no_destination() -> None:
    result = schema_of(_SCAM_COMPOUND)
    assert "KH" in result["countries"]["destination"]
    assert "TH" not in result["countries"]["destination"]
    assert "Bangkok" in result["places"]


def test_a_country_flown_to_without_a_crossing_stays_the_destination() -> None:
    text = (
        "Police arrested two agents who sent eight women from Hyderabad to work in massage parlours. "
        "The women were flown to Bangkok, where they were forced into prostitution."
    )
    assert "TH" in schema_of(text)["countries"]["destination"]
