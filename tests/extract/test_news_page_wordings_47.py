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


@pytest.mark.parametrize(
    "sentence",
    [
        "Several said that their wages had been withheld for the first three months.",
        "Their paychecks were deposited into accounts controlled by the brothers.",
        "They were told that the rest of their wages would be held back against the advance.",
        "Their wages would be paid 'at the end of the harvest', the foreman said.",
        "She never received any of the money paid for her.",
        "The women were allowed to keep little or none of the money they earned.",
        "The advance was used as an excuse not to pay the boys anything.",
        "They were forced to hand over their earnings every night.",
        "When one of the men asked for his wages, the foreman punched him.",
        "Each had to repay a travel debt before they saw any wages at all.",
        "The majority of their earnings was retained by the couple.",
        "The man paid them in tobacco and cheap cider.",
    ],
)
def test_wages_kept_back_in_plain_words(sentence: str) -> None:
    text = (
        "Police arrested a farm owner near Ashford on Tuesday after nine workers from Bulgaria were found "
        f"living in a barn. {sentence} The workers are being supported by a charity."
    )
    assert "withholding_wages" in schema_of(text)["indicators"]


def test_a_fair_wage_paid_into_the_workers_own_accounts_is_not_withheld() -> None:
    text = (
        "Inspectors visited a packing plant near Ashford on Tuesday and spoke to nine workers from Bulgaria. "
        "Their wages were paid into their own bank accounts every Friday, and none reported any problem."
    )
    assert "withholding_wages" not in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He housed up to eight people in two-bedroom flats above the shop.",
        "Six men shared a single room behind the kitchen.",
        "There were two toilets for more than 30 workers.",
        "The girls slept on mats in a back room.",
        "The camp had no running water.",
        "The crew were given rotten fish and drank from a rusty tank.",
        "They were given a single meal of rice a day.",
        "They picked in the fields without gloves or boots.",
        "One man who cut his hand kept working with a bandage and got no medical treatment.",
    ],
)
def test_harsh_living_and_working_conditions_in_plain_words(sentence: str) -> None:
    text = (
        "Police arrested two gangmasters near Wisbech on Tuesday after 14 workers from Lithuania were "
        f"found at a farm. {sentence} The workers are being supported by a charity."
    )
    assert "abusive_conditions" in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They were promised 40-hour weeks at the minimum wage.",
        "The boys were handed over on the promise that they would be fed and taught a trade.",
        "The broker told the parents the girls would be enrolled in school in the city.",
        "The pay, they were told, would be 50 euros a day with a contract.",
        "A cousin said a farmer was looking for women to work in his orchards.",
        "Their offer letters stated a 37.5-hour week.",
        "The recruiter told them the job was in a hotel kitchen.",
    ],
)
def test_a_promise_told_in_plain_words_is_deception(sentence: str) -> None:
    text = (
        "Police freed 11 workers from Moldova at a farm near Foggia on Tuesday and arrested the owner. "
        f"{sentence} They were made to pick tomatoes for 13 hours a day."
    )
    assert "deception" in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The boys paddled canoes and cast nets, often from 3am until after dark.",
        "The children worked from early morning until 10 or 11 at night.",
        "She worked from 5am to about 1am.",
        "The working day started at 5am and ended with the last delivery.",
        "Workers state hours 06:00 - 20:00 at the yard.",
        "They worked six and a half days a week.",
        "He said they worked at the site and the car wash 7 days.",
    ],
)
def test_long_days_in_more_shapes_are_excessive_overtime(sentence: str) -> None:
    text = (
        "Police rescued nine children from fishing camps near Yeji on Monday and arrested two men. "
        f"{sentence} The children are in a shelter."
    )
    assert "excessive_overtime" in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On arrival they take all the phones.",
        "The girls have not been allowed to phone their mother since March.",
        "The women were rotated every three weeks among flats in different towns.",
        "She was allowed to use her phone only on Sundays.",
        "He was a boy alone in a strange country, with not a word of English.",
    ],
)
def test_being_cut_off_in_more_words_is_isolation(sentence: str) -> None:
    text = (
        "Police raided two flats in Malmö on Tuesday, freed four women and arrested a couple. "
        f"{sentence} The women are being supported by a charity."
    )
    assert "isolation" in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The defendants required them to live inside the salons.",
        "The manager holds all the key cards and the girls text him to get in or out.",
        "Crew leaders were posted at the camp entrance at night.",
        "A man sat in the hallway watching the door.",
    ],
)
def test_being_kept_in_and_watched_is_restriction_of_movement(sentence: str) -> None:
    text = (
        "Police raided three massage parlours in Orlando on Tuesday, freed six women and arrested two men. "
        f"{sentence} The women are being supported by a charity."
    )
    assert "restriction_of_movement" in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Their residence permits were held by the gangmaster.",
        "ID cards were collected on the first day and never returned.",
        "The foreman kept their work booklets so that nobody would run off.",
        "The brokers keep the women's passports until the visas are issued.",
        "Officers found the workers' passports in the office safe.",
    ],
)
def test_papers_kept_in_more_words_is_retention_of_documents(sentence: str) -> None:
    text = (
        "Labour inspectors freed 14 workers from a farm near Latina on Tuesday and arrested its owner. "
        f"{sentence} The workers are being supported by a union."
    )
    assert "retention_of_documents" in schema_of(text)["indicators"]


