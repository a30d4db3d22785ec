"""Networks and graph exports built from what the worker linked."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from tests.services.test_linking import REPORTS, ingest_all
from threadline.errors import ThreadlineError
from threadline.services.graph import export_graph, networks
from threadline.store.database import Database


@pytest.fixture
def linked(sqlite_db: Database) -> list[int]:
    return ingest_all(sqlite_db, REPORTS)


def test_reports_sharing_a_phone_form_one_network(sqlite_db: Database, linked: list[int]) -> None:
    with sqlite_db.session() as session:
        found = networks(session)
    together = [n for n in found if f"report:{linked[0]}" in n["reports"]]
    assert len(together) == 1
    assert {f"report:{r}" for r in linked[:3]} <= set(together[0]["reports"])
    assert f"report:{linked[3]}" not in together[0]["reports"]
    assert together[0]["central"], "a network names its most central entities"


def test_exports(sqlite_db: Database, linked: list[int], tmp_path: Path) -> None:
    with sqlite_db.session() as session:
        graphml = export_graph(session, "graphml", tmp_path / "g.graphml")
        gexf = export_graph(session, "gexf", tmp_path / "g.gexf")
        folder = export_graph(session, "csv", tmp_path / "csv")
        ftm = export_graph(session, "ftm", tmp_path / "g.ftm.json")
        with pytest.raises(ThreadlineError, match="unknown export format"):
            export_graph(session, "pdf", tmp_path / "g.pdf")
    graph = nx.read_graphml(graphml)
    assert f"report:{linked[0]}" in graph.nodes
    assert nx.read_gexf(gexf).number_of_nodes() == graph.number_of_nodes()
    with (folder / "nodes.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == graph.number_of_nodes()
    schemata = {json.loads(line)["schema"] for line in ftm.read_text(encoding="utf-8").splitlines()}
    assert {"Person", "Vehicle"} <= schemata
