"""`threadline ingest` and `threadline reports list|show`."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from sqlalchemy import func, select

from threadline.errors import IntakeError, NotFoundError
from threadline.intake.batch import ingest_files
from threadline.intake.files import expand_paths
from threadline.intake.formats import parse_format
from threadline.intake.service import parse_anonymity, parse_channel
from threadline.runtime import open_database
from threadline.store.tables.reports import Report

out = Console()
err = Console(stderr=True)
reports_app = typer.Typer(help="Look at stored reports.", no_args_is_help=True)
PROGRESS_THRESHOLD = 20


def _parse_mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise IntakeError(f"--map expects FIELD=COLUMN, got {pair!r}", code="bad_mapping")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders or glob patterns."),
    channel: str = typer.Option("bulk", help="public_web, helpline, officer, partner, news, bulk, feed"),
    fmt: str | None = typer.Option(
        None, "--format", help="text, html, eml, json, csv, feed (default: guess)"
    ),
    anonymity: str = typer.Option("confidential", help="anonymous, confidential, consent_to_share"),
    mapping: list[str] = typer.Option(
        [], "--map", help="CSV column mapping FIELD=COLUMN, e.g. text=Narrative"
    ),
) -> None:
    """Store reports from files; each is stored once however often it is ingested."""
    chosen_channel = parse_channel(channel)
    chosen_anonymity = parse_anonymity(anonymity)
    chosen_format = parse_format(fmt) if fmt else None
    column_map = _parse_mapping(mapping)
    files = expand_paths(paths)
    db = open_database(migrate=True)
    try:
        options = {"channel": chosen_channel, "anonymity": chosen_anonymity, "fmt": chosen_format}
        if len(files) >= PROGRESS_THRESHOLD:
            columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
            with Progress(*columns, console=err, transient=True) as bar:
                task = bar.add_task("ingest", total=len(files))
                summary = ingest_files(
                    db, files, mapping=column_map, progress=lambda _: bar.advance(task), **options
                )
        else:
            summary = ingest_files(db, files, mapping=column_map, **options)
    finally:
        db.dispose()
    if len(files) == 1 and summary.rejected and not summary.accepted and not summary.duplicates:
        raise IntakeError(f"{summary.rejected[0][0]}: {summary.rejected[0][1]}")
    print(
        f"accepted {len(summary.accepted)}, duplicate {len(summary.duplicates)}, "
        f"rejected {len(summary.rejected)}",
        file=sys.stderr,
    )
    for path, reason in summary.rejected:
        print(f"  rejected {path}: {reason}", file=sys.stderr)
    if summary.rejected:
        raise typer.Exit(1)


def list_reports(
    limit: int = typer.Option(20, min=1, max=1000),
    offset: int = typer.Option(0, min=0),
    channel: str | None = typer.Option(None),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List reports, newest first."""
    db = open_database(migrate=True)
    with db.session() as session:
        query = select(Report).order_by(Report.id.desc())
        count_query = select(func.count(Report.id))
        if channel:
            query = query.where(Report.channel == parse_channel(channel).value)
            count_query = count_query.where(Report.channel == channel)
        total = session.scalar(count_query) or 0
        rows = session.scalars(query.limit(limit).offset(offset)).all()
    db.dispose()
    if as_json:
        from threadline.api.schemas import ReportSummary

        items = [ReportSummary.from_row(r).model_dump(mode="json") for r in rows]
        out.print_json(json.dumps({"total": total, "items": items}))
        return
    table = Table(title=f"Reports ({total} in all)")
    for column in ("id", "received", "channel", "status", "title / start of text"):
        table.add_column(column)
    for r in rows:
        head = (r.title or r.text).strip().replace("\n", " ")[:70]
        table.add_row(str(r.id), r.received_at.strftime("%Y-%m-%d"), r.channel, r.status, head)
    out.print(table)


def show_report(report_id: int, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show one report with its text."""
    db = open_database(migrate=True)
    with db.session() as session:
        report = session.get(Report, report_id)
        if report is None:
            raise NotFoundError(f"report {report_id} does not exist")
        from threadline.api.schemas import ReportDetail

        detail = ReportDetail.from_row(report)
    db.dispose()
    if as_json:
        out.print_json(detail.model_dump_json())
        return
    out.print(f"[bold]Report {detail.id}[/] · {detail.channel} · {detail.anonymity} · {detail.status}")
    if detail.title:
        out.print(f"[bold]{detail.title}[/]", markup=True)
    out.print(f"received {detail.received_at:%Y-%m-%d} · sha256 {detail.sha256}")
    if detail.flags:
        out.print(f"flags: {', '.join(detail.flags)}")
    out.print()
    out.print(detail.text, markup=False, highlight=False)


feeds_app = typer.Typer(help="RSS/Atom feeds polled for news reports.", no_args_is_help=True)


def add_feed(url: str) -> None:
    """Watch a feed."""
    from threadline.intake.feeds import add_feed as add

    db = open_database(migrate=True)
    feed_id = add(db, url)
    db.dispose()
    err.print(f"feed {feed_id}: {url}")


def poll_feeds() -> None:
    """Fetch every watched feed once (conditional GET) and ingest new items."""
    from threadline.intake.feeds import poll_all

    db = open_database(migrate=True)
    results = poll_all(db)
    db.dispose()
    for r in results:
        line = f"{r.url}: {r.status}" + (
            f" ({r.accepted} new, {r.duplicates} known)" if r.status == "ingested" else ""
        )
        err.print(line + (f" - {r.error}" if r.error else ""), markup=False, highlight=False)
    if any(r.status == "error" for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    feeds_app.command("add")(add_feed)
    feeds_app.command("poll")(poll_feeds)
    app.add_typer(feeds_app, name="feeds")
    app.command()(ingest)
    reports_app.command("list")(list_reports)
    reports_app.command("show")(show_report)
    app.add_typer(reports_app, name="reports")
