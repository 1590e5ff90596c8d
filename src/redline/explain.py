"""`redline explain`: why each event of a document was coded, and why each other candidate was not.

An `Explanation` is a document's result with the trace its extraction collected (extract/trace.py). It is
rendered as a rich tree per sentence (plain text when the output is no terminal) or as JSON for tools.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Group
from rich.markup import escape
from rich.tree import Tree
from spacy.tokens import Span, Token

from .config import Config
from .extract.diagnose import shown
from .extract.trace import Reason, SentenceTrace, Step, Trace
from .knowledge import read_lexicon
from .model import DocumentResult, Event
from .output import event_record


@dataclass
class Explanation:
    """One document's result and the trace of its extraction."""

    result: DocumentResult
    trace: Trace

    def number(self, candidate: int) -> tuple[int | None, Reason | None]:
        """The output event (1-based, in output order) a candidate id ended in, and why it is another one's
        (merged, or a toll folded into it); (None, None) when it is in no output event."""
        final = {e.id: n for n, e in enumerate(self.result.events, 1)}
        folds = {cid: (into, reason) for cid, into, reason in self.trace.merges}
        first, seen = None, set()
        while candidate not in final and candidate in folds and candidate not in seen:
            seen.add(candidate)
            candidate, reason = folds[candidate]
            first = first or reason
        return final.get(candidate), first


def tracer(config: Config) -> Trace:
    """A trace that tells which lexicon file each entry comes from and keeps each sentence's parse in brief."""
    hand = {e["lemma"] for e in read_lexicon(config.lexicon, config.plover, config.agents).get("verbs") or ()}
    hand_file = Path(config.lexicon).name
    base_file = Path(config.lexicon_base).name if config.lexicon_base else hand_file

    def origin(entry: dict, tok: Token) -> str:
        return base_file if tok.pos_ == "VERB" and entry["lemma"] not in hand else hand_file

    return Trace(brief=brief, origin=origin)


def brief(sent: Span) -> str:
    """The parse in brief: the main verb with its dependents, and the named entities."""
    root = sent.root
    parts = ", ".join(f"{c.dep_} '{c.text}'" for c in root.children if c.dep_ != "punct")
    ents = "; ".join(f"{e.text} {e.label_}" for e in sent.ents)
    return f"root '{root.text}' ({root.pos_}): {parts}" + (f" · entities: {ents}" if ents else "")


def words(sentence: SentenceTrace) -> Iterator[list[Step]]:
    """The steps of a sentence grouped by the word they are about, in the order of the text."""
    groups: dict[int, list[Step]] = {}
    for step in sentence.steps:
        groups.setdefault(step.word.i, []).append(step)
    for i in sorted(groups):
        yield groups[i]


def entry_text(entry: dict, matched: dict[str, list[str]]) -> str:
    """The lexicon entry in brief: long word lists cut, and the words the sentence matched of each."""
    parts = []
    for key, value in entry.items():
        text = shown(value)
        if matched.get(key):
            text += f" (matched: {', '.join(matched[key])})"
        parts.append(f"{key}: {text}")
    return "{" + ", ".join(parts) + "}"


def event_line(n: int, ev: Event) -> str:
    mode = f"/{ev.mode}" if ev.mode else ""
    who = f"{ev.source.name if ev.source else '—'} → {ev.target.name if ev.target else '—'}"
    facts = [f"{k} {v}" for k, v in (("date", ev.date), ("place", ev.place), ("killed", ev.killed),
                                     ("wounded", ev.wounded)) if v is not None]
    return f"event {n}: {ev.event_type.value}{mode} {who}" + (f" ({', '.join(facts)})" if facts else "")


def step_line(explanation: Explanation, step: Step) -> str | None:
    """One line of a word's branch (the candidate line itself is its label)."""
    d = step.detail
    if step.kind == "argument":
        arg = f"'{d['arg']}'" if d["arg"] is not None else "none"
        return f"{d['role']} words: {arg} — {d['rule']}"
    if step.kind == "actor":
        return f"{d['role']}: {d['name'] or 'no actor'} — {d['rule']}"
    if step.kind == "dropped":
        why = f": {d['why']}" if d["why"] else ""
        return f"[red]dropped[/red] — {d['reason'].value}{escape(why)}"
    if step.kind == "coded":
        n, reason = explanation.number(d["event"])
        if n is None:
            return f"candidate {d['event']} left out of the output"
        if reason is not None:
            return f"[yellow]{reason.value} {n}[/yellow] (candidate {d['event']}: {d['type']} {d['source']} → " \
                   f"{d['target']})"
        return f"[green]coded as {escape(event_line(n, explanation.result.events[n - 1]))}[/green] — rule {d['rule']}"
    return None


def word_label(steps: list[Step]) -> str:
    """A word's label: the entry that fired (a candidate) or only the word (a lexicon word not taken)."""
    word = steps[0].word
    cand = next((s for s in steps if s.kind == "candidate"), None)
    if cand is None:
        return f"[dim]·[/dim] '{escape(word.text)}' @{word.start} — lexicon word, no candidate"
    d = cand.detail
    return (f"[bold]'{escape(word.text)}'[/bold] @{word.start} ({d['pos']}, {d['dep']} of '{escape(d['head'])}') "
            f"— {d['rule']} from {d['origin']}: {escape(entry_text(d['entry'], d['matched']))}")


def sentence_tree(explanation: Explanation, n: int, sentence: SentenceTrace) -> Tree:
    tree = Tree(f"[bold]sentence {n}[/bold] [{sentence.start}–{sentence.end}]: {escape(sentence.text)}")
    tree.add(f"[dim]parse: {escape(sentence.parse)}[/dim]")
    for steps in words(sentence):
        branch = tree.add(word_label(steps))
        for step in steps:
            line = step_line(explanation, step)
            if line is not None:
                branch.add(line if step.kind in ("dropped", "coded") else escape(line))
    if not sentence.steps:
        tree.add("[dim]no lexicon word[/dim]")
    return tree


def render(explanation: Explanation) -> Group:
    """The explanation as rich renderables: one tree per sentence, then the events coded."""
    doc = explanation.result.document
    parts: list = [f"[bold]{escape(doc.id)}[/bold], published {doc.published}"]
    parts += [sentence_tree(explanation, n, s) for n, s in enumerate(explanation.trace.sentences, 1)]
    events = explanation.result.events
    parts.append(f"[bold]{len(events)} event(s) coded[/bold]")
    parts += [escape(event_line(n, ev)) for n, ev in enumerate(events, 1)]
    return Group(*parts)


def to_json(explanation: Explanation) -> str:
    """The explanation as one JSON object: the events (output records) and the sentences with their steps."""
    doc = explanation.result.document
    sentences = [{**asdict(s), "steps": [{"kind": st.kind, "word": asdict(st.word), **json_detail(explanation, st)}
                                         for st in s.steps]} for s in explanation.trace.sentences]
    return json.dumps({
        "doc_id": doc.id, "published": doc.published.isoformat(),
        "events": [event_record(doc.id, e) for e in explanation.result.events],
        "sentences": sentences,
        "merges": [{"candidate": c, "into": i, "reason": r.value} for c, i, r in explanation.trace.merges],
    }, ensure_ascii=False, default=str)


def json_detail(explanation: Explanation, step: Step) -> dict:
    detail = dict(step.detail)
    if step.kind == "coded":
        n, reason = explanation.number(detail["event"])
        detail.update(output_event=n, folded=reason.value if reason else None)
    return detail

