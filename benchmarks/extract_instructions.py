"""Extraction cost against the bare spaCy model in CPU instructions, which machine noise does not move.

    .venv/bin/python benchmarks/extract_instructions.py [--docs 40] [--sides bare,indexed,full]

Wall-clock ratios on these shared machines moved by a tenth between runs of the same code (see
RESULTS.md), so this counts instructions instead: each side (bare `nlp.pipe`, full `extract_many`, as
in `extract_speed.py`) runs in a child under valgrind's cachegrind (`--cache-sim=no`: it only counts),
once with no documents and once with N; the difference is the cost of the N documents alone, without
interpreter start-up, model loading and warm-up. The count depends on the code, the texts and the
interpreter only (the children run with PYTHONHASHSEED=0, so set and dict orders repeat too). The bare side
does not depend on our code: `--sides full` measures another version of ours against a bare count taken
before. "indexed" is the bare model with the lemmatizer's word sets our pipeline loads
(`nlp.index_lemma_words`, a speed-up of spaCy's own parse): full against it is the like-for-like
ratio, what our rules add and nothing else. Instructions are not seconds (memory stalls and branch
misses differ), so this is a check on the wall-clock ratio, not a replacement. It takes about ten
minutes per side here.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import bare, full, texts, words  # a sibling script, not a package

_I_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


_SIDES = ("bare", "indexed", "full")


def child(side: str, n: int) -> None:
    batch = list(itertools.islice(itertools.cycle(texts()), n))
    if side == "full":
        full(batch)
    else:
        bare(batch, indexed=side == "indexed")


def instructions(side: str, n: int) -> int:
    """Instructions executed by a child process that loads `side` and runs it over n documents."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={tmp}/cg.out",
             sys.executable, __file__, "--child", side, "--docs", str(n)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"},
        )  # fmt: skip
    found = _I_REFS.search(out.stderr)
    if not found:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40, help="documents per side")
    ap.add_argument("--sides", default="bare,indexed,full", help="sides to count: bare, indexed, full")
    ap.add_argument("--child", choices=_SIDES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.docs)
        return 0
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (Debian package valgrind)")
    batch = list(itertools.islice(itertools.cycle(texts()), args.docs))
    print(f"documents={len(batch)} words={words(batch)}")
    cost = {}
    for side in [s.strip() for s in args.sides.split(",") if s.strip() in _SIDES]:
        empty, loaded = instructions(side, 0), instructions(side, args.docs)
        cost[side] = loaded - empty
        print(f"{side:5} start-up {empty / 1e9:7.2f} G instructions, documents {cost[side] / 1e9:7.2f} G")
    if "full" in cost and "bare" in cost:
        print(f"ratio (full/bare) {cost['full'] / cost['bare']:.2f}x instructions  (target <= 1.5x)")
    if "full" in cost and "indexed" in cost:
        like = cost["full"] / cost["indexed"]
        print(f"ratio (full/bare, indexed) {like:.2f}x instructions  (like for like)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
