"""The shapes the API answers with (pydantic), as the `Redline` read methods return them: records as
`redline export` writes them, pages `{total, limit, offset, items}`, and one error shape for every
failure. Text from the documents is string data here, never markup."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")
Value = int | float | str


class ErrorBody(BaseModel):
    code: str = Field(description="An error code: Ennn from redline's catalogue, or not_found, invalid, "
                                  "method_not_allowed, internal")
    message: str


class ErrorResponse(BaseModel):
    """Every error: 404 (no such item or route), 405, 422 (a bad parameter), 503 (the store cannot be read)."""

    error: ErrorBody


class Page(BaseModel, Generic[T]):
    total: int = Field(description="How many items match (all pages)")
    limit: int
    offset: int
    items: list[T]


class Actor(BaseModel):
    name: str
    aliases: list[str] = []
    country: str | None = None
    kind: str | None = None
    id: str | None = None


class ResponseLink(BaseModel):
    incident: str = Field(description="The incident answered (in an event's responds_to, an incident's "
                                      "answers) or answering (answered_by)")
    link: str = Field(description="stated or inferred")
    confidence: float


class Event(BaseModel):
    """An event record as `redline export` writes it, with the day it is sorted by (its date, else its
    document's publication date)."""

    kind: str = "event"
    key: str
    doc_id: str
    event_type: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    date: str | None
    date_end: str | None
    day: str | None = None
    country: str | None
    place: str | None
    lat: float | None
    lon: float | None
    killed: int | None
    wounded: int | None
    approx: bool
    evidence: str
    via: str
    speaker: Actor | None
    start: int
    end: int
    mentions: list[list[int]]
    trigger: str | None
    rule: str | None
    incident: str | None
    responds_to: list[ResponseLink]


class Disagreement(BaseModel):
    value: Value = Field(description="What these documents say (an actor by its id, else its name)")
    docs: list[str]
    approx: bool = False


class IncidentSummary(BaseModel):
    """An incident's canonical values (what most of its reports say) and where its reports disagree."""

    incident: str
    event_type: str | None
    source: Actor | None
    target: Actor | None
    mode: str | None
    date: str | None
    date_end: str | None
    country: str | None
    place: str | None
    killed: int | None
    wounded: int | None
    disagreements: dict[str, list[Disagreement]]
    documents: list[str]
    confidence: float


class IncidentItem(IncidentSummary):
    reports: int = Field(description="How many events report it")
    first: str = Field(description="The first day of its reports")
    last: str


class Incident(IncidentSummary):
    reports: list[Event]
    answers: list[ResponseLink] = Field(description="The incidents this one answered")
    answered_by: list[ResponseLink] = Field(description="The incidents that answered this one")


class ChainNode(BaseModel):
    """An incident in a response chain, with what it answered and what answered it, recursively."""

    incident: str
    event_type: str | None
    date: str | None
    date_end: str | None
    source: Actor | None
    target: Actor | None
    place: str | None
    killed: int | None
    documents: list[str]
    reports: int
    evidence: str | None
    doc_id: str | None
    link: str | None = Field(None, description="How it is linked to its parent: stated or inferred")
    confidence: float | None = None
    answers: list[ChainNode] = []
    answered_by: list[ChainNode] = []


class TimelineEvent(BaseModel):
    date: str
    direction: str = Field(description="a->b or b->a")
    event_type: str | None
    mode: str | None
    source: str | None
    target: str | None
    incident: str | None
    weight: float = Field(description="Intensity weight: -10 most hostile, +10 most cooperative")
    doc_id: str | None
    key: str | None
    evidence: str | None


class Day(BaseModel):
    date: str
    a_to_b: float
    b_to_a: float
    intensity: float
    events: int
    incidents: int


class Timeline(BaseModel):
    a: str
    b: str
    events: list[TimelineEvent]
    days: list[Day]


class ActorItem(BaseModel):
    key: str = Field(description="Its canonical id, else `name|country`: what /api/actors/{key} takes")
    id: str | None
    name: str
    country: str | None
    kind: str | None


class Roles(BaseModel):
    source: int = Field(description="Events it did")
    target: int = Field(description="Events done to it")
    speaker: int = Field(description="Quotes it said")


class Affiliations(BaseModel):
    country: str | None
    kind: str | None


class ActorDetail(ActorItem):
    aliases: list[str] = Field(description="Every name it was mentioned by")
    roles: Roles
    affiliations: Affiliations


class DocumentItem(BaseModel):
    id: str
    published: str
    source: str
    ingested_at: str
    length: int = Field(description="Characters of text")
    events: int = 0
    quotes: int = 0
    posts: int = 0


class Span(BaseModel):
    """Where an event's evidence lies in its document's text."""

    key: str
    event_type: str
    mode: str | None
    start: int
    end: int
    via: str
    incident: str | None


class Quote(BaseModel):
    kind: str = "quote"
    doc_id: str
    speaker: Actor | None
    text: str
    via: str
    start: int
    end: int
    sentence: str


class Post(BaseModel):
    kind: str = "post"
    doc_id: str
    author: str
    handle: str
    date: str | None
    text: str
    links: list[str]
    start: int
    end: int


class Document(BaseModel):
    id: str
    published: str
    source: str
    ingested_at: str
    length: int
    text: str
    events: list[Span]
    quotes: list[Quote]
    posts: list[Post]
