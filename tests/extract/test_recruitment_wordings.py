"""Wordings of false job offers and of sectors seen on real pages, in sentences written for these tests."""

from __future__ import annotations

import pytest

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _recruitment(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "Men and women were recruited off the streets in Gdansk with the promise of a better life.",
        "He had promised his nine victims a better life, the prosecution told the court.",
        "The two victims said they had been forced to work in jobs different from what was agreed upon.",
        "The syndicate brought Thai women to Australia by deceiving them about the work they would be doing.",
        "She said she had agreed to come to Dubai to work as a waitress to support her family.",
    ],
)
def test_false_job_offer_wordings(text: str) -> None:
    assert "false_job_offer" in _recruitment(text)


def test_a_dream_of_a_better_life_is_no_offer() -> None:
    assert "false_job_offer" not in _recruitment("Workers came to the UK with dreams of a better life.")


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("From March to May, Binh and two accomplices used online accounts to recruit workers, promising "
         "them high incomes, in order to lure them to Laos for work.", "false_job_offer"),
        ("From March to May, Binh and two accomplices used online accounts to recruit workers, promising "
         "them high incomes, in order to lure them to Laos for work.", "online_advertising"),
        ("The gang promised the women high earnings abroad.", "false_job_offer"),
    ],
)  # fmt: skip
def test_promised_incomes_and_online_accounts(text: str, method: str) -> None:
    assert method in _recruitment(text)


def _sectors(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["sectors"]


def test_a_food_processing_factory_is_food_processing_only() -> None:
    text = "The men were driven to work 12-hour shifts at a food processing factory in Kent."
    assert _sectors(text) == ["food_processing"]


def test_arranging_logistics_is_no_logistics_sector() -> None:
    text = "One gang member arranged logistics, including accommodation for the workers on the farms."
    assert "logistics_warehousing" not in _sectors(text)
    assert "logistics_warehousing" in _sectors("The men were forced to work at a logistics company's depot.")


def test_kidnapping_named_as_a_crime_or_a_unit_is_no_recruitment() -> None:
    for text in (
        "Five men will appear in court on charges of human trafficking, kidnapping and extortion.",
        "The women were rescued by the police's anti-kidnapping unit in Durban.",
        "Robberies, kidnappings and prostitution were run from the prison, police said.",
    ):
        assert "abduction" not in _recruitment(text), text
    assert "abduction" in _recruitment("The girls were kidnapped from their village and sold to a brothel.")


@pytest.mark.parametrize(
    "text",
    [
        "On arrival the cooks were told they each owed the agency £4,000.",
        "The pickers said they owed the boss for their flights and their beds.",
        "The girls were told the rest of the fee would be worked off in the kitchen.",
        "They spent two years working off a debt that only grew.",
        "The fees they paid the manning agent were then deducted from their monthly pay.",
        "The labourers were charged for the minibus fares and for their boots.",
        "By the end of the season most of the men were left owing money to the contractor.",
        "Each recruit had been told to repay 2,500 dollars for the visa.",
    ],
)
def test_debts_imposed_on_arrival_are_debt_bondage(text: str) -> None:
    assert "debt_bondage" in _recruitment(text)


def test_criminal_charges_and_debts_of_others_are_no_debt_bondage() -> None:
    for text in (
        "The two men were charged for the assault on the doorman.",
        "The company owed money to its suppliers when it closed.",
    ):
        assert "debt_bondage" not in _recruitment(text), text


def test_answering_an_advert_is_a_job_offer_and_keeps_the_online_advert() -> None:
    text = "The women answered several job posts on Facebook for work in a Milan hotel."
    assert {"false_job_offer", "online_advertising"} <= set(_recruitment(text))
    assert "false_job_offer" in _recruitment("He was promised R$2,500 a month for the harvest.")


def test_relatives_among_the_children_and_paid_parents_are_family_recruitment() -> None:
    for text in (
        "The clan forced 14 children, several of them their own nieces and nephews, to beg in Milan.",
        "The boys were taken to the lake after their parents were paid a few hundred cedis.",
    ):
        assert "family_or_acquaintance" in _recruitment(text), text


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("Each of the cooks owes the agent €9,000, the notes say.", "debt_bondage"),
        ("He owes 'twenty thousand' for being brought to Britain.", "debt_bondage"),
        ("The girls arrived owing the madam for their flights.", "debt_bondage"),
        ("They swore they would repay 40,000 euros to the sponsor.", "debt_bondage"),
        ("A broker paid their parents an advance of Rs 4,000 for each boy.", "debt_bondage"),
        ("An agent from their village took the boys to the city.", "family_or_acquaintance"),
        ("The children were handed to fishermen known to their families.", "family_or_acquaintance"),
    ],
)
def test_debts_owed_advances_and_known_recruiters(text: str, method: str) -> None:
    assert method in _recruitment(text)


