"""Wordings of ILO indicators, sectors and seizures seen on real pages, in sentences written here."""

from __future__ import annotations

import pytest

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _indicators(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "The pimps charged £90 an hour for each woman but kept most of the cash for themselves.",
        "The workers had to pick all day while the gangmasters took 40% of their wages.",
        "Each woman had to give up to half of her earnings to the flat's owner.",
        "The company retained the wages that the farms paid for the pickers.",
        "The boys were made to beg at junctions and the adults collected the money from them.",
        "Several workers complained of under payment and long hours.",
        "Fines for every mistake and rent deductions left the pickers with zero net pay most weeks.",
        # a tip's own English, and a day's pay of two figures
        "They not pay 3 month, only say next week.",
        "The boss only give 200 dollar each week and say the rest is for the visa.",
        "The boys were working from 9am to 9pm, seven days a week, for about £20 a day.",
    ],
)
def test_withholding_wages_wordings(text: str) -> None:
    assert "withholding_wages" in _indicators(text)


def test_taking_the_id_cards_of_new_arrivals_is_retention() -> None:
    text = "The coordinator took the ID cards of all the new arrivals and never gave them back."
    assert "retention_of_documents" in _indicators(text)


def test_sharing_a_bill_is_no_withheld_wage() -> None:
    assert "withholding_wages" not in _indicators("The friends took half of the bill each and paid it.")


@pytest.mark.parametrize(
    "text",
    [
        "One fisherman jumped overboard at night in order to escape.",
        "The four accused face charges including forcible confinement and trafficking.",
        "The workers were monitored under video surveillance in the dormitory.",
        "A couple who held a cleaner in servitude in their home for six years were jailed.",
        "Officers freed 20 victims who were being held at a flat in Tassia.",
        "The manager kept her from leaving because she owed the bar money.",
        "Two of the girls later escaped and alerted the police.",
    ],
)
def test_restriction_of_movement_wordings(text: str) -> None:
    assert "restriction_of_movement" in _indicators(text)


def test_escaping_prosecution_restricts_no_victim() -> None:
    assert "restriction_of_movement" not in _indicators("The man escaped prosecution for years.")


@pytest.mark.parametrize(
    ("text", "indicator", "present"),
    [
        ("The boss told the workers they would be deported if they went to police.",
         "intimidation_threats", True),
        ("Nobody present would be arrested at that time, the sheriff said after the raid.",
         "intimidation_threats", False),
        ("Police rescued dozens of women from forced sex work in bars.", "physical_sexual_violence", False),
        ("The men subjected her to forced sex and beatings.", "physical_sexual_violence", True),
    ],
)  # fmt: skip
def test_threats_need_a_teller_and_sex_work_is_no_assault(text: str, indicator: str, present: bool) -> None:
    assert (indicator in _indicators(text)) is present


def _seized(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["seized"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers also seized items of evidential value during the searches.",
        "Investigators seized mobile phones and CCTV footage from the car wash.",
        "Police found 40 sewing machines and $5,000 in cash at the workshop, which was seized.",
    ],
)
def test_other_things_seized(text: str) -> None:
    assert "other" in _seized(text)


def test_things_bought_are_not_seized() -> None:
    assert _seized("The workers bought sewing machines with their first wages.") == []


def test_chores_in_a_home_are_domestic_work() -> None:
    text = "She was forced to carry out chores and cook meals for the family without pay, police said."
    summary = extract(Document(text=text, language="en")).summary
    assert "domestic_work" in summary["sectors"]
    assert "domestic_servitude" in summary["exploitation"]


def test_items_listed_under_a_seizure_heading_were_seized() -> None:
    text = (
        "Police raided three flats in Leeds.\nSearches yielded:\n- two handguns\n- £4,000 in cash\n"
        "- 12 mobile phones\nThe men were charged."
    )
    assert extract(Document(text=text, language="en")).summary["seized"] == ["cash", "firearms", "phones"]


def test_flats_where_women_were_held_and_prostitution_as_work() -> None:
    text = (
        "Officers raided three flats where the women were being held and freed them. The women were "
        "forced to work in prostitution, and two female workers acted as guards."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert "restriction_of_movement" in summary["indicators"]
    assert summary["exploitation"] == ["sexual"]


def test_a_debt_paid_off_with_a_child_and_a_closed_house() -> None:
    text = (
        "Police rescued a 12-year-old maid who had been kept in a closed house. Her father owed the "
        "employer money and, to pay it off, sent her to work as a maid."
    )
    indicators = extract(Document(text=text, language="en")).summary["indicators"]
    assert {"debt_bondage", "restriction_of_movement"} <= set(indicators)


def test_a_servants_conditions_in_court_wordings() -> None:
    text = (
        "A couple kept a woman as their domestic servant for nine years and paid her the equivalent "
        "of $2 a day, a court heard. She was on call around the clock every day of the year and some "
        "nights only had one hour of sleep. They denied her her freedom by not letting her outside "
        "alone, denying her proper payment, medical care and regular communications with her family. "
        "She was found weighing 38 kilograms."
    )
    indicators = set(extract(Document(text=text, language="en")).summary["indicators"])
    assert {"withholding_wages", "excessive_overtime", "restriction_of_movement", "isolation",
            "abusive_conditions"} <= indicators  # fmt: skip


def test_doubled_spaces_do_not_hide_a_cue() -> None:
    text = "Nine labourers were rescued.  They were working beyond 15  hours a day at the kiln."
    facts = extract(Document(text=text, language="en"))
    found = [c for c in facts.classifications if c.label == "excessive_overtime"]
    assert found and all("15  hours" in text[a:b] for a, b in found[0].evidence)


def test_women_sold_as_forced_sexual_partners_were_sexually_exploited() -> None:
    text = "The gang sold at least 20 young women to men across the border as forced sexual partners."
    assert "sexual" in extract(Document(text=text, language="en")).summary["exploitation"]


@pytest.mark.parametrize(
    ("text", "seized"),
    [
        ("During the raid, team members found two pistols and $3,100 in cash.", ["cash", "firearms"]),
        ("Agents pulled cash, a rifle and drugs from three houses on Friday.", ["cash", "drugs", "firearms"]),
        ("Police said they seized account books and cellphones.", ["documents", "phones"]),
    ],
)
def test_seizure_wordings(text: str, seized: list[str]) -> None:
    assert extract(Document(text=text, language="en")).summary["seized"] == seized


def test_assets_in_general_are_not_bank_assets() -> None:
    text = "Real estate assets worth EUR 300,000 were frozen and GBP 5,000 in cash was seized."
    assert "bank_assets" not in extract(Document(text=text, language="en")).summary["seized"]
    frozen = "Officers froze bank accounts and seized financial assets worth £80,000."
    assert "bank_assets" in extract(Document(text=frozen, language="en")).summary["seized"]


@pytest.mark.parametrize(
    "text",
    [
        "The cleaners were paid a fraction of the minimum wage for years.",
        "The dancers had to hand over most of what they earned to the club's owner.",
        "Anyone who was late had their pay docked by the supervisor.",
        "None of them had been paid since the spring, the inspectors said.",
        "The madam confined them to the flat, keeping all the money paid by clients.",
    ],
)
def test_more_withheld_wage_wordings(text: str) -> None:
    assert "withholding_wages" in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "The masseuses were found sleeping on massage tables in the back room.",
        "The deckhands ate rice that had gone sour and drank rainwater.",
    ],
)
def test_more_abusive_condition_wordings(text: str) -> None:
    assert "abusive_conditions" in _indicators(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The skipper kept the deckhands' passports for the whole season.", "retention_of_documents"),
        ("Their passports were collected on arrival and never returned.", "retention_of_documents"),
        ("The workers' passports were found in a safe in the manager's office.", "retention_of_documents"),
        ("Officers found four passports belonging to the women in the flat.", "retention_of_documents"),
        # the passport last in a list of things kept; a tip's verb without its ending
        ("The family kept his bank card and passport in a drawer.", "retention_of_documents"),
        ("Her partner was controlling her earnings and identity documents.", "retention_of_documents"),
        ("passport keep by supervisor since 2023, he say pay first", "retention_of_documents"),
        ("The pickers were not allowed to step outside the compound.", "restriction_of_movement"),
        ("In a year at sea the crew were never once allowed ashore.", "restriction_of_movement"),
        ("They were told they could leave only once the debt was repaid.", "restriction_of_movement"),
        ("The boss locked the door from the outside every night.", "restriction_of_movement"),
        ("Armed guards patrolled the fences of the compound.", "restriction_of_movement"),
        ("The gang confined them to a basement for weeks.", "restriction_of_movement"),
        ("The boss told him his mother will be hurt if he runs.", "intimidation_threats"),
        ("He said the police would arrest us if we complained.", "intimidation_threats"),
    ],
)
def test_documents_kept_movement_restricted_and_threats(text: str, indicator: str) -> None:
    assert indicator in _indicators(text)


