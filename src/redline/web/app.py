"""`create_app(redline, db)`: the FastAPI app `redline serve` runs, read-only over the store at `db`.

Every answer comes from one `Redline` call, which reads one consistent state of the store: whole
documents only. The app's calls share one read-only open of it (`Redline.share`), given back whenever
it is idle and every two seconds under load while an ingest waits, so the ingest writes between calls.
Errors are `{"error": {"code", "message"}}` (web/errors.py); every response carries a CSP that forbids
inline script (web/security.py). OpenAPI: /openapi.json, read in Swagger UI at /docs.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..app import Redline
from . import docs, errors
from .api import router as api
from .deps import Source
from .security import SecurityHeaders

STATIC = Path(__file__).parent / "static"
DESCRIPTION = ("Read-only access to a redline corpus store: events, incidents with their reports and "
               "response chains, escalation timelines, actors and documents. Errors are "
               '`{"error": {"code", "message"}}`.')


def create_app(redline: Redline, db: str | Path) -> FastAPI:
    """The app answering from the store at `db` through `redline`'s read methods. The store is not opened
    here: a missing or busy store is answered per request (503 with its error code)."""
    app = FastAPI(title="redline", summary="Browse a redline corpus store", description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    redline.share(db)  # the requests share one read-only open of the store, released for an ingest's writes
    app.state.source = Source(redline, Path(db))
    errors.install(app)
    app.add_middleware(SecurityHeaders)
    app.include_router(api)
    app.include_router(docs.router)
    app.mount(docs.SWAGGER, StaticFiles(directory=docs.ASSETS), name="swagger")
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    include_pages(app)
    return app


def include_pages(app: FastAPI) -> None:
    """The HTML pages (web/pages: its `router`), when that package is there."""
    if importlib.util.find_spec(f"{__package__}.pages") is None:
        return
    pages = importlib.import_module(f"{__package__}.pages")
    app.include_router(pages.router)
