"""Incidents: one real happening reported by several documents.

`assign_incidents` gives each event of a new document the incident of a prior report of the same
happening, or founds a new incident with an id made from the founding event alone, so the ids of
incidents that did not change never change when documents arrive. Two reports are one happening when
they have the same type and compatible days and their agreement (actors, place, toll, mode, evidence
words; weights in `data/incidents.yaml`) reaches a threshold that type, day and one actor alone never
reach, or when both tell the killing of one named person (who dies once, wherever the reports put it).
`summarise` gives an incident's canonical values, with the disagreements between its reports.
Pure functions over event records (`redline.output.event_record` plus `key`, `incident`, `responds_to`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..config import Config
from ..knowledge import read_incidents
from ..knowledge.corpus_schemas import Incidents, Points
from .compare import (
    CONFLICT,
    LOOSE,
    STRICT,
    UNKNOWN,
    Allies,
    default_allies,
    gap_days,
    names,
    norm,
    organ_of,
    relation,
    stem,
    words,
)
from .cues import WORD_GAPS
from .index import Prior, as_prior
from .respond import response_links

WINDOW_DAYS = 45  # how far around a document's event days the store fetches prior events (≥ the data's windows)
FIELDS = ("mode", "date", "date_end", "country", "place", "killed", "wounded")

__all__ = ["WINDOW_DAYS", "agreement", "assign_incidents", "new_incident_id", "response_links", "summarise"]


def new_incident_id(ev: dict) -> str:
    """The id an event founds: its day, its type and a digest of its key (`2020-01-08-assault-3f2a9c1e`)."""
    digest = hashlib.sha1(str(ev.get("key")).encode("utf-8")).hexdigest()[:8]
    return f"{ev.get('date') or 'undated'}-{str(ev.get('event_type')).lower()}-{digest}"


def kinds_differ(a: dict | None, b: dict | None, kin: Sequence[Sequence[str]]) -> bool:
    """Whether two actors are of kinds that one actor cannot be in two reports (a person and protesters; a
    state, its government and its leader are kin)."""
    ka, kb = (a or {}).get("kind"), (b or {}).get("kind")
    if not ka or not kb or ka == kb:
        return False
    return not any(ka in group and kb in group for group in kin)


def _actor_points(a: dict, b: dict, settings: Incidents, allies: Allies | None) -> float:
    points, total = settings.points, 0.0
    for role in ("source", "target"):
        rel = relation(a.get(role), b.get(role), allies)
        if rel == UNKNOWN and kinds_differ(a.get(role), b.get(role), settings.kin):
            rel = CONFLICT
        if rel == LOOSE and organ_of(a.get(role), b.get(role), settings.organs):
            rel = STRICT
        total += {STRICT: points.actor_strict, LOOSE: points.actor_loose, CONFLICT: points.actor_conflict}.get(rel, 0)
    return total


def same_place(a: str | None, b: str | None) -> bool | None:
    """Whether two places are one (equal, or one name inside the other); None when either is missing."""
    if not a or not b:
        return None
    a, b = norm(a), norm(b)
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def toll_points(a: int | None, b: int | None, points: Points, bounds: tuple[bool, bool] = (False, False)) -> float:
    """Two counts of one toll: equal, close enough for two reports ("25", "at least 24"), or too far apart;
    `bounds` says which count is a lower bound (`approx`): "the general was killed" (at least one) does not
    conflict with seven dead, nor agree with it."""
    if a is None or b is None:
        return 0.0
    if a == b:
        return points.toll_equal if a else 0.0
    if abs(a - b) <= max(2, 0.15 * max(a, b)):
        return points.toll_close
    if bounds[0 if a < b else 1]:
        return 0.0
    return points.toll_conflict


def tolls_of(a: dict, b: dict, points: Points) -> list[float]:
    """`toll_points` of the killed and of the wounded of two reports."""
    bounds = (bool(a.get("approx")), bool(b.get("approx")))
    return [toll_points(a.get(k), b.get(k), points, bounds) for k in ("killed", "wounded")]


def _named_words(ev: dict, stop: frozenset[str]) -> set[str]:
    """The words of an event's actors and place: sharing them is not evidence that two acts are one."""
    text = " ".join([*(n for role in ("source", "target") for n in names(ev.get(role))), ev.get("place") or ""])
    return words(text, stop)


def modes_kin(a: str | None, b: str | None, settings: Incidents) -> bool:
    """Whether two different modes may be two reports' words for the means of one act (`mode_kin`)."""
    return a != b and any(a in group and b in group for group in settings.mode_kin)


def one_statement(a: dict, b: dict, settings: Incidents, allies: Allies | None) -> bool:
    """Whether two reports tell a statement of one speaker to one addressee (both actors strictly the same): what
    was said leaves no means or toll to compare, and reports word it differently (one shared word or the
    trigger is enough, on one day)."""
    return (a.get("event_type") in settings.statement_types
            and all(relation(a.get(role), b.get(role), allies) == STRICT for role in ("source", "target")))


