"""GET /api/events (a filtered page, by day) and /api/events/{key}."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query

from ..deps import Source, source
from ..models import ErrorResponse, Event, Page
from .params import ACTOR, COUNTRY, LIMIT, OFFSET, SINCE, TYPE, UNTIL, Q

router = APIRouter(tags=["events"])


@router.get("/events", response_model=Page[Event])
def list_events(type: str | None = TYPE, mode: str | None = Query(None, description="A mode, e.g. aerial"),
                actor: str | None = ACTOR, country: str | None = COUNTRY, since: date | None = SINCE,
                until: date | None = UNTIL,
                via: str | None = Query(None, description="Who tells it: author, quote or post"),
                q: str | None = Q, limit: int = LIMIT, offset: int = OFFSET, src: Source = Depends(source)) -> dict:
    """Events, oldest day first, narrowed by every filter given."""
    return src.redline.events(src.db, type=type, mode=mode, actor=actor, country=country, since=since, until=until,
                              via=via, q=q, limit=limit, offset=offset)


@router.get("/events/{key:path}", response_model=Event, responses={404: {"model": ErrorResponse}})
def get_event(key: str, src: Source = Depends(source)) -> dict:
    """One event by its key, `{doc_id}#{n}` (write '#' as %23)."""
    return src.redline.event(src.db, key)
