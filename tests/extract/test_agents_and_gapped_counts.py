"""Counts told with an active verb's agent before it, with places left to share one verb, and a
headline that shortens a combined prison term. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of


@pytest.mark.parametrize(
    "text",
    [
        # the people before an active verb with an object of its own did the trafficking
        "Three men trafficked women to Leeds.",
        "Two brothers recruited young women from villages near Iasi.",
        "Maria Pop, 41, and her husband Ion Pop, 45, lured victims with promises of work.",
        # a group's noun is its number, and the words after it are its verb and object
        "Hungarian pair lured victims with promises of love.",
        "The couple recruited vulnerable men at a bus station.",
    ],
)
def test_the_agents_of_an_active_verb_are_no_victims(text: str) -> None:
    assert counts_of(text)["victims"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the victims themselves, before a passive or a reduced relative verb
        ("Twelve women were trafficked to Leeds.", 12),
        ("12 women trafficked to Leeds were found in a flat.", 12),
        ("A couple of Romanian women were rescued.", 2),
    ],
)
def test_the_victims_before_their_verb_still_count(text: str, value: int) -> None:
    assert counts_of(text)["victims"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("Eight men had been recruited in Tegal, four in Pemalang and two in Cirebon.", "victims", 14),
        ("Seven of the crew had been recruited from villages in Tegal and Brebes, four from Pemalang and two "
         "from Cirebon.", "victims", 13),
        # parts that add up to the first count tell it again
        ("Ten people were arrested in France, eight in Lyon and two in Nice.", "arrested", 10),
        # the counted people after the verb, then more in other places
        ("Police arrested five in Northamptonshire and three in Romania.", "arrested", 8),
        ("Police arrested five men in Leeds, four in York and two in Hull.", "arrested", 11),
        # a clause with a verb of its own is no gapped part
        ("Five were arrested in Leeds, police said, and three men were charged.", "arrested", 5),
    ],
)  # fmt: skip
def test_places_that_share_one_verb_add_up(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_a_pronoun_in_a_relative_clause_points_back_at_the_count() -> None:
    text = "They were jailed for recruiting three young women, where they were forced into prostitution."
    assert counts_of(text)["victims"] == 3


def test_a_relative_clause_with_its_own_subject_takes_no_count_before_it() -> None:
    text = (
        "Police have arrested seven people, including a surgeon, for running a kidney racket in which poor "
        "migrants were brought to the city with promises of jobs."
    )
    counts = counts_of(text)
    assert counts["arrested"] == 7
    assert counts["victims"] is None


def test_a_headline_that_shortens_a_combined_term_gives_no_one_its_length() -> None:
    text = (
        "Couple who trafficked women jailed for 20 years\n\n"
        "A couple who ran brothels have been jailed for a combined 20 years. Adam Nagy was jailed for 12 "
        "years and his wife Eva Nagy for eight years."
    )
    assert counts_of(text)["sentence_years"] == 12.0


def test_a_headline_term_stands_when_the_text_gives_no_combined_term() -> None:
    text = "Trafficker jailed for 20 years\n\nAdam Nagy was jailed for 20 years at Leeds Crown Court."
    assert counts_of(text)["sentence_years"] == 20.0


def test_a_further_count_that_completes_the_lead_is_inside_it() -> None:
    text = (
        "Five arrested in raids on nail bars\n\n"
        "Five people have been arrested after raids on nail bars. Two women and a man were arrested on "
        "suspicion of modern slavery offences. A further two people were arrested on suspicion of "
        "immigration offences."
    )
    assert counts_of(text)["arrested"] == 5


def test_a_further_count_after_a_lead_adds_to_it() -> None:
    text = "Three men were arrested in Leeds on Monday. A further two people were arrested in York."
    assert counts_of(text)["arrested"] == 5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police arrested the five, along with two other people who were later released, in raids.", 7),
        ("Police arrested three men along with a woman.", 4),
    ],
)
def test_the_people_arrested_along_with_an_object_join_it(text: str, value: int) -> None:
    assert counts_of(text)["arrested"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # people charged, written in digits: no price
        ("Police charged 11 men with trafficking.", 11),
        ("On Friday, the provincial court charged 11 of the Chinese nationals with human trafficking.", 11),
        # a participle after the people, then the main verb with its auxiliary
        ("The woman arrested in Dublin has been charged with trafficking.", 1),
        ("The three men arrested on Monday were charged with trafficking offences.", 3),
    ],
)
def test_people_charged_in_more_wordings(text: str, value: int) -> None:
    assert counts_of(text)["charged"] == value


@pytest.mark.parametrize(
    "text", ["Each worker was charged 500 dollars a month.", "They charged 20 workers a fee of 300 dollars."]
)
def test_a_price_charged_is_no_charge(text: str) -> None:
    assert counts_of(text)["charged"] is None


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # someone's co-accused or partner, named after a count of one, is one more
        ("A regional court has convicted a recruiter of qualified trafficking. His co-accused, Anna Reyes, "
         "29, was convicted of attempted trafficking.", "convicted", 2),
        ("Smith was charged on Monday. His partner, Jane Doe, 40, was charged on Tuesday.", "charged", 2),
        # … but not when the count already holds them
        ("Two people were charged: Smith and his partner, Jane Doe.", "charged", 2),
        # a headline's person after a kicker
        ("Madre de Dios: bar owner sentenced to 22 years in prison\n\nHer partner, Walter Mamani (45), was "
         "sentenced to 18 years in prison as an accomplice.", "convicted", 2),
    ],
)  # fmt: skip
def test_a_partner_named_later_is_one_more(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value
