"""Load redline's knowledge files once, with a schema check, so no module keeps its own copy.

Files live in `redline/data/`; a user may add an actor file (`--actors FILE`, YAML or JSON Lines)
whose records override the shipped ones with the same id.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
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
LIST_FIELDS = ("aliases", "demonyms", "metonyms", "roles", "affiliations")


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
    lists = {k: tuple(record.get(k) or ()) for k in LIST_FIELDS}
    for key in ("aliases", "demonyms", "metonyms"):
        if not all(isinstance(v, str) for v in lists[key]):
            raise DataError(Code.E010, detail=f"{where}: {key} must be a list of strings")
    lists["roles"] = tuple(check_span(dict(r), f"{where} role", ("title", "country")) for r in lists["roles"])
    lists["affiliations"] = tuple(check_span(dict(a), f"{where} affiliation", ("actor", "relation"))
                                  for a in lists["affiliations"])
    for role in lists["roles"]:
        titles = role.get("title")
        titles = [titles] if isinstance(titles, str) else titles
        if titles is not None and not (isinstance(titles, list) and all(isinstance(t, str) for t in titles)):
            raise DataError(Code.E010, detail=f"{where}: a role's title must be a string or a list of strings")
        role["title"] = [t.lower() for t in titles] if titles else []
    return ActorEntry(id=_require(record, "id", str, where), name=_require(record, "name", str, where),
                      kind=kind, country=country, curated=curated, **lists)


def check_span(record: dict, where: str, keys: tuple[str, ...]) -> dict:
    """A role or affiliation: known keys, and `start`/`end` as ISO dates in order (YAML may give date objects)."""
    if not isinstance(record, dict) or not all(k in record for k in keys):
        raise DataError(Code.E010, detail=f"{where}: needs {', '.join(keys)}")
    for key in ("start", "end"):
        value = record.get(key)
        if value is None:
            continue
        try:
            record[key] = date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise DataError(Code.E010, detail=f"{where}: {key} {value!r} is not a YYYY-MM-DD date") from None
    if record.get("start") and record.get("end") and record["start"] > record["end"]:
        raise DataError(Code.E010, detail=f"{where}: starts after it ends")
    return record


@dataclass(frozen=True)
class Knowledge:
    """Everything redline knows: actors and the trigger lexicon."""

    actors: tuple[ActorEntry, ...]
    lexicon: dict = field(default_factory=dict)


def merged(old: ActorEntry, new: ActorEntry) -> ActorEntry:
    """A later record with a known id: its name, kind and country win; its lists extend the old ones."""
    lists = {k: (*getattr(old, k), *(v for v in getattr(new, k) if v not in getattr(old, k))) for k in LIST_FIELDS}
    return ActorEntry(id=new.id, name=new.name, kind=new.kind, country=new.country, curated=new.curated, **lists)


def load_actors(extra: Path | None = None) -> list[ActorEntry]:
    """Shipped actors plus a user's file. A record whose id is already known updates that actor
    (name, kind and country replaced, aliases, roles and affiliations added); others are new."""
    by_id: dict[str, ActorEntry] = {}
    sources = [(data_path(n), n != ACTOR_FILES[0]) for n in ACTOR_FILES if data_path(n).exists()]
    if extra is not None:
        sources.append((Path(extra), True))
    for path, curated in sources:
        for i, record in enumerate(load_records(path), 1):
            entry = check_actor(record, f"{path.name}:{i}", curated)
            by_id[entry.id] = merged(by_id[entry.id], entry) if entry.id in by_id else entry
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


def read_yaml(path: Path) -> Any:
    """A YAML data file, or E010 naming the file when it cannot be read or parsed."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise DataError(Code.E010, detail=f"{path}: {err}") from None


def load_lexicon(path: Path | None = None) -> dict:
    path = path or data_path("triggers.yaml")
    lex = read_yaml(path)
    if not isinstance(lex, dict):
        raise DataError(Code.E010, detail=f"{path}: expected a mapping of sections")
    return check_lexicon(lex, path.name)


WORD_LISTS = ("instruments", "armed_people", "backing", "charging", "anaphoric_nouns", "partitives", "vague_amounts",
              "threat_heads", "telling", "spokes", "not_actors", "unreal_modifiers", "approving",
              "state_organs", "documents", "state_offices",
              "proxies", "answerable", "speaking", "echoes", "clashes")


@cache
def words() -> dict[str, frozenset[str]]:
    """The closed word lists of data/words.yaml (lower case), each checked to be a list of words."""
    path = data_path("words.yaml")
    raw = read_yaml(path) or {}
    for key in WORD_LISTS:
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DataError(Code.E010, detail=f"{path.name}: '{key}' must be a list of words (quote on/off/yes/no)")
    return {key: frozenset(v.lower() for v in raw[key]) for key in WORD_LISTS}


@cache
def load_office_handles() -> dict[str, tuple[str, str]]:
    """data/offices.yaml: an office's account (folded, no "@") → (title, ISO3 country), each checked."""
    path = data_path("offices.yaml")
    raw = read_yaml(path) or {}
    handles: dict[str, tuple[str, str]] = {}
    for handle, office in (raw.get("handles") or {}).items():
        where = f"{path.name}: handle {handle!r}"
        if not isinstance(office, dict):
            raise DataError(Code.E010, detail=f"{where}: expected a mapping with title and country")
        title, country = _require(office, "title", str, where), _require(office, "country", str, where)
        if not re.fullmatch(r"[A-Z]{3}", country):
            raise DataError(Code.E010, detail=f"{where}: country must be an ISO3 code, not {country!r}")
        handles[str(handle).lower()] = (title, country)
    return handles


@cache
def default_knowledge() -> Knowledge:
    """The shipped knowledge, loaded once per process."""
    return Knowledge(actors=tuple(load_actors()), lexicon=load_lexicon())


def load_knowledge(actors_file: Path | None = None) -> Knowledge:
    if actors_file is None:
        return default_knowledge()
    return Knowledge(actors=tuple(load_actors(actors_file)), lexicon=load_lexicon())