def test_a_false_promise_of_school_is_deception() -> None:
    text = "A trader promised that the girls would be enrolled in a school in the capital."
    assert "deception" in extract(Document(text=text, language="en")).summary["indicators"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The brothers recruited the men outside hotels, promising them good money, cash in hand.", "en"),
        ("Telegram groups advertised 'legal EU jobs' paying 2,500 euros a month.", "en"),
        ("He saw a job post in a Facebook group for chat support in Bangkok.", "en"),
        ("Her salary, promised at 120 dinars a month by the agency, was never paid.", "en"),
        ("Firma le promisese salarii de 2.000 de euro pe luna.", "ro"),
        ("Femeia le-a promis cate 1.000 de euro pe luna, masa si casa.", "ro"),
    ],
)
def test_more_job_promises_in_english_and_romanian(text: str, language: str) -> None:
    recruitment = extract(Document(text=text, language=language)).summary["recruitment"]
    assert "false_job_offer" in recruitment


def test_a_mother_arranging_a_marriage_and_recruiters_who_knew_the_family() -> None:
    for text in (
        "Police allege the woman arranged for her 15-year-old daughter to marry a man twice her age.",
        "The couple, who knew the nanny's family in La Paz, recruited her in 2015.",
        "The recruiter, who comes from the same village as two of the girls, took them to the city.",
    ):
        assert "family_or_acquaintance" in _recruitment(text), text


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("The cousin said they each owed 2,500 euros for the minibus and the rooms.", "debt_bondage"),
        ("he tell us we owe 900 pounds for bringing us.", "debt_bondage"),
        ("half my pay go to the visa loan every month.", "debt_bondage"),
        ("man in my village promise job in car wash with good money.", "false_job_offer"),
        ("the recruiter say in uk salary 1600 pound but now i get 300.", "false_job_offer"),
    ],
)  # fmt: skip
def test_broken_english_recruitment_wordings(text: str, method: str) -> None:
    assert method in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The recruiter was a man she had known since school, who offered her work in a bakery.",
        "A woman from the neighbouring village took the girls to the city.",
        "A friend of his father arranged the journey and the job.",
        "The boys were handed over by relatives to a trader at the market.",
    ],
)
def test_recruiters_known_to_the_victims_in_more_wordings(text: str) -> None:
    assert "family_or_acquaintance" in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Their contracts promised 40 hours a week, but most got fewer than ten.",
        "Several nurses arrived to find no work at all and were told to wait.",
    ],
)
def test_job_offers_broken_on_arrival(text: str) -> None:
    assert "false_job_offer" in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        "A broker promised the men RM 1,600/month and free lodging at a palm oil estate.",
        "The agent told them the factory would pay 8 million dong a month.",
        "people in my village tell her good job in restaurant make 1500 dollar month",
        "She was offered work in a hotel kitchen at USD 900 per month, with flights paid.",
    ],
)
def test_a_promised_wage_rate_is_a_job_offer(text: str) -> None:
    assert "false_job_offer" in _recruitment(text)


