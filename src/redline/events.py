"""Find event triggers in parsed sentences and read their arguments off the dependency parse.

Matching (which words are triggers, from data/triggers.yaml) is kept apart from annotation
(which clauses are real, who is source and target). Negated, conditional, interrogative,
modal and merely planned clauses give no event.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .knowledge import words

CONDITION_KEYS = ("future", "refusal", "reported", "head", "prep", "pobj", "dep", "dep_not", "objects", "no_objects",
                  "xcomp", "no_xcomp", "subj_in", "subj_not", "complements", "oprd_pos")
OBJECT_DEPS = ("dobj", "obj")
INSTRUMENT_WORDS = words()["instruments"]
TARGET_PREPS = {"on", "against", "at", "into", "upon", "toward", "towards"}
IRREALIS_DEPS = {"xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "dobj", "nsubjpass"}
THREAT_HEADS = words()["threat_heads"]
FUTURE_AUX = {"will", "would", "shall", "'ll", "’ll"}
TELLING = words()["telling"]
UNREAL_MODIFIERS = words()["unreal_modifiers"]
APPROVING = words()["approving"]
DOCUMENTS = words()["documents"]
ANSWERABLE = words()["answerable"]
CLASHES = words()["clashes"]
MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
STATEMENT_TYPES = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "CONCEDE", "SUPPORT", "AGREE", "CONSULT"}


@dataclass
class Trigger:
    """A matched trigger and the arguments read off the parse (tokens, resolved later)."""

    token: Token
    entry: dict
    source: Token | None = None
    target: Token | None = None

    @property
    def event_type(self) -> str:
        return self.entry["type"]

    @property
    def rule(self) -> str:
        keys = ",".join(f"{k}" for k in CONDITION_KEYS if k in self.entry)
        pos = "noun" if self.token.pos_ in ("NOUN", "PROPN") else "verb"
        return f"{pos}:{self.entry['lemma']}" + (f"[{keys}]" if keys else "")


def objects_of(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in OBJECT_DEPS]


def pobj_of(tok: Token, *preps: str) -> Token | None:
    """The object of the first of the word's prepositions among these: "sent aid to Gaza" → Gaza."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                 if g.dep_ == "pobj"), None)


