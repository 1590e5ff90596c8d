"""What a route needs from its app: the Redline facade and the store's path (set by `create_app`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import Request

from ..app import Redline


@dataclass(frozen=True)
class Source:
    """The facade the routes call and the store they read (opened read-only by each call)."""

    redline: Redline
    db: Path


def source(request: Request) -> Source:
    """The app's Source (a FastAPI dependency: `src: Source = Depends(source)`)."""
    return request.app.state.source
