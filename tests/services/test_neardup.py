"""Reports written from one template are grouped as the worker meets them, in any language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.security.support import supervisor_client
from tests.services.test_linking import ingest_all
from threadline.services.neardup import group_members
from threadline.store.database import Database

TEMPLATE_EN = (
    "New girl in town, 21 years old, very sweet and discreet, available day and night in a private flat "
    "near the station. Outcalls possible. Call or WhatsApp {phone}, ask for {name}."
)
TEMPLATE_RO = (
    "Fată nouă în oraș, 22 de ani, foarte dulce și discretă, disponibilă zi și noapte într-un apartament "
    "privat lângă gară. Sună sau scrie pe WhatsApp la {phone}, întreabă de {name}."
)
OTHER = "The car wash on Mill Lane opens at eight; the owner pays the staff weekly and they live at home."


@pytest.fixture
def reports(sqlite_db: Database) -> list[int]:
    return ingest_all(
        sqlite_db,
        [
            TEMPLATE_EN.format(phone="07911 123456", name="Bianca"),
            TEMPLATE_EN.format(phone="07700 123987", name="Larisa"),
            OTHER,
            TEMPLATE_RO.format(phone="0722 123 456", name="Ana"),
            TEMPLATE_RO.replace("ș", "s").replace("ă", "a").format(phone="0733 987 654", name="Ioana"),
            TEMPLATE_EN.format(phone="07911 555666", name="Daria"),
        ],
    )


def test_template_copies_are_grouped(sqlite_db: Database, reports: list[int]) -> None:
    with sqlite_db.session() as session:
        english = group_members(session, reports[0])
        romanian = group_members(session, reports[3])
        alone = group_members(session, reports[2])
    assert english == sorted([reports[0], reports[1], reports[5]])
    assert romanian == sorted([reports[3], reports[4]])
    assert alone == [reports[2]]


@pytest.fixture
def client(sqlite_db: Database) -> Iterator[TestClient]:
    # Access control is tested in tests/security.
    with supervisor_client(sqlite_db) as test_client:
        yield test_client


def test_similar_api(client: TestClient, reports: list[int]) -> None:
    body = client.get(f"/api/v1/reports/{reports[1]}/similar").json()
    assert body["near_duplicates"] == sorted([reports[0], reports[5]])
