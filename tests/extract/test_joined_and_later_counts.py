"""Counts told in pieces: a name joined to a kin, a second place with its verb left out, people held in
the following days, trades as heads, present-tense headlines, tips about a writer's kin, and a dated
verdict naming people the report named before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of
from threadline.extract.pipeline import extract
from threadline.extract.schema import to_schema
from threadline.taxonomy.document import Document


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
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my small brother Dawit he is 19 years. he and 6 other boys from Eritrea are in a warehouse.", 7),
        ("I write about my younger brother Kasun and 6 other boys, five from our area, total 7 person.", 7),
        ("I write about my brother. They are total 5 person in one room.", 5),
    ],
)
def test_a_tip_about_the_writers_kin_counts_them_and_the_others(text: str, value: int) -> None:
    assert counts_of(text)["victims"] == value


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
    assert counts_of(text)["victims"] == value


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
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The district attorney filed a charge sheet against her under the Human Trafficking Act.", 1),
        ("A chargesheet against all three has been filed before the Sessions Court in Pune.", 3),
        ("The skipper has been charged under the Anti-Trafficking in Persons Act.", 1),
        ("The subject has been charged before the Office of the City Prosecutor.", 1),
        ("The prosecutors have charged the three not only with kidnapping but also with trafficking.", 3),
        ("Complaints for violation of Republic Act 9208 were filed against the two suspects.", 2),
        (
            "A control judge ordered two of the three detainees, identified by the Fiscalia as Jose Luis N "
            "and Brayan N, to stand trial for trafficking.",
            2,
        ),
        ("The judge ordered the release of the three detainees, who had no lawyer, on Monday.", None),
    ],
)
def test_charges_filed_in_other_wordings(text: str, value: int | None) -> None:
    assert counts_of(text)["charged"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("Police said. Mr Tran and Ms Pham were arrested when they arrived.", "arrested", 2),
        ("Police said. The boyfriend and the woman were both arrested the same night.", "arrested", 2),
        ("Police said. Italian police placed two farm owners under house arrest.", "arrested", 2),
        (
            "Police said. The measures concern five persons: three have been taken to prison and two placed "
            "under house arrest.",
            "arrested",
            5,
        ),
        (
            "Police said. Two gangmasters were taken to prison in Foggia, and the 58-year-old owner of the "
            "farm was placed under house arrest.",
            "arrested",
            3,
        ),
        ("Police said. He was sentenced to five years and taken to prison.", "arrested", None),
        ("He was handed over, and a criminal complaint has been filed against him.", "charged", None),
    ],
)
def test_arrests_in_other_wordings(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def test_a_number_before_has_been_is_no_group() -> None:
    text = "A man who made them work 70-hour weeks while paying them for 30 has been jailed."
    assert counts_of(text)["convicted"] in (None, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said. The vessel and the Annalong property were both searched.", 2),
        ("Police said. The house was searched.", 1),
        ("Police raided four houses in Leeds. The house in Armley was searched first.", 4),
        ("Police said. The house was quiet when the officers left.", None),
    ],
)
def test_places_named_before_their_passive_search(text: str, value: int | None) -> None:
    assert counts_of(text)["premises_searched"] == value


def test_others_beside_the_people_their_sentence_names_are_not_more_than_the_lead() -> None:
    text = (
        "Police arrested five people in raids near Latina. On the judge's orders the farm owners, brothers "
        "Luca and Marco Giordano, were taken to prison, while three others were placed under house arrest."
    )
    assert counts_of(text)["arrested"] == 5


def test_a_title_does_not_make_a_named_person_someone_else() -> None:
    text = (
        "Hendra Salim, 54, and Lidya Hartono, 49, were found guilty. The judge sentenced Mr Salim to "
        "six years. Hartono was sentenced to four years."
    )
    assert counts_of(text)["convicted"] == 2


def test_an_age_before_a_dash_is_no_count() -> None:
    text = (
        "Three people - Ana Pop, 31, Réka Kovács, 29, and Gheorghe Stan, 45 - were charged on Thursday night "
        "with human trafficking offences."
    )
    assert counts_of(text)["charged"] == 3


def test_a_third_person_after_two_still_makes_three() -> None:
    text = (
        "A 38-year-old man and a 41-year-old woman were arrested at the car wash. A third person, a "
        "29-year-old man, was detained by officers later that evening and arrested on suspicion."
    )
    assert counts_of(text)["arrested"] == 3


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        (
            "Police said. Detectives arrested the four - two Bolivians, a Peruvian and a Chilean - in raids.",
            "arrested",
            4,
        ),
        ("Victimele erau obligate sa lucreze in sere 10 - 12 ore pe zi.", "victims", None),
        ("05:12 ARREST 1 - Jerome PALMER (24) at W1.", "arrested", None),
        ("Police arrest 5 in raids on brothels", "arrested", 5),
    ],
)
def test_a_number_before_a_spaced_dash(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "REFERRAL\n\nPERSONS CONCERNED\n8 Myanmar nationals (5 female, 3 male) at a shrimp shed.\n\n"
            "DETAILS\nThey work long hours.",
            8,
        ),
        # no heading that names the people concerned: the line is no form's count, and the
        # victims counted with an outcome stand (alone, the line is the last-resort first group)
        ("REFERRAL\n\nDETAILS\n8 Myanmar nationals work at a shrimp shed. Police rescued two women.", 2),
        ("we are 14 mens living in one house near Kingsville, one bathroom only.", 14),
    ],
)
def test_a_forms_heading_and_a_tips_broken_plural(text: str, value: int | None) -> None:
    assert counts_of(text)["victims"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Police rescued eight men from a scam compound. Officials spoke to reporters. The men were flown "
            "home. The UN estimated in 2023 that at least 120,000 people in Myanmar may be held there.",
            8,
        ),
        ("Instead of two children, she found a household of eleven people in a large house.", None),
    ],
)
def test_an_estimate_and_an_employers_household_are_no_victims(text: str, value: int | None) -> None:
    assert counts_of(text)["victims"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        (
            "Officers searched three addresses in Boston, arresting the pair and their driver, Ivo Stanev.",
            "arrested",
            3,
        ),
        ("Police detained two brothers and their accountant on Friday.", "detained", 3),
        ("Kent Police arrested her father, mother and aunt when they landed at Gatwick.", "arrested", 3),
        (
            "Radu Ilie was sentenced to 12 years, and his nephew, Sorin Ilie Matei, was sentenced to nine "
            "years. Both defendants had pleaded guilty. A co-defendant, Ana Lupu, was sentenced in May to "
            "30 months.",
            "convicted",
            3,
        ),
    ],
)
def test_a_helper_joined_to_a_group_and_a_relative_named_after_the_role(
    text: str, outcome: str, value: int | None
) -> None:
    assert counts_of(text)[outcome] == value


def test_the_group_after_an_ordinal_has_the_ordinals_size() -> None:
    text = (
        "Five of the men admitted conspiracy to supply Class A drugs. The sixth, Owen Pryce, was "
        "convicted by a jury in May. The men were arrested in March 2023 when officers raided homes in Rhyl."
    )
    assert counts_of(text)["arrested"] == 6


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        (
            "Prosecutors in Puebla arrested two brothers accused of running a brothel. The brothers were "
            "formally charged with aggravated trafficking on Tuesday.",
            "charged",
            2,
        ),
        # a plural never stands for the one person counted last
        (
            "Ionel Varga was arrested in Leeds in May. The men were charged with trafficking in June.",
            "charged",
            None,
        ),
        ("Amina Otieno was arrested in 2021. The accused was convicted on all counts.", "convicted", 1),
    ],
)
def test_a_plural_anaphor_takes_the_group_before_it(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def test_a_bunkhouse_after_counted_residences_is_one_more_place_searched() -> None:
    text = (
        "Investigators executed search warrants at two residences in Abbotsford and a bunkhouse in "
        "Chilliwack on Tuesday."
    )
    assert counts_of(text)["premises_searched"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested the first four suspects in March, and a further three were arrested in September.",
        "Four suspects were arrested in March and a further three were arrested in September.",
    ],
)
def test_more_arrests_told_after_the_lead_in_its_own_sentence_add_to_it(text: str) -> None:
    assert counts_of(text)["arrested"] == 7


def test_people_brought_before_a_prosecutor_and_charged_are_charged_not_victims() -> None:
    counts = counts_of(
        "All three were brought before a magistrate in Patras on Friday and charged with trafficking."
    )
    assert counts["charged"] == 3
    assert counts["victims"] is None
