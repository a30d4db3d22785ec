"""Who a charge or a search counts when the words between subject and verb are not the usual ones:
an adverb before an active verb, "both" after "and", a dashed list of names with semicolons, and a
place whose owner is named. Sentences written for these tests (forty-ninth session)."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Police arrested a woman in Cebu. She now faces charges of qualified trafficking.", 1),
        ("Mr Osei later faces charges of trafficking in persons.", 1),
        ("Dinu and Pop were arrested that day and both were later charged.", 2),
        ("The couple were detained on Monday and both have since been charged.", 2),
        (
            "Two of the suspects — Dana Reese, 34; Jon Coates, 27 — were booked into the county jail "
            "and charged with sex trafficking.",
            2,
        ),
    ],
)
def test_charged_subject_across_adverb_and_aside(text: str, charged: int) -> None:
    assert counts_of(text)["charged"] == charged


@pytest.mark.parametrize(
    "text",
    [
        # an admission of a fact is not a plea
        "The company and Mr Pham also admitted to providing inspectors with false pay records.",
        # "both" here is the two sites, not two people charged
        "Officers searched the farm and the hostel and both were later closed.",
    ],
)
def test_no_charge_or_conviction_read(text: str) -> None:
    counts = counts_of(text)
    assert counts["charged"] is None
    assert counts["convicted"] is None


@pytest.mark.parametrize(
    ("text", "searched"),
    [
        ("Officers searched three shops and the owner's house in Soweto.", 4),
        ("Three shops and the owner's house were searched.", 4),
        ("Police raided two flats and his home in Leeds.", 3),
    ],
)
def test_owned_place_after_counted_places(text: str, searched: int) -> None:
    assert counts_of(text)["premises_searched"] == searched


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("The owner and the sardar were arrested within a week.", 2),
        ("In February the employer, a 58-year-old farmer, and his 46-year-old foreman were arrested.", 2),
        ("The brothel keeper, Shabana Shaikh, 45, and her manager were arrested on the spot.", 2),
        ("Police arrested the farm owner and his supervisor on Tuesday.", 2),
    ],
)
def test_a_role_and_the_helper_after_it(text: str, arrested: int) -> None:
    assert counts_of(text)["arrested"] == arrested


def test_a_possessed_worker_is_no_helper() -> None:
    # "his workers" are plural and no role: the owner alone was questioned, nobody arrested
    assert counts_of("The owner was arrested; his workers were questioned.")["arrested"] == 1


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        (
            "Police arrested two men at the terminal. A native doctor was picked up the next day, "
            "bringing to three the number of suspects in custody.",
            "arrested",
            3,
        ),
        (
            "Police arrested four adults. Two workshop owners were arrested, bringing the number of "
            "suspects in custody to six.",
            "arrested",
            6,
        ),
        (
            "The indictment charged four people. The superseding indictment charges Ana Ruiz, Juan Cano "
            "and Luis Mora, bringing the number of defendants to seven.",
            "charged",
            7,
        ),
    ],
)
def test_a_running_total_without_the_word_total(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_the_number_of_people_in_a_house_is_no_total() -> None:
    text = "Police arrested two men, bringing the number of people in the house to nine."
    assert counts_of(text)["arrested"] == 2


@pytest.mark.parametrize(
    ("text", "convicted"),
    [
        (
            "Marius Balan, 33, was found guilty of trafficking. His cousin, Cosmin Balan, 28, was "
            "acquitted of human trafficking but convicted of controlling prostitution for gain.",
            2,
        ),
        (
            "Jurors convicted Arnel Cruz, 58, of forced labor. His wife, Lourdes Cruz, 55, was acquitted "
            "of forced labor but convicted of document servitude.",
            2,
        ),
    ],
)
def test_acquitted_of_one_charge_but_convicted_of_another(text: str, convicted: int) -> None:
    assert counts_of(text)["convicted"] == convicted


def test_arrested_but_released_is_still_arrested_only() -> None:
    counts = counts_of("Two men were arrested but released without charge.")
    assert counts["arrested"] == 2
    assert counts["convicted"] is None


@pytest.mark.parametrize(
    ("text", "searched"),
    [
        ("Agents executed search warrants at the company's office and at four worker residences.", 5),
        ("Investigators executed search warrants at the farm and at two residential properties.", 3),
        ("Police searched two staff hostels in Leeds.", 2),
    ],
)
def test_a_people_word_naming_whose_places_they_were(text: str, searched: int) -> None:
    assert counts_of(text)["premises_searched"] == searched


def test_people_before_a_non_place_word_stay_people() -> None:
    counts = counts_of("Police rescued 12 workers and raided the farm.")
    assert counts["premises_searched"] == 1


@pytest.mark.parametrize(
    ("text", "searched"),
    [
        (
            "Police executed warrants at three nail bars in Walsall and two more in Wolverhampton, as "
            "well as at a house in Dudley.",
            6,
        ),
        (
            "Deputies raided four massage businesses on Wednesday.\n\nMore than 50 officers took part in "
            "the raids, which also included search warrants at two homes in Olathe.",
            6,
        ),
    ],
)
def test_more_places_searched_told_after_the_first(text: str, searched: int) -> None:
    assert counts_of(text)["premises_searched"] == searched


def test_the_same_places_told_again_are_not_added() -> None:
    text = "Deputies raided four massage businesses on Wednesday.\n\nThe raids at four spas ended at noon."
    assert counts_of(text)["premises_searched"] == 4
