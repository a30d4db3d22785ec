"""The evaluation's scoring rules (../shared/eval/score.py), re-implemented inside the project.

Set-valued fields score per element; scalar fields score one unit when either side states a
value. Names (places, agencies, suspects) match after normalisation when one equals or contains
the other as whole words, or when they are nearly identical (difflib ratio ≥ 0.88).
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SET_FIELDS = (
    "victims.nationalities", "victims.genders", "exploitation", "sectors", "recruitment",
    "indicators", "countries.origin", "countries.destination", "places", "agencies", "seized",
    "suspects", "contacts",
)  # fmt: skip
SCALAR_FIELDS = (
    "victims.count", "victims.minors", "outcomes.arrested", "outcomes.detained",
    "outcomes.charged", "outcomes.convicted", "outcomes.sentence_years_max",
    "outcomes.premises_searched", "outcomes.officers",
)  # fmt: skip
FUZZY_FIELDS = frozenset({"places", "agencies", "suspects"})
FUZZY_RATIO = 0.88


def get(doc: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        if not isinstance(doc, dict):
            return None
        doc = doc.get(key)
    return doc


def norm(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def same(a: str, b: str, fuzzy: bool) -> bool:
    if a == b:
        return True
    if not fuzzy or not a or not b:
        return False
    wa, wb = f" {a} ", f" {b} "
    if wa in wb or wb in wa:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO


def _items(values: Any) -> list[str]:
    if not isinstance(values, list):
        return []
    return list(dict.fromkeys(norm(x) for x in values if x is not None and str(x).strip()))


def set_differences(gold: Any, pred: Any, fuzzy: bool) -> tuple[int, list[str], list[str]]:
    """(matched, gold items missed, predicted items extra), normalised.

    Each prediction takes the first unused gold item it matches.
    """
    g, p = _items(gold), _items(pred)
    used: set[int] = set()
    extra: list[str] = []
    for item in p:
        for i, cand in enumerate(g):
            if i not in used and same(item, cand, fuzzy):
                used.add(i)
                break
        else:
            extra.append(item)
    missed = [cand for i, cand in enumerate(g) if i not in used]
    return len(used), missed, extra


def match_sets(gold: Any, pred: Any, fuzzy: bool) -> tuple[int, int, int]:
    """(tp, fp, fn) of one set-valued field."""
    tp, missed, extra = set_differences(gold, pred, fuzzy)
    return tp, len(extra), len(missed)


def match_scalar(gold: Any, pred: Any) -> tuple[int, int, int]:
    if gold is None and pred is None:
        return 0, 0, 0
    if gold is None:
        return 0, 1, 0
    if pred is None:
        return 0, 0, 1
    if isinstance(gold, bool) or isinstance(pred, bool):
        ok = gold is pred
    else:
        try:
            ok = abs(float(gold) - float(pred)) < 1e-6
        except (TypeError, ValueError):
            ok = False
    return (1, 0, 0) if ok else (0, 1, 1)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


@dataclass
class Score:
    documents: int = 0
    missing_predictions: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)

    @property
    def micro(self) -> FieldScore:
        total = FieldScore()
        for s in self.fields.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total


def score_pair(gold: dict[str, Any], pred: dict[str, Any], result: Score) -> None:
    """Add one document's comparison to `result`."""
    for f in (*SET_FIELDS, *SCALAR_FIELDS):
        if f in SCALAR_FIELDS:
            tp, fp, fn = match_scalar(get(gold, f), get(pred, f))
        else:
            tp, fp, fn = match_sets(get(gold, f), get(pred, f), f in FUZZY_FIELDS)
        s = result.fields.setdefault(f, FieldScore())
        s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn


Differences = dict[str, tuple[list[Any], list[Any]]]


def differences(gold: dict[str, Any], pred: dict[str, Any]) -> Differences:
    """Per field, (gold values missed, predicted values wrong) for one document; agreeing fields
    are left out. A wrong scalar appears on both sides."""
    found: Differences = {}
    for f in (*SET_FIELDS, *SCALAR_FIELDS):
        if f in SCALAR_FIELDS:
            _, fp, fn = match_scalar(get(gold, f), get(pred, f))
            missed = [get(gold, f)] if fn else []
            extra = [get(pred, f)] if fp else []
        else:
            _, missed, extra = set_differences(get(gold, f), get(pred, f), f in FUZZY_FIELDS)
        if missed or extra:
            found[f] = (missed, extra)
    return found


def gold_files(gold_dir: Path, language: str | None = None) -> list[tuple[Path, dict[str, Any]]]:
    """Every gold JSON in `gold_dir` (optionally only those whose "language" is `language`)."""
    files = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if language is None or gold.get("language") == language:
            files.append((gold_path, gold))
    return files


def score_dirs(gold_dir: Path, predictions: dict[str, dict[str, Any]], language: str | None = None) -> Score:
    """Score predictions (by document stem) against every gold JSON in `gold_dir`."""
    result = Score(fields={f: FieldScore() for f in (*SET_FIELDS, *SCALAR_FIELDS)})
    for gold_path, gold in gold_files(gold_dir, language):
        pred = predictions.get(gold_path.stem)
        if pred is None:
            pred = {}
            result.missing_predictions += 1
        result.documents += 1
        score_pair(gold, pred, result)
    return result
