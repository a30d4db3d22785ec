"""Counts told in pieces: a name joined to a kin, a second place with its verb left out, people held in
the following days, trades as heads, present-tense headlines, tips about a writer's kin, and a dated
verdict naming people the report named before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from threadline.extract.boilerplate import split_segments
from threadline.extract.counts import find_counts, summarise_counts
from threadline.extract.pipeline import extract
from threadline.extract.schema import to_schema
from threadline.taxonomy.document import Document


def _counts(text: str) -> dict[str, int | float | None]:
    return summarise_counts(find_counts(text, split_segments(text)))


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a name and a kin of theirs: two people, as subject or object
        ("Dimitrov and his partner, Radostina Koleva, 41, were arrested at the yard.", "arrested", 2),
        ("John Smith and his wife were arrested at the farm.", "arrested", 2),
        ("Police arrested Dimitrov and his partner at the yard.", "arrested", 2),
        ("The court jailed Ahmed, 44, and his wife for six years.", "convicted", 2),
        ("Police and their partners rescued 12 women.", "victims", 12),
        # the verb left out of the second clause
        ("Five people have been arrested in Northamptonshire and three in Romania.", "arrested", 8),
        ("Four men were arrested in Leeds and two women in Bradford.", "arrested", 6),
        ("Four men were arrested in Leeds and two women were rescued in Bradford.", "arrested", 4),
        ("Three men were arrested in 2019 and 2020.", "arrested", 3),
        # people held in the days after the first arrests are more of them
        (
            "Officers raided the clinic, arresting eight people. A surgeon and a nurse were arrested in "
            "the following days.",
            "arrested",
            10,
        ),
        (
            "The man was arrested by police two weeks after her return; the woman who posed as his aunt "
            "was arrested a month later.",
            "arrested",
            2,
        ),
        ("Eight people were arrested. Two of them were charged a month later.", "arrested", 8),
        # trades of suspects count as people
        (
            "Prosecutors referred ten people, among them two doctors and a nurse, to criminal trial.",
            "charged",
            10,
        ),
        ("The ten were referred to trial in May.", "charged", 10),
        ("The case was referred to the public prosecution.", "charged", None),
        # a present-tense headline verb is active: what comes before did the arresting
        ("Sabah police rescue 19 Indonesian plantation workers, arrest estate supervisor", "arrested", None),
        ("Police free 12 women, charge three men", "charged", 3),
        ("Three men arrested, 12 women freed", "arrested", 3),
        # a spaced dash after a word opens a clause; a dash after a number is a range
        ("Gang 'took wages of 40 workers' - eight arrested in UK and Romania", "arrested", 8),
        ("Those aged 14 - 17 were rescued", "victims", None),
        # one place named without a number, then another
        ("Officers raided the clinic and a flat in Ard al-Liwa.", "premises_searched", 2),
    ],
)
def test_counts_told_in_pieces(text: str, outcome: str, value: int | None) -> None:
    assert _counts(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my small brother Dawit he is 19 years. he and 6 other boys from Eritrea are in a warehouse.", 7),
        ("I write about my younger brother Kasun and 6 other boys, five from our area, total 7 person.", 7),
        ("I write about my brother. They are total 5 person in one room.", 5),
    ],
)
def test_a_tip_about_the_writers_kin_counts_them_and_the_others(text: str, value: int) -> None:
    assert _counts(text)["victims"] == value


def _outcomes(text: str) -> dict[str, object]:
    return to_schema(extract(Document(text=text, id="t")), "t", "")["outcomes"]


_STORY = (
    "Mai was 16 when she met Thanh online. He invited her to a festival. A woman he called his aunt "
    "drove her to the river. The man she knew as Thanh, whose real name is Vang Seo Thanh, was arrested "
    "two weeks after her return; the woman who posed as his aunt, Ly Thi Hoa, 41, was arrested later. "
)


def test_a_dated_verdict_on_people_named_before_is_the_cases_own() -> None:
    text = _STORY + "In December 2024 the court sentenced Thanh to nine years and Hoa to seven years."
    outcomes = _outcomes(text)
    assert outcomes["convicted"] == 2
    assert outcomes["sentence_years_max"] == 9


def test_a_dated_verdict_on_someone_else_stays_background() -> None:
    text = _STORY + "In December 2021 the provincial court sentenced Nguyen Van Binh to twelve years."
    outcomes = _outcomes(text)
    assert outcomes["convicted"] is None
    assert outcomes["sentence_years_max"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Police arrested three persons for allegedly sending at least 42 youths from the coast to scam "
            "compounds in Cambodia.",
            42,
        ),
        ("Gardai are investigating after eight crew members were taken off the vessel.", 8),
        ("The court heard that five women, aged between 19 and 25, were targeted between 2020 and 2022.", 5),
        ("Police sent 40 officers to the farm.", None),
        ("The gang targeted five addresses.", None),
    ],
)
def test_people_sent_taken_off_or_targeted_are_the_victims(text: str, value: int | None) -> None:
    assert _counts(text)["victims"] == value


def test_a_desk_on_a_byline_is_no_agency() -> None:
    text = (
        "Gang jailed\n\nBy Daniel Orme, Home Affairs Correspondent | 5 June 2025\n\n"
        "The Home Office said two men were arrested by Kent Police."
    )
    agencies = to_schema(extract(Document(text=text, id="t")), "t", "")["agencies"]
    assert "Home Affairs" not in agencies
    assert "Kent Police" in agencies


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        (
            "Six of those arrested, two farm owners and four intermediaries, were charged by the "
            "prosecutor on Friday.",
            "charged",
            6,
        ),
        ("Romanian prosecutors send six to trial over exploitation of teenage girls", "charged", 6),
        ("Prosecutors have sent six people to trial for trafficking minors.", "charged", 6),
        ("Prosecutors have sent six people to trial for trafficking minors.", "victims", None),
        (
            "Ten suspects were detained, and the tribunal later placed six of them under pre-trial arrest.",
            "arrested",
            6,
        ),
        (
            "Officials said the crew - 19 from Myanmar, eight from Cambodia and four from Laos - were "
            "taken off the boats in the port.",
            "victims",
            31,
        ),
        ("Twelve women were identified as victims - six from Moldova and four from Ukraine.", "victims", 12),
    ],
)
def test_trials_pre_trial_arrest_and_groups_by_origin(text: str, outcome: str, value: int | None) -> None:
    assert _counts(text)[outcome] == value
