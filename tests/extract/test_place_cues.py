"""Places of the case and places that only frame it: datelines, forces named after their county,
where an official speaks from, partner forces listed by town. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from threadline.extract.pipeline import extract
from threadline.extract.places import geocode
from threadline.taxonomy.document import Document


def _places(text: str) -> list[str]:
    summary: dict[str, Any] = extract(Document(text=text, language="en")).summary
    return [p.casefold() for p in summary["places"]]


def test_dateline_town_is_not_a_place_of_the_case() -> None:
    got = _places(
        "KUALA LUMPUR, Malaysia -- Police freed eleven women from a massage parlour in Ipoh on "
        "Monday night and arrested two managers on suspicion of trafficking."
    )
    assert "ipoh" in got
    assert "kuala lumpur" not in got
    # named again in the story, the dateline's town is a place all the same
    again = _places(
        "NAIROBI: Detectives rescued nine girls from a house in Nairobi where they had been forced "
        "to work without pay."
    )
    assert "nairobi" in again


def test_county_police_force_is_not_a_place() -> None:
    got = _places(
        "Officers from Lincolnshire Police arrested three men at a car wash in Boston on Friday "
        "after finding six workers sleeping in a shipping container."
    )
    assert "boston" in got
    assert "lincolnshire" not in got
    # a US sheriff's office is the county's police
    got = _places(
        "Agents rescued 14 women from massage businesses in Sanford. The case was investigated by "
        "Homeland Security Investigations, the Orange County Sheriff's Office and the Seminole County "
        "Sheriff's Office."
    )
    assert "sanford" in got
    assert "orange" not in got and "seminole" not in got


def test_city_a_statement_was_issued_in_is_not_a_place() -> None:
    got = _places(
        "The agency said in a statement in Abuja that fourteen girls had been rescued from a "
        "brothel in Kano and returned to their families."
    )
    assert "kano" in got
    assert "abuja" not in got


def test_distance_from_the_capital_is_a_landmark() -> None:
    got = _places(
        "Forty workers were freed from a scam compound in Bavet, a four-hour drive from the "
        "country's capital, Phnom Penh."
    )
    assert "bavet" in got
    assert "phnom penh" not in got


def test_towns_of_partner_forces_are_not_places() -> None:
    got = _places(
        "Detectives rescued four women from a flat in Guelph. The operation was supported by police "
        "services from Kitchener, Waterloo, Brantford and Sarnia."
    )
    assert "guelph" in got
    assert not {"kitchener", "brantford", "sarnia"} & set(got)


def test_streets_and_web_addresses_are_not_places() -> None:
    street = _places(
        "Six women were rescued from a brothel in Wood Walk, Croydon, after a tip-off to the Metropolitan."
    )
    assert "wood walk" not in street
    site = _places("News of the raid in Leicester was first published by Agerpres.ro on Monday.")
    assert site == ["leicester"]


def test_towns_where_suspects_are_held_are_not_places() -> None:
    got = _places(
        "Gardai searched brothels in Athlone and Sligo. The four suspects are being held at Garda "
        "stations in Longford and Roscommon."
    )
    assert {"athlone", "sligo"} <= set(got)
    assert not {"longford", "roscommon"} & set(got)


def test_irish_towns_geonames_holds_under_irish_names() -> None:
    assert geocode("Mullingar", ["IE"]) is not None
    assert geocode("Clonmel", ["IE"]).country == "IE"  # type: ignore[union-attr]


def test_a_curated_district_yields_to_a_town_of_the_texts_country() -> None:
    edmonton = geocode("Edmonton", ["CA"])
    assert edmonton is not None and edmonton.country == "CA"
    assert geocode("Edmonton", ["GB"]).country == "GB"  # type: ignore[union-attr]


def test_compass_region_found_under_its_hyphenated_name() -> None:
    north_west = geocode("North West", ["ZA"])
    assert north_west is not None and north_west.country == "ZA"


def test_a_surname_of_someone_named_in_full_is_not_a_place() -> None:
    got = _places(
        "Samuel Pratt, 34, was arrested at a motel in Columbia. A team of officers met with the victim "
        "while a second team spoke with Pratt, May said."
    )
    assert got == ["columbia"]


def test_after_a_preposition_of_place_the_surname_is_a_town() -> None:
    got = _places(
        "Samuel Pratt, 34, was arrested at a motel in Columbia. A second team spoke with Pratt, May "
        "said. Officers also searched a house in Pratt, Kansas."
    )
    assert "pratt" in got


def test_a_first_name_with_an_age_or_a_kin_word_is_no_town() -> None:
    text = (
        "William Stone, 52, was jailed for six years and his wife Mary, 48, received two years for "
        "forcing homeless men to lay driveways. The men lived in caravans on a site in Cheltenham."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert "Mary" not in summary["places"]  # a city in Turkmenistan too
    assert summary["countries"]["destination"] == ["GB"]


def test_an_irish_county_written_co_is_a_place_of_its_country() -> None:
    text = (
        "Gardaí searched three houses in Co. Leitrim and a man was arrested by the PSNI in Co Tyrone "
        "after two Romanian women were found working without pay."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert {"Co. Leitrim", "Co Tyrone"} <= set(summary["places"])
    assert set(summary["countries"]["destination"]) <= {"IE", "GB"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police rescued 14 labourers from a kiln in the Dumariya area on Monday.", "Dumariya"),
        ("The girls, aged 16 and 17, are from Khaptad Rural Municipality in the far west.", "Khaptad"),
        ("Officers found the workers at a farm in Borlesti village after a tip-off.", "Borlesti"),
    ],
)
def test_a_named_area_village_or_rural_municipality_is_a_place(text: str, place: str) -> None:
    places = extract(Document(text=text, language="en")).summary["places"]
    assert any(place in p for p in places)


def test_an_area_named_after_a_road_is_no_place() -> None:
    text = "Two men were arrested in the Ormeau Road area of the city on suspicion of trafficking."
    assert not any("Ormeau" in p for p in extract(Document(text=text, language="en")).summary["places"])


def test_places_of_an_earlier_case_told_as_background_are_not_the_cases() -> None:
    text = (
        "Police rescued four men from a car wash in Wakefield. They had worked there for months. "
        "Two men were arrested at the site. In 2019, a couple in Carlisle were jailed for a similar "
        "offence. In a separate case, a man from Truro admitted forced labour."
    )
    places = _places(text)
    assert "wakefield" in places
    assert "carlisle" not in places and "truro" not in places


def test_places_of_an_earlier_operation_the_case_follows_are_not_the_cases() -> None:
    text = (
        "Hawks freed nine women from a house in Sunnyside. They had been lured from Maputo. Three people "
        "were arrested at the house. The case follows a 2024 operation in Gqeberha in which 12 women "
        "were found in a guesthouse."
    )
    places = _places(text)
    assert "sunnyside" in places
    assert "gqeberha" not in places


def test_a_report_opening_on_a_date_keeps_its_places() -> None:
    text = "In 2023, police in Swindon rescued three women from a flat. Two men were charged."
    assert "swindon" in _places(text)


def test_a_place_of_the_case_also_named_in_background_stays() -> None:
    text = (
        "Officers raided a farm near Boston, Lincolnshire. Eleven workers were found. Three men were "
        "arrested. In 2018, another gang was broken up in Boston. The workers are now safe."
    )
    assert "boston" in _places(text)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("The girl was groomed through Snapchat and Instagram by a man from Derby.", "Instagram", "Derby"),
        ("Children were sent to steal in EU capitals; four were found in Milan.", "EU", "Milan"),
        ("Prosecutors of Bosnia and Herzegovina said homes in Tuzla were searched.", "Herzegovina", "Tuzla"),
    ],
)
def test_platforms_unions_and_country_name_halves_are_no_places(text: str, absent: str, present: str) -> None:
    places = _places(text)
    assert absent.casefold() not in places and present.casefold() in places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the small model calls these towns a date and a product
        (
            "Five women were rescued from a house in Winnipeg on Tuesday. Police in Canada said the "
            "women had been forced into prostitution.",
            "winnipeg",
        ),
        (
            "Four women were rescued from a house in Murcia on Tuesday. Police in Spain said the women "
            "had been forced into prostitution.",
            "murcia",
        ),
    ],
)
def test_a_town_after_in_that_the_model_misreads_is_still_a_place(text: str, town: str) -> None:
    assert town in _places(text)


def test_a_month_after_in_is_no_town() -> None:
    # March is also a town in Cambridgeshire: a month after "in" must not become it
    got = _places(
        "Two women were rescued from a flat in Peterborough in March. Police in England said they "
        "had been forced into prostitution."
    )
    assert got == ["peterborough"]


def test_hyphenated_town_names_are_whole() -> None:
    got = _places(
        "Four men were found living in a shed behind a car wash in Burton-on-Trent. Police in "
        "England arrested the owner."
    )
    assert "burton-on-trent" in got
    assert "burton" not in got


@pytest.mark.parametrize(
    ("name", "country", "known_as"),
    [("Cologne", "DE", "Köln"), ("Bangalore", "IN", "Bengaluru"), ("Frankfurt", "DE", "Frankfurt am Main"),
     ("Saigon", "VN", "Ho Chi Minh City"), ("Bombay", "IN", "Mumbai"),
     ("Newcastle-upon-Tyne", "GB", "Newcastle upon Tyne")],
)  # fmt: skip
def test_english_and_older_town_names_reach_the_gazetteer(name: str, country: str, known_as: str) -> None:
    place = geocode(name, [country])
    assert place is not None and (place.country, place.name) == (country, known_as)


def test_an_english_town_name_is_kept_as_written() -> None:
    got = _places(
        "German police raided three brothels in Cologne and freed eleven women from Romania. "
        "Two suspects were arrested."
    )
    assert "cologne" in got


def test_a_village_of_the_text_country_does_not_stand_for_a_world_city() -> None:
    # India has a village called Dubai; an Indian report naming Dubai means the emirate's city
    place = geocode("Dubai", ["IN"])
    assert place is not None and place.country == "AE"
    # a real town of the text's country still wins over a bigger namesake abroad
    boston = geocode("Boston", ["GB"])
    assert boston is not None and boston.country == "GB"


def test_compass_words_headings_and_car_makes_are_no_places() -> None:
    got = _places(
        "An operation across West, Central and East Africa led to 90 arrests. In Ghana, police freed "
        "nine girls from a house in Kumasi.\n\nBackground\n\nThe suspect drove a 2019 Dodge Charger "
        "that was seized in Kumasi."
    )
    assert "kumasi" in got
    assert not {"west", "central", "background", "dodge"} & set(got)


def test_latin_american_prosecutors_offices_are_agencies() -> None:
    summary = extract(
        Document(
            text="The Fiscalía General de la Nación dismantled a network that sent Colombian women to "
            "Mexico, where the Fiscalia General de la Republica arrested two recruiters.",
            language="en",
        )
    ).summary
    agencies = " | ".join(summary["agencies"])
    assert "Fiscalía General de la Nación" in agencies
    assert "Fiscalía General de la República" in agencies


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Alleged perpetrator: Bisi Adeyemi. She was brought to the UK by Ms Adeyemi.", "Ms Adeyemi"),
        ("News | Counties | Business | Diaspora | Opinion | Sports | ePaper\n40 Kenyans home after "
         "escaping a scam compound. Police in Nairobi freed 12 women.", "Counties"),
        ("EMPACT brings together Member States, EU institutions and agencies to tackle organised crime.",
         "Member States"),
    ],
)  # fmt: skip
def test_titled_people_menus_and_eu_terms_are_no_places(text: str, dropped: str) -> None:
    assert dropped.casefold() not in [p.casefold() for p in _places(text)]


def test_a_federal_courts_district_is_not_a_place() -> None:
    # the small model sometimes tags "Middle District" a GPE; the district is a court's, named by its state
    from threadline.extract.case import _not_a_place
    from threadline.extract.types import Mention

    text = "The case was prosecuted by the U.S. Attorney's Office, Middle District of Florida."
    start = text.index("Middle")
    district = Mention("place", (start, start + 15), "Middle District", "Middle District", "ner:en", 0.8, {})
    assert _not_a_place(district, text)
    town = "Police in the Middle District raided a brothel."
    start = town.index("Middle")
    assert not _not_a_place(
        Mention("place", (start, start + 15), "Middle District", "Middle District", "ner:en", 0.8, {}), town
    )


def test_a_town_read_as_a_person_only_where_it_stands_is_a_place() -> None:
    # the small model tags "Mae Sot" PERSON; no person of that name is anywhere else in the text
    got = _places(
        "Four men from Sri Lanka answered an advert for jobs in Bangkok. On arriving in Bangkok they "
        "were driven to Mae Sot and taken across the river into Myanmar, where their passports were taken."
    )
    assert "mae sot" in got


def test_a_persons_full_name_is_never_split_into_places() -> None:
    got = _places(
        "Six workers were freed from a ranch in Texas. Assistant U.S. Attorney Karen Doucet and Trial "
        "Attorney Marcus Hale of the Civil Rights Division prosecuted the case."
    )
    assert "hale" not in got and "marcus" not in got and "marcus hale" not in got


def test_a_town_the_ner_half_called_a_person_is_read_whole() -> None:
    # the small model tags only "Volturno" PERSON; the person is widened to two words, the place too
    for text in (
        "Nigerian women were exploited in Italy. Police rescued 12 women from a brothel in Castel "
        "Volturno, near Naples.",
        "Nigerian women were exploited in Italy. Location: Castel Volturno (province of Caserta).",
    ):
        assert "castel volturno" in _places(text), text


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # the job offered was a lure: where they were taken is the destination
        ("Nine Kenyan men answered adverts for hotel jobs in Dubai. They were instead trafficked to "
         "Oman, where they were forced to work on farms without pay.", ["OM"]),
        # the job offered is the destination when the text tells no other
        ("Nine Kenyan men were recruited with promises of hotel jobs in Dubai. A recruiter in Nairobi "
         "took their passports and fees.", ["AE"]),
    ],
)  # fmt: skip
def test_a_promised_job_abroad_is_the_destination_only_when_no_other_is_told(
    text: str, destination: list[str]
) -> None:
    countries = extract(Document(text=text, language="en")).summary["countries"]
    assert countries["destination"] == destination


def test_a_one_country_body_places_small_towns_in_its_country() -> None:
    # no country named: the PSNI and HMRC make it Northern Ireland, so Newry is found there
    text = (
        "Two men have been arrested and four other men safeguarded after police searched a hand car "
        "wash in Newry on Tuesday. Officers from the PSNI, supported by HMRC, carried out the search. "
        "The four men, believed to be Romanian nationals, are being supported."
    )
    summary: dict[str, Any] = extract(Document(text=text, language="en")).summary
    assert "newry" in [p.casefold() for p in summary["places"]]
    assert summary["countries"]["destination"] == ["GB"]


def test_agency_countries_are_country_codes() -> None:
    from threadline.extract.lexicon import agency_countries
    from threadline.extract.places import country_code

    countries = agency_countries()
    assert countries["Police Service of Northern Ireland (PSNI)"] == "GB"
    assert "Europol" not in countries  # international bodies serve no one country
    assert all(len(code) == 2 and code.isupper() for code in countries.values())
    assert country_code("Romania") == "RO" and countries["DIICOT"] == "RO"


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # where the victims' families live is home, not where they were exploited
        ("Lincolnshire Police said four Romanian men worked at a farm in Spalding for no pay. Their boss "
         "told them that people know where their families live in Craiova.", ["GB"]),
        # British victims at towns in Britain, one from abroad: a domestic case
        ("Gloucestershire Constabulary said the men were picked up from hostels in Gloucester and "
         "Cheltenham and made to lay driveways for no pay. Eight of the men were British and one was "
         "from Lithuania.", ["GB"]),
    ],
)  # fmt: skip
def test_home_towns_and_one_foreign_victim_do_not_move_the_destination(
    text: str, destination: list[str]
) -> None:
    countries = extract(Document(text=text, language="en")).summary["countries"]
    assert countries["destination"] == destination


def test_share_bars_and_foreign_bodies_are_no_places() -> None:
    text = (
        "Share: Facebook · X · LinkedIn · Print\n\n"
        "Police in Monterrey rescued nine women from a bar. The Fiscalía General de la República said "
        "two men were arrested. Complaints can be made through Brazil's Ipê system."
    )
    got = _places(text)
    assert "monterrey" in got
    assert not {"print", "fiscalía", "fiscalia", "ipê", "ipe"} & set(got)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a group told by origin, number by number
        ("Fourteen crew were found. Eleven are from Indonesia and three from the Philippines.", ["ID", "PH"]),
        ("The four women, three from Brazil and one from Mozambique, worked at the hotel.", ["BR", "MZ"]),
        # a demonym of two words the NER tags as nothing
        ("Police freed 73 Indian nationals and 18 Sri Lankans held in a scam compound.", ["IN", "LK"]),
    ],
)
def test_victims_told_by_origin_number_by_number(text: str, codes: list[str]) -> None:
    nationalities = extract(Document(text=text, language="en")).summary["victims"]["nationalities"]
    assert set(codes) <= set(nationalities)


def test_parts_of_a_group_told_as_n_of_a_country_are_its_origins() -> None:
    text = (
        "Police in Odemira freed 28 workers. The victims, 27 men and one woman aged between 21 and 46 – "
        "19 of Nepal, six of India and three of Bangladesh – worked in the raspberry harvest."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert summary["countries"]["origin"] == ["NP", "IN", "BD"]


def test_n_of_a_countrys_things_is_no_origin() -> None:
    summary = extract(
        Document(text="Two of Italy's ports were used by the gang to move 14 women.", language="en")
    ).summary
    assert summary["countries"]["origin"] == []


@pytest.mark.parametrize(
    "other_time",
    [
        "In a 2019 trial, eleven members of a family from Carlisle were convicted.",
        "For comparison: in 2024 inspectors found 2,870 illegal workers in Carlisle.",
    ],
)
def test_an_earlier_trial_and_a_comparison_year_are_background(other_time: str) -> None:
    text = (
        "Police rescued four men from a car wash in Wakefield. They had worked there for months. "
        f"Two men were arrested at the site. {other_time}"
    )
    places = _places(text)
    assert "wakefield" in places and "carlisle" not in places


def test_a_breadcrumbs_section_is_no_place() -> None:
    text = "News | Crime | Bundaberg\n\nTwo men were charged after seven workers were found on a farm."
    assert "crime" not in _places(text)
