"""The actor knowledge base indexed for lookup: surface forms, states by name, demonym or capital, titles
held on a date, generic agent nouns; and `fold`, the comparison key every lookup uses.

Lookup folds case, accents, apostrophes, dots and hyphens, so "Kata'ib Hezbollah", "Kataib
Hezbollah" and "KATA’IB HEZBOLLAH" meet; "U.S." and "US" meet too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from ..knowledge import ActorEntry, Knowledge
from ..model import Actor

KIND_RANK = {"person": 0, "armed_group": 1, "military": 1, "government": 1, "legislature": 1, "police": 1,
             "igo": 2, "party": 2, "state": 3}


# apostrophes, dots and "@" go; hyphens, underscores and dashes become spaces
FOLD_MARKS = str.maketrans({**dict.fromkeys("\u2018\u2019'`.@"),
                            **dict.fromkeys("-_\u2010\u2011\u2012\u2013\u2014\u2015", " ")})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Comparison key: no accents, case, apostrophes, dots, hyphens or leading 'the'. (Read for every name of
    the gazetteer and the actor dictionary at start-up, so plain ASCII skips the Unicode decomposition.)"""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = " ".join(text.lower().translate(FOLD_MARKS).split())
    return text.removeprefix("the ")


def short_names(name: str) -> list[str]:
    """The first given name with each later name ("Mariano Rajoy" and "Mariano Brey" of "Mariano Rajoy Brey",
    "Rafael Correa" of "Rafael Vicente Correa Delgado"): which of them is the paternal surname the name does not
    say. No forms for a name with particles ("Cristina Fernandez de Kirchner") or of two words."""
    words = name.split()
    if len(words) < 3 or any(not w[:1].isupper() for w in words):
        return []
    return [f"{words[0]} {w}" for w in words[1:]]