def agent_of(verb: Token) -> Token | None:
    """The doer named after "by" in a passive: "were launched by Iran"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def bare_participle(verb: Token) -> bool:
    """A past participle without auxiliary, which reads as a passive: "more than 1,800 wounded"."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def will_do(verb: Token) -> bool:
    """A verb with will/would: an act promised, not yet done."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


class TriggerMatcher:
    """Looks up verbs and event nouns in the trigger lexicon and checks each entry's conditions."""

    def __init__(self, lexicon: dict) -> None:
        self.verbs: dict[str, list[dict]] = defaultdict(list)
        self.nouns: dict[str, list[dict]] = defaultdict(list)
        for section, table in (("verbs", self.verbs), ("nouns", self.nouns)):
            for entry in lexicon.get(section) or []:
                table[entry["lemma"]].append(entry)
        for table in (self.verbs, self.nouns):
            for lemma, entries in table.items():
                # entries with conditions are more specific: try them first
                table[lemma] = sorted(entries, key=lambda e: -sum(k in e for k in CONDITION_KEYS))
        self.irrealis = set(lexicon.get("irrealis_heads") or [])
        self.modals = set(lexicon.get("modal_aux") or [])
        self.negations = set(lexicon.get("negations") or [])
        self.conditionals = set(lexicon.get("conditional_marks") or [])
        self.accidents = set(lexicon.get("accident_heads") or [])
        self.speech = set(lexicon.get("speech_verbs") or [])
        # things fired or launched are no targets; acts ("air raid" → raid) and people ("gunman") are
        instruments = {w.split()[-1] for w in (lexicon.get("instruments") or {})} - set(self.nouns)
        self.purpose = set(lexicon.get("purpose_verbs") or [])
        self.revenge = set(lexicon.get("revenge_verbs") or [])
        self.undoing = set(lexicon.get("undoing_verbs") or [])
        self.weapons = (instruments - words()["armed_people"]) | set(lexicon.get("munitions") or [])
        hosts = lexicon.get("noun_hosts") or {}
        self.host_verbs = set(hosts.get("verbs") or [])
        self.host_deps = set(hosts.get("deps") or [])
        self.patient_hosts = set(hosts.get("patient_verbs") or [])
        self.host_verbs |= self.patient_hosts
        self.with_hosts = set(hosts.get("with_verbs") or [])

    # -- match -------------------------------------------------------------------------------
    def match(self, sent: Span, voiced: bool = False) -> list[Trigger]:
        """The triggers of a sentence; `voiced` when the sentence is a post's or a quote's own words."""
        found = []
        for tok in sent:
            entry = None
            if tok.pos_ == "VERB":
                entry = self.verb_entry(tok, voiced)
            elif tok.pos_ in ("NOUN", "PROPN"):
                entry = self.noun_entry(tok)
            if entry is not None:
                found.append(Trigger(tok, entry))
        return found

    def verb_entry(self, tok: Token, voiced: bool = False) -> dict | None:
        for entry in self.verbs.get(tok.lemma_.lower(), ()):
            if self.conditions_hold(tok, entry, voiced):
                return entry
        return None

    def noun_entry(self, tok: Token) -> dict | None:
        lemma = tok.lemma_.lower()
        compound = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1), None)
        if compound is not None:
            two = f"{compound.lemma_.lower()} {lemma}"
            if two in self.nouns:
                return self.nouns[two][0]
        if tok.dep_ == "compound" and tok.head.i == tok.i + 1:
            return None  # "rocket attack" is matched on "attack"; "strike force" is no strike
        if tok.dep_ in OBJECT_DEPS and tok.head.lemma_.lower() in self.undoing:
            return None  # "lifted sanctions on Caracas": undone, not done
        if lemma == "gas" and compound is not None and compound.lower_ == "tear":
            return self.nouns.get("tear gas", [None])[0]
        entries = [e for e in self.nouns.get(lemma) or () if ("head" not in e or tok.head.lemma_.lower() in e["head"])
                   and (not e.get("reported") or self.reported_clause(tok))]
        if tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in
                                  ("describe", "call", "label", "brand", "characterize", "characterise")):
            return None  # "called the strikes an assault": a characterisation, not another event
        if not entries or not self.noun_hosted(tok):
            return None
        return entries[0]

    def reported_clause(self, tok: Token) -> bool:
        """A word inside what someone says: "said it was America's own crimes that had turned the region"."""
        for node in (tok, *tok.ancestors):
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in self.speech:
                return True
            if node.dep_ in ("ROOT", "ccomp"):
                return False
        return False

    def noun_hosted(self, tok: Token) -> bool:
        """An event noun counts when a verb carries it out or it has its own actor or date."""
        if tok.dep_ in OBJECT_DEPS and tok.head.lemma_ in self.host_verbs:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ in self.patient_hosts:
            return True  # "the convoy came under attack"
        if tok.dep_ in self.host_deps or held_responsible(tok) is not None or self.done_with(tok) is not None \
                or self.said_in(tok) is not None:
            return True  # (an act someone is held responsible for happened: "responsible for the bombings")
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in TARGET_PREPS) for c in tok.children):
            return True
        return any(c.dep_ in ("poss", "amod", "compound")
                   and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN") for c in tok.children)

    def said_in(self, tok: Token) -> Token | None:
        """The verb of saying an exchange hosts: "told his counterpart in a phone call" (its subject called)."""
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.lemma_.lower() in self.speech:
            return tok.head.head
        return None

    def done_with(self, tok: Token) -> Token | None:
        """The verb an act is done "with": "the US responded with an attack" (the verb's subject did it)."""
        verb = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and verb.lemma_.lower() in self.with_hosts \
                and not any(c.dep_ == "aux" and c.lower_ in self.modals for c in verb.children):
            return verb  # (not "would respond with sanctions": a promise, not an act)
        return None

    def conditions_hold(self, tok: Token, entry: dict, voiced: bool = False) -> bool:
        children = list(tok.children)
        objs = [o.lemma_.lower() for o in objects_of(tok)]
        if entry.get("future") and not will_do(tok):
            return False  # "Russia would respond harshly": only a promised act is a threat
        if entry.get("refusal") and not (will_do(tok) and refused(tok)):
            return False  # "would not be handed to Boeing", "would no longer respect the limits": a refusal
        if entry.get("reported") and not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.speech) \
                and not (voiced and tok.dep_ == "ROOT"):
            # "said Soleimani had been plotting attacks", or a post's own "Iran is orchestrating an attack":
            # an allegation someone makes
            return False
        if "head" in entry and tok.head.lemma_.lower() not in entry["head"]:
            return False  # "came under fire", "opened fire": not a fire that broke out
        if "prep" in entry:
            preps = {c.lower_ for c in children if c.dep_ in ("prep", "prt", "advmod", "agent")
                     and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)}  # "called X on Monday"
            if not preps & set(entry["prep"]):
                return False
        if "dep" in entry and not any(c.dep_ in entry["dep"] for c in children):
            return False
        if "dep_not" in entry and any(c.dep_ in entry["dep_not"] for c in children):
            return False
        if "pobj" in entry and not any(g.lemma_.lower() in entry["pobj"] for c in children if c.dep_ == "prep"
                                       for g in c.children if g.dep_ == "pobj"):
            return False  # "took to the streets"
        if "objects" in entry:
            pool = objs + [c.lemma_.lower() for c in children if c.dep_ == "nsubjpass"]
            pool += [g.lemma_.lower() for c in children if c.dep_ in OBJECT_DEPS for g in c.children
                     if g.dep_ == "compound"]
            # ("taking dozens of hostages", "sent hundreds of troops": the counted things)
            pool += [g.lemma_.lower() for c in children if c.dep_ in OBJECT_DEPS for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if not set(pool) & set(entry["objects"]):
                return False
        if "no_objects" in entry and set(objs) & set(entry["no_objects"]):
            return False
        # (a to-infinitive the parser made a clause of its own: "we expect Iraq to use its forces")
        has_xcomp = any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                         for g in c.children)) for c in children)
        if entry.get("xcomp") and not has_xcomp:
            return False
        if entry.get("no_xcomp") and has_xcomp:
            return False
        subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if "subj_in" in entry and (subj is None or subj.lemma_.lower() not in entry["subj_in"]):
            return False
        if "subj_not" in entry and subj is not None and subj.lemma_.lower() in entry["subj_not"]:
            return False
        if "oprd_pos" in entry and not any(c.dep_ == "oprd" and c.pos_ in entry["oprd_pos"] for c in children):
            return False
        if "oprd_pos" in entry and any(t.lower_ in APPROVING for c in children if c.dep_ == "oprd" for t in c.subtree):
            return False  # "called the operation successful" praises
        if "complements" in entry:
            words = {t.lemma_.lower() for c in children for t in c.subtree}
            if not words & set(entry["complements"]):
                return False
        return True

    # -- reality ---------------------------------------------------------------------------------
    def is_real(self, tok: Token, entry: dict | None = None) -> bool:
        """False for negated, modal, conditional, interrogative or irrealis clauses. A threat made of a
        future act ("would respond") is real as a threat, unless negated, conditional or asked."""
        if tok.sent.text.rstrip().rstrip('"\u201d\u2019').endswith("?"):
            return False
        if entry is not None and entry.get("refusal"):
            return not self.conditional(tok)  # the negation is what makes it a refusal
        if entry is not None and entry.get("future"):
            if any(a.lemma_.lower() in THREAT_HEADS for a in tok.ancestors):
                return False  # "warned the militia that the army would respond": the warning is the threat
            return not (any(c.dep_ == "neg" for c in tok.children) or self.conditional(tok))
        if entry is not None and entry.get("announced") and self.announced(tok):
            return True  # "the Pentagon said 3,000 more soldiers would be sent": a deployment decided
        if self.negated(tok) or self.conditional(tok):
            return False
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") \
                and self.negated(tok.head):
            return False  # "attacks on civilians would have consequences", "this was not an Israeli strike"
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and self.negated(tok.head.head):
            return False  # "would respond with new sanctions": promised, not done
        if tok.pos_ == "NOUN" and any(c.lower_ in UNREAL_MODIFIERS for c in tok.lefts):
            return False  # "a possible American attack", "the planned offensive"
        if tok.pos_ == "NOUN" and any(c.dep_ == "relcl" and (self.negated(c) or any(
                g.lower_ == "never" for g in c.children)) for c in tok.children):
            return False  # "an American attack that never came"
        if tok.head.lemma_.lower() in self.accidents and tok.dep_ in ("advcl", "conj", "xcomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False  # "crashed, killing all 176" (but "the truce collapsed, and the army was bombing ...")
        child = tok
        for anc in tok.ancestors:
            if child == tok and entry is not None and anc.lemma_.lower() in (entry.get("head") or ()):
                child = anc
                continue  # "pledged its full support": the pledge is the support
            adjunct = child.dep_ == "advcl" and child.tag_ == "VBG" and not any(
                g.dep_ in ("aux", "mark") for g in child.children)  # "ordered an offensive, accusing X of ..."
            if anc.lemma_.lower() in self.irrealis and child.dep_ in IRREALIS_DEPS and not adjunct and not (
                    child.dep_ == "ccomp" and child.tag_ == "VBD" and anc.lemma_.lower() in TELLING):
                return False  # but "told them that he stood with them" reports what is so
            if child.dep_ in ("ccomp", "xcomp") and self.negated(anc):
                return False
            if child.pos_ in ("VERB", "AUX") and self.conditional(child):
                return False
            child = anc
        return True

    def announced(self, tok: Token) -> bool:
        """A will/would clause a past verb of saying reports as decided, neither negated nor conditional."""
        children = list(tok.children)
        return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.speech and tok.head.tag_ == "VBD" \
            and will_do(tok) \
            and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in self.modals - FUTURE_AUX)
                        for c in children) and not self.conditional(tok)

    def conditional(self, tok: Token) -> bool:
        return any(c.dep_ == "mark" and c.lower_ in self.conditionals for c in tok.children)

    def negated(self, tok: Token) -> bool:
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return True
            if c.dep_ == "aux" and c.lower_ in self.modals:
                return True
        return False

    # -- arguments -----------------------------------------------------------------------------
    def arguments(self, trig: Trigger) -> Trigger:
        tok = trig.token
        if tok.pos_ == "VERB":
            trig.source, trig.target = self.verb_arguments(tok, trig.event_type)
            if trig.entry.get("refusal") and trig.target is not None and trig.target.dep_ == "nsubjpass":
                # "the recorders would not be handed to Boeing": refused to Boeing
                to = pobj_of(tok, "to")
                trig.target = to or trig.target
            if trig.entry.get("means_object") and trig.target is not None and trig.target.dep_ in OBJECT_DEPS:
                # "set fire to a police station": the fire is the means; what burns is after "to"
                # ("broke off relations with the United States": the relations are the means, the partner is hit)
                trig.target = next((g for c in (*trig.target.children, *tok.children)
                                    if c.dep_ == "prep" and c.lower_ in ("to", "on", "with")
                                    for g in c.children if g.dep_ in ("pobj", "pcomp")
                                    and g.ent_type_ not in ("DATE", "TIME")), None)
                if trig.target is not None and trig.target.dep_ == "pcomp":
                    # "blamed the disaster on what he called American adventurism"
                    trig.target = next((c for c in trig.target.children if c.dep_ == "oprd"), None)
            if trig.entry.get("evidential"):
                # "intelligence indicated that the plane had been brought down by an Iranian missile": the doer
                trig.source = trig.target = None
                found = next((c for c in tok.children if c.dep_ == "ccomp"), None)
                if found is not None:
                    # ("reported" makes the reporter the source, and this the target)
                    trig.source = agent_of(found) or next((c for c in found.children if c.dep_ == "nsubj"), None)
            if trig.entry.get("seen_doer"):
                # "Stunning to see some Democrats criticize ...": the voice blames the ones seen
                seen = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
                trig.source = None
                trig.target = next((c for c in seen.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                    if seen is not None else next(iter(objects_of(tok)), None)
        else:
            trig.source, trig.target = self.noun_arguments(tok)
            if trig.target is None and trig.source is not None and trig.event_type in MUTUAL_TYPES:
                # "Russia and China held talks": each is the other's counterpart
                trig.target = next((c for c in trig.source.children if c.dep_ == "conj"), None)
        return trig

    def verb_arguments(self, tok: Token, event_type: str) -> tuple[Token | None, Token | None]:
        children = list(tok.children)
        subj = next((c for c in children if c.dep_ == "nsubj"), None)
        passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
        agent = agent_of(tok)
        # ("that" misread as an object: "told them that he stood with them"; but "the militia, which Valdoria
        # blames" blames the militia)
        relative = tok.dep_ == "relcl" and any(o.lower_ in ("which", "who", "whom", "that") for o in objects_of(tok))
        obj = tok.head if relative else next((o for o in objects_of(tok) if o.lower_ not in ("that", "which", "what")),
                                             None)
        # ("fired dozens of rockets": the rockets are what is fired)
        fired = (pobj_of(obj, "of") or obj) if obj is not None and obj.pos_ in ("NOUN", "NUM") else obj
        if obj is not None and fired.lemma_.lower() in self.weapons and not any(
                c.dep_ == "prt" and c.lower_ == "down" for c in children):  # "shot down two jets": the jets are hit
            # "fired tear gas at protesters": the weapon is no target; "... to disperse the crowd": the crowd is
            purpose = next((c for c in children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.purpose),
                           None)
            obj = next(iter(objects_of(purpose)), None) if purpose is not None else None
        if passive is not None and passive.lemma_.lower() in self.weapons:
            passive = None  # "missiles were launched": the weapon is no target
            source, target = agent, None
        elif passive is not None:
            source, target = agent, passive
        elif subj is not None and bare_participle(tok) and event_type in ("ASSAULT", "COERCE"):
            # "more than 1,800 wounded", "dozens arrested": a participle without auxiliary is passive (a protest
            # never is: "students chanted" tagged as a participle is still the students' act)
            source, target = agent, subj
        elif subj is None and tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and agent is not None:
            # "Macaire was detained that evening, accused by Iranian media of ...": a passive participle
            # tells of the one it describes, or of its clause's subject
            source, target = agent, described(tok)
        else:
            source, target = subj, obj
        if source is None and tok.dep_ in ("nsubj", "nsubjpass") and between(tok):
            source, target = between(tok)  # "Fighting between the army and the RSF raged"
        if source is None and passive is None:
            source = self.inherited_subject(tok)
        if source is None:
            # "25 people were killed in the US strike": the act named beside the verb has the actor
            for c in children:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if pobj is not None and c.lower_ in ("in", "during", "by") and pobj.lemma_.lower() in self.nouns:
                    source = self.noun_arguments(pobj)[0]
                    break
        if event_type == "AID" and obj is not None and target == obj:
            # "sent humanitarian aid to Gaza": the aid is the thing given; whoever receives it is the target
            target = next((g for c in (*children, *obj.children) if c.dep_ == "prep" and c.lower_ in ("to", "for")
                           for g in c.children if g.dep_ == "pobj"), None)
        if event_type in MUTUAL_TYPES and source is not None:
            # "Valdoria and the militia agreed to a ceasefire", "Turkey and Greece signed an accord": each is the
            # other's counterpart; "ministers of Egypt and Jordan met": the two states are
            of = pobj_of(source, "of") if source.pos_ == "NOUN" else None
            if of is not None and any(c.dep_ == "conj" for c in of.children):
                source = of
            partner = next((c for c in source.children if c.dep_ == "conj"), None)
            named_object = target is not None and (target.pos_ in ("PROPN", "PRON") or target.ent_type_)
            target = target if named_object else partner or target  # "he and Pompeo briefed Trump": Trump
        if target is None:
            for c in children:
                if c.dep_ in ("prep", "prt") and c.lower_ in TARGET_PREPS | {"with", "to", "for"}:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                        continue  # "agreed on Thursday"
                    if pobj is not None and (c.lower_ in TARGET_PREPS or event_type in STATEMENT_TYPES | {"AID"}):
                        target = pobj
                        break
            if target is None:
                target = next((c for c in children if c.dep_ == "dative"), None)
            if target is None and event_type == "THREATEN":
                # "vowed to capture him": the one the threatened act is aimed at
                act = next((c for c in children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children))), None)
                target = next(iter(objects_of(act)), None) if act is not None else None
            if target is None and event_type in STATEMENT_TYPES - {"CONCEDE", "AGREE", "REJECT"}:
                # "demanded that American forces leave": the clause's subject is addressed (an admission,
                # agreement or denial "that ..." names what was admitted, not whom)
                clause = next((c for c in children if c.dep_ in ("ccomp", "xcomp")), None)
                subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
                promised = clause is not None and will_do(clause)
                avenging = promised and clause.lemma_.lower() in self.revenge
                if subj is not None and subj.pos_ != "PRON" and not (event_type == "THREATEN" and avenging):
                    target = subj  # (but "warned that Pyongyang would respond": the threatener's own act)
        sender = pobj_of(tok, "from")
        if sender is not None and event_type == "CONSULT":
            # "received a message from Tehran": the sender acts, the receiver is addressed
            source, target = sender, source
        if source is not None and source.lower_ in ("that", "which", "who") and tok.dep_ == "relcl":
            source = tok.head
        return source, target

    @staticmethod
    def inherited_subject(tok: Token) -> Token | None:
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "of") and tok.head.head.pos_ == "VERB":
            # "blamed Iranian agents for firing into crowds": the one blamed did it
            blamed = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if blamed is not None:
                return blamed
        node = tok
        for _ in range(4):
            if node.dep_ == "pcomp" and node.head.lower_ in ("after", "before", "while", "by", "in", "without") \
                    and node.head.head.pos_ in ("VERB", "AUX"):
                # "broke into the compound after smashing a door": whoever broke in smashed it
                node = node.head.head
                subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj
                continue
            if node.dep_ in ("conj", "xcomp", "advcl") and node.head != node:
                node = node.head
                subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and (subj.dep_ == "nsubj" or subj.pos_ in ("PROPN", "PRON") or subj.ent_type_):
                    return subj
                # "said the death would be investigated and accused ...": the death accuses no one; climb on
            elif node.dep_ == "ccomp" and node != tok and node.head != node:
                node = node.head
                subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj
            elif node.dep_ in ("relcl", "acl"):
                return adopter(node.head)
            else:
                return None
        return None

    def noun_arguments(self, tok: Token) -> tuple[Token | None, Token | None]:
        source = target = None
        for c in tok.children:
            # ("Heavy shelling near the airport": a capital at the start of a sentence names nobody)
            named = c.pos_ == "PROPN" and not (c.is_sent_start and not c.ent_type_)
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                                        or named or is_handle(c))):
                if not any(g.lower_ in ("backed", "based", "led", "allied") for g in c.children):
                    source = source or c
            if c.dep_ == "prep" and c.lower_ == "by":
                source = next((g for g in c.children if g.dep_ == "pobj"), source)
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                target = next((g for g in c.children if g.dep_ == "pobj"), target)
            if c.dep_ == "prep" and c.lower_ == "with" and tok.lemma_.lower() in CLASHES:
                # "killed in a clash with Chinese troops": the other side
                source = source or next((g for g in c.children if g.dep_ == "pobj"), None)
        if source is None:
            source, target = between(tok) or (source, target)
        if source is None:
            source = held_responsible(tok)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
            # "The raids were flown by U.S. jets against five sites": the verb carries the arguments
            verb_source, verb_target = self.verb_arguments(tok.head, "ASSAULT")
            if tok.dep_ == "nsubjpass" and verb_source is not None:
                source = source or verb_source
            if verb_target is not None and verb_target != tok:
                target = target or verb_target
        telling = self.said_in(tok)
        if telling is not None and source is None:
            # "Jaishankar told his Chinese counterpart, Wang Yi, in a phone call": the teller and the one told
            source = next((c for c in telling.children if c.dep_ == "nsubj"), None)
            target = target or next((c for c in telling.children if c.dep_ in ("dobj", "dative")), None)
        doer_verb = self.done_with(tok)
        if doer_verb is not None and (source is None or source.pos_ == "PRON"):
            # "the US responded with an attack on this group"
            source = next((c for c in doer_verb.children if c.dep_ == "nsubj"), None) \
                or self.inherited_subject(doer_verb) or source
        host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else tok.head
        if (tok.dep_ in OBJECT_DEPS or host != tok.head) and host.lemma_ in self.patient_hosts:
            # "our troops faced 11 rocket attacks", "a convoy came under fire": the subject suffered the act
            target = target or next((c for c in host.children if c.dep_ == "nsubj"), None)
        elif tok.dep_ in OBJECT_DEPS and tok.head.lemma_ in self.host_verbs:
            host = tok.head
            if target is None:  # "opened fire on protesters", "pledged its support to Baku"
                target = next((g for c in host.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS | {"to"}
                               for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
            if source is not None and source.pos_ != "PRON":
                return source, target
            source = next((c for c in host.children if c.dep_ == "nsubj"), None)
            if source is None:
                source = agent_of(host) or self.inherited_subject(host)
        return source, target


def refused(tok: Token) -> bool:
    """Negated: "not", "n't", "never", "no longer"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in
                                                                                       c.children))
               for c in tok.children)


def between(tok: Token) -> tuple[Token, Token] | None:
    """"fighting between the army and the RSF": one side and the other (also "fighting raged between ...",
    "fighting between Armenian and Azerbaijani forces")."""
    around = list(tok.children) + (list(tok.head.children) if tok.dep_ == "nsubj" else [])
    for c in around:
        if c.dep_ == "prep" and c.lower_ == "between":
            side = next((g for g in c.children if g.dep_ == "pobj"), None)
            if side is None:
                continue
            other = next((g for g in side.children if g.dep_ == "conj"), None)
            if other is not None:
                return side, other
            adj = next((g for g in side.lefts if g.dep_ == "amod" and any(h.dep_ == "conj" for h in g.children)), None)
            if adj is not None:
                return adj, next(h for h in adj.children if h.dep_ == "conj")
    return None


def is_handle(tok: Token) -> bool:
    """A social-media handle ("@potus decision"): it names an actor whatever the tagger thinks."""
    return len(tok.text) > 1 and tok.text[0] == "@" and tok.text[1:].replace("_", "").isalnum()


def held_responsible(act: Token) -> Token | None:
    """The one held to account for an act named after "responsible for": "hold KH responsible for a string
    of rocket strikes", "blamed Iran for the attacks" (an allegation: the act is told as its doer's)."""
    node = act
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "conj") or node.head == node:
            return None
        node = node.head
        if node.lemma_.lower() not in ANSWERABLE:
            continue
        if node.pos_ == "VERB":  # "blamed Iran for the attacks"
            return next((c for c in node.children if c.dep_ == "dobj"), None)
        # "hold KH responsible for", "KH is responsible for"
        own = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return own or next((c for c in node.head.children if c.dep_ in ("dobj", "nsubj") and c != node), None)
    return None


def adopter(noun: Token) -> Token:
    """Who speaks through a text: "the lawmakers approved a resolution calling on ..." are the lawmakers
    (any other noun speaks for itself)."""
    if noun.lemma_.lower() in DOCUMENTS:
        verb = noun.head
        if noun.dep_ == "dobj":
            # (the subject may hang lower in a misparse: "the lawmakers present approved" makes "present" a verb)
            return next((t for c in verb.lefts for t in c.subtree if t.dep_ == "nsubj"), noun)
        if noun.dep_ == "nsubjpass":
            return agent_of(verb) or noun
    return noun


def described(participle: Token) -> Token | None:
    """Whom a participle clause tells of: the name it hangs from, else the subject of the clause above."""
    head = participle.head
    named = head.pos_ in ("PROPN", "PRON") or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    if participle.dep_ == "acl" and named:
        return head
    for node in (head, *head.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return next((c for c in node.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return None


def controller(tok: Token) -> Token | None:
    """The actor that holds a place or thing: the agent of "run by X", the object of "housing X",
    the subject of "where X are stationed"."""
    for acl in tok.children:
        if acl.dep_ == "relcl" and any(c.lower_ == "where" for c in acl.children):
            found = next((c for c in acl.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None:
                return found
        if acl.dep_ != "acl":
            continue
        agent = agent_of(acl)
        if agent is not None:
            return agent
        obj = next((c for c in acl.children if c.dep_ == "dobj"), None)
        if obj is not None and acl.lemma_ in ("house", "host", "hold", "shelter", "station"):
            return obj
    return None


def holder(tok: Token, agent_kind: Callable[[Token], str | None]) -> Token | None:
    """The group named in front of a place or thing: "rebel positions", "militia bases", "Hezbollah targets"."""
    for mod in tok.lefts:
        if mod.dep_ in ("compound", "amod", "nmod") and agent_kind(mod) and mod.lemma_.lower() not in INSTRUMENT_WORDS \
                and not (mod.pos_ == "ADJ" and agent_kind(mod) == "military"):  # "military sites": a kind of site
            return mod
        if mod.dep_ == "compound" and mod.pos_ == "PROPN" and mod.ent_type_ in ("ORG", "NORP", "PERSON"):
            return mod  # "1,600 Hezbollah targets", "Hamas positions"
    return None
