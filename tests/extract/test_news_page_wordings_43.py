"""Wordings of news pages and releases read in the forty-third session: services that look after
victims are no care work, and jobs that were only advertised, described or hoped for are no sector."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of

CASE = "Police rescued four women who had been forced into prostitution in a flat in Leeds."


@pytest.mark.parametrize(
    "aftercare",
    [
        "The youngest is being cared for by the Belfast Health and Social Care Trust.",
        "Kent County Council children's social care was notified.",
        "A girl of 16 was placed with a foster carer.",
        "Several of the women had grown up in state care homes.",
    ],
)
def test_services_that_look_after_victims_are_no_care_work(aftercare: str) -> None:
    assert "care_work" not in schema_of(f"{CASE} {aftercare}")["sectors"]


@pytest.mark.parametrize(
    "work",
    [
        "Nine care workers from Kerala were made to work 80-hour weeks at care homes in Norfolk.",
        "She had worked in adult social care for years without pay.",
    ],
)
def test_care_work_itself_is_still_found(work: str) -> None:
    assert "care_work" in schema_of(work)["sectors"]


@pytest.mark.parametrize(
    "promise",
    [
        "The women had answered Facebook posts advertising waitress jobs at a restaurant in Bangkok.",
        "The network lured women from Colombia with fake jobs as carers and waitresses.",
        "The court heard they had been told in Vietnam that restaurant jobs were waiting for them.",
        "He told the family they were going to Germany for work in a hotel.",
        "Acquaintances told them of jobs in restaurants and shops in Tripoli.",
        "Today she lives in Cape Town and hopes to train as a pastry chef.",
    ],
)
def test_jobs_only_promised_or_hoped_for_are_no_sector(promise: str) -> None:
    sectors = schema_of(f"{CASE} {promise}")["sectors"]
    assert "hospitality" not in sectors and "care_work" not in sectors


def test_work_in_a_hotel_still_counts() -> None:
    text = "Fourteen men were forced to work in a hotel in Blackpool for no pay, police said."
    assert "hospitality" in schema_of(text)["sectors"]


@pytest.mark.parametrize(
    "tipster",
    [
        "Police found the girl at a motel after a call from hotel staff.",
        "The investigation began after a hotel worker in Burlington called police.",
    ],
)
def test_hotel_staff_who_raised_the_alarm_are_no_sector(tipster: str) -> None:
    assert "hospitality" not in schema_of(f"{CASE} {tipster}")["sectors"]


def test_a_barbershop_is_no_bar() -> None:
    text = "A 16-year-old boy told police he worked in a barbershop in Derby from 10am to 10pm every day."
    assert "hospitality" not in schema_of(text)["sectors"]


@pytest.mark.parametrize(
    "aside",
    [
        "NAIROBI COURIER | Thursday, 7 November 2024",
        "The proceeds were taken to Bulgaria in cash by couriers and invested in houses.",
        "She has no phone of her own; she borrowed mine today to call a friend.",
        '"I thought we were going for a wedding. It was mine," she said.',
        "After that she was not allowed to go outside the house, even to throw the rubbish.",
        "A neighbouring shopkeeper said the flat never seemed to close.",
        "She sleeps upstairs in the shop with two other girls.",
        "She only goes out with the family to church or the grocery store.",
    ],
)
def test_words_that_only_look_like_a_workplace_are_no_sector(aside: str) -> None:
    sectors = schema_of(f"{CASE} {aside}")["sectors"]
    assert {"logistics_warehousing", "other", "retail"}.isdisjoint(sectors)


def test_household_laundry_is_domestic_work_not_another_sector() -> None:
    text = "The victim was required to cook, clean, do laundry and care for the couple's two children."
    assert schema_of(text)["sectors"] == ["domestic_work"]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Eight food couriers delivered meals for 80 hours a week and were paid almost nothing.",
         "logistics_warehousing"),
        ("Cooperatives supplied 410 workers to a courier hub near Piacenza on pay far below the contract.",
         "logistics_warehousing"),
        ("Children as young as ten were forced to work in an illegal gold mine in Ghana.", "other"),
        ("Twelve men were made to work 80 hours a week at a commercial laundry in Leicester.", "other"),
        ("The women worked in a supermarket in Lisbon and were paid nothing for months.", "retail"),
    ],
)  # fmt: skip
def test_the_workplaces_themselves_are_still_found(text: str, sector: str) -> None:
    assert sector in schema_of(text)["sectors"]


def indicators_of(text: str) -> list[str]:
    return schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "She was offered a job in Amman as a caregiver for an elderly woman, then locked in the house.",
        "Workers who complained were told they would be reported to the police as illegal migrants.",
        "Lin told her she would be reported as a runaway and deported if she changed employer.",
        "Female, 34, from Batangas. Limited English, fluent Tagalog. Employer kept her passport.",
        "The owner hid the men's passports. Comments are disabled on this article.",
        "Several of the workers had been abandoned by employers who could no longer pay them.",
        "She was promised work in Kuwait. We are poor family, please help sir.",
    ],
)
def test_who_victims_cared_for_and_threats_they_heard_are_no_vulnerability(text: str) -> None:
    assert "abuse_of_vulnerability" not in indicators_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company had taken advantage of young visa holders who knew nothing of their rights.",
        "The children rescued had been abandoned by their own family before the gang took them in.",
        "The gang targeted the elderly and the homeless, who were moved between farms.",
        "Recruiters sought out men with learning difficulties outside a night shelter.",
    ],
)
def test_vulnerability_itself_is_still_found(text: str) -> None:
    assert "abuse_of_vulnerability" in indicators_of(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Police rescued four women forced into prostitution. They were made to sleep with men every night.",
         "excessive_overtime"),
        ("Officers found 14 men at a farm in Kent, far from home and their families, and freed them.",
         "isolation"),
        ('"Workers are afraid of the police and of deportation," said a researcher. Police freed 14 men.',
         "intimidation_threats"),
        ("Police freed 14 men from a farm. The four will be brought before a judge for the application of "
         "coercive measures.", "intimidation_threats"),
    ],
)  # fmt: skip
def test_cues_that_mostly_stood_beside_no_such_indicator(text: str, indicator: str) -> None:
    assert indicator not in indicators_of(text)


def test_long_nights_of_work_are_still_excessive_overtime() -> None:
    text = "The men worked every night from 6pm until 6am at the car wash and were paid nothing."
    assert "excessive_overtime" in indicators_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inside the compound they were forced to run online romance and cryptocurrency scams.",
        "They were made to defraud people online through fake romance and cryptocurrency schemes.",
    ],
)
def test_romance_scams_are_no_loverboy(text: str) -> None:
    assert "loverboy" not in schema_of(text)["recruitment"]


@pytest.mark.parametrize(
    ("aside", "sector"),
    [
        ("Today she works in a bakery and rents a room with a friend.", "food_processing"),
        ("Also on the Newsroom: Halifax burglary: two charged.", "shoplifting_theft"),
        ("Defrim Paci, of Windmill Close, Solihull, was charged.", "manufacturing"),
    ],
)
def test_asides_name_no_sector(aside: str, sector: str) -> None:
    assert sector not in schema_of(f"{CASE} {aside}")["sectors"]


def test_a_rice_mill_is_food_processing() -> None:
    text = "Twenty-seven bonded labourers were freed from a rice mill near Chennai, where they worked unpaid."
    assert "food_processing" in schema_of(text)["sectors"]


def test_a_body_named_only_in_a_threat_did_not_act() -> None:
    text = (
        'Workers who complained were told he would "report them to the Home Office" and have them '
        "deported. West Midlands Police arrested the director in May."
    )
    assert schema_of(text)["agencies"] == ["West Midlands Police"]


def test_a_body_told_of_the_case_still_acts() -> None:
    text = "The case was reported to the Home Office, which alerted West Midlands Police."
    assert "Home Office" in schema_of(text)["agencies"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Trial Attorney Meghan Ross of the Civil Rights Division's Human Trafficking Prosecution Unit is "
         "prosecuting the case, which the FBI investigated.", "Civil Rights Division"),
        ("HSI and the U.S. Department of Labor's Wage and Hour Division investigated the farm.",
         "U.S. Department of Labor"),
    ],
)  # fmt: skip
def test_a_department_named_only_as_owner_of_the_unit_that_acted_is_not_named_apart(
    text: str, owner: str
) -> None:
    assert owner not in schema_of(text)["agencies"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Ghana Police Service's Anti-Human Trafficking Unit rescued 14 children.",
         "Ghana Police Service"),
        ("The U.S. Department of Labor's Wage and Hour Division found the violations. The U.S. Department of "
         "Labor referred the case to HSI.", "U.S. Department of Labor"),
    ],
)  # fmt: skip
def test_a_police_force_or_a_department_that_acted_itself_stays(text: str, owner: str) -> None:
    assert owner in schema_of(text)["agencies"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("A spokesperson for the Crown Office and Procurator Fiscal Service said the case was one of the "
         "largest. Police Scotland arrested two men.", "Crown Office and Procurator Fiscal Service (COPFS)"),
        ("The Netherlands Labour Authority (Nederlandse Arbeidsinspectie) on Tuesday arrested two directors.",
         "Netherlands Labour Authority (Nederlandse Arbeidsinspectie)"),
    ],
)  # fmt: skip
def test_a_body_with_and_or_a_translation_in_its_name_is_one_agency(text: str, agency: str) -> None:
    agencies = schema_of(text)["agencies"]
    assert agency in agencies
    assert not {"Crown Office", "Procurator Fiscal Service", "Netherlands Labour Authority"} & set(agencies)


def test_a_court_a_verdict_may_yet_go_to_did_not_act() -> None:
    text = (
        "Police Scotland arrested two men in Aberdeen. Their lawyer said they would appeal to the High Court."
    )
    assert "High Court" not in schema_of(text)["agencies"]


def test_a_court_that_heard_the_appeal_acted() -> None:
    text = "The men appealed to the High Court, which upheld their sentences for trafficking on Monday."
    assert "High Court" in schema_of(text)["agencies"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Officers of the Social Security Inspectorate (Inspección de Trabajo y Seguridad Social) found 40 "
         "workers on the farm.", "Social Security Inspectorate (Inspección de Trabajo y Seguridad Social)"),
        ("Officers from West Midlands Police (Public Protection Unit) arrested two men in Walsall.",
         "West Midlands Police (Public Protection Unit)"),
    ],
)  # fmt: skip
def test_a_name_and_a_bracketed_name_after_it_are_one_agency(text: str, agency: str) -> None:
    assert schema_of(text)["agencies"] == [agency]


def test_a_name_and_its_acronym_stay_one_agency() -> None:
    assert schema_of("The Crown Prosecution Service (CPS) charged him with trafficking.")["agencies"] == [
        "Crown Prosecution Service (CPS)"
    ]


def places_of(text: str) -> list[str]:
    return schema_of(text)["places"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gergely Farkas pleaded guilty at Mold Crown Court to trafficking women found in Rhyl.", "Mold"),
        ("All five appeared at the Ontario Court of Justice. The women were found in a motel in Vaughan.",
         "Ontario"),
        ("Detectives from the Police Service of Northern Ireland found two women in a flat in Belfast.",
         "Northern Ireland"),
        ("Crown Prosecution Service, CPS London North. A man was jailed for keeping a relative in Enfield.",
         "London"),
    ],
)  # fmt: skip
def test_a_place_written_only_inside_a_body_s_name_is_no_case_place(text: str, place: str) -> None:
    assert place not in places_of(text)


def test_the_same_place_named_in_the_story_stays() -> None:
    text = "He was sentenced at Lincoln Crown Court. The women had been held in a flat in Lincoln."
    assert "Lincoln" in places_of(text)


def test_two_words_the_ner_cut_apart_are_one_place() -> None:
    text = "Most of the boys come from Winneba and Senya Beraku in the Central Region of Ghana."
    assert "Senya Beraku" in places_of(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The farm lies 38 km from the nearest town along a dirt road, and no transport was provided.",
         "isolation"),
        ("She was never paid and was not allowed to leave the house alone.", "isolation"),
        ("The defendants forbade the victim from leaving the house alone.", "isolation"),
        ("Husband and wife packed up to 14 people into a three-bedroom house in Boston.",
         "abusive_conditions"),
        ("Deductions: AUD 250 a week for a bed in a four-bedroom house shared by 8 men.",
         "abusive_conditions"),
        ("The boys were made to dive into the lake to free nets caught on submerged tree stumps.",
         "abusive_conditions"),
    ],
)  # fmt: skip
def test_news_wordings_of_isolation_and_abusive_conditions(text: str, indicator: str) -> None:
    assert indicator in indicators_of(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The farm lies 38 km from the nearest town along a dirt road.", "deception"),
        ("She cooked and cleaned a six-bedroom house for the family.", "abusive_conditions"),
    ],
)
def test_a_farm_that_lies_somewhere_and_a_big_house_are_no_such_indicator(text: str, indicator: str) -> None:
    assert indicator not in indicators_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The men had been recruited in Chinandega with offers of 400,000 colones a month.",
        "Workers were recruited in Maseru by a broker who promised R3 500 per month plus housing.",
        "An acquaintance in Samarkand told her she would earn $700 a month.",
    ],
)
def test_pay_a_month_promised_is_a_false_job_offer(text: str) -> None:
    assert "false_job_offer" in schema_of(text)["recruitment"]


def test_pay_a_month_received_is_no_offer() -> None:
    text = "They were paid about $1,200 a month for weeks of 80 to 90 hours."
    assert "false_job_offer" not in schema_of(text)["recruitment"]


def test_a_term_in_months_after_the_court_and_the_day() -> None:
    text = (
        "A 52-year-old Aurora woman was sentenced today in U.S. District Court in Denver to 188 months "
        "in federal prison for running a network of massage businesses."
    )
    assert schema_of(text)["outcomes"]["sentence_years_max"] == pytest.approx(15.667)


def test_months_with_no_sentence_before_them_are_no_term() -> None:
    text = "He was sentenced in 2019. The trial had lasted 18 months."
    assert schema_of(text)["outcomes"]["sentence_years_max"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the skipper. The trawler has been impounded at the port.",
        "SAMSA detained the vessel pending the outcome of the investigation.",
        "The OIJ arrested the owner and seized both boats.",
    ],
)
def test_a_fishing_vessel_impounded_or_detained_is_seized_as_other(text: str) -> None:
    assert "other" in schema_of(text)["seized"]


def test_a_crew_detained_aboard_a_vessel_seizes_nothing() -> None:
    assert schema_of("The crew were detained aboard the vessel by immigration officers.")["seized"] == []


def test_a_helpline_heading_its_own_call_record_took_the_case() -> None:
    text = (
        "MODERN SLAVERY & EXPLOITATION HELPLINE - CALL RECORD\n"
        "Ref: MSEH-25-04417   Date: 02/05/2025\n\n"
        "Caller reports three men living in a caravan behind a car wash on Station Road. "
        "Referral to Metropolitan Police."
    )
    assert "Modern Slavery & Exploitation Helpline" in schema_of(text)["agencies"]


def test_a_helpline_in_an_advice_box_took_no_case() -> None:
    text = (
        "Police arrested two men at a car wash in Leeds.\n\n"
        "If you suspect modern slavery, call the Modern Slavery & Exploitation Helpline on 08000 121 700."
    )
    assert not any("Helpline" in a for a in schema_of(text)["agencies"])


def test_police_scotland_s_national_human_trafficking_unit_is_named_beside_the_force() -> None:
    text = "Detective Inspector Alison Reekie, of Police Scotland's National Human Trafficking Unit, said so."
    assert set(schema_of(text)["agencies"]) == {"Police Scotland", "National Human Trafficking Unit"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Waweru was arraigned at the Milimani Law Courts on Wednesday and charged with trafficking.",
         "Milimani Law Courts"),
        ("The Bonded Labour Liberation Front welcomed the release of 17 labourers from a brick kiln.",
         "Bonded Labour Liberation Front (BLLF)"),
        ("It followed a complaint by the FLAI CGIL farmworkers' union after two labourers fell ill.",
         "FLAI CGIL"),
    ],
)  # fmt: skip
def test_bodies_the_own_sets_name_often_are_known(text: str, agency: str) -> None:
    assert agency in schema_of(text)["agencies"]