def test_passports_checked_or_carried_are_not_kept() -> None:
    for text in (
        "Officers checked the passports of 40 workers at the site.",
        "Three of the girls carried passports showing false dates of birth.",
        "He kept his car keys and his wallet in the van.",
    ):
        assert "retention_of_documents" not in _indicators(text), text


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The boss made sure the cooks had no contact with anyone outside the restaurant.", "isolation"),
        ("She was forbidden from using a telephone and from contacting her family.", "isolation"),
        ("Their phones were taken from them on the first day.", "isolation"),
        ("The deckhands worked for two seasons without setting foot on shore.", "isolation"),
        ("The nannies were rarely let out alone.", "restriction_of_movement"),
        ("They were made to sleep in a portacabin behind the car wash.", "abusive_conditions"),
        ("The girls shared one mattress in a back room of the salon.", "abusive_conditions"),
        ("The washers had no gloves and no proper boots.", "abusive_conditions"),
        ("Two of the crew had untreated wounds on their legs.", "abusive_conditions"),
    ],
)
def test_isolation_and_poor_conditions_wordings(text: str, indicator: str) -> None:
    assert indicator in _indicators(text)


def test_phones_taken_by_the_police_isolate_nobody() -> None:
    text = "During the searches a number of phones were taken for examination."
    assert "isolation" not in _indicators(text)


def test_the_elderly_and_disabled_cared_for_are_not_the_victims() -> None:
    for text in (
        "The agency placed live-in carers with elderly and disabled clients across the county.",
        "They came to Britain to care for our elderly and were left unable to feed themselves.",
    ):
        assert "abuse_of_vulnerability" not in _indicators(text), text
    romanian = Document(text="Femeile ingrijeau mama varstnica a angajatorului zi si noapte.", language="ro")
    assert "abuse_of_vulnerability" not in extract(romanian).summary["indicators"]
    assert "abuse_of_vulnerability" in _indicators("The gang targeted elderly and disabled men living alone.")


@pytest.mark.parametrize(
    ("text", "language", "indicator"),
    [
        ("She cooked and cleaned from six in the morning until after midnight.", "en", "excessive_overtime"),
        ("The boys hauled nets from dawn until dark on the lake.", "en", "excessive_overtime"),
        ("Femeile munceau de la 6 dimineata pana dupa miezul noptii.", "ro", "excessive_overtime"),
        ("Muncitorii culegeau ciuperci cate 70 de ore pe saptamana.", "ro", "excessive_overtime"),
        ("Lucrau practic non-stop si nu aveau nicio zi libera.", "ro", "excessive_overtime"),
        ("Several of the boys had burn marks on their hands.", "en", "abusive_conditions"),
        ("Those who missed the quota were deprived of food.", "en", "abusive_conditions"),
        ("At sea the crew slept on deck in all weathers.", "en", "abusive_conditions"),
        ("The carers slept in a storage room behind the kitchen.", "en", "abusive_conditions"),
        ("Muncitorii locuiau cate opt intr-o rulota langa ferma.", "ro", "abusive_conditions"),
        ("Copiii tremurau de frig in barci.", "ro", "abusive_conditions"),
        ("They were told their visas would be cancelled if they complained.", "en", "intimidation_threats"),
        ("The boss said he knew where their families lived.", "en", "intimidation_threats"),
        ("The women were made to swear an oath at a shrine before they left.", "en", "intimidation_threats"),
        (
            "Workers who left would be reported to immigration, the foreman said.",
            "en",
            "intimidation_threats",
        ),
        ("Li s-a spus ca familiile lor vor avea de suferit.", "ro", "intimidation_threats"),
        ("Ni s-a spus ca politia ne aresteaza daca plecam.", "ro", "intimidation_threats"),
    ],
)
def test_long_days_poor_conditions_and_threats_in_english_and_romanian(
    text: str, language: str, indicator: str
) -> None:
    summary = extract(Document(text=text, language=language)).summary
    assert indicator in summary["indicators"]


