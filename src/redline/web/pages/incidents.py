"""/incidents (a filtered list), /incidents/{id} (one incident: canonical values, disagreements, every
report with its evidence and document, its response links) and /incidents/{id}/chain (the escalation graph
of its response chain; /chains/{id} leads there)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..deps import Source, source
from ..svg.graph import chain_graph
from .filters import Filters, actor_names
from .render import count, guarded, page, query_url

router = APIRouter()
PAGE = 50
FIELDS = ("event_type", "mode", "date", "date_end", "source", "target", "country", "place", "killed", "wounded")


@router.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
def incidents(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
              since: str | None = None, until: str | None = None, q: str | None = None, offset: str | None = None,
              src: Source = Depends(source)) -> HTMLResponse:
    """A page of incidents with a report that the filters select, earliest first."""

    def build() -> HTMLResponse:
        filters = Filters.read(type, actor, country, since, until, q)
        found = src.redline.incidents(src.db, **filters.arguments(), limit=PAGE, offset=count("offset", offset))
        return page(request, "incidents.html", section="Incidents", filters=filters, page=found,
                    actor_names=actor_names(src),
                    page_url=lambda at: query_url("/incidents", {**filters.params(), "offset": at or None}))

    return guarded(request, build)


@router.get("/incidents/{incident}", response_class=HTMLResponse, include_in_schema=False)
def incident(request: Request, incident: str, src: Source = Depends(source)) -> HTMLResponse:
    """One incident with its reports (404 when the store has no such incident)."""
    return guarded(request, lambda: page(request, "incident.html", section="Incidents", fields=FIELDS,
                                         incident=src.redline.incident(src.db, incident)))


@router.get("/incidents/{incident}/chain", response_class=HTMLResponse, include_in_schema=False)
def chain(request: Request, incident: str, src: Source = Depends(source)) -> HTMLResponse:
    """The response chain of an incident as a graph (404 when the store has no such incident)."""

    def build() -> HTMLResponse:
        found = src.redline.chain(src.db, incident)
        return page(request, "chain.html", section="Incidents", chain=found, graph=chain_graph(found))

    return guarded(request, build)


@router.get("/chains/{incident}", include_in_schema=False)
def chain_alias(incident: str) -> RedirectResponse:
    """/chains/{id} is /incidents/{id}/chain."""
    return RedirectResponse(f"/incidents/{incident}/chain", status_code=308)
