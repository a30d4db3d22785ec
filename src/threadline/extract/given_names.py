"""Given names, from the name dictionary that ships inside `gender-guesser` (about 40,000 first names
from many countries; no download).

The small English model often tags a lone first name as a place ("the spokesperson, Danielle …",
"whom we will call Yesenia"); a place the gazetteer cannot find that is a known first name is a person.
"""

from __future__ import annotations

from functools import lru_cache

from gender_guesser.detector import Detector

# "andy" is the dictionary's androgynous class; it also holds syllables that are places ("Sa").
_KNOWN = frozenset({"male", "female", "mostly_male", "mostly_female"})


@lru_cache(maxsize=1)
def _detector() -> Detector:
    return Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """True when `word` (one word) is a first name the dictionary knows."""
    word = word.strip()
    if not word or " " in word or not word[:1].isupper():
        return False
    return _detector().get_gender(word) in _KNOWN
