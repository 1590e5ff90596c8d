"""Load redline's knowledge files once, with a schema check, so no module keeps its own copy.

`load(config)` reads every file a `Config` names into a frozen `Knowledge`. Files live in
`redline/data/`; a user may add an actor file (`--actors FILE`, YAML or JSON Lines) whose records
override the shipped ones with the same id. The `read_*` functions read one file each (cached per path).
"""

from __future__ import annotations

from ..config import Config, data_path
from ..errors import Code, DataError
from . import schemas
from .actors import LIST_FIELDS, ActorEntry, merged
from .loader import (
    Admin1Row,
    Knowledge,
    load,
    load_records,
    read_actor_file,
    read_actors,
    read_admin1,
    read_agents,
    read_calendar,
    read_dates,
    read_incidents,
    read_intensity,
    read_lexicon,
    read_offices,
    read_places,
    read_plover,
    read_responses,
    read_words,
    read_yaml,
)
from .schemas import ACTOR_KINDS, PLOVER_TYPES, RELATIONS

WORD_LISTS = tuple(schemas.WordLists.model_fields)

__all__ = [
    "ACTOR_KINDS", "Code", "DataError", "LIST_FIELDS", "PLOVER_TYPES", "RELATIONS", "WORD_LISTS", "ActorEntry",
    "Admin1Row", "Config", "Knowledge", "data_path", "load", "load_records", "merged", "read_actor_file",
    "read_actors", "read_admin1", "read_agents", "read_calendar", "read_dates", "read_incidents", "read_intensity",
    "read_lexicon", "read_offices", "read_places", "read_plover", "read_responses", "read_words", "read_yaml",
]
