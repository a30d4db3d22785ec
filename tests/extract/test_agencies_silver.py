"""Agencies the real_silver misses pointed at: national bodies of the lexicon, shapes of agency
names (missions abroad, fire services, centres), acronyms a text spells out itself, and people
named beside a charity. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from threadline.extract import organisations
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _agencies(text: str) -> list[str]:
    summary: dict[str, Any] = extract(Document(text=text, language="en")).summary
    return summary["agencies"]


def _folded(text: str) -> list[str]:
    return [a.casefold() for a in _agencies(text)]


def test_uk_inspectorates_of_the_lexicon_are_agencies() -> None:
    got = _folded(
        "Inspectors from the Health and Safety Executive and HM Revenue and Customs joined officers "
        "from Kent Police when they visited a hand car wash in Ashford on Monday."
    )
    assert "health and safety executive" in got
    assert "hm revenue and customs (hmrc)" in got


def test_scotland_yard_is_the_metropolitan_police() -> None:
    got = _agencies(
        "Scotland Yard said on Friday that two men had been charged with holding a woman as a slave."
    )
    assert got == ["Metropolitan Police (Scotland Yard)"]


def test_an_embassy_that_helps_is_an_agency() -> None:
    got = _folded(
        "Seven fishermen were freed after the Cambodian Embassy in Jakarta asked local police to "
        "search the boat, which had been moored off Ambon for months."
    )
    assert any(a.startswith("cambodian embassy") for a in got)


def test_a_fire_service_after_a_comma_of_a_list_is_its_own_agency() -> None:
    got = _folded(
        "The raid on the nail bar was carried out by Essex Police, the Home Office, North Essex Fire "
        "and Rescue and officials from the local council."
    )
    assert "north essex fire and rescue" in got


def test_a_centre_is_an_agency_and_a_shopping_centre_is_not() -> None:
    assert organisations.org_kind("Refugee Support Centre") == "agency"
    assert organisations.org_kind("Riverside Shopping Centre") is None


def test_a_translated_name_keeps_the_native_acronym() -> None:
    found = organisations.acronyms("Officers of the Judicial Police (PJ) searched three farms near Beja.")
    assert found["PJ"] == "Judicial Police (PJ)"


def test_a_text_acronym_for_another_countrys_body_is_not_the_lexicon_one() -> None:
    got = _agencies(
        "Agents of the Paraguayan National Police (PNP) freed twelve teenagers from a ranch near Concepcion. "
        "The PNP said that four men were arrested."
    )
    assert "Philippine National Police (PNP)" not in got
    assert any(a.startswith("Paraguayan National Police") for a in got)


def test_a_bare_acronym_takes_the_long_name_the_text_spells_out() -> None:
    text = (
        "Rescuers from Gram Seva Trust Mandal (GSTM) went to the kiln. A GSTM worker said forty were freed."
    )
    start = text.index("GSTM worker")
    mention = organisations.organisation(
        text, (start, start + 4), "GSTM", extractor="test", boilerplate=False, sentence=text, kind="ngo"
    )
    assert mention is not None and mention.value == "Gram Seva Trust Mandal (GSTM)"


def test_the_founder_of_a_charity_is_not_the_charity() -> None:
    assert not organisations.ngo_by_context("", ", the founder of Harbour Charity, said that")
    assert organisations.ngo_by_context("", ", a charity that helps women leave abuse")


def test_police_services_listed_by_area_are_each_a_force() -> None:
    got = _agencies(
        "Partner agencies in the operation included police services from Guelph, Waterloo Region, "
        "Sarnia and the OPP, which led it."
    )
    assert "Guelph Police Service" in got
    assert "Waterloo Regional Police" in got
    assert "Sarnia Police Service" in got
    assert "Ontario Provincial Police (OPP)" in got


def test_area_police_beside_the_force_of_that_area_is_that_force() -> None:
    got = _agencies(
        "The Manitoba First Nations Police said four women were freed. Manitoba-wide police have "
        "been told to look out for the vans."
    )
    assert [a.casefold() for a in got if "police" in a.casefold()] == ["manitoba first nations police"]


def test_a_number_or_all_before_police_is_no_force() -> None:
    got = _folded(
        "Thirty-two police officers searched the farm near Bristol. All police leave was cancelled, "
        "Avon and Somerset Police said."
    )
    assert got == ["avon and somerset police"]


def test_this_before_a_name_is_not_part_of_it() -> None:
    assert organisations.clean_org("This National Police") == "National Police"


def test_generic_country_police_folds_into_the_countrys_named_force() -> None:
    got = _agencies(
        "Italian police free nine farm workers.\n\nThe Italian Financial Guard said the men were paid "
        "two euros an hour near Latina."
    )
    assert [a for a in got if "Italian" in a] == ["Italian Financial Guard"]


def test_courts_written_in_lower_case() -> None:
    got = _agencies(
        "The couple were jailed at Exeter crown court on Friday. A week earlier the victims had won a "
        "high court claim for their lost wages."
    )
    assert "Exeter Crown Court" in got
    assert "High Court" in got
    assert _agencies("He will appear at crown court next month, police said.") == []
    # "in federal court" names no court: releases name the district court when it matters
    assert _agencies("He was sentenced in federal court today for a labor trafficking scheme.") == []


def test_a_country_written_before_a_known_body_stays_in_its_name() -> None:
    got = _agencies(
        "The arrests followed a tip from the United Kingdom National Crime Agency to officers in Lagos."
    )
    assert got == ["United Kingdom National Crime Agency (NCA)"]


def test_a_countrys_forces_named_by_its_adjective() -> None:
    got = _agencies(
        "Vietnam's labour ministry said 40 workers were owed wages, and Malaysian immigration detained "
        "the two recruiters at the airport."
    )
    assert "Vietnam's labour ministry" in got
    assert "Malaysian immigration" in got
    assert _agencies("The Laotian military junta has ruled the province for years.") == []


def test_a_unit_written_with_its_bodys_acronym() -> None:
    got = _agencies(
        "Nine men were arrested, the FBI's Denver division said. The RCMP's Kelowna Detachment "
        "helped with the search."
    )
    assert "FBI Denver division" in got
    assert "RCMP Kelowna Detachment" in got


def test_a_unit_after_its_body_and_a_dash_is_one_name() -> None:
    got = _agencies(
        "The raid was led by the National Bureau of Investigation – Cybercrime Division, which "
        "arrested two men in Pasig."
    )
    assert "National Bureau of Investigation – Cybercrime Division" in got


def test_a_prosecutors_title_is_a_person_not_a_body() -> None:
    assert organisations.org_kind("Senior Crown Prosecutor") is None
    assert organisations.org_kind("Prosecutor General's Office") == "agency"


def test_a_possessive_noun_after_a_name_is_a_post_not_the_ngo() -> None:
    assert not organisations.ngo_by_context("", ", the foundation's director, said the men were paid")


def test_the_author_of_figures_or_a_report_does_not_act() -> None:
    text = "Home Office figures show referrals rose by a third last year."
    mention = organisations.organisation(
        text, (0, 11), "Home Office", extractor="test", boilerplate=False, sentence=text
    )
    assert mention is not None and mention.attributes["acting"] is False


def test_a_team_named_for_its_work_is_an_agency() -> None:
    got = _agencies(
        "The victims were found by the Rapid Response team of the district, and officers of the "
        "Durban Task Team arrested the owner."
    )
    assert "Rapid Response team" in got
    assert "Durban Task Team" in got


def test_two_courts_of_one_level_named_together_are_each_a_court() -> None:
    got = _agencies("The men will appear in the Polokwane and Mokopane Magistrate courts on Friday.")
    assert "Polokwane Magistrate Court" in got
    assert "Mokopane Magistrate Court" in got


def test_police_in_a_named_region_with_its_article() -> None:
    got = _agencies("Police in the Eastern Cape have freed eleven girls held in a tavern.")
    assert got == []  # a direction word starts the area: not a force's name
    got = _agencies("Police in the Bay Islands have freed eleven girls held in a bar.")
    assert got == ["Bay Islands police"]


def test_a_crime_branch_is_an_agency() -> None:
    assert organisations.org_kind("Surat Crime Branch") == "agency"


def test_a_lexicon_name_that_ends_like_a_possessive_is_found_whole() -> None:
    assert organisations.org_kind("Barnardo's") == "ngo"


def test_laws_orders_and_frontiers_are_not_bodies() -> None:
    assert organisations.org_kind("European Arrest Warrants") is None
    assert organisations.org_kind("European Investigation Orders") is None
    assert organisations.org_kind("Thailand-Myanmar Border") is None
    assert organisations.org_kind("Thai Border Police") == "agency"


def test_a_generic_law_enforcement_agency_is_no_name() -> None:
    text = "A retired officer of a Law Enforcement Agency was among those held."
    start = text.index("Law")
    mention = organisations.organisation(
        text,
        (start, start + 22),
        "Law Enforcement Agency",
        extractor="test",
        boilerplate=False,
        sentence=text,
    )
    assert mention is None


def test_moldovan_police_is_the_moldovan_anti_trafficking_centre_the_text_names() -> None:
    got = _agencies(
        "Moldovan police free five women.\n\nOfficers of the Centre for Combating Trafficking in Persons "
        "searched four flats in Chisinau on Tuesday."
    )
    assert got == ["Centre for Combating Trafficking in Persons"]


def test_bodies_named_for_the_fight_against_trafficking() -> None:
    assert organisations.org_kind("Anti-Human Trafficking Circle") == "agency"
    assert organisations.org_kind("Anti Trafficking Cell") == "agency"
    assert organisations.org_kind("Anti-Trafficking in Persons") is None
    assert organisations.org_kind("Anti-Trafficking Act") is None


def test_a_cid_and_a_welfare_board_are_agencies_and_a_bracketed_cid_is_not() -> None:
    assert organisations.org_kind("Sharjah CID") == "agency"
    assert organisations.org_kind("Labour Welfare Board") == "agency"
    assert organisations.org_kind("Central Industrial District (CID)") is None


def test_generic_prosecutors_fold_into_the_prosecutors_office_the_text_names() -> None:
    from threadline.extract.organisations import resolve_agency_aliases

    assert resolve_agency_aliases(["DIICOT", "Romanian prosecutors", "Europol"]) == ["DIICOT", "Europol"]
    assert resolve_agency_aliases(["Chilean prosecutors", "Interpol"]) == ["Chilean prosecutors", "Interpol"]


def test_a_countrys_policy_or_system_is_not_its_service() -> None:
    assert _agencies("Critics said Canadian immigration policy left the workers exposed to abuse.") == []


def test_a_country_after_a_preposition_is_not_part_of_the_next_name() -> None:
    text = "The women were found in Spain National Crime Agency officers said on Monday."
    start = text.index("National")
    mention = organisations.organisation(
        text, (start, start + 21), "National Crime Agency", extractor="test", boilerplate=False, sentence=text
    )
    assert mention is not None and mention.value == "National Crime Agency (NCA)"


def test_continents_in_a_list_of_police_forces_are_no_forces() -> None:
    got = _agencies("The summit gathered police forces from Europe, Asia and Africa in Lyon last week.")
    assert got == []


def test_a_kind_of_police_working_in_a_city_is_not_that_citys_police() -> None:
    got = _agencies(
        "German police raided six flats. According to federal police in Hamburg, "
        "the men were paid three euros an hour."
    )
    assert "Hamburg police" not in got


def test_police_limits_are_a_jurisdiction_not_a_force() -> None:
    got = _agencies(
        "The children were found near the bus stand under Kotwali Bazar police limits, Patna Police said."
    )
    assert [a.casefold() for a in got] == ["patna police"]


def test_a_district_child_protection_unit_in_lower_case() -> None:
    got = _agencies(
        "Officers and the district child protection unit took the nine boys to a shelter in Puri."
    )
    assert got == ["District Child Protection Unit (DCPU)"]


def test_english_and_welsh_forces_named_together_and_a_highway_patrol() -> None:
    text = "Last spring, Gwent Police and Merseyside Police raided six addresses and arrested four people."
    assert {"Gwent Police", "Merseyside Police"} <= set(_agencies(text))
    text = "Deputies, backed by the Texas Highway Patrol, served warrants at three farms near Abilene."
    assert "Texas Highway Patrol" in _agencies(text)


def test_canada_s_labour_department_and_the_a21_charity_are_agencies() -> None:
    text = (
        "Employment and Social Development Canada (ESDC) suspended the farm's permits after a tip. "
        "A21 supported the women after police raided the house."
    )
    agencies = extract(Document(text=text, language="en")).summary["agencies"]
    assert "Employment and Social Development Canada (ESDC)" in agencies and "A21" in agencies
