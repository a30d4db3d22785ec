"""Security headers, body limits and no tracebacks for clients."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from threadline.api.security import install_security
from threadline.config import Settings


def _app() -> FastAPI:
    app = FastAPI()

    @app.get("/ok")
    def ok() -> dict[str, str]:
        return {"ok": "yes"}

    @app.post("/echo")
    async def echo(body: dict[str, str]) -> dict[str, int]:
        return {"fields": len(body)}

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail: /srv/threadline/keys and a password")

    install_security(app, max_body_bytes=1000)
    return app


def test_security_headers() -> None:
    response = TestClient(_app()).get("/ok")
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-store"
    assert "strict-transport-security" not in response.headers  # plain HTTP: no HSTS
    assert "server" not in response.headers


def test_hsts_behind_tls() -> None:
    response = TestClient(_app(), base_url="https://testserver").get("/ok")
    assert response.headers["strict-transport-security"].startswith("max-age=")


def test_request_size_limits() -> None:
    client = TestClient(_app())
    assert client.post("/echo", json={"a": "b"}).status_code == 200
    too_big = client.post("/echo", json={"a": "b" * 2000})
    assert too_big.status_code == 413 and too_big.headers["content-type"] == "application/problem+json"

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(20):
            yield b"x" * 100

    streamed = client.post("/echo", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_no_stack_traces_to_clients() -> None:
    response = TestClient(_app(), raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert "secret detail" not in response.text and "Traceback" not in response.text
    assert "RuntimeError" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_real_app_is_hardened(tmp_path: Path) -> None:
    from threadline.store.database import Database

    from .conftest import build_app

    app = build_app(Database(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'x.db'}")))
    assert not app.debug
    response = TestClient(app).get("/api/v1/auth/me")
    assert response.status_code == 401 and "content-security-policy" in response.headers
    assert TestClient(app).post("/api/v1/auth/login", content=b"x" * 100_000).status_code == 413
