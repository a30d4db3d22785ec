"""Indicator, recruitment and sector cues in general wordings (sentences written for these tests)."""

from __future__ import annotations

import pytest

from threadline.extract.boilerplate import split_segments
from threadline.extract.classify import classify


def labels(text: str, scheme: str = "indicator") -> set[str]:
    return {c.label for c in classify(text, split_segments(text), "en") if c.scheme == scheme}


@pytest.mark.parametrize(
    "text",
    [
        "The gang kept the bank cards linked to the workers' accounts.",
        "Some of the pickers were making as little as $40 a week.",
        "The cleaners did not receive their full wages for the whole season.",
        "They were made to work whole weekends without compensation.",
        "Their pay fell well below the agreed rate within a month.",
        "The bricklayers were paid a paltry sum for each long shift.",
        "The owner handed the maid her salary and would then steal the salary back.",
        "Their wages were 'siphoned' from accounts the gang controlled.",
    ],
)
def test_wages_withheld_in_more_wordings(text: str) -> None:
    assert "withholding_wages" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cleaners slept in a cold attic above the shop.",
        "The labourers were housed in the cellars of the farmhouse.",
        "She was fed scraps from the family's plates.",
        "Officers said the men lived in inhuman conditions at the kiln.",
    ],
)
def test_abusive_conditions_in_more_wordings(text: str) -> None:
    assert "abusive_conditions" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors freed the workers at alcohol and sugar producers in the region.",
        "The law protects nannies and carers to the elderly working in private homes.",
        "The plan aims to end poverty and hunger by the end of the decade.",
        "The charity said marginalised communities suffer the most from such crimes.",
    ],
)
def test_vulnerability_words_about_other_things(text: str) -> None:
    assert "abuse_of_vulnerability" not in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gang targeted men with alcohol problems at a shelter.",
        "The couple exploited an elderly man with a learning disability.",
        "The recruiters went to villages where families lived in poverty.",
    ],
)
def test_vulnerability_still_seen(text: str) -> None:
    assert "abuse_of_vulnerability" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Even on their days off the pickers were under tight control.",
        "The girls could only go out with the madam's permission.",
        "When one worker escaped, the foreman found him and he was brought back to the farm.",
        "The men lived on a plot surrounded by a high barbed-wire fence.",
        "Their every step was monitored by the owner through CCTV cameras.",
    ],
)
def test_movement_restricted_in_more_wordings(text: str) -> None:
    assert "restriction_of_movement" in labels(text)


def test_cctv_gathered_by_police_is_no_restriction() -> None:
    text = "Detectives gathered phone records, CCTV and bank statements over two years."
    assert "restriction_of_movement" not in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The crew were left for months on a remote island.",
        "After six years without any contact, he saw his mother again.",
        "Her mobile phone was confiscated on the first day.",
        "Taking their phones cut them off from relatives at home.",
        "Their communication with family members was strictly limited by the agent.",
    ],
)
def test_isolation_in_more_wordings(text: str) -> None:
    assert "isolation" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was charged under the Anti-Child Sexual Abuse or Exploitation Materials Act.",
        "Officers seized a laptop holding child sexual abuse material.",
    ],
)
def test_names_of_laws_and_abuse_material_are_no_violence_in_the_case(text: str) -> None:
    assert "physical_sexual_violence" not in labels(text)


def test_sexual_abuse_of_a_victim_is_still_violence() -> None:
    assert "physical_sexual_violence" in labels("The girl said she suffered sexual abuse at the house.")


@pytest.mark.parametrize(
    "text",
    [
        "The recruiter promised the boy's parents to send him to school in the city.",
        "He had promised the young men from his village a better life abroad.",
        "She promised them 'easy money' in a bar overseas.",
        "The brokers arranged fake marriages to move the women across the border.",
    ],
)
def test_deception_in_more_wordings(text: str) -> None:
    assert "deception" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The drivers worked almost non-stop, moving from site to site.",
        "They laboured for days and nights at a time on the farm.",
        "One collapsed from sleep deprivation on the line.",
        "The maid was given very little rest by the family.",
        "She slept only three hours before starting again.",
    ],
)
def test_excessive_hours_in_more_wordings(text: str) -> None:
    assert "excessive_overtime" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "She was told her salary would be $500 a month once the ticket was repaid.",
        "The agency offered the migrants deceptive working conditions.",
        "The pickers earned wages far lower than what they had been promised.",
        "I received $150 a month, not the $600 promised.",
    ],
)
def test_false_job_offer_in_more_wordings(text: str) -> None:
    assert "false_job_offer" in labels(text, "recruitment")


@pytest.mark.parametrize(
    "text",
    [
        "For years she was made to cook, clean and look after the children of the family.",
        "He had to clean, cook and wash for the whole household.",
    ],
)
def test_domestic_work_in_a_list_of_chores(text: str) -> None:
    assert "domestic_work" in labels(text, "sector")


def test_begging_someone_for_mercy_is_no_begging_sector() -> None:
    text = "One of the deckhands fell to his knees, begging the inspectors to let him stay on the boat."
    assert "begging" not in labels(text, "sector")


def test_forced_begging_is_still_begging() -> None:
    assert "begging" in labels("The children were put to begging outside the station.", "sector")


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "The traffickers would confiscate the workers' identification documents on arrival.",
            "retention_of_documents",
        ),
        (
            "Detectives believe passports or ID cards would have been taken from the pickers.",
            "retention_of_documents",
        ),
        ("Most of their wages were reportedly retained by the couple.", "withholding_wages"),
        ("The dancers had to hand over half of their earnings every night.", "withholding_wages"),
        ("Officers said violence was used against several of the labourers.", "physical_sexual_violence"),
        ("The men were told they had to work on the boats to pay off their travel costs.", "debt_bondage"),
    ],
)
def test_indicators_with_an_adverb_an_alternative_or_an_object_in_between(text: str, indicator: str) -> None:
    assert indicator in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gang smuggled the men into Italy by lorry and made them pick tomatoes.",
        "The workers were smuggled across the border and forced to work in a kiln.",
        "The traffickers made false promises to the families and exploited the children.",
    ],
)
def test_smuggling_or_vague_false_promises_are_no_recruitment_method(text: str) -> None:
    # crossing a border is how victims travelled, not how they were recruited (annotators agree)
    assert "other" not in labels(text, "recruitment")


@pytest.mark.parametrize(
    "text",
    [
        "The girl's father, Amin, filed a missing person complaint with the police.",
        "She received a text message from her niece pleading for help.",
        "Some of the workers sold their family cows to pay the agent.",
        "The gang was in part a family-run enterprise, detectives said.",
    ],
)
def test_kin_words_alone_are_no_family_recruitment(text: str) -> None:
    assert "family_or_acquaintance" not in labels(text, "recruitment")
