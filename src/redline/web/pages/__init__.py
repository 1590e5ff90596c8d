"""The HTML pages of `redline serve` (issue 13): a timeline of a dyad, incidents and their response chains,
documents with their evidence, and a map. Each module is one page's routes, a few lines each over
`Redline` methods; the templates are in web/templates, the stylesheet in web/static, and no page runs a
script: the charts are SVG drawn on the server (web/svg)."""

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

from . import documents, incidents, timeline, worldmap

router = APIRouter()
for module in (timeline, incidents, documents, worldmap):
    router.include_router(module.router)


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    """The first page: the incident list."""
    return RedirectResponse("/incidents", status_code=307)
