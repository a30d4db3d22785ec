"""Readers of the parse must hold up on every tree shape the tagger can produce.

spaCy makes a new Token object each time one is looked up, so a token is compared with `==`
(same document, same index), never with `is`: a root adjective whose head is itself once sent
`group` round in circles until Python's recursion limit.
"""

from __future__ import annotations

from spacy.tokens import Doc

from threadline.extract import nlp
from threadline.extract.en_groups import group


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    return Doc(
        nlp.english().vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=[w.lower() for w in words]
    )


def test_a_root_adjective_for_a_group_noun_ends_the_search_for_its_noun() -> None:
    # "… a Vietnamese national" tagged with "national" as an adjective and the sentence's root
    doc = _parsed(["a", "Vietnamese", "national"], ["DET", "ADJ", "ADJ"], ["det", "amod", "ROOT"], [2, 2, 2])
    assert doc[2].head == doc[2] and doc[2].head is not doc[2]
    for token in doc:
        group(token, 0, False)  # no RecursionError