def evidence_agrees(a: dict, b: dict, settings: Incidents, stop: frozenset[str]) -> tuple[bool, float]:
    """Whether what two reports say of the act itself agrees (the same mode or trigger, tolls that fit, or
    two content words of evidence beyond actors and places), and what the shared words and trigger weigh;
    never when they name different means of it (tear gas, gunfire; kin modes are not different, and agree at
    one place) and their tolls do not fit. The same means on different days agree only at one place."""
    points = settings.points
    tolls = tolls_of(a, b, points)
    toll_fits = any(t > 0 for t in tolls) and not any(t < 0 for t in tolls)
    if (a.get("mode") and b.get("mode") and a["mode"] != b["mode"] and not toll_fits
            and not modes_kin(a["mode"], b["mode"], settings)):
        return False, 0.0
    shared = (words(a.get("evidence") or "", stop) & words(b.get("evidence") or "", stop)) - \
        _named_words(a, stop) - _named_words(b, stop)
    placed = same_place(a.get("place"), b.get("place")) or told_place(a, b)
    same_mode = bool(a.get("mode")) and (placed or not other_days(a, b)) and (a.get("mode") == b.get("mode") or (
        modes_kin(a["mode"], b.get("mode"), settings) and placed))
    same_trigger = stem(a.get("trigger") or "") == stem(b.get("trigger") or "") != ""
    weight = min(points.shared_words_max, points.shared_word * len(shared)) + points.trigger_equal * same_trigger
    return same_mode or toll_fits or same_trigger or len(shared) >= 2, weight


def other_days(a: dict, b: dict) -> bool:
    """Whether two reports put their acts on different days: one doer striking with the same means again the
    next day is a second act, so their means alone do not say they are one."""
    return bool(a.get("date") and b.get("date")) and a.get("date") != b.get("date")


def told_place(a: dict, b: dict) -> bool:
    """Whether one report gives no place and its evidence names the other's ("a barrage on the rebel capital,
    Tskhinvali" and a report placed at Tskhinvali), not as the name of a known actor of it ("Kesh killed nine")."""
    for one, other in ((a, b), (b, a)):
        place = norm(other.get("place") or "")
        if one.get("place") or not place or f" {place} " not in said(one.get("evidence") or ""):
            continue
        known = {n for role in ("source", "target") if (one.get(role) or {}).get("id") for n in names(one.get(role))}
        if not any(f" {place} " in f" {n} " for n in known):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def said(evidence: str) -> str:
    """An evidence text as places are looked for in it: normalised words, a space on either side."""
    return f" {norm(WORD_GAPS.sub(' ', evidence))} "


def _detail_points(a: dict, b: dict, settings: Incidents) -> float | None:
    """Place (given, or told in the evidence of a report that gives none), country, tolls and mode; None when
    the two name different places."""
    points = settings.points
    place = same_place(a.get("place"), b.get("place"))
    if place is False:
        return None
    told = not place and told_place(a, b)
    total = points.place if place else points.place_told if told else 0.0
    if not place and not told and a.get("country") and b.get("country") and a["country"] != b["country"]:
        total += points.country_conflict
    total += sum(tolls_of(a, b, points))
    if a.get("mode") and b.get("mode") and a["mode"] == b["mode"]:
        total += points.mode_equal
    elif a.get("mode") and b.get("mode") and not modes_kin(a["mode"], b["mode"], settings):
        total += points.mode_conflict
    return total


def mortal(ev: dict, settings: Incidents) -> bool:
    """Whether an event tells the killing of a resolved actor who dies once (a named person): by its trigger
    ("was killed"), or by its toll where the killing was folded into the act that did it ("a drone fired on his
    convoy", with the general killed)."""
    target = ev.get("target") or {}
    deadly = bool(ev.get("killed")) or stem(ev.get("trigger") or "") in {stem(word) for word in settings.death_triggers}
    return bool(target.get("id")) and target.get("kind") in settings.mortal_kinds and deadly


def one_death(a: dict, b: dict, settings: Incidents) -> bool:
    """Whether two reports tell one person's death: a person dies once, so they are one happening whatever
    else they disagree on (where, by what means, the doer one of them leaves untold)."""
    return mortal(a, settings) and mortal(b, settings) and a["target"]["id"] == b["target"]["id"]