def agent_kinds(raw: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Generic agent noun (folded) → actor kind, from data/agents.yaml as loaded (kind → nouns)."""
    out: dict[str, str] = {}
    for kind, nouns in raw.items():
        for word in nouns:
            out.setdefault(fold(str(word)), kind)
    return out


def role_active(role: dict, on: date | None) -> bool:
    if on is None:
        return True
    start, end = role.get("start"), role.get("end")
    return (not start or str(start) <= on.isoformat()) and (not end or on.isoformat() <= str(end))


class ActorIndex:
    """Surface form → actors, demonyms → states, (title, country) → role holders."""

    def __init__(self, entries: list[ActorEntry] | tuple[ActorEntry, ...], agents: Mapping[str, tuple[str, ...]],
                 office_handles: Mapping[str, tuple[str, str]], state_organs: frozenset[str],
                 two_surnames: frozenset[str] = frozenset()) -> None:
        self.by_form: dict[str, list[ActorEntry]] = defaultdict(list)
        self.office_handles = office_handles
        self.state_organs = state_organs
        self.states: dict[str, ActorEntry] = {}  # folded name/alias/demonym/metonym → state
        self.titles: dict[tuple[str, str], list[tuple[ActorEntry, dict]]] = defaultdict(list)
        self.titles_by_name: dict[str, list[tuple[ActorEntry, dict]]] = defaultdict(list)
        self.by_id = {e.id: e for e in entries}
        for entry in entries:
            for form in (entry.name, *entry.aliases, *entry.metonyms):
                self.by_form[fold(form)].append(entry)
            if entry.kind == "state":
                for form in (entry.name, *entry.aliases, *entry.demonyms, *entry.metonyms):
                    self.states.setdefault(fold(form), entry)
                for form in entry.demonyms:
                    self.by_form[fold(form)].append(entry)
            for role in entry.roles:
                seat = role.get("country") or role.get("org")  # "president" of USA; "secretary-general" of the UN
                for title in role.get("title") or ():
                    if seat:
                        self.titles[(fold(title), seat)].append((entry, role))
                    self.titles_by_name[fold(title)].append((entry, role))
        self.add_short_names(entries, two_surnames)
        self.agents = agent_kinds(agents)
        # names and demonyms of states for the gazetteer; capitals stay places there ("in Nairobi")
        self.state_codes = {fold(form): e.country or e.id for e in entries if e.kind == "state"
                            for form in (e.name, *e.aliases, *e.demonyms)}
        self.title_words = {t.split()[-1] for t, _ in self.titles}  # "minister", "president", "leader"
        self.max_title_words = max((len(t.split()) for t, _ in self.titles), default=0)

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> ActorIndex:
        return cls(knowledge.actors, knowledge.agents, knowledge.offices, knowledge.words["state_organs"],
                   knowledge.words["two_surnames"])

    def add_short_names(self, entries: list[ActorEntry] | tuple[ActorEntry, ...], countries: frozenset[str]) -> None:
        """A reference person of a country that gives two surnames (words.yaml `two_surnames`) goes by the first
        given name and one surname too ("Mariano Rajoy Brey" as "Mariano Rajoy"), where no other actor has that
        name and no other such person could go by it."""
        claims: dict[str, list[ActorEntry]] = defaultdict(list)
        curated: dict[str, list[frozenset[str]]] = defaultdict(list)  # a word → the curated persons' names with it
        for entry in entries:
            if entry.kind == "person" and entry.curated:
                name = frozenset(fold(entry.name).split())
                for word in name:
                    curated[word].append(name)
        for entry in entries:
            if entry.kind == "person" and not entry.curated and (entry.country or "").lower() in countries:
                words = frozenset(fold(entry.name).split())
                if any(name <= words for word in words for name in curated.get(word, ())):
                    continue  # (the curated file knows the person: "Miguel Díaz-Canel" of "Miguel Diaz Canel Bermudez")
                for form in short_names(entry.name):
                    claims[fold(form)].append(entry)
        for key, claimants in claims.items():
            if len(claimants) == 1 and key not in self.by_form:
                self.by_form[key].append(claimants[0])

    def as_state(self, actor: Actor | None) -> Actor | None:
        """An organ of a state named as its state: the Pentagon, "U.S. forces" and "riot police" in Tehran
        are the United States and Iran acting through their military or police. The kind keeps the sector,
        the aliases the organ's own name; people, parties, parliaments and armed groups stay themselves."""
        if actor is None or actor.kind not in self.state_organs or actor.country is None:
            return actor
        state = self.by_id.get(actor.country)
        if state is None or state.kind != "state" or self.answers_to_group(actor.id):
            return actor
        aliases = tuple(dict.fromkeys(a for a in (actor.name, *actor.aliases) if fold(a) != fold(state.name)))
        return Actor(name=state.name, aliases=aliases, country=state.country, kind=actor.kind, id=state.id)

    def answers_to_group(self, actor_id: str | None) -> bool:
        """Whether an organ is part of a group, not of its state: Gaza's health ministry is Hamas's."""
        entry = self.by_id.get(actor_id) if actor_id else None
        parents = [self.by_id.get(a.get("actor")) for a in (entry.affiliations if entry else ())
                   if a.get("relation") == "part_of"]
        return any(p is not None and p.kind in ("armed_group", "party") for p in parents)

    def group_of(self, actor_id: str | None) -> ActorEntry | None:
        """The armed group or party an actor is part of ("Yahya Saree": the Houthis)."""
        entry = self.by_id.get(actor_id) if actor_id else None
        parents = [self.by_id.get(a.get("actor")) for a in (entry.affiliations if entry else ())
                   if a.get("relation") == "part_of"]
        return next((p for p in parents if p is not None and p.kind in ("armed_group", "party")), None)

    def agent_kind(self, tok: Token) -> str | None:
        """The kind of a generic actor noun ("rebels", "Police"), singular or plural."""
        for form in (tok.lemma_, tok.text, tok.text.rstrip("s")):
            kind = self.agents.get(fold(form))
            if kind:
                return kind
        return None

    def lookup(self, text: str, on: date | None = None) -> ActorEntry | None:
        """The best actor for an exact surface form: curated first, then active roles, then kind."""
        office = self.office_handles.get(text.strip().lstrip("@").lower())
        holder = self.role_holder(*office, on) if office else None
        if holder is not None:
            return holder  # "@POTUS": the president of the day, not the office
        found = self.by_form.get(fold(text))
        if not found:
            return None

        def rank(e: ActorEntry) -> tuple:
            active = any(role_active(r, on) for r in e.roles) if e.roles else True
            return (not e.curated, not active, KIND_RANK.get(e.kind, 2))

        return min(found, key=rank)

    def state_of(self, text: str) -> ActorEntry | None:
        """The state named by a country name, demonym or capital ("Iraqi", "Tehran", "U.S.")."""
        key = fold(text)
        key = re.sub(r" ?s$", "", key) if key not in self.states else key
        return self.states.get(fold(text)) or self.states.get(key)

    def title_holders(self, title: str, on: date | None) -> set[str]:
        """Ids of everyone holding a title anywhere on a date."""
        return {e.id for e, role in self.titles_by_name.get(fold(title), []) if role_active(role, on)}

    def role_holder(self, title: str, country: str, on: date | None) -> ActorEntry | None:
        holders = {e.id: e for e, role in self.titles.get((fold(title), country), []) if role_active(role, on)}
        return next(iter(holders.values())) if len(holders) == 1 else None
