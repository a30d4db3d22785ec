"""Names the NER takes for buildings or places, peoples named beside a country, surnames that look
like workplaces, finds by officers named earlier in the clause, other stories' headings and offers of
work that did not exist. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.support import counts_of
from threadline.extract.boilerplate import split_segments
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _summary(text: str) -> dict[str, Any]:
    return extract(Document(text=text, language="en")).summary


def _suspects(text: str) -> list[str]:
    return [s.lower() for s in _summary(text)["suspects"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the small model tags this Vietnamese name FAC and the Slovak one GPE
        (
            "Tran Van Duc, 41, and Le Thi Mai, 37, both of Slough, were convicted after a six-week trial "
            "at Reading Crown Court of holding a person in slavery.",
            "le thi mai",
        ),
        (
            "Radek Horvath, 47, was jailed for 10 years; Lenka Horvathova, 44, for 8 years; Tomáš Kováč, "
            "31, for 6 years; and Marek Dudek, 29, for 4 years.",
            "tomáš kováč",
        ),
        # a labour agent is no officer of the law
        (
            "Police have arrested the kiln owner, G. Mallesh Goud, 48, and booked a case against him and the "
            "labour agent, Bhagaban Sahu, under the Bonded Labour System (Abolition) Act.",
            "bhagaban sahu",
        ),
        # a case registered against someone, the verb first
        (
            "The court set all 31 people at liberty and directed the police to register a case against the "
            "kiln owner, Chaudhry Nadeem Akhtar, and his munshi.",
            "chaudhry nadeem akhtar",
        ),
    ],
)
def test_suspects_a_mislabelled_name_or_a_title_would_hide(text: str, name: str) -> None:
    assert name in _suspects(text)


def test_a_town_with_a_number_after_it_stays_a_place() -> None:
    text = "Officers searched homes in Luton, 12, and Leeds. Two men, aged 30 and 41, were arrested."
    assert "luton" not in _suspects(text)
    # a suburb before "man" says where he is from
    text = "The girl was married to a 27-year-old Davoren Park man, who was charged with forced marriage."
    assert not any("davoren" in name for name in _suspects(text))


def test_a_double_barrelled_surname_is_kept_whole() -> None:
    text = "His co-accused, 44-year-old Paulette Samuels-Grant, pleaded guilty to trafficking."
    assert "paulette samuels-grant" in _suspects(text)


def test_another_case_gives_no_nationality_when_the_victim_came_from_a_stated_country() -> None:
    text = (
        "A husband and wife who brought a woman from India to Scotland and forced her to work as their "
        "unpaid servant for six years have been jailed. She slept on a mat on the kitchen floor. Her "
        "passport was taken from her. She was never paid.\n\n"
        "In a separate case last year at the High Court in Glasgow, three men were convicted of "
        "trafficking eleven Slovak nationals for labour exploitation."
    )
    assert _summary(text)["victims"]["nationalities"] == ["IN"]
    # with no country of its own, the case still takes what the text gives
    alone = text.replace("brought a woman from India to Scotland", "kept a woman in Edinburgh")
    assert _summary(alone)["victims"]["nationalities"] == ["SK"]


def test_a_surname_is_no_workplace() -> None:
    text = (
        "A third man, Jordan Mills, 19, admitted possession with intent to supply. Officers arrested Grant "
        "and Mills at the address in Great Yarmouth."
    )
    assert "manufacturing" not in _summary(text)["sectors"]
    assert "manufacturing" in _summary("The men were forced to work at two mills in Bradford.")["sectors"]


def test_what_officers_named_earlier_in_the_clause_found_is_seized() -> None:
    text = (
        "Officers arrested Grant and Mills at the address and found around 60 wraps of crack cocaine and "
        "heroin, £2,300 in cash, three phones and a machete."
    )
    assert set(_summary(text)["seized"]) == {"drugs", "cash", "phones", "other"}
    told = "The men told officers they had been paid in cash and found the work hard."
    assert _summary(told)["seized"] == []


def test_other_news_under_a_heading_is_boilerplate() -> None:
    text = (
        "Two men were charged after cannabis was found in Kirkcaldy.\n\n"
        "Other news in Fife\n- Appeal after man injured in assault in Dunfermline\n- Road closure on A921"
    )
    flagged = {text[s.start : s.end]: s.is_boilerplate for s in split_segments(text)}
    assert flagged["- Appeal after man injured in assault in Dunfermline"]
    assert not flagged["Two men were charged after cannabis was found in Kirkcaldy."]


def test_an_earlier_unrelated_case_with_two_such_words_is_background() -> None:
    text = (
        "Police rescued four girls from nail salons in Slough. They were made to work every day. Their "
        "phones were taken. Two people were convicted.\n\n"
        "In an earlier, unrelated Thames Valley case in 2019, two men were jailed for exploiting workers "
        "at car washes in Oxford."
    )
    assert _summary(text)["sectors"] == ["nail_bar"]


@pytest.mark.parametrize(
    "text",
    [
        "Others answered offers of cleaning work that did not exist.",
        "Workers told police they had paid thousands of pounds for jobs that turned out not to exist.",
        "They were given a few hours a week, far short of the full-time contract they had been promised.",
        "The couple brought her here, telling her family she would be paid to look after their children.",
    ],
)
def test_offers_of_work_that_did_not_exist(text: str) -> None:
    assert "false_job_offer" in _summary(text)["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "She slept on a mat on the kitchen floor.",
        "Two men were found locked in and living on mattresses among the plants.",
    ],
)
def test_sleeping_on_the_floor_is_an_abusive_condition(text: str) -> None:
    assert "abusive_conditions" in _summary(text)["indicators"]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Workers were supplied to a salad packhouse near Spalding.", "food_processing"),
        ("Some of the group were also sent to pick vegetables in fields around Boston.", "agriculture"),
    ],
)
def test_packhouses_and_picking(text: str, sector: str) -> None:
    assert sector in _summary(text)["sectors"]


def test_where_listed_suspects_live_does_not_break_the_list() -> None:
    text = (
        "Four of those arrested — Ionut Dragomir, 31, Marius Stanciu, 27, and Florin Ene, 44, all of no "
        "fixed address, and Alina-Maria Popa, 25, of Salford — have since been charged."
    )
    assert counts_of(text)["charged"] == 4


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a people named beside a country
        (
            "Eleven men were found at a hand car wash in Dudley. The men, eight Romanian nationals and three "
            "Iraqi Kurds aged between 19 and 46, told officers they had been working 12-hour shifts.",
            {"RO", "IQ"},
        ),
        # a group noun after "are" is said of the group
        (
            "Police rescued four girls and three women from a webcam studio in Medellín. The four girls and "
            "one of the women are Colombian; the other two women are Venezuelan migrants.",
            {"CO", "VE"},
        ),
    ],
)
def test_victims_nationalities_said_of_their_group(text: str, codes: set[str]) -> None:
    assert set(_summary(text)["victims"]["nationalities"]) == codes


def test_workers_forced_from_two_countries_came_from_them() -> None:
    text = (
        "A grand jury indicted a Toms River couple for allegedly forcing nine workers from Guatemala and "
        "Honduras to work up to 80 hours a week in their restaurants in New Jersey."
    )
    assert {"GT", "HN"} <= set(_summary(text)["countries"]["origin"])


def test_a_closed_age_range_does_not_swallow_the_next_group() -> None:
    assert (
        counts_of("Police rescued four girls aged 15 to 17 and three adult women from the studio.")["victims"]
        == 7
    )
    assert counts_of("Police rescued 12 children aged between 8 and 15 from the farm.")["victims"] == 12


@pytest.mark.parametrize(
    ("text", "indicator", "present"),
    [
        ("The studio kept 80 % of the earnings.", "withholding_wages", True),
        ("The studio charged fines for lateness, which left several of them in debt.", "debt_bondage", True),
        (
            "The families were poor: two failed harvests left them in debt to moneylenders.",
            "debt_bondage",
            False,
        ),
    ],
)
def test_a_share_of_earnings_kept_and_debts_from_fines(text: str, indicator: str, present: bool) -> None:
    assert (indicator in _summary(text)["indicators"]) is present


def test_credited_reporters_and_editors_are_no_suspects() -> None:
    text = (
        "Fisherman arrested as 12 boys rescued on Lake Volta\n\n"
        "Source: Kwabena Adu-Gyamfi, Contributor\n"
        "Cairo — Reporting by Nour Hassan | Edited by Sara Mansour\n\n"
        "A 52-year-old fisherman, Kofi Agbeko, was arrested after police rescued 12 boys."
    )
    suspects = _suspects(text)
    assert "kofi agbeko" in suspects
    assert not {"kwabena adu-gyamfi", "sara mansour"} & set(suspects)


def test_a_name_in_the_case_takes_no_suspect_cue_from_a_related_link() -> None:
    text = (
        "KETE KRACHI, Oti Region — Twelve boys who were working for fishermen on Lake Volta have been "
        "rescued by the Ghana Police Service.\n\n"
        "The operation covered three fishing communities on islands off Kete Krachi. A 52-year-old "
        "fisherman, Kofi Agbeko, who had six of the boys working for him, was arrested.\n\n"
        "Related: Galamsey: Five arrested in Amansie West as task force clamps down on illegal mining\n"
        "Related: Oti Regional Minister inspects Dambai–Kete Krachi road project\n\n"
        "The children were later transported to a shelter in Winneba."
    )
    assert _suspects(text) == ["kofi agbeko"]


def test_a_referral_to_a_criminal_court_on_charges_charges_them() -> None:
    text = (
        "Egypt's Public Prosecution has referred 14 defendants, including three doctors and two nurses, "
        "to the Cairo Criminal Court on charges of human trafficking."
    )
    assert counts_of(text)["charged"] == 14
    raids = "Eleven of the defendants were arrested in raids on the clinic and two medical laboratories."
    assert counts_of(raids)["premises_searched"] == 3


def test_another_cases_route_is_not_this_cases_destination() -> None:
    text = (
        "Eight members of a clan were arrested in Madrid and Getafe. The children had been brought to Spain "
        "from Teleorman. They were forced to beg in Madrid. Two girls had been sold for marriage.\n\n"
        "In 2019, a network from the same county was dismantled after sending children to Paris and Milan."
    )
    assert _summary(text)["countries"]["destination"] == ["ES"]


def test_entertaining_miners_in_quotes_is_sexual_exploitation() -> None:
    text = 'They were told each owed GY$350,000, to be repaid by "entertaining" miners at the bar.'
    summary = _summary(text)
    assert "sexual" in summary["exploitation"] and "sex_industry" in summary["sectors"]
    assert "sexual" not in _summary("The hotel staff were entertaining guests at the bar.")["exploitation"]


def test_a_tip_in_broken_english_about_a_cousin_in_a_nail_salon() -> None:
    text = (
        "A woman Rosa, she is friend of my aunt, she pay the coyote and now she say Daniela must pay her 15 "
        "thousand dollars. Daniela work in the nail salon of Rosa, all days. She not get money, Rosa say all "
        "is for the debt. Rosa have the passport of Daniela and she not let her go out alone."
    )
    summary = _summary(text)
    assert {"family_or_acquaintance", "debt_bondage"} <= set(summary["recruitment"])
    assert {"debt_bondage", "retention_of_documents", "restriction_of_movement"} <= set(summary["indicators"])


def test_every_place_of_a_list_searched_is_counted() -> None:
    text = "RCMP officers executed search warrants at the plant, the bunkhouse and a residence in Dartmouth."
    assert counts_of(text)["premises_searched"] == 3
    # an apposition describes the one place
    assert (
        counts_of("Officers searched the house, a two-storey building on Main Street.")["premises_searched"]
        == 1
    )


def test_many_people_housed_in_a_small_house_is_an_abusive_condition() -> None:
    text = "It is alleged that 14 people were housed in a three-bedroom bunkhouse owned by the company."
    assert "abusive_conditions" in _summary(text)["indicators"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The members of the organisation kept the passports of the workers.", True),
        ("crew leader name is Chuy, he have the passports of everybody and he say they owe.", True),
        ("Officers kept the passports of the two suspects overnight.", False),
    ],
)
def test_passports_of_the_workers_kept(text: str, kept: bool) -> None:
    assert ("retention_of_documents" in _summary(text)["indicators"]) is kept


def test_an_agent_of_the_law_stays_an_official() -> None:
    text = "Two men were arrested, said the special agent, Jane Doe, of Homeland Security Investigations."
    assert "jane doe" not in _suspects(text)
