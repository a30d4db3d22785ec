"""Triage over the API and the CLI: safety first, questionnaires, referral drafts (JSON and PDF)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.security.support import supervisor_client
from threadline.intake.formats import parse_submission
from threadline.intake.service import accept
from threadline.store.database import Database
from threadline.taxonomy.channels import Anonymity, Channel
from threadline.worker import drain


@pytest.fixture
def client(sqlite_db: Database) -> Iterator[TestClient]:
    # Access control is tested in tests/security.
    with supervisor_client(sqlite_db) as test_client:
        yield test_client


def test_safety_question_comes_first_and_yes_gives_the_emergency_number(client: TestClient) -> None:
    question = client.get("/api/v1/public/safety").json()
    assert "danger" in question["text"].lower()
    yes = client.post("/api/v1/public/safety", json={"answer": "yes"}).json()
    assert (yes["call_now"], yes["number"]) == (True, "999")
    romania = client.post("/api/v1/public/safety", json={"answer": "yes", "jurisdiction": "RO"}).json()
    assert romania["number"] == "112"
    no = client.post("/api/v1/public/safety", json={"answer": "no"}).json()
    assert no["call_now"] is False and no["number"] is None
    bad = client.post("/api/v1/public/safety", json={"answer": "maybe later"})
    assert bad.status_code == 400


def test_questionnaire_invites_a_one_step_report(client: TestClient) -> None:
    assert "car_wash" in client.get("/api/v1/public/questionnaires").json()
    form = client.get("/api/v1/public/questionnaires/car_wash").json()
    answers = {q["id"]: "yes" for q in form["questions"]}
    result = client.post("/api/v1/public/questionnaires/car_wash", json={"answers": answers}).json()
    assert result["invite_to_report"] is True
    assert result["invitation"]["sector"] == "car_wash" and result["invitation"]["routes"]
    none = {q["id"]: "no" for q in form["questions"]}
    calm = client.post("/api/v1/public/questionnaires/car_wash", json={"answers": none}).json()
    assert calm["invite_to_report"] is False
    unknown = client.post("/api/v1/public/questionnaires/moon_base", json={"answers": {}})
    assert unknown.status_code in (400, 404)


def test_referral_drafts(client: TestClient) -> None:
    child = client.post("/api/v1/referrals", json={"under_18": "yes"}).json()
    assert child["referral_without_consent"] is True and child["status"] == "draft: not sent"
    declined = {
        "under_18": "no",
        "consent": False,
        "victim": {"first_name": "Ana", "last_name": "Pop", "gender": "female", "nationality": "Romanian"},
    }
    notify = client.post("/api/v1/referrals", json=declined).json()
    assert notify["form"] == "duty_to_notify"
    assert "Ana" not in json.dumps(notify) and 'Pop"' not in json.dumps(notify)
    pdf = client.post("/api/v1/referrals/pdf", json=declined)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_cli_triage_by_report_id_matches_the_api(client: TestClient, sqlite_db: Database) -> None:
    text = "Three women are locked in a flat in Leeds tonight. The man has their passports."
    [accepted] = accept(
        sqlite_db, parse_submission(text.encode()), channel=Channel.HELPLINE, anonymity=Anonymity.CONFIDENTIAL
    )
    drain(sqlite_db)
    api = client.get(f"/api/v1/reports/{accepted.report_id}/triage").json()
    env = {**os.environ, "THREADLINE_HOME": str(sqlite_db.settings.home)}
    env.pop("THREADLINE_DATABASE_URL", None)
    cli = subprocess.run(
        [
            sys.executable,
            "-c",
            "from threadline.cli import main; main()",
            "triage",
            str(accepted.report_id),
            "--json",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout) == api
    assert api["urgent"] is True and api["routes"][0]["channel"] == "emergency"
