"""A report goes through the worker: facts and triage are stored, retries replace rather than duplicate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.security.support import supervisor_client
from threadline.intake.formats import parse_submission
from threadline.intake.service import accept
from threadline.services.extraction import extract_report, load_facts
from threadline.store.database import Database
from threadline.store.tables.facts import MentionRow, TriageRow
from threadline.store.tables.reports import Report
from threadline.taxonomy.channels import Anonymity, Channel
from threadline.worker import drain

TIP = (
    "There are six men at the hand car wash on Station Road, Leicester. They sleep in a locked container "
    "behind it, the boss keeps their passports and they are not paid. Call me on 07911 123456."
)


@pytest.fixture
def processed(db: Database) -> int:
    [accepted] = accept(
        db, parse_submission(TIP.encode()), channel=Channel.HELPLINE, anonymity=Anonymity.CONFIDENTIAL
    )
    assert drain(db) == 1
    return accepted.report_id


def test_worker_stores_facts_and_triage(db: Database, processed: int) -> None:
    with db.session() as session:
        report = session.get(Report, processed)
        assert report is not None and report.status == "processed" and report.language == "en"
        facts = load_facts(session, processed)
        assert facts is not None
        phones = [m for m in facts.mentions if m.kind == "phone"]
        assert [m.value for m in phones] == ["+447911123456"]
        assert TIP[phones[0].span[0] : phones[0].span[1]] == phones[0].text
        assert "car_wash" in {c.label for c in facts.classifications if c.scheme == "sector"}
        triage = session.get(TriageRow, processed)
        assert triage is not None and triage.result["routes"]


def test_rerun_replaces_its_own_output(db: Database, processed: int) -> None:
    with db.session() as session:
        before = session.scalar(select(func.count(MentionRow.id)).where(MentionRow.report_id == processed))
        report = session.get(Report, processed)
        assert report is not None
        extract_report(session, report)
    with db.session() as session:
        after = session.scalar(select(func.count(MentionRow.id)).where(MentionRow.report_id == processed))
    assert before == after and before


@pytest.fixture
def client(db: Database) -> Iterator[TestClient]:
    # Access control is tested in tests/security.
    with supervisor_client(db) as test_client:
        yield test_client


def test_api_serves_facts_and_triage(client: TestClient, processed: int) -> None:
    facts = client.get(f"/api/v1/reports/{processed}/facts")
    assert facts.status_code == 200
    body = facts.json()
    assert body["report_id"] == processed
    assert any(m["kind"] == "phone" and m["value"] == "+447911123456" for m in body["mentions"])
    triage = client.get(f"/api/v1/reports/{processed}/triage").json()
    assert set(triage) == {"jurisdiction", "score", "urgent", "reasons", "routes"}
    assert triage["jurisdiction"] == "GB" and 0 <= triage["score"] <= 100
    for reason in triage["reasons"]:
        for start, end in reason["evidence"]:
            assert 0 <= start < end <= len(TIP)
    unknown = client.get(f"/api/v1/reports/{processed}/triage", params={"jurisdiction": "ZZ"})
    assert unknown.status_code == 400 and "unknown jurisdiction" in unknown.json()["detail"]
