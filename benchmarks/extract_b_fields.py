"""Score the part-B extractors (counts, classifications, contacts) on a folder of cases.

Usage: python benchmarks/extract_b_fields.py DIR [DIR ...] [--show] [--time]
Each DIR holds NNN.txt with NNN.json in the eval schema (only the fields scored here are needed).
Scoring follows the eval rules: set fields per element, scalar fields one unit when either side
states a value. Prints per-field precision/recall/F1 and the micro average.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from threadline.extract.boilerplate import split_segments
from threadline.extract.classify import classify
from threadline.extract.counts import find_counts, summarise_counts
from threadline.extract.patterns import countries_named, find_phones
from threadline.extract.textutil import fold

SET_FIELDS = ["exploitation", "sectors", "recruitment", "indicators", "seized", "contacts"]
SCALARS = {
    "victims.count": "victims",
    "outcomes.arrested": "arrested",
    "outcomes.detained": "detained",
    "outcomes.charged": "charged",
    "outcomes.convicted": "convicted",
    "outcomes.sentence_years_max": "sentence_years",
    "outcomes.premises_searched": "premises_searched",
    "outcomes.officers": "officers",
}
SCHEME_FIELD = {
    "exploitation": "exploitation",
    "sector": "sectors",
    "recruitment": "recruitment",
    "indicator": "indicators",
    "seizure": "seized",
}


def guess_language(text: str) -> str:
    # Enough for a benchmark: the real pipeline asks lingua.
    words = fold(text).split()
    ro = sum(w in {"si", "au", "fost", "de", "in", "la", "pe", "din", "care", "pentru"} for w in words)
    en = sum(w in {"the", "and", "of", "to", "was", "were", "in", "for"} for w in words)
    return "ro" if ro > en else "en"


def predict(text: str) -> dict:
    language = guess_language(text)
    segments = split_segments(text)
    summary = summarise_counts(find_counts(text, segments))
    pred: dict = {field: [] for field in SET_FIELDS}
    for c in classify(text, segments, language):
        pred[SCHEME_FIELD[c.scheme]].append(c.label)
    hints = ("RO", "GB") if language == "ro" else ("GB", "RO", "US")
    pred["contacts"] = sorted(
        {m.value for m in find_phones(text, hints, extra_regions=countries_named(text))}
    )
    pred["victims"] = {"count": summary["victims"]}
    pred["outcomes"] = {k.split(".")[1]: summary[v] for k, v in SCALARS.items() if k.startswith("outcomes")}
    pred["language"] = language
    return pred


def get(doc: dict, dotted: str):
    for key in dotted.split("."):
        doc = doc.get(key) if isinstance(doc, dict) else None
    return doc


def score_case(gold: dict, pred: dict, totals: dict[str, list[int]]) -> list[str]:
    problems = []
    for f in SET_FIELDS:
        g, p = set(get(gold, f) or []), set(get(pred, f) or [])
        if f not in ("contacts",) and get(gold, f) is None:
            continue
        t = totals.setdefault(f, [0, 0, 0])
        t[0] += len(g & p)
        t[1] += len(p - g)
        t[2] += len(g - p)
        if g != p:
            problems.append(f"{f}: +{sorted(p - g)} -{sorted(g - p)}")
    for f in SCALARS:
        g, p = get(gold, f), get(pred, f)
        t = totals.setdefault(f, [0, 0, 0])
        if g is None and p is None:
            continue
        if g is not None and p is not None and abs(float(g) - float(p)) < 1e-6:
            t[0] += 1
            continue
        if p is not None:
            t[1] += 1
        if g is not None:
            t[2] += 1
        problems.append(f"{f}: got {p} want {g}")
    return problems


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--show", action="store_true", help="print each case's differences")
    ap.add_argument("--lang", help="only cases in this language (en/ro)")
    args = ap.parse_args()
    totals: dict[str, list[int]] = {}
    started = time.perf_counter()
    n = 0
    for d in args.dirs:
        for txt in sorted(d.glob("*.txt")):
            gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            if args.lang and gold.get("language", "en") != args.lang:
                continue
            pred = predict(txt.read_text(encoding="utf-8"))
            n += 1
            problems = score_case(gold, pred, totals)
            if args.show and problems:
                print(f"{d.name}/{txt.stem}:")
                for p in problems:
                    print("   ", p)
    elapsed = time.perf_counter() - started
    print(f"{'field':32} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for f, (tp, fp, fn) in totals.items():
        p, r, f1 = prf(tp, fp, fn)
        print(f"{f:32} {tp:4} {fp:4} {fn:4} {p:6.3f} {r:6.3f} {f1:6.3f}")
    tp, fp, fn = (sum(t[i] for t in totals.values()) for i in range(3))
    p, r, f1 = prf(tp, fp, fn)
    print(f"{'MICRO':32} {tp:4} {fp:4} {fn:4} {p:6.3f} {r:6.3f} {f1:6.3f}")
    print(f"cases={n} seconds={elapsed:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
