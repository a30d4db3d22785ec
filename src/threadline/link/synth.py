"""Synthetic reports about trafficking networks, with the ground truth written beside them.

For tests, demos and evaluation only: every person, phone, address and vehicle is invented.
Texts are English (tips, helpline call notes, officer notes) naming Romanian and British people
and places, with the noise real reports have: typos, dropped diacritics, nicknames and initials,
surname-first capitals, many phone and address formats, missing details, and common names shared
by different people in different networks.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers

GIVEN_M = [
    "Ion",
    "Gheorghe",
    "Vasile",
    "Constantin",
    "Nicolae",
    "Alexandru",
    "Mihai",
    "Andrei",
    "Ștefan",
    "Florin",
    "Marian",
    "Cristian",
    "Adrian",
    "Bogdan",
    "Cătălin",
    "Dorin",
    "Ionuț",
    "Lucian",
    "Marius",
    "Răzvan",
    "Sorin",
    "Valentin",
    "Costel",
    "Dumitru",
    "Petru",
]
GIVEN_F = [
    "Maria",
    "Elena",
    "Ana",
    "Ioana",
    "Daniela",
    "Cristina",
    "Andreea",
    "Mihaela",
    "Gabriela",
    "Alina",
    "Raluca",
    "Roxana",
    "Simona",
    "Larisa",
    "Bianca",
    "Denisa",
    "Florentina",
    "Georgiana",
    "Loredana",
    "Nicoleta",
    "Ramona",
    "Ștefania",
    "Teodora",
    "Viorica",
    "Irina",
]
SURNAMES = [
    "Popescu",
    "Ionescu",
    "Popa",
    "Pop",
    "Radu",
    "Dumitru",
    "Stan",
    "Stoica",
    "Gheorghe",
    "Rusu",
    "Munteanu",
    "Matei",
    "Constantin",
    "Șerban",
    "Moldovan",
    "Lungu",
    "Marin",
    "Tudor",
    "Ilie",
    "Florea",
    "Dinu",
    "Bălan",
    "Ciobanu",
    "Țăranu",
    "Bărbulescu",
    "Năstase",
    "Voicu",
    "Oprea",
    "Enache",
    "Mocanu",
    "Sârbu",
    "Grigore",
    "Cristea",
]
# A few names are deliberately common: different people in different networks share them.
COMMON_NAMES = [("Ion", "Popescu"), ("Maria", "Popa"), ("Gheorghe", "Ionescu"), ("Elena", "Radu")]
NICKNAMES = {
    "Ion": ["Ionel", "Nelu"],
    "Gheorghe": ["Ghiță", "Gigi"],
    "Constantin": ["Costel", "Costi"],
    "Nicolae": ["Nicu"],
    "Alexandru": ["Alex", "Sandu"],
    "Ștefan": ["Fănel"],
    "Dumitru": ["Mitică"],
    "Vasile": ["Sile"],
    "Elena": ["Lena"],
    "Maria": ["Mariana"],
}
UK_PLACES = [  # (street, district, town, outward code) — street names are invented pairings
    ("Colindale Avenue", "Colindale", "London", "NW9"),
    ("Edgware Road", "Cricklewood", "London", "NW2"),
    ("High Road", "Ilford", "London", "IG1"),
    ("Station Road", "Harrow", "London", "HA1"),
    ("Green Lane", "Hounslow", "London", "TW4"),
    ("Wellington Street", "Slough", "Slough", "SL1"),
    ("Church Street", "Peterborough", "Peterborough", "PE1"),
    ("Victoria Road", "Wisbech", "Wisbech", "PE13"),
    ("Mill Lane", "Boston", "Boston", "PE21"),
    ("Park Avenue", "Northampton", "Northampton", "NN1"),
    ("London Road", "Leicester", "Leicester", "LE2"),
    ("Albert Road", "Luton", "Luton", "LU1"),
]
STREET_ABBR = {"Avenue": "Ave", "Road": "Rd", "Street": "St", "Lane": "Ln"}
RO_TOWNS = [
    "Iași",
    "Bacău",
    "Craiova",
    "Constanța",
    "Brăila",
    "Galați",
    "Suceava",
    "Botoșani",
    "Vaslui",
    "Târgu Jiu",
    "Slatina",
    "Călărași",
]
SECTORS = {
    "car_wash": "a hand car wash",
    "nail_bar": "a nail bar",
    "construction": "building sites",
    "agriculture": "farm work picking vegetables",
    "sexual": "flats used for sex work",
    "factory": "a food packing factory",
    "domestic": "a private house as cleaners",
}
RO_COUNTIES = ["IS", "BC", "DJ", "CT", "BR", "GL", "SV", "BT", "VS", "GJ", "OT", "CL"]


@dataclass
class Person:
    id: str
    network: str
    given: str
    surname: str
    gender: str
    birth_year: int
    nationality: str
    role: str
    phone: str | None = None


@dataclass
class NetworkTruth:
    id: str
    sector: str
    town: str
    people: list[Person] = field(default_factory=list)
    phones: dict[str, str] = field(default_factory=dict)  # phone id → E.164
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)
    vehicles: dict[str, str] = field(default_factory=dict)  # vehicle id → plate


class _Text:
    """Builds a report text while recording the character span of every entity mention."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.mentions: list[dict[str, Any]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def mention(self, entity_id: str, kind: str, surface: str, **extra: Any) -> None:
        self.mentions.append(
            {
                "entity_id": entity_id,
                "kind": kind,
                "start": self.length,
                "end": self.length + len(surface),
                "text": surface,
                **extra,
            }
        )
        self.add(surface)

    @property
    def value(self) -> str:
        return "".join(self.parts)