# Anonymous tips typed in broken English, without capitals: base verbs, first person, no articles.
@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("i work at restaurant in leicester. manager keep my passport and not give back.",
         "retention_of_documents"),
        ("passport the agent hold since we arrive, he say is for visa.", "retention_of_documents"),
        ("my salary not pay since two month and nobody answer.", "withholding_wages"),
        ("the hotel pay the agent not us, we never see money.", "withholding_wages"),
        ("boss cut 300 euro every month for room.", "withholding_wages"),
        ("we must owe him 4000 pound for the flight he say.", "debt_bondage"),
        ("still paying visa loan to man in the village.", "debt_bondage"),
        ("we work seven day and no day off since january.", "excessive_overtime"),
        ("work 14 hour in the kitchen every day.", "excessive_overtime"),
        ("shift from 5 in morning to 9 at night.", "excessive_overtime"),
        ("they lock gate, we cannot go out after work.", "restriction_of_movement"),
        ("manager tell us if we complain he send us back home.", "intimidation_threats"),
        ("he say police will arrest us because visa finish.", "intimidation_threats"),
        ("owner shout and say his friends know my family in lagos.", "intimidation_threats"),
        ("when i ask money the supervisor slap me.", "physical_sexual_violence"),
        ("agent promise good job in hotel with contract.", "deception"),
    ],
)  # fmt: skip
def test_broken_english_tip_wordings(text: str, indicator: str) -> None:
    assert indicator in _indicators(text)


def test_a_promise_early_in_a_lowercase_tip_does_not_silence_its_later_sentences() -> None:
    text = ("hello. agent promise us work in bakery. now we work every day 15 hour. "
            "he keep our passport in his car.")  # fmt: skip
    found = _indicators(text)
    assert {"excessive_overtime", "retention_of_documents"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Officers took the passports of the two suspects to check them.",
        "The police will arrest anyone found breaking the rules, the council warned.",
        "The workers said they were paid every month and had their own passports.",
    ],
)
def test_broken_english_cues_leave_ordinary_sentences_alone(text: str) -> None:
    found = set(_indicators(text))
    assert not found & {"retention_of_documents", "intimidation_threats", "withholding_wages"}


@pytest.mark.parametrize(
    "text",
    [
        "The gangmaster kept their Bulgarian passports in his van.",
        "The agent also held several workers' passports until they paid.",
        "The aunt took Maria's passport as soon as she landed.",
        "His passport was in the manager's office all along.",
        "The owners confiscated their phones and passports on arrival.",
        "Her ID card - the boss keeps it in his office, she said.",
    ],
)
def test_documents_held_by_others_in_more_wordings(text: str) -> None:
    assert "retention_of_documents" in _indicators(text)


def test_keeping_ones_own_passport_is_no_retention() -> None:
    assert "retention_of_documents" not in _indicators("He kept his own passport in a drawer at home.")


@pytest.mark.parametrize(
    "text",
    [
        "The girls were told they would never see their mothers again if they refused to work.",
        "He warned the men that if they went to the police they would be sent back in a box.",
        "The workers were told their families in Ghana would suffer if anyone complained.",
        "She was told that immigration would arrest and deport her if she left the flat alone.",
    ],
)
def test_threats_told_as_a_consequence(text: str) -> None:
    assert "intimidation_threats" in _indicators(text)


def test_a_plan_told_to_reporters_is_no_threat() -> None:
    text = "The detective told reporters the case would go to trial if the evidence held."
    assert "intimidation_threats" not in _indicators(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("A teenager was found asleep on a mattress between the grow lamps.", True),
        ("The seamstresses slept in a room behind the sewing machines.", True),
        ("Up to 20 men were crammed in a one-bedroom flat without working showers.", True),
        ("Children who begged too little went without dinner.", True),
        ("Three Vietnamese boys were found living in a house used as a cannabis factory.", True),
        ("Police found a cannabis factory in the loft of a house in Hull.", False),
    ],
)
def test_living_conditions_in_more_wordings(text: str, present: bool) -> None:
    assert ("abusive_conditions" in _indicators(text)) is present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("On the farm they were paid about 150 euros a month.", True),
        ("The woman said the madam takes all the money at the end of the night.", True),
        ("The girls could not keep any of the money they earned.", True),
        ("The pickers kept almost none of their wages after deductions.", True),
        ("The salary was paid into a bank account that the gang had opened in her name.", True),
        ("The nurses were paid 2,000 euros a month under their contracts.", False),
    ],
)
def test_withheld_pay_in_more_wordings(text: str, present: bool) -> None:
    assert ("withholding_wages" in _indicators(text)) is present


@pytest.mark.parametrize(
    "text",
    [
        "The agent said they would work in a hotel. It was a lie.",
        "Not one of the pickers was paid what they had been promised.",
        "We thought we were getting a proper job in a factory, one of them said.",
        "The uncle promised her parents schooling in the capital.",
        "The recruiter promised them cash for each week of work in the kitchen.",
        "Online he promised her that they would marry in the spring.",
    ],
)
def test_deception_in_more_wordings(text: str) -> None:
    assert "deception" in _indicators(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The pickers said their pay was routinely withheld by the gangmaster.", "withholding_wages"),
        ("At the parlour the women were allowed to keep only the tips.", "withholding_wages"),
        ("my boss pay me only 200 dollar each month and say rest is for the room", "withholding_wages"),
        ("All of the money went straight to the couple who ran the house.", "withholding_wages"),
        ("In eight months the brick makers had never received a single full wage.", "withholding_wages"),
        ("The gang took their savings, their earnings and their freedom.", "withholding_wages"),
        ("The girls saw customers every night and no money was given to them.", "withholding_wages"),
        ("On arrival the recruiter took their passports and their phones.", "isolation"),
        ("On arrival the recruiter took their passports and their phones.", "retention_of_documents"),
        ("Their mobile phones were confiscated as soon as they reached the farm.", "isolation"),
        ("The workers were forbidden to use a phone while they stayed at the camp.", "isolation"),
        ("The foreman had collected their phones before the first shift.", "isolation"),
        ("The contractors were charged with forced labor and document servitude.", "retention_of_documents"),
        ("The owner kept 14 of the workers' passports in his office drawer.", "retention_of_documents"),
        ("and my passport, boss keep it in his car", "retention_of_documents"),
    ],
)
def test_wages_phones_and_documents_in_more_wordings(text: str, indicator: str) -> None:
    assert indicator in _indicators(text)


def test_phones_the_police_took_or_calls_they_monitored_isolate_nobody() -> None:
    police = "Agents seized cash and two cars, and phones were taken for analysis."
    assert "isolation" not in _indicators(police)
    # a second verb in between: the phones here were watched, not taken
    watched = "They confiscated the workers' passports, monitored their phone calls."
    assert "isolation" not in _indicators(watched)


