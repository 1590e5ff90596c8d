"""Where and when a sentence stands: its reference date, its voice, the dates it names, and the places the
document has set (a wire's dateline, the story's country, the paragraph's scene and stage)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from ..grammar import text_of, tokens_in
from ..model import Actor, Document, Post
from ..parse import dateline_of
from ..voices import post_at
from .dates import DateMention, DateReader
from .places import Gazetteer, Place, place_named_in


@dataclass(frozen=True)
class Setting:
    """What holds for a whole sentence: its reference date, its voice and the dates it names."""

    sent: Span
    ref: date
    via: str
    speaker: Actor | None
    dates: list[DateMention]
    context: DateMention | None
    scene: Place | None = None
    stage: Place | None = None
    before: DateMention | None = None  # the last day named before the context's day, for the past perfect
    anaphoric: bool = False  # the sentence points back to a day just named ("the same day", "that evening")
    last: DateMention | None = None  # the day just named: the paragraph's, else the last the text named
    site: Place | None = None  # the last named place of an act of violence, for "the site", "the scene"

    @classmethod
    def of(cls, sent: Span, document: Document, posts: list[Post], context: DateMention | None,
           author_of: Callable[[Post], Actor], dates: DateReader, last: DateMention | None = None,
           main_day: Callable[[list[DateMention], Span], DateMention | None] | None = None) -> Setting:
        """The setting of one sentence; `main_day` finds the day of its main clause (event_dates.sentence_day,
        passed in so that this stage does not reach into that one), which "two days after" counts from."""
        post = post_at(posts, sent.start_char)
        ref = post.date if post is not None and post.date else document.published
        via, speaker = ("post", author_of(post)) if post is not None else ("author", None)
        text = text_of(sent)
        found = dates.find(text, ref, sent.start_char, last.date if last is not None else None)
        if main_day is not None and dates.counts_from_clause(found):
            # "struck on Thursday, two days after Iran struck": the clause counts from the main clause's day
            main = main_day([m for m in found if m.date_end is None], sent)
            if main is not None:
                found = dates.find(text, ref, sent.start_char, last.date if last is not None else None, main.date)
        return cls(sent, ref, via, speaker, found, context, anaphoric=dates.anaphoric.found_in(text),
                   last=last)


def dateline(text: str, gazetteer: Gazetteer, states: dict[str, str]) -> Place | None:
    """The country of a wire's dateline ("BAGHDAD — ..."), where its unplaced acts are taken to happen."""
    match = dateline_of(text)
    if match is None:
        return None
    place = gazetteer.lookup(match.group(1).title(), states)
    return Place(None, place.country) if place is not None else None


def lede_place(doc: Doc, posts: list[Post], gazetteer: Gazetteer, states: dict[str, str],
               speech: set[str]) -> Place | None:
    """With no dateline, the country the first paragraph's towns lie in ("Kabul fell faster than anyone in
    Washington had planned": Kabul first, as often named as Washington), or else of the first place named
    after in/at/near ("... before a huge crowd in Caracas"): where the story is, for acts the text does
    not place. A town that speaks ("Tehran condemned"), or whose mind someone reports ("Blinken said Washington
    was concerned"), is a state, not a place."""
    end = text_of(doc[:]).find("\n")
    lede = list(doc if end == -1 else tokens_in(doc, 0, end))  # the first paragraph
    if not lede or post_at(posts, lede[0].idx) is not None:
        return None
    towns = towns_named(doc, len(lede), gazetteer, states, speech)
    if towns:
        return Place(None, max(dict.fromkeys(towns), key=towns.count))  # (ties: the first named)
    place = place_named_in(lede, gazetteer, states, governed=True)
    if place is not None:
        return Place(None, place.country)
    # a lede that names no place ("It took Georgian Dream a single afternoon..."): the country whose towns the
    # whole text names most, if one is named at least twice and more than any other
    towns = towns_named(doc, len(doc), gazetteer, states, speech)
    ranked = Counter(towns).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return Place(None, ranked[0][0])
    return None


def towns_named(doc: Doc, end: int, gazetteer: Gazetteer, states: dict[str, str], speech: set[str]) -> list[str]:
    """The countries of the towns named before word `end`, once per naming, in order (not a town that speaks
    or whose mind is reported: that is its state)."""
    towns: list[str] = []
    for ent in (e for e in doc.ents if e.end <= end and e.label_ in ("GPE", "LOC", "FAC")):
        head = ent.root.head
        stative = head.lemma_ == "be" or any(c.dep_ in ("auxpass", "cop") for c in head.children)
        speaks = ent.root.dep_ in ("nsubj", "nsubjpass") and (head.lemma_.lower() in speech or (
            stative and head.dep_ == "ccomp" and head.head.lemma_.lower() in speech))
        place = None if speaks else gazetteer.lookup(ent.text, states)
        if place is not None and not place.is_country and place.country:
            towns.append(place.country)
    return towns
