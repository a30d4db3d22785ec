"""Wordings of news pages and releases read in the forty-fourth session."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


def test_home_office_immigration_enforcement_is_one_body() -> None:
    text = (
        "Officers from West Midlands Police, working alongside Walsall Council trading standards officers "
        "and Home Office Immigration Enforcement, raided three nail salons in Walsall on Tuesday."
    )
    agencies = schema_of(text)["agencies"]
    assert "Home Office Immigration Enforcement" in agencies
    assert "Home Office" not in agencies


def test_a_body_after_a_name_the_ner_ran_into_the_lists_and_is_named() -> None:
    # the NER writes "[Walsall Council and]": the body after the "and" is the next in the list, not a
    # unit of the council
    text = (
        "Officers from West Midlands Police, working alongside Walsall Council and Home Office Immigration "
        "Enforcement, raided three nail salons in Walsall on Tuesday."
    )
    assert "Home Office Immigration Enforcement" in schema_of(text)["agencies"]


@pytest.mark.parametrize(
    "found",
    [
        "Agents recovered the victim's passport from a locked safe in the couple's bedroom.",
        "During Monday's search, officers seized the woman's passport and bank statements.",
        "Officers searching the house recovered her Nigerian passport from a locked drawer.",
        "Agents later found 31 of the passports in a locked safe in his home.",
        "Officers found the women's passports in a locked safe.",
    ],
)
def test_passports_the_authorities_found_are_seized_documents(found: str) -> None:
    assert "documents" in schema_of(f"Police rescued four women in Leeds. {found}")["seized"]


def test_passports_the_traffickers_took_are_no_seizure() -> None:
    text = "The gang seized the women's passports on arrival and sold them to brothels in Leeds."
    assert "documents" not in schema_of(text)["seized"]


@pytest.mark.parametrize(
    "frozen",
    [
        "Cash, jewellery and nine luxury vehicles were seized. Four houses in Sliven were also frozen.",
        "A Sydney apartment worth an estimated $1.2 million has also been restrained.",
        "The four properties were secured by the prosecutor's office while the investigation continues.",
        "Seizures: EUR 120 000 in cash; real estate in Hungary worth an estimated EUR 600 000 frozen",
        "Police seized cash and placed three houses in Calarasi County under seizure.",
        "Prosecutors have obtained a restraint order over the smallholding.",
    ],
)
def test_houses_frozen_or_secured_are_seized_property(frozen: str) -> None:
    assert "property" in schema_of(f"Police rescued four women in Leeds. {frozen}")["seized"]


@pytest.mark.parametrize(
    "searched",
    [
        "Police searched seven properties in Albania and seized a Mercedes car and two handguns.",
        "PROPERTY SEIZED\n- 2 x cell phones\n- $1,460 cash",
    ],
)
def test_properties_searched_or_a_list_of_items_seized_are_no_property(searched: str) -> None:
    assert "property" not in schema_of(f"Police rescued four women in Leeds. {searched}")["seized"]


@pytest.mark.parametrize(
    "seized",
    [
        "Officers seized £86,000 in cash, six cars and more than 200 bank cards.",
        "During the searches officers recovered stolen goods worth an estimated £8,000.",
        "Officers seized about £23,000 in cash and three card machines.",
        "During the raids, officers seized 64 sewing and overlock machines.",
        "Officers seized some €260,000 in cash and numerous data storage devices.",
        "Police raided the office, seizing 74 passports and company stamps.",
        "Police also impounded two canoes used by the suspects.",
    ],
)
def test_bank_cards_stolen_goods_and_tools_of_the_trade_are_other_seizures(seized: str) -> None:
    assert "other" in schema_of(f"Police rescued four women in Leeds. {seized}")["seized"]


def test_forged_stamps_on_contracts_stay_documents() -> None:
    text = "Investigators seized a quantity of blank employment contracts bearing forged stamps."
    seized = schema_of(f"Police rescued four women in Leeds. {text}")["seized"]
    assert "documents" in seized and "other" not in seized


def test_a_day_before_a_list_of_accused_is_no_suspect() -> None:
    text = (
        "Gardai arrested three people in Dublin. On Thursday, Osaze Igbinedion (41), Blessing Omoregie (36) "
        "and Kingsley Ehigie (29) appeared before Dublin District Court charged with trafficking offences."
    )
    suspects = schema_of(text)["suspects"]
    assert "On Thursday" not in suspects and "Osaze Igbinedion" in suspects


def test_a_courthouse_named_after_a_judge_is_no_suspect() -> None:
    text = (
        "Albert Smith, 44, was sentenced to nine years for forced labour.\n\n"
        "The Albert V. Bryan U.S. Courthouse in Alexandria, where the sentencing took place."
    )
    assert schema_of(text)["suspects"] == ["Albert Smith"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The victims were referred to the Centre for Protection of Victims of Trafficking in Belgrade.",
            "Centre for Protection of Victims of Trafficking",
        ),
        (
            "The National Committee for Counter Trafficking in Cairo said the men were rescued.",
            "National Committee for Counter Trafficking",
        ),
        (
            "Officers of the National Migration Institute rescued the women in Cancún.",
            "National Migration Institute",
        ),
        (
            "The Presidency of Migration Management (PMM) said it had identified the workers in Istanbul.",
            "Presidency of Migration Management",
        ),
    ],
)
def test_centres_committees_institutes_and_presidencies_act(sentence: str, body: str) -> None:
    agencies = schema_of(f"Police rescued nine women in a raid. {sentence}")["agencies"]
    assert any(body in a for a in agencies)


def test_a_parliamentary_committee_is_no_agency() -> None:
    text = "Police rescued nine women in a raid. The Environmental Audit Committee criticised fashion brands."
    assert not any("Committee" in a for a in schema_of(text)["agencies"])


def test_a_country_the_tokenizer_cut_at_its_hyphen_is_that_country() -> None:
    text = (
        "More than 30,000 Pacific and Timor-Leste workers are in Australia under the scheme. "
        "Police rescued nine men at a farm in Mildura."
    )
    found = schema_of(text)
    assert "Timor" not in found["places"] and "TL" in found["countries"]["origin"]
