"""`threadline explain ENTITY_ID`: why each mention was joined to an entity."""

from __future__ import annotations

import json

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


def register(app: typer.Typer) -> None:
    app.command()(explain)
