"""The web application: mounts every router under /api/v1 and turns errors into problem bodies."""

from __future__ import annotations

import importlib
import logging
import pkgutil

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse

from threadline import __version__
from threadline.api import routers
from threadline.api.security import install_security
from threadline.config import Settings, load_settings
from threadline.errors import ThreadlineError

log = logging.getLogger(__name__)
API_PREFIX = "/api/v1"
PROBLEM = "application/problem+json"
LANDING_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Threadline</title></head>
<body><h1>Threadline</h1>
<p>From scattered reports to rescued victims and disrupted networks.</p>
<ul>
<li><a href="/api/v1/openapi.json">OpenAPI document</a></li>
<li><a href="/api/v1/health">Service health</a></li></ul>
<p>If someone is in immediate danger, call 999.</p>
</body></html>
"""


def problem(status: int, title: str, detail: str, code: str) -> JSONResponse:
    body = {"type": f"about:blank#{code}", "title": title, "status": status, "detail": detail}
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def _include_routers(app: FastAPI) -> None:
    for info in sorted(pkgutil.iter_modules(routers.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{routers.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if router is not None:
            app.include_router(router, prefix=API_PREFIX)


def create_app(settings: Settings | None = None) -> FastAPI:
    from threadline.store.database import Database

    settings = settings or load_settings()
    app = FastAPI(
        title="Threadline API",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        # FastAPI's docs page loads Swagger UI from a CDN with an inline script: no CDN here, and the CSP
        # forbids inline scripts. The OpenAPI document itself is served.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.db = Database(settings)

    @app.exception_handler(ThreadlineError)
    async def _threadline_error(_: Request, exc: ThreadlineError) -> JSONResponse:
        return problem(exc.status_code, type(exc).__name__, exc.message, exc.code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return problem(422, "Invalid request", "; ".join(parts) or "invalid request", "invalid")

    @app.exception_handler(OverflowError)
    async def _overflow(_: Request, exc: OverflowError) -> JSONResponse:
        # A number too large for the database (an id or a count in a body): the client's mistake.
        return problem(422, "Invalid request", "a number is out of range", "invalid")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        # The traceback goes to the server log; the client learns only that it was our fault.
        log.error("unhandled error", exc_info=exc)
        return problem(500, "Internal error", "the server could not complete the request", "internal")

    @app.get("/", include_in_schema=False)
    def home() -> HTMLResponse:
        # A plain landing page until the web interface lands: where the API and its docs are.
        return HTMLResponse(LANDING_PAGE)

    _include_routers(app)
    install_security(app)
    return app
