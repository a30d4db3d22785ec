"""Which person mentions make the case's suspect list (names written for this test)."""

from __future__ import annotations

from threadline.extract.case import case_suspects
from threadline.extract.types import Mention


def _suspect(name: str, at: int) -> Mention:
    return Mention("person", (at, at + len(name)), name, name, "test", 0.8, {"role": "suspect"})


def test_mastheads_courts_and_roads_run_into_a_name_are_no_suspects() -> None:
    mentions = [
        _suspect("Dorin Vasilescu", 0),
        _suspect("Norfolk Herald News", 40),
        _suspect("Birmingham Magistrates", 80),
        _suspect("Katy Freeway", 120),
    ]
    assert case_suspects(mentions) == ["Dorin Vasilescu"]


def test_a_surname_cut_to_its_initial_names_no_one_and_is_left_out() -> None:
    mentions = [
        _suspect("Jarosław B.", 0),
        _suspect("R. T.", 30),
        _suspect("Sven de K", 60),
        _suspect("Anton J. Mihalache", 90),
    ]
    assert case_suspects(mentions) == ["Anton J. Mihalache"]
