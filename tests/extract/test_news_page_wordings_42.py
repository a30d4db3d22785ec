"""Wordings of news pages and press releases read in the forty-second session: several writers on
one byline, lists of people told apart by age, shares of a group given a nationality, the US statute's
"obtained the labor of", quoted nicknames, and victims found during an arrest."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of, schema_of
from threadline.extract.case import _QUALIFYING_COUNTRY
from threadline.extract.counts.named_people import _named_subject

ARREST = "Police arrested two men in Doha on suspicion of trafficking."


@pytest.mark.parametrize(
    "byline",
    [
        "By Sunita Gurung and Farhan Ahmed | DOHA | 9 December 2025",
        "By Claire Dumont and Wei Zhang",
        "By Alejandra Ruiz Tapia | Translated from Spanish | Published 14 August 2025, 18:42 CST",
    ],
)
def test_writers_on_a_byline_are_no_suspects(byline: str) -> None:
    assert schema_of(f"{byline}\n\n{ARREST}")["suspects"] == []


def test_a_sentence_opening_with_by_keeps_its_suspects() -> None:
    text = "By Monday, Ion Popa and Vasile Ene, both 30, were charged with trafficking."
    assert set(schema_of(text)["suspects"]) == {"Ion Popa", "Vasile Ene"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers arrested a 39-year-old man, a 36-year-old woman and a 19-year-old man.", 3),
        ("Officers arrested a 39-year-old man, a 36-year-old woman and a 19-year-old woman.", 3),
        ("Police arrested a man, a woman and a boy.", 3),
        ("A fourth person, a 41-year-old man, was arrested.", 1),
    ],
)
def test_people_told_apart_by_age_or_sex_are_a_list(text: str, expected: int) -> None:
    assert counts_of(text)["arrested"] == expected


@pytest.mark.parametrize(
    ("second", "code"),
    [
        ("All but one of the workers are Bolivian.", "BO"),
        ("Most of the women are Nigerian.", "NG"),
        ("The majority of the victims were Vietnamese.", "VN"),
        ("All of the workers were Bolivian.", "BO"),
    ],
)
def test_a_share_of_the_group_gives_the_victims_nationality(second: str, code: str) -> None:
    text = f"Police freed 31 workers from a sewing workshop in Buenos Aires. {second}"
    assert code in schema_of(text)["victims"]["nationalities"]


def test_the_labour_of_crewmembers_obtained_by_the_defendants() -> None:
    text = (
        "According to the indictment, the defendants obtained the labor of nine foreign crewmembers — "
        "seven Indonesian nationals and two Philippine nationals — by means of serious harm."
    )
    schema = schema_of(text)
    assert schema["victims"]["count"] == 9
    assert set(schema["victims"]["nationalities"]) == {"ID", "PH"}


def test_the_trafficking_of_women_names_the_victims() -> None:
    schema = schema_of("The defendants are accused of the trafficking of six Romanian women.")
    assert schema["victims"]["nationalities"] == ["RO"]


def test_a_quoted_nickname_is_part_of_one_name() -> None:
    text = (
        'Curtis Reyes, 52, and Benigno "Benny" Soriano, 46, the vessel captain, were arrested on '
        "November 5, 2025. Soriano threatened the crew."
    )
    schema = schema_of(text)
    assert set(schema["suspects"]) == {"Curtis Reyes", "Benigno Soriano"}
    assert schema["outcomes"]["arrested"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men after finding 41 farmhands working in a field.",
        "After discovering 41 women in a flat, police arrested two men.",
    ],
)
def test_people_found_during_an_arrest_are_victims(text: str) -> None:
    assert counts_of(text)["victims"] == 41


def test_finding_someone_guilty_counts_no_victims() -> None:
    text = "The jury, after finding the two men guilty of trafficking, was discharged."
    assert counts_of(text)["victims"] is None


def test_a_weekday_before_a_date_is_no_one_named() -> None:
    text = "The suspects appeared in court on Friday, 20 June 2025, facing charges"
    assert _named_subject(text, 0, text.index("facing")) is None


def test_arrest_warrants_executed_against_suspects_are_arrests() -> None:
    assert counts_of("Officers executed arrest warrants against six suspects in Madrid.")["arrested"] == 6


@pytest.mark.parametrize(
    ("text", "outcome", "expected"),
    [
        ("Arrested were two men and a woman.", "arrested", 3),
        ("Among those arrested were two men and a woman.", "arrested", 3),
        ("Rescued from the house were four women.", "victims", 4),
    ],
)
def test_inverted_sentences_count_what_follows_the_verb(text: str, outcome: str, expected: int) -> None:
    assert counts_of(text)[outcome] == expected


def test_the_headline_count_told_again_in_the_same_words_adds_nothing() -> None:
    text = (
        "Police arrest six suspected brokers\n\n"
        "A second group of migrants arrived on Sunday. They were received at the airport. "
        "Officials gave them food. Families waited outside. "
        "Separately, the Federal Police said it had arrested six suspected brokers in Addis Ababa."
    )
    assert counts_of(text)["arrested"] == 6


def test_a_second_group_in_the_same_words_close_by_adds_up() -> None:
    text = "Police arrested two men on Monday. Separately, officers arrested two men in Leeds."
    assert counts_of(text)["arrested"] == 4


def test_a_countrys_first_conviction_is_background() -> None:
    text = (
        "A Hastings contractor has been charged with people trafficking over Tongan workers.\n\n"
        "Immigration New Zealand says 13 Tongan workers were exploited on orchards.\n\n"
        "The workers were charged for airfares.\n\n"
        "The contractor will appear in court next month.\n\n"
        "New Zealand recorded its first people trafficking conviction in 2016, when a Hawke's Bay man "
        "was sentenced to nine years and six months in prison for exploiting Samoan workers."
    )
    schema = schema_of(text)
    assert schema["outcomes"]["sentence_years_max"] is None
    assert "WS" not in schema["victims"]["nationalities"]


def test_sexes_said_of_a_number_describe_the_victims_counted_before() -> None:
    text = (
        "Seven carers were recruited from Kerala between 2022 and 2023. "
        "Six were women and one was a man, all aged between 24 and 45."
    )
    assert set(schema_of(text)["victims"]["genders"]) == {"female", "male"}


def test_sexes_said_of_a_number_of_arrested_people_are_not_the_victims() -> None:
    text = "Five people were arrested on Tuesday. Three were women and two were men."
    assert schema_of(text)["victims"]["genders"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Berry company boss jailed for trafficking Thai wild-berry pickers.",
        "The pickers came to Finland to pick blueberries and lingonberries.",
        "The women were recruited for the tea-picking season.",
    ],
)
def test_picking_crops_is_agriculture(text: str) -> None:
    assert "agriculture" in schema_of(text)["sectors"]


def test_custody_after_the_verdict_is_no_arrest() -> None:
    text = (
        "The court sentenced Juha Kettunen, 51, to two years and six months in prison. "
        "He was taken into custody after the verdict."
    )
    assert counts_of(text)["arrested"] is None


def test_a_name_told_again_without_its_middle_name_is_the_same_person() -> None:
    text = (
        "Rupinder Kaur Sandhu, 52, was sentenced to six years at the High Court in Glasgow today. "
        "Rupinder Sandhu was also convicted of assault."
    )
    assert schema_of(text)["suspects"] == ["Rupinder Kaur Sandhu"]


def test_a_sector_named_only_in_background_stands_on_the_case_exploitation() -> None:
    text = (
        "Police freed eleven Chinese women who were forced to provide sexual services in salons "
        "in Antwerp.\n\n"
        "The women slept in the salons.\n\n"
        "Four people were arrested during the operation.\n\n"
        "Their passports were taken.\n\n"
        "Last year, a similar investigation in Liège led to convictions for exploiting women in "
        '"massage parlours".'
    )
    assert "sex_industry" in schema_of(text)["sectors"]


def test_a_workplace_of_another_case_implies_no_labour_exploitation() -> None:
    text = (
        "Police rescued a domestic worker who cooked and cleaned for a couple for no pay in Sao Paulo.\n\n"
        "She slept in a storeroom.\n\n"
        "The couple were arrested.\n\n"
        "Her documents were kept by the employer.\n\n"
        "In another high-profile case, 207 farm workers were rescued from vineyards serving wineries."
    )
    schema = schema_of(text)
    assert "agriculture" not in schema["sectors"]
    assert "labour" not in schema["exploitation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers forced entry to the salon on Fishponds Road on Tuesday. "
            "A flat above the shop was also searched, as was a house in Kingswood.",
            3,
        ),
        ("Police searched a farm in Kent. A caravan on the site was searched, as was a house nearby.", 3),
    ],
)
def test_one_more_place_searched_as_was_another(text: str, expected: int) -> None:
    assert counts_of(text)["premises_searched"] == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("On arrival, the workers had to hand in their passports.", "retention_of_documents"),
        ("None of the five had their own passports.", "retention_of_documents"),
        (
            "Officers recovered four Vietnamese passports and cash from a safe in the flat.",
            "retention_of_documents",
        ),
        (
            "The workers were only allowed out on Sunday afternoons, always accompanied.",
            "restriction_of_movement",
        ),
        ("They were required to remain aboard the vessel while it was in port.", "restriction_of_movement"),
        ("They were told that their pay would be withheld until the debt was covered.", "withholding_wages"),
    ],
)
def test_indicator_wordings_of_news_pages(text: str, label: str) -> None:
    assert label in schema_of(text)["indicators"]


def test_a_place_takes_the_country_the_text_names_after_it() -> None:
    text = (
        "The fishermen were recruited through manning agencies in General Santos City, Philippines, "
        "and were promised wages of 800 dollars. They worked on a boat in Honolulu."
    )
    assert "BR" not in schema_of(text)["countries"]["origin"]


@pytest.mark.parametrize(
    ("after", "country"),
    [
        (", Philippines, and were promised wages", "Philippines"),
        (", the Netherlands.", "Netherlands"),
        (", Libya, Italy and France", None),
        (", Libya and Italy", None),
    ],
)
def test_a_country_listed_after_a_place_is_no_qualifier(after: str, country: str | None) -> None:
    found = _QUALIFYING_COUNTRY.match(after)
    assert (found.group(1) if found else None) == country


def test_wage_theft_is_no_forced_theft() -> None:
    schema = schema_of("Rights groups say wage theft remains widespread among subcontractors in Doha.")
    assert "shoplifting_theft" not in schema["sectors"]
    assert "criminal" not in schema["exploitation"]


def test_a_tipster_s_job_names_no_sector() -> None:
    text = (
        "Dyfed-Powys Police officers visited the takeaway in the town centre on Thursday evening, "
        "following a tip-off from a delivery driver."
    )
    assert "logistics_warehousing" not in schema_of(text)["sectors"]


def test_kin_named_together_share_their_surname() -> None:
    text = "Brothers Arben and Besnik Krasniqi were jailed for 12 years at Leicester Crown Court."
    assert set(schema_of(text)["suspects"]) == {"Arben Krasniqi", "Besnik Krasniqi"}


def test_the_marks_of_a_forced_scam_are_no_origin() -> None:
    text = (
        "Police freed 46 Indonesians from a compound in Myanmar. They were forced to run romance and "
        "crypto-investment scams targeting victims in the United States and Europe."
    )
    assert "US" not in schema_of(text)["countries"]["origin"]


def test_promised_jobs_that_did_not_exist_and_a_farm_seized() -> None:
    text = (
        "Once in Italy, they found that the jobs they had been promised did not exist. "
        "A judge also ordered the preventive seizure of the farm."
    )
    schema = schema_of(text)
    assert "false_job_offer" in schema["recruitment"]
    assert "property" in schema["seized"]


def test_one_weak_work_cue_in_a_sexual_exploitation_case_is_no_labour_exploitation() -> None:
    text = (
        "The men recruited women in Lagos with promises of jobs, took them to Madrid and put them to work "
        "in brothels, forcing them to have sex with up to ten clients a night."
    )
    assert schema_of(text)["exploitation"] == ["sexual"]


def test_forced_labour_beside_sexual_exploitation_stays() -> None:
    text = (
        "The women were forced into prostitution at night and into forced labour in the gang's "
        "restaurants by day, working 16-hour shifts for no wages."
    )
    assert set(schema_of(text)["exploitation"]) >= {"sexual", "labour"}


@pytest.mark.parametrize(
    "text",
    [
        "The men recruited women with promises of jobs and forced them into prostitution in brothels.",
        "They lured the girls with offers of work as waitresses, took them to Madrid and sold them to a "
        "brothel.",
    ],
)
def test_what_was_done_after_a_promise_is_a_case_fact(text: str) -> None:
    assert "sexual" in schema_of(text)["exploitation"]


def test_what_a_promise_goes_on_to_promise_stays_hypothetical() -> None:
    text = "He promised to take her to Italy and find her work in a hair salon."
    assert "barber_beauty" not in schema_of(text)["sectors"]


def test_a_promise_far_back_in_a_long_sentence_does_not_govern_its_end() -> None:
    text = (
        "The woman, who had been promised a job as a cleaner by a man she met online in her home town "
        "in eastern Romania last spring, was found by officers working in a brothel in Leeds."
    )
    assert "sex_industry" in schema_of(text)["sectors"]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "At Leicester Crown Court, brothers Arben and Besnik Krasniqi, 41 and 37, were jailed for "
            "12 years.",
            "convicted",
        ),
        ("Ion Popa and Vasile Ene, 30 and 41, were charged with trafficking.", "charged"),
    ],
)
def test_two_names_with_their_ages_together_are_two_people(text: str, outcome: str) -> None:
    assert counts_of(text)[outcome] == 2


def test_ledgers_and_notebooks_seized_are_documents_only() -> None:
    seized = schema_of("Officers seized cash, two mobile phones, ledgers and notebooks from the flat.")[
        "seized"
    ]
    assert "documents" in seized
    assert "other" not in seized


def test_arrests_told_one_by_one_after_the_lead_add_up_to_it() -> None:
    text = (
        "Four arrested in human trafficking investigation\n\n"
        "Detectives have arrested four people as part of an investigation. A 34-year-old man and a "
        "29-year-old woman were arrested at one of the Belfast addresses. A 41-year-old man was arrested "
        "in Newry. A further man, aged 52, was arrested later the same day at the airport."
    )
    assert counts_of(text)["arrested"] == 4