def test_a_long_seizure_list_after_one_verb_keeps_its_last_items() -> None:
    text = (
        "During the raids officers seized six handguns, including two reported stolen, about $40,000 "
        "in cash, three vehicles including a Porsche Cayenne and a pickup truck, jewelry including gold "
        "chains and two Rolex watches, and 14 cellphones."
    )
    assert {"firearms", "cash", "vehicles", "jewellery_watches", "phones"} <= set(_seized(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Under the plea deal he forfeited $9,000 and a 2018 Toyota Camry seized at his home.", "vehicles"),
        ("Investigators seized ledgers and a Lexus SUV from the spa.", "vehicles"),
        ("The minibus was impounded at the checkpoint, police said.", "vehicles"),
        ("Officers seized two cars and a quantity of foreign currency from the house.", "cash"),
    ],
)
def test_vehicles_by_make_and_currency_seized(text: str, kind: str) -> None:
    assert kind in _seized(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # movement restricted
        ("The two women were escorted wherever they went.", "restriction_of_movement"),
        ("She could not leave the house without a family member.", "restriction_of_movement"),
        ("The pickers were never allowed off the estate.", "restriction_of_movement"),
        ("The foreman locked the workers inside the barn at night.", "restriction_of_movement"),
        ("The men had been kept in confinement for three months.", "restriction_of_movement"),
        ("Nobody leaves until the harvest is in, the boss told them.", "restriction_of_movement"),
        ("The flat was locked from outside every evening.", "restriction_of_movement"),
        ("they never go out, the boss bring everything.", "restriction_of_movement"),
        # documents held
        ("No passport - the agent has it.", "retention_of_documents"),
        ("The landlord held on to their residence cards and identification.", "retention_of_documents"),
        ("The company kept the women's work permits in a drawer.", "retention_of_documents"),
        # hours
        ("Each worker did a 13-hour shift in the packing shed.", "excessive_overtime"),
        ("Weeks of 70 hours were usual before Christmas.", "excessive_overtime"),
        ("The children worked from 6 am until nearly midnight.", "excessive_overtime"),
        # wages
        ("The women had to hand over almost all of their earnings to the madam.", "withholding_wages"),
        ("The drivers were paid well below the minimum wage.", "withholding_wages"),
        ("They received only $40 a week for the work.", "withholding_wages"),
    ],
)  # fmt: skip
def test_movement_documents_hours_and_wages_in_more_wordings(text: str, indicator: str) -> None:
    assert indicator in _indicators(text)


def test_a_helpline_open_all_day_is_no_working_hours() -> None:
    text = "The helpline is open 24 hours a day, seven days a week, on 08000 121 700."
    assert "excessive_overtime" not in _indicators(text)


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Boys who fell behind were hit with a plastic pipe by the foreman.", "physical_sexual_violence"),
        ("The owner slapped one of the lads in front of customers.", "physical_sexual_violence"),
        ("He was shoved to the ground when he asked for his pay.", "physical_sexual_violence"),
        ("The madam beats her whenever she brings back too little.", "physical_sexual_violence"),
        ("Children who came back with less money were caned.", "physical_sexual_violence"),
        ("The trafficker said he would hurt her family in Edo if she spoke.", "intimidation_threats"),
        ("Anyone who ran would be handed over to the police as a thief.", "intimidation_threats"),
        ("She believed she would go mad because of the juju oath if she ran.", "intimidation_threats"),
        ("Forty men shared a single toilet in the container yard.", "abusive_conditions"),
    ],
)  # fmt: skip
def test_violence_threats_and_conditions_in_more_wordings(text: str, indicator: str) -> None:
    assert indicator in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "When they asked for their passports, he told them he would report them to Home Affairs.",
        "The kiln owner said if anyone ran away the police would bring us back.",
        "The men said they were warned that accidents happen on building sites.",
        "The court heard that a pistol was shown to the workers who complained.",
    ],
)
def test_threats_in_more_wordings(text: str) -> None:
    assert "intimidation_threats" in _indicators(text)


def test_reporting_findings_to_a_minister_threatens_nobody() -> None:
    text = "Police said they will report the findings to the minister."
    assert "intimidation_threats" not in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her boyfriend kept every euro she earned in the flat.",
        "The agency kept her passport and most of her wages.",
        "Employers paid the salaries directly to the agency; the girls did not receive any amount.",
        "The money the women earned was collected by the house owner.",
        "They were paid in cash, at about $8 an hour once deductions were taken out.",
    ],
)
def test_wages_kept_or_taken_in_more_wordings(text: str) -> None:
    assert "withholding_wages" in _indicators(text)


def test_cash_taken_from_suspects_withholds_no_wage() -> None:
    assert "withholding_wages" not in _indicators("Police seized cash which was taken from the suspects.")


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Company take all passport from first day, say is rule.", "retention_of_documents"),
        ("The madam took the permit she had received as an asylum seeker and kept it in a drawer.",
         "retention_of_documents"),
        ("They kept his young wife as a servant, locking away her passport.", "retention_of_documents"),
        ("Nine passports belonging to the women were recovered from her handbag.", "retention_of_documents"),
        ("25 passports located in drawer in master's cabin.", "retention_of_documents"),
        ("The bar owners kept the victims' national identity documents so that they could not leave.",
         "retention_of_documents"),
        ("JAY holds K.M.'s own phone and Manitoba/Ontario ID.", "retention_of_documents"),
        ("They promise him 300 pound every week but he not get money only food.", "withholding_wages"),
        ("Instead of wages, each family received a weekly allowance of Rs 500 for food.",
         "withholding_wages"),
        ("Arben said they get £20 a week and the rest goes to the boss.", "withholding_wages"),
        ("Workers were paid by the bucket, so some earned nothing for weeks.", "withholding_wages"),
        ("All money went to JAY.", "withholding_wages"),
        ("The women were told they could not keep any of their earnings.", "withholding_wages"),
        ("Rent of 80 pounds a week was taken out of their pay.", "withholding_wages"),
    ],
)  # fmt: skip
def test_documents_held_and_wages_kept_in_plain_words(text: str, indicator: str) -> None:
    assert indicator in _indicators(text)


def test_a_permit_to_work_taken_out_is_no_document_held() -> None:
    assert "retention_of_documents" not in _indicators("The council took out permits for the new flats.")


@pytest.mark.parametrize(
    "text",
    [
        "Seized from the house were two mobile phones, a laptop and a bundle of remittance receipts.",
        "During a search of the office police recovered a register containing the names of 40 girls.",
        "Seized: Rs 36,500 in cash and 1 diary with customer names.",
        "Officers recovered eleven ECOWAS travel certificates from the suspects.",
        "In the raid officers seized patient files and laboratory reports.",
    ],
)
def test_papers_kept_as_evidence_are_documents_seized(text: str) -> None:
    assert "documents" in _seized(text)


def test_where_things_were_seized_and_whose_passport_was_taken() -> None:
    assert "property" not in _seized("Seized from the house were two mobile phones and a laptop.")
    assert "documents" not in _seized("The defendants allegedly confiscated the victim's passport.")


