"""The victims' count of last resort: with no sentence that counts victims in any other way, the first
group of people the report brings in ("eleven Nepali porters told inspectors …") is the count. Added in
the forty-eighth session; the texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of

NO_COUNT = (
    "Labour inspectors in Doha are examining complaints about a cleaning contractor. The workers say "
    "their wages were held back for four months and their passports kept in the office."
)


def test_without_a_group_the_count_stays_unknown() -> None:
    assert schema_of(NO_COUNT)["victims"]["count"] is None


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Eleven Nepali porters told inspectors they had not been paid since June.", 11),
        ("The complaint was brought by the families of seven women from Sylhet.", 7),
        ("A group of six men from Tonga came to the church office for help.", 6),
        ("At least 14 cleaners from Uganda live in a hostel the company rents.", 14),
        ("The five Bangladeshi labourers said they owed the agent $3,000 each.", 5),
        # more groups listed after the first are added to it; a split of the group is not
        ("The crew were nine Indonesian men, four from Myanmar and two from Vietnam.", 15),
        ("Eight Kenyan women and three Ugandan women said the agent kept their phones.", 11),
        ("Investigators spoke to 12 workers, seven men and five women, on the site.", 12),
    ],
)
def test_the_first_group_brought_in_counts_the_victims(sentence: str, count: int) -> None:
    assert schema_of(f"{NO_COUNT} {sentence}")["victims"]["count"] == count


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men were arrested at the office on Monday.",  # the accused
        "There are maybe 20 workers in the camp, I am not sure.",  # a guess
        "She says 3 or 4 girls work in the back room.",
        "The other two women have not spoken to anyone.",  # a part of a group counted elsewhere
        "Nine of the workers are from Nepal.",
        "The workers, both men and women, are from Nepal.",  # kinds of people, not two
        "Up to 40 workers sleep in the hall.",  # vague
        "Five men share each room in the hostel.",  # a share per room
    ],
)
def test_no_group_is_read_from_a_guess_a_part_or_the_accused(sentence: str) -> None:
    assert schema_of(f"{NO_COUNT} {sentence}")["victims"]["count"] is None


def test_a_victims_count_told_with_an_outcome_wins_over_the_first_group() -> None:
    text = (
        f"{NO_COUNT} Eleven Nepali porters told inspectors they had not been paid since June. "
        "On Friday police rescued 23 workers from the contractor's camp."
    )
    assert schema_of(text)["victims"]["count"] == 23
