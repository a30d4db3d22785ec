"""The reports API on both databases: submit, read back, page, and clear problem bodies for bad input."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.security.support import supervisor_client
from threadline.store.database import Database


@pytest.fixture
def client(db: Database) -> Iterator[TestClient]:
    # Access control is tested in tests/security.
    with supervisor_client(db, raise_server_exceptions=False) as test_client:
        yield test_client


def test_health(client: TestClient) -> None:
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_openapi_document_is_served(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/reports", "/api/v1/reports/{report_id}", "/api/v1/public/reports"} <= set(paths)


def test_submit_then_read_back(client: TestClient) -> None:
    body = {"text": "Call note: caller's neighbour works 16 hours a day.", "channel": "helpline"}
    created = client.post("/api/v1/reports", json=body)
    assert created.status_code == 201
    [submitted] = created.json()["reports"]
    assert submitted["duplicate"] is False
    again = client.post("/api/v1/reports", json=body).json()["reports"][0]
    assert again == {**submitted, "duplicate": True}
    detail = client.get(f"/api/v1/reports/{submitted['id']}").json()
    assert detail["text"] == body["text"]
    assert detail["channel"] == "helpline"
    assert detail["sha256"] == submitted["sha256"]


def test_list_is_paged_and_filtered(client: TestClient) -> None:
    for i in range(5):
        client.post("/api/v1/reports", json={"text": f"officer note {i}", "channel": "officer"})
    client.post("/api/v1/reports", json={"text": "news item", "channel": "news"})
    page = client.get("/api/v1/reports", params={"limit": 2, "offset": 1, "channel": "officer"}).json()
    assert page["total"] == 5
    assert [item["excerpt"] for item in page["items"]] == ["officer note 3", "officer note 2"]


def test_public_json_report_is_anonymous_by_default(client: TestClient) -> None:
    response = client.post(
        "/api/v1/public/reports",
        json={"text": "Workers at the car wash sleep in a caravan.", "answers": {"car_wash_q1": True}},
        headers={"User-Agent": "UniqueAgent/1.0"},
    )
    assert response.status_code == 201
    report_id = response.json()["reports"][0]["id"]
    detail = client.get(f"/api/v1/reports/{report_id}").json()
    assert detail["anonymity"] == "anonymous" and detail["channel"] == "public_web"
    assert detail["received_at"].endswith("00:00:00") or "T00:00:00" in detail["received_at"]
    assert "UniqueAgent" not in response.text + str(detail)


def test_public_multipart_with_file(client: TestClient) -> None:
    response = client.post(
        "/api/v1/public/reports",
        data={"text": "See the attached notes.", "anonymity": "confidential"},
        files={"files": ("notes.txt", b"A van collects the women at 10pm.", "text/plain")},
    )
    assert response.status_code == 201, response.text
    assert len(response.json()["reports"]) == 2


@pytest.mark.parametrize(
    ("path", "kwargs", "status", "needle"),
    [
        ("/api/v1/reports", {"json": {"text": ""}}, 422, "text"),
        ("/api/v1/reports", {"json": {"text": "x", "channel": "pigeon"}}, 422, "channel"),
        (
            "/api/v1/reports",
            {"content": b"{broken", "headers": {"content-type": "application/json"}},
            422,
            "",
        ),
        ("/api/v1/public/reports", {"json": {"text": "x", "anonymity": "loud"}}, 400, "anonymity"),
        (
            "/api/v1/public/reports",
            {"content": b"{", "headers": {"content-type": "application/json"}},
            400,
            "",
        ),
        (
            "/api/v1/public/reports",
            {"content": b"x", "headers": {"content-type": "text/csv"}},
            400,
            "unsupported",
        ),
        ("/api/v1/public/reports", {"json": {"text": "   "}}, 400, "empty"),
    ],
)
def test_bad_input_gets_a_problem_body(
    client: TestClient, path: str, kwargs: dict, status: int, needle: str
) -> None:
    response = client.post(path, **kwargs)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == status and needle in problem["detail"]
    assert client.get("/api/v1/reports").json()["total"] == 0


def test_oversized_report_is_refused_whole(client: TestClient, db: Database) -> None:
    big = "x" * (db.settings.max_report_bytes + 10)
    response = client.post("/api/v1/public/reports", json={"text": big})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert client.get("/api/v1/reports").json()["total"] == 0


def test_unknown_report_is_404(client: TestClient) -> None:
    response = client.get("/api/v1/reports/999999")
    assert response.status_code == 404
    assert response.json()["detail"] == "report 999999 does not exist"


def test_landing_page_points_at_the_api(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/api/v1/openapi.json" in page.text


def test_confidential_contact_is_stored_encrypted(client: TestClient, db: Database) -> None:
    from threadline.store.crypto import REPORTER_CONTACT_FIELD, decrypt_field
    from threadline.store.tables.reports import Report

    body = {"text": "The boss holds our passports.", "anonymity": "confidential", "contact": "07911 555123"}
    response = client.post("/api/v1/public/reports", json=body)
    assert response.status_code == 201 and response.json()["receipt"] is None
    report_id = response.json()["reports"][0]["id"]
    with db.session() as session:
        report = session.get(Report, report_id)
        assert report is not None and report.reporter_contact is not None
        assert b"555123" not in report.reporter_contact
        clear = decrypt_field(db.settings, REPORTER_CONTACT_FIELD, report_id, report.reporter_contact)
        assert clear == b"07911 555123"
        raw = report.sha256
    with db.session() as session:
        from threadline.store.tables.reports import RawBlob

        blob = session.get(RawBlob, raw)
        assert blob is not None and b"555123" not in blob.content


def test_anonymous_submission_gets_a_receipt_and_refuses_contact(client: TestClient) -> None:
    first = client.post("/api/v1/public/reports", json={"text": "Men sleep in the car wash office."}).json()
    assert first["receipt"]["code"] and first["receipt"]["passphrase"]
    again = client.post("/api/v1/public/reports", json={"text": "Men sleep in the car wash office."}).json()
    assert again["reports"][0]["duplicate"] is True and again["receipt"] is None
    refused = client.post("/api/v1/public/reports", json={"text": "x y z", "contact": "07911 555123"})
    assert refused.status_code == 400 and "anonymous" in refused.json()["detail"]
