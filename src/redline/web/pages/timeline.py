"""/timeline?a=..&b=..&since=..&until=..: the events between two actors, both ways, coloured by type, with
the daily intensity (`Redline.timeline`), as an SVG chart and a table."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from ..deps import Source, source
from ..svg.timeline import timeline_chart
from .filters import actor_names
from .render import day, guarded, page, text

router = APIRouter()
ROWS = 300  # events listed in the table under the chart


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline(request: Request, a: str | None = None, b: str | None = None, since: str | None = None,
             until: str | None = None, src: Source = Depends(source)) -> HTMLResponse:
    """The dyad form, and the timeline of `a` and `b` when both are given (404 when they share no event)."""

    def build() -> HTMLResponse:
        form = {"a": text(a), "b": text(b), "since": day("since", since), "until": day("until", until)}
        names = actor_names(src)
        if not form["a"] or not form["b"]:
            return page(request, "timeline.html", section="Timeline", form=form, actor_names=names, found=None)
        found = src.redline.timeline(src.db, form["a"], form["b"], since=form["since"], until=form["until"])
        return page(request, "timeline.html", section="Timeline", form=form, actor_names=names, found=found,
                    chart=timeline_chart(found), rows=found["events"][:ROWS])

    return guarded(request, build)
