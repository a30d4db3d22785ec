"""General mechanisms found on real pages: counts next to money and coordination, page furniture,
forces written in lower case, initials, transit countries, Romanian offices and group heads.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.support import counts_of
from threadline.extract.boilerplate import split_segments
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document


def _summary(text: str, language: str | None = "en") -> dict[str, Any]:
    return extract(Document(text=text, language=language)).summary


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        ("Officers found £45,000 in cash when they searched the flat.", "victims", None),
        ("More than €12,000 was found and 3 women were freed.", "victims", 3),
        ("Three Albanian and four Vietnamese men were rescued from the farm.", "victims", 7),
        ("Two Romanian and five Bulgarian women were freed in the raids.", "victims", 7),
        ("The inquiry began when one of the victims went to the police.", "victims", None),
        ("Ancheta a pornit după ce una dintre victime a depus plângere.", "victims", None),
        ("Police rescued six of the women from the house.", "victims", 6),
        ("Police arrested two women aged 33 and 27 along with a 19-year-old man.", "arrested", 3),
        ("Sixty officers took part in a dawn raid on a house in Luton.", "premises_searched", 1),
        ("Officers raided a car wash in Hull and searched two other premises.", "premises_searched", 3),
        ("Officers searched a car for drugs.", "premises_searched", None),
        ("Inspectors ended the season with a raid rescuing 17 workers from a vineyard.", "victims", 17),
        ("An operation freeing 8 women from two flats was launched in May.", "victims", 8),
        # "all 25" is their age: the three people named are the count, not 25
        ("Tom Hill (left), Sam Hill (centre) and Ian Hill (right), all 25, were charged.", "charged", 3),
        ("Two people were detained and 44 seasonal workers released in raids on three farms.", "victims", 44),
        ("Two men who were arrested last week were released on bail.", "victims", None),
        ("Four women had been kept under domestic servitude for a decade.", "victims", 4),
        ("Police said the three suspects will be charged under the anti-trafficking law.", "charged", None),
        ("The two men are expected to be sentenced in March.", "convicted", None),
    ],
)
def test_count_binding(text: str, outcome: str, value: int | None) -> None:
    assert counts_of(text)[outcome] == value


def test_schema_outcomes_use_the_counters_summary() -> None:
    text = (
        "Police searched three homes in Leeds. Officers later searched a further two homes in "
        "Bradford and arrested two men and a woman."
    )
    outcomes = _summary(text)["outcomes"]
    assert outcomes["arrested"] == 3
    assert outcomes["premises_searched"] == 5


def test_read_more_does_not_turn_its_paragraph_into_boilerplate() -> None:
    text = (
        "The two suspects were handed to the anti-trafficking agency for questioning. Read more\n\n"
        "Related posts"
    )
    segments = split_segments(text)
    assert not segments[0].is_boilerplate
    assert all(s.is_boilerplate for s in segments[1:])


def test_force_written_with_lower_case_police_acts_and_is_no_person() -> None:
    text = (
        "Officers from Kent and Essex police arrested two men at a car wash in Dartford on Monday. "
        "The men were questioned at Gravesend police station."
    )
    summary = _summary(text)
    # two forces written together: each is acting
    assert {"kent police", "essex police"} <= {a.casefold() for a in summary["agencies"]}
    assert any("Gravesend police station" in a for a in summary["agencies"])
    assert "Kent" not in summary["suspects"]


def test_a_police_station_with_an_article_is_a_building() -> None:
    summary = _summary("A 30-year-old man was taken to a south Leeds police station after the raid.")
    assert not any("police station" in a for a in summary["agencies"])


def test_police_chief_is_no_agency_by_the_lower_case_rule() -> None:
    summary = _summary("The Battambang police chief said the workers had been freed on Friday.")
    assert not any(a.endswith("police") for a in summary["agencies"])


def test_initial_and_surname_is_a_person() -> None:
    text = (
        "Police in Leeds arrested V. Dumitrescu, 29, and T. Lungu on suspicion of trafficking two "
        "women from Romania."
    )
    suspects = _summary(text)["suspects"]
    assert "V. Dumitrescu" in suspects
    assert "T. Lungu" in suspects


def test_country_passed_through_is_not_the_origin() -> None:
    text = (
        "Ghanaian police have rescued nine young women who were being taken to Lebanon via Togo, "
        "the police said."
    )
    countries = _summary(text)["countries"]
    assert "TG" not in countries["origin"]
    assert "TG" not in countries["destination"]


def test_the_rescuing_country_is_the_origin_when_nothing_else_says() -> None:
    text = "Senegalese security forces have rescued twelve girls who were heading to Mali."
    assert _summary(text)["countries"]["origin"] == ["SN"]


def test_romanian_offices_named_by_town_and_spelled_out_services() -> None:
    text = (
        "Poliția din Torino și Parchetul din Milano au anchetat gruparea, cu sprijinul "
        "Serviciului Investigații Criminale Brașov. Au fost reținute patru persoane."
    )
    agencies = _summary(text, "ro")["agencies"]
    assert any(a.startswith("Poliția din Torino") for a in agencies)
    assert any(a.startswith("Parchetul din Milano") for a in agencies)
    assert any(a.startswith("Serviciul Investigații Criminale") for a in agencies)


def test_romanian_group_heads_are_suspects() -> None:
    text = "Șefii grupării erau Florian Dobre, zis Bebe, și Laurențiu Marin, au precizat anchetatorii."
    suspects = _summary(text, "ro")["suspects"]
    assert "Florian Dobre" in suspects
    assert "Laurențiu Marin" in suspects


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The contractor paid each family an advance of Rs 20,000 and they could not leave.", "debt_bondage"),
        ("Workers were brought in under the guise of seasonal farm work and then exploited.",
         "false_job_offer"),
        ("Unele victime credeau că vor lucra legal în Germania, dar au fost exploatate sexual.",
         "false_job_offer"),
    ],
)  # fmt: skip
def test_recruitment_cues(text: str, label: str) -> None:
    language = "ro" if "victime" in text else "en"
    assert label in _summary(text, language)["recruitment"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The owner took their bikes to prevent them from escaping the kiln.", "restriction_of_movement"),
        ("Their passports and work permits were taken when they arrived.", "retention_of_documents"),
        ("The crew were denied medicine and given inadequate food for months.", "abusive_conditions"),
        ("Banii câștigați de victime erau aproape integral însușiți de proxeneți.", "withholding_wages"),
    ],
)  # fmt: skip
def test_indicator_cues(text: str, label: str) -> None:
    language = "ro" if "victime" in text else "en"
    assert label in _summary(text, language)["indicators"]


def test_prose_that_lost_its_spaces_is_kept_but_junk_is_blanked() -> None:
    from threadline.extract.pipeline import _defang

    joined = (
        "Bucharest,Ilfov,Giurgiu,Calarasi,Constanta,Tulcea,Braila,Galati,Vaslui,Iasi,Suceava,Botosani." * 2
    )
    assert len(joined) > 100
    assert _defang(joined) == joined
    for junk in ("x" * 500, "aGVsbG8gd29ybGQ" * 20, "https://example.org/" + "p" * 200):
        assert _defang(junk) == " " * len(junk)


def test_regular_dates_without_dateparser_agree_with_it() -> None:
    from datetime import date

    from threadline.extract.patterns import _regular_date, find_dates

    published = date(2021, 3, 10)
    assert _regular_date("5 july 2019", None) == (date(2019, 7, 5), "day")
    assert _regular_date("march 2015", None) == (date(2015, 3, 1), "month")
    assert _regular_date("09.09.2020", None) == (date(2020, 9, 9), "day")
    assert _regular_date("november 3", published) == (date(2020, 11, 3), "day")
    assert _regular_date("31 february 2020", None) is None
    values = [m.value for m in find_dates("Raids on 12 May 2020 and on 3 noiembrie 2021.", published)]
    assert values == ["2020-05-12", "2021-11-03"]


def test_kin_and_passive_relative_clauses() -> None:
    summary = _summary(
        "The brothers lured a 16-year-old girl to Atlanta, where he and his brothers profited from "
        "her forced prostitution. The women who were paid nothing were freed."
    )
    assert summary["victims"]["genders"] == ["female"]


def test_more_demonyms_and_a_country_after_a_preposition() -> None:
    summary = _summary(
        "Police freed 40 workers, among them Taiwanese, Laotians and Thais, from a compound in "
        "Cambodia. The men had been held in Myanmar before."
    )
    nationalities = set(summary["victims"]["nationalities"])
    assert {"TW", "LA", "TH"} <= nationalities
    assert "MM" not in nationalities


def test_agency_running_totals_do_not_count_for_the_case() -> None:
    text = (
        "Two men were charged with trafficking a teenager to Leeds.\n\n"
        "Tackling trafficking remains a priority. Since 2015 the agency has charged 240 traffickers, "
        "more than double the figure before."
    )
    assert _summary(text)["outcomes"]["charged"] == 2


def test_people_whose_names_were_given_are_suspects_even_by_one_name() -> None:
    text = (
        "Police began a manhunt for two members of the trafficking ring, whose names were given as "
        "Kofi and Ama Mensah. Officers rescued twelve girls."
    )
    suspects = _summary(text)["suspects"]
    assert "Kofi" in suspects
    assert "Ama Mensah" in suspects


def test_named_administrative_units_are_place_candidates() -> None:
    text = (
        "Nine bonded labourers from Bihar were rescued from a brick kiln in the Pune district of "
        "Maharashtra in western India, police said."
    )
    places = _summary(text)["places"]
    assert "Pune" in places
    assert "Maharashtra" in places


@pytest.mark.parametrize(
    "text",
    [
        # the statute's words define the crime; they say nothing of this case's victims
        "Police arrested two men at a farm in Kent. It is an offence to force people, by threats or "
        "coercion, to work unpaid.",
        "A man was jailed for eight years for coercion and enticement of a minor, prosecutors said.",
        "Officers arrested four men at the border, a reminder of the persistent threat of human "
        "trafficking in the region.",
    ],
)
def test_definitions_and_offence_names_are_no_intimidation(text: str) -> None:
    assert "intimidation_threats" not in _summary(text)["indicators"]


def test_threats_made_to_the_victims_are_intimidation() -> None:
    text = "The gang coerced the women into prostitution and threatened to harm their families."
    assert "intimidation_threats" in _summary(text)["indicators"]


def test_undocumented_workers_alone_are_no_abuse_of_vulnerability() -> None:
    text = "Police arrested two recruiters who were travelling with the undocumented workers."
    assert "abuse_of_vulnerability" not in _summary(text)["indicators"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The restaurant owners kept the cooks working by holding onto their passports.",
         "retention_of_documents"),
        ("The farm workers were regularly beaten and scared into silence by the gang.",
         "intimidation_threats"),
        ("The employer neither paid the promised wages nor returned their deposits, officers said.",
         "withholding_wages"),
        ("Officers freed the kiln workers, who had no proper drinking water and lived in huts "
         "without electricity.", "abusive_conditions"),
    ],
)  # fmt: skip
def test_indicator_cues_in_other_words(text: str, indicator: str) -> None:
    assert indicator in _summary(text)["indicators"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("The boy cleaned the house from 5am until after midnight, the court heard.", "excessive_overtime"),
        ("The maid was regularly hit by her employer, the court heard.", "physical_sexual_violence"),
        ("She was told that if she left she would be arrested and deported.", "intimidation_threats"),
        ("Her parents were promised an education for her in the city, prosecutors said.", "deception"),
        ("The forced beggar was fed only scraps by the family.", "abusive_conditions"),
        ("Every coin the beggars collected was taken from them each night.", "withholding_wages"),
        ("The cutters worked days of fourteen hours in the fields.", "excessive_overtime"),
        ("The victims had been held in scam compounds across the border.", "restriction_of_movement"),
    ],
)  # fmt: skip
def test_more_indicator_cues(text: str, indicator: str) -> None:
    assert indicator in _summary(text)["indicators"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Officers seized a rifle, $2,400 in Canadian currency and 40 grams of illicit substances.",
         {"cash", "drugs", "firearms"}),
        ("He was arrested at the bar; in his possession were a cell phone, cash and a white substance "
         "resembling cocaine.", {"phones", "cash", "drugs"}),
        ("The raid ended with nine arrests and the seizure of six mobile phones and 3,100 euros.",
         {"phones", "cash"}),
        # a list after the verb: each item counts, "money" does not swallow the items before it
        ("Detectives searched two flats and seized ledgers, money, mobile devices and a pistol.",
         {"documents", "cash", "phones", "firearms"}),
    ],
)  # fmt: skip
def test_seizures_in_other_words(text: str, kinds: set[str]) -> None:
    assert kinds <= set(_summary(text)["seized"])


@pytest.mark.parametrize(
    ("text", "minors"),
    [
        # a group noun inside an institution's name or in the possessive of one is nobody in the case
        ("Twelve fishermen were freed, said the Sunrise Foundation for Children and Women.", None),
        ("Five men were rescued from the farm, and the council's children's services were told.", None),
        # someone's own children are family, not victims; a daughter may be the victim
        ("The couple brought a woman from Kenya to care for their four young children.", None),
        ("Some of the women rescued in Leeds had children to support back home.", None),
        ("Police said the mother had sold her daughter, 14, to a brothel.", True),
        # ages: a compound number is one age, and a span of time is no age range
        ("Twenty-eight-year-old Sita Devi was rescued from the kiln with 18 others.", None),
        ("The women, aged 24 to 33, were freed; they had worked there for between one and two years.", False),
        ("All the victims are aged between 15 and 38 years.", True),
        # a headline in title case still counts its children
        ("Police Rescue 20 Children From Brothel In Kolkata", True),
        ("Police rescued 20 children from a brothel in Kolkata.", True),
    ],
)
def test_children_in_an_institutions_name_are_no_minors(text: str, minors: bool | None) -> None:
    assert _summary(text)["victims"]["minors"] is minors


@pytest.mark.parametrize(
    ("text", "genders"),
    [
        ("Forty fishermen lured by traffickers were brought home.", ["male"]),
        ("Police rescued 12 male Indian nationals from a garment factory.", ["male"]),
        ("Two female Thai nationals were arrested for running the brothel.", []),
    ],
)
def test_victims_gender_from_fishermen_and_from_an_adjective(text: str, genders: list[str]) -> None:
    assert _summary(text)["victims"]["genders"] == genders


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police freed 13 Samoan workers from an orchard in Hawke's Bay.", "WS"),
        ("Sixteen Fijian men were found working without pay in Auckland.", "FJ"),
        ("Two Malagasy maids were rescued from a villa.", "MG"),
    ],
)
def test_victims_of_smaller_countries_have_a_nationality(text: str, code: str) -> None:
    assert code in _summary(text)["victims"]["nationalities"]


@pytest.mark.parametrize(
    "text",
    [
        "Instead he puts her photos on an adult website; she sees 8-10 men per day and hands him the money.",
        "Neighbour says men going in and out until 3 or 4 in the night, every night.",
        "She said she was forced to see 10 clients a night.",
    ],
)
def test_sexual_exploitation_as_intake_notes_tell_it(text: str) -> None:
    assert _summary(text)["exploitation"] == ["sexual"]


def test_customers_served_in_a_shop_are_no_sexual_exploitation() -> None:
    assert "sexual" not in _summary("The shop serves 200 customers a day.")["exploitation"]


@pytest.mark.parametrize(
    "text",
    [
        # "baby" naming a thing or a trade, and everyone's children in a quote, are no minor victims
        "At least 14 men, aged between 23 and 67, were forced to beg and to steal razor blades, baby formula "
        "and alcohol from supermarkets.",
        'The women, aged between 21 and 29, were sent to Oman. "These agencies cut corners with the lives of '
        'our daughters," the prosecutor said.',
    ],
)
def test_words_for_children_that_name_no_victim_leave_adults_adult(text: str) -> None:
    assert _summary(text)["victims"]["minors"] is False


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # "nationals" said of a group counted before, as "two were Lithuanian" is
        ("Nine men were identified as victims. Seven were British and two were Lithuanian nationals.",
         ["GB", "LT"]),
        # a relative clause around the nationality describes the victim before it
        ("A teenage boy, who we believe to be a Vietnamese national, was found inside. He has been "
         "safeguarded as a potential victim.", ["VN"]),
    ],
)  # fmt: skip
def test_victims_nationalities_said_as_nationals(text: str, codes: list[str]) -> None:
    assert _summary(text)["victims"]["nationalities"] == codes


def test_a_suspect_said_to_be_a_national_gives_no_victim_nationality() -> None:
    assert _summary("The suspect, who is a Mexican national, was arrested.")["victims"]["nationalities"] == []
