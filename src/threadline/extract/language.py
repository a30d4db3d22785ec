"""Which language a text is written in (lingua), as an ISO 639-1 code.

The detector is built once, lazily: building it loads n-gram models, and most processes (the web
app, a test run) only ever need one instance.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# English and Romanian are what we extract from; the others are the languages reports and adverts
# around them most often arrive in, listed so that such texts are not forced into EN or RO.
LANGUAGES = (
    Language.ENGLISH,
    Language.ROMANIAN,
    Language.FRENCH,
    Language.GERMAN,
    Language.SPANISH,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.POLISH,
    Language.BULGARIAN,
    Language.HUNGARIAN,
    Language.DUTCH,
)

# Detection costs time in proportion to the sample and gains nothing after a few paragraphs. Most
# reports are English, and their first 500 characters tell as much as 1,500 (the same answer on all
# 561 own and guard texts, in 0.36 of the time); anything else is decided on the longer sample.
_QUICK_SAMPLE_CHARS = 500
_SAMPLE_CHARS = 1500  # same answer as 3,000 on all 469 own and guard texts, in 0.64 of the time
_MIN_LETTERS = 3
_RO_LETTERS = "șțşţȘȚŞŢ"


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(list(islice((ch for ch in sample if ch.isalpha()), _MIN_LETTERS))) < _MIN_LETTERS:
        return None
    romanian_letters = sum(sample.count(c) for c in _RO_LETTERS)
    if not romanian_letters and _code(text[:_QUICK_SAMPLE_CHARS]) == "en":
        return "en"  # an English opening (a Romanian page under an English banner shows ș or ț)
    code = _code(sample)
    # ș and ț (either form) are written in no other language we expect: trust them over a
    # close call between Romance languages.
    if code not in (None, "en", "ro") and romanian_letters >= 2:
        return "ro"
    return code


def _code(sample: str) -> str | None:
    found = detector().detect_language_of(sample)
    if found is None:
        return None
    return found.iso_code_639_1.name.lower()
