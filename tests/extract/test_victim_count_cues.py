"""Victims counted from the UK's referral framework and from regional names of origin.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _victims(text: str) -> int | float | None:
    return counts_of(text)["victims"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two Romanian men have entered the National Referral Mechanism.", 2),
        # people come upon during an operation
        ("During the operation, officers encountered 14 women working at the businesses.", 14),
        ("Police located two teenage girls at a hotel in Leeds.", 2),
        ("Four men were referred to the National Referral Mechanism.", 4),
        ("Nine people have been referred into the NRM.", 9),
        ("Police referred 12 potential victims to the government's National Referral Mechanism.", 12),
        ("More than 60 eastern Europeans were removed from leek fields yesterday morning.", 60),
        ("Officers freed 14 West Africans from a farm near Foggia.", 14),
    ],
)
def test_victim_counts(text: str, value: int) -> None:
    assert _victims(text) == value


def test_the_referral_framework_explained_counts_nobody() -> None:
    text = "The National Referral Mechanism is the framework for identifying potential victims."
    assert _victims(text) is None


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a part of the victims names the whole group
        ("Three of the six victims lived in a caravan without heating.", "victims", 6),
        ("Two of the 12 victims were minors, police said.", "victims", 12),
        ("Two of the five suspects were charged.", "victims", None),
        # one driver beside the group carried them
        ("Police intercepted a van carrying four girls and the driver near the border.", "victims", 4),
        # a verb form after "of human" is a noun; the phrase after another verb is not its object
        ("Ten suspects of human trafficking have been arrested and five others released.", "arrested", 10),
        ("Ten suspects of human trafficking have been arrested and five others released.", "victims", None),
    ],
)
def test_parts_drivers_and_nouns(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officers conducted a pre-dawn operation at the Harbour Road massage parlour.", 1),
        ("Detectives searched one of the accused's residences in Calgary.", 1),
        ("Police raided four houses after a joint operation at the farm.", 4),
        ("The operation at the car wash owners' homes was delayed.", None),
    ],
)
def test_one_place_an_operation_went_to(text: str, value: int | None) -> None:
    assert counts_of(text)["premises_searched"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("They raided seven addresses, arrested 13 suspects and took 15 minors into care.", "victims", 15),
        ("Six of their victims, aged between 21 and 26, who had been locked in a hotel, were rescued.",
         "victims", 6),
        ("One of their officers was injured during the raid.", "officers", None),
    ],
)  # fmt: skip
def test_care_and_possessive_parts(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def test_one_of_his_co_defendants_is_not_added_to_the_women() -> None:
    # one of someone's people points back at a person; it joins no group of victims
    assert (
        counts_of("Officers found one of his co-defendants and two women working in the flat.")["victims"]
        != 3
    )


# Wordings met on real pages in the eighth session, each in a sentence written here.
EIGHTH_SESSION = [
    # the abused are victims; an abuser's power is no one
    ("The jury heard that 14 boys were beaten and abused on the boats.", "victims", 14),
    ("The owner abused his position as an employer of two cooks.", "victims", None),
    # people taken advantage of or preyed on, and "the victims were N people"
    ("The couple allegedly took advantage of seven Filipinos on tourist visas.", "victims", 7),
    ("He took advantage of his position as a landlord.", "victims", None),
    ("The victims of the ring were 23 people, among them four children.", "victims", 23),
    ("Police said 40 women from poor villages fell victim to the traffickers.", "victims", 40),
    # releasing labourers frees them; suspects are released on bail
    ("Activists helped in releasing more than 40 bonded labourers from a kiln.", "victims", 40),
    ("Police released five men on bail pending further inquiries.", "victims", None),
    # only the charged are tried, plead not guilty or deny the charges
    ("Nineteen men went on trial in Brasov accused of trafficking.", "charged", 19),
    ("Three defendants stood trial in Leeds for forced labour.", "charged", 3),
    ("The four defendants pleaded not guilty to all counts of forced labour.", "charged", 4),
    ("The four defendants pleaded not guilty to all counts of forced labour.", "convicted", None),
    # a bare number as the object, and a part of a stated total
    ("Of the six people wanted for the trafficking, police have arrested three so far.", "arrested", 3),
    ("Officers succeeded in arresting 14 of the 30 involved in the racket.", "arrested", 14),
    # prison by sending; a gang that imprisons people convicts no one
    ("Four men were sent to prison for nine years for forced labour.", "convicted", 4),
    ("Twelve of the total 30 defendants were sent to seven years imprisonment.", "convicted", 12),
    ("The rescued girls were sent to a shelter in Pune.", "convicted", None),
    ("Police broke up a gang which imprisoned 30 people in a farmhouse near Craiova.", "convicted", None),
    ("Four men were imprisoned for trafficking.", "convicted", 4),
    # places swooped on, places searched
    ("Around 900 officers swooped on 41 flats and parlours in six cities.", "premises_searched", 41),
    ("In all, nine places were searched in Spain and Portugal.", "premises_searched", 9),
    # a count shared out between places; a placed first part of a group
    ("Officers raided six addresses in Leeds, two in Hull and three in York.", "premises_searched", 11),
    ("Police searched three homes in Sofia and 12 in Varna.", "premises_searched", 15),
    ("Police arrested four men in Madrid and two in Lisbon.", "arrested", 6),
    ("Prosecutors charged a farm owner in South Chungcheong and two associates.", "charged", 3),
    ("Two men from Leeds and three women were arrested on Monday.", "arrested", 5),
    # ranges of ages stay ranges
    ("The girls, aged between 14 and 17, were rescued from a flat.", "victims", None),
    ("Six children aged from four to 13 were rescued.", "victims", 6),
]


@pytest.mark.parametrize(("text", "outcome", "value"), EIGHTH_SESSION)
def test_eighth_session_wordings(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Border officers stopped nine young women from boarding a flight to Dubai.", 9),
        ("Prosecutors said 17 of the workers are being treated as potential victims.", 17),
        ("The men groomed four schoolgirls on social media.", 4),
        ("Traffic officers stopped a van on the A1 and arrested two men.", None),
    ],
)
def test_victims_stopped_groomed_or_treated_as_victims(text: str, value: int | None) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "genders"),
    [
        ("Police freed 13 farm workers near Bundaberg. The workers, 11 men and two women aged 22 to 39, "
         "were charged $250 a week for their rooms.", {"male", "female"}),
        ("Twelve Colombians freed from a scam compound returned home. The group, eight men and four women, "
         "landed in Bogota on Monday.", {"male", "female"}),
        ("Politia a identificat sapte victime. Cele sapte persoane, patru femei si trei barbati, au fost "
         "exploatate prin munca.", {"male", "female"}),
    ],
)  # fmt: skip
def test_a_gender_split_that_adds_up_to_the_victims_gives_their_genders(text: str, genders: set[str]) -> None:
    assert set(extract(Document(text=text)).summary["victims"]["genders"]) == genders


def test_a_split_of_the_arrested_is_not_the_victims() -> None:
    text = (
        "Police rescued nine women from two flats in Leeds. Five people, three men and two women, "
        "were arrested on suspicion of trafficking."
    )
    assert extract(Document(text=text, language="en")).summary["victims"]["genders"] == ["female"]


@pytest.mark.parametrize(
    ("text", "minors"),
    [
        ("Police rescued four women from a flat in Derby. Two of the women were 16 years old at the "
         "time.", True),
        ("Officers freed a girl aged 15 from a house in Luton where she had been forced to work.", True),
        ("Police rescued three women aged 24 from a brothel; all were 20 years old or more.", False),
    ],
)  # fmt: skip
def test_one_age_written_out_tells_whether_a_victim_is_a_minor(text: str, minors: bool) -> None:
    assert extract(Document(text=text, language="en")).summary["victims"]["minors"] is minors


def test_an_age_range_is_still_read_as_a_range() -> None:
    text = "Police rescued six women aged 19 to 24 from a flat in Leeds."
    assert extract(Document(text=text, language="en")).summary["victims"]["minors"] is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thirty Ugandans who were held in a scam compound near the border flew home on Friday.", 30),
        ("Nine teenagers who say they were held at a brothel in the port have given statements.", 9),
        # suspects held in custody are no victims
        ("Two suspects were held in a police camp overnight.", None),
    ],
)
def test_people_held_in_a_compound_or_brothel_are_victims(text: str, value: int | None) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("To do so you used two boys whom I shall call Child A and Child B.", 2),
        ("The gang used 14 children to sell drugs across Cumbria.", 14),
        ("Officers used two dogs to search the flat.", None),
    ],
)
def test_children_used_by_a_gang_are_victims(text: str, value: int | None) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "minors"),
    [
        ("Police rescued 14 workers from a farm. The workers, all adult men from Nepal, paid fees.", False),
        ("PARTNER REFERRAL - ADULT POTENTIAL VICTIM OF MODERN SLAVERY\nThe man was found in a shed.", False),
        ("Eleven women were rescued; most are in their 20s and come from Mexico.", None),  # most, not all
        ("Six girls, aged 14 to 17, were rescued from the flat. The men arrested were all adults.", True),
        ("Police rescued 26 women. All of the victims are of legal age.", False),
        ("Officers found 14 women at the shops, all Chinese between 38 and 61 years of age.", False),
        ("Police freed 27 fishermen. The crew, aged between 19 and 46, told investigators of no pay.", False),
        # a denial is no minor, a date no age
        ("Police freed 27 fishermen aged 19 to 44. No evidence any of the crew were under 18.", False),
        ("Police rescued 23 workers aged 23 to 54. The action days ran between 3 and 9 June.", False),
    ],
)  # fmt: skip
def test_victims_stated_to_be_adults_are_no_minors(text: str, minors: bool | None) -> None:
    assert extract(Document(text=text, language="en")).summary["victims"]["minors"] is minors


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She was one of four women held by the same people, two more from Moldova and one from Ukraine.", 4),
        ("All four women were referred for support by the Salvation Army.", 4),
        ("Two men held by police were released on bail.", None),  # held by the police: suspects
        ("A couple kept a vulnerable man as a household slave for nine years.", 1),
        ("The gang held three women as sex slaves in a flat in Leeds.", 3),
        ("Police held two men as suspects overnight.", None),
    ],
)
def test_held_by_exploiters_or_referred_for_support_are_victims(text: str, value: int | None) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # trades people are counted by
        ("14 fishers freed from trawler in Songkhla", "victims", 14),
        ("Officers identified 19 crew as potential victims of trafficking.", "victims", 19),
        ("Police rescued six maids from the agency's hostel.", "victims", 6),
        # a group told by origin after a comma or between dashes: a breakdown of the same people
        ("Fourteen migrant fishers, nine from Myanmar and five from Cambodia, have been identified as "
         "victims.", "victims", 14),
        ("So far 31 workers – 19 from India and 12 from Zimbabwe – have been identified as potential "
         "victims.", "victims", 31),
        ("Police rescued 12 women, seven from Romania, three from Moldova and two from Ukraine.",
         "victims", 12),
        # told by origin with "and": more of them
        ("Officers arrested five people from Leeds and two from Bradford.", "arrested", 7),
        # the origins after a full count stay out of it
        ("Twelve women were identified as victims – six from Moldova, four from Ukraine and two from "
         "Serbia, one of whom is 17.", "victims", 12),
        ("Five children aged between 14 and 17 from Leeds were rescued.", "victims", 5),
    ],
)  # fmt: skip
def test_groups_told_by_trade_and_by_origin(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def test_workers_charged_a_weekly_fee_are_victims_not_suspects() -> None:
    text = (
        "Police will allege that once in Australia the workers, 11 men and two women aged between 22 "
        "and 39, were charged $250 a week each for shared rooms."
    )
    victims = extract(Document(text=text, language="en")).summary["victims"]
    assert victims["minors"] is False
    assert victims["genders"] == ["male", "female"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a headline's group in apposition with "possible victims", with or without its breakdown
        ("Două tinere, posibile victime ale traficului de persoane, depistate la PTF Nădlac II\n\n"
         "La data de 9 februarie, polițiștii au oprit un autoturism.", 2),
        ("Două tinere, dintre care una minoră, posibile victime ale traficului de persoane, depistate la "
         "PTF Nădlac II\n\nLa data de 9 februarie, polițiștii au oprit un autoturism.", 2),
        ("French investigators accuse him of recruiting 57 workers, most of them from Bulgaria, who were "
         "housed in a derelict building and were paid nothing.", 57),
    ],
)  # fmt: skip
def test_headline_appositions_and_recruiting(text: str, value: int) -> None:
    assert extract(Document(text=text)).summary["victims"]["count"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a word mixing letters and digits between number and noun is a modifier, not a second number
        ("Officers freed 12 H-2B workers from the camp.", "victims", 12),
        ("The defendants recruited at least 73 H-2A workers from Mexico.", "victims", 73),
        ("Police rescued two 15-year-old girls from the flat.", "victims", 2),
        ("Eight 17-year-old boys were arrested.", "arrested", 8),
        # a date before the count still gives it back; a later number is still the count
        ("On 2018-07-05 eight children were rescued.", "victims", 8),
        ("The couple enslaved three men.", "victims", 3),
    ],
)  # fmt: skip
def test_coded_modifiers_between_number_and_noun(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a court's or a law's word for the victims
        ("To date, 47 foreign nationals have been granted the status of aggrieved parties.", 47),
        ("Seven women, aged between 26 and 44, were treated as injured parties in the case.", 7),
        ("Five men were recognised as victims by the court.", 5),
        # stopped before they left
        ("Police stopped 19 young women who were about to board a flight to Muscat.", 19),
    ],
)  # fmt: skip
def test_status_words_and_stopped_departures(text: str, value: int) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    "text",
    [
        # "several hundred" is an estimate; money and paperwork before a person noun count no one
        "Police said several hundred workers were exploited on the farms.",
        "În fiecare an sunt identificate câteva sute de victime ale traficului.",
        "Instanța i-a obligat să plătească daune morale de câte 15.000 de euro fiecărei victime.",
        "Au fost înregistrate peste 17.000 de sesizări privind potențiale victime.",
    ],
)
def test_estimates_money_and_reports_are_no_victim_count(text: str) -> None:
    assert _victims(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # tips and call notes describe the people without any rescue verb
        ("there is 5 worker there all men, they work from 8 morning until 9 night every day.", 5),
        ("What I found: 14 adult men living at the property behind the shop.", 14),
        ("Twelve workers were present on the block, all Malaysian nationals.", 12),
        ("Caller says at least three women work there 7 days a week, 10 am to 9 pm.", 3),
        # a count of what was done to them wins over a group described elsewhere
        ("Police rescued six women. 22 workers live in the bunkhouse behind the farm.", 6),
        ("Police arrested four people accused of sending women to work unpaid in Saudi Arabia.", None),
        # others beside the one exploited, shares and parts are no count of the victims
        ("Mateo lived in a trailer with nine adult men and worked until dark.", None),
        ("Five men live in each bedroom of the house.", None),
        ("Nine of the workers were living in a garage.", None),
        ("She cooked and cared for their three children seven days a week without pay.", None),
    ],
)
def test_a_group_whose_conditions_are_described_counts_only_alone(text: str, value: int | None) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "minors"),
    [
        # the employer's children a domestic worker looked after are not the victims
        ("The woman was forced to work in a villa where she cooked and looked after four children.", None),
        ("For eight years she cooked, cleaned and cared for the children without pay.", None),
        ("She was told she would be a nanny for two children; on arrival her passport was taken.", None),
        ("She was forced to take the children to school and then clean the house until midnight.", None),
        # a father and son accused together are no minor victims
        (
            "A father and son who forced two vulnerable men to lay driveways without pay have been jailed.",
            None,
        ),
        # children rescued or exploited still are
        ("Police rescued four children from a brothel in Leeds.", True),
        ("The traffickers forced the children to beg in the streets of Rome.", True),
    ],
)
def test_children_cared_for_and_sons_accused_are_no_minor_victims(text: str, minors: bool | None) -> None:
    assert extract(Document(text=text)).summary["victims"]["minors"] is minors


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Elena (not her real name) answered an advert for cleaning work in Bristol. Her boss kept her "
            "passport and paid her nothing.",
            1,
        ),
        ("Names have been changed to protect the woman. Maria was brought to Leeds by her boyfriend.", 1),
        ("Tomasz, whose name has been changed, worked on a farm for two years without pay.", 1),
        ("Person of concern: male, about 30, works at the car wash.\nHe sleeps in a shed behind it.", 1),
        ("Caller type: potential victim\nSays her employer took her phone and her documents.", 1),
        # the person is one of a group: no story count
        ("Ana (not her real name) was one of the women found at the house in Luton.", None),
        # a count told elsewhere wins over the story
        ("Ioana (not her real name) was freed with five other women. Police rescued six women.", 6),
        ("Anna (not her real name) said 11 men were living in the caravan and worked 14 hours a day.", 11),
        # no cue: nothing
        ("Elena answered an advert for cleaning work in Bristol.", None),
        ("Potential victims: 3\nAll female, found at a nail bar.", 3),
        ("The potential victim's brother rang the helpline.", None),
        # one of a counted group: the group
        (
            "Amara (not her real name) was one of 14 care workers from Ghana whom inspectors found at the "
            "home.",
            14,
        ),
        # people taken into care
        ("The nine children, aged 10 to 15, were taken into the care of the local authority.", 9),
        # names changed for several people: no one person's story
        ("All names were changed to protect the survivors. Maria and Ana worked at the farm.", None),
    ],
)
def test_a_one_person_story_counts_one_victim_only_alone(text: str, value: int | None) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # one exploited person, told of again and again
        (
            "A couple have been charged with keeping a Filipino woman in servitude. The woman cooked and "
            "cleaned for five years. Officers seized the woman's passport. The woman is now supported by "
            "the Red Cross.",
            1,
        ),
        (
            "Un bărbat a fost condamnat pentru trafic de persoane. Victima a fost dusă în Spania. Acolo, "
            "victima era ținută într-un apartament. Tânăra a reușit să fugă, iar victima a sesizat poliția.",
            1,
        ),
        # a Hong Kong domestic helper's story
        (
            "A woman was jailed for abusing her domestic helper. The helper slept in a bathroom. The victim "
            "was paid half the minimum wage. The helper escaped in May.",
            1,
        ),
        # told of twice only: not enough to tell one person's story from a passing mention
        (
            "A couple have been charged with keeping a Filipino woman in servitude. The woman cooked and "
            "cleaned for five years. Officers seized the woman's passport.",
            None,
        ),
        # the woman is the one charged: a suspect, not the victim
        (
            "A couple have been charged. The woman was charged with servitude. The woman was remanded. "
            "The woman was jailed in May.",
            None,
        ),
        # any count of victims wins
        (
            "Police rescued four women. The woman who rang the helpline was one of them. The woman said the "
            "victim was beaten. The victim had no passport.",
            4,
        ),
    ],
)
def test_one_victim_told_of_again_and_again_counts_one_only_alone(text: str, value: int | None) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the only count of people is a group split by gender: the victims
        ("In March, 21 men and four women from Java answered adverts for hotel jobs in Bangkok and were "
         "taken to a scam compound.", 25),
        # a split that counts the suspects is not the victims
        ("Eleven men and two women were arrested on suspicion of trafficking offences.", None),
    ],
)  # fmt: skip
def test_a_gender_split_counts_the_victims_when_nothing_else_does(text: str, count: int | None) -> None:
    assert extract(Document(text=text, language="en")).summary["victims"]["count"] == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("- K + 4 other men from Ambae, all on seasonal visas, arrived in March", 5),
        ("Two other women from the same town.\n=> 3 women in total", 3),
        ("He agreed to pay $210,000 in restitution to 23 workers.", 23),
        # those a victim shares a room with, and suspects, are not counted so
        ("She sleeps in the storeroom with two other women.", None),
        ("Police arrested Ion and 3 other men in total.", None),
    ],
)
def test_others_named_with_one_and_totals_in_a_note(text: str, count: int | None) -> None:
    assert _victims(text) == count


_CASE_OPENING = (
    "Police raided a farm near Spalding on Tuesday. Officers found the workers in caravans. "
    "Eleven men were rescued from the farm. "
)


@pytest.mark.parametrize(
    "figure",
    [
        "The charity registered more than 1,000 possible victims in its most recent annual report.",
        "Home Office figures show 17,004 potential victims were referred in 2023.",
        "In 2023 some 17,000 potential victims were referred to the National Referral Mechanism.",
        "Nationally, more than 3,500 victims are identified every year.",
        "Potrivit Home Office, în 2023 au fost trimise către Mecanismul Național de Referire "
        "peste 17.000 de potențiale victime.",
        "Potrivit ANITP, în România sunt identificate anual între 400 și 500 de victime.",
    ],
)
def test_a_national_or_yearly_figure_is_no_victim_count(figure: str) -> None:
    assert _victims(_CASE_OPENING + figure) == 11
    # the case's own victims referred into the mechanism still count
    assert (
        _victims(
            _CASE_OPENING.replace("Eleven men were rescued", "Officers rescued men")
            + "Eleven men were referred to the NRM."
        )
        == 11
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # recruited, in the infinitive
        ("Sandhu used agents in Punjab and Haryana to recruit 13 men for roles on orchards.", 13),
        # a trade's workers whose conditions are told, when nothing else counts
        ("At least 410 porters, all men, worked night shifts of up to eleven hours, six days a week.", 410),
        # a national estimate is no group of the case
        (
            "An estimated 300,000 to 700,000 live-in carers work in private households for 12 hours a day.",
            None,
        ),
    ],
)
def test_recruit_trades_and_estimates(text: str, value: int | None) -> None:
    assert _victims(text) == value


def test_another_matter_told_as_background_counts_no_one_of_the_case() -> None:
    text = (
        "Two farm bosses were charged with forced labour on Monday. Police said 37 men were found on the "
        "farms. The men are being supported. The case continues. In a separate and unrelated matter last "
        "year, a grand jury charged five people with exploiting more than 100 workers."
    )
    assert counts_of(text)["charged"] == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a headline's group with a second noun sharing its number
        ("Four arrested and 15 women and girls rescued from brothel", 15),
        ("19 arrested and 13 children and vulnerable adults safeguarded as police target drugs lines", 13),
        # a national figure after the case is context, however it is worded
        (
            "Police target county lines.\n\nThe operation ran for a week.\n\nOfficers safeguarded nine "
            "children in Devon.\n\nAcross England and Wales, the week led to 1,165 arrests and 1,497 "
            "vulnerable people being safeguarded.",
            9,
        ),
        (
            "Police target county lines.\n\nThe operation ran for a week.\n\nOfficers safeguarded nine "
            "children in Devon.\n\nNationwide, 1,497 vulnerable people were safeguarded.",
            9,
        ),
    ],
)
def test_shared_numbers_and_national_figures(text: str, value: int) -> None:
    assert _victims(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the part of a group found to be victims is the victims
        ("Police identified 21 women who had worked at the flats. Six of those women were recognised as "
         "victims of trafficking.", 6),
        ("Some 214 workers were freed. But only 71 of the 214 have been formally identified as victims.", 71),
        ("Police freed 57 workers. Eight of them have since been identified as victims of trafficking.", 8),
        # … but not a screening still going on
        ("Police freed 57 workers. 49 of the 57 had so far been identified as victims.", 57),
    ],
)  # fmt: skip
def test_the_part_recognised_as_victims(text: str, value: int) -> None:
    assert _victims(text) == value


def test_people_held_in_compounds_and_an_ngos_estimate() -> None:
    text = (
        "Two flights landed in Delhi on Thursday carrying 180 Indian nationals who had been held in "
        "cyber-fraud compounds in Myanmar. Among those brought back were 41 women. "
        "The ministry thanked the Thai authorities. Officials said more flights were planned. "
        "An advocacy group has estimated that more than 100,000 people are held in such compounds."
    )
    assert _victims(text) == 180


def test_a_dated_sentence_that_points_back_tells_the_cases_own_verdict() -> None:
    text = (
        "Grace was 16 when a man she met online offered her a job in a salon in Leeds. Instead she was "
        "forced into prostitution for two years. She escaped in 2022 and went to the police. "
        "In 2024, he was jailed for nine years at Leeds Crown Court. "
        "In 2021, another man from Bradford was jailed for twelve years for similar offences."
    )
    outcomes = extract(Document(text=text)).summary["outcomes"]
    assert outcomes["sentence_years_max"] == 9


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The court heard the six crew were recruited through an agent in Manila.", 6),
        ("The five fishermen were supported by Migrant Help after the raid.", 5),
        (
            "The women were referred through the National Referral Mechanism and are being supported by a "
            "charity.",
            None,
        ),
    ],
)
def test_a_go_between_and_a_charitys_care_and_the_referral_mechanism(text: str, value: int | None) -> None:
    assert counts_of(text)["victims"] == value


@pytest.mark.parametrize(
    ("text", "minors"),
    [
        ("The woman, then 20 and living in Sudbury, met him online. He forced her into prostitution.", False),
        ("Caller's brother (M, 34, Polish national) works 12-hour shifts and has not been paid.", False),
        ("The girl, 15, was trafficked to Leeds and sexually exploited.", True),
        ("READ MORE:\nWoman, 68, rescued after decades of servitude", None),
    ],
)
def test_an_age_set_off_after_the_victim_tells_whether_a_minor(text: str, minors: bool | None) -> None:
    assert extract(Document(text=text, language="en")).summary["victims"]["minors"] is minors
