"""Why each event was coded or not: a collector the extraction stages report their decisions to.

`DocumentExtractor.extract(document, doc, trace=Trace())` records, sentence by sentence, every candidate
trigger with the lexicon entry that fired, the arguments read for it, the candidates dropped (with a `Reason`),
the events coded and the events merged. The default `NO_TRACE` records nothing, so a normal run pays only a
no-op call per decision. Records are plain data (text, offsets), never spaCy objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from spacy.tokens import Span, Token

from ..model import Event


class Reason(str, Enum):
    """Why a candidate gave no event of its own, in the field's terms."""

    QUESTION = "question"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"  # a modal or a condition: "could strike", "if they attack"
    PLAN = "plan"  # a plan, wish, attempt or possibility: "planned to strike", "a possible attack"
    THREATENED = "inside a threat"  # "warned that the army would respond": the warning is the event
    ACCIDENT = "accident"  # "crashed, killing all 176"
    CHARGED = "the act of a charge"  # "accusing Kigali of backing the rebels": the accusation is the event
    PROTEST_AIM = "a protest's demand"  # "marched to demand reforms": the protest is the event
    STANDING = "a standing state"  # "the leader whom 50 countries recognise": what is so, told in passing
    HISTORY = "history told in passing"  # "five years after crowds burned its embassy": long before the story
    JOURNEY = "a journey for another act"  # "came to the chamber to urge deputies": the demand is the event
    NO_EVENT = "no-event pattern"  # a context the lexicon (CAMEO's [---]) codes as no event
    CONDITIONS = "entry conditions not met"  # a lexicon word whose entries' conditions on the parse fail
    NOT_A_TRIGGER = "not a trigger here"  # a lexicon noun in a use that is no event (compound, undone ...)
    NO_ACTOR = "no actor"  # the arguments name no actor
    NOT_AN_ACTOR = "a thing, not an actor"  # "blamed a technical problem"
    OWN_ACT = "own side's act named"  # "called the barrage a slap in the face" of its own state
    FUTURE = "not yet happened"  # dated after the reference date
    TOLL = "toll of event"  # a doer-less toll folded into the act it counts
    MERGED = "merged into event"  # another telling of the same happening


@dataclass(frozen=True)
class Word:
    """A token of the text: its words, its index in the document and its character offset."""

    text: str
    i: int
    start: int

    @staticmethod
    def of(tok: Token) -> Word:
        return Word(tok.text, tok.i, tok.idx)


@dataclass(frozen=True)
class Step:
    """One decision about a trigger word: `kind` is candidate, argument, dropped or coded."""

    kind: str
    word: Word
    detail: dict


@dataclass
class SentenceTrace:
    """What was decided in one sentence, in order."""

    text: str
    start: int
    end: int
    parse: str
    steps: list[Step] = field(default_factory=list)


class Trace:
    """Collects the decisions of one document's extraction (see the module docstring)."""

    active = True

    def __init__(self, brief: Callable[[Span], str] | None = None,
                 origin: Callable[[dict, Token], str] | None = None) -> None:
        self.sentences: list[SentenceTrace] = []
        self.merges: list[tuple[int, int, Reason]] = []  # (event id, id it went into, why)
        self.brief = brief or (lambda sent: "")
        self.origin = origin or (lambda entry, tok: "lexicon")

    def sentence(self, sent: Span) -> None:
        """A new sentence begins: later steps belong to it."""
        self.sentences.append(SentenceTrace(sent.text.strip(), sent.start_char, sent.end_char, self.brief(sent)))

    def step(self, kind: str, tok: Token, **detail: object) -> None:
        if self.sentences:
            self.sentences[-1].steps.append(Step(kind, Word.of(tok), detail))

    def candidate(self, tok: Token, entry: dict, rule: str, matched: dict[str, list[str]] | None = None) -> None:
        """A word the lexicon matched, with the entry whose conditions held (and, for each condition that lists
        words, the words of the clause it found)."""
        self.step("candidate", tok, entry=dict(entry), rule=rule, origin=self.origin(entry, tok),
                  pos=tok.pos_, dep=tok.dep_, head=tok.head.text, matched=matched or {})

    def argument(self, tok: Token, role: str, arg: Token | None, rule: str) -> None:
        """The token read as a candidate's source or target, and how it was chosen."""
        self.step("argument", tok, role=role, arg=arg.text if arg is not None else None, rule=rule)

    def actor(self, tok: Token, role: str, name: str | None, rule: str) -> None:
        """The actor a role resolved to, then each change of it by the assembly, with the rule that made it
        (a rule that leaves the actor as it was is not recorded)."""
        steps = self.sentences[-1].steps if self.sentences else []
        last = next((s for s in reversed(steps) if s.kind == "actor" and s.word.i == tok.i
                     and s.detail["role"] == role), None)
        if last is None or last.detail["name"] != name:
            self.step("actor", tok, role=role, name=name, rule=rule)

    def dropped(self, tok: Token, reason: Reason, detail: str = "") -> None:
        """A candidate (or a lexicon word) that gave no event, and why."""
        self.step("dropped", tok, reason=reason, why=detail)

    def coded(self, tok: Token, event: Event) -> None:
        """A candidate that became this event (its id among the document's candidates)."""
        self.step("coded", tok, event=event.id, type=event.event_type.value, mode=event.mode, rule=event.rule,
                  source=event.source.name if event.source else None,
                  target=event.target.name if event.target else None)

    def merged(self, event_id: int, into: int, reason: Reason = Reason.MERGED) -> None:
        """An event folded into another one (a second telling, or a toll of an act)."""
        self.merges.append((event_id, into, reason))


class NoTrace(Trace):
    """Records nothing: the default of a normal extraction (each hook is one no-op call)."""

    active = False

    def __init__(self) -> None:
        super().__init__()

    def sentence(self, sent: Span) -> None:
        return None

    def candidate(self, tok: Token, entry: dict, rule: str, matched: dict[str, list[str]] | None = None) -> None:
        return None

    def argument(self, tok: Token, role: str, arg: Token | None, rule: str) -> None:
        return None

    def actor(self, tok: Token, role: str, name: str | None, rule: str) -> None:
        return None

    def dropped(self, tok: Token, reason: Reason, detail: str = "") -> None:
        return None

    def coded(self, tok: Token, event: Event) -> None:
        return None

    def merged(self, event_id: int, into: int, reason: Reason = Reason.MERGED) -> None:
        return None


NO_TRACE = NoTrace()