def test_a_wage_the_police_were_told_about_is_no_offer() -> None:
    text = 'The inspector said: "Workers have told us they worked for around £30 a day in a crowded kitchen."'
    assert "false_job_offer" not in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        'The pickers were charged recruitment and "visa" fees of up to $5,000 before they left.',
        "Each girl was told she would first repay 900,000 naira for the journey to Italy.",
        "on arrival boss say they owe R60,000 each for bring them here",
    ],
)
def test_fees_and_travel_debts_in_more_wordings_are_debt_bondage(text: str) -> None:
    assert "debt_bondage" in _recruitment(text)


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("The ring recruited students with fake modelling and promotional jobs, then sold them in hotels.",
         "false_job_offer"),
        ("Her cousin said a friend in Madrid could get them both jobs in a bakery.", "false_job_offer"),
        ("A neighbour woman offered the girl work in a tailoring unit in Surat.", "family_or_acquaintance"),
        ("Rekha, a neighbour of one of the girls, took them to the station.", "family_or_acquaintance"),
        ("A man from her village told her parents she would earn well in Delhi.", "family_or_acquaintance"),
        ("The recruiter was someone she vaguely knew from the market.", "family_or_acquaintance"),
        ("Mrs Obi, a friend of the girl's mother, brought her to Lagos.", "family_or_acquaintance"),
        ("The boys were brought over by intermediaries, in some cases relatives, who paid their fathers.",
         "family_or_acquaintance"),
        # grooming, gifts and approaches in public places are recruitment "other" (real-page convention)
        ("Two men who groomed teenage girls in Rochdale have been jailed.", "other"),
        ("He bought the boys new trainers and phones before sending them to Devon to sell drugs.", "other"),
        ("The brokers approached refugees at aid distribution points in Cairo.", "other"),
    ],
)  # fmt: skip
def test_fake_jobs_neighbours_acquaintances_and_grooming(text: str, method: str) -> None:
    assert method in _recruitment(text)


def test_grooming_named_as_an_offence_is_no_recruitment() -> None:
    assert _recruitment("He was convicted of child grooming offences in 2019.") == []


def test_non_agricultural_visas_name_no_farm() -> None:
    text = "The agency recruited welders in Manila on H-2B non-agricultural visas for a shipyard in Texas."
    assert "agriculture" not in _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "A friend of her mother offered to take her to Italy to work in a hair salon.",
        "A neighbour offered the two girls jobs at a beauty parlour in Mumbai.",
    ],
)
def test_a_workplace_only_offered_is_no_sector(text: str) -> None:
    assert "barber_beauty" not in _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "From 2022 the gang ran a drugs line from Liverpool into Rhyl, using two schoolboys as runners.",
        "He sent the 15-year-old to deal crack cocaine from a flat in Margate.",
    ],
)
def test_drug_lines_and_dealing_class_a_drugs_are_drug_dealing(text: str) -> None:
    assert "drug_dealing" in _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inside, the men ran love scam chats with fake profiles for 15 hours a day.",
        "They were made to run fake dating profiles to cheat foreigners out of their savings.",
    ],
)
def test_love_scams_and_fake_profiles_are_online_scams(text: str) -> None:
    assert "online_scam" in _sectors(text)


def test_a_house_help_is_domestic_work_and_hotel_housekeepers_are_not() -> None:
    assert "domestic_work" in _sectors("She was kept as a house help by a family in Lagos for six years.")
    assert "domestic_work" not in _sectors("The agency supplied housekeepers to hotels in Branson.")


