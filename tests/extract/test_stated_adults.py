"""Victims stated to be adults, or denied to be minors, in sentences written here: the schema's
`victims.minors` is then false, not unknown; a denied minor is no minor victim."""

from __future__ import annotations

import pytest

from tests.extract.support import schema_of


def _minors(text: str) -> object:
    return schema_of(text)["victims"]["minors"]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found 23 pickers from Bulgaria living in tents on the farm. All were adults.",
        "Officers rescued nine women from a flat in Luton. None of them were minors.",
        "Police freed six men from a car wash in Hull. None of the victims was a child.",
        "Police found eleven Romanian workers at the site; all the workers are adults.",
    ],
)
def test_stated_adults_make_minors_false(text: str) -> None:
    assert _minors(text) is False


def test_children_rescued_are_minors() -> None:
    assert _minors("Police rescued six children from a flat in Luton.") is True


def test_suspects_denied_to_be_minors_say_nothing_of_the_victims() -> None:
    assert _minors("Police rescued six women from a brothel. None of the suspects were minors.") is None
