"""GET /api/incidents (a filtered page), /api/incidents/{id} (with its reports and disagreements) and
/api/incidents/{id}/chain (what it answered and what answered it, recursively)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends

from ..deps import Source, source
from ..models import ChainNode, ErrorResponse, Incident, IncidentItem, Page
from .params import ACTOR, COUNTRY, LIMIT, OFFSET, SINCE, TYPE, UNTIL, Q

router = APIRouter(tags=["incidents"])
NOT_FOUND = {404: {"model": ErrorResponse}}


@router.get("/incidents", response_model=Page[IncidentItem])
def list_incidents(type: str | None = TYPE, actor: str | None = ACTOR, country: str | None = COUNTRY,
                   since: date | None = SINCE, until: date | None = UNTIL, q: str | None = Q, limit: int = LIMIT,
                   offset: int = OFFSET, src: Source = Depends(source)) -> dict:
    """Incidents with a report the filters select, earliest first, each summarised over all its reports."""
    return src.redline.incidents(src.db, type=type, actor=actor, country=country, since=since, until=until, q=q,
                                 limit=limit, offset=offset)


@router.get("/incidents/{incident}", response_model=Incident, responses=NOT_FOUND)
def get_incident(incident: str, src: Source = Depends(source)) -> dict:
    """One incident: canonical values, disagreements between its reports, the reports, its response links."""
    return src.redline.incident(src.db, incident)


@router.get("/incidents/{incident}/chain", response_model=ChainNode, responses=NOT_FOUND)
def get_chain(incident: str, src: Source = Depends(source)) -> dict:
    """The incident with what it answered (`answers`) and what answered it (`answered_by`), recursively."""
    return src.redline.chain(src.db, incident)
