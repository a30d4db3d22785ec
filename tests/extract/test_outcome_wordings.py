"""Outcome counts in wordings met in court reports, US releases and warrant days.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # the subject and the people arrested along with them: one group
        ("Popescu, 46, was arrested along with a 33-year-old man and a 29-year-old woman.", "arrested", 3),
        ("The 46-year-old was arrested in October alongside a man and a woman.", "arrested", 3),
        ("Three men were arrested. Popescu, 46, was arrested along with two other men.", "arrested", 3),
        # a group of known size
        ("The trio face charges of trafficking and money laundering.", "charged", 3),
        ("A trio of men were arrested at the border crossing.", "arrested", 3),
        ("The duo were jailed at Preston Crown Court.", "convicted", 2),
        # the subject of a relative clause that stood trial
        ("The 13 defendants who stood trial denied every charge.", "charged", 13),
        ("Of the 13 defendants who stood trial, nine were convicted.", "charged", 13),
        ("Of the 13 defendants who stood trial, nine were convicted.", "convicted", 9),
        # "them" after the verb: the people counted before; a pronoun before a counted phrase: one more
        ("Both men were arrested in May. A grand jury indicted them in June.", "charged", 2),
        ("Police filed a charge sheet against him and two of his associates.", "charged", 3),
        ("Prosecutors have charged him, his uncle and his aunt.", "charged", 3),
        ("The boss charged them recruitment and travel fees of up to $4,500.", "charged", None),
        # an aside between dashes after a counted phrase: the phrase is the subject; with none before
        # it, the aside tells the number
        (
            "Nine women aged between 21 and 35 – seven from Brazil and two from Paraguay – have been "
            "identified as victims of trafficking.",
            "victims",
            9,
        ),
        ("The two older men – Tuan Ho, 41, and Minh Dao, 34 – had been charged.", "charged", 2),
        ("The crew – five men from Manila and three from Cairo – were rescued by police.", "victims", 8),
        # a life sentence passed: the longest term has no number of years
        (
            "A tribunal sentenced two men to life imprisonment and two others to 10 years.",
            "sentence_years",
            None,
        ),
        ("Cole was jailed for life. His brother was jailed for nine years.", "sentence_years", None),
        (
            "Cole was jailed for nine years; the offence carries a maximum of life in prison.",
            "sentence_years",
            9,
        ),
        # terms not passed in this case: what a suspect faces, what the law sets, another case
        ("If convicted, the men face a mandatory minimum sentence of 15 years.", "sentence_years", None),
        ("The suspects face a prison sentence of no less than three years.", "sentence_years", None),
        ("Trafficking is punished in Peru with 15 to 20 years in prison.", "sentence_years", None),
        (
            "Lee was jailed for six years on Friday. Two others were cleared. The jury sat for a week. "
            "Separately, four men in Leeds were sentenced to terms of between nine and 17 years.",
            "sentence_years",
            6,
        ),
        # a judge addressing a defendant who is the verb's object
        (
            "Dale Price, you pleaded guilty. Morse, the jury convicted you of the drugs conspiracy.",
            "convicted",
            2,
        ),
        # "one of them 17" is an age
        ("Four women, one of them 17, were rescued during the operation.", "victims", 4),
        # a participle before the verb: the same named person
        ("Ho was arrested at the scene. Vu was traced and arrested eight days later.", "arrested", 2),
        # committed for trial; France's "mis en examen"
        ("Two were arrested in May; all four were committed for trial in 2023.", "charged", 4),
        ("Two men have been placed under formal investigation for human trafficking.", "charged", 2),
        # an officer's log of one arrest
        ("1120  NGUYEN arrested on suspicion of arranging travel for exploitation.", "arrested", 1),
        ("Arrested 2212 under s.1 Human Trafficking and Exploitation (Scotland) Act 2015.", "arrested", 1),
        ("They were arrested on suspicion of trafficking.", "arrested", None),
        # nobody charged is a count of none
        ("Police rescued four women. No one has been charged.", "charged", 0),
        ("Police rescued four women. No one has been arrested or charged.", "charged", 0),
        ("Two men were charged on Friday. No one has been charged with the murder.", "charged", 2),
        # two places searched, each named once
        ("Officers raided the workshop and an adjoining house under a court order.", "premises_searched", 2),
        ("Officers executed warrants at the salon and at the Bucknall address.", "premises_searched", 2),
        ("Police searched the agency's office in Zagreb and a house in Sesvete.", "premises_searched", 2),
        ("Police raided five addresses. Officers searched the salon and a house.", "premises_searched", 5),
        ("Police raided a house in Leeds and arrested the owner.", "premises_searched", 1),
        # a takeaway and the flat above it; doors gone through; flats entered, shared out by town
        ("Officers searched a takeaway on Mill Road and the flat above it.", "premises_searched", 2),
        ("Sixty officers went through the doors of four car washes in Derby.", "premises_searched", 4),
        ("At dawn officers entered six flats in Hull, one in Goole and two in York.", "premises_searched", 9),
        ("Four men entered the UK in the back of a lorry.", "premises_searched", None),
        # plural places in each of several towns: one per town, plus a place named after them
        ("Agents executed search warrants at homes in Ipswich and Redcar on Monday.", "premises_searched", 2),
        (
            "Police raided addresses in Leeds, Bradford and Hull and at a salon in York.",
            "premises_searched",
            4,
        ),
        ("Police raided homes in Leeds and arrested two men.", "premises_searched", None),
        # two kinds of place under one number; checks and inspections at places
        ("Officers searched 58 residential and business premises in Hesse.", "premises_searched", 58),
        ("Carabinieri carried out checks at three farms near Lucera.", "premises_searched", 3),
        ("Labour inspectors visited 14 farms in the county last week.", "premises_searched", 14),
        ("During the 5 entries and searches carried out, agents seized cash.", "premises_searched", 5),
        # after places counted, a dash opens what they were
        (
            "Officers checked 20 premises in Derby and Leicester – 11 car washes, six nail bars and "
            "three barbers.",
            "premises_searched",
            20,
        ),
        (
            "Agents carried out four searches – at the firm's office and at three homes in Lugo.",
            "premises_searched",
            4,
        ),
        # a number written with spaces between its thousands is not read from its last group
        ("- 1 387 locations inspected, including farms", "premises_searched", None),
        ("3 100 officers took part in the action days.", "officers", None),
        # one warrant executed, no place named with it
        ("Police executed a search warrant and seized phones.", "premises_searched", 1),
        ("The two were detained in Orillia, where police executed a search warrant.", "premises_searched", 1),
        ("A search warrant was executed and two men were arrested.", "premises_searched", 1),
        ("Agents served a warrant to search the computer data held on the house.", "premises_searched", 1),
        # a place the earlier list did not name
        ("Police searched the shelter and seized 23 passports.", "premises_searched", 1),
        ("Officers raided a villa on the outskirts of Marbella.", "premises_searched", 1),
        # the next part of a list of places searched, after a long run of towns
        (
            "Agents executed search warrants at four restaurants in Kansas City, Independence and Lee's "
            "Summit, Missouri, and at two residences in Overland Park, Kansas.",
            "premises_searched",
            6,
        ),
    ],
)
def test_outcome_wordings(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a warrant told with its place is that place, not one more
        ("Police executed a search warrant at the home of the suspect.", "premises_searched", 1),
        ("A search warrant was executed at a house in Leeds.", "premises_searched", 1),
        # a breakdown after "including" is not more places
        (
            "Agents executed search warrants at five locations, including two homes in Smithfield, the "
            "company's office in Wilson and two labor camps.",
            "premises_searched",
            5,
        ),
        # the same people told by two verbs are counted once
        ("Four co-defendants who pleaded guilty were sentenced the same day.", "convicted", 4),
    ],
)
def test_nothing_is_counted_twice(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_a_warrant_only_obtained_searches_nothing() -> None:
    assert counts_of("Detectives obtained a search warrant for the property.")["premises_searched"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Caller: shop neighbour.\nPotential victims: 4 (female, Vietnamese; one gives age as 16)", 4),
        ("Referral form\nPersons referred (potential victims): 2\nPersons of interest: none", 2),
        ("Workers encountered: 11 men - 9 Ukrainian nationals and 2 Moldovan nationals.", 11),
        # a border monitor's interception record
        ("Interception record\nNo. of persons intercepted: 3 (three), all female\n1. Age 19", 3),
        ("- Number of victims: approx. 6", 6),
        ("Possible victims named in this call: 5 (caller + 4 housemates).", 5),
        ("Total potential victims identified: 17 (14 IDN / 3 PHL).", 17),
        ("Victims rescued: 6", 6),
        ("Victime identificate: 3 (minore)", 3),
        ("Victim: 34-year-old woman from Brazil", None),  # an age, not a number of people
        ("Victims: unknown at this stage", None),
    ],
)
def test_an_intake_form_line_counts_victims(text: str, value: int | None) -> None:
    assert counts_of(text)["victims"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # each name with its own term
        (
            "The court today sentenced Juan Carlos Mamani Quispe to nine years in prison and Rosa Elena "
            "Choque to six years and six months for trafficking.",
            "convicted",
            2,
        ),
        ("The judge sentenced Ion Popa to life and Maria Lungu to 12 years.", "convicted", 2),
        # a bracket with age and town after a name set off by commas
        (
            "A judge sentenced Darnell Ashby (34, Tampa) to 35 years. His co-defendant, Brianna Colquitt "
            "(27, Lakeland), was sentenced to 12 years and 6 months.",
            "convicted",
            2,
        ),
        # a number with its participle in a headline
        ("Three indicted in Ohio labor trafficking scheme", "charged", 3),
        ("Four found guilty of exploiting farm workers", "convicted", 4),
    ],
)
def test_people_with_their_terms_and_headline_participles(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        (
            "Arrested during the operation were the children's aunt, 36-year-old market vendor Rosalinda "
            "Cabahug Tiongco, and her live-in partner, Jerome Baguio Alcantara, 41.",
            "arrested",
            2,
        ),
        ("Among those arrested were Juan Dela Cruz, 45, and Pedro Santos, 38.", "arrested", 2),
        (
            "Charged are Li Mei Zhang, 52, of Sugar Land; Wen Huang, 47, of Katy; and Xiaoping Lu, 44, of "
            "Flushing, New York.",
            "charged",
            3,
        ),
        ("Officers searched the home and arrested both the woman and the man.", "arrested", 2),
    ],
)
def test_inverted_outcomes_and_both(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Both men had denied the charges.", 2),
        ("The three had denied the charges.", 3),
        ("Vu and Tran were convicted. All three had denied the charges.", 3),
    ],
)
def test_those_who_had_denied_the_charges_were_charged(text: str, value: int) -> None:
    assert counts_of(text)["charged"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bare number or "both" as the subject of a verb only the charged have
        ("Police arrested three men. All three denied the charges.", 3),
        ("Police arrested nine people. Those nine now face state charges of sex trafficking.", 9),
        ("Police arrested nine people. The nine face charges of trafficking.", 9),
        ("The owner, Ana Sirbu, 46, and her son, 24, were arrested. Both face charges of trafficking.", 2),
        # the people after the verb that sends them to trial
        ("Three men were arrested. On Friday a judge ordered all three to stand trial.", 3),
        # a group called by what happened to it
        ("Police arrested two persons. The detainees have been charged under Article 143.", 2),
    ],
)
def test_a_group_told_without_its_noun_is_charged(text: str, value: int) -> None:
    assert counts_of(text)["charged"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Both men were released without charge.",
        "The court heard that 12 face deportation.",
        "Officers seized the 2 face masks and 40 phones; charges are expected.",
    ],
)
def test_no_charge_without_a_charged_group(text: str) -> None:
    assert not counts_of(text)["charged"]


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # one person as the verb's object pronoun
        ("Ratna's family reported him to the regional police, who arrested him in December.", "arrested", 1),
        ("Police arrested her on Friday at the airport.", "arrested", 1),
        # the people after a firm's name: the director and his employees are one group
        ("Detectives arrested the director of a Nairobi recruitment firm and two of his employees.",
         "arrested", 3),
        # a court ordering pre-trial arrest for some of those detained
        ("On 3 April the court ordered 30 days of pre-trial arrest for two of them.", "arrested", 2),
    ],
)  # fmt: skip
def test_pronouns_firms_and_pretrial_arrest(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_her_before_a_noun_is_a_possessive_not_a_person_arrested() -> None:
    assert counts_of("Police arrested her husband and his brother.")["arrested"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the man at the house on Monday, after executing a search warrant with WA Police.",
        "64 foreign nationals were found inside the compound when the national police raided it on 17 May.",
        "FBI agents found her passport in a locked drawer in his home office during a search in May 2024.",
        "A force of 40 state police officers entered the farm with a search order.",
    ],
)
def test_one_place_searched_without_a_number(text: str) -> None:
    assert counts_of(text)["premises_searched"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The phones were found during a search of his car.",
        "Police raided four houses. The drugs were found during the search.",
    ],
)
def test_a_search_of_a_car_or_of_places_counted_before_adds_no_place(text: str) -> None:
    assert counts_of(text)["premises_searched"] in (None, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Unpaid wages amounting to OMR 6,240 were recovered for the women.",
        "The embassy recovered SAR 16,500 in unpaid wages.",
        "Officers recovered KES 48,000 and two phones.",
    ],
)
def test_an_amount_after_a_currency_code_is_no_victim_count(text: str) -> None:
    assert counts_of(text)["victims"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ybanez of Branch 27 convicted Rowena Dalisay under Republic Act 9208.",
        "He pleaded guilty to a lesser charge under Republic Act 7610 and was jailed.",
        "The two were charged under Article 143 of the Criminal Code.",
    ],
)
def test_a_law_or_a_courts_number_is_no_count(text: str) -> None:
    counts = counts_of(text)
    assert all(v is None or v < 100 for v in counts.values()) and counts.get("convicted") in (None, 1, 2)
    assert 27 not in counts.values() and 143 not in counts.values()


def test_they_who_face_charges_are_the_group_counted_before() -> None:
    assert counts_of("Police arrested three men on Friday. They face charges of trafficking.")["charged"] == 3
    assert counts_of("Police rescued five women. They face deportation.")["charged"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three people have been formally charged.", 3),
        ("The trio appeared before magistrates charged with trafficking.", 3),
        ("The woman, 38, faces charges of trafficking.", 1),
    ],
)
def test_charges_told_with_an_adverb_before_magistrates_or_after_an_age(text: str, value: int) -> None:
    assert counts_of(text)["charged"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # the places people were rescued from were searched; "from seven" opens no age range
        ("42 children were rescued from seven bangle-making units in Jaipur.", "premises_searched", 7),
        ("Seven women were pulled out of three massage businesses in Katy.", "premises_searched", 3),
        ("On Tuesday 42 children were rescued from seven bangle-making units in Jaipur.", "victims", 42),
        ("Police rescued children aged from 4 to 13 from the camp.", "victims", None),
    ],
)  # fmt: skip
def test_places_rescued_from(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a relative named with a possessive after a person with an age is a second person
        (
            "Police arrested the shop's owner, Ravi Menon, 41, his wife Leela Menon, 39, and a driver.",
            "arrested",
            3,
        ),
        # people placed by their town and joined by ", and"
        (
            "The owner, a 60-year-old man from Tilburg, and a 33-year-old man from Breda were arrested.",
            "arrested",
            2,
        ),
        # an ordinal set off by a comma before the person
        (
            "Two women were arrested in Leeds. A third, a 51-year-old man, was arrested in York.",
            "arrested",
            3,
        ),
        # held and then arrested in one clause: the arrest
        (
            "Two men were arrested. A third man was detained by officers at a petrol station and arrested.",
            "arrested",
            3,
        ),
        (
            "Two men were arrested. A third man was detained by detectives in Derry and arrested.",
            "detained",
            None,
        ),
        # one place named before counted ones
        ("The farm and two caravans used by the workers were searched.", "premises_searched", 3),
        ("The raids - at a warehouse and four houses - were carried out at dawn.", "premises_searched", 5),
        ("Officers searched two flats and three hotel rooms.", "premises_searched", 5),
        # a breakdown after "including" adds nothing
        (
            "Agents searched six locations, including two farms, the firm's office and three homes.",
            "premises_searched",
            6,
        ),
    ],
)
def test_lists_of_people_and_places(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the British possessive before "imprisonment"
        ("Sentences:\n• Ana Varga – 8 years and 6 months' imprisonment\n• Ion Varga – 5 years", 8.5),
        # a list under a heading that passes the terms: the number before the dash is an age
        (
            "The five were jailed at the same court after a trial:\n\n- Piotr Nowak, 47 - 10 years and "
            "2 months\n- Ewa Nowak, 44 - 6 years and 6 months\n- Jan Lis, 39 - 7 years",
            10.167,
        ),
        # a list under a heading that passes nothing is not read
        ("Time spent in the UK before the referral:\n- Ana, 19 - 3 years\n- Ion, 23 - 2 years", None),
        # the law's maximum, however far the number comes after it
        (
            "The maximum penalty for causing a person to enter into or remain in forced labour is "
            "imprisonment for nine years.",
            None,
        ),
    ],
)
def test_listed_terms_and_the_possessive(text: str, value: float | None) -> None:
    assert counts_of(text)["sentence_years"] == value


def test_a_case_told_as_unrelated_counts_nothing_and_describes_no_victim() -> None:
    from threadline.extract.pipeline import extract
    from threadline.taxonomy.document import Document

    text = (
        "Police rescue crew from fishing boat.\n\n"
        "Officers boarded the vessel in the port on Monday.\n\n"
        "The captain was charged with trafficking in persons.\n\n"
        "Officers freed eleven men who had not been paid for a year.\n\n"
        "Separately, police in the north last month charged two men over the trafficking of eight girls "
        "to logging camps, a case unrelated to the vessel."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert summary["victims"]["count"] == 11
    assert summary["victims"]["genders"] == ["male"]
    assert summary["victims"]["minors"] is not True
    assert summary["outcomes"]["charged"] == 1


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # an offence named in the statute's words counts nobody …
        ("The owner was found guilty of holding a person in slavery or servitude.", None),
        ("His cousin admitted arranging or facilitating the travel of another person.", None),
        ("She was convicted of trafficking a person for sexual exploitation.", None),
        # … while a person rescued is one
        ("Officers rescued a person from the flat.", 1),
    ],
)  # fmt: skip
def test_an_offence_in_the_statutes_words_counts_no_victim(text: str, victims: int | None) -> None:
    assert counts_of(text)["victims"] == victims


def test_a_european_figure_is_context_not_the_case() -> None:
    text = (
        "Nine men were found at the yard.\n\nThe brothers were arrested.\n\nThey were charged in January.\n\n"
        "Across the EU, member states registered more than 10,000 victims of trafficking in 2023."
    )
    assert counts_of(text)["victims"] == 9


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # the sum a sentence states after its last part
        ("Three people were arrested and 19 men were safeguarded. A further four victims were identified "
         "later through bank records, bringing the total to 23.", "victims", 23),
        ("Police arrested two men on Monday, bringing the total number of arrests in the operation to 14.",
         "arrested", 14),
        # a total of something else, or no more than the part, adds nothing
        ("Officers rescued six women, bringing the number of people in the shelter to 40.", "victims", 6),
        ("Officers rescued six women, taking the total to six.", "victims", 6),
    ],
)  # fmt: skip
def test_a_running_total_the_text_states(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors spoke to 52 workers. Seventeen of them – men and women from Romania and Poland – are "
        "considered possible victims of labour exploitation.",
        "Inspectors spoke to 52 workers. Seventeen of the workers are believed to be victims of trafficking.",
    ],
)
def test_the_part_of_a_group_considered_victims(text: str) -> None:
    assert counts_of(text)["victims"] == 17


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "both" describes the two already counted …
        ("Police said the two men, both Chinese nationals, were arrested on Monday.", 2),
        # … while "together with" after the ages and the time adds someone
        ("Officers arrested the two suspects, aged 22 and 24, on Friday evening, together with a "
         "51-year-old man found with the girl.", 3),
    ],
)  # fmt: skip
def test_both_describes_and_together_with_adds(text: str, value: int) -> None:
    assert counts_of(text)["arrested"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # part of a group named by a participle or its noun
        ("Police said four of the six detained had been charged with trafficking.", "charged", 4),
        (
            "A judge ordered two of the three detainees to stand trial for trafficking in persons.",
            "charged",
            2,
        ),
        ("Officers said three of the five arrested were charged on Friday.", "charged", 3),
        # named people after the day that opens the sentence
        ("On Tuesday, Ssekandi and Mukasa were arraigned before the magistrates.", "charged", 2),
    ],
)
def test_part_of_the_people_held_is_charged(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value
