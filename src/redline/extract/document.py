"""The library facade: documents in, events, quotes and posts out. The CLI (and later the API)
wraps `Extractor`; nothing here prints or exits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span

from ..knowledge import load_knowledge, words
from ..model import Actor, Document, DocumentResult, Event, Post, Quote
from ..parse import DATELINE, MODEL, Parser
from ..voices import find_posts, find_quote_spans, post_at
from .actors import ActorIndex, ActorResolver, fold
from .arguments import ArgumentFinder
from .candidate import STATEMENT_TYPES, Trigger
from .dates import DateMention, find_dates, pick_date
from .event_dates import perfect, when
from .lexicon import Lexicon
from .merge import agree, merge, take_figures
from .numbers import casualties
from .places import Gazetteer, Place, event_place, place_named_in, stage_of
from .reality import Reality
from .referents import ArgumentReader
from .speakers import SpeakerFinder
from .triggers import TriggerMatcher

SELF_MOVING = {"MOBILIZE", "RETREAT"}
OBJECT_REQUIRED = {"ACCUSE", "SUPPORT"}
VOICED = STATEMENT_TYPES - {"CONSULT", "AGREE"}  # said by each speaker, not done together
LOCAL_KINDS = {"protesters", "police", "civilians"}
ECHOES = words()["echoes"]
GATHERED_KINDS = {"protesters", "legislature"}  # bodies that meet in one place, in their own country


@dataclass(frozen=True)
class Config:
    """Settings for one extraction run; frozen so nothing changes them behind a caller's back."""

    model: str = MODEL
    actors_file: Path | None = None
    batch_size: int = 32


