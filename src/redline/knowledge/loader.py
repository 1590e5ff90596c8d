"""Read every knowledge file once, check it against its schema, and hand it out in immutable shapes.

`load(config)` is the one entry point; the `read_*` functions each read and check one file (cached
per path) so that modules which still load a single file at import time share the same path.
A file that breaks its schema is a DataError E010 naming the file, the entry and the key.
"""

from __future__ import annotations

import difflib
import json
import re
import reprlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import yaml
from pydantic import BaseModel, ValidationError

from ..config import Config
from ..errors import Code, DataError
from ..model import EventType, TypeSemantics
from . import corpus_schemas, date_schemas, schemas
from .actors import ActorEntry, actor_entry, merged
from .phrases import phrase_trie

# every key any file may use: a typo is told its nearest ("did you mean 'no_objects'?")
MODELS = (schemas.Actor, schemas.Role, schemas.Affiliation, schemas.TriggerEntry, schemas.CameoEntry,
          schemas.NonEvent, schemas.NounHosts, schemas.CasualtyVerbs, schemas.Lexicon, schemas.WordLists,
          schemas.Discards, schemas.Office, schemas.Offices, schemas.PlaceWords, schemas.Calendar, schemas.Plover,
          schemas.Semantics,
          date_schemas.Dates, date_schemas.DateExpression, date_schemas.WeekdayOf, date_schemas.Back,
          date_schemas.CalendarUnit, date_schemas.SinceMonth, date_schemas.NamedPeriod, date_schemas.Explicit,
          date_schemas.DateUnit,
          date_schemas.Between, date_schemas.Since, corpus_schemas.Responses, corpus_schemas.Incidents,
          corpus_schemas.Points, corpus_schemas.Intensity)
KNOWN_KEYS = sorted({name for model in MODELS for name in model.model_fields} | schemas.ACTOR_KINDS)


# libyaml's parser when PyYAML was built with it (the wheels are): the data files parse about ten times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(SAFE_LOADER):  # type: ignore[valid-type,misc]
    """Safe YAML that leaves dates as text, so a bad date is the schema's error, naming its entry."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def read_yaml(path: Path) -> Any:
    """A YAML data file, or E010 naming the file when it cannot be read or parsed."""
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)  # a SafeLoader
    except OSError as err:
        raise DataError(Code.E010, where=str(path), detail=cannot_read(err)) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise DataError(Code.E010, where=str(path), detail=f"not valid YAML{at}: {getattr(err, 'problem', '')}"
                        ) from None


def cannot_read(err: OSError) -> str:
    """An OSError as words, without Python's own formatting ("no such file or directory")."""
    return f"cannot read it: {(err.strerror or type(err).__name__).lower()}"


def load_records(path: Path) -> list[Any]:
    """A YAML list or JSON Lines file as a list of records (checked later, one by one)."""
    path = Path(path)
    if path.suffix != ".jsonl":
        data = read_yaml(path)
        if not isinstance(data, list):
            raise DataError(Code.E010, where=str(path), detail="expected a list of records")
        return data
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(Code.E010, where=str(path), detail=cannot_read(err)) from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise DataError(Code.E010, where=f"{path}:{n}", detail=f"not a JSON record: {err.msg.lower()}"
                                ) from None
    return out


def _step(node: Any, step: Any) -> Any:
    try:
        return node[step]
    except (KeyError, IndexError, TypeError):
        return None


def _entry_label(node: Any, index: int) -> str:
    """`[3] (lemma 'strike')`: a list item by its 1-based position and its name when it has one."""
    item = _step(node, index)
    name = next((f"{k} {item[k]!r}" for k in ("lemma", "id", "name") if isinstance(item, dict) and k in item), "")
    return f"[{index + 1}]" + (f" ({name})" if name else "")


def locate(raw: Any, loc: tuple) -> tuple[str, str]:
    """(entry, key) of a pydantic error location in the raw data: `verbs[4] (lemma 'hit')`, `objects[2]`."""
    steps, node, labels = list(loc), raw, []
    for step in steps:
        if step == "[key]":
            continue
        labels.append(_entry_label(node, step) if isinstance(step, int) else f".{step}")
        node = _step(node, step)
    while len(labels) > 1 and labels[-1].startswith("["):
        labels[-2:] = [labels[-2] + labels[-1].split(" (")[0]]  # `objects[2]`: the key keeps its position
    entry, key = "".join(labels[:-1]).lstrip("."), "".join(labels[-1:]).lstrip(".")
    return entry, key


