"""Lexicon classifiers: exploitation, sector, recruitment, indicator and seizure labels with evidence.

Cues live in data files (`threadline/taxonomy/lexicons/*.toml`, English and Romanian), matched on
folded text so Romanian with or without diacritics reads the same. A label needs a score of 1.0 from
the case's own sentences: a strong cue scores 1, a weak cue 0.5, each distinct wording once.
Skipped: boilerplate segments, negated cues ("no evidence of forced labour"), and, for schemes that
describe what happened rather than what was said, cues under a hypothetical or a promise ("if you
suspect…", "promised jobs in a restaurant" is not a restaurant case; "…but once there they were put
to work on farms" is a farm case again).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from threadline.extract.boilerplate import Segment
from threadline.extract.textutil import fold
from threadline.extract.types import Classification

EXTRACTOR = "lexicon"
SCHEMES = ("exploitation", "sector", "recruitment", "indicator", "seizure")
LEXICON_DIR = Path(__file__).resolve().parent.parent / "taxonomy" / "lexicons"
THRESHOLD = 1.0
WEAK = 0.5

_NEGATION = re.compile(
    r"\b(?:no|not|never|without|denied|denies|deny|ruled out|nu|fara|niciun|nicio|neither|nor|"
    r"free from|cleared of|acquitted of|no evidence of|no signs? of|no indication of|lack of)"
    r"\s+(?:[\w'-]+\s+){0,2}$"
)
# Words that put what follows into someone's promise, plan or advice rather than the facts.
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|would|could|might|promis\w*|offer\w*|expected|bound for|headed for|"
    r"on (?:their|her|his) way to|about to|"
    r"supposed to|instead of|awaited|pretext|pretence|guise|as if|hoped|hoping|dream\w*|"
    r"signs?|risk|prevent\w*|awareness|daca|ar fi|ar putea|promit\w*|"
    r"sub pretextul|credeau|urmau sa|oferte?)\b"
)
# A contrast resets the hypothetical: "promised jobs, but once in the UK they were put to work…".
_CONTRAST = re.compile(
    r"\b(?:but|however|instead|once|when they arrived|on arrival|upon arrival|in reality|"
    r"in fact|dar|insa|in realitate|ajunse|ajunsi|odata ajuns\w*)\b|;"
)


@dataclass(frozen=True)
class _Label:
    name: str
    strong: re.Pattern[str] | None
    weak: re.Pattern[str] | None
    context: re.Pattern[str] | None = None  # overrides the scheme's context for this label


@dataclass(frozen=True)
class _Scheme:
    name: str
    labels: tuple[_Label, ...]
    hypothetical: bool
    context: re.Pattern[str] | None
    window: int


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    # Cues are words: anchor those that start with a letter so "kiln" does not match "skilned".
    parts = [rf"\b(?:{p})" if p[:1].isalnum() else f"(?:{p})" for p in patterns]
    return re.compile("|".join(parts))


@lru_cache(maxsize=8)
def _load(scheme: str, languages: tuple[str, ...]) -> _Scheme:
    data = tomllib.loads((LEXICON_DIR / f"{scheme}.toml").read_text(encoding="utf-8"))
    meta = data.pop("_scheme", {})
    labels = []
    for name, lists in data.items():
        strong = [p for lang in languages for p in lists.get(lang, [])]
        weak = [p for lang in languages for p in lists.get(f"{lang}_weak", [])]
        own = lists.get("context")
        labels.append(
            _Label(name, _compile(strong), _compile(weak), re.compile(own) if own else None)
        )
    context = meta.get("context")
    return _Scheme(
        scheme,
        tuple(labels),
        bool(meta.get("hypothetical", False)),
        re.compile(context) if context else None,
        int(meta.get("window", 200)),
    )


def _languages(language: str | None) -> tuple[str, ...]:
    # English cues stay on for Romanian texts: they quote "loverboy", "cash", brand names.
    if language == "en":
        return ("en",)
    return ("en", "ro")


def _blocked(sentence: str, pos: int, hypothetical: bool) -> bool:
    before = sentence[:pos]
    if _NEGATION.search(before[-60:]):
        return True
    if not hypothetical:
        return False
    cut = 0
    for m in _CONTRAST.finditer(before):
        cut = m.end()
    return bool(_HYPOTHETICAL.search(before[cut:]))


def _scheme_hits(
    scheme: _Scheme, sentences: list[tuple[int, str]]
) -> dict[str, tuple[float, list[tuple[int, int]]]]:
    """label -> (score, evidence spans) over the given (offset, folded sentence) pairs."""
    scores: dict[str, dict[str, float]] = {}
    evidence: dict[str, list[tuple[int, int]]] = {}
    for offset, s in sentences:
        scheme_context = (
            [m.span() for m in scheme.context.finditer(s)] if scheme.context is not None else None
        )
        matches: list[tuple[str, float, re.Match[str]]] = []
        contexts: dict[str, list[tuple[int, int]] | None] = {}
        for label in scheme.labels:
            contexts[label.name] = (
                [m.span() for m in label.context.finditer(s)] if label.context else scheme_context
            )
            if contexts[label.name] == []:
                continue
            for weight, pattern in ((1.0, label.strong), (WEAK, label.weak)):
                if pattern is not None:
                    matches.extend(
                        (label.name, weight, m) for m in pattern.finditer(s) if m.end() > m.start()
                    )
        strong_spans = [(name, m.start(), m.end()) for name, w, m in matches if w == 1.0]
        # A cue inside a longer cue of another label yields to it: "cannabis farms" is not farming.
        matches = [
            (name, w, m)
            for name, w, m in matches
            if not any(
                other != name and a <= m.start() and m.end() <= b and b - a > m.end() - m.start()
                for other, a, b in strong_spans
            )
        ]
        for name, weight, m in matches:
            if weight < 1.0 and any(
                other != name and a < m.end() and m.start() < b for other, a, b in strong_spans
            ):
                continue  # "domestic labour" is domestic, not a weak hint of labour
            if _blocked(s, m.start(), scheme.hypothetical):
                continue
            context_spans = contexts[name]
            if context_spans is not None and not any(
                abs(m.start() - b) <= scheme.window or abs(a - m.end()) <= scheme.window
                for a, b in context_spans
            ):
                continue
            key = m.group().strip()
            found = scores.setdefault(name, {})
            found[key] = max(found.get(key, 0.0), weight)
            evidence.setdefault(name, []).append((offset + m.start(), offset + m.end()))
    return {name: (sum(v.values()), evidence[name]) for name, v in scores.items()}


def classify(text: str, segments: list[Segment], language: str | None = None) -> list[Classification]:
    """Labels for the schemes exploitation, sector, recruitment, indicator and seizure.

    Each Classification carries the spans of its evidence (cues in non-boilerplate segments).
    """
    folded = fold(text)
    sentences = [(seg.start, folded[seg.start : seg.end]) for seg in segments if not seg.is_boilerplate]
    languages = _languages(language)
    found: dict[str, dict[str, tuple[float, list[tuple[int, int]]]]] = {}
    for scheme_name in SCHEMES:
        hits = _scheme_hits(_load(scheme_name, languages), sentences)
        found[scheme_name] = {k: v for k, v in hits.items() if v[0] >= THRESHOLD}
    _derive(found, bool(_DENIAL.search(" ".join(s for _, s in sentences))))
    out = []
    for scheme_name in SCHEMES:
        for label, (score, spans) in sorted(found[scheme_name].items()):
            conf = round(min(1.0, 0.5 + score / 4), 2)
            out.append(Classification(scheme_name, label, tuple(dict.fromkeys(spans)), EXTRACTOR, conf))
    return out


_LABOUR_SECTORS = frozenset(
    {"construction", "agriculture", "fishing", "manufacturing", "food_processing", "hospitality",
     "car_wash", "nail_bar", "barber_beauty", "care_work", "logistics_warehousing", "retail"}
)  # fmt: skip
_CRIMINAL_SECTORS = frozenset(
    {"cannabis_cultivation", "drug_dealing", "begging", "shoplifting_theft", "online_scam"}
)


_DENIAL = re.compile(
    r"\bno (?:evidence|signs?|indication|suggestion) (?:of|that) (?:any )?(?:forced labou?r|"
    r"modern slavery|trafficking|human trafficking|exploitation|slavery)|"
    r"\bnu (?:exista|existau|au fost gasite) (?:dovezi|indicii)"
)
_LABOUR_SIGNS = frozenset({"withholding_wages", "excessive_overtime", "debt_bondage"})


def _derive(found: dict[str, dict[str, tuple[float, list[tuple[int, int]]]]], denied: bool) -> None:
    """Labels implied by others (the schema treats them as the same fact seen from two sides)."""
    exp, sec, rec, ind = found["exploitation"], found["sector"], found["recruitment"], found["indicator"]

    def add(
        table: dict[str, tuple[float, list[tuple[int, int]]]],
        label: str,
        source: tuple[float, list[tuple[int, int]]],
    ) -> None:
        if label not in table:
            table[label] = (THRESHOLD, list(source[1]))

    if "sexual" in exp:
        add(sec, "sex_industry", exp["sexual"])
    if "sex_industry" in sec:
        add(exp, "sexual", sec["sex_industry"])
    if "domestic_servitude" in exp:
        add(sec, "domestic_work", exp["domestic_servitude"])
    if "domestic_work" in sec:
        add(exp, "domestic_servitude", sec["domestic_work"])
    for s in _CRIMINAL_SECTORS & sec.keys():
        add(exp, "criminal", sec[s])
    if not exp and not denied:
        # A case with no named form of exploitation but a workplace, or unpaid/endless work, is
        # labour exploitation as the schema understands it.
        for s in sorted(_LABOUR_SECTORS & sec.keys()):
            add(exp, "labour", sec[s])
        if not exp and len(_LABOUR_SIGNS & ind.keys()) >= 1 and ("withholding_wages" in ind or "excessive_overtime" in ind):
            add(exp, "labour", next(ind[i] for i in sorted(_LABOUR_SIGNS & ind.keys())))
    if "debt_bondage" in rec:
        add(ind, "debt_bondage", rec["debt_bondage"])
    for r in ("loverboy", "false_job_offer", "other"):
        if r in rec:
            add(ind, "deception", rec[r])
    if len(rec) > 1:
        rec.pop("other", None)
