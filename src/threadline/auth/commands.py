"""`threadline users …`, `threadline keys …`, `threadline audit …`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from threadline.auth.roles import ACCOUNT_ROLES

if TYPE_CHECKING:
    from threadline.store.database import Database

console = Console(stderr=True)
out = Console()
users_app = typer.Typer(help="User accounts.", no_args_is_help=True)
keys_app = typer.Typer(help="Field-encryption keys.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit log.", no_args_is_help=True)

ROLE_HELP = "One of: " + ", ".join(r.value for r in ACCOUNT_ROLES)


def _database() -> Database:
    from threadline.runtime import open_database

    return open_database(migrate=False)


@users_app.command("add")
def users_add(
    username: str,
    role: str = typer.Option(..., help=ROLE_HELP),
    organisation: str = typer.Option("Threadline", "--org", help="Organisation (created if new)."),
) -> None:
    """Create an account; prints its one-time password (shown only now)."""
    from threadline.auth.accounts import create_user

    db = _database()
    with db.session() as session:
        user, password = create_user(
            session,
            db.settings,
            username=username,
            role=role,
            organisation=organisation,
        )
        name = user.username
    out.print(f"{name}  one-time password: {password}")
    console.print("Staff must enrol a second factor at first login; the password must be changed.")


@users_app.command("disable")
def users_disable(username: str) -> None:
    """Disable an account and end its sessions and API tokens."""
    from threadline.auth.accounts import disable_user

    db = _database()
    with db.session() as session:
        disable_user(session, db.settings, username)
    console.print(f"{username} disabled; its sessions and tokens are revoked.")


@users_app.command("reset")
def users_reset(
    username: str,
    totp: bool = typer.Option(False, "--totp", help="Also remove the second factor (lost phone)."),
    enable: bool = typer.Option(False, "--enable", help="Also re-enable a disabled account."),
) -> None:
    """New one-time password; unlocks the account (and with --enable re-enables it)."""
    from threadline.auth.accounts import reset_user

    db = _database()
    with db.session() as session:
        password = reset_user(session, db.settings, username, clear_totp=totp, enable=enable)
    out.print(f"{username}  one-time password: {password}")


@keys_app.command("rotate")
def keys_rotate(
    keep_old: bool = typer.Option(False, "--keep-old", help="Keep retired keys in the key ring."),
) -> None:
    """Make a new field key active and re-encrypt every encrypted column with it."""
    from threadline.store.crypto import ENV_KEYS
    from threadline.store.rotation import reencrypt_all, rotate_keys

    db = _database()
    if os.environ.get(ENV_KEYS):
        # Keys from a secret store: the operator sets the new active key there; we re-encrypt.
        count = reencrypt_all(db)
        console.print(f"{count} value(s) re-encrypted under the active key from {ENV_KEYS}.")
        return
    result = rotate_keys(db, retire=not keep_old)
    console.print(f"New active key {result.new_key_id}; {result.reencrypted} value(s) re-encrypted.")
    if result.retired:
        console.print(f"Retired: {', '.join(result.retired)}")
    if result.still_in_use:
        console.print(f"[yellow]Old keys still in use:[/] {result.still_in_use}")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the hash chain; names the first event that was edited, deleted or reordered."""
    import time

    from threadline.store.audit import verify

    db = _database()
    started = time.perf_counter()
    with db.session() as session:
        result = verify(session, db.settings)
    seconds = time.perf_counter() - started
    if result.ok:
        out.print(f"audit log intact: {result.checked} event(s) in {seconds:.2f}s; head {result.head}")
        return
    out.print(f"AUDIT LOG BROKEN at event {result.first_broken}: {result.reason}")
    out.print(f"{result.checked} event(s) before it are intact (last good hash {result.head}).")
    raise typer.Exit(1)


@audit_app.command("show")
def audit_show(
    record: str = typer.Option(..., "--record", help="Record id, e.g. 12 or report:12 or user:3."),
    limit: int = typer.Option(200, min=1, max=10_000),
) -> None:
    """Events about one record, oldest first."""
    from threadline.store.audit import events_for_record

    db = _database()
    with db.session() as session:
        events = events_for_record(session, record, limit=limit)
        table = Table("seq", "at", "actor", "action", "record", "detail")
        for e in events:
            table.add_row(
                str(e.seq),
                e.at.isoformat(timespec="seconds"),
                e.actor,
                e.action,
                f"{e.record_type}:{e.record_id}",
                str(e.detail or ""),
            )
    out.print(table if events else f"no audit events for {record}")


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.add_typer(keys_app, name="keys")
    app.add_typer(audit_app, name="audit")