def _problem(err: dict, key: str) -> str:
    kind, value = err["type"], reprlib.repr(err.get("input"))
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
        return "unknown key" + (f" (did you mean {close[0]!r}?)" if close else "")
    if kind == "literal_error":
        what = "key" if err["loc"][-1:] == ("[key]",) else key.split("[")[0]
        return f"unknown {what} {value} (expected {err['ctx']['expected']})"
    if kind == "string_type" and key.endswith("]"):
        return f"must be a list of strings (quote on/off/yes/no), not {value}"
    if kind == "missing":
        return "missing"
    if kind in ("value_error", "assertion_error"):
        return str(err["ctx"]["error"])
    return f"{err['msg'][0].lower()}{err['msg'][1:]}, not {value}"


def data_error(path: Path, raw: Any, error: ValidationError, prefix: str = "") -> DataError:
    """E010 for the first schema error: `file: entry: key 'k': what is wrong`."""
    errors = error.errors(include_url=False)
    err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])  # a typo'd key, not its absence
    entry, key = locate(raw, tuple(err["loc"]))
    parts = [", ".join(p for p in (prefix, entry) if p), f"key {key!r}" if key else ""]
    detail = ": ".join([*(p for p in parts if p), _problem(err, key)])
    return DataError(Code.E010, where=str(path) if str(path) != "." else "", detail=detail)


def checked(model: type[BaseModel], path: Path, raw: Any, prefix: str = "", **context: Any) -> Any:
    """`raw` validated by `model`, or the DataError naming file, entry and key."""
    try:
        return model.model_validate(raw, context=context)
    except ValidationError as err:
        raise data_error(path, raw, err, prefix) from None


def _mapping(path: Path) -> Any:
    raw = read_yaml(path)
    return {} if raw is None else raw


@cache
def plover_file(path: Path) -> schemas.Plover:
    """plover.yaml, read and checked once for both its modes and its semantics."""
    return checked(schemas.Plover, path, _mapping(path))


@cache
def read_plover(path: Path) -> Mapping[str, frozenset[str]]:
    """plover.yaml: PLOVER type → the modes a trigger of that type may name (PLOVER's and redline's)."""
    plover = plover_file(path)
    return MappingProxyType({kind: frozenset(modes) | frozenset(plover.redline_modes.get(kind, ()))
                             for kind, modes in plover.modes.items()})


@cache
def read_semantics(path: Path) -> TypeSemantics:
    """plover.yaml `semantics`: what each PLOVER type means for its arguments."""
    semantics = plover_file(path).semantics
    return TypeSemantics(**{key: frozenset(EventType(t) for t in types) for key, types in semantics})


@cache
def read_lexicon(path: Path, plover: Path = Config.plover, agents: Path = Config.agents) -> dict:
    """triggers.yaml as plain dicts and lists (only the keys the file gives), each entry checked (modes against
    plover.yaml, actor kinds against agents.yaml)."""
    raw = _mapping(path)
    lexicon = checked(schemas.Lexicon, path, raw, modes=read_plover(plover), agent_kinds=set(read_agents(agents)))
    return lexicon.model_dump(exclude_unset=True)


# A CAMEO entry joins the lexicon only with a condition that narrows it (an object, a particle or preposition,
# the object of one, a subject or a complement): CAMEO's bare verbs ("call" as a phone call) code too much.
# Measured: dev event F1 0.622 -> 0.632, PLOVER records type F1 0.504 -> 0.531, PETRARCH2 no-event cases kept.
# A bare verb joins too when CAMEO files it under a sub-event of conflict (roots 11-20: "1711" confiscate,
# "1822" torture, "202" massacre), not under a root's catch-all ("170", "190") where the vaguest verbs sit,
# unless its everyday sense is another (words.yaml everyday_verbs: "caught", "grabbed gold"). Cooperative
# sub-codes stay out: their bare verbs are everyday acts (bought coffee, cheered, protected) far more often.
CAMEO_CONDITIONS = ("objects", "prep", "pobj", "subj_in", "complements")


@cache
def read_cameo(path: Path, plover: Path = Config.plover, everyday: frozenset[str] = frozenset()) -> tuple[dict, ...]:
    """triggers_cameo.yaml: its verb entries that carry a condition or name a sub-event of conflict (but no
    verb of `everyday`), without their provenance, checked."""
    lexicon = checked(schemas.CameoLexicon, path, _mapping(path), modes=read_plover(plover))
    return tuple(e.model_dump(exclude_unset=True, exclude={"cameo"}) for e in lexicon.verbs
                 if any(k in e.model_fields_set for k in CAMEO_CONDITIONS)
                 or (conflict_subevent(e.cameo) and e.lemma not in everyday))


def conflict_subevent(codes: list[str]) -> bool:
    """CAMEO codes that all name a sub-event of conflict ("1711" confiscate property, "182" physical assault),
    none a root's catch-all ("170" coerce) nor a cooperative root (03-08)."""
    return bool(codes) and all(c[:2] >= "11" and (len(c) == 4 or (len(c) == 3 and not c.endswith("0")))
                               for c in codes)


