"""`threadline init`, `threadline db upgrade`, `threadline worker`."""

from __future__ import annotations

import importlib.util
import logging
from datetime import timedelta

import typer
from rich.console import Console

from threadline.config import load_settings
from threadline.runtime import open_database, prepare_home

console = Console(stderr=True)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)


def _create_first_admin(db: object) -> None:
    """Create the first admin when the accounts stage is installed and none exists yet."""
    if importlib.util.find_spec("threadline.auth.accounts") is None:
        return
    from threadline.auth import accounts

    created = accounts.ensure_first_admin(db)
    if created is not None:
        username, password = created
        console.print(f"[bold]First admin account:[/] {username}  one-time password: [bold]{password}[/]")
        console.print("Change it at first login; it is shown only now.")


def init() -> None:
    """Create THREADLINE_HOME, apply migrations and create the first admin account."""
    settings = load_settings()
    prepare_home(settings)
    db = open_database(settings, migrate=True)
    _create_first_admin(db)
    console.print(f"Threadline home ready at {settings.home} ({db.dialect}).")
    db.dispose()


def upgrade() -> None:
    """Apply database migrations up to the newest."""
    db = open_database(migrate=True)
    console.print(f"Database is at the newest schema ({db.dialect}).")
    db.dispose()


def worker(
    once: bool = typer.Option(False, "--once", help="Run the jobs that are due, then exit."),
    poll: float = typer.Option(1.0, help="Seconds to wait when the queue is empty."),
    lease: int = typer.Option(300, help="Seconds a claimed job stays ours before others may retry it."),
) -> None:
    """Process queued jobs (extraction, linking, triage) until stopped."""
    from threadline import worker as worker_module

    logging.getLogger("threadline").setLevel(logging.INFO)
    db = open_database(migrate=True)
    if once:
        done = worker_module.drain(db)
        console.print(f"{done} job(s) processed.")
    else:
        worker_module.run_forever(db, poll_seconds=poll, lease=timedelta(seconds=lease))
    db.dispose()


def register(app: typer.Typer) -> None:
    app.command()(init)
    db_app.command("upgrade")(upgrade)
    app.add_typer(db_app, name="db")
    app.command()(worker)
