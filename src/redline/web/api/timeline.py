"""GET /api/timeline: the events between two actors, both ways, with the daily intensity."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query

from ..deps import Source, source
from ..models import ErrorResponse, Timeline
from .params import SINCE, UNTIL

router = APIRouter(tags=["timeline"])
WHO = "an actor id, a name (any case) or an ISO3 country"


@router.get("/timeline", response_model=Timeline, responses={404: {"model": ErrorResponse}})
def get_timeline(a: str = Query(..., min_length=1, description=f"One side: {WHO}"),
                 b: str = Query(..., min_length=1, description=f"The other side: {WHO}"),
                 since: date | None = SINCE, until: date | None = UNTIL, src: Source = Depends(source)) -> dict:
    """The dated events from a to b and from b to a, and one row per day with its intensity each way (404
    when there are none)."""
    return src.redline.timeline(src.db, a, b, since=since, until=until)