def test_bank_cards_kept_by_a_gang_are_no_documents() -> None:
    text = (
        "Police freed nine men from a house in Bristol on Tuesday and arrested two brothers. Bank accounts "
        "were opened in the men's names, but the cards were kept by the brothers."
    )
    assert "retention_of_documents" not in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They were told the cost of their visas would be cut from their first months' wages.",
        "Each had to work to pay back the flights and the rent.",
        "When she asked to leave, he said she owed the family money for her airfare.",
        "On arrival they were told they had contracted a debt of 5,000 euros.",
        "Every month the man told her the debt was growing.",
        "The smuggler said they would work until they pay.",
    ],
)
def test_a_debt_told_in_more_words_is_debt_bondage(sentence: str) -> None:
    text = (
        "Police freed seven women from two flats in Dortmund on Tuesday and arrested a couple. "
        f"{sentence} The women are being supported by a charity."
    )
    assert "debt_bondage" in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The men paid agents for what they were told were skilled jobs paying $28 an hour.",
        "She was told she would be a nanny for two children.",
        "A neighbour came to the house with an offer.",
        "He said a contractor was looking for young workers to paint houses.",
        "The contract signed in Jakarta said the minimum wage.",
    ],
)
def test_a_job_offer_in_more_words_is_a_false_job_offer(sentence: str) -> None:
    text = (
        "Police freed nine workers from a farm near Leamington on Tuesday and arrested the owner. "
        f"{sentence} They worked 14 hours a day."
    )
    assert "false_job_offer" in schema_of(text)["recruitment"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She was told that photos of her would be sent to her family.",
        "One of the men said that people who made trouble have accidents on site.",
        "The agency said the employer could report her as a runaway.",
        "Anyone who complained was told not to come back.",
        "She is afraid of reprisals against her family.",
    ],
)
def test_threats_in_more_words_are_intimidation(sentence: str) -> None:
    text = (
        "Police freed five women from a flat in Leeds on Tuesday and arrested two men. "
        f"{sentence} The women are being supported by a charity."
    )
    assert "intimidation_threats" in schema_of(text)["indicators"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Their immigration status tied them to a single employer.",
        "The court found the men had been in a dependent and insecure position.",
        "The gang targeted single mothers from low-income neighbourhoods.",
        "The families had been approached after two failed harvests.",
        "The workers lived on farms far from towns and services.",
        "One of the women was pregnant when she was found.",
    ],
)
def test_vulnerability_used_in_more_words_is_abuse_of_vulnerability(sentence: str) -> None:
    text = (
        "Police freed twelve workers from a farm near Huelva on Tuesday and arrested two men. "
        f"{sentence} The workers are being supported by a charity."
    )
    assert "abuse_of_vulnerability" in schema_of(text)["indicators"]
