"""Stated response links: an act the text says answers another ("in retaliation for", "struck back",
"Tehran's reply") links to the incident of the act it answers.

A cue (`data/responses.yaml`, read by `cues.py`) in a sentence makes the events of its clause answers.
A forward cue names the answered act in the words after it ("in response to the attacks on Wednesday
night"): an event of the same sentence told there, else an event of the type those words name whose
actors fit (the answerer's target did it, or it hit the answerer), on or before the answer's day and
on the weekday or month the words name: the document's own events first, then prior ones. A backward
cue ("fired back", "Tehran's reply") and a forward cue whose words name no act answer the last act
the document told before that fits: of a type the words after the cue name ("calling the blockade
illegal"), else of the type likeliest answered by such an answer (`answers` in the data: a column
sent south answers a barrage before a mobilisation), of force for a cue of force; when the document
told none, the last such act of an earlier document done by the answer's target. An act told after a
background word before a backward cue ("after shells hit the port, ... struck the depot in response") is the
answered one. Mere sequence ("two days after") is no cue and gives no link.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from ..knowledge.corpus_schemas import Responses
from .compare import (
    CONFLICT,
    LOOSE,
    STRICT,
    WORD,
    Allies,
    default_allies,
    gap_days,
    known_names,
    names,
    norm,
    organ_of,
    position,
    relation,
    span,
    trigger_at,
    words,
)
from .cues import CLAUSE_END, POSSESSOR, WORD_GAPS, Cue, Reading, find_cues, named, on_named_day, reading
from .index import Prior, as_prior
from .lead import Lead, lead_cues


@dataclass(frozen=True)
class Scene:
    """One sentence of the new document: its text and offset, its events, the document, prior events."""

    text: str
    start: int
    members: tuple[int, ...]
    doc: Sequence[dict]
    prior: Prior
    read: Reading
    allies: Allies | None = None


def fits_actors(answer: dict, answered: dict, allies: Allies | None = None) -> bool:
    """The answered act was done by the answerer's target or hit the answerer (loosely is enough: of one
    country, or affiliated in `allies`, as a branch and its parent group)."""
    return (relation(answer.get("target"), answered.get("source"), allies) >= LOOSE
            or relation(answer.get("source"), answered.get("target"), allies) >= LOOSE)


def very_actor(answer: dict, answered: dict, organs: Collection[str]) -> bool:
    """Whether the answered act was done by the very actor the answer is aimed at (or an organ of that state,
    or the state of that organ), or hit the very answerer: not only one of its country (an act that hit
    "Iraq" fits an Iraqi militia's vow less than one done by the state it threatens)."""
    return any(relation(one, other) == STRICT or organ_of(one, other, organs) for one, other in (
        (answer.get("target"), answered.get("source")), (answer.get("source"), answered.get("target"))))


def before(answered: dict, answer: dict, window: int) -> bool:
    """The answered act began on or before the answer's last day, within `window` days (undated: allowed)."""
    a, b = span(answered), span(answer)
    if a is None or b is None:
        return True
    return a[0] <= b[1] and (gap_days(answered, answer) or 0) <= window


def _answerable(answer: dict, answered: dict, scene: Scene) -> bool:
    return (answered.get("incident") != answer.get("incident") and fits_actors(answer, answered, scene.allies)
            and before(answered, answer, scene.read.window_days))


def domestic(ev: dict, answer: dict) -> bool:
    """Whether an act was done within one country (a prime minister urging its parliament) that is not the
    answerer's: it hit no one abroad, so a foreign answer fits it less than an act done to it."""
    source, target = ev.get("source") or {}, ev.get("target") or {}
    country = source.get("country")
    return bool(country) and country == target.get("country") and country != (answer.get("source") or {}).get(
        "country")


def _fit(answer: dict, ev: dict, cue: Cue, scene: Scene) -> int:
    """How well an act told before fits as what `answer` answers: 2 the actors fit, 1 they fit but the act was
    domestic, or another known actor did it (only for a cue or an answer of force), 0 not at all; the
    possessor of "X's reply" never answers its own act."""
    owner, read = norm(cue.possessor) if cue.possessor else None, scene.read
    if owner and owner in names(ev.get("source")):
        return 0
    if fits_actors(answer, ev, scene.allies) or (owner and owner in names(ev.get("target"))):
        return 1 if domestic(ev, answer) else 2
    forceful = cue.hostile or answer.get("event_type") in read.hostile_acts
    return 1 if forceful and relation(answer.get("source"), ev.get("source")) == CONFLICT else 0


def answered_rank(answer_type: str | None, kind: str | None, read: Reading) -> int | None:
    """How likely an act of type `kind` is the one an answer of `answer_type` answers (higher: likelier), as
    responses.yaml's `answers` ranks them; None when such an answer does not answer it (its own type first
    for an answer type the data does not list)."""
    listed = read.answers.get(answer_type or "")
    if listed is None:
        return 1 if kind == answer_type else 0
    return len(listed) - listed.index(kind) if kind in listed else None


def judged(scene: Scene, cue: Cue) -> set[str]:
    """The types the words after a cue name, beyond the triggers of the sentence's own acts and before words of
    manner: a statement that "hit back, calling the blockade illegal" answers the blockade it judges."""
    text, read = scene.text, scene.read
    end = text.find(";", cue.end)
    own = {w.casefold() for i in scene.members for w in WORD.findall(scene.doc[i].get("trigger") or "")}
    said = []
    for token in WORD.finditer(text, cue.end, len(text) if end < 0 else end):
        word = token.group().casefold()
        if word in read.manner:
            break
        if word not in own:
            said.append(word)
    return named(" ".join(said), read)[0]


def named_doers(scene: Scene, cue: Cue) -> list[dict]:
    """The actors the words after a forward cue name as the answered act's doer by a possessive ("Tehran's
    answer to Britain's action", "in response to Washington's move"): known names only."""
    if not cue.forward:
        return []
    known = known_names()
    owners = POSSESSOR.findall(scene.text, cue.end, cue.phrase_end)
    return [known[norm(owner)] for owner in owners if norm(owner) in known]


def _told_before(scene: Scene, cue: Cue, answer: dict) -> dict | None:
    """The last act told before the cue that `answer` may answer: of a type the words after the cue name, done
    by the doer they name, the actors fitting best, of the type likeliest answered (of force for a cue of
    force), done by or to the very actors (`very_actor`) before one only of their country; when the document
    told none, the last such act of an earlier document."""
    read, kind = scene.read, answer.get("event_type")
    types, doers = judged(scene, cue), named_doers(scene, cue)
    earlier = [ev for ev in scene.doc if position(ev) < (scene.start, cue.start)
               and ev.get("incident") != answer.get("incident") and before(ev, answer, read.window_days)
               and (not cue.hostile or ev.get("event_type") in read.hostile_acts)]
    scored = [(ev.get("event_type") in types, any(relation(ev.get("source"), doer) == STRICT for doer in doers),
               fit, rank, very_actor(answer, ev, read.organs), position(ev), n)
              for n, ev in enumerate(earlier)
              if (fit := _fit(answer, ev, cue, scene)) and (rank := answered_rank(kind, ev.get("event_type"), read))
              is not None]
    if scored:
        return earlier[max(scored)[-1]]
    return _last_prior(scene, cue, answer, types)


def _last_prior(scene: Scene, cue: Cue, answer: dict, types: set[str]) -> dict | None:
    """The last act of an earlier document that `answer` may answer ("Kesh's reply came from its artillery" in a
    document that did not tell the strike it answers): of a type such an answer answers, done by the
    answer's target (another document's act is not read from a victim alone), on or before the answer's day;
    one the cue's words name first, then the latest."""
    read, kind = scene.read, answer.get("event_type")
    kinds = [k for k in read.answers.get(kind or "", (kind,)) if not cue.hostile or k in read.hostile_acts]
    pool = [ev for ev in scene.prior.near(kinds, answer, read.window_days) if ev.get("event_type") in kinds
            and relation(answer.get("target"), ev.get("source"), scene.allies) >= LOOSE
            and _fit(answer, ev, cue, scene) == 2 and _answerable(answer, ev, scene)]
    if not pool:
        return None
    return max(pool, key=lambda ev: (ev.get("event_type") in types, (span(ev) or (date.min,))[0],
                                     answered_rank(kind, ev.get("event_type"), read), position(ev)))


def place_named(phrase: str, ev: dict) -> bool:
    """Whether a cue's words name the place of an act ("Washington's answer to Abqaiq")."""
    place = norm(ev.get("place") or "")
    return bool(place) and f" {place} " in f" {norm(WORD_GAPS.sub(' ', phrase))} "


def _placed_answerable(answer: dict, answered: dict, scene: Scene) -> bool:
    """Whether an act the cue names by its place may be the one answered: another incident, before the answer,
    not done by the answerer's side (its doer may be untold: "drones struck the plant")."""
    return (answered.get("incident") != answer.get("incident") and before(answered, answer, scene.read.window_days)
            and relation(answer.get("source"), answered.get("source"), scene.allies) < LOOSE)


def _named_act(scene: Scene, cue: Cue, answer: dict) -> dict | None:
    """The act the words after a forward cue name: its type (or, when they name none, its place), the days
    named, the actors; own document first, then prior events; among those, the one sharing most words with
    the cue's phrase, then the latest."""
    phrase = scene.text[cue.end:cue.phrase_end]
    types, days = named(phrase, scene.read)
    kinds = types or set(scene.read.answers.get(answer.get("event_type") or "", ()))
    own = [(1, ev) for i, ev in enumerate(scene.doc) if i not in scene.members]
    others = scene.prior.near(sorted(kinds), answer, scene.read.window_days)
    pool = [(mine, ev) for mine, ev in [*own, *((0, ev) for ev in others)] if on_named_day(ev, days) and (
            (ev.get("event_type") in types and _answerable(answer, ev, scene)) if types
            else place_named(phrase, ev) and _placed_answerable(answer, ev, scene))]
    if not pool:
        return None
    said = words(phrase, scene.read.stop)

    def rank(item: tuple[int, dict]) -> tuple:
        mine, ev = item
        return (mine, len(said & words(ev.get("evidence") or "", scene.read.stop)), span(ev) or (), position(ev))

    return max(pool, key=rank)[1]


def _answered(scene: Scene, cue: Cue, answer: dict) -> dict | None:
    """The act a cue says `answer` answers when its sentence does not tell it: the act its words name (by type,
    else by place), else (when they name no type) the act told before that fits."""
    if cue.forward and named(scene.text[cue.end:cue.phrase_end], scene.read)[0]:
        return _named_act(scene, cue, answer)
    return (_named_act(scene, cue, answer) if cue.forward else None) or _told_before(scene, cue, answer)


def _clause_members(scene: Scene, cue: Cue, exclude: Sequence[int]) -> list[int]:
    """The events a cue makes answers: those of its clause (from the last ", and" or semicolon before it to
    the next semicolon), the one told nearest the cue first."""
    text = scene.text
    left = max((m.end() for m in re.finditer(r";|,\s+and\s", text[:cue.start])), default=0)
    right = text.find(";", cue.end)
    right = len(text) if right < 0 else right
    found = [i for i in scene.members if i not in exclude and left <= trigger_at(scene.doc[i]) < right
             and (not cue.possessed or trigger_at(scene.doc[i]) >= cue.phrase_end)]
    return sorted(found, key=lambda i: min(abs(trigger_at(scene.doc[i]) - cue.start),
                                           abs(trigger_at(scene.doc[i]) - cue.end)))


def _inside(scene: Scene, cue: Cue) -> list[int]:
    """Events of the sentence that a forward cue's words name: told within them, or after them of the type
    and on the day they name ("retaliation for the April 22 massacre near Pahalgam, ... where gunmen killed")."""
    types, days = named(scene.text[cue.end:cue.phrase_end], scene.read)
    out = []
    for i in scene.members:
        ev, at = scene.doc[i], trigger_at(scene.doc[i])
        kind_named = not types or ev.get("event_type") in types
        if (cue.end <= at < cue.phrase_end and kind_named) or (
                at >= cue.phrase_end and types and days and kind_named and on_named_day(ev, days)):
            out.append(i)
    return out


def _background(scene: Scene, cue: Cue) -> list[int]:
    """Events told before a backward cue in a phrase a background word opens ("after shells hit the port, ...
    its gunners struck the depot in response"): the act answered, not an answer."""
    if cue.forward:
        return []
    out = []
    for token in WORD.finditer(scene.text, 0, cue.start):
        if token.group().casefold() in scene.read.background:
            stop = CLAUSE_END.search(scene.text, token.end(), cue.start)
            end = stop.start() if stop else cue.start
            out += [i for i in scene.members if token.end() <= trigger_at(scene.doc[i]) < end and i not in out]
    return out


def _orphan(scene: Scene, cue: Cue, answered: dict) -> list[int]:
    """The answer of a sentence that tells only the answered act ("India ... said it was retaliation for the
    April 22 massacre"): the last act told before it, of force for a cue of force, by another doer."""
    doc, read = scene.doc, scene.read
    earlier = [i for i, ev in enumerate(doc) if position(ev) < (scene.start, 0)]
    if not earlier:
        return []
    n = max(earlier, key=lambda i: position(doc[i]))
    last = doc[n]
    if cue.hostile and last.get("event_type") not in read.hostile_acts:
        return []
    if relation(last.get("source"), answered.get("source")) == STRICT:
        return []
    return [n] if before(answered, last, read.window_days) else []


def _links(scene: Scene, cue: Cue) -> list[tuple[int, dict]]:
    """(answer, answered) pairs a cue gives. One cue answers one act: the one the answer told nearest the cue
    answers."""
    doc, read = scene.doc, scene.read
    inside = _inside(scene, cue) if cue.forward else _background(scene, cue)
    answers = [i for i in _clause_members(scene, cue, inside)
               if not cue.hostile or doc[i].get("event_type") in read.hostile_answers]
    if inside:
        answered = doc[inside[0]]
        answers = answers or (_orphan(scene, cue, answered) if cue.forward else [])
    elif not answers:
        return []
    else:
        answered = _answered(scene, cue, doc[answers[0]])
        if answered is None:
            return []
    return [(i, answered) for i in answers if doc[i] is not answered
            and answered.get("incident") != doc[i].get("incident") and before(answered, doc[i], read.window_days)]


def _same_dyad(ev: dict, other: dict) -> bool:
    """Whether `other` was done by `ev`'s target to its source, one side the very actor: with no cue to go
    by, one Iranian general struck after "Iran" killed an American is too loose a tie to infer an answer."""
    back = relation(ev.get("target"), other.get("source")), relation(ev.get("source"), other.get("target"))
    return min(back) >= LOOSE and max(back) == STRICT


def inferred(ev: dict, pool: Sequence[dict], read: Reading) -> dict | None:
    """An inferred link for an act of force: the last act of force its target did to its source (one side the
    very actor) on an earlier day within `infer_days`, with a confidence that falls with the days between;
    None when none."""
    first = span(ev)
    if first is None or ev.get("event_type") not in read.hostile_acts or read.infer_days <= 0:
        return None
    best = None
    for other in pool:
        days = span(other)
        if (days is None or other.get("incident") == ev.get("incident")
                or other.get("event_type") not in read.hostile_acts or not 0 < (first[0] - days[0]).days
                <= read.infer_days or not _same_dyad(ev, other)):
            continue
        if best is None or (days[0], position(other)) > (span(best)[0], position(best)):
            best = other
    if best is None:
        return None
    gap = (first[0] - span(best)[0]).days
    confidence = round(read.infer_confidence * (1 - (gap - 1) / (read.infer_days + 1)), 2)
    return {"incident": best["incident"], "link": "inferred", "confidence": confidence}


def _lead_links(lead: Lead, scene: Scene) -> list[tuple[int, dict]]:
    """(answer, answered) pairs of a lead cue: its answers, told after it, answer the act its words name, else
    the act told before that the first answer answers."""
    doc = scene.doc
    answered = _answered(scene, lead.cue, doc[lead.answers[0]])
    if answered is None:
        return []
    return [(i, answered) for i in lead.answers if answered.get("incident") != doc[i].get("incident")
            and before(answered, doc[i], scene.read.window_days)]


def response_links(doc_events: Sequence[dict], prior: Sequence[dict] | Prior, incidents: Sequence[str],
                   cues: Responses | None = None, allies: Allies | None = None,
                   text: str | None = None) -> list[list[dict]]:
    """`responds_to` per event of a new document (`incidents`: the ids just assigned to them): stated links
    to the incidents of the acts their sentences' cues say they answer, never their own incident; an act
    of force with no stated link gets an inferred one when its target struck its source shortly before.
    `prior`: a list of events, or an `index.Prior`; `text`: the document's text, whose sentences that tell
    no act may hold a lead cue (`lead.py`) answered in the sentences after it."""
    read, allies = reading(cues), default_allies() if allies is None else allies
    doc = [dict(ev, incident=inc) for ev, inc in zip(doc_events, incidents, strict=True)]
    others = as_prior(prior, {ev.get("doc_id") for ev in doc})
    sentences: dict[tuple, list[int]] = defaultdict(list)
    for i, ev in enumerate(doc):
        sentences[(ev.get("start") or 0, ev.get("evidence") or "")].append(i)
    pairs: list[tuple[int, dict]] = []
    for (start, sentence), members in sentences.items():
        scene = Scene(sentence, start, tuple(members), doc, others, read, allies)
        pairs += [pair for cue in find_cues(sentence, read) for pair in _links(scene, cue)]
    for lead in lead_cues(text, doc, read, known_names()) if text else ():
        pairs += _lead_links(lead, Scene(lead.text, lead.start, (), doc, others, read, allies))
    links: list[list[dict]] = [[] for _ in doc]
    for i, answered in pairs:
        if all(link["incident"] != answered["incident"] for link in links[i]):
            links[i].append({"incident": answered["incident"], "link": "stated", "confidence": 1.0})
    for ev, found in zip(doc, links, strict=True):
        if not found and (days := span(ev)) is not None:
            first = days[0].toordinal()
            guess = inferred(ev, [*doc, *others.started(first - read.infer_days, first - 1)], read)
            if guess is not None:
                found.append(guess)
    return links