@pytest.mark.parametrize(
    "text",
    [
        "The agency told her she owes OMR 1,200 for her visa and ticket and cannot go home until it is paid.",
        "Before leaving she swore at a shrine to repay EUR 25,000 to her sponsor.",
        "The boy said the boss keeps his passport because he owes money for coming to England.",
        "The women arrived owing large sums of money to the people who smuggled them.",
        "They get twenty pounds a week and the rest goes to the debt for bringing them here.",
        "The workers were repaying the gangmaster through deductions from their wages.",
    ],
)
def test_debts_for_the_journey_in_more_wordings_are_debt_bondage(text: str) -> None:
    assert "debt_bondage" in _recruitment(text)


def test_wages_owed_to_a_worker_are_no_debt_of_hers() -> None:
    assert "debt_bondage" not in _recruitment("By the time she left the house, she was owed $3,300 in wages.")


@pytest.mark.parametrize(
    "text",
    [
        "The court heard the victims had been promised places at school and well-paid work in England.",
        "She recruited the girl in Lagos, promising that she could study and would be paid $500 a month.",
        "the woman bring them from benin say they will work in hair saloon for accra but they do sex work",
    ],
)
def test_promised_work_and_pay_in_more_wordings(text: str) -> None:
    assert "false_job_offer" in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said they would work in partnership with the council to protect vulnerable people.",
        "The minister said agencies would work together to stop trafficking.",
        "Officers said they would work closely with the Romanian police.",
    ],
)
def test_officials_promising_to_work_together_offer_no_job(text: str) -> None:
    assert "false_job_offer" not in _recruitment(text)


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ('The farmer approached him outside a hostel and offered him "a bit of work, a roof and food".',
         "false_job_offer"),
        ("A labour contractor promised them a monthly income of about R$3,000.", "false_job_offer"),
        ("The women stated they were going to work as shop attendants in Muscat.", "false_job_offer"),
        ("The brothers misrepresented the wages and conditions of the work.", "false_job_offer"),
        ("The men paid between 5,000 and 7,000 euros each to a recruitment agency in Kathmandu.",
         "debt_bondage"),
        ('They were told that a "fee" of 25,000 baht each for their recruitment, transport and documents '
         "would be deducted from their wages.", "debt_bondage"),
        ("He paid the smuggler for all three and they are working it off.", "debt_bondage"),
        ("Many had borrowed the money from relatives or moneylenders to get the jobs.", "debt_bondage"),
        ("When she asked about her salary she was told she still owed the office for her ticket.",
         "debt_bondage"),
        ("He told officers he still owed money to the people who had arranged his travel.", "debt_bondage"),
        ("He get only 20 pound some weeks, the rest boss keep for the debt.", "debt_bondage"),
        ("Once in Italy, they were told they would have to work off what they still owed.", "debt_bondage"),
        ('The agency deducts "debt" monthly from the workers\' pay.', "debt_bondage"),
        ('They paid 6,000 euros in "fees", financed by loans.', "debt_bondage"),
        ("The boss paid for the lorry and now they must pay him back 15 thousand pound each.",
         "debt_bondage"),
        ("Men who began relationships with them persuaded them to travel to the UK.", "loverboy"),
        ("Three of them had been in relationships with the accused.", "loverboy"),
        ("She met him in Constanta; he was her boyfriend, promised they would live together in Scotland.",
         "loverboy"),
    ],
)  # fmt: skip
def test_offers_debts_and_relationships_in_victims_and_prosecutors_words(text: str, method: str) -> None:
    assert method in _recruitment(text)


def test_working_in_partnership_is_no_offer() -> None:
    assert _recruitment("The police will work in partnership with the council and stated they would work "
                        "with charities.") == []  # fmt: skip


def test_wages_owed_to_workers_are_no_debt_of_theirs() -> None:
    assert "debt_bondage" not in _recruitment("The firm was owed money by the council for the building work.")


