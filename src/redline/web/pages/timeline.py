"""/timeline?a=..&b=..&since=..&until=..: the events between two actors, both ways, coloured by type, with
the daily intensity (`Redline.timeline`), as an SVG chart and a table."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from ..deps import Source, source
from ..svg.timeline import timeline_chart
from .filters import actor_names
from .render import day, guarded, page, query_url, text

router = APIRouter()
ROWS = 300  # events listed in the table under the chart
SAMPLE, PAIRS = 200, 8  # the pairs offered on the empty form: the commonest among the first incidents


def pairs(incidents: list[dict], most: int = PAIRS) -> list[dict]:
    """`{"a", "b", "names", "incidents"}` of the commonest pairs of actors (either way round) among incident
    summaries: each actor by its id, else its name (`names` the two names to show); incidents without both
    actors are left out."""
    counts: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for incident in incidents:
        ends = [incident.get(role) or {} for role in ("source", "target")]
        keys = [end.get("id") or end.get("name") for end in ends]
        if all(keys) and keys[0] != keys[1]:
            names.update({key: end.get("name") or key for key, end in zip(keys, ends, strict=True)})
            counts[min(tuple(keys), tuple(keys[::-1]))] += 1
    return [{"a": a, "b": b, "names": (names[a], names[b]), "incidents": n} for (a, b), n in counts.most_common(most)]


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline(request: Request, a: str | None = None, b: str | None = None, since: str | None = None,
             until: str | None = None, src: Source = Depends(source)) -> HTMLResponse:
    """The dyad form, and the timeline of `a` and `b` when both are given (404 when they share no event)."""

    def build() -> HTMLResponse:
        form = {"a": text(a), "b": text(b), "since": day("since", since), "until": day("until", until)}
        names = actor_names(src)
        if not form["a"] or not form["b"]:
            return choose(request, src, form, names)
        found = src.redline.timeline(src.db, form["a"], form["b"], since=form["since"], until=form["until"])
        return page(request, "timeline.html", section="Timeline", form=form, actor_names=names, found=found,
                    chart=timeline_chart(found), rows=found["events"][:ROWS])

    return guarded(request, build)


def choose(request: Request, src: Source, form: dict, names: list[str]) -> HTMLResponse:
    """The empty form, with the commonest pairs of the period chosen as links to their timelines."""
    sample = src.redline.incidents(src.db, since=form["since"], until=form["until"], limit=SAMPLE)
    return page(request, "timeline.html", section="Timeline", form=form, actor_names=names, found=None,
                pairs=pairs(sample["items"]), pair_url=lambda a, b: query_url("/timeline", {**form, "a": a, "b": b}))
