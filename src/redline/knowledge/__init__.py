"""Load redline's knowledge files once, with a schema check, so no module keeps its own copy.

`load(config)` reads every file a `Config` names into a frozen `Knowledge`. Files live in
`redline/data/`; a user may add an actor file (`--actors FILE`, YAML or JSON Lines) whose records
override the shipped ones with the same id. The older functions below (`words`, `load_actors`,
`load_knowledge`, ...) are thin wrappers over the same loader, kept while callers move to `load`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ..config import Config, data_path
from ..errors import Code, DataError
from . import schemas
from .actors import LIST_FIELDS, ActorEntry, actor_entry, merged
from .loader import (
    Admin1Row,
    Knowledge,
    checked,
    load,
    load_records,
    read_actor_file,
    read_actors,
    read_admin1,
    read_agents,
    read_calendar,
    read_dates,
    read_lexicon,
    read_offices,
    read_places,
    read_plover,
    read_words,
    read_yaml,
)
from .schemas import ACTOR_KINDS, PLOVER_TYPES, RELATIONS

ACTOR_FILES = ("actors_reference.jsonl", "actors_curated.yaml")
WORD_LISTS = tuple(schemas.WordLists.model_fields)

__all__ = [
    "ACTOR_FILES", "ACTOR_KINDS", "Code", "DataError", "LIST_FIELDS", "PLOVER_TYPES", "RELATIONS", "WORD_LISTS",
    "ActorEntry", "Admin1Row", "Config", "Knowledge", "check_actor", "check_lexicon", "check_span", "data_path",
    "default_knowledge", "load", "load_actors", "load_knowledge", "load_lexicon", "load_office_handles",
    "load_records", "merged", "read_actor_file", "read_actors", "read_admin1", "read_agents", "read_calendar",
    "read_dates", "read_lexicon", "read_offices", "read_places", "read_plover", "read_words", "read_yaml", "words",
]


def check_actor(record: Any, where: str, curated: bool) -> ActorEntry:
    """Validate one actor record (`where` names it in errors) and turn it into an ActorEntry."""
    return actor_entry(checked(schemas.Actor, Path(), record, prefix=where), curated)


def check_span(record: Any, where: str, keys: tuple[str, ...]) -> dict:
    """A role (keys title, country) or an affiliation (actor, relation), with ISO dates in order."""
    model = schemas.Role if "title" in keys else schemas.Affiliation
    return checked(model, Path(), record, prefix=where).model_dump(exclude_unset=True)


def check_lexicon(lex: Any, where: str) -> dict:
    """The trigger lexicon checked against its schema (modes from the shipped plover.yaml)."""
    lexicon = checked(schemas.Lexicon, Path(), lex, prefix=where, modes=read_plover(data_path("plover.yaml")))
    return lexicon.model_dump(exclude_unset=True)


def load_actors(extra: Path | None = None) -> list[ActorEntry]:
    """Shipped actors plus a user's file (see `read_actors` for how a known id is updated)."""
    return list(read_actors(Config(actors_user=Path(extra) if extra is not None else None).actor_files()))


def load_lexicon(path: Path | None = None) -> dict:
    """The trigger lexicon (data/triggers.yaml unless `path`), checked."""
    return read_lexicon(Path(path or data_path("triggers.yaml")), data_path("plover.yaml"))


@cache
def words() -> Mapping[str, frozenset[str]]:
    """The closed word lists of data/words.yaml (lower case), each checked to be a list of words."""
    return read_words(data_path("words.yaml"))


@cache
def load_office_handles() -> Mapping[str, tuple[str, str]]:
    """data/offices.yaml: an office's account (folded, no "@") → (title, ISO3 country), each checked."""
    return read_offices(data_path("offices.yaml"))


def default_knowledge() -> Knowledge:
    """The shipped knowledge, loaded once per process."""
    return load(Config())


def load_knowledge(actors_file: Path | None = None) -> Knowledge:
    """The shipped knowledge plus a user's actor file."""
    return load(Config(actors_user=Path(actors_file) if actors_file is not None else None))

