"""Who an event's source or target is, when the words alone do not say: pronouns of the speaker,
owners of places and things, the doer of an act named again ("condemned the strikes"), the
wielder of a weapon, the attacker a vow of revenge is aimed at, the official reporting his
state's statement. Reads what the document told before (earlier events), never what follows.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from ..grammar import (
    FIRST_PERSON,
    OBJECT_DEPS,
    TARGET_PREPS,
    between,
    characterisation,
    controller,
    modifier_words,
    most_of_them,
    objects_of,
    pobj_of,
    unhedged,
)
from ..knowledge import ActorEntry
from ..model import Actor, Event, EventType
from .actor_index import fold
from .actors import ActorResolver, span_text
from .arguments import ArgumentFinder, holder
from .merge import agree
from .places import (
    Gazetteer,
    in_named_country,
    is_settlement,
    is_site,
    located,
    name_at,
    struck_names,
    town_told_before,
)
from .speakers import subject_of

RELATIVE = {"who", "which", "that"}

# acts of force: what "the attack" and "those responsible" may point back to
FORCE = (EventType.ASSAULT, EventType.COERCE)
# where a site or a town lies: "sites in Pakistan", "an airfield near Tbilisi", "armour outside Benghazi"
LOCATING = ("in", "across", "of", "throughout", "near", "outside", "around", "beside", "inside", "at")


class ArgumentReader:
    """Turns a trigger's source or target token into an actor, with the document's earlier events."""

    def __init__(self, lexicon: dict, resolver: ActorResolver, finder: ArgumentFinder, gazetteer: Gazetteer,
                 speech: set[str], instruments: dict[str, str]) -> None:
        self.resolver = resolver
        self.words = resolver.words
        self.finder = finder
        self.gazetteer = gazetteer
        self.speech = speech
        self.instruments = instruments
        self.acts = set(lexicon.get("act_nouns") or [])
        self.doers = set(lexicon.get("doer_nouns") or [])
        self.revenge = {w.split()[0] for w in lexicon.get("revenge_verbs") or []}

    def actor(self, tok: Token | None, ref: date, speaker: Actor | None, earlier: list[Event],
              role: str = "target", judge: Actor | None = None) -> Actor | None:
        """The actor a source or target token names, with what the document told before (`judge`: the source
        of a statement whose target this is)."""
        if tok is None:
            return None
        tok = antecedent_of(tok)
        if tok.lemma_.lower() in self.words["captivity"]:  # "took 130 prison guards hostage", parsed as one phrase
            tok = next((c for c in reversed(list(tok.lefts)) if c.dep_ == "compound" and c.pos_ == "NOUN"), tok)
        if tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON":
            return speaker
        if role == "target" and self.pronoun_judged(tok):
            # "calls it 'colonial, crusader' aggression": "it" is the act judged; its doer is blamed
            return self.doer_of(tok, earlier, judge)
        if tok.lemma_.lower() in self.doers and earlier and any(c.lower_ == "the" for c in tok.children):
            # "severe revenge awaited the killers": whoever carried out the last attack
            found = next((e for e in reversed(earlier) if e.event_type == EventType.ASSAULT and e.source), None)
            if found is not None:
                return self.resolver.with_alias(found.source, tok.text)
        # "sites run by X", "drones launched by X"; but "the army, led by General X" is the army
        leads = self.resolver.index.agent_kind(tok) is not None and not self.is_instrument(tok)
        owner = None if leads else controller(tok, self.words["holding"])
        if owner is not None:
            # "targets controlled by Kata'ib Hezbollah", "bases housing American troops", "drones launched by X"
            actor = self.resolver.resolve(owner, ref)
            if actor is not None:
                return actor
        actor = self.resolver.resolve(tok, ref)
        found = self.named(actor, tok, speaker, earlier, role) if actor is not None \
            else self.unnamed(tok, ref, speaker, earlier, role, judge)
        most = most_of_them(tok, self.words["partitives"]) if found is not None else None
        return self.resolver.with_alias(found, most.text) if most is not None else found  # "…, most of them tourists"

    def repeated(self, tok: Token) -> bool:
        """A batch or an act told as one more of its kind, with no doer named: "a second wave", "another
        barrage" (words.yaml `batches`, `generic_acts`)."""
        kinds = self.words["batches"] | self.words["generic_acts"]
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in kinds and not any(c.dep_ == "prep" for c in tok.children) \
            and any(c.ent_type_ == "ORDINAL" or c.lower_ == "another" for c in tok.children)

    def is_town(self, tok: Token) -> bool:
        """A name the gazetteer knows as a town or region, not a country (nor only as another town's alternate
        name: "Hamas" is one of Hamm's)."""
        place = self.gazetteer.lookup(tok.text)
        return place is not None and not place.is_country and fold(tok.text) not in self.gazetteer.alternate_only

    def pronoun_judged(self, tok: Token) -> bool:
        """A pronoun judged as an act ("called it aggression", "condemned it"), not an actor ("a rogue state")."""
        verb = tok.head
        if tok.pos_ != "PRON" or tok.lower_ not in ("it", "this", "that") or tok.dep_ not in OBJECT_DEPS \
                or verb.lemma_.lower() not in self.words["naming"]:
            return False
        said_to_be = characterisation(verb, self.words["naming"])
        return said_to_be is None or said_to_be.pos_ != "PROPN" and self.resolver.index.agent_kind(said_to_be) is None

    def named(self, actor: Actor, tok: Token, speaker: Actor | None, earlier: list[Event],
              role: str) -> Actor | None:
        """The actor a phrase resolved to, read in its role: a weapon stands for its wielder, a city for its
        state, "our" for the speaker's country."""
        weapon = self.bare_weapon(tok) if actor.id is None and actor.country is None else None
        if weapon is not None:
            # "Missiles struck central Kyiv": whoever fired the missiles told before; a missile shot down is no one
            # (with no one told, the weapon stands in, so that the act is still reported; see EventBuilder.roles)
            return (self.wielder(weapon, earlier) or actor) if role == "source" else None
        if role == "source" and tok.dep_ == "compound" and self.is_town(tok):
            return None  # "the Beirut strike": a town the act is named after, not its doer (even a capital)
        if actor.id is None and (actor.kind is None and tok.ent_type_ == "GPE" or self.bombarded(tok)):
            if role == "source" and tok.dep_ == "compound":
                return None  # "the Balakot strike": a place the act is named after, not its doer
            place = self.gazetteer.lookup(actor.name)
            # (in the country the sentence names: "Western Province", "Eastern Province")
            if (place is None and self.gazetteer.compass_only(actor.name)) \
                    or (place is not None and not place.is_country):
                place = in_named_country(place, tok.sent, self.gazetteer, self.resolver.index.state_codes, actor.name)
            state = self.resolver.index.by_id.get(place.country) if place is not None and place.country else None
            if state is not None and not place.is_country:
                # "fired missiles at Kharkiv": a city attacked stands for its state; a city does not attack
                return self.resolver.actor(state, actor.name) if role == "target" else None
        if actor.country is None and speaker is not None and speaker.country \
                and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children):
            actor = replace(actor, country=speaker.country)  # "our troops", said an American senator
        return self.commander(actor, tok) or actor

    def commander(self, actor: Actor, tok: Token) -> Actor | None:
        """Whose unnamed forces "his forces" or "her fighters" are: the one who says so ("Bagapsh said his forces had
        begun an operation")."""
        if actor.id is not None or actor.country is not None or actor.kind not in ("military", "armed_group"):
            return None
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        saying = next((a for a in tok.ancestors if a.lemma_.lower() in self.speech), None)
        teller = subject_of(saying) if owner is not None and saying is not None else None
        if teller is None or teller.pos_ == "PRON":
            return None  # (only a named teller: "he said his fighters would ..." may point anywhere)
        found = self.resolver.resolve(teller, None)
        return found if found is not None and found.kind == "person" else None

    def unnamed(self, tok: Token, ref: date, speaker: Actor | None, earlier: list[Event],
                role: str, judge: Actor | None = None) -> Actor | None:
        """Who a phrase that names no actor stands for: an owner, the one awaited, a holder of a site, the
        doer of an act named again, the state a town belongs to."""
        if role == "source" and tok.pos_ == "NOUN":
            # "Iran's response is to carry out an attack": whose response, whose decision
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                return self.resolver.resolve(owner, ref)
        if role == "target" and tok.dep_ == "nsubj" and tok.pos_ == "NOUN" \
                and tok.head.lemma_.lower() in self.words["awaiting"]:
            # "warned that severe revenge awaited the killers": the one it awaits
            awaited = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if awaited is not None:
                return self.actor(awaited, ref, speaker, earlier, role)
        pledged = self.words["proposals"] | self.words["promises"]
        maker = self.named_owner(tok, ref) if role == "target" and tok.lemma_.lower() in pledged else None
        if maker is not None:
            return maker  # "reneged on its commitment to the Kurds": the one let down, not the one who promised
        owner = holder(tok, self.resolver.index.agent_kind, self.words["instruments"], self.words["plain_adjectives"])
        if owner is not None and self.is_act(tok) and self.is_town(owner):
            owner = None  # "condemned the Sidon strike": the town struck, whatever the tagger calls it
        if owner is not None:
            # "rebel positions", "militia bases"; but a site's unknown name is no holder ("the Vaziani air base")
            actor = self.resolver.resolve(owner, ref)
            if actor is not None and not (actor.id or actor.country or actor.kind not in (None, "person")) \
                    and is_site(tok, self.gazetteer.words):
                return self.owner_state(tok, ref) or actor  # (or the state it lies in, where the text says)
            if actor is not None:
                return actor
        if self.is_act(tok):
            return self.act_doer(tok, ref, earlier, role, judge)
        if (role == "source" and self.repeated(tok)) or (role == "target" and self.culprits(tok)):
            # "On Wednesday a second wave killed 25", "those responsible will be punished": whoever did the last
            # act of force told (not crowd control: "riot police drove them out with water cannon")
            found = next((e for e in reversed(earlier) if e.source and e.event_type in FORCE and not crowd_control(e)),
                         None)
            return self.resolver.with_alias(found.source, span_text(list(tok.subtree))) if found else None
        if tok.lemma_.lower() in self.words["unnamed_groups"]:
            return self.owner_state(tok, ref)  # "elements in Pakistan were behind the attacks", in either role
        if role != "target":
            return None
        claimant = self.claimant(tok)
        if claimant is not None:  # "the Ethiopian charges were false": Ethiopia's
            return self.resolver.resolve(claimant, ref)
        if self.bombarded(tok):  # "bombed Gori", the town tagged as a building: the state it lies in
            state = self.town_state(tok)
            return self.resolver.actor(state, tok.text) if state is not None else None
        town = town_told_before(tok, self.gazetteer)
        if town is not None:  # "shelled the city": the town named just before, for the state it lies in
            state = self.resolver.index.by_id.get(town[1].country) if town[1].country else None
            return self.resolver.actor(state, town[0].text) if state else Actor(town[0].text, (), None, "place")
        party = self.party_to(tok, ref) if judge is not None else None
        return party or self.named_owner(tok, ref) or self.owner_state(tok, ref)

    def party_to(self, tok: Token, ref: date) -> Actor | None:
        """"welcomed the resumption of talks between Khartoum and Juba", "criticised the restoration of ties with
        Damascus": a party to the undertaking a statement judges (the first, when it names two)."""
        for node in (tok, pobj_of(tok, "of") if tok.pos_ == "NOUN" else None):
            if node is None or node.pos_ != "NOUN":
                continue
            sides = between(node)
            party = sides[0] if sides else pobj_of(node, "with")
            if party is not None:
                return self.resolver.resolve(party, ref)
        return None

    def named_owner(self, tok: Token, ref: date) -> Actor | None:
        """Whose site, border or holdings are hit: "the headquarters of Bazoum's party", "their borders with Niger",
        "froze the assets of six Russian officials"; who made an offer or a ban ("rejected an invitation from the
        EU"), to whom a promise was made ("reneged on its commitment to the Kurds")."""
        preps = self.owner_preps(tok)
        owner = pobj_of(tok, *preps) if preps and tok.pos_ == "NOUN" else None
        if owner is None and preps == ("with",) and tok.dep_ == "dobj":
            owner = pobj_of(tok.head, "with")  # (the parser may hang "with Niger" on the verb)
        if owner is None:
            return None
        actor = self.resolver.resolve(owner, ref)
        state = self.town_state(owner) if (actor is None or actor.id is None) and is_site(tok, self.gazetteer.words) \
            else None
        if state is not None:  # "entered the port of Hodeidah": a town's site is its state's
            return self.resolver.actor(state, span_text(list(tok.subtree)))
        return actor or next((a for c in owner.children if c.dep_ == "poss" and (a := self.resolver.resolve(c, ref))),
                             None)

    def owner_preps(self, tok: Token) -> tuple[str, ...]:
        """The prepositions that name whose a thing is: "borders with", "assets of", "an offer from", "a ban by",
        "a pledge to"."""
        lemma = tok.lemma_.lower()
        if lemma in self.words["shared"]:
            return ("with",)
        if is_site(tok, self.gazetteer.words) or lemma in self.words["holdings"]:
            return ("of",)
        if lemma in self.words["proposals"]:
            return ("from", "by")
        return ("to",) if lemma in self.words["promises"] else ()

    def act_doer(self, tok: Token, ref: date, earlier: list[Event], role: str,
                 judge: Actor | None = None) -> Actor | None:
        """"condemned the strikes": the target is whoever carried out the act referred to."""
        unreal = self.words["unreal_modifiers"] | self.words["pending"]
        if any(c.lower_ in unreal for c in tok.lefts):
            return None  # "would respond to any further attacks": acts not yet done have no doer
        # (read as the event its noun names, so that its "of" phrase says who acts or undergoes it: "demanded the
        # resignation of the prime minister", "the withdrawal of Israeli troops")
        entries = self.finder.lex.nouns.get(self.finder.lex.noun_name(tok), ())
        owner, patient = (None if word == tok else word for word in
                          self.finder.noun_arguments(tok, entries[0] if entries else None))
        owner = owner or next((w for w in self.finder.noun_arguments(tok)[:1] if w != tok), None)
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in self.words["asking"]:
            # "called for the removal of Mubarak": aimed at Mubarak; "for the withdrawal of the troops": at them
            moves = bool(entries) and (entries[0]["type"] in self.finder.lex.types.self_moving
                                       or entries[0].get("mode") == "resign")  # (who steps down)
            asked = patient or (owner if moves else None)
            return self.resolver.resolve(asked, ref) if asked is not None and role == "target" else None
        if owner is not None and owner.dep_ == "compound" and self.is_town(owner):
            owner = None  # "condemned the Beirut strike": the town struck, not who struck it
        verb = tok.head
        if owner is None and tok.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in verb.children):
            owner = pobj_of(verb, "by")  # "called the strike 'an act of war' by Iran": the "by" is the act's
        if owner is not None:
            return self.resolver.resolve(owner, ref)
        return self.doer_of(tok, earlier, judge) if role == "target" else None  # "an attack that killed": unsaid

    def owner_state(self, tok: Token, ref: date) -> Actor | None:
        """"cities across Ukraine", "Ukrainian towns", "a U.S. diplomatic convoy": the state they belong to."""
        thing = self.resolver.partitive_of(tok) or tok  # "one of its villages"
        if thing.pos_ != "NOUN":
            return None
        # (a settlement or a site: "towns across Ukraine", "a railway station in Sloviansk")
        settled = is_settlement(thing, self.gazetteer.words) or is_site(thing, self.gazetteer.words) \
            or thing.lemma_.lower() in self.words["unnamed_groups"]  # ("elements in Pakistan")
        # (where it lies, or the place a site is named after: "the Nevatim air base")
        places = self.located_in(thing) + [c for c in thing.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] \
            if settled else []
        # (an owner first: "its consulate in Damascus" is Iran's; a town's state before its name, which several
        # countries may have: "the Syrian town of Madaya")
        owners = [m for m in thing.lefts if m.dep_ == "poss"]
        named = [m for m in thing.lefts if m.dep_ in ("amod", "compound", "nmod")]
        town = thing.lemma_.lower() in self.gazetteer.words.settlement_nouns
        # (a site's nationality before where it lies: "Serbian military targets near Pristina" are Serbia's)
        nationals = [m for m in named if m.ent_type_ == "NORP"]
        for word in owners + ([*named, *places] if town else [*nationals, *places, *named]):
            # (a town by its whole name: "Mocimboa da Praia" is no metonym of Cabo Verde's capital)
            state = self.resolver.index.state_of(name_at(word).text if word in places else word.text) \
                or (self.town_state(word) if word in places else None)
            if state is not None:
                return self.resolver.actor(state, span_text(list(tok.subtree)))
            if word.dep_ == "poss":
                # "bombed one of its villages", "criticized Trump's decision": the owner's
                return self.speakers_own(word, ref) or self.resolver.resolve(word, ref)
        return None

    def speakers_own(self, poss: Token, ref: date) -> Actor | None:
        """"Pakistan said Indian missiles had hit its air bases": "its" in what a state or a body says is
        the speaker's, when another state's doer acts on it, unless "own" says so ("shelled its own positions")."""
        if poss.lower_ not in ("its", "their") or any(c.lower_ == "own" for c in poss.head.children):
            return None
        clause = next((t for t in poss.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.speech:
            return None
        subj, doer = subject_of(clause.head), subject_of(clause)
        speaker = self.resolver.resolve(subj, ref) if subj is not None else None
        doer_actor = self.resolver.resolve(doer, ref) if doer is not None else None
        if speaker is None or speaker.kind in ("person", None) or doer_actor is None \
                or doer_actor.country == speaker.country:
            return None  # ("Benin opened its borders, Benin police said": the doer's own)
        return speaker

    def located_in(self, thing: Token) -> list[Token]:
        """The places a site or settlement is said to lie in or by: "sites in Pakistan", "an airfield near
        Tbilisi"; for an object, also the places the parser hangs on its verb ("hit nine sites in Pakistan",
        "struck radars at several places in Pakistan")."""
        def phrases(tok: Token) -> list[Token]:
            return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATING
                    for g in c.children if g.dep_ == "pobj"]

        places = phrases(thing)
        if not places and thing.dep_ == "dobj":
            # (a common noun on the verb is a spot inside a place: "at several places in Pakistan")
            places = [q for p in phrases(thing.head) for q in ([p] if p.pos_ == "PROPN" else phrases(p))]
        # (and the names that qualify a place: "in Pakistan-administered Kashmir", "in Russia's Kursk region"; not
        # the words of its own name: "Port Lumen")
        return places + [m for p in places for m in p.children
                         if m.dep_ in ("nmod", "poss", "npadvmod") and m.pos_ == "PROPN"]

    def town_state(self, word: Token) -> ActorEntry | None:
        """The state entry of the country a named town lies in ("in Sloviansk": Ukraine)."""
        if word.pos_ != "PROPN":
            return None
        place = located(name_at(word), self.gazetteer, self.resolver.index.state_codes, known=True)
        return self.resolver.index.by_id.get(place.country) if place is not None and place.country else None

    def wielder(self, tok: Token, earlier: list[Event]) -> Actor | None:
        """Who used this kind of weapon in the last attack told with it."""
        mode = self.instruments.get(tok.lemma_.lower()) or self.instruments.get(tok.lower_.removesuffix("s"))
        found = next((e for e in reversed(earlier)
                      if e.event_type == EventType.ASSAULT and e.source and e.mode == mode), None)
        return found.source if found else None

    def reporter(self, tok: Token, state: Actor | None, ref: date) -> Actor | None:
        """"Rouhani said Iran regretted ...": the official who reports his state's statement makes it.
        With no state given, whoever reports the clause: "Trump said Iran would pay a price"."""
        for _ in range(3):  # a word's own clause first: "said it was America's crimes" (crimes → was)
            if (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acl") or tok.head == tok \
                    or tok.dep_ in ("ccomp", "conj", "advcl"):
                break  # (a participle's noun: "said it was an attack sponsored by Iran")
            tok = tok.head
        for _ in range(4):  # "said troops would not leave unless ..., and that Baghdad would face sanctions"
            if tok.dep_ not in ("conj", "advcl") or tok.head == tok or tok.head.lemma_.lower() in self.speech:
                break
            tok = tok.head
        tok = unhedged(tok, self.words["hedges"])  # ("told MPs it was highly likely that Russia was responsible")
        verb = tok.head if tok.dep_ == "ccomp" else None
        if verb is None or verb.lemma_.lower() not in self.speech:
            return None
        subj = subject_of(verb)
        person = self.resolver.resolve(subj, ref) if subj is not None else None
        if state is None:
            return person
        if person is not None and person.kind == "person" and person.country and person.country == state.country:
            return person
        return None

    def avenged_on(self, tok: Token, source: Actor, ref: date, earlier: list[Event]) -> Actor | None:
        """"vowed to avenge its fighters": whoever last attacked them (or the threatener) is threatened."""
        verb = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in self.revenge),
                    None)
        if verb is None:
            return None
        victim_tok = next(iter(c for c in verb.children if c.dep_ == "dobj"), None)
        victim = self.resolver.resolve(victim_tok, ref) if victim_tok is not None else source
        for event in reversed(earlier):
            if event.event_type == EventType.ASSAULT and event.source is not None \
                    and agree(event.target, victim or source):
                return event.source
        return None

    def threatened_in_clause(self, tok: Token, source: Actor, ref: date, speaker: Actor | None,
                             earlier: list[Event]) -> Actor | None:
        """"vowed that Israel would exact the price from Iran", "warned that Iran's answer would be larger if
        Israel struck back": the speaker's own state does the act threatened; whom the condition names, else
        whom the act is aimed at, is threatened."""
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        verbs = [clause, *clause.conjuncts]
        marks = self.words["threat_conditions"]
        named = [g for v in verbs for c in v.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        named += [o for v in verbs for o in (*objects_of(v), pobj_of(v, *TARGET_PREPS, "from")) if o is not None]
        for word in named:
            actor = self.actor(word, ref, speaker, earlier)
            if actor is not None and actor.country is not None and not agree(actor, source):
                return actor  # (one known to the dictionary, or with a country: not "a regional coalition")
        return None

    def demanded_of(self, tok: Token, demanded: Token, source: Actor, ref: date, speaker: Actor | None,
                    earlier: list[Event]) -> Actor | None:
        """Of whom an act demanded is asked: "called for an end to the Russian shelling" (whoever does the act
        to be stopped), "demanded a boycott of Danish goods" (whoever a hostile act demanded is aimed at)."""
        lex = self.finder.lex
        stopping = self.words["stopping"]
        hostile = lex.types.undergone | {EventType.PROTEST}
        # (the demands listed: "a halt to the violence, an end to the bombing", the second misread as a modifier)
        listed = [demanded, *demanded.conjuncts, *(c for c in tok.children if c.dep_ in ("npadvmod", "appos")
                                                   and c.lemma_.lower() in stopping)]
        for word in listed:
            stopped = pobj_of(word, "to", "of") if word.lemma_.lower() in stopping else None
            act = stopped if stopped is not None else word
            entry = next(iter(lex.nouns.get(act.lemma_.lower()) or ()), None)
            if entry is None or "type" not in entry:
                continue
            kind = EventType(entry["type"])
            doer, aimed = self.finder.noun_own_roles(act, kind)
            if stopped is None:  # the act itself demanded: whom it is aimed at
                doer = aimed or pobj_of(act, "of") if kind in hostile else None
            actor = self.actor(doer, ref, speaker, earlier) if doer is not None else None
            if actor is not None and actor.country is not None and not agree(actor, source):
                return actor
        return None

    def captor_asked(self, tok: Token, named: Actor | None, source: Actor, ref: date, speaker: Actor | None,
                     earlier: list[Event]) -> Actor | None:
        """Of whom a release is demanded ("called for Condé's release", "demanded his release", "called for Condé
        to be freed"): whoever the document last told arresting, seizing or holding that person (not the
        demanders); None when the demand is of no release, names whom it is asked of (`named`: "urged the junta
        to free him"), or the text told no one taking the person."""
        held = self.released_in(tok)
        person = self.actor(held, ref, speaker, earlier) if held is not None else None
        if person is None or (named is not None and not agree(named, person) and not agree(named, source)):
            return None
        taking = next((e for e in reversed(earlier) if e.event_type == EventType.COERCE and e.source is not None
                       and agree(e.target, person) and not agree(e.source, source)), None)
        return taking.source if taking is not None else None

    def released_in(self, tok: Token) -> Token | None:
        """The person a demand asks to be freed: of a release noun it hangs ("called for Condé's release",
        "demanded the release of X") or of a clause of freeing ("called for Condé to be freed")."""
        lex = self.finder.lex
        nouns = [g for c in tok.children if c.dep_ in ("dobj", "prep") for g in (c, *c.children)
                 if g.dep_ in ("dobj", "pobj")]

        def freeing(entries: dict, word: Token) -> bool:
            return any(e.get("mode") == "release" for e in entries.get(word.lemma_.lower(), ()))

        release = next((n for n in nouns if freeing(lex.nouns, n)), None)
        if release is not None:
            return self.finder.noun_own_roles(release, EventType.RETREAT, mode="release")[1]
        clause = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp", "ccomp") and freeing(lex.verbs, c)),
                      None)
        return next((c for c in clause.children if c.dep_ in ("nsubjpass", "dobj")), None) if clause else None

    def doer_of(self, act: Token, earlier: list[Event], judge: Actor | None = None) -> Actor | None:
        """Who did the act a noun refers back to: the most told earlier act of its kind (and mode), the
        latest of those: "condemned the raids" in a story about the raids is about them, not about a barrage
        told in passing; of those, one done to the `judge`'s side ("Islamabad called the strikes an act of war":
        the strikes on Pakistan)."""
        kinds = self.kinds_named(act)
        words = " ".join(t.lower_ for t in act.subtree)
        mode = next((m for w, m in self.instruments.items() if w in words), None)
        candidates = list(reversed(earlier))
        if mode != "other":
            # "calls the attack unacceptable", "an investigation into the fire", after "riot police drove them out
            # with water cannon": crowd control is referred back to by its own arms only ("the tear gas")
            candidates = [e for e in candidates if not crowd_control(e)]
        if kinds:
            # the last act of that kind whose doer (and victim) is known: no other kind of act's doer is blamed;
            # and an act of one day before a campaign: "condemned the raids" are not "strikes since October"
            days = [e for e in candidates if e.date is not None and e.date_end is None]
            spans = [e for e in candidates if e.date is None or e.date_end is not None]
            for pool in (days, spans):
                # the act told with the same word first: "the strikes" are the "airstrikes", "the seizure" is
                # what "seized"
                named = [e for e in pool if e.event_type in kinds and e.source
                         and same_word(e.trigger or "", act.lemma_.lower())]
                for keep in (lambda e: e.event_type in kinds and (mode is None or e.mode == mode) and e.target,
                             lambda e: e.event_type in kinds and e.target, lambda e: e.event_type in kinds):
                    fits = [e for e in (named or pool) if keep(e) and e.source]
                    fits = [e for e in fits if judge is not None and agree(e.target, judge)] or fits
                    if fits:
                        tellings = told(fits, earlier)
                        return max(fits, key=lambda e: (tellings[id(e)], -fits.index(e))).source
            if act.lemma_.lower() not in self.words["generic_acts"] or kinds != {EventType.ASSAULT}:
                return None
            # "seized a tanker ... condemned the attack": an attack may name the last act of force of another kind
            found = next((e for e in candidates if e.source and e.event_type in FORCE), None)
            return found.source if found else None
        answerable = self.finder.lex.types.answerable
        acts = [e for e in candidates if e.source and e.event_type in answerable]  # "the move", "called it"
        if act.lemma_.lower() in self.words["measures"]:  # "the decree": an authority's, never a crowd's
            acts = [e for e in acts if e.source.kind not in ("protesters", "civilians")]
        found = next((e for e in acts if judge is not None and agree(e.target, judge)), None) or next(iter(acts), None)
        if found is not None:  # (of the doers one telling names, "American and British warships launched", the first)
            found = next(e for e in earlier if e.mentions == found.mentions and e.event_type == found.event_type)
        return found.source if found else None

    def kinds_named(self, act: Token) -> set[EventType]:
        """The types an act noun named again may be, event or not: its plain sense ("the strikes" named again are
        attacks, not the work stoppage a hosted sense names); of senses its modifiers choose ("joint drills"),
        the first that fits, else any ("the drills": a show of force or joint ones, as the story told)."""
        entries = self.finder.lex.nouns.get(act.lemma_.lower(), [])
        plain = [e for e in entries if "head" not in e and "pobj" not in e] or entries[:1]
        fitting = [e for e in plain if "complements" not in e or modifier_words(act) & set(e["complements"])]
        return {EventType(fitting[0]["type"])} if fitting else {EventType(e["type"]) for e in plain}

    def bombarded(self, tok: Token) -> bool:
        """The name a bombardment, a siege or an attack noun is aimed at ("shelled Kharkiv", "the strikes on
        Kharkiv"): a place, whatever its tag."""
        if tok.dep_ in ("dobj", "nsubjpass"):  # ("Goma was shelled by M23")
            return tok.pos_ == "PROPN" and tok.head.lemma_.lower() in self.words["bombarding"]
        act = tok.head.head if tok.dep_ == "pobj" else tok
        entries = self.finder.lex.nouns if act.pos_ == "NOUN" else self.finder.lex.verbs if act.pos_ == "VERB" else {}
        attack = any(e["type"] == EventType.ASSAULT for e in entries.get(act.lemma_.lower(), ()))
        return attack and tok in struck_names(act)

    def bare_weapon(self, tok: Token) -> Token | None:
        """The weapon a phrase names with no one's mark ("Missiles", "43 of the missiles", "Katyusha rockets", "the
        first shell", "a car bomb"; not "Valdorian jets", "militia drones"), or None."""
        weapon = self.resolver.partitive_of(tok) or tok
        bare = all(c.dep_ in ("det", "nummod", "quantmod") or c.ent_type_ == "ORDINAL" or c.lower_ in self.instruments
                   or (c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and not c.ent_type_
                       and self.resolver.index.agent_kind(c) is None) for c in weapon.lefts)
        return weapon if bare and self.is_instrument(weapon) else None

    def claimant(self, tok: Token) -> Token | None:
        """Who made a charge or claim: "Addis Ababa's claims", "the American charges"."""
        if tok.lemma_.lower() not in self.words["claims"] or tok.pos_ != "NOUN":
            return None
        return next((c for c in tok.children if c.dep_ == "poss" or (
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))), None)

    def culprits(self, tok: Token) -> bool:
        """"those responsible", "the perpetrators", "the culprits": the doers of an act told before."""
        return tok.lemma_.lower() in self.words["culprits"] or any(
            c.dep_ == "amod" and c.lower_ in self.words["culprits"] for c in tok.children)

    def is_instrument(self, tok: Token) -> bool:
        """A weapon or vehicle standing in for whoever used it: "missiles", "Drones", "a jet"."""
        instruments = self.words["instruments"]
        return tok.lemma_.lower() in instruments or tok.lower_.removesuffix("s") in instruments

    def is_act(self, tok: Token) -> bool:
        """A noun naming an act ("the shelling", "the killing"), whose doer can be blamed."""
        return tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.finder.lex.nouns or tok.tag_ == "VBG"
                                       or tok.lower_.endswith("ing") or tok.lemma_.lower() in self.acts)


