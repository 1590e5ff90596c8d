"""GET /api/actors (search by name) and /api/actors/{key} (aliases, roles, affiliations)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ..deps import Source, source
from ..models import ActorDetail, ActorItem, ErrorResponse, Page
from .params import LIMIT, OFFSET

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=Page[ActorItem])
def list_actors(q: str | None = Query(None, min_length=1, max_length=200,
                                      description="Part of a name (any case), or a whole id or ISO3 country"),
                limit: int = LIMIT, offset: int = OFFSET, src: Source = Depends(source)) -> dict:
    """Actors by name."""
    return src.redline.actors(src.db, q=q, limit=limit, offset=offset)


@router.get("/actors/{key:path}", response_model=ActorDetail, responses={404: {"model": ErrorResponse}})
def get_actor(key: str, src: Source = Depends(source)) -> dict:
    """One actor by its key: the names it was mentioned by, its roles and its affiliations."""
    return src.redline.actor(src.db, key)
