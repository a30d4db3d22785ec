"""Victims through the API: partners see them without identity (API, export, search) unless the victim
consented AND the case was shared with identity access; a restricted case's victims and reports are
invisible (404, absent from lists, counts and search) to those not on it; nothing names a victim in a
database dump; every decrypting read, export, search and sharing decision is audited."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from threadline.auth.roles import Role
from threadline.store import audit
from threadline.store.database import Database
from threadline.store.tables.audit import AuditEvent
from threadline.store.tables.cases import CaseParticipant, CaseReport
from threadline.store.tables.victims import Victim

from .support import Account, dump_database, make_account, make_case, make_report, session_headers

CONSENTING = {
    "name": "Maria Ionescu",
    "aliases": ["Mara"],
    "date_of_birth": "2001-02-03",
    "phone": "+40 722 555 019",
    "email": "maria.ionescu@example.org",
    "address": "Strada Lalelelor 7, Constanta",
    "document_number": "RX0412299",
    "age_band": "18-24",
    "gender": "female",
    "nationality": "RO",
    "consent_to_share_identity": True,
}
RELUCTANT = {
    "name": "Elena Vasilescu",
    "date_of_birth": "1999-11-12",
    "age_band": "25-34",
    "nationality": "MD",
}
SECRET = {"name": "Ioana Radu", "date_of_birth": "2004-06-30", "age_band": "18-24", "nationality": "RO"}
IDENTITIES = (
    "Maria Ionescu",
    "Mara",
    "2001-02-03",
    "722 555 019",
    "maria.ionescu@example.org",
    "Lalelelor",
    "RX0412299",
    "Elena Vasilescu",
    "1999-11-12",
    "Ioana Radu",
    "2004-06-30",
)


@dataclass
class Scene:
    supervisor: Account
    investigator: Account  # agency A, not on the restricted case
    insider: Account  # agency A investigator named on the restricted case
    analyst: Account
    partner: Account
    shared_case: int
    restricted_case: int
    consenting: int
    reluctant: int
    secret: int
    shared_report: int
    restricted_report: int

    def headers(self, db: Database, account: Account) -> dict[str, str]:
        return session_headers(db, account)


def _post(client: TestClient, url: str, headers: dict[str, str], body: object) -> dict:
    response = client.post(url, headers=headers, json=body)
    assert response.status_code in (200, 201, 204), (url, response.status_code, response.text)
    return response.json() if response.content else {}


@pytest.fixture
def scene(keyed_db: Database, client: TestClient) -> Scene:
    supervisor = make_account(keyed_db, "boss", Role.SUPERVISOR, "Agency A")
    investigator = make_account(keyed_db, "outsider", Role.INVESTIGATOR, "Agency A")
    insider = make_account(keyed_db, "insider", Role.INVESTIGATOR, "Agency A")
    analyst = make_account(keyed_db, "analyst", Role.ANALYST, "Agency A")
    partner = make_account(keyed_db, "abroad", Role.PARTNER, "Politia Romana")
    with keyed_db.session() as session:
        shared = make_case(session, supervisor.organisation_id, "Operation Harbour").id
        restricted = make_case(session, supervisor.organisation_id, "Operation Lantern", restricted=True).id
        session.add(CaseParticipant(case_id=restricted, user_id=insider.user_id))
        shared_report = make_report(session, keyed_db.settings, "car wash workers sleep on site").id
        restricted_report = make_report(session, keyed_db.settings, "lantern informant says the van moves").id
    boss = session_headers(keyed_db, supervisor)
    consenting = _post(client, f"/api/v1/cases/{shared}/victims", boss, CONSENTING)["id"]
    reluctant = _post(client, f"/api/v1/cases/{shared}/victims", boss, RELUCTANT)["id"]
    secret = _post(client, f"/api/v1/cases/{restricted}/victims", boss, SECRET)["id"]
    _post(client, f"/api/v1/cases/{shared}/reports", boss, {"report_id": shared_report})
    _post(client, f"/api/v1/cases/{restricted}/reports", boss, {"report_id": restricted_report})
    # Shared with the partner agency, without identity access (no "need" yet).
    _post(client, f"/api/v1/cases/{shared}/participants", boss, {"organisation_id": partner.organisation_id})
    return Scene(
        supervisor,
        investigator,
        insider,
        analyst,
        partner,
        shared,
        restricted,
        consenting,
        reluctant,
        secret,
        shared_report,
        restricted_report,
    )


def _no_identity(text: str) -> None:
    leaked = [value for value in IDENTITIES if value in text]
    assert not leaked, f"identity leaked: {leaked}"


def test_supervisor_sees_identities_partner_sees_them_redacted(
    keyed_db: Database, client: TestClient, scene: Scene
) -> None:
    boss = scene.headers(keyed_db, scene.supervisor)
    mine = client.get(f"/api/v1/cases/{scene.shared_case}/victims/{scene.consenting}", headers=boss).json()
    assert mine["name"] == "Maria Ionescu" and mine["aliases"] == ["Mara"] and mine["redacted"] == []

    partner = scene.headers(keyed_db, scene.partner)
    listed = client.get(f"/api/v1/cases/{scene.shared_case}/victims", headers=partner)
    assert listed.status_code == 200
    victims = listed.json()
    assert {v["id"] for v in victims} == {scene.consenting, scene.reluctant}
    for victim in victims:
        assert victim["name"] is None and victim["date_of_birth"] is None and victim["phone"] is None
        assert {"name", "date_of_birth", "address", "phone", "email", "document_number"} <= set(
            victim["redacted"]
        )
    # What the partner needs to help stays visible.
    by_id = {v["id"]: v for v in victims}
    assert by_id[scene.consenting]["nationality"] == "RO" and by_id[scene.consenting]["age_band"] == "18-24"
    one = client.get(f"/api/v1/cases/{scene.shared_case}/victims/{scene.consenting}", headers=partner)
    assert one.status_code == 200 and one.json()["name"] is None
    _no_identity(listed.text + one.text)


def test_partner_export_is_redacted_in_json_and_csv(
    keyed_db: Database, client: TestClient, scene: Scene
) -> None:
    partner = scene.headers(keyed_db, scene.partner)
    as_json = client.get(f"/api/v1/cases/{scene.shared_case}/export", headers=partner)
    assert as_json.status_code == 200 and as_json.headers["content-type"].startswith("application/json")
    body = as_json.json()
    assert body["case"]["title"] == "Operation Harbour" and len(body["victims"]) == 2
    assert all(v["name"] is None and "name" in v["redacted"] for v in body["victims"])
    assert body["reports"] == []  # partners may not read reports at all
    as_csv = client.get(f"/api/v1/cases/{scene.shared_case}/export?format=csv", headers=partner)
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    victims = [r for r in rows if r["record"] == "victim"]
    assert len(victims) == 2 and all(r["name"] == "" and r["nationality"] for r in victims)
    _no_identity(as_json.text + as_csv.text)
    # The supervisor's export of the same case carries the identities and the reports.
    boss = scene.headers(keyed_db, scene.supervisor)
    full = client.get(f"/api/v1/cases/{scene.shared_case}/export?format=csv", headers=boss).text
    assert "Maria Ionescu" in full and "car wash workers" in full
    assert client.get(f"/api/v1/cases/{scene.shared_case}/export?format=xml", headers=boss).status_code == 422


def test_partner_search_reveals_no_identity(keyed_db: Database, client: TestClient, scene: Scene) -> None:
    partner = scene.headers(keyed_db, scene.partner)
    by_name = client.get("/api/v1/search", params={"q": "maria ionescu"}, headers=partner)
    assert by_name.status_code == 200
    # A hit would itself say "this person is a victim in that case": no identity access, no hit.
    assert by_name.json()["victims"] == {"total": 0, "items": []}
    by_birth = client.get("/api/v1/search", params={"q": "2001-02-03"}, headers=partner).json()
    assert by_birth["victims"]["total"] == 0
    by_title = client.get("/api/v1/search", params={"q": "operation"}, headers=partner).json()
    assert [c["title"] for c in by_title["cases"]["items"]] == ["Operation Harbour"]
    assert by_title["cases"]["total"] == 1 and by_title["reports"]["total"] == 0
    _no_identity(by_name.text + json.dumps(by_birth) + json.dumps(by_title))


def test_partner_sees_identity_with_consent_and_need(
    keyed_db: Database, client: TestClient, scene: Scene
) -> None:
    boss = scene.headers(keyed_db, scene.supervisor)
    _post(
        client,
        f"/api/v1/cases/{scene.shared_case}/participants",
        boss,
        {"organisation_id": scene.partner.organisation_id, "identity_access": True},
    )
    partner = scene.headers(keyed_db, scene.partner)
    victims = {
        v["id"]: v for v in client.get(f"/api/v1/cases/{scene.shared_case}/victims", headers=partner).json()
    }
    assert victims[scene.consenting]["name"] == "Maria Ionescu"
    assert victims[scene.consenting]["date_of_birth"] == "2001-02-03"
    assert victims[scene.reluctant]["name"] is None  # need without consent opens nothing
    exported = client.get(f"/api/v1/cases/{scene.shared_case}/export", headers=partner).text
    assert "Maria Ionescu" in exported and "Elena Vasilescu" not in exported
    found = client.get("/api/v1/search", params={"q": "MARIA  ionescu"}, headers=partner).json()
    assert [v["name"] for v in found["victims"]["items"]] == ["Maria Ionescu"]
    assert (
        client.get("/api/v1/search", params={"q": "Elena Vasilescu"}, headers=partner).json()["victims"][
            "total"
        ]
        == 0
    )
    # Withdrawing the need closes it again.
    _post(
        client,
        f"/api/v1/cases/{scene.shared_case}/participants",
        boss,
        {"organisation_id": scene.partner.organisation_id, "identity_access": False},
    )
    again = client.get(
        f"/api/v1/cases/{scene.shared_case}/victims/{scene.consenting}", headers=partner
    ).json()
    assert again["name"] is None


def test_restricted_case_victims_and_reports_are_invisible_to_outsiders(
    keyed_db: Database, client: TestClient, scene: Scene
) -> None:
    outsider = scene.headers(keyed_db, scene.investigator)
    case, report = scene.restricted_case, scene.restricted_report
    for url in (
        f"/api/v1/cases/{case}/victims",
        f"/api/v1/cases/{case}/victims/{scene.secret}",
        f"/api/v1/cases/{scene.shared_case}/victims/{scene.secret}",  # a victim under the wrong case
        f"/api/v1/cases/{case}/reports",
        f"/api/v1/cases/{case}/export",
        f"/api/v1/reports/{report}",
        f"/api/v1/reports/{report}/facts",
        f"/api/v1/reports/{report}/triage",
        f"/api/v1/reports/{report}/similar",
    ):
        response = client.get(url, headers=outsider)
        assert response.status_code == 404, (url, response.status_code)
        assert response.headers["content-type"].startswith("application/problem+json")
    hidden_attach = client.post(f"/api/v1/cases/{case}/reports", headers=outsider, json={"report_id": report})
    assert hidden_attach.status_code == 404
    # Lists and counts: the shared report is there, the restricted one is not (and not counted).
    listed = client.get("/api/v1/reports", headers=outsider).json()
    assert [r["id"] for r in listed["items"]] == [scene.shared_report] and listed["total"] == 1
    analyst = client.get("/api/v1/reports", headers=scene.headers(keyed_db, scene.analyst)).json()
    assert analyst["total"] == 1
    found = client.get("/api/v1/search", params={"q": "lantern"}, headers=outsider).json()
    assert found["cases"]["total"] == 0 and found["reports"]["total"] == 0 and found["reports"]["items"] == []
    assert (
        client.get("/api/v1/search", params={"q": "Ioana Radu"}, headers=outsider).json()["victims"]["total"]
        == 0
    )
    assert "Lantern" not in client.get("/api/v1/cases", headers=outsider).text

    # The investigator named on the case sees all of it, identities included.
    insider = scene.headers(keyed_db, scene.insider)
    assert client.get(f"/api/v1/reports/{report}", headers=insider).status_code == 200
    assert client.get("/api/v1/reports", headers=insider).json()["total"] == 2
    victims = client.get(f"/api/v1/cases/{case}/victims", headers=insider).json()
    assert [v["name"] for v in victims] == ["Ioana Radu"]
    insider_found = client.get("/api/v1/search", params={"q": "lantern"}, headers=insider).json()
    assert insider_found["cases"]["total"] == 1 and insider_found["reports"]["total"] == 1
    assert (
        client.get("/api/v1/search", params={"q": "2004-06-30"}, headers=insider).json()["victims"]["total"]
        == 1
    )


def test_a_database_dump_names_no_victim(keyed_db: Database, client: TestClient, scene: Scene) -> None:
    # Reads, exports and searches have happened too: none of them may leave a name behind.
    boss = scene.headers(keyed_db, scene.supervisor)
    client.get(f"/api/v1/cases/{scene.shared_case}/export", headers=boss)
    client.get("/api/v1/search", params={"q": "Maria Ionescu"}, headers=boss)
    dump = dump_database(keyed_db)
    assert "Operation Harbour" in dump  # the dump is real: unencrypted columns are in it
    _no_identity(dump)
    assert "maria" not in dump.casefold()


def test_decrypting_reads_exports_searches_and_sharing_are_audited(
    keyed_db: Database, client: TestClient, scene: Scene
) -> None:
    boss = scene.headers(keyed_db, scene.supervisor)
    partner = scene.headers(keyed_db, scene.partner)
    client.get(f"/api/v1/cases/{scene.shared_case}/victims/{scene.consenting}", headers=boss)
    client.get(f"/api/v1/cases/{scene.shared_case}/victims/{scene.consenting}", headers=partner)  # redacted
    client.get(f"/api/v1/cases/{scene.shared_case}/export?format=csv", headers=partner)
    client.get("/api/v1/search", params={"q": "Maria Ionescu"}, headers=boss)
    with keyed_db.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        by_action: dict[str, list[AuditEvent]] = {}
        for event in events:
            by_action.setdefault(event.action, []).append(event)
        reads = [(e.actor, e.record_id) for e in by_action["read.victim_identity"]]
        # The supervisor's read and search opened Maria's identity; the partner's redacted read did not.
        assert reads == [("boss", str(scene.consenting)), ("boss", str(scene.consenting))]
        assert [(e.actor, json.loads(e.detail_json)["identities"]) for e in by_action["export.case"]] == [
            ("abroad", 0)
        ]
        assert [(e.actor, json.loads(e.detail_json)) for e in by_action["search"]] == [
            ("boss", {"cases": 0, "victims": 1, "reports": 0})
        ]
        shares = [json.loads(e.detail_json) for e in by_action["case.share"]]
        assert (
            shares[-1]["identity_access"] is False
            and shares[-1]["organisation_id"] == scene.partner.organisation_id
        )
        assert len(by_action["victim.create"]) == 3 and len(by_action["case.attach_report"]) == 2
        assert audit.verify(session, keyed_db.settings).ok
        _no_identity(" ".join(e.detail_json for e in events))


def test_bad_victim_input_is_refused_whole(keyed_db: Database, client: TestClient, scene: Scene) -> None:
    boss = scene.headers(keyed_db, scene.supervisor)
    url = f"/api/v1/cases/{scene.shared_case}/victims"
    with keyed_db.session() as session:
        before = session.scalar(select(func.count(Victim.id)))
    for body in (
        {"name": "X", "date_of_birth": "not a date"},
        {"name": "X", "date_of_birth": "2999-01-01"},
        {"name": "X", "age_band": "young"},
        {"name": "X", "nationality": "romania"},
        {"name": "X", "navigator_user_id": scene.investigator.user_id},  # not a navigator
        {"name": "X", "unexpected": 1},
        {"name": ""},
        {"name": "Ana\u0000Maria"},
        {"name": "X", "gender": "f\u0000"},
    ):
        response = client.post(url, headers=boss, json=body)
        assert response.status_code == 422, (body, response.status_code, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    with keyed_db.session() as session:
        assert session.scalar(select(func.count(Victim.id))) == before
    assert client.get("/api/v1/search", params={"q": "x"}, headers=boss).status_code == 422
    assert client.get("/api/v1/search", params={"q": "ab\u0000cd"}, headers=boss).status_code == 422
    assert (
        client.post(
            f"/api/v1/cases/{scene.shared_case}/reports", headers=boss, json={"report_id": 999999}
        ).status_code
        == 404
    )
    # Partners and analysts read the case but do not change it.
    for who in (scene.partner, scene.analyst):
        denied = client.post(url, headers=scene.headers(keyed_db, who), json={"name": "Y"})
        assert denied.status_code == 403


def test_export_cells_never_start_a_formula(keyed_db: Database, client: TestClient, scene: Scene) -> None:
    boss = scene.headers(keyed_db, scene.supervisor)
    _post(client, f"/api/v1/cases/{scene.shared_case}/victims", boss, {"name": '=HYPERLINK("http://x")'})
    text = client.get(f"/api/v1/cases/{scene.shared_case}/export?format=csv", headers=boss).text
    names = [r["name"] for r in csv.DictReader(io.StringIO(text)) if r["record"] == "victim"]
    assert '\'=HYPERLINK("http://x")' in names and not any(n.startswith("=") for n in names)


def test_attaching_twice_is_one_link(keyed_db: Database, client: TestClient, scene: Scene) -> None:
    boss = scene.headers(keyed_db, scene.supervisor)
    again = _post(
        client, f"/api/v1/cases/{scene.shared_case}/reports", boss, {"report_id": scene.shared_report}
    )
    assert again == {"case_id": scene.shared_case, "report_id": scene.shared_report, "attached": False}
    with keyed_db.session() as session:
        assert (
            session.scalar(select(func.count(CaseReport.id)).where(CaseReport.case_id == scene.shared_case))
            == 1
        )


def test_entities_show_only_links_into_readable_reports(
    keyed_db: Database, client: TestClient, scene: Scene
) -> None:
    from threadline.store.tables.entities import Entity, EntityLink
    from threadline.store.tables.facts import MentionRow

    with keyed_db.session() as session:
        shared_phone = Entity(kind="phone", canonical="+44 7911 000001", key="phone:+447911000001")
        secret_phone = Entity(kind="phone", canonical="+44 7911 000002", key="phone:+447911000002")
        session.add_all([shared_phone, secret_phone])
        session.flush()
        for entity, report in (
            (shared_phone, scene.shared_report),
            (shared_phone, scene.restricted_report),
            (secret_phone, scene.restricted_report),
        ):
            mention = MentionRow(
                report_id=report,
                kind="phone",
                start_char=0,
                end_char=5,
                text=entity.canonical,
                extractor="test",
                confidence=1.0,
            )
            session.add(mention)
            session.flush()
            session.add(
                EntityLink(
                    mention_id=mention.id, entity_id=entity.id, report_id=report, score=1.0, method="key"
                )
            )
        ids = shared_phone.id, secret_phone.id
    outsider, insider = scene.headers(keyed_db, scene.investigator), scene.headers(keyed_db, scene.insider)
    seen = client.get(f"/api/v1/entities/{ids[0]}", headers=outsider).json()
    assert seen["reports"] == [scene.shared_report]
    net = client.get(f"/api/v1/entities/{ids[0]}/network", headers=outsider).json()
    assert f"report:{scene.restricted_report}" not in {n["id"] for n in net["nodes"]}
    assert f"entity:{ids[1]}" not in {n["id"] for n in net["nodes"]}
    # Known only from the restricted case's report: as if it did not exist.
    assert client.get(f"/api/v1/entities/{ids[1]}", headers=outsider).status_code == 404
    assert client.get(f"/api/v1/entities/{ids[1]}/network", headers=outsider).status_code == 404
    assert client.get(f"/api/v1/entities/{ids[0]}", headers=insider).json()["reports"] == sorted(
        [scene.shared_report, scene.restricted_report]
    )
    assert client.get(f"/api/v1/entities/{ids[1]}", headers=insider).status_code == 200
    # Networks are built only from readable reports.
    outside = json.dumps(client.get("/api/v1/networks?min_reports=1", headers=outsider).json())
    inside = json.dumps(client.get("/api/v1/networks?min_reports=1", headers=insider).json())
    assert "+44 7911 000001" in outside and "+44 7911 000002" not in outside
    assert f"report:{scene.restricted_report}" not in outside
    assert "+44 7911 000002" in inside and f"report:{scene.restricted_report}" in inside


def test_alerts_only_about_readable_reports(keyed_db: Database, client: TestClient, scene: Scene) -> None:
    from threadline.store.tables.alerts import AlertRow

    with keyed_db.session() as session:
        rows = [
            AlertRow(
                report_id=report,
                recipient="role:investigator",
                roles=["investigator"],
                case_ids=[],
                score=90,
                urgent=True,
                reasons=["urgent"],
            )
            for report in (scene.shared_report, scene.restricted_report)
        ]
        session.add_all(rows)
        session.flush()
        shared_alert, hidden_alert = (row.id for row in rows)
    outsider, insider = scene.headers(keyed_db, scene.investigator), scene.headers(keyed_db, scene.insider)
    assert [a["id"] for a in client.get("/api/v1/alerts", headers=outsider).json()] == [shared_alert]
    assert client.post(f"/api/v1/alerts/{hidden_alert}/read", headers=outsider).status_code == 404
    assert {a["id"] for a in client.get("/api/v1/alerts", headers=insider).json()} == {
        shared_alert,
        hidden_alert,
    }
    assert client.post(f"/api/v1/alerts/{hidden_alert}/read", headers=insider).status_code == 200


def test_alerts_name_only_cases_the_reader_may_see(
    keyed_db: Database, client: TestClient, scene: Scene
) -> None:
    from threadline.store.tables.alerts import AlertRow

    with keyed_db.session() as session:
        row = AlertRow(
            report_id=scene.shared_report,
            recipient="role:investigator",
            roles=["case_owner"],
            case_ids=[scene.shared_case, scene.restricted_case],
            score=60,
            urgent=False,
            reasons=["touches_open_case"],
        )
        session.add(row)
        session.flush()
        alert_id = row.id
    outsider, insider = scene.headers(keyed_db, scene.investigator), scene.headers(keyed_db, scene.insider)

    def case_ids(headers: dict[str, str]) -> list[int]:
        [alert] = [a for a in client.get("/api/v1/alerts", headers=headers).json() if a["id"] == alert_id]
        return alert["case_ids"]

    assert case_ids(outsider) == [scene.shared_case]  # the restricted case's existence stays hidden
    assert sorted(case_ids(insider)) == sorted([scene.shared_case, scene.restricted_case])
    marked = client.post(f"/api/v1/alerts/{alert_id}/read", headers=outsider).json()
    assert marked["case_ids"] == [scene.shared_case]
