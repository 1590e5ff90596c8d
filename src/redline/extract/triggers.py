"""Find event triggers in parsed sentences: which words are triggers (data/triggers.yaml) and whether
each entry's conditions on the parse hold. Reality (negation, modality) and arguments are other stages.
"""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span, Token

from ..grammar import (
    OBJECT_DEPS,
    PLACE_LABELS,
    TARGET_PREPS,
    agent_of,
    characterisation,
    deadline,
    denied,
    infinitive,
    modifier_words,
    objects_of,
    pobj_of,
    refused,
    text_of,
    unhedged,
    verb_lemmas,
    will_do,
    words_under,
)
from ..model import EventType
from .arguments import doer_after, done_with, held_responsible, said_in
from .candidate import Trigger
from .lexicon import Lexicon

# a match score: "3-1", "2 - 0", "4–0" (two small numbers joined by a dash)
SCORE = re.compile(r"(?<![\d/.:-])\d{1,2} ?[-–] ?\d{1,2}(?![\d/:]|[.,-]\d)")



def counted_by(noun: Token, partitives: frozenset[str]) -> Token | None:
    """The amount a noun is counted by ("hundreds of arrests", "a number of strikes"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    amount = noun.head.head
    return amount if amount.lower_ in partitives or amount.pos_ == "NUM" else None

class TriggerMatcher:
    """Looks up verbs and event nouns in the trigger lexicon and checks each entry's conditions."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # -- match -------------------------------------------------------------------------------
    def match(self, sent: Span, voiced: bool = False) -> list[Trigger]:
        """The triggers of a sentence; `voiced` when the sentence is a post's or a quote's own words. A sentence
        about sports, entertainment or an accident (data/discards.yaml) has none."""
        if self.lex.discards is not None and self.lex.discards.search(text_of(sent).lower()):
            return []
        found: list[Trigger] = []
        for tok in sent:
            entry = None
            copula = tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ not in ("aux", "auxpass")
            if tok.pos_ == "VERB" or copula:  # ("the charges were baseless": a copula heads its clause)
                entry = self.verb_entry(tok, voiced)
            elif tok.pos_ in ("NOUN", "PROPN"):
                entry = self.noun_entry(tok)
                read = next((t.entry for t in found if t.token == tok.head and tok.dep_ in OBJECT_DEPS
                             and self.lex.noun_name(tok) in t.entry.get("objects", ())), None) if entry else None
                deeds = self.lex.types.answerable  # (two readings of one deed; "committed crimes" told is a charge)
                if entry is not None and read is not None and read["type"] != entry["type"] \
                        and {EventType(read["type"]), EventType(entry["type"])} <= deeds:
                    entry = None  # "teachers launched an indefinite strike": the verb's entry reads its object
            if entry is not None:
                found.append(Trigger(tok, entry))
        return found

    def verb_entry(self, tok: Token, voiced: bool = False) -> dict | None:
        if tok.lemma_.lower() in self.lex.words["winning"] and SCORE.search(clause_text(tok)):
            return None  # "beat the visitors 3-1": a match result
        if tok.dep_ == "pcomp" and tok.head.lower_ in self.lex.words["generic_marks"]:
            return None  # "opened fire without warning", "left without firing a shot": not done
        if self.obliged(tok):
            return {"lemma": tok.lemma_.lower(), "type": EventType.REQUEST.value, "reported": True, "obliged": True}
        act = deadline(tok) if tok.lemma_.lower() in self.lex.words["granting"] else None
        if act is not None:  # "gave X one week to ...": a demand; "gave X 14 days to leave": an expulsion
            if tok.dep_ == "advcl" and any(e.get("mode") == "expel" for e in self.lex.verbs.get(tok.head.lemma_.lower(),
                                                                                               ())):
                return None  # "expelled the ambassador, giving him 48 hours to leave": the expulsion's own term
            if act.lemma_.lower() in self.lex.words["departing"]:
                return {"lemma": tok.lemma_.lower(), "type": EventType.COERCE.value, "mode": "deport"}
            return {"lemma": tok.lemma_.lower(), "type": EventType.REQUEST.value}
        frame = VerbFrame(tok, self.lex.words["plural_amounts"])  # (read once for all its entries: "fire" has dozens)
        for entry in self.verb_entries(tok):
            if self.conditions_hold(tok, entry, voiced, frame):
                return self.own_act_denied(tok, entry, frame) or entry
        return None

    def own_act_denied(self, tok: Token, entry: dict, frame: VerbFrame) -> dict | None:
        """"told reporters that his army had never used chemical weapons": an act of force said, negated, of the
        speaker's own side (a pronoun, or a noun it owns) denies it (REJECT, as a `denial` entry), else None."""
        subject = frame.subject
        if EventType(entry["type"]) not in self.lex.types.answerable or subject is None \
                or not (refused(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)) \
                or not self.reported_clause(tok):
            return None
        own = subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children) \
            or same_people(subject, tok)
        return {"lemma": entry["lemma"], "type": EventType.REJECT.value, "denial": True, "means_object": True} \
            if own else None  # (what was not attacked is the deed denied; the denial answers whoever charged it)

    def verb_entries(self, tok: Token) -> tuple[dict, ...]:
        """The lexicon entries of a verb: by its lemma, or, when the lemma is no lexicon verb, by a stem its past
        or -ing form may come from (the small model lemmatises "cordoned" as "cordone")."""
        lemma = tok.lemma_.lower()
        if lemma in self.lex.verbs:
            return tuple(self.lex.verbs[lemma])
        stem = next((s for s in sorted(verb_lemmas(tok)) if s in self.lex.verbs), None)
        return tuple(self.lex.verbs[stem]) if stem is not None else ()

    def obliged(self, tok: Token) -> bool:
        """A clause someone says another must carry out: "Paris said Minsk must free the journalists" demands
        it of Minsk (REQUEST); not one the speaker owes ("we must defend", "it should respond") nor "there must"."""
        said = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.lex.speech \
            and not any(c.dep_ == "neg" for c in tok.head.children)  # (not "has not said what Doha must do")
        if not said or any(c.tag_ in ("WP", "WRB") for c in tok.children) \
                or not any(c.dep_ == "aux" and c.lower_ in self.lex.words["obliging"] for c in tok.children):
            return False
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        return subj is not None and subj.dep_ != "expl" and subj.pos_ in ("PROPN", "NOUN") \
            and subj.lemma_.lower() not in self.lex.words["obliged_not"]

    def noun_entry(self, tok: Token) -> dict | None:
        lemma = self.lex.noun_name(tok)
        if lemma not in self.lex.nouns:
            return None  # (most nouns: none of the checks below can find an entry)
        if tok.dep_ == "compound" and tok.head.i == tok.i + 1:
            return None  # "rocket attack" is matched on "attack"; "strike force" is no strike
        generic = self.lex.words["generic_marks"]
        if any(c.dep_ == "det" and c.lower_ in generic for c in tok.children) \
                or (tok.dep_ == "pobj" and tok.head.lower_ in generic):
            return None  # "a response to any further attack", "without warning": no act
        if tok.dep_ in OBJECT_DEPS and (tok.head.lemma_.lower() in self.lex.undoing or any(
                c.dep_ == "prt" and c.lower_ == "off" for c in tok.head.children)):
            return None  # "lifted sanctions on Caracas", "called off the strike": undone, not done
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in self.lex.undoing:
            return None  # "called for an end to the Russian bombing": an act to be ended, told before
        # (the verb above: "called a strike"; or above its preposition: "went on strike")
        heads = verb_lemmas(tok.head) | (verb_lemmas(tok.head.head) if tok.dep_ == "pobj" else set())
        if tok.dep_ == "dobj" and characterisation(tok.head, self.lex.words["naming"]) is not None:
            heads = set()  # "called Monday's strike a violation": judged, not called (no labour strike)
        entries = [e for e in self.lex.nouns.get(lemma) or ()
                   if ("head" not in e or heads & set(e["head"]))
                   and ("pobj" not in e or set(prep_objects(tok)) & set(e["pobj"]))
                   and ("complements" not in e or modifier_words(tok) & set(e["complements"]))
                   and (not e.get("reported") or self.reported_clause(tok))]
        if tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"
                                  and tok.head.head.lemma_.lower() in self.lex.words["naming"]):
            return None  # "called the strikes an assault": a characterisation, not another event
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" or self.answered(tok):
            # "the allegation was false": a statement told of, not made; "rejected Seoul's demand": answered
            entries = [e for e in entries if e["type"] not in self.lex.types.statement]
        # an entry's own head verb carries it out ("Sunday brought the biggest crowd"); "capable of a fitting reply":
        # an answer one stands ready to give
        headed = any("head" in e for e in entries)
        hosted = self.noun_hosted(tok) or (headed and tok.dep_ in OBJECT_DEPS) \
            or (headed and readied(tok, self.lex.words["willing"]))
        if not entries or not hosted or self.charged(tok):
            return None
        return entries[0]

    def charged(self, tok: Token) -> bool:
        """An act named as what someone is charged with: "accused China of a deliberate assault", "warned of
        attacks", "pointing to an Azerbaijani assault": the charge is the event, the act only alleged."""
        if tok.dep_ != "pobj":
            return False
        prep, verb = tok.head.lower_, tok.head.head.lemma_.lower()
        return (prep == "of" and verb in self.lex.words["charging"]) or any(
            e["type"] == "ACCUSE" and e.get("means_object") and prep in e.get("prep", ())
            for e in self.lex.verbs.get(verb, ()))  # (not "came under fire": the fire is real)

    def answered(self, tok: Token) -> bool:
        """A statement named as what a verb answers: "rejected Seoul's demand", "until their demands are met"."""
        return tok.dep_ in (*OBJECT_DEPS, "nsubjpass") and tok.head.lemma_.lower() in self.lex.words["answering"]

    def reported_clause(self, tok: Token) -> bool:
        """A word inside what someone says: "said it was America's own crimes that had turned the region"."""
        for node in (tok, *tok.ancestors):
            node = unhedged(node, self.lex.words["hedges"])
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in self.lex.speech:
                return True
            if node.dep_ in ("ROOT", "ccomp"):
                return False
        return False

    def noun_hosted(self, tok: Token) -> bool:
        """An event noun counts when a verb carries it out or it has its own actor or date."""
        amount = counted_by(tok, self.lex.words["partitives"])
        if amount is not None:
            return self.noun_hosted(amount)  # "made hundreds of arrests": the amount stands where the noun would
        if tok.dep_ in OBJECT_DEPS and self.lex.hosts(tok.head):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ in self.lex.patient_hosts:
            return True  # "the convoy came under attack"
        if self.lex.prep_host(tok) is not None:
            return True  # "nurses went on strike", "converged on the capital for a rally"
        answerable = self.lex.words["answerable"]
        if tok.dep_ in self.lex.host_deps or held_responsible(tok, answerable) is not None \
                or done_with(tok, self.lex) is not None \
                or said_in(tok, self.lex) is not None:
            return True  # (an act someone is held responsible for happened: "responsible for the bombings")
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in TARGET_PREPS) for c in tok.children):
            return True
        return any(c.dep_ in ("poss", "amod", "compound")
                   and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN") for c in tok.children)

    def mood_holds(self, tok: Token, entry: dict, voiced: bool) -> bool:
        """The entry's flags of mood: promised (future), refused, denied, reported."""
        if entry.get("future") and not (will_do(tok) or readied(tok, self.lex.words["willing"])):
            return False  # "Russia would respond harshly", "is ready to retaliate": only a promised act is a threat
        if entry.get("refusal") and not (will_do(tok) and refused(tok)):
            return False  # "would not be handed to Boeing", "would no longer respect the limits": a refusal
        if entry.get("denial") and not denied(tok):
            return False  # "said it had played no part": a denial; "played a part" is none
        if entry.get("evidential") and any(c.dep_ == "ccomp" and will_do(c) for c in tok.children):
            return False  # "indicated it would act soon": an intent told, no evidence of an act done
        # "said Soleimani had been plotting attacks", or a post's own "Iran is orchestrating an attack": an
        # allegation someone makes
        # ("said the drones were fired in an attack sponsored by Iran": the doer named after "by" of a participle in
        # what someone says)
        said = unhedged(tok, self.lex.words["hedges"])  # ("said it was likely that Russia was responsible")
        return not entry.get("reported") or (said.dep_ == "ccomp" and said.head.lemma_.lower() in self.lex.speech) \
            or (voiced and tok.dep_ == "ROOT") \
            or (tok.dep_ == "acl" and agent_of(tok) is not None and self.reported_clause(tok.head))

    def conditions_hold(self, tok: Token, entry: dict, voiced: bool = False, frame: VerbFrame | None = None) -> bool:
        """Whether the parse around a verb meets a lexicon entry's conditions (prep, objects, dep, mood...)."""
        frame = frame or VerbFrame(tok, self.lex.words["plural_amounts"])
        children, objects = frame.children, frame.objects
        if not self.mood_holds(tok, entry, voiced):
            return False
        if "head" in entry and tok.head.lemma_.lower() not in entry["head"]:
            return False  # "came under fire", "opened fire": not a fire that broke out
        # the verb's phrases; for an entry naming the phrase's object also those the parser may hang on the verb's
        # object ("met the crowds with stun grenades")
        # and those under a particle ("backed out of the deal", "walked away from the talks")
        # (and for a deed as object, "blamed the incident on Russian strikes", whose "on" the parser hangs on it)
        phrases = children + ([c for o in (*objects, *(c for c in children if c.dep_ in ("prt", "prep", "advmod")))
                               for c in o.children if c.dep_ == "prep"]
                              if "pobj" in entry or entry.get("means_object") else [])
        if "prep" in entry:
            # (not "called X on Monday"; "gave in" is neither "gave X in Abuja" nor "In Accra, they gave X")
            preps = {c.lower_ for c in phrases if c.dep_ in ("prep", "prt", "advmod", "agent", "dative") and c.i > tok.i
                     and not any(g.ent_type_ in ("DATE", "TIME") or (c.lower_ == "in" and g.ent_type_ in PLACE_LABELS)
                                 for g in c.children)}
            # ("called for Condé to be freed": a clause opened by "for" is that preposition's object)
            preps |= {g.lower_ for c in children if c.dep_ == "advcl" and c.i > tok.i for g in c.children
                      if g.dep_ == "mark" and g.lower_ == "for"}
            if not preps & set(entry["prep"]):
                return False
        # (read by the dep and oprd_pos conditions only)
        said_to_be = characterisation(tok, self.lex.words["naming"]) if "dep" in entry or "oprd_pos" in entry else None
        if "dep" in entry and not any(c.dep_ in entry["dep"] for c in children) \
                and not ("oprd" in entry["dep"] and said_to_be is not None):
            return False
        if "dep_not" in entry and any(c.dep_ in entry["dep_not"] for c in children):
            return False
        if "agent_prep" in entry:
            if doer_after(tok, entry) is None:
                return False  # (its `pobj` are the doers it may name, read there)
        elif "pobj" in entry and not set(prep_objects(tok, phrases)) & set(entry["pobj"]):
            return False  # "took to the streets"
        if "objects" in entry:
            named = entry.get("named_objects") and any(  # (a name the tagger took for a plural noun: "Homs")
                o.pos_ == "PROPN" or o.ent_type_ in PLACE_LABELS or (o.ent_type_ and o.text[:1].isupper())
                for o in objects)
            if not frame.object_words & set(entry["objects"]) and not named:
                return False
            if tok.lemma_.lower() in self.lex.words["relaying"] and self.others_deed(objects, entry, frame.subject):
                return False
        if "no_objects" in entry and frame.object_lemmas & set(entry["no_objects"]):
            return False  # (and "the deal was struck")
        # (a to-infinitive the parser made a clause of its own: "we expect Iraq to use its forces")
        has_xcomp = any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and infinitive(c)) for c in children)
        # (and one after the object hung on the verb as an adverbial clause: "pressed Netanyahu on Wednesday to seek")
        asked = has_xcomp or (bool(objects) and any(c.dep_ == "advcl" and c.i > objects[0].i and infinitive(c)
                                                    for c in children))
        if (entry.get("xcomp") and not asked) or (entry.get("no_xcomp") and has_xcomp):
            return False
        if "xcomp_not" in entry and any(c.dep_ == "xcomp" and c.lemma_.lower() in entry["xcomp_not"] for c in children):
            return False  # "declined to comment": no refusal of anything (CAMEO 014, a statement)
        if entry.get("no_state") and tells_state(tok, self.lex.words["willing"]):
            return False  # "warned that further attacks were likely": a forecast, not a threat
        subj = frame.subject
        # (an armed group or a state may be named, not only told by kind: "the Taliban entered Kabul", "North Korea
        # set houses ablaze")
        kinds = entry.get("subj_kind", ())
        named_group = subj is not None and subj.pos_ == "PROPN" and (
            ("armed_group" in kinds and subj.ent_type_ in ("ORG", "NORP"))
            or ("state" in kinds and subj.ent_type_ == "GPE"))
        if "subj_in" in entry and not frame.subject_forms & set(entry["subj_in"]) and not named_group:
            return False
        if "subj_not" in entry and frame.ruling_subject_forms & set(entry["subj_not"]):
            return False
        if "oprd_pos" in entry and (said_to_be is None or said_to_be.pos_ not in entry["oprd_pos"]):
            return False
        if "oprd_pos" in entry and any(o.lower_.endswith(("self", "selves")) for o in objects):
            return False  # "a man who called himself a member of Islamic State": a name taken, not a charge
        if "oprd_pos" in entry and any(o.tag_ == "WP" for o in objects):
            return False  # "launched what it called retaliation": a label quoted, not a charge (unless one of blame)
        if "oprd_pos" in entry and approves(said_to_be, self.lex.words["approving"], self.lex.words["intensifiers"]):
            return False  # "called the operation successful" praises
        return "complements" not in entry or bool(self.words_below(tok, entry) & set(entry["complements"]))

    def others_deed(self, objects: list[Token], entry: dict, subject: Token | None) -> bool:
        """"announced Hasina's resignation": an act noun of the entry's objects owned by another is that one's deed,
        told (the noun codes it; read for verbs that relay news, words.yaml `relaying`: "regretted Kyiv's refusal"
        judges it); "announced his resignation" stays the speaker's own."""
        for obj in objects:
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ != "PRON" and self.lex.noun_name(obj) in entry["objects"] \
                    and obj.lemma_.lower() in self.lex.nouns and (subject is None or owner.lower_ != subject.lower_):
                return True
        return False

    def words_below(self, tok: Token, entry: dict) -> set[str]:
        """The words (and lemmas) below a verb that a `complements` condition reads: not in a clause joined to it
        ("called the operation measured and said it answered a massacre") or hung on it as an adjunct ("declared a
        state of emergency, saying illegal groups had attacked") unless the entry says `joined_too`, nor under a
        prefix that turns them around ("anti-terrorist")."""
        below = [c for c in tok.children
                 if entry.get("joined_too") or not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
                 and not (c.dep_ == "advcl" and c.tag_ == "VBG")]
        return words_under(below, lambda t: against(t, self.lex.words["against_prefixes"]))