@pytest.mark.parametrize(
    ("text", "language", "method"),
    [
        ("A neighbour, Carlim Sudarjo, told Ratna about a job with a cleaning company in Riyadh.", "en",
         "false_job_offer"),
        ("A neighbour, Carlim Sudarjo, told Ratna about a job with a cleaning company in Riyadh.", "en",
         "family_or_acquaintance"),
        ("Recruiters acting for him lied to them about their pay and housing.", "en", "false_job_offer"),
        ("He promised 70,000 roubles a month each, accommodation and food.", "en", "false_job_offer"),
        ("They were told they owe 90,000 roubles each for travel.", "en", "debt_bondage"),
        ("Every one of them was made to swear that she would pay back 35,000 euros.", "en", "debt_bondage"),
        ("They were told to settle a debt of between RM6,000 and RM9,000 each.", "en", "debt_bondage"),
        ("They bought blankets and food from the farm store on credit.", "en", "debt_bondage"),
        ("Lerato met a neighbour's cousin who visited her village.", "en", "family_or_acquaintance"),
        ("The children's 34-year-old aunt and her 27-year-old cousin were arrested.", "en",
         "family_or_acquaintance"),
        ("She was jailed for offering her two daughters and two nieces for abuse online.", "en",
         "family_or_acquaintance"),
        ('O cunostinta i-a spus ca o familie cauta o femeie, „900 de euro pe luna, cu masa si casa".', "ro",
         "false_job_offer"),
        ('Anunturi pe Facebook: „Munca in Germania, 1.800 euro pe luna, cazare asigurata".', "ro",
         "false_job_offer"),
        ("Le recruta cu promisiunea unor locuri de munca drept ospatarite.", "ro", "false_job_offer"),
    ],
)  # fmt: skip
def test_jobs_told_of_debts_to_settle_and_relatives_of_the_children(
    text: str, language: str, method: str
) -> None:
    assert method in extract(Document(text=text, language=language)).summary["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The officer told reporters about the work of the unit in Leeds.",
        "She earned 900 euros a month as a nurse in Cluj before she lost her job.",
        "The firm paid its debts on credit terms agreed with the bank.",
    ],
)
def test_talk_of_work_and_wages_without_a_recruiter_is_no_method(text: str) -> None:
    assert _recruitment(text) == []


@pytest.mark.parametrize(
    ("text", "language", "sector"),
    [
        ("The girls were told they were going to Italy to work in hair salons and shops.", "en",
         "barber_beauty"),
        ('The company advertised on Facebook and TikTok for "hotel cleaners" and "cashiers" in Riyadh.', "en",
         "hospitality"),
        ('Destinație declarată: Valencia, Spania, „la muncă, la un restaurant".', "ro", "hospitality"),
    ],
)  # fmt: skip
def test_a_workplace_only_promised_advertised_or_declared_is_no_sector(
    text: str, language: str, sector: str
) -> None:
    assert sector not in extract(Document(text=text, language=language)).summary["sectors"]


def test_a_workplace_where_they_were_put_to_work_after_the_promise_is_the_sector() -> None:
    text = (
        "They were told they were going to work in hotels, but once in Dubai they were forced into brothels."
    )
    assert "sex_industry" in extract(Document(text=text, language="en")).summary["sectors"]


@pytest.mark.parametrize(
    "text",
    [
        # an offer to take someone abroad to work, a job described to the family, a promise of work,
        # vacancies published online
        "A friend of her mother's offered to take her to Italy to work in a hair salon.",
        "A broker had told her family that an elderly woman needed a live-in carer, at $300 a month.",
        "The agent promised that the boys would find work on building sites in Moscow.",
        "Since 2022 the network published offers on Instagram for models and hostesses in Mexico.",
    ],
)
def test_offers_told_to_families_and_published(text: str) -> None:
    assert "false_job_offer" in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        # a promise of school is no job offer; ads selling the victims are no vacancies
        "The couple told her mother that she would go to school in England.",
        "He photographed the girls and posted advertisements for them on commercial sex websites.",
    ],
)
def test_school_promised_and_ads_selling_victims_are_no_job_offer(text: str) -> None:
    assert "false_job_offer" not in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        # household laundry, a laundry room, a mining town or camp as a place, men from the mines
        "She cooked, cleaned and did the laundry from 5am until midnight.",
        "She slept on a mattress in the laundry room.",
        "They were taken to a gold mining settlement near Kangaba and forced into prostitution.",
        "The women were made to have sex with men from the gold mines.",
    ],
)
def test_chores_and_mining_places_are_no_other_sector(text: str) -> None:
    assert "other" not in _sectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "The men were forced to work in illegal gold mines in Ghana.",
        "Workers at an industrial laundry in Leicester were paid £2 an hour.",
    ],
)
def test_mines_and_laundries_as_workplaces_are_other_sectors(text: str) -> None:
    assert "other" in _sectors(text)


