"""A police force named in its own language with its area after it ("Politie Limburg") is an agency,
not a place or a person (sentences written here)."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Inspectors and officers of Politie Zeeland took part in the raid on a farm near Goes.",
            "Politie Zeeland",
        ),
        (
            "Three men were arrested by Politie Midden-Nederland in Utrecht on Tuesday.",
            "Politie Midden-Nederland",
        ),
        ("Officers of Polizei Bremen freed four women from a flat near the station.", "Polizei Bremen"),
    ],
)
def test_a_force_in_its_own_language_is_an_agency(text: str, agency: str) -> None:
    schema = schema_of(text)
    assert agency in schema["agencies"]
    assert agency not in schema["places"]
    assert agency not in schema["suspects"]
