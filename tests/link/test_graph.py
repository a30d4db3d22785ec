from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from threadline.link.export import ftm_entities, write_csv, write_ftm, write_gexf, write_graphml
from threadline.link.graph import EntityGraph, MentionLink, Relation


def _two_networks() -> EntityGraph:
    links = [
        MentionLink("r1", "boss", "person", "Ion Popa", 0.9, "controller"),
        MentionLink("r1", "v1", "person", "Ana Radu", 0.9, "victim"),
        MentionLink("r1", "ph1", "phone", "+447911123456", 1.0),
        MentionLink("r2", "boss", "person", "Ion Popa", 0.8),
        MentionLink("r2", "van", "vehicle", "AB12CDE", 1.0),
        MentionLink("r2", "v2", "person", "Maria Stan", 0.9, "victim"),
        MentionLink("r3", "other", "person", "Elena Dinu", 0.9),
        MentionLink("r3", "addr", "address", "14 Colindale Avenue, NW9", 0.9),
        MentionLink("r4", "other", "person", "Elena Dinu", 0.3),  # weak: must not join networks
        MentionLink("r4", "boss", "person", "Ion Popa", 0.3),
    ]
    return EntityGraph.from_links(links, [Relation("r1", "boss", "ph1", "uses_phone")])


def test_networks_are_components_over_confident_links() -> None:
    networks = _two_networks().networks(min_confidence=0.7)
    assert [sorted(n.entities) for n in networks] == [["boss", "ph1", "v1", "v2", "van"], ["addr", "other"]]
    assert networks[0].reports == ["r1", "r2"]
    assert networks[0].central[0][0] == "boss"  # the controller who links both reports


def test_low_threshold_merges_them() -> None:
    assert len(_two_networks().networks(min_confidence=0.2)) == 1


def test_co_mention_weights_count_reports() -> None:
    graph = _two_networks()
    assert graph.edges[("boss", "v1", "co_mention")].weight == 1
    assert graph.edges[("r2", "boss", "mentions")].evidence == {"r2"}


def test_leiden_communities_in_a_large_component() -> None:
    # Two dense groups of 20 joined by one bridge person.
    links = []
    for group in ("a", "b"):
        for k in range(20):
            report = f"{group}-r{k}"
            for j in range(4):
                member = f"{group}{(k + j) % 20}"
                links.append(MentionLink(report, member, "person", member, 0.9))
    links += [
        MentionLink("bridge-1", "a0", "person", "a0", 0.9),
        MentionLink("bridge-1", "b0", "person", "b0", 0.9),
    ]
    network = EntityGraph.from_links(links).networks(community_min_size=30)[0]
    assert len(network.entities) == 40
    communities = network.communities
    assert len(set(communities.values())) >= 2
    assert communities["a5"] != communities["b5"]


def test_exports(tmp_path: Path) -> None:
    graph = _two_networks()
    write_graphml(graph, tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == len(graph.nodes)
    write_gexf(graph, tmp_path / "g.gexf")
    assert ET.parse(tmp_path / "g.gexf").getroot().tag.endswith("gexf")
    nodes, edges = write_csv(graph, tmp_path / "csv")
    assert nodes.read_text("utf-8").startswith("id,kind,label,attributes")
    assert len(edges.read_text("utf-8").splitlines()) == len(graph.edges) + 1
    count = write_ftm(graph, tmp_path / "ftm.jsonl")
    entities = [json.loads(line) for line in (tmp_path / "ftm.jsonl").read_text("utf-8").splitlines()]
    assert len(entities) == count
    schemata = {e["schema"] for e in entities}
    assert {"Person", "Vehicle", "Address", "Note"} <= schemata
    boss = next(e for e in ftm_entities(graph) if e["properties"].get("name") == ["Ion Popa"])
    assert boss["properties"]["phone"] == ["+447911123456"]
