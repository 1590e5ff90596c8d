"""Lead cues: a sentence that says an answer came and tells no act of its own ("Tehran's reply came on
Sunday.", "Washington answered in two registers.", "A response to this from Senator Vale:"). The answer
is told in the sentences after it, in its paragraph (or in the next one, when the sentence ends with a
colon that opens a quotation or a post), by the answerer it names: the possessor of "X's reply", the
subject before "X answered", the name after "from" (a cue that names no known actor is passed over). Each
later sentence gives its first-told act by that answerer; the first sentence with acts may give one by an
actor left unresolved ("a spokesman said"). A later sentence with a cue of its own answers by that cue,
and none after it is read. When no act after it answers, its words may name one told before ("called
Friday's move Tehran's answer to ..."). Needs the document's text: sentences that tell no act hold no
event record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .compare import LOOSE, WORD, norm, position, relation, span, trigger_at
from .cues import Cue, Reading, find_cues

SENTENCE = re.compile(r"[^\s][^\n]*?(?:[.!?:][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|$)", re.MULTILINE)
FROM = re.compile(r"\bfrom\s+((?:[A-Z][\w'’.-]*\s*){1,4})")
SUBJECT_WORDS = 4  # words before a verb cue in which its subject is named ("The Kremlin answered")


@dataclass(frozen=True)
class Lead:
    """A lead cue: its sentence (text and offset), the cue in it, and the events (indices) told as answers."""

    text: str
    start: int
    cue: Cue
    answers: tuple[int, ...]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the document's sentences, roughly: ends at a stop before a capital, or a line's end."""
    return [(m.start(), m.end()) for m in SENTENCE.finditer(text) if m.group().strip()]


def answerer(sentence: str, cue: Cue, names: Mapping[str, dict]) -> dict | None:
    """The actor a lead cue names as answering: the possessor of "X's reply", the words before a verb cue, or
    the name after "from"; None when none is a name of one known actor."""
    said = [cue.possessor] if cue.possessor else []
    before = WORD.findall(sentence[:cue.start])[-SUBJECT_WORDS:]
    said += [" ".join(before[n:]) for n in range(len(before))]
    said += [m.group(1).strip() for m in FROM.finditer(sentence, cue.end)]
    return next((names[norm(name)] for name in said if name and norm(name) in names), None)


def _region(text: str, end: int) -> int:
    """Where the sentences that may tell a lead cue's answer end: the paragraph's end, or the next paragraph's
    when the sentence ends with a colon."""
    stop = text.find("\n\n", end)
    if text[:end].rstrip().endswith(":") and stop >= 0:
        stop = text.find("\n\n", stop + 2)
    return len(text) if stop < 0 else stop


def _by_sentence(doc: Sequence[dict], start: int, stop: int) -> list[list[int]]:
    """The indices of the events told from `start` to `stop`, by sentence (events of one evidence text)."""
    groups: dict[int, list[int]] = {}
    for i, ev in enumerate(doc):
        at = ev.get("start")
        if at is not None and start <= at < stop:
            groups.setdefault(at, []).append(i)
    return [groups[at] for at in sorted(groups)]


def _answers(doc: Sequence[dict], groups: list[list[int]], who: dict, read: Reading) -> list[int]:
    """Per later sentence, its first-told act by the answerer (or by anyone unresolved, in the first one),
    up to and not past a sentence with its own cue."""
    out: list[int] = []
    for n, members in enumerate(groups):
        if find_cues(doc[members[0]].get("evidence") or "", read):
            break
        for i in sorted(members, key=lambda i: trigger_at(doc[i])):
            source = doc[i].get("source") or {}
            unresolved = not source.get("id") and not source.get("country")
            if relation(source, who) >= LOOSE or (n == 0 and unresolved):
                out.append(i)
                break
    return out


def _told_answer(sentence: str, start: int, cue: Cue, doc: Sequence[dict], who: dict, read: Reading) -> list[int]:
    """When no act after a lead cue answers, the act told before it that its words name as the answer ("called
    Friday's move Tehran's answer to ..."): the last one by the answerer on a weekday named before the cue."""
    days = {read.calendar[w] for w in (re.sub(r"['’]s$", "", t.casefold()) for t in WORD.findall(sentence[:cue.start]))
            if w in read.calendar and read.calendar[w] < 7}
    if not days:
        return []
    told = [i for i, ev in enumerate(doc) if (ev.get("start") or 0) < start and (first := span(ev)) is not None
            and first[0].weekday() in days and relation(ev.get("source"), who) >= LOOSE]
    return [max(told, key=lambda i: position(doc[i]))] if told else []


def lead_cues(text: str, doc: Sequence[dict], read: Reading, names: Mapping[str, dict]) -> list[Lead]:
    """The lead cues of a document and the answers told after each (or, failing those, before it)."""
    spans = [(ev.get("start"), ev.get("end")) for ev in doc if ev.get("start") is not None]
    out = []
    for start, end in sentences(text):
        if any(s < end and (e or s) > start for s, e in spans):
            continue
        sentence = text[start:end]
        for cue in find_cues(sentence, read):
            who = answerer(sentence, cue, names)
            if who is None:  # "officials were slow in response": no answerer named, no answer to look for
                continue
            answers = (_answers(doc, _by_sentence(doc, end, _region(text, end)), who, read)
                       or _told_answer(sentence, start, cue, doc, who, read))
            if answers:
                out.append(Lead(sentence, start, cue, tuple(answers)))
    return out
