"""Wordings of news pages read in the forty-seventh session: a district named by its kind word
("the Flores neighbourhood") is a place of the case even when its name is also a person's or a
namesake's abroad, and a case the story is compared with ("the case recalls the 2006 fire …",
"the largest since 2021, when …") is background whose places are not the case's."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of

BUENOS_AIRES = (
    "BUENOS AIRES — Federal police raided a clandestine garment workshop in the {name} neighbourhood on "
    "Tuesday and rescued nine Bolivian workers, who sewed for 16 hours a day for a few pesos. Two "
    "Bolivian men were arrested at the house, which the owners had sealed with padlocks."
)


@pytest.mark.parametrize("name", ["Flores", "Morales"])
def test_a_neighbourhood_named_by_its_kind_word_is_a_place(name: str) -> None:
    facts = schema_of(BUENOS_AIRES.format(name=name))
    assert name in facts["places"]
    assert name not in " ".join(facts["suspects"])


@pytest.mark.parametrize(
    ("sentence", "not_a_place"),
    [
        ("The women lived in a Christian neighbourhood of the city with the family.", "Christian"),
        ("Two of them had been recruited in the Philippine province of Iloilo.", "Philippine"),
        ("The others came from the Sul de Minas region, where coffee is grown.", "Minas"),
    ],
)
def test_a_description_or_a_cut_name_before_a_kind_word_is_no_place(sentence: str, not_a_place: str) -> None:
    text = (
        "Police in Recife rescued seven domestic workers from three houses on Monday and arrested a "
        f"couple. {sentence} The couple kept their passports."
    )
    assert not_a_place not in schema_of(text)["places"]


OPENING = (
    "Federal police rescued 14 Paraguayan workers from a textile workshop in Quilmes on Friday and "
    "arrested its owner. The workers slept beside their machines. They were paid almost nothing. "
    "The owner is held in custody. "
)


@pytest.mark.parametrize(
    ("background", "elsewhere"),
    [
        ("The case recalls the 2006 fire at a workshop in the Caballito neighbourhood.", "Caballito"),
        ("The raid echoes the fire at a workshop in Mendoza in 2006.", "Mendoza"),
        ("The case recalled a 2015 trial in Córdoba.", "Córdoba"),
        (
            "It is the largest such operation since 2019, when an investigation in Rosario led to arrests.",
            "Rosario",
        ),
    ],
)
def test_a_case_the_story_is_compared_with_is_background(background: str, elsewhere: str) -> None:
    places = schema_of(OPENING + background)["places"]
    assert "Quilmes" in places
    assert elsewhere not in places


def test_a_fair_wage_paid_into_the_workers_own_accounts_is_not_withheld() -> None:
    text = (
        "Inspectors visited a packing plant near Ashford on Tuesday and spoke to nine workers from Bulgaria. "
        "Their wages were paid into their own bank accounts every Friday, and none reported any problem."
    )
    assert "withholding_wages" not in schema_of(text)["indicators"]


def test_bank_cards_kept_by_a_gang_are_no_documents() -> None:
    text = (
        "Police freed nine men from a house in Bristol on Tuesday and arrested two brothers. Bank accounts "
        "were opened in the men's names, but the cards were kept by the brothers."
    )
    assert "retention_of_documents" not in schema_of(text)["indicators"]


# Labels in more plain words: each sentence alone, inside a case that gives none of these labels by itself.
CASE = "Police acted on a tip near the town on Tuesday and arrested two people. {} A charity is helping."


def test_the_case_alone_gives_none_of_the_labels() -> None:
    facts = schema_of(CASE.format(""))
    assert not facts["indicators"]
    assert "false_job_offer" not in facts["recruitment"]


@pytest.mark.parametrize(
    ("field", "label", "sentence"),
    [
        (
            "indicators",
            "withholding_wages",
            "Several said that their wages had been withheld for the first three months.",
        ),
        (
            "indicators",
            "withholding_wages",
            "Their paychecks were deposited into accounts controlled by the brothers.",
        ),
        (
            "indicators",
            "withholding_wages",
            "They were told that the rest of their wages would be held back against the advance.",
        ),
        (
            "indicators",
            "withholding_wages",
            "Their wages would be paid 'at the end of the harvest', the foreman said.",
        ),
        ("indicators", "withholding_wages", "She never received any of the money paid for her."),
        (
            "indicators",
            "withholding_wages",
            "The women were allowed to keep little or none of the money they earned.",
        ),
        (
            "indicators",
            "withholding_wages",
            "The advance was used as an excuse not to pay the boys anything.",
        ),
        ("indicators", "withholding_wages", "They were forced to hand over their earnings every night."),
        (
            "indicators",
            "withholding_wages",
            "When one of the men asked for his wages, the foreman punched him.",
        ),
        (
            "indicators",
            "withholding_wages",
            "Each had to repay a travel debt before they saw any wages at all.",
        ),
        ("indicators", "withholding_wages", "The majority of their earnings was retained by the couple."),
        ("indicators", "withholding_wages", "The man paid them in tobacco and cheap cider."),
        (
            "indicators",
            "abusive_conditions",
            "He housed up to eight people in two-bedroom flats above the shop.",
        ),
        ("indicators", "abusive_conditions", "Six men shared a single room behind the kitchen."),
        ("indicators", "abusive_conditions", "There were two toilets for more than 30 workers."),
        ("indicators", "abusive_conditions", "The girls slept on mats in a back room."),
        ("indicators", "abusive_conditions", "The camp had no running water."),
        ("indicators", "abusive_conditions", "The crew were given rotten fish and drank from a rusty tank."),
        ("indicators", "abusive_conditions", "They were given a single meal of rice a day."),
        ("indicators", "abusive_conditions", "They picked in the fields without gloves or boots."),
        (
            "indicators",
            "abusive_conditions",
            "One man who cut his hand kept working with a bandage and got no medical treatment.",
        ),
        ("indicators", "deception", "They were promised 40-hour weeks at the minimum wage."),
        (
            "indicators",
            "deception",
            "The boys were handed over on the promise that they would be fed and taught a trade.",
        ),
        (
            "indicators",
            "deception",
            "The broker told the parents the girls would be enrolled in school in the city.",
        ),
        ("indicators", "deception", "The pay, they were told, would be 50 euros a day with a contract."),
        ("indicators", "deception", "A cousin said a farmer was looking for women to work in his orchards."),
        ("indicators", "deception", "Their offer letters stated a 37.5-hour week."),
        ("indicators", "deception", "The recruiter told them the job was in a hotel kitchen."),
        (
            "indicators",
            "excessive_overtime",
            "The boys paddled canoes and cast nets, often from 3am until after dark.",
        ),
        (
            "indicators",
            "excessive_overtime",
            "The children worked from early morning until 10 or 11 at night.",
        ),
        ("indicators", "excessive_overtime", "She worked from 5am to about 1am."),
        (
            "indicators",
            "excessive_overtime",
            "The working day started at 5am and ended with the last delivery.",
        ),
        ("indicators", "excessive_overtime", "Workers state hours 06:00 - 20:00 at the yard."),
        ("indicators", "excessive_overtime", "They worked six and a half days a week."),
        ("indicators", "excessive_overtime", "He said they worked at the site and the car wash 7 days."),
        ("indicators", "isolation", "On arrival they take all the phones."),
        ("indicators", "isolation", "The girls have not been allowed to phone their mother since March."),
        (
            "indicators",
            "isolation",
            "The women were rotated every three weeks among flats in different towns.",
        ),
        ("indicators", "isolation", "She was allowed to use her phone only on Sundays."),
        ("indicators", "isolation", "He was a boy alone in a strange country, with not a word of English."),
        ("indicators", "restriction_of_movement", "The defendants required them to live inside the salons."),
        (
            "indicators",
            "restriction_of_movement",
            "The manager holds all the key cards and the girls text him to get in or out.",
        ),
        ("indicators", "restriction_of_movement", "Crew leaders were posted at the camp entrance at night."),
        ("indicators", "restriction_of_movement", "A man sat in the hallway watching the door."),
        ("indicators", "retention_of_documents", "Their residence permits were held by the gangmaster."),
        (
            "indicators",
            "retention_of_documents",
            "ID cards were collected on the first day and never returned.",
        ),
        (
            "indicators",
            "retention_of_documents",
            "The foreman kept their work booklets so that nobody would run off.",
        ),
        (
            "indicators",
            "retention_of_documents",
            "The brokers keep the women's passports until the visas are issued.",
        ),
        ("indicators", "retention_of_documents", "Officers found the workers' passports in the office safe."),
        (
            "indicators",
            "debt_bondage",
            "They were told the cost of their visas would be cut from their first months' wages.",
        ),
        ("indicators", "debt_bondage", "Each had to work to pay back the flights and the rent."),
        (
            "indicators",
            "debt_bondage",
            "When she asked to leave, he said she owed the family money for her airfare.",
        ),
        (
            "indicators",
            "debt_bondage",
            "On arrival they were told they had contracted a debt of 5,000 euros.",
        ),
        ("indicators", "debt_bondage", "Every month the man told her the debt was growing."),
        ("indicators", "debt_bondage", "The smuggler said they would work until they pay."),
        (
            "recruitment",
            "false_job_offer",
            "The men paid agents for what they were told were skilled jobs paying $28 an hour.",
        ),
        ("recruitment", "false_job_offer", "She was told she would be a nanny for two children."),
        ("recruitment", "false_job_offer", "A neighbour came to the house with an offer."),
        (
            "recruitment",
            "false_job_offer",
            "He said a contractor was looking for young workers to paint houses.",
        ),
        ("recruitment", "false_job_offer", "The contract signed in Jakarta said the minimum wage."),
        (
            "indicators",
            "intimidation_threats",
            "She was told that photos of her would be sent to her family.",
        ),
        (
            "indicators",
            "intimidation_threats",
            "One of the men said that people who made trouble have accidents on site.",
        ),
        ("indicators", "intimidation_threats", "The agency said the employer could report her as a runaway."),
        ("indicators", "intimidation_threats", "Anyone who complained was told not to come back."),
        ("indicators", "intimidation_threats", "She is afraid of reprisals against her family."),
        ("indicators", "abuse_of_vulnerability", "Their immigration status tied them to a single employer."),
        (
            "indicators",
            "abuse_of_vulnerability",
            "The court found the men had been in a dependent and insecure position.",
        ),
        (
            "indicators",
            "abuse_of_vulnerability",
            "The gang targeted single mothers from low-income neighbourhoods.",
        ),
        (
            "indicators",
            "abuse_of_vulnerability",
            "The families had been approached after two failed harvests.",
        ),
        ("indicators", "abuse_of_vulnerability", "The workers lived on farms far from towns and services."),
        ("indicators", "abuse_of_vulnerability", "One of the women was pregnant when she was found."),
    ],
)
def test_labels_in_more_plain_words(field: str, label: str, sentence: str) -> None:
    assert label in schema_of(CASE.format(sentence))[field]
