"""Names listed with places are places (fourth session): the small model tags some towns of a
list and leaves the others; the gazetteer confirms the rest in the country of their list-mates.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _summary(text: str) -> dict[str, Any]:
    return extract(Document(text=text, language="en")).summary


def test_every_town_of_a_list_of_raided_towns_is_a_place() -> None:
    got = _summary("Gardaí searched houses in Cavan, Drogheda, Sligo and Kilkenny on Tuesday.")
    assert {"Cavan", "Drogheda", "Sligo", "Kilkenny"} <= set(got["places"])


def test_list_mates_pick_the_country_of_an_ambiguous_town() -> None:
    got = _summary("Officers visited brothels in Cavan, Athlone, Sligo and Kilkenny and freed two women.")
    assert "Athlone" in got["places"]
    assert got["countries"]["destination"] == ["IE"]


def test_a_company_with_an_ampersand_in_a_list_is_not_a_place() -> None:
    got = _summary(
        "The vegetables were sold to Tesco, Asda, Marks & Spencer and Waitrose, "
        "detectives in Lincolnshire said after freeing six Latvian men."
    )
    assert not {"Marks", "Spencer", "Asda", "Waitrose"} & set(got["places"])


def test_a_list_of_people_gives_no_places() -> None:
    got = _summary("Detectives arrested Maria Lopez, Juan Perez and Sam Ortiz in Leeds after a raid.")
    assert got["places"] == ["Leeds"]


def test_a_place_searched_abroad_is_a_place_of_the_case() -> None:
    text = (
        "Spanish police freed eleven Paraguayan women from flats in Tarragona, Reus and Girona. "
        "A house was also searched in Lyon, where a man was arrested."
    )
    assert "Lyon" in _summary(text)["places"]


def test_a_country_revealed_by_a_town_lets_its_districts_resolve() -> None:
    text = (
        "Police rescued four girls in Dhangadhi on Sunday. The girls, from Kailali and Sarlahi "
        "districts, were being taken across the border, police said."
    )
    places = set(_summary(text)["places"])
    assert {"Dhangadhi", "Kailali", "Sarlahi"} <= places


def test_the_city_of_names_a_place() -> None:
    text = (
        "Agents raided a motel in the city of Toluca, capital of the State of Mexico, and rescued "
        "five Colombian women."
    )
    assert "Toluca" in _summary(text)["places"]


def test_jobs_promised_in_a_city_make_its_country_the_destination() -> None:
    text = (
        "Police arrested two men in Gujrat who were smuggling girls abroad for prostitution under "
        "the guise of employment in Dubai."
    )
    countries = _summary(text)["countries"]
    assert countries["destination"] == ["AE"]
    assert countries["origin"] == ["PK"]


def test_countries_listed_after_countries_including_take_its_relation() -> None:
    got = _summary(
        "Police arrested 12 suspects on farms in Andalusia. The workers were from countries "
        "including Nepal, Ghana and Peru."
    )
    assert {"NP", "GH", "PE"} <= set(got["countries"]["origin"])
    assert {"NP", "GH", "PE"} <= set(got["victims"]["nationalities"])


_LONG_OPENING = "Officers said the inquiry into the network took months of work across several forces. " * 12


def test_a_word_cut_off_at_the_end_of_a_long_excerpt_is_no_place() -> None:
    cut = "Six women were freed in Leeds. They came from Romania and were moved to Bristo"
    got = _summary(_LONG_OPENING + cut)
    assert "Bristo" not in got["places"]


def test_a_known_place_at_the_end_of_a_text_without_a_full_stop_stays() -> None:
    whole = "Six women were rescued in Leeds and taken to Bristol"
    assert "Bristol" in _summary(whole)["places"]
    assert "Bristol" in _summary(_LONG_OPENING + whole)["places"]


def test_a_name_after_in_a_flat_in_is_a_place_not_a_suspect() -> None:
    got = _summary(
        "Two men were arrested for imprisoning four women in a flat in Al Mushrif and forcing them "
        "into prostitution."
    )
    assert got["suspects"] == []
    assert got["places"] == ["Al Mushrif"]


def test_a_person_after_in_with_a_possessive_stays_a_person() -> None:
    got = _summary("Police found the women in Ahmed Karimi's house and arrested him for trafficking.")
    assert "Ahmed Karimi" not in got["places"]


def test_a_municipality_listed_after_another_is_a_place() -> None:
    got = _summary(
        "Police arrested 14 farm owners. The raids took place in the municipalities of Zafarraya and "
        "Alhama de Granada, where inspectors found 38 workers without contracts."
    )
    assert got["suspects"] == []
    assert "Alhama de Granada" in got["places"]


def test_workers_from_a_state_of_a_country_come_from_that_country() -> None:
    got = _summary(
        "According to the judgment, at least 23 workers from the Indian state of Punjab worked in the "
        "company's greenhouses. Most of them had entered Italy through the quota system after paying "
        "contacts in Punjab."
    )
    assert got["countries"] == {"origin": ["IN"], "destination": ["IT"]}


def test_a_language_spoken_is_no_nationality() -> None:
    got = _summary(
        "Police freed 12 workers from India at a farm near Latina. The workers, who spoke little Italian, "
        "were paid 3 euros an hour. They were interviewed in Punjabi with an Italian interpreter."
    )
    assert got["victims"]["nationalities"] == ["IN"]


def test_towns_of_one_country_reveal_the_country_the_text_never_names() -> None:
    got = _summary(
        "Gendarmes found 46 grape pickers living in a barn on a property outside Libourne. The workers "
        "were recruited in Morocco and supplied to wine estates around Pomerol."
    )
    assert "Libourne" in got["places"]
    assert got["countries"]["destination"] == ["FR"]


def test_the_adjective_philippine_is_a_nationality() -> None:
    got = _summary("Inspectors found 17 temporary foreign workers, all Philippine citizens, at a meat plant.")
    assert got["victims"]["nationalities"] == ["PH"]


def test_a_sentences_opening_adverb_is_no_listed_place() -> None:
    from threadline.extract.schema import to_schema

    text = (
        "Two jailed in Southampton.\n\nRebecca Hale, of CPS Wessex's Complex Casework Unit, said: "
        '"These young women came to the UK hoping for work and an education. Instead, Pham and Tran '
        'treated them as free labour, held an invented debt over them and locked them in at night."'
    )
    places = to_schema(extract(Document(text=text, id="t")), "t", "")["places"]
    assert "Instead" not in places
    assert "Southampton" in places


def test_a_long_town_name_in_a_list_after_in_is_a_place_not_a_suspect() -> None:
    got = _summary(
        "The workers were put in melon greenhouses in Odemira, Vila Nova de Milfontes and Almograve "
        "by a temporary work company the suspects controlled."
    )
    assert "Vila Nova de Milfontes" in got["places"]
    assert got["suspects"] == []


def test_a_body_ending_a_list_after_in_is_no_place() -> None:
    got = _summary(
        "The caseworker wrote to the Office for Trafficking in Human Beings and Labour Inspectorate."
    )
    assert not any("Inspectorate" in p for p in got["places"])


def test_a_possessive_the_ner_took_into_a_place_name_is_left_off() -> None:
    got = _summary("The women were made to sell sex in Sunny Beach's nightlife strip, the court heard.")
    assert "Sunny Beach" in got["places"]
    assert not any(p.endswith("'s") for p in got["places"])
