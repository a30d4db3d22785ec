"""Write an `EntityGraph` for other tools: GraphML and GEXF (Gephi, yEd, Cytoscape), CSV node and
edge lists, and FollowTheMoney entities (OpenAleph and other investigative tools)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from threadline.link.graph import EntityGraph


def _scalar(value: Any) -> str | int | float | bool:
    """GraphML/GEXF attributes must be scalars: sets and lists become sorted '; '-joined text."""
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (set, frozenset, list, tuple)):
        return "; ".join(sorted(str(v) for v in value))
    if value is None:
        return ""
    return json.dumps(value, default=str, sort_keys=True)


def to_networkx(graph: EntityGraph) -> Any:
    """A networkx MultiDiGraph with every node and edge, attributes flattened to scalars."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for node in graph.nodes.values():
        attrs = {k: _scalar(v) for k, v in node.attributes.items()}
        g.add_node(node.id, kind=node.kind, label=node.label, **attrs)
    for (source, target, kind), edge in graph.edges.items():
        g.add_edge(
            source,
            target,
            key=kind,
            kind=kind,
            weight=float(edge.weight),
            confidence=float(edge.confidence),
            evidence=_scalar(edge.evidence),
        )
    return g


def write_graphml(graph: EntityGraph, path: Path) -> None:
    import networkx as nx

    nx.write_graphml(to_networkx(graph), path)


def write_gexf(graph: EntityGraph, path: Path) -> None:
    import networkx as nx

    nx.write_gexf(to_networkx(graph), path)


def write_csv(graph: EntityGraph, directory: Path) -> tuple[Path, Path]:
    """nodes.csv (id, kind, label, attributes as JSON) and edges.csv (source, target, kind,
    weight, confidence, evidence)."""
    directory.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = directory / "nodes.csv", directory / "edges.csv"
    with nodes_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "kind", "label", "attributes"])
        for node in graph.nodes.values():
            attrs = {k: _scalar(v) for k, v in node.attributes.items()}
            writer.writerow([node.id, node.kind, node.label, json.dumps(attrs, sort_keys=True)])
    with edges_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", "kind", "weight", "confidence", "evidence"])
        for edge in graph.edges.values():
            writer.writerow(
                [edge.source, edge.target, edge.kind, edge.weight, edge.confidence, _scalar(edge.evidence)]
            )
    return nodes_path, edges_path


_FTM_SCHEMA = {
    "person": "Person",
    "organisation": "Organization",
    "address": "Address",
    "vehicle": "Vehicle",
    "account": "BankAccount",
}


def ftm_entities(graph: EntityGraph, *, prefix: str = "tl") -> Iterator[dict[str, Any]]:
    """FollowTheMoney entities as dicts (one JSON object per line is the usual exchange form).

    People, organisations, addresses, vehicles and accounts become entities; phones and e-mails
    (which FtM treats as properties, not things) are attached to the people and organisations
    linked to them by a role edge, and every report becomes a Note listing what it mentions.
    Relations between entities become UnknownLink entities carrying the role.
    """
    from followthemoney import model

    made: dict[str, Any] = {}
    for node in graph.nodes.values():
        schema = _FTM_SCHEMA.get(node.kind)
        if schema is None:
            continue
        entity = model.make_entity(schema)
        entity.make_id(prefix, node.id)
        attrs = node.attributes
        if schema == "Address":
            entity.add("full", node.label)
            entity.add("postalCode", attrs.get("postcode"), quiet=True)
        elif schema == "Vehicle":
            entity.add("registrationNumber", node.label)
            entity.add("name", node.label)
        elif schema == "BankAccount":
            key = str(attrs.get("key") or node.label)
            if key.startswith("iban:"):
                entity.add("iban", key[5:], quiet=True)
            entity.add("accountNumber", node.label)
        else:
            entity.add("name", node.label)
            if schema == "Person":
                entity.add("gender", attrs.get("gender"), quiet=True)
                entity.add("nationality", attrs.get("nationality"), quiet=True)
                entity.add("birthDate", attrs.get("dob"), quiet=True)
        made[node.id] = entity
    for (source, target, kind), _edge in graph.edges.items():
        if kind in ("mentions", "co_mention"):
            continue
        holder = made.get(source)
        other = graph.nodes.get(target)
        if holder is not None and other is not None and holder.schema.name in ("Person", "Organization"):
            if other.kind == "phone":
                holder.add("phone", other.label, quiet=True)
                continue
            if other.kind == "email":
                holder.add("email", other.label, quiet=True)
                continue
        if source in made and target in made and made[source].schema.is_a("LegalEntity"):
            link = model.make_entity("UnknownLink")
            link.make_id(prefix, source, target, kind)
            link.add("subject", made[source].id)
            link.add("object", made[target].id)
            link.add("role", kind)
            made[f"link:{source}:{target}:{kind}"] = link
    for node in graph.nodes.values():
        if node.kind != "report":
            continue
        note = model.make_entity("Note")
        note.make_id(prefix, "report", node.id)
        note.add("name", node.label)
        for (source, target, kind), _edge in graph.edges.items():
            if source != node.id or kind != "mentions":
                continue
            mentioned = graph.nodes[target]
            prop = {"phone": "phoneMentioned", "email": "emailMentioned", "person": "peopleMentioned"}
            note.add(prop.get(mentioned.kind, "namesMentioned"), mentioned.label, quiet=True)
        made[f"report:{node.id}"] = note
    for entity in made.values():
        yield entity.to_dict()


def write_ftm(graph: EntityGraph, path: Path) -> int:
    """FtM entities as JSON lines; returns how many were written."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for entity in ftm_entities(graph):
            handle.write(json.dumps(entity, sort_keys=True, ensure_ascii=False) + "\n")
            count += 1
    return count
