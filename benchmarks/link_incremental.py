"""Incremental matching latency: one report's mentions against an index of N entities.

    .venv/bin/python benchmarks/link_incremental.py [--entities 1000000] [--reports 500]

Entities are generated (Romanian/English name pools, phones, plates); each query report carries
a few person mentions (some with typos or initials) and a phone and a plate.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from types import SimpleNamespace

from threadline.link.incremental import BlockingIndex

GIVEN = [
    "ion",
    "gheorghe",
    "vasile",
    "constantin",
    "maria",
    "elena",
    "ana",
    "andrei",
    "mihai",
    "ionut",
    "florin",
    "daniela",
    "cristina",
    "alexandru",
    "stefan",
    "james",
    "john",
    "emma",
    "olivia",
    "george",
    "adrian",
    "bogdan",
    "catalin",
    "dorin",
    "emil",
    "lucian",
    "marius",
]
SUR = [
    "popescu",
    "ionescu",
    "popa",
    "pop",
    "radu",
    "dumitru",
    "stan",
    "stoica",
    "gheorghe",
    "rusu",
    "munteanu",
    "matei",
    "constantin",
    "serban",
    "moldovan",
    "lungu",
    "smith",
    "jones",
    "brown",
    "taylor",
    "wilson",
    "davies",
    "evans",
    "marin",
    "tudor",
    "ilie",
    "florea",
]


def build(n: int, rng: random.Random) -> tuple[BlockingIndex, list[tuple[str, str, str]]]:
    index = BlockingIndex()
    people = []
    for i in range(n):
        # Compound surnames give ~20k distinct surnames: a million entities are not all Popescu,
        # yet common blocks still hold dozens of people.
        surname = rng.choice(SUR) + (rng.choice(SUR)[:3] if i % 2 else "")
        name = f"{rng.choice(GIVEN)} {surname}"
        phone = f"+4479{rng.randrange(10**8):08d}"
        letters = "".join(rng.choices("ABCDEFGHJK", k=3))
        plate = f"plate:{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.randrange(10, 99)}{letters}"
        eid = f"e{i}"
        index.add_person(eid, name, birth_year=rng.randrange(1950, 2005))
        index.add_key(f"p{i}", f"phone:{phone}")
        index.add_key(f"v{i}", plate)
        people.append((name, phone, plate[6:]))
    return index, people


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--reports", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(3)
    t = time.perf_counter()
    index, people = build(args.entities, rng)
    build_s = time.perf_counter() - t
    latencies = []
    for _ in range(args.reports):
        mentions = []
        for _ in range(3):
            name, phone, plate = rng.choice(people)
            if rng.random() < 0.3:
                name = name[0] + ". " + name.split()[-1]
            mentions.append(SimpleNamespace(kind="person", value=name, text=name, attributes={"age": 30}))
        mentions.append(SimpleNamespace(kind="phone", value=None, text="0" + phone[3:], attributes={}))
        mentions.append(SimpleNamespace(kind="vehicle", value=None, text=plate, attributes={}))
        start = time.perf_counter()
        index.match_mentions(mentions)
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    p95 = latencies[int(0.95 * len(latencies)) - 1]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"entities={args.entities} build={build_s:.1f}s reports={args.reports} "
        f"median={statistics.median(latencies):.2f}ms p95={p95:.2f}ms max={latencies[-1]:.2f}ms "
        f"peak={peak:.0f}MB"
    )


if __name__ == "__main__":
    main()