def test_a_county_lines_drug_debt_is_an_indicator_not_a_recruitment_method() -> None:
    text = (
        "The gang used two boys aged 15 to sell crack cocaine and heroin on a county line from Birmingham. "
        'When the younger boy was "robbed" of drugs, he was told he owed £1,200 '
        "and would have to work it off."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert "drug_dealing" in summary["sectors"]
    assert "debt_bondage" in summary["indicators"]
    assert "debt_bondage" not in summary["recruitment"]


def test_a_travel_debt_stays_a_recruitment_method_when_the_women_also_sold_drugs() -> None:
    text = (
        "The women were brought to Madrid and forced into prostitution in flats; each was told she owed "
        "6,000 euros for the journey. Some were also made to sell cocaine to clients."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert "drug_dealing" in summary["sectors"]
    assert "debt_bondage" in summary["recruitment"]


def test_a_debt_for_the_journey_is_still_debt_bondage_outside_drug_dealing() -> None:
    text = "The women were told they owed £3,000 for the flights and were forced into prostitution in Leeds."
    assert "debt_bondage" in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The girl was contacted on Instagram by a man who said he was a music producer.",
        "The women were contacted via WhatsApp by a man they had met at a party.",
    ],
)
def test_a_contact_on_a_platform_alone_is_no_advertising(text: str) -> None:
    assert "online_advertising" not in _recruitment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The women were contacted through social networks by recruiters who offered them jobs as cleaners.",
        "Each was contacted on Instagram by an account advertising beauty jobs in Europe.",
    ],
)
def test_a_contact_on_a_platform_with_a_job_offered_is_advertising(text: str) -> None:
    assert "online_advertising" in _recruitment(text)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("family_or_acquaintance", "They were recruited by a woman several of them knew from their mosque."),
        ("false_job_offer", "The pair lured the girls with promises of paid photo shoots in the city."),
        ("false_job_offer", "He posted 'models wanted' adverts and answered the girls who replied."),
    ],
)
def test_acquaintances_and_fake_modelling_work(label: str, text: str) -> None:
    assert label in _recruitment(text)


@pytest.mark.parametrize(
    ("text", "debt"),
    [
        ("Most had taken a cash advance for the coach journey from Iasi, paid back out of their pay.", True),
        ("The recruiter gave each of them a small loan that had to be repaid from the first wages.", True),
        ("Over the summer the pickers were given cash advances on their wages every Friday.", False),
    ],
)
def test_an_advance_for_the_journey_or_to_be_repaid_is_a_debt(text: str, debt: bool) -> None:
    assert ("debt_bondage" in _recruitment(text)) is debt


@pytest.mark.parametrize(
    "text",
    [
        "Each trainee had paid brokers at home to secure their positions, much of it borrowed.",
        "The nurses said they had paid thousands of pounds for UK jobs and then found little work.",
    ],
)
def test_paying_for_the_job_itself_is_a_recruitment_debt(text: str) -> None:
    assert "debt_bondage" in _recruitment(text)


def test_crippling_debts_are_debt_bondage() -> None:
    text = "The workers were left with crippling debts and threats of deportation."
    assert "debt_bondage" in extract(Document(text=text, language="en")).summary["indicators"]
