"""One event per happening per document: mentions of the same act are folded into one event."""

from __future__ import annotations

import math
from dataclasses import replace

from ..model import Actor, Event, EventType
from .actors import fold
from .trace import NO_TRACE, Trace


def same_actor(a: Actor | None, b: Actor | None, by_country: bool = True) -> bool:
    """Compatible for merging: one is missing, they share a name (or a country), or an unnamed group may be
    the named one ("an Iranian-backed militia" and Kata'ib Hezbollah)."""
    if a is None or b is None:
        return True
    same_kind = a.kind is not None and a.kind == b.kind and (a.country is None or b.country is None
                                                             or a.country == b.country)
    if same_kind and (a.id is None) != (b.id is None) and a.kind != "person":
        return True  # (two people named differently are two people: "Sharif" and "S. Jaishankar")
    if same_kind and a.id is None and b.id is None and a.kind in ("armed_group", "military"):
        return True  # "an Iranian-backed paramilitary group" and "this Iranian backed group" (not two crowds)
    return agree(a, b, by_country)


def named_alike(a: Actor, b: Actor) -> bool:
    return bool({fold(n) for n in (a.name, *a.aliases)} & {fold(n) for n in (b.name, *b.aliases)})


def agree(a: Actor | None, b: Actor | None, by_country: bool = True) -> bool:
    """Both present and naming the same actor: by name, or by country when both have one and they
    are not two different people ("the Pentagon" and "U.S. jets" are one side, Rouhani and Zarif are not)."""
    if a is None or b is None:
        return False
    if named_alike(a, b):
        return True
    if not by_country or (a.kind == "person" and b.kind == "person"):
        return False
    if a.id and b.id and a.id != b.id and "state" not in (a.kind, b.kind):
        return False  # the army and the RSF are both Sudanese, and enemies
    if not ({a.kind, b.kind} & OFFICIAL):
        return False  # the 176 passengers and the crowd in Tehran are both Iranian, and not the same people
    if any(x.kind in REBELLING and x.id for x in (a, b)):
        return False  # Ethiopia and the TPLF are both Ethiopian, and at war
    return a.country is not None and a.country == b.country


OFFICIAL = {"state", "government", "military", "police", "legislature"}  # one side of a state speaks for it
REBELLING = {"armed_group", "party"}  # named groups that may take up arms against their own state


def mergeable(a: Event, b: Event, statements: frozenset[EventType],
              mode_named: frozenset[EventType] = frozenset()) -> bool:
    """Two mentions of one happening: same type, compatible actors with one in common, dates that fit, and for
    a type whose modes name different acts (`mode_named`) no two modes in two sentences. Statements merge only
    when the same voice makes them: two officials of one state say two things."""
    by_country = a.event_type not in statements
    if a.event_type != b.event_type or far_apart(a, b) or two_acts(a, b):
        return False
    # ("more than 3,000 detained" and "crowds seized the airport"; not "began a hunger strike to protest", one act
    # told twice in one sentence)
    if a.event_type in mode_named and None not in (a.mode, b.mode) and a.mode != b.mode \
            and (a.start, a.end) != (b.start, b.end):
        return False
    if not by_country and (a.start, a.end) == (b.start, b.end) and agree(a.source, b.source) \
            and same_actor(a.target, b.target):
        return True  # "Yerevan denied it: its spokeswoman dismissed the claim": one side's statement told twice
    if not same_actor(a.source, b.source, by_country):
        return False
    if (a.start, a.end) == (b.start, b.end) and by_country and agree(a.source, b.source):
        return True  # "shot down the airliner ..., killing all 176 people": one act told twice in one sentence
    if not same_actor(a.target, b.target):
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True  # "was killed when a drone fired on his convoy": one act told twice in one sentence
    if not by_country and a.source is not None and b.source is not None and not agree(a.source, b.source, False):
        return False  # a statement is one voice's: two speakers against one target say two things
    if (a.date_end is None) != (b.date_end is None):
        return False  # a campaign ("rocket strikes since October") is not one of its attacks
    if by_country and None in (a.source, b.source) and a.target and b.target and a.date == b.date:
        return True  # "jets killed members of a militia ...", "the raids were flown on Sunday against KH sites"
    return (agree(a.source, b.source, by_country) or agree(a.target, b.target)) and (
        a.date == b.date or (not (a.date_explicit and b.date_explicit) and not weeks_apart(a, b)))


