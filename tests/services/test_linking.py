"""Linking inside the worker: the same phone, plate or person across reports becomes one entity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.security.support import supervisor_client
from threadline.intake.formats import parse_submission
from threadline.intake.service import accept
from threadline.services.entities import entity_detail
from threadline.store import queue
from threadline.store.database import Database
from threadline.store.tables.entities import Entity, EntityLink
from threadline.taxonomy.channels import Anonymity, Channel
from threadline.worker import drain

REPORTS = [
    "Officer note: Ionuț Popescu was seen outside the house. His phone is 07911 123456 and he drives a "
    "grey Audi, registration IS 12 ABC.",
    "Call note: caller says Ionut POPESCU, 31, controls the women. He calls them from +44 7911 123456.",
    "Note: Mr I. Popescu answered the door. He gave his number as 0044 7911123456.",
    "Unrelated note: Mr I. Popescu runs a cafe in Leeds and pays his staff properly.",
    "If you suspect modern slavery, call the Modern Slavery & Exploitation Helpline on 08000 121 700.",
    "Another advice note: the helpline is 08000 121 700 and is open all day.",
]


def ingest_all(db: Database, texts: list[str]) -> list[int]:
    ids = []
    for text in texts:
        [accepted] = accept(
            db, parse_submission(text.encode()), channel=Channel.OFFICER, anonymity=Anonymity.CONFIDENTIAL
        )
        ids.append(accepted.report_id)
    drain(db)
    with db.session() as session:
        statuses = queue.counts(session)
    assert set(statuses) == {"done"}, f"every job must succeed: {statuses}"
    return ids


def entity_of(db: Database, report_id: int, kind: str, surface: str) -> int | None:
    with db.session() as session:
        for link in session.scalars(select(EntityLink).where(EntityLink.report_id == report_id)):
            detail = entity_detail(session, link.entity_id)
            if detail["kind"] == kind and any(
                m["report_id"] == report_id and surface in m["text"] for m in detail["mentions"]
            ):
                return link.entity_id
    return None


@pytest.fixture
def linked(db: Database) -> list[int]:
    return ingest_all(db, REPORTS)


def test_phone_written_three_ways_is_one_entity(db: Database, linked: list[int]) -> None:
    phones = {entity_of(db, r, "phone", "7911") for r in linked[:3]}
    assert len(phones) == 1 and None not in phones
    with db.session() as session:
        [phone] = session.scalars(select(Entity).where(Entity.kind == "phone")).all()[:1]
        assert phone.key == "phone:+447911123456"


def test_person_spellings_join_with_reasons(db: Database, linked: list[int]) -> None:
    first = entity_of(db, linked[0], "person", "Popescu")
    second = entity_of(db, linked[1], "person", "POPESCU")
    assert first is not None and first == second
    with db.session() as session:
        detail = entity_detail(session, first)
    joined = [m for m in detail["mentions"] if m["report_id"] == linked[1]]
    assert joined and joined[0]["method"] == "name" and joined[0]["reasons"]


def test_initial_joins_only_when_corroborated(db: Database, linked: list[int]) -> None:
    known = entity_of(db, linked[0], "person", "Popescu")
    corroborated = entity_of(db, linked[2], "person", "Popescu")
    stranger = entity_of(db, linked[3], "person", "Popescu")
    assert corroborated == known
    assert stranger is not None and stranger != known
    with db.session() as session:
        detail = entity_detail(session, known)  # type: ignore[arg-type]
    reasons = [m["reasons"] for m in detail["mentions"] if m["report_id"] == linked[2]]
    assert any("shares a phone" in r for rs in reasons for r in rs)


def test_helpline_numbers_in_advice_are_not_linked(db: Database, linked: list[int]) -> None:
    assert entity_of(db, linked[4], "phone", "08000") is None
    assert entity_of(db, linked[5], "phone", "08000") is None


@pytest.fixture
def client(db: Database) -> Iterator[TestClient]:
    # Access control is tested in tests/security.
    with supervisor_client(db) as test_client:
        yield test_client


def test_network_api(client: TestClient, db: Database, linked: list[int]) -> None:
    phone = entity_of(db, linked[0], "phone", "7911")
    body = client.get(f"/api/v1/entities/{phone}/network", params={"depth": 2}).json()
    report_nodes = {n["id"] for n in body["nodes"] if n["type"] == "report"}
    assert {f"report:{r}" for r in linked[:3]} <= report_nodes
    assert f"report:{linked[3]}" not in report_nodes
    assert all(e["weight"] >= 1 for e in body["edges"])
    assert client.get("/api/v1/entities/999999").status_code == 404


def test_triage_knows_the_report_touches_a_known_network(client: TestClient, linked: list[int]) -> None:
    first = client.get(f"/api/v1/reports/{linked[0]}/triage").json()
    third = client.get(f"/api/v1/reports/{linked[2]}/triage").json()
    codes = {r["code"] for r in third["reasons"]}
    assert "known_network" in codes
    repeat = next(r for r in third["reasons"] if r["code"] == "repeat_reports")
    assert repeat["text"].startswith("2 ")  # reports 1 and 2 came before it
    assert "repeat_reports" not in {r["code"] for r in first["reasons"]}