def test_police_taking_phones_as_evidence_is_no_isolation() -> None:
    summary = extract(Document(text="Officers took two phones from the house.")).summary
    assert "isolation" not in summary["indicators"]


def test_an_advice_line_is_no_threat() -> None:
    summary = extract(Document(text="If you have information, please call the police on 101.")).summary
    assert "intimidation_threats" not in summary["indicators"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("During the searches, cash totalling PLN 380,000 and four passenger cars were secured.", "vehicles"),
        ("Evidence secured: 5 (five) mobile phones, and cash amounting to Rp 18,500,000.", "phones"),
        ("6. Exhibits: 17 passports, 2 mobile phones, cash UGX 4,200,000.", "cash"),
        ("ARRESTED for trafficking. Search incident to arrest: $3,420 CAD cash, 2x cellphones.", "cash"),
    ],
)
def test_seizures_as_translated_releases_and_police_logs_list_them(text: str, label: str) -> None:
    assert label in _seized(text)


def test_securing_a_conviction_seizes_nothing() -> None:
    assert _seized("Police secured a conviction against the gang leader.") == []


# wages, crowding, isolation, threats and locked doors in the words of notes, tips and victims
_NOTES_TIPS_AND_VICTIMS = {
    "withholding_wages": (
        "Wages were often paid late or not at all.",
        "She was advertised online for sex and had her earnings taken from her.",
        'The four were given £20 a week "pocket money".',
        'The rest of their earnings went towards a "travel debt".',
        "Stan collected all of the money, and the women were left with nothing.",
    ),
    "abusive_conditions": (
        "She sleeps in a store room.",
        "hostel 40 people one room, toilet broken.",
        "Sixteen girls shared each room.",
        "Target F: 11 men in a 2-bedroom house, mattresses on floor, no hot water, 1 WC.",
        "Mateo lived in a trailer with nine adult men.",
        "They were housed in converted shipping containers.",
        "Younger asked caller for food, not eaten since yesterday.",
    ),
    "isolation": (
        "JAY holds K.M.'s own phone and her ID.",
        "I was not allowed to go outside. They took my phone.",
        "T.B. is not allowed to leave the house or to keep a phone.",
        "She had to hand over her phone every night.",
        "The phone she had was one he controlled; she was never alone.",
        "Several of the men had no friends or family in the UK.",
    ),
    "intimidation_threats": (
        "She told another that if she ran away, her parents would be told she was a sex worker.",
        "When she refused, the man told her he knew where her son lived.",
        "They were told not to leave the flat and that their families would be targeted if they did.",
        "supervisor say if we go outside or complain he call police and we go jail.",
        "He showed both girls a handgun while telling them what would happen if they talked to anybody.",
    ),
    "restriction_of_movement": (
        "At weekends they locked the front door behind them and left her inside with food for two days.",
        "The hostel gate was locked at all times except at shift changes.",
        "Her employer's wife kept the front door locked.",
        "Workers never leave alone - a man in a grey van drops them off and collects them.",
    ),
}


@pytest.mark.parametrize(
    ("label", "text"), [(label, text) for label, texts in _NOTES_TIPS_AND_VICTIMS.items() for text in texts]
)
def test_indicators_as_notes_tips_and_victims_tell_them(label: str, text: str) -> None:
    assert label in extract(Document(text=text, language="en")).summary["indicators"]


@pytest.mark.parametrize(
    ("label", "text", "language"),
    [
        # hours, days off and shifts
        ("excessive_overtime", "Turele aveau 12 ore, sase zile pe saptamana.", "ro"),
        ("excessive_overtime", "Lucreaza de la 5 dimineata pana se intuneca.", "ro"),
        ("excessive_overtime", "Viorica avea grija de batran zi si noapte.", "ro"),
        ("excessive_overtime", "Dormea pe o canapea. Nu avea zi libera.", "ro"),
        ("excessive_overtime", "Workdays 10-11 h, 7 days/week during harvest.", "en"),
        ("excessive_overtime", "Lucrăm 12, 13 ore, și sâmbătă, și duminică.", "ro"),
        # wages kept, as reports, notes and tips tell it
        ("withholding_wages", "The money she earned went to her trafficker.", "en"),
        ("withholding_wages", "Instead of daily wages, each family received Rs 250 a week for food.", "en"),
        ("withholding_wages", "Din banii castigati, gruparea le lua aproximativ 70%.", "ro"),
        ("withholding_wages", "Era obligata sa se prostitueze, banii fiind incasati de Feraru.", "ro"),
        (
            "withholding_wages",
            "The men lived in a caravan behind the car wash and were being paid about £20 a day.",
            "en",
        ),
        (
            "withholding_wages",
            "now they must pay him back 15 thousand pound each so they no get money, only food.",
            "en",
        ),
        (
            "withholding_wages",
            "He holds their bank cards and ID cards, takes all wages, gives each GBP 50 a week.",
            "en",
        ),
        ("withholding_wages", 'he take 400 dollars every two weeks for house and for "transporte"', "en"),
        # confinement, documents and phones
        ("restriction_of_movement", "Nu putea iesi din casa decat insotita.", "ro"),
        ("retention_of_documents", 'Their passports were collected on arrival "for safe keeping".', "en"),
        (
            "retention_of_documents",
            'The supervisor collected all passports on arrival "to do the paperwork".',
            "en",
        ),
        (
            "retention_of_documents",
            "Pașaportul i-a fost luat „pentru acte”, iar când a refuzat, a fost închisă.",
            "ro",
        ),
        (
            "retention_of_documents",
            "Documentele de identitate ale victimelor erau pastrate de membrii grupului.",
            "ro",
        ),
        (
            "retention_of_documents",
            "Cărțile de identitate și cardurile victimelor erau păstrate de Elisabeta Căpraru.",
            "ro",
        ),
        ("retention_of_documents", "Telefonul ei personal i-a fost luat, la fel și buletinul.", "ro"),
        ("isolation", "They were not allowed to leave the houses or use a phone except to call home.", "en"),
        ("isolation", "Both appeared nervous. Neither has a mobile phone.", "en"),
        ("isolation", "A lovit-o și i-a luat telefonul, ca să nu mai poată vorbi cu bunica.", "ro"),
        ("isolation", "Ionuț i-a luat buletinul și telefonul.", "ro"),
        # food, crowding and housing
        ("abusive_conditions", "Several women reported being denied adequate food.", "en"),
        ("abusive_conditions", "The men were housed up to 12 to a trailer during the harvest.", "en"),
        ("abusive_conditions", "She lives and sleeps on premises (back room, no window).", "en"),
        ("abusive_conditions", "Dormim 9 în un container la șantier, nu apă caldă, iarna foarte frig.", "ro"),
    ],
)
def test_indicators_in_this_sessions_wordings(label: str, text: str, language: str) -> None:
    assert label in extract(Document(text=text, language=language)).summary["indicators"]


