"""The JSON API under /api/: one small router per resource, each route a call of a `Redline` method."""

from __future__ import annotations

from fastapi import APIRouter

from . import actors, documents, events, incidents, timeline

router = APIRouter(prefix="/api")
for module in (events, incidents, timeline, actors, documents):
    router.include_router(module.router)
