"""Victims' ages (forty-eighth session): the court that heard a report does not make
the people in it suspects, workers who "ran away" did not run anything, and "all 61 were adults"
states every age; a minor's age told of "Child A" or in a tip's "one boy is 16 he tell me". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of

CASE = "Police in Cardiff rescued four women from a flat on Monday and arrested a man. "


@pytest.mark.parametrize(
    ("sentence", "minors"),
    [
        # stated adults
        ("The court heard the women, aged 20, 23 and 26, had been promised work in a hotel.", False),
        ("A detective told the court that the women, aged between 21 and 30, had answered adverts.", False),
        ("According to the council, the women, aged between 22 and 35, had run away from a farm.", False),
        ("Police said all four were adults.", False),
        ("Officers said all 12 were adults.", False),
        # a minor's age told of a lettered person or in a tip
        ("The court called the boys Child A and Child B. Child A was 15 and Child B was 14.", True),
        ("Victim 2 is 16 and lives with her aunt.", True),
        ("i talk with one boy there, one boy is 16 he tell me, he look scared.", True),
    ],
)
def test_victims_stated_ages(sentence: str, minors: bool) -> None:
    assert schema_of(CASE + sentence)["victims"]["minors"] is minors


def test_without_ages_the_minors_stay_unknown() -> None:
    assert (
        schema_of(CASE + "The court heard the women had been promised work in a hotel.")["victims"]["minors"]
        is None
    )


def test_a_man_who_ran_a_business_is_still_a_suspect() -> None:
    text = CASE + "The two men ran a car wash in Newport, aged 40 and 45, the court heard."
    assert schema_of(text)["victims"]["minors"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "She cleaned for the employer's family while his son drove her to the market.",
        "The son told her she would be sent home if she complained.",
        "She sent what she earned to her son in Manila.",
    ],
)
def test_a_son_or_daughter_without_an_age_makes_no_minor(sentence: str) -> None:
    text = "Police in Perth rescued a Filipino domestic worker, 41, from a house on Monday. " + sentence
    assert schema_of(text)["victims"]["minors"] is not True


def test_what_a_court_found_of_the_victims_ages_counts() -> None:
    text = (
        "The court found that the women, three of whom were under 18 at the time, had been handed over to "
        "the ring."
    )
    assert schema_of(text)["victims"]["minors"] is True
