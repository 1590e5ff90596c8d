"""/map?type=..&actor=..&country=..&since=..&until=..: events by place on a world map drawn offline
(countries shaded by their events, places as dots; `Redline.places`, `web.svg.world`)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from ..deps import Source, source
from ..svg.world import world_map
from .filters import Filters, actor_names
from .render import guarded, page, query_url

router = APIRouter()


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def events_map(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
               since: str | None = None, until: str | None = None, src: Source = Depends(source)) -> HTMLResponse:
    """The map of the events the filters select; a country links to the incidents there."""

    def build() -> HTMLResponse:
        filters = Filters.read(type, actor, country, since, until)
        found = src.redline.places(src.db, **filters.arguments())
        params = filters.params()
        return page(request, "map.html", section="Map", filters=filters, found=found, actor_names=actor_names(src),
                    world=world_map(found["countries"], found["places"]),
                    country_url=lambda iso3: query_url("/incidents", {**params, "country": iso3}))

    return guarded(request, build)
