"""What a document has told so far: the one object later sentences read.

Events are frozen. A later sentence may add what an earlier act lacked (its toll told in a sentence of its
own, the doer named by "held responsible for it"): that is an amendment, kept in `amendments` and applied by
making a new version of the event under the same id; the earlier record is never changed in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Event
from .dates import DateMention
from .merge import figures
from .places import Place
from .trace import NO_TRACE, Reason, Trace

# How many events back a later sentence looks for the act it refers to ("the strikes", "the killers", "struck
# back"): a news story names again what it told in its last few hundred events, and a bound keeps a long
# document linear in its length. No document of the development set comes near it.
LOOKBACK = 200


@dataclass
class DocState:
    """The events told so far (latest version of each) and the scene the text has set."""

    story: Place | None = None  # the dateline's or the first paragraph's country
    events: list[Event] = field(default_factory=list)
    amendments: list[tuple[int, dict]] = field(default_factory=list)  # (event id, changed fields), in order
    named: list[DateMention] = field(default_factory=list)  # every day the author's text has named so far
    lede: DateMention | None = None  # the story's day: the day of the first dated sentence's main verb
    paragraph: DateMention | None = None  # the last day named in this paragraph
    previous: DateMention | None = None  # the day of the last paragraph that named one
    scene: Place | None = None  # the last place an act in this paragraph happened
    site: Place | None = None  # the last named place of an act of violence, in any paragraph ("the site")
    stage: Place | None = None  # where this paragraph's speakers are: "In Tehran, ..."
    attack: int | None = None  # id of the paragraph's last act of violence, for a toll told after it
    # (day, mode, killed, wounded) of an act of violence told with no doer, for its retelling with one
    untold: tuple | None = None
    # the day of each act of violence told with no actor, by its noun ("Thursday's bombing at Abbey Gate"), for
    # the act named again with that noun ("That bombing killed 13")
    unnamed: dict[str, DateMention] = field(default_factory=dict)
    opened: int = 0  # where this paragraph starts (character offset)
    count: int = 0  # ids given so far
    trace: Trace = NO_TRACE  # told why each event was coded, folded or dropped

    def new_paragraph(self, start: int) -> None:
        """A paragraph break: its scene, stage, day and last act are forgotten (its day kept as the previous)."""
        self.previous = self.paragraph or self.previous
        self.paragraph = self.scene = self.stage = self.attack = None
        self.opened = start

    def add(self, event: Event) -> Event:
        """Keep a new event under the next id; returns it with its id."""
        self.count += 1
        event = replace(event, id=self.count)
        self.events.append(event)
        return event

    def get(self, event_id: int | None) -> Event | None:
        return next((e for e in reversed(self.events) if e.id == event_id), None) if event_id else None

    def amend(self, event_id: int, **changes: object) -> Event:
        """A later sentence adds to an earlier act: a new version of it under the same id."""
        at = next(i for i in range(len(self.events) - 1, -1, -1) if self.events[i].id == event_id)
        self.events[at] = replace(self.events[at], **changes)
        self.amendments.append((event_id, changes))
        return self.events[at]

    def fold_toll(self, act: Event, toll: Event) -> Event:
        """A doer-less toll of an act, told as a candidate of its own, folded into the act: its figures (by
        the rule merging uses), its victims when the act has none, its mentions. The toll is dropped."""
        self.drop(toll.id)
        self.trace.merged(toll.id, act.id, Reason.TOLL)
        return self.amend(act.id, **figures(act, toll), target=act.target or toll.target,
                          mentions=(*act.mentions, *(m for m in toll.mentions if m not in act.mentions)))

    def drop(self, event_id: int) -> None:
        """A candidate of the sentence being read that turned out to be another act's toll."""
        self.events = [e for e in self.events if e.id != event_id]

    def recent(self) -> list[Event]:
        """The last LOOKBACK events, oldest first: what a sentence may refer back to."""
        return self.events[-LOOKBACK:]

    def since_paragraph(self) -> list[Event]:
        return [e for e in self.events if e.start >= self.opened]

    def last_days_before(self, day: DateMention | None) -> DateMention | None:
        """The latest day named before `day`, for a past perfect ("had voiced")."""
        if day is None:
            return None
        return max((d for d in self.named if d.date < day.date), key=lambda d: d.date, default=None)