def with_base(lexicon: dict, base: tuple[dict, ...]) -> dict:
    """The hand lexicon with the base entries of verbs it does not define (hand entries win). A verb the hand
    lexicon defines only as refused ("would not give", "would not allow") or by entries that add to the base
    (`keep_base`: "blocked the bridge", "closed its border with Niger") keeps its base entries for the acts
    themselves ("gave Haiti $10 million", "closed the schools"), marked `base` so that they are tried after the
    hand entries."""
    hand = {e["lemma"] for e in lexicon.get("verbs") or ()}
    defined = {e["lemma"] for e in lexicon.get("verbs") or () if not (e.get("refusal") or e.get("keep_base"))}
    return {**lexicon, "verbs": [*(lexicon.get("verbs") or ()),
                                 *({**e, "base": True} if e["lemma"] in hand else e
                                   for e in base if e["lemma"] not in defined)]}


@cache
def read_words(path: Path) -> Mapping[str, frozenset[str]]:
    """words.yaml: each closed word list as a lower-case frozenset."""
    lists = checked(schemas.WordLists, path, _mapping(path))
    return MappingProxyType({key: frozenset(w.lower() for w in words) for key, words in lists})


@cache
def read_offices(path: Path) -> Mapping[str, tuple[str, str]]:
    """offices.yaml: an office's account (lower case, no "@") → (title, ISO3 country)."""
    offices = checked(schemas.Offices, path, _mapping(path))
    return MappingProxyType({h.lower(): (o.title, o.country) for h, o in offices.handles.items()})


@cache
def read_agents(path: Path) -> Mapping[str, tuple[str, ...]]:
    """agents.yaml: actor kind → its generic nouns, in file order."""
    agents = checked(schemas.Agents, path, _mapping(path))
    return MappingProxyType({kind: tuple(nouns) for kind, nouns in agents.root.items()})


@cache
def read_places(path: Path) -> Mapping[str, frozenset]:
    """places.yaml: its word lists as frozensets of words, `exonyms` as a frozenset of (English name, GeoNames
    name) pairs."""
    places = checked(schemas.PlaceWords, path, _mapping(path))
    return MappingProxyType({key: frozenset(words.items() if isinstance(words, dict) else words)
                             for key, words in places})


@cache
def read_calendar(path: Path) -> Mapping[str, tuple[int, int]]:
    """calendar.yaml: holiday name → (month, day), in file order."""
    return MappingProxyType(dict(checked(schemas.Calendar, path, _mapping(path)).holidays))


@cache
def read_dates(path: Path) -> date_schemas.Dates:
    """dates.yaml: the date expressions in order with their resolutions, and the words they are built from."""
    return checked(date_schemas.Dates, path, _mapping(path))


@cache
def read_checked(model: type[BaseModel], path: Path) -> Any:
    """A YAML mapping file checked by `model` (read once per model and path)."""
    return checked(model, path, _mapping(path))


def read_responses(path: Path) -> corpus_schemas.Responses:
    """responses.yaml: the cues of stated response links and the words that name an answered act."""
    return read_checked(corpus_schemas.Responses, path)


def read_incidents(path: Path) -> corpus_schemas.Incidents:
    """incidents.yaml: the weights of agreement between two reports and the threshold of one incident."""
    return read_checked(corpus_schemas.Incidents, path)


def read_intensity(path: Path) -> corpus_schemas.Intensity:
    """intensity.yaml: the weight of each PLOVER type and mode on a daily intensity score."""
    return read_checked(corpus_schemas.Intensity, path)


class Admin1Row(NamedTuple):
    """A first-level region: ISO3 country, name, ASCII name, GeoNames id."""

    iso3: str
    name: str
    ascii_name: str
    geonames_id: str


@cache
def read_admin1(path: Path) -> tuple[Admin1Row, ...]:
    """admin1.tsv: one row per region; '#' lines are comments."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise DataError(Code.E010, where=str(path), detail=cannot_read(err)) from None
    rows = []
    for n, line in enumerate(lines, 1):
        if line and not line.startswith("#"):
            cells = line.split("\t")
            record = dict(zip(schemas.Admin1.COLUMNS, cells, strict=False))
            if len(cells) != len(schemas.Admin1.COLUMNS):
                width = len(schemas.Admin1.COLUMNS)
                raise DataError(Code.E010, where=f"{path}:{n}",
                                detail=f"line {n} ({cells[0]!r}): expected {width} tab-separated columns")
            row = checked(schemas.Admin1, path, record, prefix=f"line {n} ({record['name']!r})")
            rows.append(Admin1Row(row.iso3, row.name, row.ascii_name, row.geonames_id))
    return tuple(rows)


def read_actor_file(path: Path, curated: bool) -> list[ActorEntry]:
    """One actor file's records, each checked; E010 names the file, the record (position, id) and the key."""
    entries = []
    for i, record in enumerate(load_records(path), 1):
        name = f" (id {record['id']!r})" if isinstance(record, dict) and "id" in record else ""
        entries.append(actor_entry(checked(schemas.Actor, path, record, prefix=f"entry {i}{name}"), curated))
    return entries


