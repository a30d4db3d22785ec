"""False job offers in wordings the recruitment lexicon missed, in sentences written here (fifty-first
session): pay with a word between the sum and its period, hours and free board promised, jobs said to be
waiting, a job told of or said to come with a room."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


@pytest.mark.parametrize(
    "text",
    [
        "A broker from the next village promised them 1,800 euros net a month.",
        "The pickers were promised 12 reais for each crate of oranges.",
        "The gang found the men in Lviv, offering CZK 200 an hour.",
        "The nurses had been promised 37.5-hour weeks in a care home near Leeds.",
        "The welders had been promised overtime pay and free accommodation near the shipyard.",
        "Back in Hanoi the boys had been told that kitchen jobs were waiting for them in Glasgow.",
        "A cousin told them of jobs in a bakery in Athens.",
        "The young men were told they had been selected for jobs at a hotel in Dubai.",
        "A neighbour said there was work looking after two children in Milan.",
        "He told her the job came with a room of her own.",
        "In the village she was told she would look after an old man in Beirut.",
        "Her aunt told her the job was in a shop near the station.",
        "The couple came promising the parents that the boys would study and earn decent wages.",
    ],
)
def test_promised_work_is_a_false_job_offer(text: str) -> None:
    assert "false_job_offer" in schema_of(text)["recruitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister promised 5,000 more officers a year.",
        "The council offered 20 new homes each year to families on its list.",
        "The judge told the jury the job was theirs alone.",
    ],
)
def test_other_promises_are_no_job_offer(text: str) -> None:
    assert "false_job_offer" not in schema_of(text)["recruitment"]
