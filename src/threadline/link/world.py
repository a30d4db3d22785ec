"""A synthetic world of extracted mentions, at any size, with its ground truth.

`synth.py` renders report texts; at 100k–1M mentions that is slow and nobody reads them. This module
produces the same kind of world directly as a mention table: what extraction would hand to linking
(one row per mention: report, kind, surface text, and for people age, gender and nationality), and
beside it the truth (which person, phone, address or vehicle each mention is). The surface noise
comes from `synth.py` (typos, dropped diacritics, nicknames, initials, surname-first capitals, phone,
plate and address formats), so both generators make the same mistakes.

Scale changes the world the way it changes reality: more networks, the same pool of common
Romanian names, so "Ion Popescu" names more different people the larger the world. Keyed values
(phone numbers, plates, addresses) are unique to their network. Deterministic for a seed.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

import pandas as pd

from threadline.link.synth import (
    COMMON_NAMES,
    GIVEN_F,
    GIVEN_M,
    RO_COUNTIES,
    SURNAMES,
    Person,
    _address_surface,
    _name_surface,
    _phone_surface,
    _plate_surface,
    _valid_ro_mobile,
    _valid_uk_mobile,
)

# More surnames than synth.py's list, so a large world has a realistic spread of names, built the way
# Romanian surnames are (stem + suffix). Weighted towards the head: common names stay common.
_SURNAME_STEMS = [
    "Dobr", "Neag", "Vlăd", "Zamfir", "Tănas", "Nedel", "Chiril", "Andron", "Gavril", "Costach",
    "Lupu", "Buzd", "Manol", "Pătr", "Sim", "Iordach", "Cozm", "Dragom", "Mirc", "Paraschiv",
    "Petr", "Bratu", "Stanc", "Cârstoi", "Grig", "Anghel", "Mihail", "Toma", "Banc", "Frunz",
]  # fmt: skip
_SURNAME_SUFFIXES = ["escu", "eanu", "aru", "oiu", "ache", "ică", "an"]
# Places: (district, town, outward code). Streets are drawn separately, so one street name exists
# in many towns, as it does in the UK.
_PLACES = [
    ("Colindale", "London", "NW9"), ("Cricklewood", "London", "NW2"), ("Ilford", "London", "IG1"),
    ("Harrow", "London", "HA1"), ("Hounslow", "London", "TW4"), ("Tottenham", "London", "N17"),
    ("Barking", "London", "IG11"), ("Southall", "London", "UB1"), ("Slough", "Slough", "SL1"),
    ("Peterborough", "Peterborough", "PE1"), ("Wisbech", "Wisbech", "PE13"), ("Boston", "Boston", "PE21"),
    ("Northampton", "Northampton", "NN1"), ("Leicester", "Leicester", "LE2"), ("Luton", "Luton", "LU1"),
    ("Spalding", "Spalding", "PE11"), ("Coventry", "Coventry", "CV1"), ("Derby", "Derby", "DE1"),
    ("Nottingham", "Nottingham", "NG7"), ("Sheffield", "Sheffield", "S2"), ("Bradford", "Bradford", "BD3"),
    ("Reading", "Reading", "RG1"), ("Swindon", "Swindon", "SN1"), ("Kettering", "Kettering", "NN16"),
]  # fmt: skip
_STREET_STEMS = [
    "Church", "Station", "Victoria", "Albert", "Park", "Mill", "High", "Green", "London", "King",
    "Queen", "Manor", "Grange", "Cedar", "Oak", "Elm", "Willow", "Beech", "Windsor", "York",
    "Stanley", "George", "Brook", "Meadow", "Orchard", "Spring", "Clarence", "Cromwell", "Nelson",
    "Trinity", "Priory", "Abbey", "Chapel", "Wellington", "Colindale", "Edgware", "Mafeking",
]  # fmt: skip
_STREET_TYPES = ["Road", "Street", "Avenue", "Lane"]
# Share of reports that name no phone, address or vehicle at all: their people have only names.
NO_CONTEXT_SHARE = 0.06
MENTIONS_PER_NETWORK = 60


@dataclass(frozen=True)
class World:
    """`mentions`: what extraction hands to linking (no truth in it). Columns: mention_id,
    report_id, kind (person, phone, address, vehicle), text, age (Int64), gender, nationality.
    `truth`: mention_id, entity_id, network."""

    mentions: pd.DataFrame
    truth: pd.DataFrame


@dataclass
class _Network:
    id: str
    people: list[Person]
    phones: dict[str, str]
    addresses: dict[str, dict[str, str]]
    vehicles: dict[str, str]
    weight: float


class _Pools:
    """Names, places and the sets that keep keyed values unique across the world."""

    def __init__(self) -> None:
        self.surnames = SURNAMES + [s + x for s in _SURNAME_STEMS for x in _SURNAME_SUFFIXES]
        # Zipf-like: the k-th surname is drawn with weight 1/(k+1), so Popescu is common, not universal.
        self.surname_weights = _cumulative([1.0 / (k + 1) for k in range(len(self.surnames))])
        self.given_weights_m = _cumulative([1.0 / (k + 1) ** 0.7 for k in range(len(GIVEN_M))])
        self.given_weights_f = _cumulative([1.0 / (k + 1) ** 0.7 for k in range(len(GIVEN_F))])
        self.phones: set[str] = set()
        self.plates: set[str] = set()
        self.addresses: set[tuple[str, str, str]] = set()


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _person(pid: str, nid: str, role: str, rng: random.Random, pools: _Pools) -> Person:
    gender = "female" if (role == "victim" and rng.random() < 0.5) or rng.random() < 0.15 else "male"
    if rng.random() < 0.05:
        given, surname = rng.choice(COMMON_NAMES)
        gender = "female" if given in GIVEN_F else "male"
    else:
        names, weights = (
            (GIVEN_F, pools.given_weights_f) if gender == "female" else (GIVEN_M, pools.given_weights_m)
        )
        given = rng.choices(names, cum_weights=weights)[0]
        surname = rng.choices(pools.surnames, cum_weights=pools.surname_weights)[0]
    age = rng.randint(18, 45) if role == "victim" else rng.randint(25, 60)
    nationality = "GB" if rng.random() < 0.05 else "RO"
    return Person(pid, nid, given, surname, gender, 2025 - age, nationality, role)


def _unique(draw: object, seen: set, rng: random.Random) -> object:
    while True:
        value = draw(rng)  # type: ignore[operator]
        if value not in seen:
            seen.add(value)
            return value


def _plate(rng: random.Random) -> str:
    if rng.random() < 0.5:
        letters = "".join(rng.choices("ABCDEFGHJKLMNPRSTVXYZ", k=3))
        return f"{rng.choice(RO_COUNTIES)} {rng.randint(10, 99)} {letters}"
    area = "".join(rng.choices("ABCDEFGHKLMNOPRSVWY", k=2))
    return f"{area}{rng.randint(51, 74)} {''.join(rng.choices('ABCDEFGHJKLMNPRSTUVWXYZ', k=3))}"


def _address(rng: random.Random, pools: _Pools) -> dict[str, str]:
    while True:
        district, town, outward = rng.choice(_PLACES)
        street = f"{rng.choice(_STREET_STEMS)} {rng.choice(_STREET_TYPES)}"
        number = str(rng.randint(1, 250))
        if (number, street, outward) in pools.addresses:
            continue
        pools.addresses.add((number, street, outward))
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        return {
            "number": number,
            "street": street,
            "district": district,
            "town": town,
            "outward": outward,
            "postcode": f"{outward} {inward}",
        }


def _network(index: int, rng: random.Random, pools: _Pools) -> _Network:
    nid = f"N{index + 1:05d}"
    roles = ["controller"] + (["controller"] if rng.random() < 0.4 else [])
    roles += ["recruiter"] * rng.randint(0, 1) + ["driver"] * rng.randint(0, 1)
    roles += ["victim"] * rng.randint(3, 8)
    people = [_person(f"{nid}-P{j + 1:02d}", nid, role, rng, pools) for j, role in enumerate(roles)]
    phones: dict[str, str] = {}
    bosses = [p for p in people if p.role != "victim"]
    for k, owner in enumerate(bosses[: rng.randint(1, len(bosses))]):
        pid = f"{nid}-T{k + 1}"
        draw = _valid_uk_mobile if rng.random() < 0.7 else _valid_ro_mobile
        phones[pid] = str(_unique(draw, pools.phones, rng))
        owner.phone = pid
    addresses = {f"{nid}-A{k + 1}": _address(rng, pools) for k in range(rng.randint(1, 3))}
    vehicles = {f"{nid}-V{k + 1}": str(_unique(_plate, pools.plates, rng)) for k in range(rng.randint(1, 2))}
    # Some networks are far more active (more reports) than others.
    weight = rng.lognormvariate(0.0, 0.6)
    return _Network(nid, people, phones, addresses, vehicles, weight)


_GENDER_FORMS = {"female": ["female", "F", "woman", "f"], "male": ["male", "M", "man", "m"]}
_NATIONALITY_FORMS = {"RO": ["Romanian", "RO", "romana", "Romania"], "GB": ["British", "GB", "UK"]}


def _report(net: _Network, rid: str, rng: random.Random, noise: float, out: list[tuple]) -> None:
    """Append one report's mentions to `out` as (report_id, kind, text, age, gender, nationality,
    entity_id, network) tuples."""
    victims = [p for p in net.people if p.role == "victim"]
    bosses = [p for p in net.people if p.role != "victim"]
    named: list[Person] = []
    if rng.random() < 0.8:
        named.append(rng.choice(bosses))
    named += rng.sample(victims, k=min(len(victims), rng.randint(1, 3)))
    for p in named:
        age = None
        if rng.random() > noise * 0.6:
            age = 2025 - p.birth_year + rng.choice([0, 0, 0, -1, 1, 2])  # ages are estimates
        gender = rng.choice(_GENDER_FORMS[p.gender]) if rng.random() < 0.7 else None
        nationality = rng.choice(_NATIONALITY_FORMS[p.nationality]) if rng.random() < 0.35 else None
        out.append((rid, "person", _name_surface(p, rng, noise), age, gender, nationality, p.id, net.id))
    if rng.random() < NO_CONTEXT_SHARE:
        return
    keyed = 0
    if rng.random() < 0.85:
        aid = rng.choice(sorted(net.addresses))
        out.append((rid, "address", _address_surface(net.addresses[aid], rng), None, None, None, aid, net.id))
        keyed += 1
    boss_phones = [p.phone for p in named if p.phone]
    if (boss_phones and rng.random() < 0.6) or (not keyed and net.phones):
        tid = boss_phones[0] if boss_phones else rng.choice(sorted(net.phones))
        out.append((rid, "phone", _phone_surface(net.phones[tid], rng), None, None, None, tid, net.id))
    if rng.random() < 0.4:
        vid = rng.choice(sorted(net.vehicles))
        out.append((rid, "vehicle", _plate_surface(net.vehicles[vid], rng), None, None, None, vid, net.id))


def generate_world(mentions: int, *, seed: int = 0, noise: float = 0.5) -> World:
    """About `mentions` mentions (the last report is finished, so a few more) across
    mentions / 60 networks."""
    rng = random.Random(seed)
    pools = _Pools()
    count = max(1, mentions // MENTIONS_PER_NETWORK)
    networks = [_network(i, rng, pools) for i in range(count)]
    # Cumulative weights once: rng.choices would otherwise sum them again for every report.
    cumulative = list(itertools.accumulate(n.weight for n in networks))
    rows: list[tuple] = []
    r = 0
    while len(rows) < mentions:
        # Every network is reported at least once; later reports favour the active networks.
        net = networks[r] if r < count else rng.choices(networks, cum_weights=cumulative)[0]
        _report(net, f"R{r + 1:07d}", rng, noise, rows)
        r += 1
    frame = pd.DataFrame(
        rows, columns=["report_id", "kind", "text", "age", "gender", "nationality", "entity_id", "network"]
    )
    frame.insert(0, "mention_id", [f"M{i + 1:08d}" for i in range(len(frame))])
    frame["age"] = frame["age"].astype("Int64")
    truth = frame[["mention_id", "entity_id", "network"]].copy()
    return World(mentions=frame.drop(columns=["entity_id", "network"]), truth=truth)
