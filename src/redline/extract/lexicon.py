"""The trigger lexicon (data/triggers.yaml) compiled once into lookup tables and word sets."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from spacy.tokens import Token

from ..grammar import verb_lemmas
from ..model import TypeSemantics

CONDITION_KEYS = ("future", "refusal", "denial", "reported", "head", "prep", "pobj", "dep", "dep_not", "objects",
                  "no_objects", "xcomp", "no_xcomp", "subj_in", "subj_not", "complements", "oprd_pos", "no_state")


class Lexicon:
    """The trigger lexicon compiled for lookup: entries by lemma (most specific first) and the word sets
    the rules read."""

    def __init__(self, lexicon: dict, words: Mapping[str, frozenset[str]], types: TypeSemantics,
                 discards: re.Pattern | None = None) -> None:
        self.words = words  # the closed word lists of data/words.yaml
        self.discards = discards  # phrases of sentences about no political event (data/discards.yaml)
        self.types = types  # what each event type means for its arguments (data/plover.yaml)
        self.verbs: dict[str, list[dict]] = defaultdict(list)
        self.nouns: dict[str, list[dict]] = defaultdict(list)
        for section, table in (("verbs", self.verbs), ("nouns", self.nouns)):
            for entry in lexicon.get(section) or []:
                table[entry["lemma"]].append(entry)
        for table in (self.verbs, self.nouns):
            for lemma, entries in table.items():
                # hand entries before the base entries under them; entries with conditions are more specific: try
                # them first; of as specific ones, a condition on the doer first ("a drone destroyed a truck" is an
                # air strike, whatever it destroyed)
                table[lemma] = sorted(entries, key=lambda e: (bool(e.get("base")),
                                                              -sum(k in e for k in CONDITION_KEYS),
                                                              "subj_in" not in e))
        self.irrealis = set(lexicon.get("irrealis_heads") or [])
        self.attempts = set(lexicon.get("attempt_heads") or [])
        self.modals = set(lexicon.get("modal_aux") or [])
        self.negations = set(lexicon.get("negations") or [])
        self.conditionals = set(lexicon.get("conditional_marks") or [])
        self.accidents = set(lexicon.get("accident_heads") or [])
        self.speech = set(lexicon.get("speech_verbs") or [])
        # weapon words (lower case) → ASSAULT mode
        self.instruments: dict[str, str] = {k.lower(): v for k, v in (lexicon.get("instruments") or {}).items()}
        # things fired or launched are no targets; acts ("air raid" → raid) and people ("gunman") are (not arms that
        # are an act only after a given head: "responded with rockets")
        acts = {lemma for lemma, entries in self.nouns.items() if any("head" not in e for e in entries)}
        instruments = {w.split()[-1] for w in self.instruments} - acts
        self.purpose = set(lexicon.get("purpose_verbs") or [])
        self.revenge = set(lexicon.get("revenge_verbs") or [])
        self.undoing = set(lexicon.get("undoing_verbs") or [])
        self.weapons = (instruments - words["armed_people"]) | set(lexicon.get("munitions") or [])
        hosts = lexicon.get("noun_hosts") or {}
        self.host_verbs = set(hosts.get("verbs") or [])
        self.host_deps = set(hosts.get("deps") or [])
        self.patient_hosts = set(hosts.get("patient_verbs") or [])
        self.host_verbs |= self.patient_hosts
        self.with_hosts = set(hosts.get("with_verbs") or [])
        # verbs whose "on", "for", "in" or "under" phrase names the act done ("went on strike", "came to Geneva for
        # talks", "engaged in ethnic cleansing", "was put under investigation")
        self.prep_hosts = {prep: set(hosts.get(f"{prep}_verbs") or []) for prep in ("on", "for", "in", "under")}

    def said(self, event_type: str, mode: str | None) -> bool:
        """Whether an event of this type and mode is a statement: said, not done (a resignation, of a statement
        type, is a deed: words.yaml `deed_modes`)."""
        return event_type in self.types.statement and mode not in self.words["deed_modes"]

    def noun_name(self, tok: Token) -> str:
        """The lexicon name a noun ends: of two words ("tear gas", "martial law", "hunger strike"), of a word the
        tokeniser split at its hyphen ("sit-in", "build-up"), or the noun's lemma."""
        lemma, doc = tok.lemma_.lower(), tok.doc
        modifier = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1), None)
        if modifier is not None and f"{modifier.lemma_.lower()} {lemma}" in self.nouns:
            return f"{modifier.lemma_.lower()} {lemma}"
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
                and not doc[tok.i - 2].whitespace_ and f"{doc[tok.i - 2].lower_}-{lemma}" in self.nouns:
            return f"{doc[tok.i - 2].lower_}-{lemma}"
        return lemma

    def prep_host(self, noun: Token) -> Token | None:
        """The verb whose preposition names the act the noun is: "went on strike", "flew in for talks"."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        verb = noun.head.head
        return verb if verb.lemma_.lower() in self.prep_hosts.get(noun.head.lower_, ()) else None

    def hosts(self, verb: Token) -> bool:
        """Whether a verb carries out the act its object names ("staged a rally", "imposed a curfew")."""
        return bool(verb_lemmas(verb) & self.host_verbs)
