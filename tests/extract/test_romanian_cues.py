"""Romanian cues for counts, indicators, recruitment, agencies and places (sentences written for
these tests, in the shapes Romanian police and prosecutors' releases use)."""

from __future__ import annotations

import pytest

from threadline.extract.boilerplate import split_segments
from threadline.extract.counts import find_counts, summarise_counts


def _counts(text: str) -> dict[str, int | float | None]:
    return summarise_counts(find_counts(text, split_segments(text)))


@pytest.mark.parametrize(
    ("text", "outcome", "value"),
    [
        # the group is counted once, the outcome refers back to it
        (
            "Anchetatorii au destructurat o grupare formată din trei persoane. Procurorii au dispus "
            "reținerea suspecților, iar judecătorul a dispus arestarea preventivă pentru 30 de zile "
            "a acestora.",
            "arrested",
            3,
        ),
        (
            "Polițiștii au documentat activitatea a șase persoane, cu vârste între 20 și 40 de ani, "
            "cercetate pentru proxenetism. Procurorii au dispus reținerea acestora.",
            "detained",
            6,
        ),
        (
            "Polițiștii au identificat nouă persoane din județul Olt, care ar fi racolat tinere. "
            "Persoanele depistate vor fi conduse la sediul parchetului pentru audieri.",
            "detained",
            9,
        ),
        (
            "Polițiștii au identificat nouă persoane din județul Olt, care ar fi racolat tinere.",
            "victims",
            None,
        ),
        ("Procurorii au dispus reținerea celor 4 persoane, pentru 24 de ore.", "detained", 4),
        # a proposal to arrest is no arrest
        (
            "Procurorii au dispus reținerea a doi inculpați. Instanța a fost sesizată cu propunerea "
            "de arestare preventivă a inculpaților.",
            "arrested",
            None,
        ),
        # a second action reported "in parallel" adds to the first
        (
            "Două persoane au fost reținute la Brașov. În paralel, la Viena, au fost reținute "
            "alte cinci persoane.",
            "detained",
            7,
        ),
        (
            "Au fost făcute șase percheziții în județul Dolj. În paralel, la Roma, au fost efectuate "
            "trei percheziții domiciliare, la două imobile și un bar.",
            "premises_searched",
            9,
        ),
        # victims made to work or to beg
        ("Cei doi ar fi obligat 12 tinere să se prostitueze în Italia.", "victims", 12),
        ("Părinții și-au forțat cei trei copii să cerșească pe stradă.", "victims", 3),
        (
            "Cele 40 de femei, cu vârste cuprinse între 19 și 30 de ani, erau forțate să lucreze zilnic.",
            "victims",
            40,
        ),
    ],
)
def test_romanian_counts(text: str, outcome: str, value: int | None) -> None:
    assert _counts(text)[outcome] == value
