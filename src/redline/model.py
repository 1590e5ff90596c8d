"""Plain records that flow between the stages: documents, voices, actors, events, quotes, posts.

Every record that leaves redline carries its evidence (document id, character offsets, sentence).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class EventType(str, Enum):
    """The 16 PLOVER event types. A str, so records serialise as the type's name."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class TypeSemantics:
    """What each type means for its arguments (data/plover.yaml `semantics`), as sets of types."""

    statement: frozenset[EventType]  # said, not done: a statement with no subject is its voice's
    mutual: frozenset[EventType]  # done together: each side is the other's counterpart
    joint: frozenset[EventType]  # statements made together, not by each voice in turn
    self_moving: frozenset[EventType]  # moves the doer: with no subject, the forces that move act
    object_required: frozenset[EventType]  # a thing, not an actor, as object gives no event
    answerable: frozenset[EventType]  # acts whose doer can be blamed or answered ("condemned the move")
    recipient: frozenset[EventType]  # a target may follow with/to/for ("sent aid to X")
    addressed: frozenset[EventType]  # the subject of the clause governed is addressed ("demanded that X leave")
    undergone: frozenset[EventType]  # an act noun's "of" names who undergoes it ("the shelling of Kharkiv")
    adversarial: frozenset[EventType]  # with no target, aimed at the doer's adversary in the document
    posture: frozenset[EventType]  # a show of force: aimed at the state it is shown near ("drills near Taiwan")
    intended: frozenset[EventType]  # said to be done later: an agreement (PLOVER's expressed intent)
    pledged: frozenset[EventType]  # said to be done later: done in the saying
    threatened: frozenset[EventType]  # said to be done later: a threat
    political: frozenset[EventType] = frozenset()  # between political actors: not with unnamed ordinary people
    gathered: frozenset[EventType] = frozenset()  # done where its parties meet: placed by its own phrase, by name
    mode_named: frozenset[EventType] = frozenset()  # its modes name different acts: two modes, two happenings
    crowd_done: frozenset[EventType] = frozenset()  # done by crowds: with no doer told, an unnamed crowd did it

    @property
    def voiced(self) -> frozenset[EventType]:
        """Statements each voice makes on its own ("the US and the EU condemned": two statements)."""
        return self.statement - self.joint


@dataclass(frozen=True)
class Document:
    """One input text with its publication date; offsets elsewhere index into `text`."""

    id: str
    published: date
    text: str
    source: str = ""


@dataclass(frozen=True)
class Post:
    """An embedded social-media post: `TEXT — NAME (@handle) Month D, YYYY` plus its links."""

    author: str
    handle: str
    date: date | None
    text: str
    links: tuple[str, ...]
    start: int  # whole post (text, signature and trailing links) in the document
    end: int
    text_start: int
    text_end: int


@dataclass(frozen=True)
class Voice:
    """Who speaks in a span of the document: the author, a quoted speaker, or a post."""

    via: str  # "author" | "quote" | "post"
    start: int
    end: int
    speaker: Actor | None = None
    date: date | None = None  # the post's date, for relative dates inside posts


@dataclass(frozen=True)
class Actor:
    """A resolved participant: canonical name, the mentions it was found under, country and kind."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    kind: str | None = None
    id: str | None = None

    def to_record(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "country": self.country,
                "kind": self.kind, "id": self.id}


@dataclass(frozen=True)
class Quote:
    """Reported speech: the quoted words, who said them and through which channel."""

    text: str
    start: int
    end: int
    speaker: Actor | None
    via: str  # "quote" | "post"
    sentence: str = ""


@dataclass(frozen=True)
class Event:
    """One political event coded in PLOVER, with its arguments and every mention that supports it. Frozen:
    a later telling makes a new version (`dataclasses.replace`), never changes this one."""

    event_type: EventType
    mode: str | None
    source: Actor | None
    target: Actor | None
    date: date | None
    evidence: str
    start: int
    end: int
    trigger: str
    rule: str
    via: str = "author"
    speaker: Actor | None = None
    date_end: date | None = None
    country: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    killed: int | None = None
    wounded: int | None = None
    approx: bool = False  # killed/wounded are bounds or estimates ("at least 25", "more than 50")
    date_explicit: bool = False
    mentions: tuple[tuple[int, int], ...] = ()
    id: int = 0  # its order among the document's candidates, from 1


@dataclass
class DocumentResult:
    """Everything extracted from one document."""

    document: Document
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    error: str | None = None
