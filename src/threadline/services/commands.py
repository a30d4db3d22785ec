"""`threadline explain ENTITY_ID`: why each mention was joined to an entity."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from threadline.runtime import open_database
from threadline.services.entities import entity_detail


def explain(entity_id: int, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show an entity's mentions across reports and the reason for every join."""
    db = open_database(migrate=True)
    with db.session() as session:
        detail = entity_detail(session, entity_id)
    db.dispose()
    if as_json:
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(f"[bold]Entity {detail['id']}[/] · {detail['kind']} · {detail['canonical']}", markup=True)
    table = Table("report", "as written", "score", "how", "why")
    for m in detail["mentions"]:
        table.add_row(
            str(m["report_id"]), m["text"], f"{m['score']:.2f}", m["method"], "; ".join(m["reasons"])
        )
    console.print(table)
    for m in detail["mentions"]:
        waterfall = m.get("explanation")
        if not waterfall:
            continue
        console.print(
            f"[bold]report {m['report_id']}[/] “{m['text']}”: prior {waterfall['prior_weight']:+.2f}"
        )
        for c in waterfall["contributions"]:
            console.print(f"    {c['comparison']:<22} {c['level']:<40} {c['weight']:+.2f}", markup=False)
        total = waterfall.get("match_weight")
        console.print(f"    = match weight {total:+.2f}" if total is not None else "    = identical records")


def link(
    full: bool = typer.Option(False, "--full", help="Re-cluster every person mention with Splink."),
) -> None:
    """Re-run linking as a batch job (incremental linking runs in the worker for every report)."""
    from threadline.errors import ThreadlineError
    from threadline.services.relink import relink_people

    if not full:
        raise ThreadlineError("nothing to do: use --full to re-cluster every person mention")
    db = open_database(migrate=True)
    with db.session() as session:
        summary = relink_people(session)
    db.dispose()
    Console(stderr=True).print(
        f"{summary.mentions} person mention(s) → {summary.entities} person(s); "
        f"{summary.joined} joined by the model; {summary.removed_entities} empty entit(ies) removed; "
        f"threshold {summary.threshold}"
    )


def export(
    fmt: str = typer.Option("graphml", "--format", help="graphml, gexf, csv (folder) or ftm (JSON lines)"),
    out: Path = typer.Option(..., "--out", help="File (or folder for csv) to write."),
) -> None:
    """Export the entity graph for Gephi, i2-style tools, spreadsheets or FollowTheMoney tools."""
    from threadline.services.graph import export_graph

    db = open_database(migrate=True)
    with db.session() as session:
        written = export_graph(session, fmt, out)
    db.dispose()
    Console(stderr=True).print(f"wrote {written}")


def register(app: typer.Typer) -> None:
    app.command()(explain)
    app.command()(link)
    app.command("export-graph")(export)