def agreement(a: dict, b: dict, settings: Incidents, stop: frozenset[str] = frozenset(),
              allies: Allies | None = None) -> float | None:
    """How strongly two reports agree on being one happening: None when they cannot be one (another type,
    days too far apart, different places, nothing said of the act itself agreeing) or when their agreement
    stays under the threshold; above any threshold when they tell one person's death."""
    if a.get("event_type") != b.get("event_type"):
        return None
    gap = gap_days(a, b)
    if gap is not None and gap > settings.window_days:
        return None
    if one_death(a, b, settings):
        return settings.points.one_death
    details = _detail_points(a, b, settings)
    if details is None:
        return None
    agrees, shared = evidence_agrees(a, b, settings, stop)
    said_alike = shared > 0 and gap == 0 and a.get("date") == b.get("date") and one_statement(a, b, settings, allies)
    if not agrees and not said_alike:
        return None
    total = details + shared + _actor_points(a, b, settings, allies)
    if gap == 0 and a.get("date") == b.get("date"):
        total += settings.points.same_day
    threshold = settings.threshold if gap is not None else settings.undated_threshold
    return total if total >= threshold else None


def assign_incidents(doc_events: Sequence[dict], prior: Sequence[dict] | Prior, settings: Incidents | None = None,
                     allies: Allies | None = None) -> list[str]:
    """An incident id per event of a new document. An event joins the incident of prior reports (of other
    documents) it agrees with best; each prior incident takes at most one event of the document (events
    of one document are never merged here), the best-agreeing pairs first; the others found new ones.
    `prior` is a list of events, or an `index.Prior` (compared then with the events of the same type
    near their days only, one of each group of like reports)."""
    settings = settings or read_incidents(Config().incidents)
    allies = default_allies() if allies is None else allies
    stop = frozenset(settings.stop_words)
    seen = as_prior(prior, {ev.get("doc_id") for ev in doc_events})
    scored = []
    for i, ev in enumerate(doc_events):
        best: dict[str, float] = {}
        for p in seen.near([ev.get("event_type")], ev, settings.window_days, places=not mortal(ev, settings)):
            if (score := agreement(ev, p, settings, stop, allies)) is not None:
                best[p["incident"]] = max(score, best.get(p["incident"], score))
        scored += [(-score, i, incident) for incident, score in best.items()]
    ids: list[str | None] = [None] * len(doc_events)
    taken: set[str] = set()
    for _, i, incident in sorted(scored):
        if ids[i] is None and incident not in taken:
            ids[i] = incident
            taken.add(incident)
    return [incident or new_incident_id(ev) for incident, ev in zip(ids, doc_events, strict=True)]


def _canonical(values: list) -> object:
    """The value most reports give (the first reported among equals), None when none gives one."""
    given = [v for v in values if v is not None]
    if not given:
        return None
    counts = Counter(given)
    return max(given, key=lambda v: (counts[v], -given.index(v)))


def _actor_key(actor: dict | None) -> str | None:
    return (actor.get("id") or norm(actor.get("name") or "")) if actor else None


def _values(reports: Sequence[dict], name: str) -> list:
    """What each report says of a field (an actor by its id, else its name)."""
    if name in ("source", "target"):
        return [_actor_key(ev.get(name)) for ev in reports]
    return [ev.get(name) for ev in reports]


def _disagreement(reports: Sequence[dict], name: str, values: list) -> list[dict]:
    """Each value of a field with the documents that give it (a toll marked `approx` when a report said "at
    least"); empty when the reports agree."""
    by_value: dict = defaultdict(list)
    approx: set = set()
    for ev, value in zip(reports, values, strict=True):
        if value is not None:
            if ev.get("doc_id") not in by_value[value]:
                by_value[value].append(ev.get("doc_id"))
            if name in ("killed", "wounded") and ev.get("approx"):
                approx.add(value)
    if len(by_value) < 2:
        return []
    return [{"value": v, "docs": d, **({"approx": True} if v in approx else {})} for v, d in by_value.items()]


def summarise(reports: Sequence[dict]) -> dict:
    """One incident from its reports: canonical values (what most reports say), the disagreements with
    the documents behind each value, the reports, and a confidence that grows with independent documents
    and shrinks with disagreements."""
    reports = sorted(reports, key=lambda ev: str(ev.get("key")))
    out: dict = {"incident": _canonical([ev.get("incident") for ev in reports]),
                 "event_type": _canonical([ev.get("event_type") for ev in reports])}
    disagreements = {}
    for name in ("source", "target", *FIELDS):
        values = _values(reports, name)
        best = _canonical(values)
        out[name] = next((ev.get(name) for ev, v in zip(reports, values, strict=True) if v == best), None)
        if found := _disagreement(reports, name, values):
            disagreements[name] = found
    documents = sorted({str(ev.get("doc_id")) for ev in reports})
    out["disagreements"] = disagreements
    out["reports"] = [{"key": ev.get("key"), "doc_id": ev.get("doc_id"), "evidence": ev.get("evidence"),
                       "via": ev.get("via")} for ev in reports]
    out["documents"] = documents
    out["confidence"] = round(max(0.1, (1 - 0.5 ** len(documents)) - 0.1 * len(disagreements)), 2)
    return out
