"""Segmentation and boilerplate marking: advice and promos are boilerplate, case facts are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.extract.boilerplate import boilerplate_mask, split_segments
from threadline.extract.pipeline import extract
from threadline.taxonomy.document import Document

ADVICE = [
    "If you suspect someone may be a victim of modern slavery, call the helpline on 0800 0121 700.",
    "To report modern slavery contact Crimestoppers anonymously.",
    "Anyone with information should call police on 101, quoting reference 1234.",
    "You can also report concerns online at www.example.org.",
    "Read Related Also: Ten Podcasts You Must Hear This Winter",
    "Signs include workers who seem frightened, have no documents or are picked up at dawn.",
    "The helpline is open 24 hours a day, 365 days a year.",
    "Dacă aveți informații despre cazuri de trafic de persoane, sunați la numărul 0800 800 678.",
    "Citește și: Cele mai citite știri ale săptămânii",
    "According to Home Office figures, 16,938 potential victims were referred last year.",
    # a period's or an agency's running statistics, and a related-story link
    "Police reported rescuing more than 500 victims in the first six months of 2014.",
    "Across the country, the bureau and its partners have recovered more than 2,100 children.",
    "MORE: Spain frees more than 300 trafficking victims",
    "Support workers are available around the clock every day of the year.",
    "The line is available 24 hours a day and operators speak several languages.",
    "Anyone who has been contacted by the recruiters can call the helpline on 0800 0121 700.",
    "In the first five months of this year inspectors visited 212 farms in the province.",
    "We work with partners across the country every day to protect victims.",
]
FACTS = [
    "Police rescued six women from a house in Leeds on Tuesday.",
    "Five people have been detained for questioning in Romania.",
    "The court heard the men were paid £20 a day and slept in a shed.",
    "Au fost efectuate 14 percheziții domiciliare în județul Iași.",
    "Officers seized cash, two cars and a handgun.",
    "The U.S. District Court in Savannah returned indictments against twelve people.",
    # how long someone in the case worked
    "The maid was on call around the clock every day of the year.",
    # people made to work round the clock, not a line open round the clock
    "The women had to be available 24 hours a day and could only leave the flat with a driver.",
    "They were forced to be available to clients 24 hours a day.",
    "The carers were on call 24 hours a day, six days a week.",
    # a judge's "you" and "your" are one cue
    "Leah Carter, you pleaded guilty to permitting your flat to be used for the supply of drugs.",
    # someone in the story who rang a helpline
    "She escaped after a neighbour called the National Human Trafficking Hotline.",
    "The man was found after a customer contacted the charity Crimestoppers anonymously.",
    # a helpline that acted in the case
    "The hotline alerted the Oklahoma Highway Patrol, and troopers found the girl within the hour.",
    "Our helpline team contacted the Forced Marriage Unit the same evening.",
    # a victim's own "we work … every day" in a tip, not an organisation's "we work with partners"
    "we work 16 hour every day no off.",
]


@pytest.mark.parametrize("sentence", ADVICE)
def test_advice_is_boilerplate(sentence: str) -> None:
    segments = split_segments(sentence)
    assert segments and all(s.is_boilerplate for s in segments)


@pytest.mark.parametrize("sentence", FACTS)
def test_case_facts_are_not_boilerplate(sentence: str) -> None:
    segments = split_segments(sentence)
    assert segments and not any(s.is_boilerplate for s in segments)


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Indictments were returned in U.S. District Court in Savannah. Det. Insp. Ray spoke."
    segments = split_segments(text)
    assert [text[s.start : s.end] for s in segments] == [
        "Indictments were returned in U.S. District Court in Savannah.",
        "Det. Insp. Ray spoke.",
    ]


def test_awareness_paragraph_is_boilerplate_as_a_whole() -> None:
    text = (
        "Police freed nine men from a farm near Boston.\n\n"
        "'We believe there are victims in every town across the country and the public may "
        "encounter them every day. Victims have been found in car washes and nail bars.'\n\n"
        "Three men were charged."
    )
    flagged = [text[s.start : s.end] for s in split_segments(text) if s.is_boilerplate]
    assert any("car washes" in f for f in flagged)
    assert not any("freed nine men" in f or "charged" in f for f in flagged)


def test_mask_marks_boilerplate_characters() -> None:
    text = "Police arrested two men.\nCall Crimestoppers on 0800 555 111."
    mask = boilerplate_mask(len(text), split_segments(text))
    assert not any(mask[: text.index(".")])
    assert all(mask[text.index("0800") : text.index("0800") + 4])


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_segments_are_ordered_in_bounds_and_disjoint(text: str) -> None:
    segments = split_segments(text)
    previous_end = 0
    for seg in segments:
        assert 0 <= previous_end <= seg.start < seg.end <= len(text)
        assert text[seg.start : seg.end].strip()
        previous_end = seg.end


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(ADVICE + FACTS + ["\n", "\n\n", " "]), max_size=12))
def test_segments_cover_every_word(parts: list[str]) -> None:
    text = " ".join(parts)
    covered = bytearray(len(text))
    for seg in split_segments(text):
        covered[seg.start : seg.end] = b"\x01" * (seg.end - seg.start)
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())


def test_a_tip_typed_without_capitals_is_cut_into_sentences() -> None:
    text = "hi. my boss take our passport. we sleep in garage. e.g. six men. please help!"
    pieces = [text[s.start : s.end] for s in split_segments(text)]
    expected = ["hi.", "my boss take our passport.", "we sleep in garage.", "e.g. six men.", "please help!"]
    assert pieces == expected


def test_working_every_day_in_a_tip_is_a_fact_not_a_generic_statement() -> None:
    text = "now we work every day 15 hour."
    assert not any(s.is_boilerplate for s in split_segments(text))


def test_the_headlines_under_a_link_heading_are_other_stories() -> None:
    text = (
        "Two men were jailed for exploiting workers at a farm near Ely.\n\n"
        "Most Read\n1. Takeaway owner fined in Leeds\n2. Bus route cut in Wisbech\n\n"
        "RELATED\n- In 2020, a couple in Bath were jailed\n\n"
        "The workers are now being supported by a charity."
    )
    segments = split_segments(text)
    flagged = {text[s.start : s.end]: s.is_boilerplate for s in segments}
    assert flagged["Takeaway owner fined in Leeds"] and flagged["Bus route cut in Wisbech"]
    assert flagged["- In 2020, a couple in Bath were jailed"]
    assert not flagged["The workers are now being supported by a charity."]
    assert not flagged["Two men were jailed for exploiting workers at a farm near Ely."]


def test_a_press_release_footer_of_related_releases_is_other_stories() -> None:
    text = (
        "Ortega-Cruz is presumed innocent unless proven guilty.\n\n"
        "Related press releases:\n- Lakeland Man Sentenced To 9 Years For Drug Trafficking Conspiracy\n"
        "- Ocala Woman Charged With Elder Fraud Scheme"
    )
    flagged = {text[s.start : s.end]: s.is_boilerplate for s in split_segments(text)}
    assert flagged["- Lakeland Man Sentenced To 9 Years For Drug Trafficking Conspiracy"]
    assert not flagged["Ortega-Cruz is presumed innocent unless proven guilty."]


def test_a_read_next_line_is_furniture() -> None:
    text = "Read next: Norwich takeaway owner fined over illegal workers"
    assert all(s.is_boilerplate for s in split_segments(text))


def test_a_related_charge_is_no_link_heading() -> None:
    text = "Related charges were brought against two men.\nThey will appear in court in May."
    assert not any(s.is_boilerplate for s in split_segments(text))


def test_a_judges_you_addressing_the_defendant_is_no_advice() -> None:
    text = "You told each of the workers that they owed you money, and you took their passports."
    assert not any(s.is_boilerplate for s in split_segments(text))


def test_anyone_as_an_object_is_the_cases_own_word() -> None:
    # "anyone" addressed to readers ("Anyone with information …") is advice; kept from anyone is a fact
    text = (
        "They spoke almost no English and you made sure they had no contact with anyone outside the business."
    )
    assert not any(s.is_boilerplate for s in split_segments(text))
    assert split_segments("Anyone with information should call your local police.")[0].is_boilerplate


def test_a_workplace_named_only_for_another_case_is_not_the_cases_sector() -> None:
    text = (
        "Police in Leicester rescued six women from a brothel on Tuesday. Two men were arrested at the "
        "flat. The women, all from Romania, were forced to see up to ten men a day.\n\n"
        "In 2019 a Boston gangmaster was jailed for six years after exploiting more than 40 farm workers."
    )
    summary = extract(Document(text=text, language="en")).summary
    assert summary["sectors"] == ["sex_industry"]
    # the same farm workers told as this case's own keep their sector
    own = text.replace("In 2019 a Boston gangmaster was jailed", "The gang also")
    assert "agriculture" in extract(Document(text=own, language="en")).summary["sectors"]


@pytest.mark.parametrize("heading", ["Comunicate similare:", "Alte știri", "Articole recomandate"])
def test_a_romanian_heading_over_other_releases_marks_them_as_other_stories(heading: str) -> None:
    text = (
        "Polițiștii au efectuat 19 percheziții domiciliare în județul Iași.\n\n"
        f"{heading}\n• Trafic de droguri de mare risc – șase persoane reținute în Constanța\n"
        "• Pornografie infantilă – un inculpat trimis în judecată la Brașov"
    )
    flagged = {text[s.start : s.end]: s.is_boilerplate for s in split_segments(text)}
    assert flagged["• Trafic de droguri de mare risc – șase persoane reținute în Constanța"]
    assert not flagged["Polițiștii au efectuat 19 percheziții domiciliare în județul Iași."]


def test_a_line_of_recent_releases_is_other_stories() -> None:
    text = (
        "Two men were convicted of forced labour.\n\n"
        "Recent Press Releases: Staten Island Man Sentenced for Gun Trafficking | Long Island Doctor Pleads "
        "Guilty to Billing Fraud"
    )
    flagged = [s.is_boilerplate for s in split_segments(text) if "Recent" in text[s.start : s.end]]
    assert flagged and all(flagged)


def test_numbered_headlines_after_a_heading_on_one_line_are_other_stories() -> None:
    text = (
        "Two trawler owners were jailed for forced labour.\n"
        "Most read: 1. Man charged after Ballymena burglary  2. Schools to close early for storm  3. Rescue "
        "on Slieve Donard\nNewsletter: get the news in your inbox."
    )
    assert extract(Document(text=text)).summary["outcomes"]["charged"] is None
    flagged = {text[s.start : s.end]: s.is_boilerplate for s in split_segments(text)}
    assert not flagged["Two trawler owners were jailed for forced labour."]