@pytest.mark.parametrize(
    ("label", "text", "language"),
    [
        ("excessive_overtime", "Victimele erau supravegheate zi si noapte.", "ro"),
        ("withholding_wages", "The money they made from the sale of the house went to a charity.", "en"),
        ("retention_of_documents", "Nine passports were collected by officers as evidence.", "en"),
    ],
)
def test_watched_day_and_night_a_sale_and_evidence_are_not_these_indicators(
    label: str, text: str, language: str
) -> None:
    assert label not in extract(Document(text=text, language=language)).summary["indicators"]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # tips in broken English and officers' notes
        ("retention_of_documents", "the agent have his passport and say he cannot leave."),
        ("retention_of_documents", "Stated her passport is 'with the manager in Leeds'."),
        ("debt_bondage", "he say he owe 4000 for bring him from albania."),
        ("debt_bondage", "Female #2 stated she owes approx. $5,000 for travel."),
        ("restriction_of_movement", "at night the gate is lock and nobody go out."),
        ("abusive_conditions", "the men sleep in the garage on floor with no heating."),
        ("abuse_of_vulnerability", "he is afraid to go to police because he has no papers."),
        ("excessive_overtime", "Stated he works every day at the car wash."),
        ("isolation", "Stated she does not know the address of the house."),
        # plain wordings
        ("restriction_of_movement", "None of the workers was allowed to leave the farm."),
        ("restriction_of_movement", "They could go out only when accompanied by the owner's wife."),
        ("withholding_wages", "Their wages were paid by the farms directly to the agent."),
        ("withholding_wages", "None of the women received any money for their work."),
        ("abusive_conditions", "She sleeps on a mattress in the boiler room."),
        ("abusive_conditions", "- Food: leftovers only."),
        ("withholding_wages", "Some months nothing was paid at all."),
        ("excessive_overtime", "We worked 16, 18 hours in the season."),
        ("excessive_overtime", "they work 8 morning to 10 night every day also sunday."),
        ("debt_bondage", "He says he cannot leave until the debt is cleared."),
        ("debt_bondage", "one man say he cannot go home until he pay money to the boss."),
        ("isolation", "The crew had not set foot on land for eleven months."),
    ],
)
def test_indicators_as_tips_notes_and_plain_words_tell_them(label: str, text: str) -> None:
    assert label in extract(Document(text=text, language="en")).summary["indicators"]


def test_a_debt_for_the_journey_in_a_tip_is_debt_bondage_recruitment() -> None:
    text = "she work in kitchen. she owe 3000 euro for bring her from moldova."
    assert "debt_bondage" in extract(Document(text=text, language="en")).summary["recruitment"]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("restriction_of_movement", "Femeile erau ținute încuiate într-o garsonieră din Sibiu."),
        ("restriction_of_movement", "Nu are voie să iasă singură din casă."),
        ("retention_of_documents", "Pașapoartele lor erau ținute „la păstrare” de patron."),
        ("retention_of_documents", "Buletinele muncitorilor au fost găsite în portbagajul mașinii."),
        ("debt_bondage", "Costul drumului urma să le fie reținut din primele salarii."),
        ("isolation", "Nu avea telefon propriu și nu știa adresa casei în care locuia."),
        ("withholding_wages", "Inculpații le duceau la clienți, păstrând toți banii."),
        ("withholding_wages", "Toți banii erau încasați de proxenet."),
        ("intimidation_threats", "Li se spunea că, dacă vorbesc, familiile vor afla totul."),
    ],
)
def test_romanian_indicators_in_more_wordings(label: str, text: str) -> None:
    assert label in extract(Document(text=text, language="ro")).summary["indicators"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I don't know the address of the house but it is near the station.", "en"),
        ("Apelanta nu cunoaște adresa, doar că e o fermă lângă Foggia.", "ro"),
        ("Tinerele nu cunoșteau adresa la care urmau să fie cazate.", "ro"),
    ],
)
def test_a_caller_or_traveller_not_knowing_an_address_is_no_isolation(text: str, language: str) -> None:
    assert "isolation" not in extract(Document(text=text, language=language)).summary["indicators"]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        (
            "abuse_of_vulnerability",
            "He was sleeping in a night shelter in Poznań when a stranger offered him work.",
        ),
        ("abuse_of_vulnerability", '"I had lost my flat, I was drinking too much," he says.'),
        ("retention_of_documents", 'The next morning his ID card was "borrowed" to open a bank account.'),
        ("withholding_wages", "His wages were paid into the account the men controlled."),
        ("debt_bondage", "He was told the rest went on his travel and tools, a debt that never got smaller."),
        ("abusive_conditions", "He was taken to a terraced house where eleven men shared three bedrooms."),
        # field work
        ("excessive_overtime", "Shifts routinely ran to twelve hours in the tomato fields outside Lucera."),
        ("abusive_conditions", "They picked in temperatures above 38 degrees, with no shade and no toilets."),
        ("abusive_conditions", "The gangmasters were packing up to 18 men into vans built for nine."),
        (
            "abuse_of_vulnerability",
            '"These men were chosen because they had no alternative," an officer said.',
        ),
        ("abuse_of_vulnerability", "The threat worked because many of them held expired permits."),
    ],
)
def test_survivor_stories_and_field_work_tell_indicators_in_plain_words(label: str, text: str) -> None:
    assert label in _indicators(text)