def _valid_uk_mobile(rng: random.Random) -> str:
    while True:
        number = f"+447{rng.choice('4589')}{rng.randrange(10**8):08d}"
        parsed = phonenumbers.parse(number)
        # Ofcom's 07700 900xxx drama range is invalid by design; is_valid_number rules it out.
        if phonenumbers.is_valid_number(parsed):
            return number


def _valid_ro_mobile(rng: random.Random) -> str:
    while True:
        number = f"+407{rng.choice('2345678')}{rng.randrange(10**7):07d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number)):
            return number


def _strip_diacritics(text: str) -> str:
    table = str.maketrans("ăâîșşțţĂÂÎȘŞȚŢ", "aaissttAAISSTT")
    return text.translate(table)


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if op == "drop":
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i] + text[i:]


def _name_surface(p: Person, rng: random.Random, noise: float) -> str:
    given, surname = p.given, p.surname
    r = rng.random()
    if r < noise * 0.3 and given in NICKNAMES:
        given = rng.choice(NICKNAMES[given])
    if rng.random() < noise * 0.5:
        given, surname = _strip_diacritics(given), _strip_diacritics(surname)
    if rng.random() < noise * 0.2:
        surname = _typo(surname, rng)
    style = rng.random()
    if style < noise * 0.2:
        return f"{given[0]}. {surname}"
    if style < noise * 0.35:
        return f"{surname.upper()} {given}"
    if style < noise * 0.45:
        return given  # first name only, as victims often know their controllers
    return f"{given} {surname}"


