"""PER/ORG/LOC F1 of our English NER on the CoNLL-2003 English test split.

    .venv/bin/python benchmarks/conll_ner.py [--limit N]

Reads ../shared/eval_data/conll2003_en/test.txt (Reuters text: read in place, never copied into
the project). Sentences are rebuilt by joining tokens with spaces; spaCy labels map to CoNLL's
(PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC; NORP and the rest are MISC and not scored). Exact
entity-span matching. Scores our pipeline (model + entity ruler) and the bare model side by side.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

DATA = Path(__file__).resolve().parents[1].parent / "shared/eval_data/conll2003_en/test.txt"
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
TYPES = ("PER", "ORG", "LOC")


def sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    out, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if tokens:
                out.append((tokens, tags))
            tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        out.append((tokens, tags))
    return out


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first token, end token, type) from IOB1/IOB2 tags."""
    spans, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix in ("O", "B") or label != kind):
            spans.add((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and start is None:
            start, kind = i, label
    return {s for s in spans if s[2] in TYPES}


def predicted_spans(doc: Doc, offsets: list[int]) -> set[tuple[int, int, str]]:
    index = {o: i for i, o in enumerate(offsets)}
    spans = set()
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        first = index.get(ent.start_char)
        if kind is None or first is None:
            continue
        last = max(i for i, o in enumerate(offsets) if o < ent.end_char)
        spans.add((first, last + 1, kind))
    return spans


def evaluate(nlp: Language, data: list[tuple[list[str], list[str]]]) -> dict[str, tuple[float, float, float]]:
    counts: Counter[tuple[str, str]] = Counter()
    texts, all_offsets = [], []
    for tokens, _ in data:
        offsets, pos = [], 0
        for tok in tokens:
            offsets.append(pos)
            pos += len(tok) + 1
        texts.append(" ".join(tokens))
        all_offsets.append(offsets)
    for (_, tags), offsets, doc in zip(data, all_offsets, nlp.pipe(texts, batch_size=256), strict=True):
        gold, pred = gold_spans(tags), predicted_spans(doc, offsets)
        for kind in TYPES:
            g = {s for s in gold if s[2] == kind}
            p = {s for s in pred if s[2] == kind}
            counts[kind, "tp"] += len(g & p)
            counts[kind, "fp"] += len(p - g)
            counts[kind, "fn"] += len(g - p)
    out = {}
    for kind in (*TYPES, "ALL"):
        kinds = TYPES if kind == "ALL" else (kind,)
        tp = sum(counts[k, "tp"] for k in kinds)
        fp = sum(counts[k, "fp"] for k in kinds)
        fn = sum(counts[k, "fn"] for k in kinds)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"CoNLL test file not found at {DATA}", file=sys.stderr)
        return 1
    import spacy

    from threadline.extract import nlp

    data = sentences(DATA)
    if args.limit:
        data = data[: args.limit]
    print(f"sentences={len(data)}")
    for name, model in (("ours (ruler+ner)", nlp.english()), ("bare model", spacy.load(nlp.ENGLISH_MODEL))):
        start = time.perf_counter()
        scores = evaluate(model, data)
        line = "  ".join(f"{k} P={p:.3f} R={r:.3f} F1={f:.3f}" for k, (p, r, f) in scores.items())
        print(f"{name:18} {line}  ({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