def told(events: list[Event], earlier: list[Event]) -> dict[int, int]:
    """For each event (by `id()`), how many tellings so far name the same act: same kind, doer and day.
    Tellings are grouped by kind and day first, so a long document is not rescanned per event."""
    groups: dict[tuple, list[Event]] = {}
    for e in earlier:
        groups.setdefault((e.event_type, e.date), []).append(e)
    return {id(event): sum(agree(e.source, event.source) for e in groups.get((event.event_type, event.date), ()))
            for event in events}


def same_word(trigger: str, lemma: str) -> bool:
    """Whether an event's trigger and an act noun are one word: "airstrikes" and "strike", "seized" and
    "seizure", "bombed" and "bombing" (a shared stem of four letters; spaCy gives no derivations)."""
    told = trigger.lower().rstrip("s")
    return told.endswith(lemma) or len(os.path.commonprefix([told, lemma])) >= 4


def antecedent_of(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause hangs on ("Blinken, who flew in to meet ..."); any other
    word for itself."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def crowd_control(event: Event) -> bool:
    """Force used on a crowd (PLOVER's crowd-control arms: tear gas, water cannon), which later words such as "the
    attack" or "those responsible" do not refer back to."""
    return event.event_type == EventType.ASSAULT and event.mode == "other"
