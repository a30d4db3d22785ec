"""People counted and recognised by name: titles, nicknames, photo positions and clauses between a list of
names and its verb, and a second verb sharing the named subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import counts_of
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a title before the name is not the name
        ("Ms Adaeze Okafor was charged with trafficking 12 girls to Italy.", "charged", 1),
        ("Dr Rahul Mehta has been convicted of forced labour offences.", "convicted", 1),
        # photo positions, nicknames and clauses between the names and their verb
        ("Mark Dunn (left), Peter Hale (right) and Sam Ortiz (centre) were charged with conspiracy.",
         "charged", 3),
        ("Ken Obi, alias \"Big K\", and Sam Eze were jailed.", "convicted", 2),
        ("Lina Cortez alias “Big Lin,” Rosa Diaz and Mila Santos were arrested.", "arrested", 3),
        ("Ana Cruz, Lito Reyes and Mila Santos, who all work for a manpower agency, were arrested.",
         "arrested", 3),
        ("Tom Reid, 40, and Ben Cole, 35, both of Hull, were jailed on Friday.", "convicted", 2),
        # a second verb shares the people named for the first
        ("Ana Cruz, Lito Reyes and Mila Santos were arrested and charged.", "charged", 3),
        ("Ion Vasile and Dan Mocanu were detained in Leeds on Monday and have since been charged.",
         "charged", 2),
        ("Five men were detained in Leeds on Monday and have since been charged.", "charged", 5),
    ],
)  # fmt: skip
def test_people_counted_by_name(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_a_list_of_names_needs_people_not_places() -> None:
    # places and months listed before a verb count nobody
    assert counts_of("Leeds, Bradford and Hull, all in Yorkshire, were raided.")["arrested"] is None


def _suspects(text: str) -> list[str]:
    return extract(Document(text=text, language="en")).summary["suspects"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the object of the sentencing, not the judge who passes it
        ("U.S. District Judge Mary Stone sentenced Peter Crane to 37 months in prison.", "Peter Crane"),
        ("Judge Mary Stone jailed Peter Crane for nine years at Leeds Crown Court.", "Peter Crane"),
        # sanctions only an offender receives
        ("Saman Ali, the owner of a car wash in Crawley, was issued a slavery and trafficking risk order.",
         "Saman Ali"),
        ("A Slavery and Trafficking Prevention Order was also issued to Nicu Gheorghe indefinitely.",
         "Nicu Gheorghe"),
        ("Darrell Hough and Jacqueline Ford were ordered to compensate 11 Lithuanian workers.",
         "Darrell Hough"),
    ],
)  # fmt: skip
def test_people_sanctioned_are_suspects(text: str, name: str) -> None:
    assert name in _suspects(text)


def test_a_judge_passing_sentence_is_not_a_suspect() -> None:
    assert "Mary Stone" not in _suspects("Judge Mary Stone jailed Peter Crane for nine years.")


def test_a_car_wash_named_like_a_person_is_no_suspect() -> None:
    text = "Officers raided Supershine Hand Car Wash and arrested two men, who were charged."
    assert not any("Wash" in name for name in _suspects(text))


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # people told apart by their ages across sentences, also inside a pair
        ("The 39-year-old man and 58-year-old woman have been charged with slavery offences. "
         "The woman had been brought to Sydney in 2019. "
         "The 28-year-old man was charged with one count of forced labour.", "charged", 3),
        ("A 40-year-old man and a 35-year-old woman were arrested. The 40-year-old man was later charged.",
         "charged", 1),
        # indictments issued for people
        ("Prosecutors issued indictments for nine individuals linked to the restaurants.", "charged", 9),
        ("The indictment for trafficking 12 women was unsealed on Friday.", "charged", None),
    ],
)  # fmt: skip
def test_people_told_apart_and_indicted(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # an ordinal says how many there are now, whether or not the lead counted that one already
        ("Police arrested three men at the port. The next day officers stormed a flat and arrested "
         "the third man.", "arrested", 3),
        ("Two men were arrested on Monday. A third man was arrested on Tuesday.", "arrested", 3),
        # "the other suspect" is the rest of a group already counted
        ("Officers arrested two suspects on Thursday. One was held in Leeds. The other suspect was "
         "arrested in Hull.", "arrested", 2),
        ("Two men were arrested on Monday. Another man was arrested on Tuesday.", "arrested", 3),
        # with no count before it, the ordinal numbers a group, not the outcome
        ("Two men deny trafficking. A third defendant, Jonas Petras, 41, has admitted the charge.",
         "convicted", 1),
    ],
)  # fmt: skip
def test_ordinals_and_the_other_one(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_a_detention_of_the_people_arrested_is_no_separate_count() -> None:
    same = extract(Document(text="Police detained three men. The three were arrested.", language="en"))
    assert same.summary["outcomes"]["arrested"] == 3
    assert same.summary["outcomes"]["detained"] is None
    other = extract(Document(text="Police detained five men and arrested three of them.", language="en"))
    assert other.summary["outcomes"]["detained"] == 5


@pytest.mark.parametrize(
    "text",
    [
        # bylines: an outlet or a date after the name on its own line, a photographer with an outlet
        "Three women held for trafficking\nMaria Reyes - The Manila Star\nPolice arrested Ana Cruz, 41, "
        "and Lita Santos, 35, who were charged with trafficking.",
        "Two men jailed for trafficking\nLaura Penn 15 May 2019\nTomas Berki, 41, and Ion Lupu, 35, were "
        "jailed for trafficking women to Leeds.",
        "Two men were jailed for trafficking women. File photograph: Frank Moore/The Irish Times\n\n"
        "Tomas Berki, 41, and Ion Lupu, 35, were sentenced on Monday.",
    ],
)  # fmt: skip
def test_bylines_and_credits_are_no_suspects(text: str) -> None:
    suspects = _suspects(text)
    assert len(suspects) == 2
    assert not any(name.startswith(("Maria", "Laura", "Frank")) for name in suspects)


def test_a_colonel_naming_the_suspects_is_an_official() -> None:
    text = "Col Mansouri identified the suspects as Ravi Kumar and Ali Khan, who were arrested."
    assert not any("Mansouri" in name for name in _suspects(text))


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # "and" before a number starts a new subject unless it closes a range
        ("Four of the accused were acquitted and two were convicted.", "convicted", 2),
        ("The girls, aged between 14 and 16, were rescued.", "victims", None),
        # two terms in one phrase: the longest
        ("Both men received sentences of eight and six years respectively.", "sentence_years", 8),
        ("Both men received sentences of eight and six years respectively.", "convicted", 2),
        ("The court sentenced them to between four and nine years in jail.", "sentence_years", 9),
        # a term handed to someone convicts them
        ("The trafficker was handed a 12-year prison term by the High Court.", "convicted", 1),
        ("He was handed a letter by police.", "convicted", None),
    ],
)  # fmt: skip
def test_terms_and_new_subjects(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Massage parlour raided\nGlenroy Lamb and Andrea Dunn, Star WritersAfter months of surveillance a "
         "parlour was raided and its manager, Peter Grant, 45, was arrested for trafficking.",
         "Peter Grant", "Glenroy Lamb"),
        ("Trafficking gang jailed\nBy Lawi Tun 7 October 2019\nMa Khin Win was jailed for 20 years for "
         "trafficking four women.", "Ma Khin Win", "Lawi Tun"),
        ("The operation was led by Atty. Dennis Reyes as agents arrested the woman, identified as "
         "Maria Cruz, at her home.", "Maria Cruz", "Dennis Reyes"),
        ("Detectives arrested Ronald McDonald, 45, and Kevin MacKenzie, 38, at the farm.", "Kevin MacKenzie",
         "Star"),
    ],
)  # fmt: skip
def test_staff_bylines_and_abbreviated_titles(text: str, kept: str, dropped: str) -> None:
    suspects = _suspects(text)
    assert kept in suspects
    assert not any(dropped in name for name in suspects)
    assert not any("WritersAfter" in name for name in suspects)


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a phrase inside a reduced clause is not the subject
        ("A local man and woman in their 60s, suspected to be the agency owner and caretaker, were also "
         "arrested.", "arrested", 2),
        ("Three people suspected of subjecting a young woman to domestic servitude have been arrested.",
         "arrested", 3),
        # an active perfect names who did the arresting
        ("Kenya has arrested a gang of organ traffickers.", "arrested", None),
        ("Moreno has been convicted of trafficking.", "convicted", 1),
    ],
)  # fmt: skip
def test_reduced_clauses_and_active_perfects(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def test_people_imprisoned_at_a_den_are_held_not_convicted() -> None:
    assert counts_of("29 Women Imprisoned at Nairobi Den Rescued in Daring Raid")["convicted"] is None
    assert counts_of("Four women imprisoned in a flat were freed.")["convicted"] is None
    assert counts_of("He was imprisoned for six years.")["convicted"] == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Two suspected recruiters were stopped at the border. Officials named them as Adaeze Okafor "
            "and Emeka Obi-Nwosu.",
            {"Adaeze Okafor", "Emeka Obi-Nwosu"},
        ),
        (
            "A man accused of running the brothel was arrested in Cebu. He was identified as Ramon Cruz "
            "Dela Pena.",
            {"Ramon Cruz Dela Pena"},
        ),
    ],
)
def test_suspects_named_by_a_pronoun_after_their_arrest(text: str, names: set[str]) -> None:
    assert set(_suspects(text)) == names


def test_a_rescued_girl_named_by_a_pronoun_is_no_suspect() -> None:
    text = "The girl was rescued from the flat by officers. She was identified as Mary Jones, 15."
    assert _suspects(text) == []


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a price paid by the victims is no criminal charge
        ("Two men were charged with forced labour. The eleven pickers were each charged $180 a week "
         "for a bed in a caravan.", "charged", 2),
        ("Police charged three people. The nine workers were charged recruitment fees of £2,000.",
         "charged", 3),
        # a sentence of yearly statistics is background
        ("Four people were charged on Monday with trafficking farmworkers. Agents searched six "
         "homes. The workers lived in trailers. In fiscal year 2024, the office charged 57 people "
         "with trafficking offences.", "charged", 4),
        # an active verb marked as more adds its object to the lead's count
        ("Six girls were rescued. The couple were arrested in May. Police in Thailand separately "
         "arrested a 50-year-old broker.", "arrested", 3),
        ("Three men were arrested at the farm. Officers also arrested a woman at her flat in "
         "Leicester.", "arrested", 4),
    ],
)  # fmt: skip
def test_fees_yearly_figures_and_arrests_marked_as_more(text: str, outcome: str, value: int) -> None:
    assert counts_of(text)[outcome] == value


def test_a_headline_in_capitals_names_nobody() -> None:
    text = "POLICE LAY TRAFFICKING CHARGES IN LABOUR CASE\n\nThe investigation continues, police said."
    assert counts_of(text)["charged"] is None


def test_prosecutors_named_together_under_one_plural_title_are_officials() -> None:
    text = (
        "Marcus Dale Owens, 41, was sentenced to 20 years for sex trafficking. Assistant U.S. Attorneys "
        "Laura K. Bishop and Daniel Ortiz prosecuted the case."
    )
    assert _suspects(text) == ["Marcus Dale Owens"]


def test_a_charging_list_of_defendants_one_per_line() -> None:
    text = (
        "A federal grand jury returned an indictment charging:\n\n"
        '- Rogerio Alves-Pinto, also known as "El Jefe," 49, of Tifton, Ga.;\n'
        "- Marisol Vega de Alves, 44, of Tifton, Ga.; and\n"
        '- Jhonny Cruz Mena, aka "Flaco," 31, of Moultrie, Ga.,\n\n'
        "with conspiracy to commit forced labor. Two of them were arrested on Tuesday."
    )
    assert set(_suspects(text)) == {"Rogerio Alves-Pinto", "Marisol Vega de Alves", "Jhonny Cruz Mena"}


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("The indictment identifies at least 40 workers, all of them men, as victims.", "victims", 40),
        ("Police identified the woman as Grace Obi, 41, and rescued six girls from her house.", "victims", 6),
        ("Agents executed search warrants at two homes in Tifton and a storage unit in Moultrie.",
         "premises_searched", 3),
        ("Officers executed search warrants at the two massage parlours and at a third property.",
         "premises_searched", 3),
        ("Police searched nine houses in the Manolada area and five addresses in Bulgaria.",
         "premises_searched", 14),
    ],
)  # fmt: skip
def test_identified_as_searched_places_listed_and_unrelated_developments(
    text: str, outcome: str, value: int
) -> None:
    assert counts_of(text)[outcome] == value


def test_an_unrelated_development_counts_nothing_of_the_case() -> None:
    text = (
        "Police rescued four women in Leeds. Two men were arrested. The women are being supported. "
        "In an unrelated development, officers in Hull freed 30 men from a farm."
    )
    assert extract(Document(text=text, language="en")).summary["victims"]["count"] == 4


def test_the_arraigned_were_charged() -> None:
    text = "Four fishermen were arraigned before the district court on Friday on charges of trafficking."
    assert counts_of(text)["charged"] == 4


def test_charges_against_the_other_or_remaining_ones_count_them() -> None:
    text = "Two men were released. Prosecutors filed trafficking charges against the other four."
    assert counts_of(text)["charged"] == 4
    assert counts_of("Prosecutors filed charges against the remaining three suspects.")["charged"] == 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # sentencing remarks address each defendant
        ("Marek Nowak, you pleaded guilty to arranging the travel of others. Irena Nowak, you were "
         "convicted by the jury after a trial lasting three weeks.", 2),
        ("Dale Price and Aaron Kent, at the first hearing you each pleaded guilty to conspiracy.", 2),
        ("Mr Tan, you have pleaded guilty to two charges of forced labour.", 1),
        # a name set off by commas after who the person is
        ("Karim Haddad was jailed for six years. His brother, Mr Samir Haddad, pleaded guilty to the "
         "same offence.", 2),
        # co-defendants and others are people besides those counted before
        ("A Denver man was sentenced to 20 years in prison. Three co-defendants previously pleaded "
         "guilty.", 4),
        ("The tribunal sentenced three men to life imprisonment and two others to eight years.", 5),
    ],
)  # fmt: skip
def test_defendants_addressed_apposed_or_counted_besides_others(text: str, value: int) -> None:
    assert counts_of(text)["convicted"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # the rest of a group adds nobody
        ("Police arrested five men. The others were released without charge.", "arrested", 5),
        ("Four men were charged. The two co-defendants were remanded.", "charged", 4),
    ],
)  # fmt: skip
def test_the_rest_of_a_group_adds_nobody(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a headline's people without an article, a number with its participle
        ("Man and woman arrested after raids on three nail bars", "arrested", 2),
        ("Couple jailed for keeping a man in a garden shed", "convicted", 2),
        ("18 arrested in raids on car washes across Kent", "arrested", 18),
        ("The driver was one of three arrested on Tuesday.", "arrested", 3),
        # an age in brackets between two people
        ("A man (41) and a woman (36) were arrested at the flat.", "arrested", 2),
        # an ordinal with "a" is one more, whatever the ordinal
        ("Five people were arrested in Leeds. A sixth person, a 40-year-old man, was arrested in "
         "Manchester.", "arrested", 6),
        # "the other" ones are the rest of a group
        ("Three men were arrested in Omagh. The two other men arrested have been released on bail.",
         "arrested", 3),
        ("Police charged five men. Charges against the other four were dropped.", "charged", 5),
        # executed arrest warrants are people arrested, not places searched; issued ones nobody yet
        ("Officers executed eight arrest warrants and searched 11 addresses.", "arrested", 8),
        ("Officers executed eight arrest warrants and searched 11 addresses.", "premises_searched", 11),
        ("A judge in Sofia issued four European arrest warrants.", "arrested", None),
    ],
)  # fmt: skip
def test_headline_people_bracketed_ages_ordinals_and_arrest_warrants(
    text: str, outcome: str, value: int | None
) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a forced entry or an inspection searches one place; an indefinite place searched on its own
        # is one more
        ("Officers forced entry to the flat on Tuesday. A second address, in Hulme, was searched the same "
         "day.", 2),
        ("Police forced entry to a house in Luton. An address in Bedford was searched the same morning.", 2),
        ("Labour officers inspected a construction site on the highway.", 1),
        # the same place named again, and a vessel boarded, are no more places searched
        ("Police raided a house in Leeds. The house was searched for hours.", 1),
        ("Officers boarded a trawler in the harbour.", None),
    ],
)  # fmt: skip
def test_forced_entries_inspections_and_places_searched_on_their_own(text: str, value: int | None) -> None:
    assert counts_of(text)["premises_searched"] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("Six people were arrested. Three of those arrested face charges of trafficking.", "charged", 3),
        ("Four of those detained were later charged.", "charged", 4),
        # a part of the arrested group held in custody is remanded, not detained again
        ("Nine were arrested. A court ordered three of those arrested held in custody.", "detained", None),
    ],
)  # fmt: skip
def test_part_of_the_arrested_group(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("Police arrested Ana Ruiz, 34, in Cali and Jose Lima, 29, in Bogota, and charged both with "
         "trafficking.", "charged", 2),
        ("Federal agents charge 12 with sex trafficking", "charged", 12),
        ("Ms Nambi was on Thursday charged with trafficking in persons.", "charged", 1),
    ],
)  # fmt: skip
def test_both_a_number_with_its_charge_and_a_weekday_before_the_verb(
    text: str, outcome: str, value: int
) -> None:
    assert counts_of(text)[outcome] == value


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # a term received or handed is a conviction
        ("Rita Mensah was jailed for nine years. The broker, Kofi Owusu, 37, who pleaded guilty, received "
         "six years and eight months.", "convicted", 2),
        ("Ann Lee was jailed. Her co-accused, 44-year-old Mary Tan, was handed a three-year sentence "
         "suspended for five years.", "convicted", 2),
        ("Her husband, Tendai Moyo, 54, was given 18 months' imprisonment.", "convicted", 1),
        # wages not received, and years of training, are no terms
        ("Several workers had received nothing for two months.", "convicted", None),
        ("She received two years of training as a nurse.", "sentence_years", None),
    ],
)  # fmt: skip
def test_terms_received_or_handed(text: str, outcome: str, value: float | None) -> None:
    assert counts_of(text)[outcome] == value


def test_the_person_after_a_possessive_is_the_one_counted() -> None:
    text = (
        "The court sentenced a 51-year-old man to two years. The girl's 47-year-old uncle was sentenced "
        "to one year and eight months."
    )
    assert counts_of(text)["convicted"] == 2
    assert counts_of("Agents recovered the victim's passport from a safe.")["victims"] == 1