def _phone_surface(e164: str, rng: random.Random) -> str:
    parsed = phonenumbers.parse(e164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return rng.choice(
        [
            national,
            national.replace(" ", ""),
            international,
            "00" + e164[1:],
            e164,
            international.replace(" ", "-"),
        ]
    )


def _address_surface(addr: dict[str, str], rng: random.Random) -> str:
    street = addr["street"]
    if rng.random() < 0.5:
        for full, short in STREET_ABBR.items():
            street = street.replace(full, short)
    forms = [
        f"{addr['number']} {street}, {addr['outward']}",
        f"{addr['number']} {street}, {addr['town']} {addr['postcode']}",
        f"{addr['number']} {street}, {addr['district']}",
        f"flat {rng.randrange(1, 9)}, {addr['number']} {street}, {addr['town']}",
    ]
    return rng.choice(forms)


_LOOK_ALIKE = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B"}


def _plate_surface(plate: str, rng: random.Random) -> str:
    if rng.random() < 0.1:
        # A digit written as the letter it looks like ('IS I2 ABC'), as in hurried notes.
        slips = [i for i, ch in enumerate(plate) if ch in _LOOK_ALIKE]
        if slips:
            i = rng.choice(slips)
            plate = plate[:i] + _LOOK_ALIKE[plate[i]] + plate[i + 1 :]
    if rng.random() < 0.5:
        return plate.replace(" ", "")
    return plate.lower() if rng.random() < 0.2 else plate


def make_network(index: int, rng: random.Random) -> NetworkTruth:
    nid = f"N{index + 1:03d}"
    street, district, town, outward = rng.choice(UK_PLACES)
    net = NetworkTruth(id=nid, sector=rng.choice(sorted(SECTORS)), town=town)
    roles = ["controller"] + (["controller"] if rng.random() < 0.4 else [])
    roles += ["recruiter"] * rng.randint(0, 1) + ["driver"] * rng.randint(0, 1)
    roles += ["victim"] * rng.randint(3, 8)
    for j, role in enumerate(roles):
        gender = "female" if (role == "victim" and rng.random() < 0.5) or rng.random() < 0.15 else "male"
        if rng.random() < 0.12:
            given, surname = rng.choice(COMMON_NAMES)
            gender = "female" if given in GIVEN_F else "male"
        else:
            given = rng.choice(GIVEN_F if gender == "female" else GIVEN_M)
            surname = rng.choice(SURNAMES)
        age = rng.randint(18, 45) if role == "victim" else rng.randint(25, 60)
        net.people.append(
            Person(
                f"{nid}-P{j + 1:02d}",
                nid,
                given,
                surname,
                gender,
                2025 - age,
                "GB" if rng.random() < 0.05 else "RO",
                role,
            )
        )
    bosses = [p for p in net.people if p.role != "victim"]
    for k, owner in enumerate(bosses[: rng.randint(1, len(bosses))]):
        pid = f"{nid}-T{k + 1}"
        net.phones[pid] = _valid_uk_mobile(rng) if rng.random() < 0.7 else _valid_ro_mobile(rng)
        owner.phone = pid
    for k in range(rng.randint(1, 3)):
        number = str(rng.randint(1, 180))
        inward = (
            f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        s, d, t, o = (street, district, town, outward) if k == 0 else rng.choice(UK_PLACES)
        net.addresses[f"{nid}-A{k + 1}"] = {
            "number": number,
            "street": s,
            "district": d,
            "town": t,
            "outward": o,
            "postcode": f"{o} {inward}",
        }
    for k in range(rng.randint(1, 2)):
        if rng.random() < 0.5:
            plate = (
                f"{rng.choice(RO_COUNTIES)} {rng.randint(10, 99)} "
                f"{''.join(rng.choices('ABCDEFGHJKLMNPRSTVXYZ', k=3))}"
            )
        else:
            plate = (
                f"{''.join(rng.choices('ABCDEFGHKLMNOPRSVWY', k=2))}{rng.randint(51, 74)} "
                f"{''.join(rng.choices('ABCDEFGHJKLMNPRSTUVWXYZ', k=3))}"
            )
        net.vehicles[f"{nid}-V{k + 1}"] = plate
    return net


def write_report(net: NetworkTruth, rid: str, rng: random.Random, noise: float) -> dict[str, Any]:
    kind = rng.choice(["tip", "call_note", "officer_note"])
    text = _Text()
    victims = [p for p in net.people if p.role == "victim"]
    bosses = [p for p in net.people if p.role != "victim"]
    boss = rng.choice(bosses)
    shown_victims = rng.sample(victims, k=min(len(victims), rng.randint(1, 3)))
    addr_id = rng.choice(sorted(net.addresses))
    sector = SECTORS[net.sector]

    def person(p: Person, with_age: bool = True, phone: str | None = None) -> None:
        age = None
        if with_age and rng.random() > noise * 0.6:
            age = 2025 - p.birth_year + rng.choice([0, 0, 0, -1, 1, 2])  # ages are estimates
        text.mention(
            p.id,
            "person",
            _name_surface(p, rng, noise),
            role=p.role,
            age=age,
            gender=p.gender,
            phone=phone,
        )
        if age is not None:
            text.add(rng.choice([f" ({age})", f" aged {age}", f" ({age} y/o)"]))

    if kind == "tip":
        text.add(rng.choice(["I want to report something. ", "Anonymous tip: ", "Hi, "]))
        start = "T" if text.value.endswith(". ") else "t"
        text.add(f"{start}here are people from Romania working at {sector} near ")
        text.mention(addr_id, "address", _address_surface(net.addresses[addr_id], rng))
        text.add(". They look scared and never get days off. ")
        text.add(f"A {'woman' if boss.gender == 'female' else 'man'} called ")
        person(boss, with_age=False)
        text.add(" collects them every morning")
        if net.vehicles and rng.random() > noise * 0.5:
            vid = rng.choice(sorted(net.vehicles))
            text.add(" in a van, reg ")
            text.mention(vid, "vehicle", _plate_surface(net.vehicles[vid], rng))
        text.add(". One of the workers is ")
        person(shown_victims[0])
        text.add(".")
    elif kind == "call_note":
        caller = shown_victims[0]
        text.add("Helpline call. Caller identified as ")
        person(caller)
        text.add(f", {'Romanian' if caller.nationality == 'RO' else 'British'} national. ")
        text.add(f"Recruited in {rng.choice(RO_TOWNS)} with a promise of work in {net.town}. ")
        text.add(f"Says {'her' if caller.gender == 'female' else 'his'} ID card is kept by ")
        person(boss, with_age=False)
        if boss.phone and rng.random() > noise * 0.4:
            text.add(", who calls them from ")
            text.mention(boss.phone, "phone", _phone_surface(net.phones[boss.phone], rng))
        text.add(". Lives with ")
        for k, v in enumerate(shown_victims[1:]):
            text.add(", " if k else "")
            person(v, with_age=False)
        text.add(" others" if len(shown_victims) == 1 else " and others")
        text.add(" at ")
        text.mention(addr_id, "address", _address_surface(net.addresses[addr_id], rng))
        text.add(". Pays £" + str(rng.choice([50, 80, 100, 150])) + " a week for a mattress.")
    else:
        text.add(f"Officer note, {net.town}. Visit to ")
        text.mention(addr_id, "address", _address_surface(net.addresses[addr_id], rng))
        text.add(f" following intelligence about {sector}. Present: ")
        for k, v in enumerate(shown_victims):
            text.add(", " if k else "")
            person(v)
        text.add(". Suspected controller ")
        person(boss, phone=net.phones.get(boss.phone or ""))
        if boss.phone:
            text.add(", mobile ")
            text.mention(boss.phone, "phone", _phone_surface(net.phones[boss.phone], rng))
        if net.vehicles:
            vid = rng.choice(sorted(net.vehicles))
            text.add(", seen driving ")
            text.mention(vid, "vehicle", _plate_surface(net.vehicles[vid], rng))
        text.add(". Workers gave rehearsed answers; referral to NRM considered.")
    return {"id": rid, "network": net.id, "kind": kind, "text": text.value, "mentions": text.mentions}


def generate(networks: int, reports: int, seed: int, noise: float = 0.5) -> dict[str, Any]:
    """The corpus in memory: {'networks': [...], 'reports': [...]} (deterministic for a seed)."""
    rng = random.Random(seed)
    nets = [make_network(i, rng) for i in range(networks)]
    out_reports = []
    for r in range(reports):
        net = nets[r % networks] if r < networks else rng.choice(nets)
        out_reports.append(write_report(net, f"R{r + 1:05d}", rng, noise))
    return {"networks": nets, "reports": out_reports}


def write_corpus(out: Path, *, networks: int, reports: int, seed: int) -> dict[str, int]:
    """Write OUT/reports/*.txt and the ground truth in OUT/truth/ (CSV + JSON)."""
    corpus = generate(networks, reports, seed)
    (out / "reports").mkdir(parents=True, exist_ok=True)
    truth = out / "truth"
    truth.mkdir(parents=True, exist_ok=True)
    for report in corpus["reports"]:
        (out / "reports" / f"{report['id']}.txt").write_text(report["text"] + "\n", "utf-8")
    nets: list[NetworkTruth] = corpus["networks"]
    _write_csv(truth / "people.csv", [asdict(p) for n in nets for p in n.people])
    _write_csv(
        truth / "phones.csv",
        [{"id": k, "network": n.id, "e164": v} for n in nets for k, v in n.phones.items()],
    )
    _write_csv(
        truth / "addresses.csv",
        [{"id": k, "network": n.id, **v} for n in nets for k, v in n.addresses.items()],
    )
    _write_csv(
        truth / "vehicles.csv",
        [{"id": k, "network": n.id, "plate": v} for n in nets for k, v in n.vehicles.items()],
    )
    _write_csv(
        truth / "reports.csv",
        [
            {"id": r["id"], "network": r["network"], "kind": r["kind"], "file": f"reports/{r['id']}.txt"}
            for r in corpus["reports"]
        ],
    )
    mention_rows = [
        {
            "report_id": r["id"],
            **{k: m.get(k, "") for k in ("entity_id", "kind", "start", "end", "text", "role")},
        }
        for r in corpus["reports"]
        for m in r["mentions"]
    ]
    _write_csv(truth / "mentions.csv", mention_rows)
    # Person mentions as a flat list, ready for `threadline resolve` (person_id is the truth).
    _write_csv(
        truth / "person_mentions.csv",
        [
            {
                "mention_id": f"{r['id']}-{i}",
                "report_id": r["id"],
                "full_name": m["text"],
                "age": m.get("age") or "",
                "gender": m.get("gender") or "",
                "phone": m.get("phone") or "",
                "person_id": m["entity_id"],
            }
            for r in corpus["reports"]
            for i, m in enumerate(r["mentions"])
            if m["kind"] == "person"
        ],
    )
    (truth / "networks.json").write_text(
        json.dumps([{**asdict(n)} for n in nets], ensure_ascii=False, indent=1), "utf-8"
    )
    people = sum(len(n.people) for n in nets)
    return {"reports": len(corpus["reports"]), "networks": len(nets), "people": people}


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        if not rows:
            return
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
