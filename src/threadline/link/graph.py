"""The graph of entities and reports: who and what is mentioned together, and in which role.

Nodes are reports and entities (person, organisation, phone, address, vehicle, email, account,
place). Edges are either `mentions` (report → entity) or entity–entity edges: `co_mention` (named in
the same report; weight = number of such reports) and role edges given by extraction (e.g.
`uses_phone`, `controls`, `drives`). Networks are connected components over confident links;
inside large networks, Leiden communities and centrality point to the people who hold it together.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ENTITY_KINDS = frozenset(
    {"person", "organisation", "phone", "address", "vehicle", "email", "account", "place", "document"}
)
# Roles that mark someone as running the operation rather than being exploited by it.
CONTROLLER_ROLES = frozenset({"controller", "trafficker", "suspect", "recruiter", "exploiter", "boss"})


@dataclass(frozen=True)
class Node:
    id: str
    kind: str  # "report" or an entity kind
    label: str
    attributes: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass
class Edge:
    source: str
    target: str
    kind: str  # "mentions", "co_mention" or a role such as "uses_phone"
    weight: float = 0.0
    confidence: float = 0.0  # the best confidence among the evidence
    evidence: set[str] = field(default_factory=set)  # report ids


@dataclass(frozen=True)
class MentionLink:
    """One resolved mention: report `report_id` names entity `entity_id` (after linking).

    `confidence` combines extraction confidence and link confidence (0..1); `role` is the part the
    entity plays in that report (victim, controller, driver, …) when extraction says so.
    """

    report_id: str
    entity_id: str
    kind: str
    label: str
    confidence: float = 1.0
    role: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Relation:
    """A directed entity–entity relation stated in a report ("X drives the van", "X holds Y's
    passport")."""

    report_id: str
    source: str
    target: str
    kind: str
    confidence: float = 1.0


@dataclass
class Network:
    id: str
    entities: list[str]
    reports: list[str]
    communities: dict[str, int] = field(default_factory=dict)  # entity → community number
    central: list[tuple[str, float]] = field(default_factory=list)  # entity, score (best first)


class EntityGraph:
    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str], Edge] = {}

    # -- building -------------------------------------------------------------------------------

    def add_node(self, node: Node) -> None:
        existing = self.nodes.get(node.id)
        if existing is None:
            self.nodes[node.id] = node
        else:
            existing.attributes.update(node.attributes)

    def add_edge(
        self, source: str, target: str, kind: str, *, report_id: str, confidence: float, weight: float = 1.0
    ) -> None:
        if kind in ("co_mention",) and source > target:
            source, target = target, source  # undirected: one key per pair
        key = (source, target, kind)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = Edge(source, target, kind)
        if report_id not in edge.evidence:
            edge.evidence.add(report_id)
            edge.weight += weight
        edge.confidence = max(edge.confidence, confidence)

    @classmethod
    def from_links(cls, links: Iterable[MentionLink], relations: Iterable[Relation] = ()) -> EntityGraph:
        graph = cls()
        by_report: dict[str, dict[str, MentionLink]] = defaultdict(dict)
        for link in links:
            graph.add_node(Node(link.report_id, "report", link.report_id))
            graph.add_node(Node(link.entity_id, link.kind, link.label, dict(link.attributes)))
            roles = graph.nodes[link.entity_id].attributes.setdefault("roles", set())
            if link.role:
                roles.add(link.role)
            graph.add_edge(
                link.report_id,
                link.entity_id,
                "mentions",
                report_id=link.report_id,
                confidence=link.confidence,
            )
            seen = by_report[link.report_id].get(link.entity_id)
            if seen is None or seen.confidence < link.confidence:
                by_report[link.report_id][link.entity_id] = link
        for report_id, entities in by_report.items():
            # Co-mention confidence is that of the weaker of the two mentions.
            for a, b in itertools.combinations(sorted(entities), 2):
                conf = min(entities[a].confidence, entities[b].confidence)
                graph.add_edge(a, b, "co_mention", report_id=report_id, confidence=conf)
        for rel in relations:
            graph.add_edge(
                rel.source, rel.target, rel.kind, report_id=rel.report_id, confidence=rel.confidence
            )
        return graph

    # -- analysis -------------------------------------------------------------------------------

    def entity_ids(self) -> list[str]:
        return [n for n, node in self.nodes.items() if node.kind != "report"]

    def to_igraph(self, *, min_confidence: float = 0.0, entities_only: bool = True) -> Any:
        """Undirected weighted igraph of entity–entity edges at or above `min_confidence`."""
        import igraph as ig

        ids = self.entity_ids() if entities_only else list(self.nodes)
        index = {n: i for i, n in enumerate(ids)}
        weights: dict[tuple[int, int], float] = defaultdict(float)
        for edge in self.edges.values():
            if edge.kind == "mentions" and entities_only:
                continue
            if edge.confidence < min_confidence:
                continue
            a, b = index.get(edge.source), index.get(edge.target)
            if a is None or b is None or a == b:
                continue
            weights[(min(a, b), max(a, b))] += edge.weight
        g = ig.Graph(n=len(ids), edges=list(weights), directed=False)
        g.vs["name"] = ids
        g.vs["kind"] = [self.nodes[n].kind for n in ids]
        g.es["weight"] = list(weights.values())
        return g

    def networks(
        self,
        *,
        min_confidence: float = 0.7,
        community_min_size: int = 30,
        resolution: float = 1.0,
        seed: int = 7,
    ) -> list[Network]:
        """Connected components over confident entity links (largest first), each with Leiden
        communities when it has at least `community_min_size` entities, and its most central
        entities (weighted betweenness, boosted for controller roles)."""
        g = self.to_igraph(min_confidence=min_confidence)
        reports_of: dict[str, set[str]] = defaultdict(set)
        for edge in self.edges.values():
            if edge.kind == "mentions" and edge.confidence >= min_confidence:
                reports_of[edge.target].add(edge.source)
        out: list[Network] = []
        components = sorted(g.connected_components(), key=len, reverse=True)
        for number, members in enumerate(components):
            names = [g.vs[i]["name"] for i in members]
            network = Network(
                id=f"net-{number + 1}",
                entities=sorted(names),
                reports=sorted(set().union(*(reports_of[n] for n in names))),
            )
            if len(members) >= 2:
                sub = g.induced_subgraph(members)
                network.central = _central(sub, self)
                if len(members) >= community_min_size:
                    random.seed(seed)  # igraph's Leiden draws from Python's RNG
                    parts = sub.community_leiden(
                        objective_function="modularity",
                        weights="weight",
                        resolution=resolution,
                        n_iterations=-1,
                    )
                    network.communities = {sub.vs[v]["name"]: c for c, vs in enumerate(parts) for v in vs}
            out.append(network)
        return out


def _central(sub: Any, graph: EntityGraph, top: int = 5) -> list[tuple[str, float]]:
    """People and organisations that hold the network together.

    Betweenness on distances 1/weight (strong ties are short), normalised to 0..1, plus a
    bonus for a controller role reported by extraction: a boss who is mentioned only alongside
    victims is not a bridge between anyone, yet is what an investigator looks for.
    """
    weights = sub.es["weight"] if sub.ecount() else []
    distances = [1.0 / w if w else 1.0 for w in weights]
    between = sub.betweenness(weights=distances if distances else None, directed=False)
    peak = max(between) or 1.0
    strength = sub.strength(weights="weight" if sub.ecount() else None)
    peak_strength = max(strength) or 1.0
    scored: list[tuple[str, float]] = []
    for v, name in enumerate(sub.vs["name"]):
        node = graph.nodes[name]
        if node.kind not in ("person", "organisation"):
            continue
        roles = node.attributes.get("roles", set())
        bonus = 0.5 if roles & CONTROLLER_ROLES else 0.0
        score = 0.6 * between[v] / peak + 0.4 * strength[v] / peak_strength + bonus
        scored.append((name, round(score, 4)))
    scored.sort(key=lambda t: (-t[1], t[0]))
    return scored[:top]
