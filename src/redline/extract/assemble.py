"""From a real candidate (a trigger with its argument tokens) to an Event: its voice, its actors, its day,
its place and its toll. Reads the events told before in the document; never changes them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..grammar import characterisation, pobj_of, text_of, tokens_in
from ..model import Actor, Event, EventType, Quote, TypeSemantics
from .actors import ActorResolver, fold
from .candidate import Trigger
from .event_dates import perfect, when
from .lexicon import Lexicon
from .merge import agree
from .numbers import TollWords, casualties
from .places import Gazetteer, Place, called_by, clean, event_place, in_other_clause, name_at, points_back
from .referents import ArgumentReader
from .setting import Setting
from .trace import NO_TRACE, Reason, Trace

LOCAL_KINDS = {"protesters", "police", "civilians"}
VISITORS = {"person", "government", "legislature", "state"}  # who pays a visit (not troops, a convoy, refugees)
ORDINARY_PEOPLE = {"civilians"}  # unnamed people with no political role: refugees, residents, victims
ANSWERING = {EventType.REJECT, EventType.CONCEDE}  # statements that answer a charge
GATHERED_KINDS = {"protesters", "legislature"}  # bodies that meet in one place, in their own country
OWN_SIDE = {"state", "government", "military"}  # a speaker's own state, in any of its arms
STATE_FORCES = {"state", "government", "military", "police"}  # a state and the arms it fights with
REPORTED_PATH = {"ccomp", "xcomp", "acl", "dobj", "attr"}  # from a word up to the clause that says it


@dataclass(frozen=True)
class Voice:
    """Who tells a candidate: the channel (author, quote, post) and the speaker, if not the author."""

    via: str
    speaker: Actor | None


class EventBuilder:
    """Turns one candidate into an Event, or None when its arguments name no actor."""

    def __init__(self, lex: Lexicon, arguments: ArgumentReader, resolver: ActorResolver, gazetteer: Gazetteer,
                 casualty_verbs: dict) -> None:
        self.lex = lex
        self.arguments = arguments
        self.resolver = resolver
        self.gazetteer = gazetteer
        self.tolls = TollWords.of(casualty_verbs, lex.words, lex.speech)

    @property
    def states(self) -> dict[str, str]:
        return self.resolver.index.state_codes

    def event(self, trig: Trigger, where: Setting, quotes: list[Quote], earlier: list[Event],
              trace: Trace = NO_TRACE, given: tuple[Actor, Actor] | None = None) -> Event | None:
        """One candidate event, or None when its arguments name no actor (`trace` is told why); `given`: its
        source and target, known without reading its arguments (the two sides of "both armies pulled back")."""
        statement = self.lex.said(trig.event_type, trig.entry.get("mode"))
        voice = voice_of(trig.token, where, quotes)
        roles = given or self.roles(trig, where, voice, earlier, trace)
        if roles is None:
            return None
        source, target = roles
        day, explicit = when(trig, where, statement)
        if day is not None and day.date > where.ref:
            trace.dropped(trig.token, Reason.FUTURE, f"dated {day.date} after {where.ref}")
            return None  # "the cabinet meets tomorrow": not yet happened
        place = self.place(trig, where, source, target)
        if target is None and place is not None and self.territorial(trig, where):
            target = self.bound(place, source)
            trace.actor(trig.token, "target", target and target.name, "a measure over a territory binds its people")
        if place is not None and place.country and not statement:
            bound_to = target
            source, target = self.localised(trig, place.country, source, target, earlier)
            if source is not None and bound_to is not None and source.id is not None and source.id == bound_to.id:
                source = None  # "internet access was cut across the country": the country bound, by no one named
            trace.actor(trig.token, "source", source and source.name, "no doer named: the state where it happens")
        if source is None and target is None:  # ("a curfew was imposed" where no country is told)
            trace.dropped(trig.token, Reason.NO_ACTOR, "neither source nor target resolves to an actor")
            return None
        return self.record(trig, where, voice, source, target, day, explicit, place)

    def record(self, trig: Trigger, where: Setting, voice: Voice, source: Actor | None, target: Actor | None,
               day, explicit: bool, place: Place | None) -> Event:
        """The Event record, with its toll (acts of violence only), mode and evidence."""
        sent, tok = where.sent, trig.token
        killed = wounded = None
        if trig.event_type == EventType.ASSAULT:
            killed, wounded = casualties(sent, self.tolls, tok)
        return Event(
            event_type=trig.event_type, mode=self.mode(trig, sent), source=source, target=target,
            killed=killed.value if killed else None, wounded=wounded.value if wounded else None,
            approx=any(c is not None and c.approx for c in (killed, wounded)),
            place=place.name if place else None, country=place.country if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None,
            date=day.date if day else None, date_end=day.date_end if day else None, date_explicit=explicit,
            evidence=text_of(sent).strip(), start=sent.start_char, end=sent.end_char, trigger=tok.text,
            rule=trig.rule, via=voice.via, speaker=voice.speaker, mentions=((sent.start_char, sent.end_char),),
        )

    # -- actors ------------------------------------------------------------------------------------
    def roles(self, trig: Trigger, where: Setting, voice: Voice, earlier: list[Event],
              trace: Trace = NO_TRACE) -> tuple[Actor | None, Actor | None] | None:
        """Source and target actors, or None when the candidate names no actor (or blames a thing)."""
        tok, statement = trig.token, self.lex.said(trig.event_type, trig.entry.get("mode"))
        source = self.arguments.actor(trig.source, where.ref, voice.speaker, earlier, role="source")
        target = self.arguments.actor(trig.target, where.ref, voice.speaker, earlier,
                                      judge=source if statement else None)
        trace.actor(tok, "source", source and source.name, "resolved from the source words")
        trace.actor(tok, "target", target and target.name, "resolved from the target words")
        source, target = self.voiced_roles(trig, where, voice, source, target)
        trace.actor(tok, "source", source and source.name, "the voice telling it (allegation, threat, statement)")
        trace.actor(tok, "target", target and target.name, "the voice telling it (allegation, threat, statement)")
        if source is None and trig.source is None and trig.event_type == EventType.COERCE:
            source = self.force_telling(tok, where, voice, earlier)
            trace.actor(tok, "source", source and source.name, "forces telling whom they hold: their own act")
        if target is not None and source is not None and source.id is None and source.country is None \
                and trig.source is not None and self.arguments.bare_weapon(trig.source) is not None \
                and trig.source.lower_ in source.name.lower():  # (not whoever fired it: "shells fired by the army")
            source = None  # "a missile struck a market in Kramatorsk": a weapon is no actor when a target is told
            trace.actor(tok, "source", None, "a weapon is no actor when the act has a target")
        if source is not None and source.country is None and source.id is None and trig.source is not None \
                and self.bomber_is_person(trig.source.lemma_.lower(), tok.sent):
            source = None  # (whoever sent the bomber, when the document says: a claim of responsibility)
            trace.actor(tok, "source", None, "a bomber the text tells carried the bomb is no aircraft")
        if source is None and target is None and trig.source is None and tok.pos_ == "NOUN" \
                and trig.event_type in self.lex.types.crowd_done:
            source = self.crowd(tok, earlier)
            trace.actor(tok, "source", source and source.name, "an act of crowds with no doer told: the crowd")
        if source is None and target is None and not self.territorial(trig, where):
            trace.dropped(tok, Reason.NO_ACTOR, "neither source nor target resolves to an actor")
            return None
        if statement and source is not None and source.kind in ("state", "government"):
            source = self.arguments.reporter(tok, source, where.ref) or source
            trace.actor(tok, "source", source.name, "a state's statement is its reporting official's")
        if source is not None:
            target = self.addressee(trig, where, voice, source, target, earlier, trace)
        if trig.event_type in ANSWERING and target is None and source is not None:
            target = self.answered(trig, source, earlier)  # "Kyiv denied the claim": whoever made it
            trace.actor(tok, "target", target and target.name, "a denial or admission answers whoever made the charge")
        if statement and target is None and source is not None:
            target = coordinated_target(tok, where, source, earlier)
            trace.actor(tok, "target", target and target.name, "the target of the statement it is coordinated with")
        if trig.event_type in ANSWERING and source is not None and target is not None and source.kind in OWN_SIDE \
                and target.kind == "person" and source.country is not None and target.country != source.country:
            target = self.state_of(target)  # "Islamabad denied the charge": a state answers a foreign accuser's state
            trace.actor(tok, "target", target.name, "a state answers the state of a foreign accuser")
        if trig.event_type == EventType.ASSAULT and source is not None and target is None and struck_back(tok):
            target = last_attacker_of(source, earlier)
            trace.actor(tok, "target", target and target.name, "'struck back': whoever last attacked the source")
        source, target = moving_roles(trig, source, target, self.lex.types)
        trace.actor(tok, "source", source and source.name, "forces that move are the actor")
        trace.actor(tok, "target", target and target.name, "one's own forces moved are the means, not the target")
        if trig.entry.get("abroad"):
            target = self.visited(tok, source)  # "Pelosi arrived in Taipei": Taiwan is visited
            if target is None:
                trace.dropped(tok, Reason.CONDITIONS, "a visit needs a visitor of one state in another's town")
                return None
        if trig.target is not None and target is None and trig.event_type in self.lex.types.object_required \
                and not self.arguments.is_act(trig.target) and not someone(trig.target):
            trace.dropped(tok, Reason.NOT_AN_ACTOR, f"the object {trig.target.text!r} names no actor")
            return None  # "blamed a technical problem": a thing, not an actor, is blamed
        if trig.event_type in self.lex.types.political and target is not None and target.id is None \
                and target.kind in ORDINARY_PEOPLE:
            trace.dropped(tok, Reason.NOT_AN_ACTOR, f"{target.name} are no political party to a {trig.event_type}")
            return None  # "flew to Vladikavkaz to meet refugees": a visit, not a consultation
        if source is not None and target is not None and (fold(source.name) == fold(target.name) or (
                trig.event_type == EventType.ASSAULT and source.kind in STATE_FORCES and target.kind == "state"
                and target.id is not None and target.id == source.country)):  # ("Philippine troops" in Marawi)
            target = self.own_town(trig, target)  # (None: "the same actor as the source")
            trace.actor(tok, "target", target and target.name, "the source's own state: none, or the town hit")
        if trig.event_type in self.lex.types.adversarial and target is None and source is not None:
            # "Tbilisi declared a ceasefire": towards whom it fought; a person, towards whom his side fought
            target = adversary_of(source, earlier) or adversary_of(self.side_of(source), earlier)
            trace.actor(tok, "target", target and target.name, "the doer's adversary: whom it fought most")
        if trig.entry.get("oprd_pos") and source is not None and target is not None \
                and target.kind in OWN_SIDE and source.country == target.country and not self.usurped(tok):
            trace.dropped(tok, Reason.OWN_ACT, f"{source.name} characterises an act of its own state")
            return None  # "Khamenei called the barrage a slap in the face": his own state's act, named, not blamed
        return source, target

    def usurped(self, tok: Token) -> bool:
        """"the information ministry called the takeover a coup": an act called a usurpation (words.yaml
        `usurpations`) is blamed even on one's own state's forces, which took power from it."""
        said_to_be = characterisation(tok, self.lex.words["naming"])
        return said_to_be is not None and said_to_be.lemma_.lower() in self.lex.words["usurpations"]

    def weapon_as_actor(self, trig: Trigger, source: Actor | None) -> bool:
        """The source is the weapon itself, named with no one's mark ("Missiles", "Katyusha rockets"), not its
        user ("drones launched by the militia": the militia)."""
        weapon = self.arguments.bare_weapon(trig.source) if trig.source is not None else None
        return source is not None and source.id is None and source.country is None and weapon is not None \
            and weapon.lower_ in source.name.lower()

    def addressee(self, trig: Trigger, where: Setting, voice: Voice, source: Actor, target: Actor | None,
                  earlier: list[Event], trace: Trace = NO_TRACE) -> Actor | None:
        """Whom a threat, a demand or a closure is aimed at, when its words name the doer's side or no one."""
        tok = trig.token
        if trig.event_type == EventType.THREATEN:
            target = self.arguments.avenged_on(tok, source, where.ref, earlier) or target
            if addressed(trig.target) and (target is None or agree(target, source)):
                target = last_attacker_of(source, earlier, by_country=True)  # "We will hunt you down": our attackers
                trace.actor(tok, "target", target and target.name, "'you' threatened: whoever last attacked")
            if target is not None and target.kind == "state" and target.country == source.country \
                    and told_by_clause(tok, trig.target):
                # "Gantz vowed that Israel would exact the price from Iran": his own state threatens, not threatened
                target = self.arguments.threatened_in_clause(tok, source, where.ref, voice.speaker, earlier)
                trace.actor(tok, "target", target and target.name, "the speaker's own state acts: whom it threatens")
        if trig.event_type == EventType.ACCUSE and target is not None and target.kind == "state" \
                and source.kind != "state" and target.country == source.country:
            # "Saakashvili said Georgia faced aggression": his own state suffers it; its attacker is accused
            target = last_attacker_of(target, earlier, by_country=True) or target
            trace.actor(tok, "target", target.name, "the speaker's own state suffers: whoever attacked it")
        captor = self.arguments.captor_asked(tok, target, source, where.ref, voice.speaker, earlier) \
            if trig.event_type == EventType.REQUEST else None
        if captor is not None:
            target = captor  # "called for Condé's release": of whoever holds him
            trace.actor(tok, "target", target.name, "a release is asked of whoever holds the person")
        elif trig.event_type == EventType.REQUEST and trig.target is not None \
                and (target is None or agree(target, source)):  # ("demanded a boycott": not of the demanders)
            target = self.arguments.demanded_of(tok, trig.target, source, where.ref, voice.speaker, earlier) or target
            trace.actor(tok, "target", target and target.name, "the one the act demanded is asked of")
        if trig.event_type == EventType.SANCTION and (target is None or agree(target, source)):
            # "closed its airspace to Indian airlines": barred to whoever the "to" names, not the closer's own
            barred = (pobj_of(trig.target, "to") if trig.target is not None else None) or pobj_of(tok, "to")
            target = self.arguments.actor(barred, where.ref, voice.speaker, earlier) or target
            trace.actor(tok, "target", target and target.name, "whom a thing of one's own is closed to")
        return target

    def force_telling(self, tok: Token, where: Setting, voice: Voice, earlier: list[Event]) -> Actor | None:
        """"Police said 900 people had been detained": forces that tell of an arrest with no doer named did it
        (police or military who tell it; None for any other teller, or an act with a doer)."""
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        if not passive or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in self.lex.speech:
            return None
        teller = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        actor = self.arguments.actor(teller, where.ref, voice.speaker, earlier) if teller is not None else None
        return actor if actor is not None and actor.kind in ("police", "military") else None

    def visited(self, tok: Token, visitor: Actor | None) -> Actor | None:
        """The state whose town (or country) a visitor of another state arrives in, after in/at; else None."""
        if visitor is None or visitor.country is None or visitor.kind not in VISITORS:
            return None
        town = pobj_of(tok, "in", "at")
        place = self.gazetteer.lookup(clean(name_at(town).text), self.states) \
            if town is not None and town.pos_ == "PROPN" else None
        entry = self.resolver.index.by_id.get(place.country) if place is not None and place.country else None
        if entry is None or place.country == visitor.country:
            return None
        return self.resolver.actor(entry, town.text)

    def side_of(self, person: Actor) -> Actor | None:
        """The side a person acts for: the armed group or party the person is part of, else the person's state."""
        index = self.resolver.index
        entry = index.group_of(person.id) or index.by_id.get(person.country) if person.kind == "person" else None
        return self.resolver.actor(entry, entry.name) if entry is not None else None

    def state_of(self, person: Actor) -> Actor:
        """A person's state, with the person among its aliases (the person, when the state is unknown)."""
        entry = self.resolver.index.by_id.get(person.country) if person.country else None
        return self.resolver.actor(entry, person.name) if entry is not None else person

    def answered(self, trig: Trigger, source: Actor, earlier: list[Event]) -> Actor | None:
        """Whom a denial or an admission that names no one answers: whoever last accused the answerer; for a
        claim or an account dismissed, else whoever made the last statement or act told just before ("The rebels
        said they had downed a jet. The army dismissed the claim")."""
        said = trig.target.lemma_.lower() if trig.target is not None else None
        claims, accounts = self.lex.words["claims"], self.lex.words["accounts"]
        if said is not None and said not in claims and said not in accounts and trig.target.lower_ not in claims:
            return None  # ("dismissed that account": a telling dismissed is answered too)
        accuser = accuser_of(source, earlier)
        if accuser is not None or said not in accounts:
            return accuser
        # (the claim is one just told: among the last few events, a statement first, else the act claimed)
        recent = [e for e in earlier[-3:] if e.source is not None and not agree(e.source, source)
                  and e.event_type not in ANSWERING]  # (a denial is not the claim denied)
        told = next((e for e in reversed(recent) if e.event_type in self.lex.types.statement),
                    recent[-1] if recent else None)
        return told.source if told is not None else None

    def own_town(self, trig: Trigger, target: Actor) -> Actor | None:
        """A town of the attacker's own state, attacked ("Syrian artillery pounded Idlib"): the town itself is
        the target, not the state it stands for abroad (see ArgumentReader.named)."""
        if trig.event_type != EventType.ASSAULT:
            return None
        called = called_by(trig.target, self.gazetteer.words) if trig.target is not None else None
        for name in (*target.aliases, *([name_at(called).text] if called is not None else [])):  # ("the city of X")
            place = self.gazetteer.lookup(name)
            if place is not None and not place.is_country and place.country == target.country:
                return Actor(name, (name,), target.country, "place")
        return None

    def voiced_roles(self, trig: Trigger, where: Setting, voice: Voice, source: Actor | None,
                     target: Actor | None) -> tuple[Actor | None, Actor | None]:
        """Where the voice itself is the source: reported allegations, threats of suffering, bare statements."""
        def teller() -> Actor | None:
            """The voice of the clause: a post's or a quote's speaker, or whoever reports the clause."""
            if voice.via in ("post", "quote"):
                return voice.speaker
            return self.arguments.reporter(trig.token, None, where.ref)

        if trig.entry.get("reported"):
            # "the Pentagon said Soleimani had been plotting attacks": whoever says it accuses the subject
            source, target = teller(), source or target
        if trig.entry.get("subject_suffers"):
            # "Iran will pay a very big price": the speaker threatens the subject (read as the target's words)
            source, target = teller(), target
        if source is None and self.lex.said(trig.event_type, trig.entry.get("mode")):
            source = teller()  # a statement with no subject is the speaker's
        return source, target

    def crowd(self, tok: Token, earlier: list[Event]) -> Actor | None:
        """Who did an act of crowds told with no doer and no crowd in its sentence: an unnamed crowd ("protests
        erupted in Nairobi"), when no such act was told before (a later telling names one told before, and a
        crowd the sentence names does its own acts: "fired tear gas at demonstrators as protests ran on")."""
        if any(e.event_type in self.lex.types.crowd_done for e in earlier) or any(
                t.pos_ == "NOUN" and self.resolver.index.agent_kind(t) == "protesters" for t in tok.sent):
            return None
        return Actor(name="protesters", kind="protesters")

    def localised(self, trig: Trigger, country: str, source: Actor | None, target: Actor | None,
                  earlier: list[Event]) -> tuple[Actor | None, Actor | None]:
        """An unnamed group takes the country where it acts: "protesters" in Tehran are Iranian; a crowd gathered
        at an embassy protests against its state."""
        source, target = located(source, country), located(target, country)
        by_id = self.resolver.index.by_id
        if source is None and country in by_id and (
                trig.event_type == EventType.COERCE or trig.entry.get("mode") == "release"):
            # "was detained near Amir Kabir", "was released": by the state where it happens; in a story of a
            # junta's measures, by the junta ("the constitution was suspended" after "the army seized power")
            source = (coercer_in(country, earlier) if trig.event_type == EventType.COERCE else None) \
                or self.resolver.actor(by_id[country], "authorities")
        if target is None and trig.event_type in self.lex.types.crowd_done:
            target = self.mission_owner(trig.token)  # "gathered outside the French embassy": against France
        return source, target

    def territorial(self, trig: Trigger, where: Setting) -> bool:
        """Whether the act is a measure in force over a territory (words.yaml `territorial_modes`): its doer
        and those it binds may be known from where it is, not from its words ("a curfew was imposed nationwide")."""
        territorial = self.lex.words["territorial_modes"]
        return trig.event_type == EventType.COERCE and self.mode(trig, where.sent) in territorial

    def bound(self, place: Place, source: Actor | None) -> Actor | None:
        """Whom a measure in force over a territory binds when the sentence names no one: the region or town it
        covers ("a state of emergency in Tigray"), else the state it is in ("a nationwide curfew": Guinea); no
        one when that state itself imposes it ("Armenia declared martial law")."""
        if place.name is not None and not place.is_country:
            return Actor(place.name, (place.name,), place.country, "place")
        state = self.resolver.index.by_id.get(place.country) if place.country else None
        if state is None or (source is not None and source.id == state.id):
            return None
        return self.resolver.actor(state, state.name)

    def against_own_state(self, event: Event) -> Event:
        """A crowd's protest that names no one, even once merged with its retellings, is against the state where
        it marches ("thousands marched in Havana": Cuba's government); not one of a state's own forces, nor of
        foreigners."""
        state = self.resolver.index.by_id.get(event.country or "")
        source = event.source
        if event.target is not None or state is None or event.event_type not in self.lex.types.crowd_done \
                or source is None or source.kind in STATE_FORCES or source.country not in (None, event.country):
            return event
        return replace(event, target=self.resolver.actor(state, "government"))

    def mission_owner(self, tok: Token) -> Actor | None:
        """The state whose embassy or consulate a crowd gathers at ("outside the French embassy", "at the embassy
        of Denmark"), or None."""
        missions = self.lex.words["missions"]
        for site in (g for c in tok.children if c.dep_ == "prep" for g in c.subtree
                     if g.dep_ == "pobj" and g.lemma_.lower() in missions):
            owners = [c for c in site.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            owners += [g for c in site.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
            state = next((st for o in owners if (st := self.resolver.index.state_of(o.text)) is not None), None)
            if state is not None:
                return self.resolver.actor(state, text_of(site.doc[site.left_edge.i:site.i + 1]))
        return None

    # -- place and mode ----------------------------------------------------------------------------
    def place(self, trig: Trigger, where: Setting, source: Actor | None, target: Actor | None) -> Place | None:
        """Where the event happened (an act) or was said (a statement), by the rules in order."""
        tok, statement = trig.token, self.lex.said(trig.event_type, trig.entry.get("mode"))
        # ("slammed into a building in Ganja, killing seven": the killing is where the act it tells the toll of was)
        anchor = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" else tok
        taken = bool(trig.entry.get("agent_prep"))  # ("Goma fell to the rebels": the subject is the town)
        aimed = trig.event_type == EventType.ASSAULT or tok.lemma_.lower() in self.lex.words["bombarding"] or taken
        place = event_place(anchor, where.sent, self.gazetteer, self.states, statement, assault=aimed,
                            moving=trig.event_type == EventType.MOBILIZE,
                            leaving=trig.event_type == EventType.RETREAT,
                            met=trig.event_type in self.lex.types.gathered, subject_taken=taken)
        if statement:
            return place or self.statement_place(trig, where, source, target)
        place = self.home_region(self.local_quarter(place, where), where)
        if (place is None or place.name is None) and where.site is not None and points_back(tok, self.gazetteer.words) \
                and (place is None or place.country == where.site.country):
            return where.site  # "both armies pulled back from the site": where the last act of violence was
        if place is None and (trig.entry.get("at_home") or self.nationwide(tok)):
            # "Armenia declared martial law": at home; "the government imposed a nationwide curfew": in the
            # paragraph's country, not at the town of the last act told
            home = source.country if source is not None and source.country else getattr(where.scene, "country", None)
            return Place(None, home) if home else None
        if place is None:
            place = where.scene  # "was killed there": where the paragraph's last act happened
        if place is not None and place.country is None and where.scene is not None:
            place = replace(place, country=where.scene.country)  # an unknown site in the paragraph's country
        if place is None:
            # "killing Iraqi protesters": local people are hurt where they live
            home = next((a.country for a in (target, source) if a and a.kind in LOCAL_KINDS and a.country), None)
            place = Place(None, home) if home else None
        return place

    def nationwide(self, tok: Token) -> bool:
        """Whether the act is said to cover the whole country ("cut mobile internet nationwide", "a countrywide
        strike"; places.yaml `nationwide_words`; "across the country")."""
        marks = self.gazetteer.words.nationwide_words
        if any(w.lower_ in marks for c in tok.children for w in (c, *c.children)):
            return True
        # "cut across the country", "throughout the nation"
        return any(c.dep_ == "prep" and c.lower_ in ("across", "throughout") and g.dep_ == "pobj"
                   and g.lemma_.lower() in ("country", "nation") for c in tok.children for g in c.children)

    def local_quarter(self, place: Place | None, where: Setting) -> Place | None:
        """"a car bomb in the Madina district" of a story told from Mogadishu: a quarter of a town (places.yaml
        `quarter_nouns`) whose name the gazetteer knows only abroad is a quarter at home, in the story's country."""
        home = getattr(where.scene, "country", None)
        if place is None or place.name is None or place.is_country or home is None or place.country in (None, home):
            return place
        quarters = self.gazetteer.words.quarter_nouns
        named = [t for t in where.sent if t.text == place.name.split()[-1] and t.dep_ in ("compound", "nmod")
                 and t.head.lemma_.lower() in quarters]
        return Place(place.name, home) if named else place

    def home_region(self, place: Place | None, where: Setting) -> Place | None:
        """"Police in Punjab" in a story told from Islamabad: a region whose name several countries give one of
        theirs is the one in the story's country (a town keeps the gazetteer's choice: a story told from
        Washington about "Odessa" is not about Texas)."""
        home = getattr(where.scene, "country", None)
        if place is None or place.name is None or place.is_country or place.lat is not None or home is None \
                or place.country in (None, home):
            return place
        return self.gazetteer.region_in(place.name, home) or place

    def statement_place(self, trig: Trigger, where: Setting, source: Actor | None,
                        target: Actor | None) -> Place | None:
        """Where a statement was made, when the sentence does not say."""
        telling = trig.token.head if trig.entry.get("reported") else trig.token  # "said X had been plotting"
        if where.stage is not None and perfect(telling) != "past":
            return where.stage  # "In Tehran, Khamenei warned ...": said there, unless said to have been earlier
        # a crowd or a parliament speaks, or is spoken to, where it gathers: "students calling on the supreme
        # leader to step down", "urged deputies to move quickly"
        gathered = [a for a in (source, target) if a is not None and a.kind in GATHERED_KINDS]
        home = next((a.country for a in gathered if a.country), None)
        if home is None and gathered:  # where the sentence or the paragraph puts the crowd
            spot = event_place(trig.token, where.sent, self.gazetteer, self.states, False) or where.scene
            home = spot.country if spot is not None else None
        return Place(None, home) if home else None

    def mode(self, trig: Trigger, sent: Span) -> str | None:
        """The entry's mode, or for an act of violence the instrument named nearest the trigger."""
        if trig.entry.get("mode"):
            return trig.entry["mode"]
        if trig.event_type != EventType.ASSAULT:
            return None
        text = text_of(sent).lower()
        anchor = trig.token.idx - sent.start_char
        spans = [(i, i + len(word), mode) for word, mode in self.lex.instruments.items()
                 for i in find_all(text, word)]
        # the longest name wins where names overlap: "suicide bomber" is no "bomber" (aircraft)
        whole = [h for h in spans if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in spans)]
        hits = [(abs(start - anchor), mode, text[start:end]) for start, end, mode in whole
                if not (words := list(tokens_in(sent.doc, sent.start_char + start, sent.start_char + end)))
                or not (self.names_a_kind(words) or self.used_in_another(trig, words))]
        if not hits:
            return None
        _, mode, word = min(hits)
        return self.lex.instruments.get("suicide bomber", mode) if self.bomber_is_person(word, sent) else mode

    def names_a_kind(self, words: list[Token]) -> bool:
        """A weapon word (its tokens) that says what kind of site another noun is ("a drone factory", "missile
        sites", "an ammunition depot" struck): no means of the attack ("a car bomb explosion", "a drone strike" name
        theirs)."""
        head = words[-1]
        while head.dep_ in ("compound", "amod", "nmod", "conj") and head.head.pos_ in ("NOUN", "PROPN") \
                and head.head.i > head.i:
            head = head.head
        return head not in words and head.lemma_.lower() in self.gazetteer.words.site_nouns

    def used_in_another(self, trig: Trigger, words: list[Token]) -> bool:
        """A weapon word (its tokens) in the clause of another act: "US forces carried out strikes, and the Taliban
        responded by firing rockets" (the rockets are not the strikes' means)."""
        return in_other_clause(words[-1], trig.token, self.gazetteer.words.sequence_marks)

    def bomber_is_person(self, word: str, sent: Span) -> bool:
        """"The bomber struck at the gate" after "Thursday's suicide bombing": a bomber is an aircraft unless the
        text so far has told of a person with a bomb (words.yaml's `bomb_carriers`: "suicide", "blew himself
        up", "explosive vest")."""
        if word != "bomber":
            return False
        told = sent.doc.text[:sent.end_char].lower()
        return any(next(find_all(told, cue), None) is not None for cue in self.lex.words["bomb_carriers"])


def voice_of(tok: Token, where: Setting, quotes: list[Quote]) -> Voice:
    """The sentence's voice, or the quote the trigger stands in."""
    quote = next((q for q in quotes if q.via == "quote" and q.start <= tok.idx < q.end), None)
    if where.via == "author" and quote is not None:
        return Voice("quote", quote.speaker)
    return Voice(where.via, where.speaker)


def addressed(target: Token | None) -> bool:
    """A threat's object that is a pronoun for the other side: "we will hunt you down", "we will find them"."""
    return target is not None and target.pos_ == "PRON" and target.lower_ in ("you", "them", "they")


def told_by_clause(tok: Token, word: Token | None) -> bool:
    """The word is the subject of the clause the trigger says: "vowed that Israel would ..."."""
    return word is not None and word.dep_ in ("nsubj", "nsubjpass") and word.head.dep_ == "ccomp" \
        and word.head.head == tok


def struck_back(tok: Token) -> bool:
    """"Israel struck back with artillery"."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)


def someone(tok: Token) -> bool:
    """A pronoun that stands for people ("accused him"), whoever they are: never a thing ("blamed it")."""
    return tok.pos_ == "PRON" and tok.morph.get("PronType") == ["Prs"] and tok.lower_ not in ("it", "itself")


def coordinated_target(tok: Token, where: Setting, source: Actor, earlier: list[Event]) -> Actor | None:
    """One speaker's statements joined by "and" share their target: "called the seizure unacceptable and
    warned of serious consequences" warns whoever did the seizure."""
    # (the statement may sit in what the joined verb says: "... and said Pakistan had every right to respond")
    clause = next((t for t in (tok, *tok.ancestors) if t.dep_ not in REPORTED_PATH), tok)
    if clause.dep_ != "conj":
        return None
    sent = where.sent
    # (or what it reports: "said Israel must be punished and warned that ..." warns Israel)
    heads = {clause.head.text, *(c.text for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i)}
    joined_to = next((e for e in reversed(earlier) if (e.start, e.end) == (sent.start_char, sent.end_char)
                      and e.trigger in heads and agree(e.source, source)), None)
    return joined_to.target if joined_to is not None else None


def accuser_of(accused: Actor, earlier: list[Event]) -> Actor | None:
    """Who last accused this actor in the document (a denial or admission that names no one answers them)."""
    charge = next((e for e in reversed(earlier) if e.event_type == EventType.ACCUSE and e.source is not None
                   and agree(e.target, accused) and not agree(e.source, accused, by_country=False)), None)
    return charge.source if charge is not None else None


def last_attacker_of(victim: Actor, earlier: list[Event], by_country: bool = False) -> Actor | None:
    """Whoever last attacked this actor in the document (`by_country`: or anyone of its country, from
    abroad)."""
    def hit_victim(e: Event) -> bool:
        if agree(e.target, victim):
            return True
        return by_country and victim.country is not None and e.target is not None \
            and e.target.country == victim.country and e.source.country != victim.country

    hit = next((e for e in reversed(earlier) if e.event_type == EventType.ASSAULT and e.source is not None
                and hit_victim(e)), None)
    return hit.source if hit is not None else None


def adversary_of(actor: Actor | None, earlier: list[Event]) -> Actor | None:
    """Whom this actor has fought most in the document so far (the latest on a tie): the other side of the
    assaults it did or suffered, a state or a named group (not a person) only."""
    if actor is None:
        return None
    sides: dict[str, tuple[int, int, Actor]] = {}
    for i, e in enumerate(earlier):
        if e.event_type != EventType.ASSAULT:
            continue
        other = e.target if agree(e.source, actor) else e.source if agree(e.target, actor) else None
        if other is None or agree(other, actor) or other.kind == "person" or not (other.id or other.kind == "state"):
            continue
        count = sides.get(other.name, (0, 0, other))[0]
        sides[other.name] = (count + 1, i, other)
    return max(sides.values(), key=lambda s: s[:2])[2] if sides else None


def moving_roles(trig: Trigger, source: Actor | None, target: Actor | None,
                 types: TypeSemantics) -> tuple[Actor | None, Actor | None]:
    """Acts that move the doer: the forces that move are the actor, and one's own troops are the means."""
    if source is None and trig.event_type in types.self_moving and trig.entry.get("mode") != "release" \
            and (trig.target is None or trig.target.dep_ != "pobj"):
        # "Marines were flown in": the forces that move are the actor (not where they go: "toward Wad Madani")
        return target, None
    own = getattr(source, "country", None)
    if trig.event_type == EventType.MOBILIZE and target is not None and (
            (target.kind == "military" and target.country in (None, own))
            or (target.kind in OWN_SIDE and own is not None and target.country == own)):
        # "the United States was moving troops to Djibouti", "Brazil's ministry reinforced its troops": the means
        return source, None
    return source, target


def coercer_in(country: str, earlier: list[Event]) -> Actor | None:
    """Who last seized power in the country, among the acts told in the document (a junta's later measures told
    with no doer are its own), or None."""
    found = next((e for e in reversed(earlier) if e.event_type == EventType.COERCE and e.mode == "seize"
                  and e.source is not None and e.source.kind in STATE_FORCES and e.source.country in (None, country)
                  and e.country == country), None)
    return found.source if found is not None else None


def located(actor: Actor | None, country: str) -> Actor | None:
    """A generic group with no country of its own takes the country of the place where it acts."""
    if actor is None or actor.country or actor.id or actor.kind not in LOCAL_KINDS:
        return actor
    return Actor(actor.name, actor.aliases, country, actor.kind, actor.id)


def find_all(text: str, word: str) -> Iterator[int]:
    """Start offsets of `word` in `text` where it begins a word."""
    start = text.find(word)
    while start != -1:
        before = text[start - 1] if start else " "
        if not before.isalpha():
            yield start
        start = text.find(word, start + 1)