RETOLD_WITHIN_DAYS = 7  # a telling dated only by its paragraph may be a later day's look back, not weeks later


def weeks_apart(a: Event, b: Event) -> bool:
    """Both dated, more than a week apart: the shelling of Poonch in May is not the Pahalgam attack of April,
    though the paragraph gives the one only its own day."""
    return a.date is not None and b.date is not None and abs((a.date - b.date).days) > RETOLD_WITHIN_DAYS


def two_acts(a: Event, b: Event) -> bool:
    """Power or ground taken is an act of its own, not one told again by an arrest or a curfew in its sentence
    ("seized power in a coup and detained Aung San Suu Kyi": a seizure and an arrest)."""
    taking = next((e for e in (a, b) if e.mode == "seize" and e.target is None), None)
    other = b if taking is a else a
    return taking is not None and other.mode not in (None, "seize") and (a.start, a.end) == (b.start, b.end)


SAME_PLACE_KM = 50  # two places nearer than this may be one place told two ways ("Baghdad airport", "Baghdad")


def far_apart(a: Event, b: Event) -> bool:
    """Both placed by the gazetteer, farther apart than one town and its outskirts: a strike on Kherson and one on
    Odesa the same day are two happenings. (The great-circle distance, by the haversine formula: two lines do not
    need a geodesy library.)"""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h)) > SAME_PLACE_KM


def merge(events: list[Event], statements: frozenset[EventType], window: int = 200,
          trace: Trace = NO_TRACE, mode_named: frozenset[EventType] = frozenset()) -> list[Event]:
    """One event per happening; the merged event keeps every mention and the explicit date. A pass over the
    finished list: each event is folded into the first of the last `window` kept events it is mergeable with
    (a story tells an act again within a few hundred events; the bound keeps long documents linear)."""
    out: list[Event] = []
    for ev in events:
        first = max(0, len(out) - window)
        at = next((i for i in range(first, len(out)) if mergeable(out[i], ev, statements, mode_named)), None)
        if at is None:
            out.append(ev)
        else:
            trace.merged(ev.id, out[at].id)
            out[at] = folded(out[at], ev)
    return out


def folded(twin: Event, ev: Event) -> Event:
    """A second telling folded into the first: its explicit date, the names it gives, a missing mode or place,
    better figures and its mentions."""
    changes: dict = {"source": joined(twin.source, ev.source), "target": joined(twin.target, ev.target),
                     "mode": twin.mode or ev.mode,
                     "mentions": (*twin.mentions, *(m for m in ev.mentions if m not in twin.mentions))}
    if ev.date_explicit and not twin.date_explicit:
        changes.update(date=ev.date, date_end=ev.date_end, date_explicit=True)
    if twin.place is None and (twin.country is None or (ev.place is not None and ev.country == twin.country)):
        changes.update(place=ev.place, country=ev.country, lat=ev.lat, lon=ev.lon)
    return replace(twin, **changes, **figures(twin, ev))


def joined(kept: Actor | None, other: Actor | None) -> Actor | None:
    """The actor of a merged event: the first telling's, under every name the tellings gave it
    ("Iraq's caretaker prime minister", "Adel Abdul-Mahdi's office")."""
    if kept is None or other is None:
        return kept or other
    if not ((kept.id and kept.id == other.id) or fold(kept.name) == fold(other.name)):
        return kept
    names = [n for n in (other.name, *other.aliases) if fold(n) != fold(kept.name)]
    return replace(kept, aliases=tuple(dict.fromkeys((*kept.aliases, *names))))


def figures(into: Event, other: Event) -> dict:
    """Casualties of a second telling: a stated figure beats a missing or approximate one ("at least two
    dozen", later "25 were killed"; a bound beats a lower one: "the general was killed", at least one, then
    "seven died"; but a smaller one counts a part: "at least 14", then "three were killed in one district"); a
    wounded figure fills a missing one. The changed fields, as a dict."""
    killed, wounded, approx = into.killed, into.wounded, into.approx
    if other.killed is not None and (killed is None or (approx and other.killed > killed)
                                     or (approx and not other.approx and other.killed == killed)):
        killed, approx = other.killed, other.approx
    if wounded is None and other.wounded is not None:
        wounded, approx = other.wounded, approx or other.approx
    return {"killed": killed, "wounded": wounded, "approx": approx}
