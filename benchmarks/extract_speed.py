"""Extraction speed against the bare spaCy model, side by side in one run, and peak memory.

    .venv/bin/python benchmarks/extract_speed.py [--docs N] [--rss 1000,10000]

Texts: the dev set (../shared/eval/dev) and our tuning corpus, cycled to N documents. "Bare" is
`nlp.pipe` of the same English model with nothing of ours; "full" is `extract()` per document
(language, segments, patterns, counts, classification, entities, roles, geocoding, summary).
Peak RSS is measured in a fresh child process per document count, so the numbers do not mix.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "eval" / "dev", ROOT / "tests" / "extract" / "corpus"]


def texts() -> list[str]:
    out = []
    for folder in SOURCES:
        out += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not out:
        raise SystemExit("no texts found")
    return out


def words(batch: list[str]) -> int:
    return sum(len(t.split()) for t in batch)


def bare(batch: list[str]) -> float:
    import spacy

    from threadline.extract.nlp import ENGLISH_MODEL

    nlp = spacy.load(ENGLISH_MODEL)
    list(nlp.pipe(batch[:5]))  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(batch):
        pass
    return time.perf_counter() - start


def full(batch: list[str], one_by_one: bool = False) -> float:
    from threadline.extract.pipeline import extract, extract_many, warm_up
    from threadline.taxonomy.document import Document

    warm_up()
    start = time.perf_counter()
    if one_by_one:
        for text in batch:
            extract(Document(text=text))
    else:
        extract_many([Document(text=t) for t in batch])
    return time.perf_counter() - start


def rss_child(n: int) -> None:
    """Run in a child: extract n documents, print peak RSS in MB."""
    from threadline.extract.pipeline import extract_many
    from threadline.taxonomy.document import Document

    batch = list(itertools.islice(itertools.cycle(texts()), n))
    start = time.perf_counter()
    for i in range(0, n, 100):  # a worker's batches: memory must not grow with the total
        extract_many([Document(text=t) for t in batch[i : i + 100]])
    elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{n}\t{peak_kb / 1024:.0f}\t{elapsed:.0f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="documents for the speed comparison")
    ap.add_argument("--rss", default="1000,10000", help="document counts for peak RSS ('' = skip)")
    ap.add_argument("--one-by-one", action="store_true", help="also time extract() per document")
    ap.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child)
        return 0
    batch = list(itertools.islice(itertools.cycle(texts()), args.docs))
    n_words = words(batch)
    t_bare = bare(batch)
    t_full = full(batch)
    wps_bare, wps_full = n_words / t_bare, n_words / t_full
    print(f"documents={len(batch)} words={n_words}")
    print(f"bare nlp.pipe     {wps_bare:10.0f} words/s  ({t_bare:.1f} s)")
    print(f"full extraction   {wps_full:10.0f} words/s  ({t_full:.1f} s)")
    print(f"ratio (bare/full) {wps_bare / wps_full:10.2f}x  (target <= 1.5x)")
    if args.one_by_one:
        t_single = full(batch, one_by_one=True)
        print(f"extract() one at a time {n_words / t_single:6.0f} words/s  ({t_single:.1f} s)")
    for n in [int(x) for x in args.rss.split(",") if x.strip()]:
        out = subprocess.run(
            [sys.executable, __file__, "--rss-child", str(n)],
            capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        print(f"peak RSS {int(out[0]):6d} docs: {out[1]} MB ({out[2]} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