def test_a_broken_english_tip_about_a_building_job() -> None:
    text = (
        "he is in Southall working for building company since 7 month. he pay 8 lakh rupees to agent "
        "and agent say good job £12 per hour but now boss say he owe £4000 more. he working 6 am to "
        "9 pm and no day off, only get £150 per month cash."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert "construction" in summary["sectors"]
    assert "false_job_offer" in summary["recruitment"]
    assert {"deception", "withholding_wages"} <= set(summary["indicators"])


@pytest.mark.parametrize(
    ("text", "label", "present"),
    [
        # a debt to the boss for what he provided, in a tip's words …
        ("Now the boss says they still owe boss for car and gas and house.", "debt_bondage", True),
        ("The men were told they owed the company for rent, food and the new papers.", "debt_bondage", True),
        # … but not a debt the victim only feared
        ("She thought that if she left, she would owe them money for the rest of her life.", "debt_bondage",
         False),
        # a remote site
        ("Six men live in one house in the forest, very far from town.", "isolation", True),
        ("The farm has no transport; the nearest bus stop is in the town, 38 km away.", "isolation", True),
    ],
)  # fmt: skip
def test_debts_to_the_boss_and_remote_sites(text: str, label: str, present: bool) -> None:
    assert (label in _indicators(text)) is present


@pytest.mark.parametrize(
    ("text", "label", "present"),
    [
        # a household's employers in a relative's tip, with the tip's own word order
        ("Now 4 month madam not giving salary to my cousin.", "withholding_wages", True),
        ("They don't give her wages since March.", "withholding_wages", True),
        ("The sir is hitting her on the face when she cries.", "physical_sexual_violence", True),
        ("Passport also the sponsor keeping, she has no paper.", "retention_of_documents", True),
        # … not a question about pay, nor one who strikes a key
        ("Employers must not give salary advances above one month.", "withholding_wages", False),
        ("The player kept hitting the ball in the nets.", "physical_sexual_violence", False),
    ],
)  # fmt: skip
def test_a_relatives_tip_about_a_household(text: str, label: str, present: bool) -> None:
    assert (label in _indicators(text)) is present


def test_a_housemaid_job_abroad_is_domestic_work() -> None:
    summary = extract(
        Document(
            text="My sister is going to Oman for housemaid job through an agency. Now 6 month no salary "
            "and the family lock the door.",
            language="en",
        )
    ).summary
    assert "domestic_servitude" in summary["exploitation"]
    assert "domestic_work" in summary["sectors"]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("He required the three girls to give him all of the money they received.", True),
        ("All her earnings were collected daily by the boyfriend.", True),
        ("They were paid a fraction of what had been promised.", True),
        ("The agency kept deducting visa fees and rent.", True),
        ("Worker said boss keep money for house and travel.", True),
        ("She asked the bank how to stop the man taking my salary.", True),
        # … not money handed to someone by choice, nor a fee a client pays
        ("The charity gave them all the money it had raised for the shelter.", False),
    ],
)  # fmt: skip
def test_takings_handed_over_and_pay_cut(text: str, present: bool) -> None:
    assert ("withholding_wages" in _indicators(text)) is present


def test_a_wage_kept_back_in_romanian() -> None:
    text = "Salariul i se «păstra» ca să-și acopere «datoria» pentru drum și acte."
    assert "withholding_wages" in extract(Document(text=text, language="ro")).summary["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        "She was recruited by a friend of her cousin who said there was work caring for an elderly lady.",
        "Grace Adeyemi had been a friend of the girl's late mother in Lagos.",
        "The men were recruited in Ba, some through members of Raitamata's church congregation.",
        "Officers arrested the children's 34-year-old mother and their 38-year-old uncle on Sunday.",
    ],
)
def test_recruited_by_people_they_knew(text: str) -> None:
    summary = extract(Document(text=text, language="en")).summary
    assert "family_or_acquaintance" in summary["recruitment"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Seven students came to Cyprus believing they would study and work part-time.", "en"),
        ("They were recruited in Freetown for what they were told would be jobs as hotel cleaners.", "en"),
        ("Anunțurile căutau „operatoare chat, fără experiență, câștig de la 1000 de euro”.", "ro"),
    ],
)
def test_work_they_were_led_to_expect(text: str, language: str) -> None:
    summary = extract(Document(text=text, language=language)).summary
    assert "false_job_offer" in summary["recruitment"]


@pytest.mark.parametrize(
    ("text", "language", "indicator"),
    [
        (
            "He kept the money, took her phone and her state ID card, and left.",
            "en",
            "retention_of_documents",
        ),
        ("On arrival the contractor collected all eleven passports.", "en", "retention_of_documents"),
        (
            "- Passports collected on arrival by the plant supervisor; not returned.",
            "en",
            "retention_of_documents",
        ),
        ("Their passports, where they had them, were kept by the madams.", "en", "retention_of_documents"),
        ("Apoi i-a luat telefonul și buletinul și a plecat.", "ro", "retention_of_documents"),
        (
            "He took her earnings and struck her when she did not earn enough.",
            "en",
            "physical_sexual_violence",
        ),
        (
            "He kept the money, took her phone, and hit her when she complained.",
            "en",
            "physical_sexual_violence",
        ),
    ],
)
def test_papers_taken_in_lists_and_notes_and_blows_told_with_when(
    text: str, language: str, indicator: str
) -> None:
    assert indicator in extract(Document(text=text, language=language)).summary["indicators"]


@pytest.mark.parametrize(
    "text",
    [
        'He told a worker he "owed" the family for his keep and could not go until it was paid off.',
        "Both borrowed the money from a moneylender and remain in debt.",
        "They had paid 10,000 euros to an agent for a work permit, a debt they were still paying off.",
        "Each worker had to pay 4,000 euros, a debt that was discounted from the salary.",
    ],
)
def test_debts_told_as_still_being_paid(text: str) -> None:
    assert "debt_bondage" in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both borrowed the money from a moneylender to pay the consultant in Sylhet.",
        "They had paid 10,000 euros to an agent for a work permit, a debt they were still paying off.",
    ],
)
def test_recruitment_fees_owed(text: str) -> None:
    assert "debt_bondage" in extract(Document(text=text, language="en")).summary["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The girls were made to have sex in exchange for money, most of which went to the man.",
        "They sold two women through online escort ads and kept nearly all the money.",
        "Pay stubs show effective rates well below the promised rate.",
        "Some say they went weeks without being paid for shifts they had worked.",
        "Wages cut to pay for beds in an overcrowded house.",
        "The wages actually paid were well below the collective agreement.",
        "Part of the money was kept back by the foreman as rent.",
        "The fee was then deducted from their wages.",
    ],
)
def test_pay_kept_cut_or_never_paid(text: str) -> None:
    assert "withholding_wages" in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the men worked until after dark and were paid between £20 and £25 a day.",
        "They worked ten hours a day and were paid 40 euros a day in cash.",
        "She looked after three children and was paid $200 a month, wired to her mother.",
    ],
)
def test_a_wage_by_the_day_or_month_is_the_low_pay_of_the_case(text: str) -> None:
    assert "withholding_wages" in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "These women were told they would be doing manicures and pedicures at a nail salon.",
        "The agency in Manila told her she would care for one elderly woman.",
        "The women had been told in Vietnam that restaurant jobs were waiting for them in Britain.",
        "Children were handed to fishermen with promises that they would be cared for.",
    ],
)
def test_what_they_were_told_they_would_do_is_deception(text: str) -> None:
    assert "deception" in _indicators(text)


def test_advice_about_being_told_is_no_deception() -> None:
    assert "deception" not in _indicators("If you are told you would be paid more, call the helpline.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Gang who kept Polish workers 'like cattle' at a recycling yard jailed for ten years.", False),
        ("'You housed them like livestock,' the judge told the brothers at the recycling plant.", False),
        ("The men were made to herd cattle on a ranch for no pay.", True),
    ],
)
def test_cattle_in_a_simile_is_no_farm(text: str, present: bool) -> None:
    sectors = extract(Document(text=text, language="en")).summary["sectors"]
    assert ("agriculture" in sectors) is present