@cache
def read_actors(files: tuple[tuple[Path, bool], ...]) -> tuple[ActorEntry, ...]:
    """Actor files in order, each (path, curated). A record whose id is already known updates that actor
    (name, kind and country replaced, aliases, roles and affiliations added); others are new."""
    by_id: dict[str, ActorEntry] = {}
    for path, curated in files:
        for entry in read_actor_file(path, curated):
            by_id[entry.id] = merged(by_id[entry.id], entry) if entry.id in by_id else entry
    return tuple(by_id.values())


def _empty() -> Mapping:
    return MappingProxyType({})


@dataclass(frozen=True)
class Knowledge:
    """Everything redline knows, one attribute per knowledge file (see Config for the files)."""

    actors: tuple[ActorEntry, ...]
    lexicon: dict = field(default_factory=dict)
    modes: Mapping[str, frozenset[str]] = field(default_factory=_empty)
    semantics: TypeSemantics | None = None
    words: Mapping[str, frozenset[str]] = field(default_factory=_empty)
    agents: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)
    offices: Mapping[str, tuple[str, str]] = field(default_factory=_empty)
    places: Mapping[str, frozenset] = field(default_factory=_empty)
    holidays: Mapping[str, tuple[int, int]] = field(default_factory=_empty)
    dates: date_schemas.Dates | None = None
    admin1: tuple[Admin1Row, ...] = ()
    responses: corpus_schemas.Responses | None = None
    incidents: corpus_schemas.Incidents | None = None
    intensity: corpus_schemas.Intensity | None = None
    discards: re.Pattern | None = None  # phrases of sentences about no political event (sports, accidents)


@cache
def read_discards(path: Path | None, not_applied: frozenset[str] = frozenset()) -> re.Pattern | None:
    """discards.yaml as one pattern over lower-case text: a phrase matches at the start of a word, and to its
    end when it ends in `_` (PETRARCH2's convention). Its story and sentence phrases both discard a sentence
    only: one mention of a football final must not silence a whole crisis report. Bare years and the phrases
    `not_applied` (words.yaml discards_not_applied) are not used."""
    if path is None:
        return None
    discards = checked(schemas.Discards, path, _mapping(path))
    phrases = sorted({p.lower() for p in (*discards.story, *discards.sentence)} - not_applied)
    return re.compile(r"\b" + phrase_trie(phrases)) if phrases else None


def with_agent_kinds(lexicon: dict, agents: Mapping[str, tuple[str, ...]]) -> dict:
    """The lexicon with each entry that names its doer by actor kind (`subj_kind: [military, police]`) given that
    kind's generic nouns (agents.yaml, the head word of each) as subject words: one list of armed men for every verb
    that asks for them ("gangs stormed", "police stormed"); read_lexicon has checked the kinds."""
    def expanded(entry: dict) -> dict:
        nouns = [n.split()[-1] for kind in entry.get("subj_kind", ()) for n in agents[kind]]
        return {**entry, "subj_in": [*entry.get("subj_in", ()), *nouns]} if nouns else entry
    return {**lexicon, **{section: [expanded(e) for e in lexicon.get(section) or ()] for section in ("verbs", "nouns")}}


def lexicon_of(config: Config) -> dict:
    """The hand lexicon (doers named by kind spelled out), with the CAMEO base under it when the config names
    one."""
    lexicon = with_agent_kinds(read_lexicon(config.lexicon, config.plover, config.agents), read_agents(config.agents))
    if config.lexicon_base is None:
        return lexicon
    everyday = read_words(config.words)["everyday_verbs"]
    return with_base(lexicon, read_cameo(config.lexicon_base, config.plover, everyday))


@cache
def load(config: Config) -> Knowledge:
    """Every knowledge file `config` names, read and checked once per config."""
    return Knowledge(
        actors=read_actors(config.actor_files()), lexicon=lexicon_of(config),
        modes=read_plover(config.plover), semantics=read_semantics(config.plover), words=read_words(config.words),
        agents=read_agents(config.agents),
        offices=read_offices(config.offices), places=read_places(config.places),
        holidays=read_calendar(config.calendar), dates=read_dates(config.dates), admin1=read_admin1(config.admin1),
        responses=read_responses(config.responses), incidents=read_incidents(config.incidents),
        intensity=read_intensity(config.intensity),
        discards=read_discards(config.discards, read_words(config.words)["discards_not_applied"]))