class Extractor:
    """Owns the parser and the knowledge; `run` streams documents through every stage."""

    def __init__(self, config: Config | None = None, parser: Parser | None = None) -> None:
        self.config = config or Config()
        self.knowledge = load_knowledge(self.config.actors_file)
        self.parser = parser or Parser(self.config.model, self.config.batch_size)
        lexicon = self.knowledge.lexicon
        self.resolver = ActorResolver(ActorIndex(self.knowledge.actors))
        self.lex = Lexicon(lexicon)
        self.matcher = TriggerMatcher(self.lex)
        self.reality = Reality(self.lex)
        self.finder = ArgumentFinder(self.lex)
        self.speakers = SpeakerFinder(self.resolver, lexicon.get("speech_verbs") or [])
        self.gazetteer = Gazetteer()
        self.instruments = {k.lower(): v for k, v in (lexicon.get("instruments") or {}).items()}
        self.arguments = ArgumentReader(lexicon, self.resolver, self.finder, self.gazetteer,
                                        self.speakers.speech, self.instruments)
        casualty = lexicon.get("casualty_verbs") or {}
        self.kill_verbs, self.wound_verbs = set(casualty.get("killed") or []), set(casualty.get("wounded") or [])

    def run(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Results in input order; a document that fails carries its error instead of stopping the run."""
        pairs = ((d.text, d) for d in documents)
        for parsed, document in self.parser.nlp.pipe(pairs, as_tuples=True, batch_size=self.config.batch_size):
            try:
                yield self.extract(document, parsed)
            except Exception as err:  # one bad document must not kill the batch
                yield DocumentResult(document=document, error=f"{type(err).__name__}: {err}")

    def extract(self, document: Document, doc: Doc) -> DocumentResult:
        posts = find_posts(document.text)
        quotes = self.speakers.quotes(doc, find_quote_spans(document.text), posts, document.published)
        quotes += [self.post_quote(p) for p in posts]
        quotes.sort(key=lambda q: q.start)
        events = self.events(document, doc, posts, quotes)
        # last, and only for output: organs of a state are named as their state (the rules above keep them
        # apart, so that "Iranian police detained an Iranian official" keeps both sides)
        state = self.resolver.index.as_state
        events = [replace(e, source=state(e.source), target=state(e.target)) for e in events]
        quotes = [replace(q, speaker=state(q.speaker)) for q in quotes]
        return DocumentResult(document=document, events=events, quotes=quotes, posts=posts)

    def dateline(self, text: str) -> Place | None:
        """The city of a wire's dateline ("BAGHDAD — ..."), where its unplaced acts are taken to happen."""
        match = DATELINE.match(text)
        if match is None:
            return None
        place = self.gazetteer.lookup(match.group(1).title(), self.resolver.index.state_codes)
        return Place(None, place.country) if place is not None else None

    def lede_place(self, doc: Doc, posts: list[Post]) -> Place | None:
        """With no dateline, the country the first paragraph's towns lie in ("Kabul fell faster than anyone in
        Washington had planned": Kabul first, as often named as Washington), or else of the first place named
        after in/at/near ("... before a huge crowd in Caracas"): where the story is, for acts the text does
        not place. A town that speaks ("Tehran condemned") is a state, not a place."""
        end = doc.text.find("\n")
        lede = [t for t in doc if end == -1 or t.idx < end]  # the first paragraph
        if not lede or post_at(posts, lede[0].idx) is not None:
            return None
        states = self.resolver.index.state_codes
        towns: list[str] = []
        for ent in (e for e in doc.ents if e.end <= len(lede) and e.label_ in ("GPE", "LOC", "FAC")):
            speaks = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lemma_.lower() in self.lex.speech
            place = None if speaks else self.gazetteer.lookup(ent.text, states)
            if place is not None and not place.is_country and place.country:
                towns.append(place.country)
        if towns:
            return Place(None, max(dict.fromkeys(towns), key=towns.count))  # (ties: the first named)
        place = place_named_in(lede, self.gazetteer, states, governed=True)
        return Place(None, place.country) if place is not None else None

    def post_author(self, post: Post) -> Actor:
        known = self.resolver.known(post.author, post.date) or self.resolver.known(post.handle, post.date)
        aliases = tuple(dict.fromkeys(a for a in (post.author, post.handle) if known is None or a != known.name))
        if known is not None:
            return Actor(known.name, aliases, known.country, known.kind, known.id)
        return Actor(post.author, (post.handle,), None, "person")

    def post_quote(self, post: Post) -> Quote:
        return Quote(text=post.text, start=post.text_start, end=post.text_end, speaker=self.post_author(post),
                     via="post", sentence=post.text)

    # -- events ------------------------------------------------------------------------------------
    def events(self, document: Document, doc: Doc, posts: list[Post], quotes: list[Quote]) -> list[Event]:
        found: list[Event] = []
        dateline = self.dateline(document.text) or self.lede_place(doc, posts)
        scene: Place | None = None  # the last place an act in this paragraph happened
        lede: DateMention | None = None  # the story's day: the day of the first dated sentence's main verb
        paragraph: DateMention | None = None  # the last day named in this paragraph
        stage: Place | None = None  # where this paragraph's speakers are: "In Tehran, ..."
        opened = 0  # where this paragraph starts
        named: list[DateMention] = []  # every day the author's text has named so far
        attack: Event | None = None  # the paragraph's last act of violence, for a toll told after it
        for sent in doc.sents:
            in_post = post_at(posts, sent.start_char)
            if sent.start == 0 or "\n" in doc.text[doc[sent.start - 1].idx:sent.start_char]:
                paragraph = scene = attack = stage = None
                opened = sent.start_char
            # a post is dated by its signature; the author's text falls back on the paragraph, then the lede
            context = None if in_post else paragraph or lede
            where = Setting.of(sent, document, posts, context, self.post_author)
            here, lasting = (None, False) if in_post else stage_of(sent, self.gazetteer,
                                                                    self.resolver.index.state_codes)
            stage = here if lasting else stage
            earlier_day = max((d for d in named if context is not None and d.date < context.date),
                              key=lambda d: d.date, default=None)
            where = replace(where, scene=None if in_post else scene or dateline, stage=here or stage,
                            before=earlier_day)
            before = len(found)
            voiced = in_post is not None or any(q.via == "quote" and q.start <= sent.root.idx < q.end
                                                for q in quotes)
            for trig in self.matcher.match(sent, voiced):
                if not self.reality.is_real(trig.token, trig.entry):
                    continue
                trig = self.finder.arguments(trig)
                # "The United States and the European Union condemned ...": each voice makes its own statement
                # (soldiers and police firing together commit one act)
                joint = trig.source.conjuncts if trig.source is not None and trig.event_type in VOICED \
                    and trig.source.head == trig.token else ()
                sides = [trig] + [replace(trig, source=c) for c in joint if c.i > trig.source.i and c != trig.target]
                # "China called on India and Pakistan": each is addressed
                if trig.target is not None and trig.event_type in VOICED and not joint:
                    sides += [replace(trig, target=c) for c in trig.target.conjuncts if c.i > trig.target.i]
                for side in sides:
                    event = self.event(side, where, quotes, found)
                    if event is None:
                        if trig.event_type == "ASSAULT" and not in_post:
                            # "Friday's barrage on the K-1 base": no actor named, but "killed there" is there
                            scene = event_place(trig.token, sent, self.gazetteer, self.resolver.index.state_codes,
                                                False, assault=True) or scene
                        continue
                    found.append(event)
                    self.charge_back(side, event, found)
                    if event.place and event.event_type not in STATEMENT_TYPES and not in_post:
                        scene = Place(event.place, event.country, event.lat, event.lon)
            if len(found) == before and not in_post:
                echo = self.echo(sent, where, [e for e in found if e.start >= opened])
                if echo is not None:
                    found.append(echo)
            made = [e for e in found[before:] if e.event_type == "ASSAULT"]
            victims = [e for e in made if attack is not None and not in_post and is_toll_of(e, attack)]
            for event in victims:
                # "The militia said twenty-five of its fighters were killed": the toll of the raid just told
                found.remove(event)
                take_toll(attack, event)
            if made and not victims:
                attack = made[-1]
            elif not made and not in_post:
                attack = self.add_toll(sent, attack or self.named_back(sent, found))
            days = [m for m in where.dates if m.date_end is None]
            if days and not in_post:
                named += days
                # the day of the sentence's main verb, not of a clause about something earlier: "imposed
                # sanctions on Friday, two days after missiles struck" goes on on Friday
                paragraph = pick_date(days, (sent.start_char, sent.end_char), sent.root.idx)
                # the story's day is the day of the first sentence's main verb: "A day after storming the
                # compound, the crowd went home this afternoon" happened today
                lede = lede or pick_date(days, (sent.start_char, sent.end_char), sent.root.idx)
        return merge(found)

    def echo(self, sent: Span, where: Setting, found: list[Event]) -> Event | None:
        """"Britain's Boris Johnson said much the same a few hours later": the paragraph's last statement, made
        again by a new voice on its own day."""
        verb = sent.root
        if verb.lemma_.lower() not in self.lex.speech or not any(
                t.lower_ in ECHOES and t.dep_ in ("dobj", "advmod", "oprd", "acomp") for t in verb.children):
            return None
        said = next((e for e in reversed(found) if e.event_type in STATEMENT_TYPES and e.via == "author"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        voice = self.arguments.actor(subject, where.ref, None, found, role="source") if subject is not None else None
        if said is None or voice is None or agree(voice, said.source, False):
            return None
        day, explicit = when(Trigger(verb, {"type": said.event_type}), where, True)
        return replace(said, source=voice, target=said.target, date=day.date if day else None, date_end=None,
                       date_explicit=explicit, evidence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
                       trigger=verb.text, rule="echo", mentions=[(sent.start_char, sent.end_char)],
                       place=None, country=None, lat=None, lon=None)

    def charge_back(self, trig: Trigger, event: Event, found: list[Event]) -> None:
        """"Nobody has claimed that attack, but officials hold KH responsible for it": the act named by the
        pronoun, told before with no doer, is charged (as alleged) to the one held responsible."""
        if event.event_type != "ACCUSE" or event.target is None:
            return
        pronoun = next((g for c in trig.token.subtree if c.dep_ == "prep" and c.lower_ == "for"
                        for g in c.children if g.dep_ == "pobj" and g.lower_ in ("it", "them", "this")), None)
        if pronoun is None:
            return
        act = next((e for e in reversed(found) if e.event_type == "ASSAULT" and e.date_end is None), None)
        if act is not None and act.source is None:
            act.source = event.target

    def add_toll(self, sent: Span, attack: Event | None) -> Event | None:
        """"Nobody was killed.", "At least seven people died.": a toll told in a sentence of its own
        belongs to the act just told, when that act has none yet."""
        if attack is None:
            return None
        killed, wounded = casualties(sent, self.kill_verbs, self.wound_verbs)
        if killed is not None and attack.killed is None:
            attack.killed, attack.approx = killed.value, attack.approx or killed.approx
        if wounded is not None and attack.wounded is None:
            attack.wounded, attack.approx = wounded.value, attack.approx or wounded.approx
        return attack

    def named_back(self, sent: Span, found: list[Event]) -> Event | None:
        """The last act of violence, when this sentence names it again: "killed in the strike"."""
        back = any(t.lower_ == "the" and t.head.lemma_.lower() in self.lex.nouns for t in sent)
        return next((e for e in reversed(found) if e.event_type == "ASSAULT"), None) if back else None

    def event(self, trig: Trigger, where: Setting, quotes: list[Quote], earlier: list[Event]) -> Event | None:
        """One candidate event, or None when its arguments name no actor."""
        tok, sent, statement = trig.token, where.sent, trig.event_type in STATEMENT_TYPES
        via, speaker = where.via, where.speaker
        quote = next((q for q in quotes if q.via == "quote" and q.start <= tok.idx < q.end), None)
        if via == "author" and quote is not None:
            via, speaker = "quote", quote.speaker
        source = self.arguments.actor(trig.source, where.ref, speaker, earlier, role="source")
        target = self.arguments.actor(trig.target, where.ref, speaker, earlier)
        def voice() -> Actor | None:
            """The voice of the clause: a post's or a quote's speaker, or whoever reports the clause."""
            return speaker if via in ("post", "quote") else self.arguments.reporter(tok, None, where.ref)

        if trig.entry.get("reported"):
            # "the Pentagon said Soleimani had been plotting attacks": whoever says it accuses the subject
            source, target = voice(), source or target
        if trig.entry.get("subject_suffers"):
            # "Iran will pay a very big price": the speaker threatens the subject
            source, target = voice(), source
        if source is None and statement:
            source = voice()  # a statement with no subject is the speaker's
        if source is None and target is None:
            return None
        if statement and source is not None and source.kind in ("state", "government"):
            source = self.arguments.reporter(tok, source, where.ref) or source
        if trig.event_type == "THREATEN" and source is not None:
            target = self.arguments.avenged_on(tok, source, where.ref, earlier) or target
        if trig.event_type == "ASSAULT" and source is not None and target is None \
                and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
            # "Israel struck back with artillery": at whoever last attacked it
            hit = next((e for e in reversed(earlier) if e.event_type == "ASSAULT" and e.source is not None
                        and agree(e.target, source)), None)
            target = hit.source if hit is not None else None
        if source is None and trig.event_type in SELF_MOVING and trig.entry.get("mode") != "release":
            source, target = target, None  # "Marines were flown in": the forces that move are the actor
        elif trig.event_type == "MOBILIZE" and target is not None and target.kind == "military" \
                and target.country in (None, getattr(source, "country", None)):
            target = None  # "the United States was moving troops to Djibouti": its troops are the means
        if trig.target is not None and target is None and trig.event_type in OBJECT_REQUIRED \
                and not self.arguments.is_act(trig.target):
            return None  # "blamed a technical problem": a thing, not an actor, is blamed
        if source is not None and target is not None and fold(source.name) == fold(target.name):
            target = None
        if trig.entry.get("oprd_pos") and source is not None and target is not None and target.kind == "state" \
                and source.country == target.country:
            return None  # "Khamenei called the barrage a slap in the face": his own state's act, named, not blamed
        day, explicit = when(trig, where, statement)
        if day is not None and day.date > where.ref:
            return None  # "the cabinet meets tomorrow": not yet happened
        place = event_place(tok, sent, self.gazetteer, self.resolver.index.state_codes, statement,
                            assault=trig.event_type == "ASSAULT", moving=trig.event_type == "MOBILIZE")
        telling = tok.head if trig.entry.get("reported") else tok  # "said X had been plotting": the saying
        if place is None and statement and where.stage is not None and perfect(telling) != "past":
            place = where.stage  # "In Tehran, Khamenei warned ...": said there, unless said to have been earlier
        if place is None and statement:
            # a crowd or a parliament speaks, or is spoken to, where it gathers: "students calling on the supreme
            # leader to step down", "urged deputies to move quickly"
            gathered = [a for a in (source, target) if a is not None and a.kind in GATHERED_KINDS]
            home = next((a.country for a in gathered if a.country), None)
            if home is None and gathered:  # where the sentence or the paragraph puts the crowd
                spot = event_place(tok, sent, self.gazetteer, self.resolver.index.state_codes, False) or where.scene
                home = spot.country if spot is not None else None
            place = Place(None, home) if home else None
        if place is None and not statement:
            place = where.scene  # "was killed there": where the paragraph's last act happened
        if place is not None and place.country is None and where.scene is not None and not statement:
            place = replace(place, country=where.scene.country)  # an unknown site in the paragraph's country
        if place is None and not statement:
            # "killing Iraqi protesters": local people are hurt where they live
            home = next((a.country for a in (target, source) if a and a.kind in LOCAL_KINDS and a.country), None)
            place = Place(None, home) if home else None
        if place is not None and place.country and not statement:
            # an unnamed group takes the country where it acts: "protesters" in Tehran are Iranian
            source, target = (located(a, place.country) for a in (source, target))
            if source is None and place.country in self.resolver.index.by_id and (
                    trig.event_type == "COERCE" or trig.entry.get("mode") == "release"):
                # "was detained near Amir Kabir", "was released": by the state where it happens
                source = self.resolver.actor(self.resolver.index.by_id[place.country], "authorities")
        killed = wounded = None
        if trig.event_type == "ASSAULT":
            killed, wounded = casualties(sent, self.kill_verbs, self.wound_verbs, tok, self.lex.speech)
        return Event(
            event_type=trig.event_type, mode=self.mode(trig, sent), source=source, target=target,
            killed=killed.value if killed else None, wounded=wounded.value if wounded else None,
            approx=any(c is not None and c.approx for c in (killed, wounded)),
            place=place.name if place else None, country=place.country if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None,
            date=day.date if day else None, date_end=day.date_end if day else None, date_explicit=explicit,
            evidence=sent.text.strip(), start=sent.start_char, end=sent.end_char, trigger=tok.text,
            rule=trig.rule, via=via, speaker=speaker, mentions=[(sent.start_char, sent.end_char)],
        )

    def mode(self, trig: Trigger, sent: Span) -> str | None:
        if trig.entry.get("mode"):
            return trig.entry["mode"]
        if trig.event_type != "ASSAULT":
            return None
        text = sent.text.lower()
        anchor = trig.token.idx - sent.start_char
        hits = [(abs(i - anchor), mode) for word, mode in self.instruments.items()
                for i in find_all(text, word)]
        return min(hits)[1] if hits else None


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

    @classmethod
    def of(cls, sent: Span, document: Document, posts: list[Post], context: DateMention | None,
           author_of: Callable[[Post], Actor]) -> Setting:
        post = post_at(posts, sent.start_char)
        ref = post.date if post is not None and post.date else document.published
        via, speaker = ("post", author_of(post)) if post is not None else ("author", None)
        return cls(sent, ref, via, speaker, find_dates(sent.text, ref, sent.start_char), context)


def is_toll_of(event: Event, attack: Event) -> bool:
    """A doer-less killing on the same day whose victims fit the act just told: its toll, not a new act."""
    if event.source is not None or (event.killed is None and event.wounded is None) or event.date != attack.date:
        return False
    victims, hit = event.target, attack.target
    if victims is None or hit is None:
        return hit is None
    return agree(victims, hit) or (victims.kind == hit.kind and (victims.id is None or hit.id is None))


def take_toll(attack: Event, toll: Event) -> None:
    """Fold a toll told after the act into it, by the figures rule merging uses."""
    take_figures(attack, toll)
    attack.target = attack.target or toll.target
    attack.mentions.extend(m for m in toll.mentions if m not in attack.mentions)


def located(actor: Actor | None, country: str) -> Actor | None:
    """A generic group with no country of its own takes the country of the place where it acts."""
    if actor is None or actor.country or actor.id or actor.kind not in LOCAL_KINDS:
        return actor
    return Actor(actor.name, actor.aliases, country, actor.kind, actor.id)


def find_all(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start != -1:
        before = text[start - 1] if start else " "
        if not before.isalpha():
            yield start
        start = text.find(word, start + 1)
