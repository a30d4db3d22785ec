"""Extraction speed against the bare spaCy model, side by side in one run, and peak memory.

    .venv/bin/python benchmarks/extract_speed.py [--docs N] [--rss 1000,10000]

Texts: the dev set (../shared/eval/dev) and our tuning corpus, cycled to N documents. "Bare" is
`nlp.pipe` of the same English model with nothing of ours; "full" is `extract()` per document
(language, segments, patterns, counts, classification, entities, roles, geocoding, summary).
Peak RSS is measured in a fresh child process per document count, so the numbers do not mix.

Our pipeline holds the lemmatizer's word index in sets (`nlp.index_lemma_words`), which makes the
parse itself cheaper than the shipped model's; "bare, indexed" is the bare model with the same sets,
so its ratio is like for like: it measures what our rules add and nothing else.

The machines here are noisy (other jobs, I/O waits): each run times both sides by the wall clock and
by the process's CPU time, and `--repeat N` alternates bare and full N times and prints the median
of each ratio, so one slow moment does not decide the figure.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import statistics
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


_WARM_UP_TEXT = "Police in London arrested Ion Popescu, 31, on 5 July."


def bare(batch: list[str], indexed: bool = False) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the bare model over the batch; `indexed` gives the model the
    lemmatizer's word sets our pipeline loads (`index_lemma_words`), for a like-for-like ratio."""
    import spacy

    from threadline.extract.nlp import ENGLISH_MODEL, index_lemma_words

    nlp = spacy.load(ENGLISH_MODEL)
    if indexed:
        index_lemma_words(nlp)
    # Warmed on a fixed text, as `warm_up` warms the full side: warming on the batch's own first texts
    # would fill spaCy's lemma cache for them (a head start the full side does not get) and, with no
    # documents, would warm nothing, so that the instruction count charged five extra parses to bare.
    list(nlp.pipe([_WARM_UP_TEXT]))
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(batch):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def full(batch: list[str], one_by_one: bool = False) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of our whole extraction over the batch."""
    from threadline.extract.pipeline import extract, extract_many, warm_up
    from threadline.taxonomy.document import Document

    warm_up()
    start, cpu = time.perf_counter(), time.process_time()
    if one_by_one:
        for text in batch:
            extract(Document(text=text))
    else:
        extract_many([Document(text=t) for t in batch])
    return time.perf_counter() - start, time.process_time() - cpu


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
    ap.add_argument("--repeat", type=int, default=1, help="alternate bare and full N times; print medians")
    ap.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child)
        return 0
    batch = list(itertools.islice(itertools.cycle(texts()), args.docs))
    n_words = words(batch)
    print(f"documents={len(batch)} words={n_words}")
    wall_ratios, cpu_ratios, like_wall, like_cpu = [], [], [], []
    for _ in range(max(1, args.repeat)):
        (w_bare, c_bare), (w_idx, c_idx), (w_full, c_full) = bare(batch), bare(batch, True), full(batch)
        wall_ratios.append(w_full / w_bare)
        cpu_ratios.append(c_full / c_bare)
        like_wall.append(w_full / w_idx)
        like_cpu.append(c_full / c_idx)
        for name, w, c in (("bare nlp.pipe", w_bare, c_bare), ("bare, indexed", w_idx, c_idx),
                           ("full extraction", w_full, c_full)):  # fmt: skip
            print(f"{name:17} {n_words / w:10.0f} words/s  ({w:.1f} s wall, {c:.1f} s CPU)")
        print(f"ratio (full/bare) {w_full / w_bare:10.2f}x wall, {c_full / c_bare:.2f}x CPU")
        print(f"ratio (full/bare, indexed) {w_full / w_idx:.2f}x wall, {c_full / c_idx:.2f}x CPU")
    print(
        f"median ratio over {len(wall_ratios)} run(s): {statistics.median(wall_ratios):.2f}x wall, "
        f"{statistics.median(cpu_ratios):.2f}x CPU  (target <= 1.5x); like for like "
        f"{statistics.median(like_wall):.2f}x wall, {statistics.median(like_cpu):.2f}x CPU"
    )
    if args.one_by_one:
        t_single, _ = full(batch, one_by_one=True)
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
