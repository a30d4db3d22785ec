"""schemathesis against the served OpenAPI document, authenticated with a real API token: no 5xx.

Every operation gets generated requests (valid and invalid bodies, parameters, headers) from the
schema; any 500 is a bug. Runs on SQLite with a bounded number of examples per operation.
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings

from tests.security.support import make_account
from threadline.api.app import create_app
from threadline.auth.policy import role_permissions
from threadline.auth.roles import Role
from threadline.auth.tokens import issue_token
from threadline.store.database import Database
from threadline.store.tables.auth import User


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> tuple[FastAPI, str]:
    import os

    from threadline.config import load_settings
    from threadline.runtime import prepare_home
    from threadline.store.migrate import upgrade

    home = tmp_path_factory.mktemp("fuzz") / "home"
    saved = {k: os.environ.get(k) for k in ("THREADLINE_HOME", "THREADLINE_DATABASE_URL")}
    os.environ["THREADLINE_HOME"] = str(home)
    os.environ.pop("THREADLINE_DATABASE_URL", None)
    try:
        cfg = load_settings()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    prepare_home(cfg)
    db = Database(cfg)
    upgrade(db.engine)
    account = make_account(db, "fuzz-supervisor", Role.SUPERVISOR, "Fuzz Org")
    with db.session() as session:
        user = session.get(User, account.user_id)
        assert user is not None
        _, secret = issue_token(
            session, cfg, user, name="fuzz", scopes=sorted(role_permissions(Role.SUPERVISOR))
        )
    db.dispose()
    return create_app(cfg), secret


def test_no_server_errors(fuzz_target: tuple[FastAPI, str]) -> None:
    app, secret = fuzz_target
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 20
    for operation in operations:

        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def call(case: schemathesis.Case) -> None:
            response = case.call(headers={"Authorization": f"Bearer {secret}"})
            where = f"{case.method} {case.formatted_path}"
            assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"

        call()
