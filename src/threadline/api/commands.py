"""`threadline serve`."""

from __future__ import annotations

import importlib.util
import ipaddress

import typer
from rich.console import Console

from threadline.errors import ConfigurationError

console = Console(stderr=True)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, min=1, max=65535),
    with_worker: bool = typer.Option(
        True, "--worker/--no-worker", help="Also process queued jobs in this process."
    ),
    allow_remote: bool = typer.Option(
        False, "--allow-remote", help="Listen beyond loopback (only with accounts and TLS in front)."
    ),
) -> None:
    """Start the web server and API."""
    import uvicorn

    from threadline.api.app import create_app
    from threadline.runtime import open_database

    if not _is_loopback(host):
        if importlib.util.find_spec("threadline.auth.dependencies") is None:
            raise ConfigurationError("accounts are not installed: the server may only listen on loopback")
        if not allow_remote:
            raise ConfigurationError(f"refusing to listen on {host}: pass --allow-remote behind a TLS proxy")
    db = open_database(migrate=True)
    stop_worker = None
    if with_worker:
        from threadline.worker import start_in_background

        stop_worker = start_in_background(db)
    console.print(f"Threadline on http://{host}:{port}/  (API description: /api/v1/openapi.json)")
    # No access log: it would record client addresses and user agents of anonymous reporters.
    uvicorn.run(
        create_app(), host=host, port=port, access_log=False, server_header=False, log_level="warning"
    )
    if stop_worker is not None:
        stop_worker.set()
    db.dispose()


def register(app: typer.Typer) -> None:
    app.command()(serve)
