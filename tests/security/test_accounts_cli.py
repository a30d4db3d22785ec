"""`threadline users add|disable|reset`, `keys rotate` and the init hook, end to end through the CLI."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from threadline.auth.accounts import Outcome, authenticate, ensure_first_admin, find_user
from threadline.cli import app
from threadline.store.database import Database


@pytest.fixture
def cli_env(keyed_db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setenv("THREADLINE_HOME", str(keyed_db.settings.home))
    monkeypatch.setenv("THREADLINE_DATABASE_URL", keyed_db.settings.database_url)
    return keyed_db


def _password(output: str) -> str:
    return output.split("one-time password:", 1)[1].split()[0]


def test_first_admin_is_created_once(keyed_db: Database) -> None:
    created = ensure_first_admin(keyed_db)
    assert created is not None and created[0] == "admin"
    assert ensure_first_admin(keyed_db) is None
    with keyed_db.session() as session:
        result = authenticate(session, keyed_db.settings, "admin", created[1])
        # Right password; the account still has to be set up (new password, second factor).
        assert result.ok and not result.mfa_passed


def test_users_add_disable_reset(cli_env: Database) -> None:
    runner = CliRunner()
    added = runner.invoke(app, ["users", "add", "Nadia", "--role", "victim_navigator", "--org", "Safe Homes"])
    assert added.exit_code == 0, added.output
    password = _password(added.output)
    with cli_env.session() as session:
        user = find_user(session, "nadia")
        assert user is not None and user.role == "victim_navigator" and user.must_change_password
        assert password not in user.password_hash
    assert runner.invoke(app, ["users", "add", "x", "--role", "wizard"]).exit_code != 0
    assert runner.invoke(app, ["users", "disable", "nadia"]).exit_code == 0
    with cli_env.session() as session:
        assert authenticate(session, cli_env.settings, "nadia", password).outcome is Outcome.DISABLED
    reset = runner.invoke(app, ["users", "reset", "nadia", "--totp"])
    assert reset.exit_code == 0
    with cli_env.session() as session:  # a routine reset does not bring a leaver back
        assert (
            authenticate(session, cli_env.settings, "nadia", _password(reset.output)).outcome
            is Outcome.DISABLED
        )
    reset = runner.invoke(app, ["users", "reset", "nadia", "--enable"])
    with cli_env.session() as session:
        assert authenticate(session, cli_env.settings, "nadia", _password(reset.output)).ok


def test_keys_rotate_command(cli_env: Database) -> None:
    result = CliRunner().invoke(app, ["keys", "rotate"])
    assert result.exit_code == 0 and "New active key k2" in result.output
