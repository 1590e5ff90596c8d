"""Response cues found in a sentence: the knowledge of `data/responses.yaml` compiled once (per config), the
cues of a sentence with the words after a forward cue that name the answered act, and what those words
name (PLOVER types, weekdays, months)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..config import Config
from ..knowledge import read_dates, read_incidents, read_responses
from ..knowledge.corpus_schemas import Responses
from .compare import WORD, span

WORD_GAPS = re.compile(r"[^\w'’.-]+")  # what separates words (a name is compared word by word)
CLAUSE_END = re.compile(r"[;:.!?,]|\s[—–]\s")
POSSESSOR = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\b")  # "Britain's", "the White House's"
NEAR = 3  # words on either side of a cue in which an irrealis word makes the answer hypothetical


@dataclass(frozen=True)
class Cue:
    """A cue in a sentence: forward or backward, its span, the end of the words naming the answered act
    (forward), whether it is a cue of force, and the possessor of a noun cue ("Tehran" of "Tehran's reply")."""

    forward: bool
    start: int
    end: int
    phrase_end: int
    hostile: bool = False
    possessed: bool = False
    possessor: str | None = None


@dataclass(frozen=True)
class Reading:
    """What the cue knowledge compiles to."""

    forward: re.Pattern
    backward: re.Pattern
    acts: dict[str, frozenset[str]]
    hostile: frozenset[str]
    hostile_acts: frozenset[str]
    hostile_answers: frozenset[str]
    manner: frozenset[str]
    irrealis: frozenset[str]
    possessives: frozenset[str]
    answers: dict[str, tuple[str, ...]]  # answer type → the types it answers, likeliest first
    background: frozenset[str]
    unspecific: frozenset[str]
    calendar: dict[str, int]      # weekday → 0..6 (Monday 0), month → 101..112
    phrase_words: int
    window_days: int
    infer_days: int
    infer_confidence: float
    stop: frozenset[str]
    organs: frozenset[str] = frozenset()  # kinds of actor a state acts through (incidents.yaml)


def _alternatives(phrases: Sequence[str]) -> str:
    """A regex of the phrases, longest first; words apart by spaces and quotation marks ('pay dearly" for')."""
    gap = r"[\"“”]?\s+[\"“”]?"
    return "|".join(re.escape(p).replace(r"\ ", gap) for p in sorted(phrases, key=len, reverse=True))


def reading(cues: Responses | None = None, config: Config | None = None) -> Reading:
    """The cue knowledge of `cues` (default: the shipped responses.yaml, compiled once per config) compiled
    for matching."""
    config = config or Config()
    return compiled(cues, config) if cues else shipped_reading(config)


@cache
def shipped_reading(config: Config) -> Reading:
    """The cue knowledge of the responses file `config` names (linking reads it for every document)."""
    return compiled(read_responses(config.responses), config)


def compiled(cues: Responses, config: Config) -> Reading:
    """The cue knowledge of `cues`, with the words of dates and incidents `config` names."""
    dates, incidents = read_dates(config.dates), read_incidents(config.incidents)
    calendar = {w: n for n, w in enumerate(dates.weekdays)} | {m: 101 + n for n, m in enumerate(dates.months)}
    possessive = rf"(?P<owner>\w+)['’]s\s+(?:{_alternatives(cues.answer_nouns)})"
    return Reading(
        forward=re.compile(rf"(?<!\w)(?:{_alternatives(cues.forward)})(?!\w)", re.IGNORECASE),
        backward=re.compile(rf"(?<!\w)(?:{_alternatives(cues.backward)})(?!\w)|{possessive}(?!\w)", re.IGNORECASE),
        acts={kind: frozenset(ws) for kind, ws in cues.acts.items()}, hostile=frozenset(cues.hostile_cues),
        hostile_acts=frozenset(cues.hostile_acts), hostile_answers=frozenset(cues.hostile_answers),
        manner=frozenset(cues.manner),
        irrealis=frozenset(cues.irrealis), possessives=frozenset(cues.possessives), calendar=calendar,
        answers={kind: tuple(answered) for kind, answered in cues.answers.items()},
        background=frozenset(cues.background), unspecific=frozenset(cues.unspecific),
        phrase_words=cues.phrase_words, window_days=cues.window_days, infer_days=cues.infer_days,
        infer_confidence=cues.infer_confidence,
        stop=frozenset(incidents.stop_words), organs=frozenset(incidents.organs))


def _phrase_end(text: str, end: int, read: Reading) -> int:
    """Where the words naming the answered act end: at most `phrase_words` words, never past a clause's end
    or a comma, nor into the words of manner ("answered the vote with asset freezes")."""
    stop = CLAUSE_END.search(text, end)
    bound = stop.start() if stop else len(text)
    tokens = list(WORD.finditer(text, end, bound))[:read.phrase_words]
    for token in tokens:
        if token.group().casefold() in read.manner:
            return token.start()
    return tokens[-1].end() if tokens else end


def _cue(m: re.Match, text: str, forward: bool, read: Reading) -> Cue | None:
    """The cue of a match; None when a word near it makes the answer hypothetical or future and the cue's
    own words name no act ("will be answered"; but "vowed it will retaliate for the raid" names one), or when
    a forward cue's words name any act to come ("pay dearly for any attack")."""
    before = [w.casefold() for w in WORD.findall(text[:m.start()])]
    after = [w.casefold() for w in WORD.findall(text[m.end():])]
    owner = m.groupdict().get("owner")
    forward = forward or bool(owner and after[:1] == ["to"])  # "Tehran's answer to the raid" names what it answers
    end = _phrase_end(text, m.end(), read) if forward else m.end()
    if read.irrealis & {*before[-NEAR:], *after[:NEAR]} and not named(text[m.end():end], read)[0]:
        return None
    if forward and after[:1] and after[0] in read.unspecific:
        return None
    phrase = " ".join(m.group().casefold().split())
    return Cue(forward, m.start(), m.end(), end, hostile=phrase in read.hostile,
               possessed=bool(before[-1:]) and before[-1] in read.possessives, possessor=owner)


def find_cues(text: str, read: Reading) -> list[Cue]:
    """The cues of a sentence, longer ones first where two overlap."""
    found = [(m, forward) for forward, pattern in ((True, read.forward), (False, read.backward))
             for m in pattern.finditer(text)]
    found.sort(key=lambda f: (f[0].start(), -(f[0].end() - f[0].start())))
    out: list[Cue] = []
    last_end = -1
    for m, forward in found:
        if m.start() >= last_end:
            last_end = m.end()
            cue = _cue(m, text, forward, read)
            if cue is not None:
                out.append(cue)
    return out


def named(text: str, read: Reading) -> tuple[set[str], set[int]]:
    """The PLOVER types an answered act's words name, and the weekdays (0-6) or months (101-112) they name."""
    tokens = {re.sub(r"['’]s$", "", w.casefold()) for w in WORD.findall(text)}
    types = {kind for kind, ws in read.acts.items() if tokens & ws}
    return types, {read.calendar[w] for w in tokens if w in read.calendar}


def on_named_day(ev: dict, days: set[int]) -> bool:
    """Whether an event falls on every weekday and month the cue's words name (True when none named)."""
    first = span(ev)
    if not days:
        return True
    if first is None:
        return False
    return all((d == first[0].weekday()) if d < 100 else (d - 100 == first[0].month) for d in days)
