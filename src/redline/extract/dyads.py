"""The two sides a document is about, for the words that name them together: "both armies pulled back", "the
two sides agreed to a truce", "each side blames the other", "urged both sides to stop". Each side acts on the
other (a mutual act is two events, one each way), or each is acted on.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..model import Actor, Event
from .actor_index import ActorIndex
from .candidate import Trigger
from .merge import OFFICIAL

SPEAKS_FOR_STATE = OFFICIAL | {"person"}  # a minister, an army, a capital: one side of its state


class Dyads:
    """Reads the words that name both sides together, and finds the two sides in the events told before."""

    def __init__(self, words: Mapping[str, frozenset[str]], index: ActorIndex) -> None:
        self.nouns = words["dyad_nouns"]
        self.marks = words["dyad_marks"]
        self.others = words["other_side"]
        self.in_force = words["in_force"]
        self.index = index

    def takes_effect(self, truce: Token) -> bool:
        """A truce said to take effect: "took effect", "came into force", "went into effect" (words.yaml
        `in_force`), not one that "came out of talks"."""
        verb = truce.head if truce.dep_ in ("nsubj", "nsubjpass") else None
        return verb is not None and any(
            (c.dep_ == "dobj" and c.lower_ in self.in_force)
            or (c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in self.in_force for g in c.children))
            for c in verb.children)

    def names_both(self, tok: Token | None) -> bool:
        """"both armies", "the two sides", "each side", or "both" alone ("urged both to stop")."""
        if tok is None:
            return False
        if tok.lower_ == "both" and tok.pos_ in ("PRON", "NOUN"):
            return True
        if tok.lemma_.lower() not in self.nouns and tok.lower_ not in self.nouns:
            return False
        return any(c.dep_ in ("det", "predet", "nummod") and c.lower_ in self.marks for c in tok.children)

    def names_other(self, tok: Token | None) -> bool:
        """"the other", "each other", "one another": the other side, after one named by `names_both`."""
        return tok is not None and tok.lower_ in self.others

    def reading(self, trig: Trigger) -> str | None:
        """How a clause names both sides: "each_way" when its subject does and it names no one else ("both armies
        pulled back", "each side blamed the other": each side acts on the other); "sources" when its subject does
        and it names a target ("both sides met the mediator"); "targets" when its object does ("urged both sides
        to stop"), or a truce that names no one takes effect ("the ceasefire took effect at 4 a.m.": between the
        sides it was agreed by). None when it does not."""
        tok, source, target = trig.token, trig.source, trig.target
        if trig.entry.get("mode") == "ceasefire" and source is None and target is None and self.takes_effect(tok):
            return "each_way"
        if tok.pos_ != "VERB":
            return None
        if source is not None and source.head == tok and self.names_both(source):
            others = target is None or self.names_other(target) or self.names_both(target) \
                or not self.names_someone(target)
            how = "each_way" if others else "sources"
        elif (target is not None and target.head == tok and self.names_both(target)) or both_next(tok):
            how = "targets"
        else:
            return None
        return how

    def names_someone(self, tok: Token) -> bool:
        """A word that may name an actor: a name, a pronoun, a generic actor noun ("rebels")."""
        return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
            or self.index.agent_kind(tok) is not None

    def sides(self, earlier: list[Event], third: Actor | None = None) -> tuple[Actor, Actor] | None:
        """The two sides the document is about so far: the pair of sides that have acted on each other in the
        most events (the latest pair on a tie), each side a state (for its officials, forces and people) or a
        named group, neither of them `third` (who urges both, or whom both meet). None before any two sides
        have met."""
        counts: dict[frozenset[str], tuple[int, int, tuple[str, str]]] = {}
        latest: dict[str, Actor] = {}
        outside = side_of(third)
        for i, e in enumerate(earlier):
            a, b = side_of(e.source), side_of(e.target)
            if a is None or b is None or a == b or outside in (a, b):
                continue
            latest[a], latest[b] = e.source, e.target
            key = frozenset((a, b))
            counts[key] = (counts.get(key, (0,))[0] + 1, i, (a, b))
        if not counts:
            return None
        first, second = max(counts.values(), key=lambda c: c[:2])[2]
        return self.side_actor(first, latest[first]), self.side_actor(second, latest[second])

    def side_actor(self, side: str, named: Actor) -> Actor:
        """A side as an actor: its state, or the group as last named."""
        entry = self.index.by_id.get(side) if named.kind in SPEAKS_FOR_STATE else None
        if entry is None or entry.kind != "state":
            return named
        return Actor(name=entry.name, aliases=(), country=entry.country, kind=entry.kind, id=entry.id)


def both_next(verb: Token) -> bool:
    """"urged both to de-escalate": "both" right after the verb is its object, however the parser hangs it."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.lower_ == "both" and after.head.pos_ not in ("NOUN", "PROPN")


def side_of(actor: Actor | None) -> str | None:
    """Which side an actor is on: its state's code for a state, its organs and people, the id of a named group;
    None for an unnamed group ("protesters") or a person of no known state."""
    if actor is None:
        return None
    if actor.kind in SPEAKS_FOR_STATE and actor.country:
        return actor.country
    return actor.id if actor.id and actor.kind != "person" else None

