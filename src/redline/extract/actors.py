"""Resolve a noun phrase to an actor: a known one from the knowledge base, a role holder, or a
generic group ("Iraqi protesters") with a kind and a country.

The knowledge base and its lookups live in `actor_index`; this module reads the parse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..grammar import (
    FIRST_PERSON,
    clause_teller,
    entities_between,
    entity_at,
    full_name_before,
    infinitive,
    partitive_of,
    pobj_of,
    text_of,
)
from ..knowledge import ActorEntry
from ..model import Actor
from .actor_index import ActorIndex, fold, role_active

__all__ = ["ActorIndex", "ActorResolver", "fold", "partitive_of", "np_tokens", "span_text", "strip_det"]

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "its", "their", "his", "her",
               "our", "my", "your", "all", "both", "several", "many", "most", "dozens", "hundreds"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "them", "it", "we", "their", "its"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
GROUP_KINDS = {"armed_group", "party"}  # bodies whose members are named by a generic noun ("Hamas gunmen")
RESOLVED = "redline.resolved"  # key of the actors resolved in a document, in Doc.user_data
STATES_TOLD = "redline.states_told"  # key of the states a document names, in Doc.user_data


def backer(tok: Token, backing: frozenset[str]) -> bool:
    """A word naming who backs, leads or funds a group rather than the group's own country."""
    if tok.head != tok and tok.head.lower_ in backing and tok.i < tok.head.i:
        return True  # "Iranian-backed"
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.lower_ in backing and after.head == tok.head  # "Iranian backed group"


PEOPLES_AND_PLACES = ("NORP", "GPE", "LOC", "FAC")


def np_tokens(head: Token, words: Mapping[str, frozenset[str]]) -> list[Token]:
    """The noun phrase of a head: its left modifiers, flat names and `of` phrases (and the on/at/for phrase of
    a role: "a spokesman for the ministry"), not its clauses. `words`: words.yaml's lists (charging, roles,
    day_parts)."""
    charging, roles = words["charging"], words["roles"]
    keep = {"compound", "amod", "poss", "nmod", "det", "nummod", "flat", "case", "punct", "quantmod", "npadvmod"}
    tokens = [head]
    for child in head.children:
        if head.pos_ == "PROPN" and head.ent_type_ not in PEOPLES_AND_PLACES and child.dep_ == "amod" \
                and all(t.text.islower() and not t.ent_type_ for t in child.subtree):
            continue  # words that describe a name are no part of it: "a visibly shaken Bongo" (but "ethnic
            # Albanians", "the Georgian-held Kodori Gorge")
        if child.i < head.i and child.dep_ in keep:
            tokens.extend(child.subtree)
        elif child.i > head.i and child.dep_ in {"flat", "compound"}:
            tokens.extend(child.subtree)
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ in {"of", "on", "at", "for"} \
                and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in child.children) \
                and not (child.lower_ == "of" and head.dep_ == "dobj" and head.head.lemma_ in charging):
            # not "accused X of developing plans", "accused Western countries of double standards", nor a day
            # ("summoned the ambassador on Monday")
            if child.lower_ == "of" or head.lemma_.lower() in roles:
                tokens.extend(child.subtree)
    tokens = sorted(set(tokens), key=lambda t: t.i)
    while head.pos_ == "PROPN" and tokens[0].i > 0:
        # a name the parser tore apart: "Kata'ib" hung on the verb instead of on "Hezbollah"
        prev = head.doc[tokens[0].i - 1]
        if prev.pos_ != "PROPN" or prev.dep_ not in ("npadvmod", "nmod", "dep") or not prev.text[:1].isupper():
            break
        tokens.insert(0, prev)
    # trim punctuation and possessive markers at the edges, and a day the parser took in with its determiner
    # ("On Monday crowds stormed", "Within minutes crowds poured", "Later that evening demonstrators stormed")
    def timed(tok: Token) -> bool:  # a day or a time of day ("Monday", "that evening")
        return tok.ent_type_ in ("DATE", "TIME") or (tok.dep_ in ("compound", "npadvmod") and tok.i < head.i
                                                      and tok.lower_ in words["day_parts"])

    while tokens and tokens[0] != head and (tokens[0].is_punct or tokens[0].dep_ == "case" or timed(tokens[0])
                                            or (tokens[0].dep_ == "det" and timed(tokens[1]))):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "case"):
        tokens.pop()
    return tokens


