"""Load redline's knowledge files once, with a schema check, so no module keeps its own copy.

Files live in `redline/data/`; a user may add an actor file (`--actors FILE`, YAML or JSON Lines)
whose records override the shipped ones with the same id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import Code, DataError

ACTOR_KINDS = {"state", "government", "military", "police", "armed_group", "party", "person", "igo", "ngo",
               "media", "company", "legislature", "other", "protesters", "civilians"}
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACTOR_FILES = ("actors_reference.jsonl", "actors_curated.yaml")


def data_path(name: str) -> Path:
    return Path(str(resources.files("redline") / "data" / name))


def load_records(path: Path) -> list[dict[str, Any]]:
    """A YAML list or JSON Lines file as a list of dicts."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(Code.E010, detail=f"{path}: {err.strerror or err}") from None
    if path.suffix == ".jsonl":
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise DataError(Code.E010, detail=f"{path}:{n}: {err.msg}") from None
        return out
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise DataError(Code.E010, detail=f"{path}: {err}") from None
    if not isinstance(data, list):
        raise DataError(Code.E010, detail=f"{path}: expected a list of records")
    return data


def _require(record: dict, key: str, kind: type | tuple, where: str) -> Any:
    value = record.get(key)
    if not isinstance(value, kind):
        raise DataError(Code.E010, detail=f"{where}: field '{key}' must be {kind}, got {value!r}")
    return value


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the knowledge base (see data/README.md for the fields)."""

    id: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[dict, ...] = ()
    affiliations: tuple[dict, ...] = ()
    curated: bool = False


def check_actor(record: dict, where: str, curated: bool) -> ActorEntry:
    """Validate one actor record and turn it into an ActorEntry."""
    if not isinstance(record, dict):
        raise DataError(Code.E010, detail=f"{where}: expected a mapping")
    where = f"{where} ({record.get('id')})"
    kind = _require(record, "kind", str, where)
    if kind not in ACTOR_KINDS:
        raise DataError(Code.E010, detail=f"{where}: unknown kind '{kind}'")
    country = record.get("country")
    if country is not None and not (isinstance(country, str) and len(country) == 3):
        raise DataError(Code.E010, detail=f"{where}: country must be ISO3 or null")
    lists = {k: tuple(record.get(k) or ()) for k in ("aliases", "demonyms", "metonyms", "roles", "affiliations")}
    return ActorEntry(id=_require(record, "id", str, where), name=_require(record, "name", str, where),
                      kind=kind, country=country, curated=curated, **lists)


@dataclass(frozen=True)
class Knowledge:
    """Everything redline knows: actors and the trigger lexicon."""

    actors: tuple[ActorEntry, ...]
    lexicon: dict = field(default_factory=dict)


def load_actors(extra: Path | None = None) -> list[ActorEntry]:
    """Shipped actors plus a user's file; later files override earlier ones by id."""
    by_id: dict[str, ActorEntry] = {}
    sources = [(data_path(n), n != ACTOR_FILES[0]) for n in ACTOR_FILES if data_path(n).exists()]
    if extra is not None:
        sources.append((Path(extra), True))
    for path, curated in sources:
        for i, record in enumerate(load_records(path), 1):
            entry = check_actor(record, f"{path.name}:{i}", curated)
            by_id[entry.id] = entry
    return list(by_id.values())


def check_lexicon(lex: dict, where: str) -> dict:
    """The trigger lexicon: every entry names a PLOVER type; word lists are lists of strings."""
    for section in ("verbs", "nouns"):
        for i, entry in enumerate(lex.get(section) or [], 1):
            if not isinstance(entry, dict) or not isinstance(entry.get("lemma"), str):
                raise DataError(Code.E010, detail=f"{where}: {section}[{i}] needs a 'lemma'")
            if entry.get("type") not in PLOVER_TYPES:
                raise DataError(Code.E010, detail=f"{where}: {section}[{i}] has unknown type {entry.get('type')!r}")
            for key, value in entry.items():
                # YAML reads a bare on/off/yes/no as a boolean: a word list must hold only words
                if isinstance(value, list) and not all(isinstance(v, str) for v in value):
                    raise DataError(Code.E010, detail=f"{where}: {section}[{i}].{key} must list words "
                                                      f"(quote on/off/yes/no): {value!r}")
    for section, value in lex.items():
        if section not in ("verbs", "nouns") and not isinstance(value, (list, dict)):
            raise DataError(Code.E010, detail=f"{where}: section '{section}' must be a list or mapping")
        if isinstance(value, list) and section not in ("verbs", "nouns") and not all(isinstance(v, str) for v in value):
            raise DataError(Code.E010, detail=f"{where}: section '{section}' must list words (quote on/off/yes/no)")
    return lex


def load_lexicon(path: Path | None = None) -> dict:
    path = path or data_path("triggers.yaml")
    try:
        lex = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise DataError(Code.E010, detail=f"{path}: {err}") from None
    if not isinstance(lex, dict):
        raise DataError(Code.E010, detail=f"{path}: expected a mapping of sections")
    return check_lexicon(lex, path.name)


@cache
def default_knowledge() -> Knowledge:
    """The shipped knowledge, loaded once per process."""
    return Knowledge(actors=tuple(load_actors()), lexicon=load_lexicon())


def load_knowledge(actors_file: Path | None = None) -> Knowledge:
    if actors_file is None:
        return default_knowledge()
    return Knowledge(actors=tuple(load_actors(actors_file)), lexicon=load_lexicon())
