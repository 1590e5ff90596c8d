"""One parsed document through the extraction stages, sentence by sentence, over one DocState:
candidates (triggers → reality → arguments) → events (assemble) → tolls and echoes → merge.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..grammar import OBJECT_DEPS, infinitive, objects_of, pobj_of, refused
from ..knowledge import Knowledge
from ..model import Actor, Document, DocumentResult, Event, EventType, Post, Quote
from ..voices import find_posts, find_quote_spans, post_at
from .actors import ActorIndex, ActorResolver
from .arguments import ArgumentFinder
from .assemble import EventBuilder
from .candidate import Trigger
from .dates import DateMention, DateReader
from .diagnose import Diagnosis
from .dyads import Dyads
from .event_dates import sentence_day, when
from .lexicon import Lexicon
from .merge import agree, merge
from .numbers import Count, casualties
from .places import Gazetteer, Place, event_place, stage_of
from .reality import Reality
from .referents import ArgumentReader
from .setting import Setting, dateline, lede_place
from .speakers import SpeakerFinder
from .state import DocState
from .trace import NO_TRACE, Reason, Trace
from .triggers import TriggerMatcher


class DocumentExtractor:
    """Owns the stages (built once from the knowledge); `extract` runs them over one parsed document."""

    def __init__(self, knowledge: Knowledge) -> None:
        lexicon = knowledge.lexicon
        self.resolver = ActorResolver(ActorIndex.from_knowledge(knowledge), knowledge.words,
                                      frozenset(knowledge.places.get("site_nouns") or ()))
        self.lex = Lexicon(lexicon, knowledge.words, knowledge.semantics, knowledge.discards)
        self.matcher = TriggerMatcher(self.lex)
        self.reality = Reality(self.lex)
        self.finder = ArgumentFinder(self.lex)
        self.speakers = SpeakerFinder(self.resolver, lexicon.get("speech_verbs") or [])
        self.gazetteer = Gazetteer.from_knowledge(knowledge)
        self.dates = DateReader.of(knowledge)
        self.arguments = ArgumentReader(lexicon, self.resolver, self.finder, self.gazetteer,
                                        self.speakers.speech, self.lex.instruments)
        self.builder = EventBuilder(self.lex, self.arguments, self.resolver, self.gazetteer,
                                    lexicon.get("casualty_verbs") or {})
        self.dyads = Dyads(knowledge.words, self.resolver.index)
        self.diagnosis = Diagnosis(self.matcher, self.finder)  # for a trace only: why a word is or is not a candidate

    @property
    def states(self) -> dict[str, str]:
        return self.resolver.index.state_codes

    def extract(self, document: Document, doc: Doc, trace: Trace = NO_TRACE) -> DocumentResult:
        """Events, quotes and posts of one document parsed as `doc`; `trace` collects why each event was
        coded or not (see extract/trace.py), and changes nothing that is coded."""
        posts = find_posts(document.text)
        quotes = self.speakers.quotes(doc, find_quote_spans(document.text), posts, document.published)
        quotes += [self.post_quote(p) for p in posts]
        quotes.sort(key=lambda q: q.start)
        events = self.events(document, doc, posts, quotes, trace)
        # last, and only for output: organs of a state are named as their state (the rules above keep them
        # apart, so that "Iranian police detained an Iranian official" keeps both sides)
        state = self.resolver.index.as_state
        events = [replace(e, source=state(e.source), target=state(e.target)) for e in events]
        quotes = [replace(q, speaker=state(q.speaker)) for q in quotes]
        return DocumentResult(document=document, events=events, quotes=quotes, posts=posts)

    def post_author(self, post: Post) -> Actor:
        known = self.resolver.known(post.author, post.date) or self.resolver.known(post.handle, post.date)
        aliases = tuple(dict.fromkeys(a for a in (post.author, post.handle) if known is None or a != known.name))
        if known is not None:
            return Actor(known.name, aliases, known.country, known.kind, known.id)
        return Actor(post.author, (post.handle,), None, "person")

    def post_quote(self, post: Post) -> Quote:
        return Quote(text=post.text, start=post.text_start, end=post.text_end, speaker=self.post_author(post),
                     via="post", sentence=post.text)

    # -- sentences ---------------------------------------------------------------------------------
    def events(self, document: Document, doc: Doc, posts: list[Post], quotes: list[Quote],
               trace: Trace = NO_TRACE) -> list[Event]:
        """Every event of the document, sentence by sentence, then merged into one per happening."""
        story = dateline(document.text, self.gazetteer, self.states) \
            or lede_place(doc, posts, self.gazetteer, self.states, self.lex.speech)
        state = DocState(story=story, trace=trace)
        for sent in doc.sents:
            trace.sentence(sent)
            if sent.start == 0 or "\n" in document.text[doc[sent.start - 1].idx:sent.start_char]:
                state.new_paragraph(sent.start_char)
            self.sentence(sent, state, document, posts, quotes)
        merged = merge(state.events, self.lex.types.statement, trace=trace, mode_named=self.lex.types.mode_named)
        return [self.builder.against_own_state(e) for e in merged]

    def sentence(self, sent: Span, state: DocState, document: Document, posts: list[Post],
                 quotes: list[Quote]) -> None:
        """Read one sentence into the state: its events, the toll it tells, the days it names."""
        in_post = post_at(posts, sent.start_char) is not None
        where = self.setting(sent, state, document, posts, in_post)
        before = len(state.events)
        voiced = in_post or any(q.via == "quote" and q.start <= sent.root.idx < q.end for q in quotes)
        for trig in self.candidates(sent, voiced, state.trace):
            for side in sides(trig, self.lex.types.voiced, self.lex.types.mutual, self.lex.words["reciprocals"]):
                self.add_event(side, where, quotes, state, in_post)
        if len(state.events) == before and not in_post:
            echo = self.echo(sent, where, state.since_paragraph())
            if echo is not None:
                state.trace.coded(sent.root, state.add(echo))
        spans = any(m.date_end is not None for m in where.dates)  # "since Saturday", "over the past week"
        self.fold_tolls(sent, state, state.events[before:], in_post or spans)
        if not in_post:
            self.claimed_back(sent, where, state)
        days = [m for m in where.dates if m.date_end is None]
        if days and not in_post:
            state.named += days
            # the day of the sentence's main verb, not of a clause about something earlier: "imposed
            # sanctions on Friday, two days after missiles struck" goes on on Friday
            day = sentence_day(days, sent)
            # (a day still to come is a plan's, never the day the paragraph's later acts happened on)
            state.paragraph = day if day is None or day.date <= where.ref else state.paragraph
            # the story's day is the day of the first sentence's main verb: "A day after storming the
            # compound, the crowd went home this afternoon" happened today
            state.lede = state.lede or state.paragraph
        elif where.anaphoric and where.last is not None and not in_post:
            state.paragraph = where.last  # "The Taliban condemned it the same day. Johnson called it ...": that day

    def setting(self, sent: Span, state: DocState, document: Document, posts: list[Post],
                in_post: bool) -> Setting:
        """The sentence's reference date, voice, dates, scene and stage. A post is dated by its signature;
        the author's text falls back on the paragraph's day, then the story's."""
        context = None if in_post else state.paragraph or state.lede
        last = None if in_post else self.pointed_day(sent, state) or state.paragraph or state.previous
        where = Setting.of(sent, document, posts, context, self.post_author, self.dates, last, sentence_day)
        here, lasting = (None, False) if in_post else stage_of(sent, self.gazetteer, self.states)
        state.stage = here if lasting else state.stage
        return replace(where, scene=None if in_post else state.scene or state.story, stage=here or state.stage,
                       before=state.last_days_before(context), site=None if in_post else state.site)

    def pointed_day(self, sent: Span, state: DocState) -> DateMention | None:
        """"Biden blamed that attack on the militias the same day": the day of the act a demonstrative names again
        (the last told of its kind, with a day of its own), which "the same day" and "the next day" count from; named
        by the main clause ("confront this aggression", deeper down, is not what the sentence is about)."""
        for noun in (t for t in sent if t.dep_ in ("dobj", "nsubj", "nsubjpass") and sent.root in (t.head, t.head.head)
                     and t.lemma_.lower() in self.lex.nouns and pointed(t)):
            kinds = {e["type"] for e in self.lex.nouns[noun.lemma_.lower()] if "type" in e}
            act = next((e for e in reversed(state.recent()) if e.event_type.value in kinds and e.date is not None
                        and e.date_explicit and e.date_end is None), None)
            if act is not None:
                return DateMention(-1, -1, act.date, rule="pointed")
        return None

    def candidates(self, sent: Span, voiced: bool, trace: Trace = NO_TRACE) -> Iterator[Trigger]:
        """Triggers whose clause is real, with their argument tokens."""
        found = self.matcher.match(sent, voiced)
        protests = {t.token.i for t in found if t.event_type == EventType.PROTEST}
        for trig in found:
            intent = self.reality.intended(trig.token, trig.entry)
            unreal = None if intent is not None else protest_aim(trig, protests) \
                or self.journey_for(trig, found) or self.reality.unreal(trig.token, trig.entry)
            real = self.finder.arguments(trig) if unreal is None else trig
            if intent is not None:  # "Oslo will send aid to Sudan": the saying is the event, the act its terms
                mode = trig.entry.get("mode") if intent == trig.event_type else None
                real = replace(real, entry={**trig.entry, "type": intent.value, "mode": mode, "intent": True})
            if trace.active:
                self.diagnosis.candidate(real, unreal, trace)
            if unreal is None:
                yield real
        if trace.active:
            self.diagnosis.misses(sent, voiced, found, trace)

    def journey_for(self, trig: Trigger, found: list[Trigger]) -> tuple[Reason, str] | None:
        """"came to the chamber to urge deputies to move quickly": a journey made to do what is itself an event is
        told for that event (the demand), not as a visit of its own."""
        tok = trig.token
        if trig.event_type != EventType.CONSULT or tok.lemma_.lower() not in self.lex.words["journeying"]:
            return None
        purposes = {c.i for c in tok.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)}
        aim = next((t for t in found if t.token.i in purposes), None)
        return (Reason.JOURNEY, aim.token.text) if aim is not None else None

    def add_event(self, trig: Trigger, where: Setting, quotes: list[Quote], state: DocState,
                  in_post: bool) -> None:
        """Assemble a candidate into the state; an actorless attack still sets the scene."""
        events = self.assembled(trig, where, quotes, state.recent(), state.trace)
        if not events:
            if trig.event_type == EventType.ASSAULT and not in_post:
                # "Friday's barrage on the K-1 base": no actor named, but "killed there" is there
                state.scene = event_place(trig.token, where.sent, self.gazetteer, self.states, False,
                                          assault=True) or state.scene
                state.untold = self.untold_toll(trig, where) or state.untold
                day, explicit = when(trig, where, False)
                if explicit and day is not None and trig.token.pos_ == "NOUN":
                    state.unnamed[trig.token.lemma_.lower()] = day
            return
        for event in events:
            self.keep(trig, event, where, state, in_post)

    def assembled(self, trig: Trigger, where: Setting, quotes: list[Quote], earlier: list[Event],
                  trace: Trace) -> list[Event]:
        """The candidate's events: one, or one each way or for each side where its words name both sides of
        the document's conflict ("both armies pulled back", "urged both sides to stop")."""
        how = self.dyads.reading(trig)
        pair = self.dyads.sides(earlier) if how == "each_way" else None
        if pair is not None:
            (one, other) = pair
            made = []
            for source, target in ((one, other), (other, one)):
                trace.actor(trig.token, "source", source.name, "both sides named together: the document's two sides")
                trace.actor(trig.token, "target", target.name, "both sides named together: each acts on the other")
                made.append(self.builder.event(trig, where, quotes, earlier, trace, (source, target)))
            return [e for e in made if e is not None]
        event = self.builder.event(trig, where, quotes, earlier, trace)
        if event is None or how not in ("sources", "targets"):
            return [event] if event is not None else []
        role = "source" if how == "sources" else "target"
        third = event.target if role == "source" else event.source  # (the mediator met, the one who urges)
        pair = self.dyads.sides(earlier, third)
        return [replace(event, **{role: side}) for side in pair] if pair is not None else [event]

    def keep(self, trig: Trigger, event: Event, where: Setting, state: DocState, in_post: bool) -> None:
        """Add one assembled event to the state, with the toll of an act told before it without a doer."""
        event = state.add(event)
        pointed_back = not event.date_explicit and pointed(trig.token)
        again = state.unnamed.get(trig.token.lemma_.lower()) if pointed_back else None
        if again is not None:  # "That bombing killed 13": the bombing told before, on its day
            event = state.amend(event.id, date=again.date, date_end=again.date_end, date_explicit=True)
        act = self.retold_act(trig, event, state.recent())
        if act is not None:
            state.fold_toll(act, event)  # "25 people were killed in the US strike": the strike told before
            return
        act = self.weapon_arrived(trig, event, state.recent())
        if act is not None:
            state.fold_toll(act, event)  # "Early accounts spoke of Katyusha rockets landing near the terminal"
            return
        if event.event_type == EventType.ASSAULT and (event.killed, event.wounded) == (None, None) \
                and state.untold is not None and state.untold[:2] == (event.date, event.mode) and not in_post:
            # "The toll from Thursday's bombing rose to 90 ... The bomber struck on Thursday at the gate": the same
            # day and means
            event = state.amend(event.id, **toll_changes(event, dict(zip(("killed", "wounded"), state.untold[2:],
                                                                             strict=True))))
            state.untold = None
        state.trace.coded(trig.token, event)
        self.charge_back(trig, event, state)
        if event.place and not self.lex.said(event.event_type, event.mode) and not in_post:
            state.scene = Place(event.place, event.country, event.lat, event.lon)
            state.site = state.scene if event.event_type == EventType.ASSAULT else state.site

    def retold_act(self, trig: Trigger, event: Event, earlier: list[Event]) -> Event | None:
        """The act told before that a killing names again as where its victims died: "An estimated 25 people were
        killed in the US strike", "died in Friday's shelling" (the same doer's last act of violence)."""
        tok, tolls = trig.token, self.builder.tolls
        if event.event_type != EventType.ASSAULT or event.source is None \
                or (event.killed, event.wounded) == (None, None):
            return None
        victims = any(c.dep_ == "nsubjpass" for c in tok.children) or tok.lemma_.lower() in tolls.dying
        named = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                      for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.nouns
                      and any(d.dep_ == "poss" or d.lower_ in ("the", "that", "this", "those", "these")
                              for d in g.children)), None)
        if not victims or named is None:
            return None
        return next((e for e in reversed(earlier) if e.event_type == EventType.ASSAULT and e.start < event.start
                     and e.date_end is None and agree(e.source, event.source)), None)

    def weapon_arrived(self, trig: Trigger, event: Event, earlier: list[Event]) -> Event | None:
        """An attack told only by its weapons' arrival, with no doer and no one hit ("rockets landed near the
        cargo terminal", "the first shell landed on the road outside"), on a day an attack by someone was told
        already: that attack told again, from where it landed."""
        if event.event_type != EventType.ASSAULT or event.target is not None \
                or not self.builder.weapon_as_actor(trig, event.source):
            return None
        return next((e for e in reversed(earlier) if e.event_type == EventType.ASSAULT and e.start < event.start
                     and e.date == event.date and e.date_end is None and e.source is not None
                     and (e.source.id or e.source.country)), None)

    def untold_toll(self, trig: Trigger, where: Setting) -> tuple | None:
        """(day, mode, killed, wounded) of an act of violence told with no doer ("the toll from Thursday's suicide
        bombing rose, with officials saying 170 had died"), kept for the act's retelling with a doer."""
        killed, wounded = casualties(where.sent, self.builder.tolls, trig.token)
        if killed is None and wounded is None:
            return None
        day, _ = when(trig, where, False)
        if day is None or day.date_end is not None:
            return None
        return day.date, self.builder.mode(trig, where.sent), killed, wounded

    # -- what a sentence adds to earlier ones ------------------------------------------------------
    def echo(self, sent: Span, where: Setting, found: list[Event]) -> Event | None:
        """"Britain's Boris Johnson said much the same a few hours later": the paragraph's last statement, made
        again by a new voice on its own day."""
        verb = sent.root
        echoes = self.lex.words["echoes"]
        if verb.lemma_.lower() not in self.lex.speech or not any(
                t.lower_ in echoes and t.dep_ in ("dobj", "advmod", "oprd", "acomp") for t in verb.children):
            return None
        statements = self.lex.types.statement
        said = next((e for e in reversed(found) if e.event_type in statements and e.via == "author"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        voice = self.arguments.actor(subject, where.ref, None, found, role="source") if subject is not None else None
        if said is None or voice is None or agree(voice, said.source, False):
            return None
        day, explicit = when(Trigger(verb, {"type": said.event_type.value}), where, True)
        return replace(said, source=voice, target=said.target, date=day.date if day else None, date_end=None,
                       date_explicit=explicit, evidence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
                       trigger=verb.text, rule="echo", mentions=((sent.start_char, sent.end_char),),
                       place=None, country=None, lat=None, lon=None)

    @staticmethod
    def charge_back(trig: Trigger, event: Event, state: DocState) -> None:
        """"Nobody has claimed that attack, but officials hold KH responsible for it": the act named by the
        pronoun, told before with no doer, is charged (as alleged) to the one held responsible."""
        if event.event_type != EventType.ACCUSE or event.target is None:
            return
        pronoun = next((g for c in trig.token.subtree if c.dep_ == "prep" and c.lower_ == "for"
                        for g in c.children if g.dep_ == "pobj" and g.lower_ in ("it", "them", "this")), None)
        if pronoun is None:
            return
        act = next((e for e in reversed(state.recent())
                    if e.event_type == EventType.ASSAULT and e.date_end is None), None)
        if act is not None and act.source is None:
            state.amend(act.id, source=event.target)

    def claimed_back(self, sent: Span, where: Setting, state: DocState) -> None:
        """"ISIS-K claimed the attack within hours", "took responsibility for it": the last act of violence,
        told before with no doer, is the claimant's. A denial ("no group has claimed it") names no one."""
        claimant = next((c for tok in sent if self.claimed(tok) is not None and not refused(tok)
                         for c in tok.children if c.dep_ == "nsubj"), None)
        if claimant is None:
            return
        # (told before this sentence: "claimed the attack, saying its drones had hit the sites" tells it again)
        act = next((e for e in reversed(state.recent()) if e.event_type == EventType.ASSAULT
                    and e.start < sent.start_char), None)
        doer = self.arguments.actor(claimant, where.ref, None, state.recent(), role="source")
        if act is not None and act.source is None and doer is not None and not agree(doer, act.target):
            state.amend(act.id, source=doer)

    def claimed(self, verb: Token) -> Token | None:
        """The act a verb claims: its object ("claimed the bombing", "claimed it"), or what the credit taken is
        for ("claimed responsibility for the attack")."""
        words = self.lex.words
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (lemma not in words["owning"] and lemma not in words["claiming"]):
            return None  # (asked of every word of every sentence: most are no verb of claiming)
        obj = next(iter(objects_of(verb)), None)
        if obj is not None and obj.lemma_.lower() in words["credit"] and lemma in words["owning"]:
            obj = pobj_of(obj, "for") or pobj_of(verb, "for")
        elif lemma not in words["claiming"]:
            return None
        if obj is None or not (obj.lower_ in ("it", "them") or self.arguments.is_act(obj)):
            return None
        return obj

    def fold_tolls(self, sent: Span, state: DocState, made: list[Event], alone: bool) -> None:
        """"The militia said twenty-five of its fighters were killed": a doer-less toll of the act just told
        is folded into it; a toll in a sentence of its own goes to the act just told or named again. `alone`:
        the sentence's tolls are nobody else's (a post's, or a toll over a span of days: "since Saturday, 30 people
        have died" is not Tuesday's act's)."""
        made = self.one_toll([e for e in made if e.event_type == EventType.ASSAULT], state)
        attack = state.get(state.attack)
        victims = [e for e in made if attack is not None and not alone and is_toll_of(e, attack)]
        for toll in victims:
            attack = state.fold_toll(attack, toll)
        if made and not victims:
            state.attack = made[-1].id
        elif not made and not alone:
            told = self.add_toll(sent, attack or self.named_back(sent, state.recent()), state)
            state.attack = told.id if told is not None else None

    @staticmethod
    def one_toll(made: list[Event], state: DocState) -> list[Event]:
        """"56 civilians were killed and 595 wounded": a sentence's doer-less casualties with the same figures
        as its other act of violence are that act's toll told twice, not acts of their own."""
        kept = list(made)
        for toll in [e for e in made if e.source is None and (e.killed is not None or e.wounded is not None)]:
            # (the same figures: a toll another act's clause tells, "a reprisal for an attack that killed two",
            # is not this one's)
            hosts = [e for e in kept if e is not toll and e.date == toll.date
                     and (e.killed, e.wounded) == (toll.killed, toll.wounded)]
            host = next((e for e in hosts if e.source is not None), None) \
                or next((e for e in hosts if kept.index(e) < kept.index(toll)), None)
            if host is None:
                continue
            kept.remove(toll)
            kept[kept.index(host)] = state.fold_toll(host, toll)
        return kept

    def add_toll(self, sent: Span, attack: Event | None, state: DocState) -> Event | None:
        """"Nobody was killed.", "At least seven people died.": a toll told in a sentence of its own belongs
        to the act just told, or, when that act has its own figures, to the last act of the paragraph that has
        none ("Missiles hit nine sites. It was retaliation for a massacre where gunmen killed 26. Officials said
        26 civilians died in the strikes");
        "17 more" adds to the figure told, a death toll that rose replaces it."""
        if attack is None:
            return None
        counts = dict(zip(("killed", "wounded"), casualties(sent, self.builder.tolls), strict=True))
        told = {name for name, count in counts.items() if count is not None}
        if told and any(getattr(attack, name) is not None and not (counts[name].more or counts[name].total)
                        and not raised(attack, name, counts[name]) for name in told):
            free = [e for e in state.since_paragraph() if e.event_type == EventType.ASSAULT
                    and all(getattr(e, name) is None for name in told)]
            attack = free[-1] if free else attack
        changes = toll_changes(attack, counts)
        if not changes:
            return attack
        # the same act told twice in its sentence ("ambushed a patrol, killing four"), merged later: both learn it
        twins = [e for e in state.recent() if e.id != attack.id and e.start == attack.start
                 and e.event_type == EventType.ASSAULT and (e.killed, e.wounded) == (attack.killed, attack.wounded)]
        for twin in twins:
            state.amend(twin.id, **changes)
        return state.amend(attack.id, **changes)

    def named_back(self, sent: Span, found: list[Event]) -> Event | None:
        """The last act of violence, when this sentence names it again ("killed in the strike") or its toll ("The
        toll later rose to 40")."""
        back = any(t.lower_ == "the" and (t.head.lemma_.lower() in self.lex.nouns or t.head.lemma_.lower() == "toll")
                   for t in sent)
        return next((e for e in reversed(found) if e.event_type == EventType.ASSAULT), None) if back else None


def pointed(noun: Token) -> bool:
    """A noun named again by a demonstrative: "that bombing", "this attack"."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("that", "this", "those", "these")
                                       for c in noun.children)


def raised(attack: Event, name: str, count: Count) -> bool:
    """A figure above the lower bound an act has: "the general was killed" (at least one), then "at least seven
    people died"."""
    now = getattr(attack, name)
    return attack.approx and now is not None and count.value > now


def toll_changes(attack: Event, counts: dict[str, Count | None]) -> dict:
    """The figures a toll told later gives an act: those it lacks; "17 more" adds to its figure, a death toll
    that rose, or a figure above its lower bound, replaces it."""
    changes: dict = {}
    for name, count in counts.items():
        now = getattr(attack, name)
        if count is None:
            continue
        value = count.value if now is None or (count.total and count.value > now) or raised(attack, name, count) else \
            now + count.value if count.more else None
        if value is not None:
            changes.update({name: value, "approx": changes.get("approx", attack.approx) or count.approx})
    return changes


PROTEST_AIMS = {EventType.REQUEST, EventType.ACCUSE}  # what a protest may be held for


def protest_aim(trig: Trigger, protests: set[int]) -> tuple[Reason, str] | None:
    """"Students marched to demand reforms", "staged a sit-in calling for his release", "began a hunger strike to
    protest the ban": a demand or a protest in words that is the aim of a protest told in the same clause is the
    protest's, not an event of its own (as PLOVER codes it)."""
    tok = trig.token
    if trig.event_type not in PROTEST_AIMS or tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return None
    head = tok.head
    hosted = [c for c in head.children if c.dep_ in OBJECT_DEPS and c.i in protests] + [
        g for c in head.children if c.dep_ == "prep" for g in c.children if g.i in protests]  # "came for a rally"
    return (Reason.PROTEST_AIM, head.text) if head.i in protests or hosted else None


def sides(trig: Trigger, voiced: frozenset[EventType], mutual: frozenset[EventType],
          reciprocals: frozenset[str]) -> list[Trigger]:
    """"The United States and the European Union condemned ...": each voice makes its own statement (soldiers
    and police firing together commit one act); "China called on India and Pakistan": each is addressed, as is
    each party "Qatar agreed with" or "spoke with X and with Y" (acts done together: plover.yaml mutual); "Kyiv and
    Moscow blamed each other": each acts on the other."""
    if trig.source is not None and reciprocal(trig.target, reciprocals) and trig.source.head == trig.token:
        parties = [trig.source, *(c for c in trig.source.conjuncts if c.i > trig.source.i)]
        return [replace(trig, source=a, target=b) for a in parties for b in parties if a != b] \
            if len(parties) > 1 else [trig]
    joint = trig.source.conjuncts if trig.source is not None and trig.event_type in voiced \
        and trig.source.head == trig.token else ()
    found = [trig] + [replace(trig, source=c) for c in joint if c.i > trig.source.i and c != trig.target]
    doing = (trig.token, trig.token.head) if trig.token.dep_ == "dobj" else (trig.token,)  # ("held talks")
    nations = nationalities(trig.source) if trig.source is not None and trig.source.head in doing else []
    if nations and trig.event_type not in mutual:
        # "American and British warplanes struck": each state's forces acted (one event for each)
        found += [replace(trig, source=c) for c in nations[1:]]
    elif len(nations) > 1 and trig.target is None:
        found = [replace(trig, target=nations[1])]  # "Russian and Chinese leaders held talks": with each other
    # ("Qatar agreed with Turkey and Iran": an agreement with each; not an act promised to several)
    # (a mediation between two sides is one act of the mediator's: "mediated between Kigali and Kinshasa")
    agreed = trig.event_type in mutual and not trig.entry.get("intent") and trig.source is not None \
        and trig.target not in trig.source.conjuncts and trig.entry.get("mode") != "third-party"
    if trig.target is not None and (trig.event_type in voiced or agreed) and not joint:
        found += [replace(trig, target=c) for c in trig.target.conjuncts if c.i > trig.target.i]
    if trig.target is not None and agreed and not joint:
        # ("spoke with Sharif and with India's foreign minister": two conversations, one with each)
        found += [replace(trig, target=g) for c in (*trig.target.children, *trig.target.head.children)
                  if c.i > trig.target.i and c.dep_ == "conj" and c.pos_ == "ADP"
                  for g in c.children if g.dep_ == "pobj"]
    return found


def nationalities(doer: Token) -> list[Token]:
    """The conjoined words of nationality a doer is told by: "American and British" warplanes, "Rwandan and
    Mozambican" troops, "U.S. and British" warplanes (none for a plain "Russian troops")."""
    first = next((c for c in doer.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in NATIONS
                  and c.i < doer.i), None)
    if first is None:
        return []
    return [first, *(c for c in first.conjuncts if c.ent_type_ in NATIONS and c.i < doer.i)]


NATIONS = ("NORP", "GPE")  # a people's adjective or a state's name used as one ("U.S.")


def reciprocal(tok: Token | None, reciprocals: frozenset[str]) -> bool:
    """"each other", "one another" (words.yaml `reciprocals`; either word the parser took for the head): the
    pronoun that makes each of several doers act on the others."""
    return tok is not None and any(tok.doc[i:i + 2].text.lower() in reciprocals for i in (tok.i - 1, tok.i) if i >= 0)


STATE_PEOPLE = {"military", "police", "civilians"}  # whom a state's toll counts
CROWD_PEOPLE = {"protesters", "civilians"}  # a crowd fired on is counted as people ("22 people shot dead")


def is_toll_of(event: Event, attack: Event) -> bool:
    """A doer-less killing on the same day (or told the day after, or on no day of its own) whose victims fit the
    act just told: its toll, not a new act ("attacked an Indian patrol on Monday night ... the army said on Tuesday
    that an officer and two soldiers had been killed")."""
    if event.source is not None or (event.killed is None and event.wounded is None):
        return False
    # (a toll that names no day of its own is told of the act just told, whatever day the paragraph is on: "gunmen
    # opened fire on Wednesday night. ... More than 160 people were killed, officials said")
    if event.date_explicit and not (
            event.date is not None and attack.date is not None and 0 <= (event.date - attack.date).days <= 1):
        return False
    victims, hit = event.target, attack.target
    if victims is None or hit is None:
        return hit is None
    if hit.kind == "state" and victims.id is None and victims.kind in STATE_PEOPLE \
            and victims.country in (None, hit.country):
        return True  # soldiers or people of the state attacked
    if victims.id is None and hit.id is None and {victims.kind, hit.kind} <= CROWD_PEOPLE \
            and (None in (victims.country, hit.country) or victims.country == hit.country):
        return True  # "opened fire on the crowd ... 22 people shot dead"
    # the same side: one actor, or of one kind where one is unnamed or both serve one state ("U.S. Marines" hit,
    # "American troops" wounded)
    return agree(victims, hit) or (victims.kind == hit.kind and (
        victims.id is None or hit.id is None or (victims.country is not None and victims.country == hit.country)))
