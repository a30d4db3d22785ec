"""The synthetic world at scale: batch linking of 10k / 100k / 1M mentions against a baseline.

The world (`threadline.link.world`, seed 2 by default; the pipeline was tuned on seed 1) is written
once per size to a temporary Parquet file; each method then runs in its own fresh process, so wall
time, CPU time (all threads) and peak RSS are its own. Time covers the whole linking pipeline,
training included, from the mention table in memory to an entity per mention (not generation, not
reading the file).

Methods
- threadline: `link.batch.link_mentions` (keys, networks from shared keys, Splink with the network
  as evidence, EM on a sample, λ for the real size, capped clusters).
- baseline: what we had before — keyed mentions grouped by their surface text (lower-cased,
  punctuation and spaces removed), people by `link.resolve.resolve_frames` on name, age, gender and
  nationality (the `threadline resolve` path: Splink with our comparisons, no report context).

Quality: phones, addresses and vehicles by pairwise F1 (and B³ F1 beside it); people by B-cubed.

    .venv/bin/python benchmarks/link_world.py [--sizes 10000,100000,1000000] [--seed 2] [--write]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

from fresh_process import cpu_seconds, peak_mb, run_fresh

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SECTION = "## Synthetic world at scale"
KEYED = ("phone", "address", "vehicle")
TARGETS = {"keyed_f1": 0.95, "people_f1": 0.90, "seconds_1m": 300.0, "peak_mb_1m": 12 * 1024}
# A child may use at most this much address space: the machine is shared, and a baseline that
# would need more fails instead of pushing everyone into swap.
CHILD_MEMORY_BYTES = 12 * 1024**3
CHILD_TIMEOUT_S = 1500


def run_threadline(mentions: pd.DataFrame) -> pd.Series:
    from threadline.link.batch import link_mentions

    result = link_mentions(mentions)
    return pd.Series(result.links["entity_id"].to_numpy(), index=result.links["mention_id"])


def _surface_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", str(text).lower())


def run_baseline(mentions: pd.DataFrame) -> pd.Series:
    from threadline.link.resolve import resolve_frames

    entity = pd.Series(index=mentions["mention_id"].to_numpy(), dtype=object)
    keyed = mentions[mentions["kind"] != "person"]
    entity.loc[keyed["mention_id"].to_numpy()] = (
        keyed["kind"] + ":" + keyed["text"].map(_surface_key)
    ).to_numpy()
    people = mentions[mentions["kind"] == "person"]
    records = pd.DataFrame(
        {
            "mention_id": people["mention_id"].to_numpy(),
            "full_name": people["text"].to_numpy(),
            "age": people["age"].astype(object).to_numpy(),
            "gender": people["gender"].to_numpy(),
            "nationality": people["nationality"].to_numpy(),
        }
    )
    result = resolve_frames({"m": records}, id_column="mention_id")
    clusters = result.clusters
    entity.loc[clusters["record_id"].to_numpy()] = clusters["cluster_id"].to_numpy()
    return entity


def _child(method: str, path: str, queue: Any) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
    try:
        mentions = pd.read_parquet(path)
        cpu0 = cpu_seconds()
        start = time.perf_counter()
        predicted = (run_threadline if method == "threadline" else run_baseline)(mentions)
        wall = time.perf_counter() - start
        cpu = cpu_seconds() - cpu0
        peak = peak_mb()
        queue.put({"ok": True, "seconds": wall, "cpu_seconds": cpu, "peak_mb": peak, "predicted": predicted})
    except BaseException as exc:  # report the failure (e.g. out of memory) instead of hanging
        queue.put({"ok": False, "error": f"{type(exc).__name__}: {exc}"[:200]})


def run(method: str, path: str) -> dict[str, Any]:
    return run_fresh(_child, method, path, timeout=CHILD_TIMEOUT_S)


def score(predicted: pd.Series, truth: pd.DataFrame) -> dict[str, float]:
    from threadline.link.evaluate import bcubed, pairwise

    frame = truth.assign(predicted=predicted.reindex(truth["mention_id"]).to_numpy())
    out: dict[str, float] = {}
    for kind, part in frame.groupby("kind"):
        pred = dict(zip(part["mention_id"], part["predicted"], strict=True))
        true = dict(zip(part["mention_id"], part["entity_id"], strict=True))
        b, p = bcubed(pred, true), pairwise(pred, true)
        out |= {f"{kind}_b3_p": b.precision, f"{kind}_b3_r": b.recall, f"{kind}_b3_f1": b.f1}
        out |= {f"{kind}_pair_f1": p.f1}
    return out


def measure(size: int, seed: int, methods: list[str], work: Path) -> list[dict[str, Any]]:
    from threadline.link.world import generate_world

    world = generate_world(size, seed=seed)
    path = work / f"world_{size}.parquet"
    world.mentions.to_parquet(path)
    truth = world.truth.merge(world.mentions[["mention_id", "kind"]], on="mention_id")
    rows = []
    for method in methods:
        result = run(method, str(path))
        row: dict[str, Any] = {"size": size, "mentions": len(world.mentions), "method": method}
        if result["ok"]:
            row |= {k: result[k] for k in ("seconds", "cpu_seconds", "peak_mb")}
            row |= score(result["predicted"], truth)
        else:
            row["error"] = result["error"]
        rows.append(row)
        print(table([row]).splitlines()[-1], flush=True)
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| mentions | method | phone pair F1 (B³) | address pair F1 (B³) | vehicle pair F1 (B³) "
        "| people B³ P | B³ R | B³ F1 | wall s | CPU s | peak MB |\n" + "|---" * 11 + "|\n"
    )
    lines = []
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['mentions']:,} | {r['method']} | failed: {r['error']} |" + " |" * 8)
            continue
        keyed = " | ".join(f"{r[f'{k}_pair_f1']:.3f} ({r[f'{k}_b3_f1']:.3f})" for k in KEYED)
        lines.append(
            f"| {r['mentions']:,} | {r['method']} | {keyed} | {r['person_b3_p']:.3f} | "
            f"{r['person_b3_r']:.3f} | {r['person_b3_f1']:.3f} | {r['seconds']:.1f} | "
            f"{r['cpu_seconds']:.1f} | {r['peak_mb']:.0f} |"
        )
    return head + "\n".join(lines) + "\n"


def growth(rows: list[dict[str, Any]]) -> str:
    """Time per mention of each size relative to the size before it (1.0 = linear growth)."""
    lines = ["| method | sizes | wall s per 1k mentions | CPU s per 1k | × wall per mention | × CPU |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for method in dict.fromkeys(r["method"] for r in rows):
        ok = [r for r in rows if r["method"] == method and "error" not in r]
        for before, after in zip([None, *ok], ok, strict=False):
            wall = after["seconds"] / after["mentions"] * 1000
            cpu = after["cpu_seconds"] / after["mentions"] * 1000
            if before is None:
                ratio_wall = ratio_cpu = "—"
                sizes = f"{after['mentions']:,}"
            else:
                ratio_wall = f"{wall / (before['seconds'] / before['mentions'] * 1000):.2f}"
                ratio_cpu = f"{cpu / (before['cpu_seconds'] / before['mentions'] * 1000):.2f}"
                sizes = f"{before['mentions']:,} → {after['mentions']:,}"
            lines.append(f"| {method} | {sizes} | {wall:.3f} | {cpu:.3f} | {ratio_wall} | {ratio_cpu} |")
    return "\n".join(lines) + "\n"


def ratios(rows: list[dict[str, Any]]) -> str:
    lines = ["| mentions | wall ours/baseline | CPU ours/baseline | peak MB ours/baseline "
             "| people B³ F1 ours/baseline | address pair F1 ours/baseline |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    by = {(r["size"], r["method"]): r for r in rows}
    for size in dict.fromkeys(r["size"] for r in rows):
        ours, base = by.get((size, "threadline")), by.get((size, "baseline"))
        if not ours or not base or "error" in ours or "error" in base:
            continue
        lines.append(
            f"| {ours['mentions']:,} | {ours['seconds'] / base['seconds']:.2f} "
            f"| {ours['cpu_seconds'] / base['cpu_seconds']:.2f} | {ours['peak_mb'] / base['peak_mb']:.2f} "
            f"| {ours['person_b3_f1'] / base['person_b3_f1']:.2f} "
            f"| {ours['address_pair_f1'] / base['address_pair_f1']:.2f} |"
        )
    return "\n".join(lines) + "\n"


def verdicts(rows: list[dict[str, Any]]) -> str:
    lines = []
    for r in rows:
        if r["method"] != "threadline":
            continue
        if "error" in r:
            lines.append(f"- {r['mentions']:,}: failed ({r['error']}) — NOT met")
            continue
        checks = [(f"{k} pair F1", r[f"{k}_pair_f1"], TARGETS["keyed_f1"], "≥") for k in KEYED]
        checks.append(("people B³ F1", r["person_b3_f1"], TARGETS["people_f1"], "≥"))
        if r["size"] >= 1_000_000:
            checks.append(("wall s", r["seconds"], TARGETS["seconds_1m"], "≤"))
            checks.append(("peak MB", r["peak_mb"], TARGETS["peak_mb_1m"], "≤"))
        for name, value, target, sign in checks:
            ok = value >= target if sign == "≥" else value <= target
            verdict = "met" if ok else "NOT met"
            lines.append(f"- {r['mentions']:,} {name}: {value:.3f} (target {sign} {target:g}) {verdict}")
    return "\n".join(lines) + "\n"


def append_section(text: str) -> None:
    existing = RESULTS.read_text("utf-8") if RESULTS.exists() else "# Benchmark results\n"
    RESULTS.write_text(existing.rstrip("\n") + "\n\n" + text, "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated mention counts")
    parser.add_argument("--seed", type=int, default=2, help="world seed (the pipeline was tuned on 1)")
    parser.add_argument("--methods", default="threadline,baseline")
    parser.add_argument(
        "--baseline-max", type=int, default=1_000_000, help="skip the baseline above this many mentions"
    )
    parser.add_argument("--write", action="store_true", help=f"append a '{SECTION}' run to RESULTS.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    methods = [m for m in args.methods.split(",") if m]
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_start = os.getloadavg()[0]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="threadline-world-") as tmp:
        for size in sizes:
            wanted = [m for m in methods if m != "baseline" or size <= args.baseline_max]
            rows += measure(size, args.seed, wanted, Path(tmp))
    load_end = os.getloadavg()[0]
    text = (
        f"`benchmarks/link_world.py --sizes {args.sizes} --seed {args.seed}`, started {started}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, load average {load_start:.1f} at "
        f"the start and {load_end:.1f} at the end (shared machine: CPU s is the steadier figure).\n\n"
        + table(rows)
        + "\nHow cost grows (time per mention against the size before; 1.00 = linear):\n\n"
        + growth(rows)
        + "\nOurs against the baseline, same run:\n\n"
        + ratios(rows)
        + "\nTargets:\n\n"
        + verdicts(rows)
    )
    print("\n" + text)
    if args.write:
        append_section(f"{SECTION}\n\n" + text)


if __name__ == "__main__":
    main()
