"""`threadline triage FILE`: score, reasons and routes for one report file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from threadline.errors import ThreadlineError
from threadline.triage.routing import DEFAULT_JURISDICTION, load_jurisdiction
from threadline.triage.service import extract_facts, payload, triage

MAX_BYTES = 5 * 1024 * 1024


def _read(path: Path) -> str:
    if not path.is_file():
        raise ThreadlineError(f"no such file: {path}")
    if path.stat().st_size > MAX_BYTES:
        raise ThreadlineError(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ThreadlineError(f"{path} is not UTF-8 text") from exc


def _stored_report(report_id: int) -> tuple[str, Any, dict[str, Any], str]:
    """Text, stored facts, linking context and anonymity of a stored report: what the API uses too."""
    from threadline.errors import NotFoundError
    from threadline.runtime import open_database
    from threadline.services.extraction import load_facts
    from threadline.services.triage import linking_context
    from threadline.store.tables.reports import Report

    db = open_database(migrate=True)
    try:
        with db.session() as session:
            report = session.get(Report, report_id)
            if report is None:
                raise NotFoundError(f"report {report_id} does not exist")
            context = linking_context(session, report_id)
            return report.text, load_facts(session, report_id), context, report.anonymity
    finally:
        db.dispose()


def triage_command(
    target: Annotated[str, typer.Argument(help="A report id in the database, or a UTF-8 text file.")],
    jurisdiction: Annotated[
        str, typer.Option("--jurisdiction", "-j", help="Jurisdiction pack, e.g. GB, RO, US.")
    ] = DEFAULT_JURISDICTION,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Score a report, say why, and list the doors it should go through."""
    load_jurisdiction(jurisdiction)  # a wrong code fails before the slow extraction step
    note = None
    facts = None
    context: dict[str, Any] = {}
    anonymity = None
    if target.isdigit() and not Path(target).exists():
        text, facts, context, anonymity = _stored_report(int(target))
    else:
        text = _read(Path(target))
    if facts is None:
        try:
            facts = extract_facts(text)
        except Exception as exc:  # triage must still answer when extraction breaks, and say so
            facts, note = None, f"extraction failed ({type(exc).__name__}): triaged on the text alone"
    if facts is None and note is None:
        note = "extraction not available: triaged on the text alone"
    code, assessment, routes = triage(text, facts, jurisdiction, context, anonymity=anonymity)
    if as_json:
        if note and facts is None and "failed" in note:
            typer.echo(f"note: {note}", err=True)
        typer.echo(json.dumps(payload(code, assessment, routes), ensure_ascii=False))
        return
    console = Console()
    flag = "[bold red]URGENT[/]" if assessment.urgent else "not urgent"
    console.print(f"[bold]Risk {assessment.score}/100[/] — {flag} (threshold {assessment.threshold})")
    if note:
        console.print(f"[dim]{escape(note)}[/]")
    for reason in assessment.reasons:
        # Report text is user input: escape it so "[...]" in a report is never read as markup.
        quotes = "; ".join(f"“{escape(text[s:e])}”" for s, e in reason.evidence[:3])
        console.print(f"  • {escape(reason.text)} {quotes}")
    if not assessment.reasons:
        console.print("  • no sign of danger, a child, or exploitation was found")
    console.print(f"[bold]Where to report ({code}), most important first:[/]")
    for n, r in enumerate(routes, 1):
        contact = r.contact + (f" (text {r.text})" if r.text else "")
        console.print(
            f"  {n}. [bold]{escape(contact)}[/] {escape(r.name)} [dim]({r.channel}; {escape(r.hours)})[/]"
        )
        console.print(f"     {escape(r.why)}", style="dim")


def register(app: typer.Typer) -> None:
    app.command("triage")(triage_command)