@pytest.mark.parametrize(
    "text",
    [
        "boss keep there passport, i hear one say this",
        "my brother can message me only sometime because they take his phone and passport on first day",
        "Singh Dhillon kept several of their passports for the renewal of permits.",
        "Menon holds 6 of 7 passports for right-to-work checks.",
        "The gato held the identity cards (RG) of five workers to do the registration.",
        "Their national ID cards (DNI) and phones were taken on arrival.",
        "Their passports were locked in the captain's cabin.",
    ],
)
def test_documents_kept_in_more_wordings(text: str) -> None:
    assert "retention_of_documents" in _indicators(text)


def test_a_passport_shown_is_not_kept() -> None:
    assert "retention_of_documents" not in _indicators("He showed his passport at the border and took a bus.")


@pytest.mark.parametrize(
    "text",
    [
        "She was forbidden to leave the house alone, to use a telephone or to speak to neighbors.",
        "She was not allowed to leave the house alone or to contact her family in Morocco.",
        "She could speak to her family only with the couple listening.",
        "The women did not speak English and knew no one in Ireland.",
        "Reyes and Brooks-Hale allegedly held victims' identification cards and phones.",
    ],
)
def test_isolation_in_more_wordings(text: str) -> None:
    assert "isolation" in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers who complained were told they would be sent home on the next plane.",
        "A supervisor told him that if he could not pay he would be sold to another compound.",
        "He was told that if he ran, his family back in Nghe An would be made to pay.",
        "They were warned that intimate videos would be sent to their families.",
    ],
)
def test_threats_told_as_what_would_follow(text: str) -> None:
    assert "intimidation_threats" in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "Their passports were taken and they were escorted between accommodation and work.",
        "She was no longer allowed to go anywhere except school.",
        "They slept where they worked, and the shutter was pulled down from outside at night.",
        "Another of the boys said he had not been allowed to leave the flat for five days.",
        "Two men who tried to leave in January were caught at the station, beaten and brought back.",
    ],
)
def test_restriction_of_movement_in_more_wordings(text: str) -> None:
    assert "restriction_of_movement" in _indicators(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deductions left some with less than $100 after a 70-hour week.",
        "Shifts of about 17 hours, targets set every day.",
        "Hours during hauling: up to 20 hrs, 2-3 hrs sleep.",
        "I worked from nine in the morning until nine at night, every day.",
        "She cleaned the house, with no weekly rest day in 21 months.",
    ],
)
def test_long_hours_in_more_wordings(text: str) -> None:
    assert "excessive_overtime" in _indicators(text)


def test_a_working_week_of_forty_hours_is_not_long() -> None:
    assert "excessive_overtime" not in _indicators("The contract promised a 40-hour week and paid leave.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("my friend is in the same building, her madam hit her every day", True),
        ("Lakatos tracked their phones and hit two of the women.", True),
        ("one time i see him hit the young one with the big spoon in the kitchen", True),
        ("Viet Nam's textile exports hit US$30 billion in eight months.", False),
        ("Asked whether anyone has hit her: she says no.", False),
    ],
)
def test_hitting_someone_is_violence(text: str, present: bool) -> None:
    assert ("physical_sexual_violence" in _indicators(text)) is present


@pytest.mark.parametrize(
    "text",
    [
        "The cutters worked for eleven weeks on the ranch. None had received any pay by the raid.",
        "The owners said their wages would be paid at the end of the harvest.",
        "Both girls had to give all of the money they received to the man.",
        "Their pay went into accounts opened in the workers' names and controlled by the couple.",
    ],
)
def test_withholding_wages_in_more_wordings(text: str) -> None:
    assert "withholding_wages" in _indicators(text)


def test_seasonal_work_at_seafront_hotels_is_no_farming() -> None:
    text = (
        "The broker charged each man up to €9,000 for a seasonal work permit. The Guardia di Finanza found "
        "18 seasonal workers at three seafront hotels being paid a fraction of the agreed wage."
    )
    assert "agriculture" not in extract(Document(text=text, language="en")).summary["sectors"]


def test_a_days_pay_offered_is_no_withheld_wage() -> None:
    text = "He had answered an advert offering building work in London for £80 a day."
    assert "withholding_wages" not in _indicators(text)


def test_a_boss_touching_the_women_is_sexual_violence() -> None:
    text = "The chief he touch the womans and nobody can say no."
    assert "physical_sexual_violence" in _indicators(text)


# a tip in the writer's own English, from inside a compound
_COMPOUND_TIP = (
    "agent in Nairobi he recruit us, i see his advert in facebook for job customer care in Bangkok. "
    "when we reach they take our passport and phones. now they force us to do scam with crypto. "
    "we work 16 hour every day no off. if you dont reach the target they cut the salary. "
    "they say if we want go home we must pay 6000 dollar each or they sell us to other company."
)


@pytest.mark.parametrize(
    "indicator",
    ["isolation", "excessive_overtime", "withholding_wages", "debt_bondage", "intimidation_threats",
     "deception"],
)  # fmt: skip
def test_a_compound_tip_in_its_own_english(indicator: str) -> None:
    assert indicator in _indicators(_COMPOUND_TIP)


def test_a_compound_tip_names_its_scam_and_its_advert() -> None:
    summary = extract(Document(text=_COMPOUND_TIP, language="en")).summary
    assert "online_scam" in summary["sectors"] and "criminal" in summary["exploitation"]
    assert {"false_job_offer", "online_advertising"} <= set(summary["recruitment"])


def test_a_pay_cut_in_the_news_is_not_a_case_fact_without_a_cutter() -> None:
    text = "The factory announced a pay freeze and cut hours for all 300 staff last spring."
    assert "withholding_wages" not in _indicators(text)


# a web-form tip from a warehouse worker, as written
_WAREHOUSE_TIP = (
    "we see advertisment on OLX, 16 euro hour and nice apartment. is lie.\n"
    "we work night shift in big warehouse, packing, 12 hours every night but they pay only 8 hours. "
    "first month no money at all, they say we have debt 900 euro for bus and house."
)


@pytest.mark.parametrize("indicator", ["deception", "withholding_wages", "debt_bondage"])
def test_a_warehouse_tip_in_its_own_english(indicator: str) -> None:
    assert indicator in _indicators(_WAREHOUSE_TIP)


def test_a_warehouse_tip_names_its_sector_and_its_advert() -> None:
    summary = extract(Document(text=_WAREHOUSE_TIP, language="en")).summary
    assert "logistics_warehousing" in summary["sectors"]
    assert {"false_job_offer", "online_advertising"} <= set(summary["recruitment"])
