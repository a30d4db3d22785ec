"""A Febrl-style generator written for these tests: original person records plus duplicates
carrying the typical corruptions (typos, missing values, swapped names, nicknames, date slips,
other phone formats). Returns records with a `true_id` column for scoring."""

from __future__ import annotations

import random

import pandas as pd

GIVEN = [
    "ion",
    "maria",
    "elena",
    "gheorghe",
    "vasile",
    "ana",
    "andrei",
    "mihai",
    "stefan",
    "ioana",
    "daniel",
    "cristina",
    "james",
    "emily",
    "oliver",
    "sophie",
    "thomas",
    "grace",
    "william",
    "charlotte",
    "jack",
    "amelia",
    "harry",
    "isla",
    "george",
    "ava",
    "noah",
    "florin",
    "bogdan",
    "larisa",
    "adrian",
    "roxana",
    "lucian",
    "simona",
    "paul",
    "irina",
]
SURNAMES = [
    "popescu",
    "ionescu",
    "popa",
    "radu",
    "stan",
    "stoica",
    "rusu",
    "matei",
    "marin",
    "tudor",
    "smith",
    "jones",
    "taylor",
    "brown",
    "williams",
    "wilson",
    "johnson",
    "davies",
    "robinson",
    "wright",
    "thompson",
    "evans",
    "walker",
    "white",
    "roberts",
    "green",
    "hall",
    "wood",
    "jackson",
    "clarke",
    "barbulescu",
    "nastase",
    "voicu",
    "oprea",
    "enache",
    "mocanu",
    "grigore",
    "cristea",
    "dinu",
    "balan",
]
TOWNS = [
    "london",
    "leeds",
    "luton",
    "slough",
    "boston",
    "wisbech",
    "leicester",
    "peterborough",
    "northampton",
    "harrow",
    "ilford",
    "hounslow",
]
STREETS = [
    ("colindale", "avenue", "ave"),
    ("edgware", "road", "rd"),
    ("church", "street", "st"),
    ("mill", "lane", "ln"),
    ("station", "road", "rd"),
    ("park", "avenue", "ave"),
]
NICK = {"william": "bill", "thomas": "tom", "james": "jim", "ion": "ionel", "gheorghe": "ghita"}


def _typo(value: str, rng: random.Random) -> str:
    if len(value) < 3:
        return value
    i = rng.randrange(1, len(value) - 1)
    op = rng.randrange(3)
    if op == 0:
        return value[:i] + value[i + 1] + value[i] + value[i + 2 :]
    if op == 1:
        return value[:i] + value[i + 1 :]
    return value[:i] + rng.choice("aeioustrn") + value[i:]


def _duplicate(original: dict, rng: random.Random) -> dict:
    """A copy of `original` with one to three Febrl-style corruptions."""
    dup = dict(original)
    for _ in range(rng.randint(1, 3)):
        field = rng.choice(
            [
                "given_name",
                "surname",
                "date_of_birth",
                "address_1",
                "postcode",
                "suburb",
                "phone",
                "missing",
                "swap",
                "nick",
                "format",
            ]
        )
        if field in dup and (dup[field] is None or "/" in str(dup[field])):
            continue  # already missing or reformatted
        if field in ("given_name", "surname", "suburb"):
            dup[field] = _typo(dup[field], rng)
        elif field == "date_of_birth":
            y, m, d = dup["date_of_birth"].split("-")
            dup["date_of_birth"] = rng.choice(
                [
                    f"{y}-{d}-{m}" if int(d) <= 12 else f"{y}-{m}-{d}",
                    f"{int(y) + rng.choice([-1, 1])}-{m}-{d}",
                    f"{d}/{m}/{y}",
                ]
            )
        elif field == "address_1" and dup["address_1"]:
            dup["address_1"] = dup["address_1"].replace(dup["_full"], dup["_short"])
        elif field == "postcode" and dup["postcode"]:
            dup["postcode"] = dup["postcode"].split()[0]
        elif field == "phone" and dup["phone"] and dup["phone"].startswith("0"):
            dup["phone"] = "+44 " + dup["phone"][1:]
        elif field == "missing":
            dup[rng.choice(["given_name", "date_of_birth", "address_1", "phone", "suburb"])] = None
        elif field == "swap" and dup["given_name"] and dup["surname"]:
            dup["given_name"], dup["surname"] = dup["surname"], dup["given_name"]
        elif field == "nick" and dup["given_name"] in NICK:
            dup["given_name"] = NICK[dup["given_name"]]
        elif field == "format" and dup["given_name"]:
            dup["given_name"] = dup["given_name"].upper()
    return dup


def generate(n_originals: int = 600, dup_rate: float = 0.6, seed: int = 5) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    for k in range(n_originals):
        street, full, short = rng.choice(STREETS)
        outward = f"{rng.choice(['NW', 'PE', 'SL', 'LU', 'LE'])}{rng.randint(1, 20)}"
        original = {
            "true_id": f"t{k}",
            "given_name": rng.choice(GIVEN),
            "surname": rng.choice(SURNAMES),
            "date_of_birth": f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "address_1": f"{rng.randint(1, 200)} {street} {full}",
            "postcode": f"{outward} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUWXYZ')}",
            "suburb": rng.choice(TOWNS),
            "phone": f"07{rng.choice('4589')}{rng.randint(10, 99)} {rng.randint(100000, 999999)}",
            "_short": short,
            "_full": full,
        }
        rows.append(original)
        for _ in range(rng.choice([0, 1, 1, 2, 3]) if rng.random() < dup_rate else 0):
            rows.append(_duplicate(original, rng))
    rng.shuffle(rows)
    frame = pd.DataFrame(rows).drop(columns=["_short", "_full"])
    frame.insert(0, "rec_id", [f"rec-{i}" for i in range(len(frame))])
    return frame


def generate_4a_4b(n: int = 5000, seed: int = 4) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shape of Febrl's dataset 4: `n` originals in A and exactly one corrupted duplicate of each
    in B (shuffled), both with `true_id`. Originals come from `generate` (no duplicates in it)."""
    rng = random.Random(seed + 1)
    a = generate(n_originals=n, dup_rate=0.0, seed=seed)
    b = pd.DataFrame([_duplicate(row | _forms(row), rng) for row in a.to_dict("records")])
    b = (
        b.drop(columns=["_short", "_full", "rec_id"])
        .sample(frac=1.0, random_state=seed)
        .reset_index(drop=True)
    )
    b.insert(0, "rec_id", [f"rec-{i}-dup" for i in range(len(b))])
    return a, b


def _forms(row: dict) -> dict:
    # The street's long and short forms, so the address corruption can abbreviate it.
    for _street, full, short in STREETS:
        if row["address_1"] and row["address_1"].endswith(full):
            return {"_full": full, "_short": short}
    return {"_full": "", "_short": ""}