def generic_aliases(head: Token, surface: str, words: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """Other ways to write an unnamed group: with its article, and without its trailing phrase."""
    full = span_text(np_tokens(head, words))
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    short = span_text(strip_det(sorted([head, *mods], key=lambda t: t.i)))
    # and without words that only describe: "angry Iraqi Shiite militia supporters" → "Iraqi Shiite militia supporters"
    named = [m for m in mods if not (m.pos_ == "ADJ" and not m.ent_type_ and not m.text[:1].isupper())]
    plain = span_text(sorted([head, *(t for m in named for t in m.subtree)], key=lambda t: t.i))
    return tuple(dict.fromkeys(a for a in (full, short, plain) if a and a != surface))


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb above a to-infinitive that has none of its own ("fired tear gas to
    disperse them": the officers disperse)."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "advcl") or not infinitive(verb):
            return subject
        verb = verb.head
    return None


def span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return text_of(doc[tokens[0].i: tokens[-1].i + 1])


def strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in DETERMINERS and tokens[0].pos_ in {"DET", "PRON", "ADJ", "NOUN"}:
        tokens = tokens[1:]
    return tokens


SEATED_KINDS = {"government", "legislature"}  # bodies named by where they sit


class ActorResolver:
    """Turns parse tokens into Actors, using the knowledge base and the document's date."""

    def __init__(self, index: ActorIndex, words: Mapping[str, frozenset[str]],
                 site_nouns: frozenset[str] = frozenset()) -> None:
        self.index = index
        self.words = words
        self.site_nouns = site_nouns  # "base", "airport" (data/places.yaml): "the Vaziani air base" is no person

    def partitive_of(self, head: Token) -> Token | None:
        """The group a quantity or part is taken from ("twenty-five of its fighters"), or that sent these people
        ("inspectors of the IAEA", "UNHCR staff")."""
        return partitive_of(head, self.words["partitives"], self.words["personnel"])

    def np_tokens(self, head: Token) -> list[Token]:
        """The noun phrase of a head, without its clauses."""
        return np_tokens(head, self.words)

    def generic_aliases(self, head: Token, surface: str) -> tuple[str, ...]:
        return generic_aliases(head, surface, self.words)

    def names_proxies(self, tokens: list[Token]) -> bool:
        """"proxy forces", "Iran's proxies": a group some state backs."""
        return any(t.lemma_.lower() in self.words["proxies"] or t.lower_ in self.words["proxies"] for t in tokens)

    def actor(self, entry: ActorEntry, surface: str) -> Actor:
        aliases = (surface,) if fold(surface) != fold(entry.name) else ()
        return Actor(name=entry.name, aliases=aliases, country=entry.country, kind=entry.kind, id=entry.id)

    def known(self, text: str, on: date | None) -> Actor | None:
        entry = self.index.lookup(text, on)
        if entry is None:
            return None
        actor = self.actor(entry, text)
        posts = [r for r in entry.roles if role_active(r, on)] if entry.kind == "person" and on is not None else []
        if posts and all(r.get("country") is None for r in posts):
            # (one who holds only an international post that day speaks for it, not for the state he comes from:
            # "Guterres condemned", as UN Secretary-General)
            actor = Actor(actor.name, actor.aliases, None, actor.kind, actor.id)
        return actor

    def entities_in(self, tokens: list[Token]) -> list[Span]:
        if not tokens:
            return []
        starts = (entity_at(t) for t in tokens if t.ent_iob_ == "B")
        return [e for e in starts if e is not None and e.label_ in ENTITY_LABELS]

    def seat_of(self, head: Token) -> ActorEntry | None:
        """The state whose seat an official body is said to sit in: "the government in Cotonou", "the
        parliament in Kyiv"."""
        if self.index.agent_kind(head) not in SEATED_KINDS or head.lemma_.lower() in self.words["missions"]:
            return None  # (an embassy sits in another state's capital)
        seat = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        return self.index.state_of(seat.text) if seat is not None else None

    def country_in(self, tokens: list[Token]) -> ActorEntry | None:
        """A state named inside the phrase: "Iraqi", "Iran's", "U.S.", "of Iraq"; not its backer
        ("Iranian-backed militia" is no Iranian militia)."""
        if self.names_proxies(tokens):
            return None  # "Iranian proxy forces": Iran backs them
        tokens = [t for t in tokens if not backer(t, self.words["backing"])]
        for ent in self.entities_in(tokens):
            state = self.index.state_of(ent.text)
            if state:
                return state
        for tok in tokens:
            if tok.dep_ == "poss" and tok.pos_ == "PRON" and tok.lower_ in GROUP_PRONOUNS:
                owner = self.pronoun(tok, None)  # "its military": whose?
                if owner is not None and owner.country:
                    state = self.index.by_id.get(owner.country)
                    if state is not None:
                        return state
            if tok.pos_ in {"PROPN", "ADJ", "NOUN"} or tok.ent_type_:
                state = self.index.state_of(tok.text)
                if state and tok.text[:1].isupper():
                    return state
        return None

    def resolve(self, head: Token, on: date | None) -> Actor | None:
        """The actor a noun phrase names, or None when it names no actor. Kept per document and resolver (in
        `doc.user_data`): a phrase is read again for each event, pronoun and antecedent that leads to it, and a
        fifth of the phrases resolved in a document were resolved before (the answer depends on the parse, the
        day and the knowledge only)."""
        memo = head.doc.user_data.setdefault((RESOLVED, id(self)), {})
        if (head.i, on) not in memo:
            memo[head.i, on] = self.resolve_anew(head, on)
        return memo[head.i, on]

    def resolve_anew(self, head: Token, on: date | None) -> Actor | None:
        """The actor a noun phrase names, read from the parse (see `resolve`)."""
        special = self.special_phrase(head, on)
        if special is not None:
            return special or None
        tokens = strip_det(self.np_tokens(head))
        if not tokens:
            return None
        surface = span_text(tokens)
        flag = self.country_in(tokens) if any(t.lower_ in self.words["flagging"] for t in tokens) else None
        if flag is not None:
            return self.actor(flag, surface)  # "the British-flagged tanker Stena Impero": its flag's state
        found, office = self.named_in(head, tokens, surface, on)
        found = found or (self.known(full_name_before(head) or "", on) if len(tokens) == 1 else None)  # "Saakashvili"
        if found is not None and self.bare_body(head, tokens) and not self.told_of(head.doc, found.country, on):
            found = None  # "Congress" in a story of Peru that never names the United States: Peru's congress
        within = self.country_in(tokens)
        named = getattr(within, "country", None)  # ("Peru's Congress" is not the U.S. Congress)
        if found is not None and (found.kind == "state" or named in (None, found.country) or found.country is None):
            return self.with_alias(found, surface)
        state = within or self.seat_of(head)
        found = self.title_holder(head, tokens, surface, state, on)
        return found or office or self.unknown_name(head, surface, state) \
            or self.generic(head, tokens, surface, state, on)

    def bare_body(self, head: Token, tokens: list[Token]) -> bool:
        """"Congress", "the Senate", "Parliament": the capitalised name of a kind of body (agents.yaml) that many
        states have, and that the reference dictionaries give to one of them."""
        return tokens == [head] and head.text[:1].isupper() and self.index.agent_kind(head) is not None

    def told_of(self, doc: Doc, country: str | None, on: date | None) -> bool:
        """Whether the document names the state (its name, people, capital or one of its known people)."""
        if country is None:
            return True
        memo = doc.user_data.setdefault((STATES_TOLD, id(self)), {})
        if on not in memo:
            found = (self.known(e.text, on) for e in doc.ents if e.label_ in ("GPE", "NORP", "PERSON", "ORG")
                     and not self.bare_body(e.root, strip_det(list(e))))  # (not "Congress" itself)
            memo[on] = {a.country or a.id for a in found if a is not None}
        return country in memo[on]

    def special_phrase(self, head: Token, on: date | None) -> Actor | bool | None:
        """Pronouns, "neither country", an office's voice, a part of a group: the actor, False for nobody,
        or None when the phrase is none of these."""
        if head.pos_ == "PRON" and head.lower_ not in self.words["partitives"]:
            return self.pronoun(head, on) or False
        if head.pos_ == "PRON" and head.dep_ in ("nsubj", "nsubjpass") and self.partitive_of(head) is None:
            return self.part_of_group(head, on) or False  # "hundreds of students chanted, with some calling on"
        if any(c.dep_ == "det" and c.lower_ in ("neither", "no") for c in head.children):
            return False  # "neither country", "no government": nobody
        if head.lemma_.lower() in self.words["spokes"]:
            # "Adel Abdul-Mahdi's office", "the Kremlin's spokesman": the voice of whoever owns it
            owner_tok = next((c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
            owner = self.resolve(owner_tok, on) if owner_tok is not None else None
            if owner is not None:
                return self.with_alias(owner, span_text(strip_det(self.np_tokens(head))))
        if head.lower_ in self.words["name_halves"] and head.is_title:
            return self.half_named(head, on)
        if self.index.state_of(head.text) and any(c.lower_ in self.words["ethnic_marks"] for c in head.children):
            tokens = [t for t in strip_det(self.np_tokens(head)) if t.pos_ != "NUM"]
            return Actor(name=span_text(tokens), kind="civilians")  # "20 ethnic Albanians": a people, not Albania
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None) if whose is not None else None
        if clause is not None:
            # "the Maute group, whose fighters fanned out": the group the clause hangs on, in its men
            found = self.resolve(clause.head, on)
            return self.with_alias(found, span_text(strip_det(self.np_tokens(head)))) if found else False
        part = self.partitive_of(head)
        people = self.index.state_of(part.text) if part is not None and part.ent_type_ == "NORP" \
            and part.text.endswith("s") else None
        if people is not None:  # "tens of thousands of Nicaraguans": people of the state, not the state
            return Actor(name=span_text(strip_det(self.np_tokens(head))), country=people.country or people.id,
                         kind="civilians")
        if part is not None:
            # "twenty-five of its fighters", "dozens of angry supporters", "members of the militia"
            found = self.resolve(part, on)
            return self.with_alias(found, span_text(strip_det(self.np_tokens(head)))) if found else False
        if head.lower_ in self.words["plural_amounts"] and head.dep_ != "npadvmod" and not (
                head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in self.words["sending"]):
            # "Thousands marched", "detained dozens": people (not "fired dozens at", "sent thousands")
            return Actor(name=span_text(self.np_tokens(head)), kind="civilians")
        return None

    def half_named(self, head: Token, on: date | None) -> Actor | None:
        """"the South" alone, after the document named "South Korea" or "North Korea": that state (words.yaml
        `name_halves`); None when the phrase says more ("the South China Sea") or no such pair was named before."""
        if any(c.dep_ != "det" for c in head.children) or head.dep_ == "compound":
            return None
        for ent in reversed([e for e in entities_between(head.doc, 0, head.i) if e.end <= head.i]):
            first, _, rest = ent.text.partition(" ")
            if rest and first.lower() in self.words["name_halves"]:  # ("North Korea" named: "the South" too)
                found = self.known(f"{head.text} {rest}", on)
                if found is not None and found.kind == "state":
                    return self.with_alias(found, head.text)
        return None

    def named_in(self, head: Token, tokens: list[Token], surface: str,
                 on: date | None) -> tuple[Actor | None, Actor | None]:
        """A known actor the phrase names (and an office it names, whose holder may be unknown)."""
        org = entity_at(head)
        person, org = (org, None) if org is not None and org.label_ == "PERSON" else (None, org)
        last = tokens.index(head) if head in tokens else len(tokens) - 1
        office: Actor | None = None  # "President of the United States": an office, not its holder
        for tail in [tokens, *(tokens[i:last + 1] for i in range(last + 1))]:
            # the whole phrase, then pieces that end at the head ("Defense Secretary Mark Esper" → "Mark Esper"),
            # never one without the head ("President X of Germany" is no Germany) or inside an organisation's
            # name ("Kata'ib Hezbollah" is not Hezbollah)
            if tail[0].is_punct or (tail[0] != tokens[0] and org is not None and org.start < tail[0].i < org.end):
                continue
            if all(t.pos_ in ("NOUN", "ADJ") and t.text.islower() and t.text[0] != "@" for t in tail):
                # "border guards", "the guards": a common noun names a kind of actor, not the one so called ("the
                # last red line" is not the group called Red Line)
                continue
            found = self.known(span_text(tail), on)
            if found and found.kind != "person" and person is not None and person.start < tail[0].i < person.end:
                continue  # the end of a person's name names no group: "Therese Kayikwamba Wagner" is not Wagner
            if found and self.is_office(found):
                office = office or self.with_alias(found, surface)  # its holder on the day, if we know them
            elif found:
                return self.with_alias(found, surface), office
        # named entities inside the phrase, longest first
        members = self.index.agent_kind(head) is not None  # "al-Shabaab militants", "Hamas gunmen"
        for ent in sorted(self.entities_in(tokens), key=len, reverse=True):
            if ent.label_ in {"PERSON", "ORG"} and head.i in range(ent.start, ent.end):
                found = self.known(ent.text, on)
                if found:
                    return self.with_alias(found, surface), office
            if ent.label_ in {"ORG", "PERSON"} and members and ent.end <= head.i:  # (the base says what it is)
                found = self.known(ent.text, on)
                if found and found.kind in GROUP_KINDS:
                    return self.with_alias(found, surface), office
        # a group's acronym the tagger left unlabelled: "RSF fighters", "PKK militants"
        for tok in (t for t in tokens if members and t.i < head.i and t.text.isupper() and len(t.text) > 1):
            found = self.known(tok.text, on)
            if found and found.kind in GROUP_KINDS:
                return self.with_alias(found, surface), office
        # an appositive name: "Tehran's police chief, Hossein Rahimi"
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                found = self.resolve(child, on)
                if found:
                    return self.with_alias(found, surface), office
        return None, office

    def title_holder(self, head: Token, tokens: list[Token], surface: str, state: ActorEntry | None,
                     on: date | None) -> Actor | None:
        """A title held by one person on that date: "Iraq's prime minister", "the UN secretary-general"; "the
        president": the holder of that title the text last named."""
        seat = self.org_in(tokens, on) if state is None else None
        if state is not None or seat is not None:
            seat_id = (state.country or state.id) if state is not None else seat[0]
            words = [t for t in tokens if not self.index.state_of(t.text) and t.dep_ != "case"
                     and (seat is None or t.i not in seat[1])]
            for n in range(min(self.index.max_title_words, len(words)), 0, -1):
                holder = self.index.role_holder(" ".join(t.lower_ for t in words[-n:]), seat_id, on)
                if holder:
                    return self.actor(holder, surface)
        elif head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.children):
            holder = self.titled_before(head, tokens, on)
            if holder is not None:
                return self.with_alias(holder, surface)
        return None

    def unknown_name(self, head: Token, surface: str, state: ActorEntry | None) -> Actor | None:
        """A named person or organisation the knowledge base does not know."""
        head_ent = head.ent_type_
        told_before = full_name_before(head)
        if head_ent != "PERSON" and told_before:
            head_ent = "PERSON"  # ("Tovar", told in full before, left unlabelled or taken for a product or a body)
        if head_ent not in {"PERSON", "ORG"} or (head.pos_ != "PROPN" and not told_before):
            return None
        ent = entity_at(head)
        name = (told_before if head_ent == "PERSON" else None) or (ent.text if ent is not None else surface)
        name = re.sub(r"^(the|The)\s+", "", name)
        name = re.sub(r"\s*['’]s?$", "", name)  # (the tagger may take the possessive in: "Gotabaya Rajapaksa's")
        office = head.lemma_.lower() in self.words["state_offices"]
        kind = "person" if head_ent == "PERSON" else "government" if office else None
        country = state.country if state and fold(state.name) != fold(name) else None
        return Actor(name=name, aliases=(surface,) if surface != name else (), country=country, kind=kind)

    def generic(self, head: Token, tokens: list[Token], surface: str, state: ActorEntry | None,
                on: date | None) -> Actor | None:
        """A state by name, demonym or capital ("Tehran"); a generic group ("Iraqi protesters", "U.S.
        officials", "an American drone"); an unknown state or name kept as written."""
        if state is not None and len(tokens) == 1:
            return self.actor(state, surface)
        kind = self.index.agent_kind(head)
        if kind == "military" and self.names_proxies(tokens):
            kind = "armed_group"  # "proxy forces" are no state's army
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in FIRST_PERSON), None)
        if kind and owner is not None and head.lemma_.lower() in self.words["missions"]:
            found = self.resolve(owner, on)  # "stormed its embassy in Tehran": the sending state's, not Tehran's
            return self.with_alias(found, surface) if found else None
        if kind:
            if state is not None and kind == "military" and head.lemma_ in self.words["instruments"]:
                return self.actor(state, surface)  # "an American drone" fired: the United States did
            earlier = self.antecedent(head, kind, on) or self.fighting_for(head, kind, on) \
                or (self.chamber_before(head, on) if kind == "legislature" and state is None else None)
            if earlier is not None:
                return self.with_alias(earlier, surface)
            country = state.country if state else self.leader_country(owner, on)
            return Actor(name=surface, aliases=self.generic_aliases(head, surface), country=country, kind=kind)
        if state is not None and head.pos_ == "PROPN":
            return self.actor(state, surface)
        if head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "NORP") and head.lower_ not in self.words["not_actors"]:
            return Actor(name=surface)  # a state or people the knowledge base does not know
        if head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ not in self.words["not_actors"] \
                and head.text[:1].isupper() \
                and not head.is_sent_start:  # ("Heavy shelling near the airport": a capital at the start is no name)
            return Actor(name=surface)  # an unknown name the tagger did not label: keep it as written
        return None

    def leader_country(self, owner: Token | None, on: date | None) -> str | None:
        """The country of the known person whose men a group is ("Assad's forces", "Haftar's fighters"), or None."""
        if owner is None or owner.ent_type_ != "PERSON":
            return None
        found = self.resolve(owner, on)
        return found.country if found is not None and found.kind == "person" else None

    def is_office(self, actor: Actor) -> bool:
        """A reference-file actor that is an office ("President of the United States", "UN Secretary General"):
        the person holding it on the day is the actor, when the roles say who."""
        entry = self.index.by_id.get(actor.id) if actor.id else None
        if entry is None or entry.curated or entry.kind not in ("government", "igo"):
            return False
        words = fold(entry.name).split()
        ends = {" ".join(words[:n]) for n in range(1, 4)} | {" ".join(words[-n:]) for n in range(1, 4)}
        return any(end in self.index.titles_by_name for end in ends)

    def org_in(self, tokens: list[Token], on: date | None) -> tuple[str, set[int]] | None:
        """An organisation named inside a phrase, as the seat of an office: "the UN secretary-general"."""
        for ent in self.entities_in(tokens):
            if ent.label_ == "ORG":
                found = self.index.lookup(ent.text, on)
                if found is not None and found.kind not in ("person", "state"):
                    return found.id, set(range(ent.start, ent.end))
        return None

    def titled_before(self, head: Token, tokens: list[Token], on: date | None) -> Actor | None:
        """"the president": of everyone holding that title on the date, the one the text named last."""
        words = [t.lower_ for t in tokens]
        holders: set[str] = set()
        for n in range(min(self.index.max_title_words, len(words)), 0, -1):
            holders = self.index.title_holders(" ".join(words[-n:]), on)
            if holders:
                break
        if not holders:
            return None
        for ent in reversed([e for e in entities_between(head.doc, 0, head.i)
                            if e.end <= head.i and e.label_ in ("PERSON", "ORG")]):
            found = self.known(ent.text, on)
            if found is not None and found.id in holders:
                return found
        return None

    def antecedent(self, head: Token, kind: str, on: date | None) -> Actor | None:
        """"the group", "the militia", "its fighters": the last named actor of that kind before it."""
        mods = [c for c in head.children if c.dep_ in ("det", "poss", "amod", "compound", "nmod")]
        if not (len(mods) == 1 and (mods[0].lower_ == "the" or mods[0].lower_ in ("its", "their"))):
            return None
        if mods[0].lower_ == "the" and head.lemma_.lower() not in self.words["anaphoric_nouns"]:
            return None
        doc = head.doc
        window = doc[max(0, head.sent.start - 150):head.i]
        # any label: the tagger calls "Kata'ib Hezbollah" a person at times; the knowledge base says what it is
        named = {e.root.i: e for e in entities_between(doc, window.start, head.i) if e.label_ in ENTITY_LABELS}
        for tok in reversed(window):
            if tok.i in named:
                found = self.resolve(tok, on) if tok.pos_ == "PROPN" else self.known(named[tok.i].text, on)
                fits = {kind, "armed_group" if kind == "military" else kind}
                if mods[0].lower_ in ("its", "their") and kind in self.words["state_organs"]:
                    fits.add("state")  # "Iran admitted that its military had shot down ...": Iran's forces
                if found is not None and found.kind in fits:
                    return found
            if tok.lemma_ == head.lemma_ and any(c.pos_ == "PROPN" for c in tok.lefts if c.dep_ == "compound"):
                return self.resolve(tok, on)  # "the Northern Shield militia ... the militia"
            anaphoric = tok.lemma_.lower() in self.words["anaphoric_nouns"]
            if mods[0].lower_ in ("its", "their") and anaphoric and tok.i != head.i \
                    and any(c.lower_ == "the" for c in tok.children):
                found = self.resolve(tok, on)  # "The militia said ... its fighters": the militia named before
                if found is not None and found.id:
                    return found
        return None

    def part_of_group(self, head: Token, on: date | None) -> Actor | None:
        """"some", "many", "others" as a subject: part of the group a doer before it in the sentence names
        (a subject, or the noun of a participle: "students chanting")."""
        doers = [self.partitive_of(t) or t for t in reversed(head.doc[head.sent.start:head.i])
                 if t.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "acl" and c.tag_ == "VBG" for c in t.children)]
        group = next((t for t in doers if t.tag_ == "NNS" and self.index.agent_kind(t)), None)
        found = self.resolve(group, on) if group is not None else None
        return self.with_alias(found, head.text) if found is not None else None

    def chamber_before(self, head: Token, on: date | None) -> Actor | None:
        """"the lawmakers", "deputies": members of the parliament the text last named with its country."""
        doc = head.doc
        for tok in reversed(doc[max(0, head.sent.start - 150):head.i]):
            if tok.pos_ in ("NOUN", "PROPN") and self.index.agent_kind(tok) == "legislature":
                found = self.resolve(tok, on)
                if found is not None and found.country is not None and found.kind == "legislature":
                    return found
        return None

    def fighting_for(self, head: Token, kind: str, on: date | None) -> Actor | None:
        """"Hezbollah fighters", "fighters of the militia", "Pentagon officials": people named after their
        organisation stand for it."""
        if kind not in ("armed_group", "military", "police", "government"):
            return None
        force = pobj_of(head, "of", "from")
        if force is not None:  # "fighters of the Red Dawn militia", "soldiers from the 82nd Airborne Division"
            found = self.resolve(force, on)
            return found if found is not None and found.kind in ("armed_group", "military") else None
        name = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if not name:
            return None
        found = self.known(head.doc[name[0].left_edge.i:name[-1].i + 1].text, on)
        return found if found is not None and found.kind not in ("state", "person") else None

    def with_alias(self, actor: Actor, surface: str) -> Actor:
        if fold(surface) == fold(actor.name) or surface in actor.aliases:
            return actor
        return Actor(actor.name, (*actor.aliases, surface), actor.country, actor.kind, actor.id)

    def matrix_subject(self, tok: Token, on: date | None) -> Actor | None:
        """"Khartoum insisted it had played no part": "it" (or "they", "we") subject of a clause is the
        subject of the verb that clause completes, when that names a group or a state (whatever its tag)."""
        if tok.lower_ not in ("it", "they", "we") or tok.dep_ not in ("nsubj", "nsubjpass") \
                or tok.head.dep_ != "ccomp":
            return None
        verb = tok.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                        and c.i < verb.i < tok.i and c.lower_ not in self.index.title_words), None)
        found = self.resolve(subject, on) if subject is not None else None
        return found if found is not None and found.kind not in ("person", None) else None

    def pronoun(self, tok: Token, on: date | None) -> Actor | None:
        """He/she → the nearest preceding person; it/they → the nearest preceding group or state."""
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            labels = {"PERSON"}
        elif low in GROUP_PRONOUNS:
            labels = {"ORG", "GPE", "NORP"}
        else:
            return None
        teller = clause_teller(tok) if labels == {"PERSON"} else None
        matrix = self.resolve(teller, on) if teller is not None else self.matrix_subject(tok, on)
        if matrix is not None and (teller is None or matrix.kind == "person"):
            return matrix
        doc = tok.doc
        window_start = max(0, tok.sent.start - 120)
        # (not a people's adjective on a thing: "Russian flags" are no one)
        candidates = [e.root for e in entities_between(doc, window_start, tok.i) if e.label_ in labels
                      and not (e.root.dep_ == "compound" and e.root.head.lemma_.lower() in self.site_nouns)
                      and not (e.root.dep_ == "amod" and not self.index.agent_kind(e.root.head))]
        if labels == {"PERSON"}:
            # the tagger sometimes misses a name; a proper-noun subject that is not a place counts too
            # (or one the tagger mislabelled: "Trump" as an organisation; the knowledge base knows better)
            candidates += [t for t in doc[window_start:tok.i] if t.dep_ == "nsubj" and t.text[:1].isupper()
                           and self.index.state_of(t.text) is None
                           and (getattr(self.index.lookup(t.text, on), "kind", "") == "person"
                                or (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC", "FAC")))]
            # a title standing for its holder: "the prime minister ... when Esper telephoned him"
            candidates += [t for t in doc[window_start:tok.i] if t.pos_ == "NOUN" and t.lower_ in self.index.title_words
                           and any(c.lower_ == "the" for c in t.children)]
        elif low in ("they", "them", "their"):
            # "told the protesters that he stood with them": a group named by a plural noun
            # (or a crowd: "Crowd at the embassy gate now. Police are firing tear gas to push them back")
            # (or a part of one: "followers of Moqtada al-Sadr broke in ...; riot police drove them out")
            candidates += [t for t in doc[window_start:tok.i] if (t.tag_ == "NNS" and self.index.agent_kind(t)
                                                                  or self.index.agent_kind(t) == "protesters"
                                                                  or t.tag_ == "NNS" and self.partitive_of(t))
                           and t.lemma_.lower() not in self.words["instruments"]
                           and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "ROOT")]
        elif low in ("it", "its"):
            # "The army said on Friday it had repelled the attack": a body named by a common noun as subject
            candidates += [t for t in tok.sent if t.i < tok.i and t.dep_ == "nsubj" and t.tag_ == "NN"
                           and self.index.agent_kind(t) and any(c.lower_ == "the" for c in t.children)]
            # (or a state the tagger left unlabelled: "Bahrain recalled its ambassador")
            candidates += [t for t in tok.sent if t.i < tok.i and t.dep_ == "nsubj" and self.index.state_of(t.text)]
        # "Esper telephoned him", "officers fired tear gas to disperse them": an object pronoun is not its own
        # clause's subject
        subject = clause_subject(tok.head) if tok.dep_ in ("dobj", "pobj", "dative") else None
        # a group: the latest sentence that names one, its subject first ("Now Iran is orchestrating an attack on
        # the embassy in Iraq. They will be held responsible" means Iran); a person: the nearest name (no genders
        # are known, and "X spoke to Y. She said" is more often Y)
        def order(t: Token) -> tuple:
            if labels == {"PERSON"}:
                return (-t.i,)
            whole = t.head.head if t.dep_ == "pobj" and self.partitive_of(t.head.head) == t else t  # "dozens of X"
            return (-t.sent.start, whole.dep_ not in ("nsubj", "nsubjpass", "ROOT"), -t.i)  # (ROOT: a fragment's topic)

        if labels == {"PERSON"}:
            # not a name told inside another's phrase ("Pompeo, who flew in to meet Mohammed bin Salman, was less
            # careful. He called ...": Pompeo)
            candidates = [t for t in candidates if not any(c != t and c.dep_ in ("nsubj", "nsubjpass")
                                                           and c.is_ancestor(t) for c in candidates)]
        for head in sorted(set(candidates), key=order):
            if (subject is not None and head == subject) or head.text.startswith("@"):
                continue  # nor a handle in a post's signature
            found = self.resolve(head, on)
            if found is not None and (labels != {"PERSON"} or found.kind in ("person", None)):
                return found
        return None