def against(word: Token, prefixes: frozenset[str]) -> bool:
    """A word under a prefix that turns it around: "anti-terrorist operations" are against terror, not terror."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in prefixes


def readied(tok: Token, willing: frozenset[str]) -> bool:
    """An act its doer says it stands ready to do: "is ready to retaliate", "was capable of a fitting reply" (not
    "is not ready to respond")."""
    ready = tok.head if tok.dep_ == "xcomp" else tok.head.head if tok.dep_ == "pobj" else None
    if ready is None or ready.lemma_.lower() not in willing and ready.lower_ not in willing:
        return False
    if ready.pos_ != "ADJ" and not any(c.dep_ == "auxpass" for c in ready.children):
        return False  # ("was prepared for", not "prepared a response")
    return not any(refused(t) for t in (ready, ready.head))


def tells_state(verb: Token, willing: frozenset[str]) -> bool:
    """The clause a verb reports says how things are, with no act promised: "warned that attacks were likely",
    "warned that the region was on the brink" (but "warned that Iran was ready to strike", "warned that the
    culprits would be punished")."""
    # (the clause it reports, after it: not "did not expect so: they warned that attacks were likely")
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or clause.lemma_ != "be" or will_do(clause):
        return False
    return not any(c.dep_ in ("acomp", "attr") and c.lower_ in willing for c in clause.children)


def approves(said_to_be: Token, approving: frozenset[str], intensifiers: frozenset[str]) -> bool:
    """Whether what "called X Y" says X is praises it: "successful", "a success", "a historic step"; an
    intensifier on a noun says nothing of its own ("a great farce", "a big mistake")."""
    if said_to_be.pos_ != "NOUN":
        return any(t.lower_ in approving for t in said_to_be.subtree)
    return said_to_be.lemma_.lower() in approving or any(
        t.lower_ in approving and t.lower_ not in intensifiers for t in said_to_be.subtree if t is not said_to_be)


def same_people(subject: Token, act: Token) -> bool:
    """The doer is of the teller's own people by the word that names them both: "the French military said no
    French soldier had entered the residence"."""
    saying = next((a for a in act.ancestors if a.dep_ in ("ROOT", "conj", "ccomp") and a is not act
                   and any(c.dep_ == "nsubj" for c in a.children)), None)
    teller = next((c for c in saying.children if c.dep_ == "nsubj"), None) if saying is not None else None
    peoples = {c.lower_ for c in subject.lefts if c.ent_type_ in ("NORP", "GPE")}
    return teller is not None and bool(peoples & {t.lower_ for t in teller.subtree})


class VerbFrame:
    """The parts of a verb's clause that lexicon conditions read, each computed once per verb on first use."""

    def __init__(self, verb: Token, amounts: frozenset[str] = frozenset()) -> None:
        self.verb = verb
        self.amounts = amounts  # (words.yaml plural_amounts: "thousands of protesters" are protesters)
        self.children = list(verb.children)
        self.objects = objects_of(verb)

    @cached_property
    def object_lemmas(self) -> set[str]:
        """Lemmas of the objects and passive subjects ("the deal was struck")."""
        return {c.lemma_.lower() for c in self.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass")}

    @cached_property
    def object_words(self) -> set[str]:
        return object_words(self.verb)

    @cached_property
    def subject(self) -> Token | None:
        """The doer subject conditions read: the subject, a passive's agent ("villages were torched by
        militiamen"), the passive subject, or the subject of the verb it is joined to ("rammed and boarded") or
        whose participle it is ("fired shells at the island, setting houses ablaze")."""
        verb = self.verb
        subj = next((c for c in self.children if c.dep_ == "nsubj"), None) or agent_of(verb) \
            or next((c for c in self.children if c.dep_ == "nsubjpass"), None)
        joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        if subj is None and joined and verb.head.pos_ == "VERB":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
            subj = verb.head  # (a sentence the parser rooted in its subject: "Thousands of supporters massed outside")
        return subj

    @cached_property
    def subject_forms(self) -> set[str]:
        """The subject as lemma and as written less a plural "s" ("bases" is lemmatised "basis"); an amount's
        too ("hundreds of thousands of protesters converged")."""
        subj = self.subject
        while subj is not None and (subj.lower_ in self.amounts or subj.pos_ == "NUM") \
                and (counted := pobj_of(subj, "of")) is not None:  # (and "several hundred of his supporters")
            subj = counted
        return forms(subj) if subj is not None else set()

    @cached_property
    def ruling_subject_forms(self) -> set[str]:
        """What a subject that rules an entry out is read from: the subject, or the noun a participle hangs on
        ("bases hosting Americans"); a subject an entry requires must be the clause's own."""
        if self.subject is None and self.verb.dep_ == "acl" and self.verb.tag_ == "VBG":
            return forms(self.verb.head)
        return self.subject_forms


def forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_.removesuffix("s")}


def object_words(verb: Token) -> set[str]:
    """What an `objects` condition is checked against: the objects and passive subjects, their compounds, the
    things counted ("taking dozens of hostages", "hit three of its air bases"); each as lemma and as written
    less a plural "s" (a name keeps its "s" as lemma, "launched 110 Tomahawks"; "bases" is lemmatised "basis")."""
    heads = [c for c in verb.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass")]
    words = heads + [g for h in heads for g in h.children if g.dep_ == "compound"]
    words += [g for h in objects_of(verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return {form for w in words for form in (w.lemma_.lower(), w.lower_.removesuffix("s"))}


def prep_objects(tok: Token, phrases: list[Token] | None = None) -> list[str]:
    """Lemmas of the objects of a word's prepositions (or of these `phrases`): "took to the streets", "a state of
    emergency"; and of what an amount counts ("answered with dozens of artillery rounds")."""
    pobjs = [g for c in (tok.children if phrases is None else phrases) if c.dep_ == "prep"
             for g in c.children if g.dep_ == "pobj"]
    counted = [g for p in pobjs if p.tag_ == "NNS" or p.pos_ == "NUM" for c in p.children
               if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return [g.lemma_.lower() for g in (*pobjs, *counted)]


def clause_text(tok: Token) -> str:
    """The text of a word's clause, from its first to its last dependent."""
    return text_of(tok.doc[tok.left_edge.i:tok.right_edge.i + 1])
