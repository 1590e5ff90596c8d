"""Whether a trigger's clause tells of something that happened: negated, modal, conditional,
interrogative, irrealis and merely planned clauses give no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import FUTURE_AUX, OBJECT_DEPS, deadline, infinitive, text_of, unhedged, verb_lemmas, will_do
from ..model import EventType
from .lexicon import Lexicon
from .trace import Reason

QUESTIONS = "redline.questions"  # key of the question sentences' token spans in Doc.user_data
NO_ONE = {"nothing", "nobody", "none", "no-one"}  # subjects that negate their clause
ORDINALS = {"first", "last", "only", "latest"}  # "the first ship to be seized": one that was
TOPIC_PREPS = {"about", "regarding", "concerning"}  # "contacts had been only about freeing hostages": a topic
IRREALIS_DEPS = {"xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "dobj", "nsubjpass"}


class Reality:
    """Checks a trigger's clause for negation, modality, conditions, questions and irrealis heads."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def is_real(self, tok: Token, entry: dict | None = None) -> bool:
        """False for negated, modal, conditional, interrogative or irrealis clauses. A threat made of a
        future act ("would respond") is real as a threat, unless negated, conditional or asked."""
        return self.unreal(tok, entry) is None

    def unreal(self, tok: Token, entry: dict | None = None) -> tuple[Reason, str] | None:
        """Why the trigger's clause tells of nothing that happened (the reason and the word that says so), or
        None when it is real."""
        if asked(tok):
            return Reason.QUESTION, "?"
        if entry is not None and (entry.get("refusal") or entry.get("denial") or entry.get("obliged")):
            if tok.dep_ == "xcomp" and infinitive(tok) and any(
                    e["type"] == "REQUEST" for e in self.lex.verbs.get(tok.head.lemma_.lower(), ())):
                return Reason.PLAN, tok.head.text  # "urged people not to accept it": asked, not refused
            return self.conditional(tok)  # the negation (or "must") is what makes it a refusal, a denial, a demand
        if entry is not None and entry.get("future"):
            head = next((a for a in tok.ancestors if a.lemma_.lower() in self.lex.words["threat_heads"]), None)
            if head is not None:
                return Reason.THREATENED, head.text  # "warned the militia that the army would respond"
            neg = next((c for c in tok.children if c.dep_ == "neg"), None)
            return (Reason.NEGATED, neg.text) if neg is not None else self.conditional(tok)
        if entry is not None and entry.get("announced") and self.announced(tok):
            return None  # "the Pentagon said 3,000 more soldiers would be sent": a deployment decided
        why = self.negation(tok) or self.conditional(tok)
        if why:
            return why
        if standing(tok):
            return Reason.STANDING, tok.text
        gap = next((c for c in tok.children if c.dep_ == "npadvmod" and c.lemma_.lower() in self.lex.words["long_spans"]
                    and any(g.lower_ in ("after", "since") for g in tok.children if g.dep_ == "mark")), None)
        if gap is not None:
            return Reason.HISTORY, gap.text  # "almost five years after crowds burned down its embassy"
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in TOPIC_PREPS:
            return Reason.PLAN, tok.head.text  # "talks about freeing hostages": what was spoken of, not done
        if tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.words["planning"] and entry is not None \
                and EventType(entry["type"]) in self.lex.types.intended:
            return Reason.PLAN, tok.text  # "plans a tour of Latin American capitals": a visit still to come
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.lex.words["enduring"] \
                and entry is not None and EventType(entry["type"]) in (EventType.AGREE, EventType.RETREAT):
            return Reason.STANDING, tok.head.text  # "the ceasefire appeared to be holding": in force, not agreed now
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") \
                and self.negated(tok.head):
            return self.negation(tok.head)  # "attacks on civilians would have consequences", "this was not ..."
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with" and self.negated(tok.head.head):
            return self.negation(tok.head.head)  # "would respond with new sanctions": promised, not done
        carrier = self.lex.prep_host(tok) if tok.pos_ == "NOUN" else None
        if carrier is not None and self.negated(carrier):
            return self.negation(carrier)  # "will converge on the capital for a rally", "did not go on strike"
        likely = next((c for c in tok.head.children if c.dep_ == "acomp" and c.lower_ in self.lex.irrealis), None)
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and likely is not None:
            return Reason.PLAN, likely.text  # "further attacks were likely": foreseen, not done
        unreal = next((c for c in tok.lefts if c.lower_ in self.lex.words["unreal_modifiers"]), None)
        carried = tok.dep_ in OBJECT_DEPS and tok.head.tag_ in ("VBD", "VBN") \
            and tok.head.lemma_.lower() in self.lex.words["carrying"]  # "mounted its long-threatened invasion"
        if tok.pos_ == "NOUN" and unreal is not None and not carried:
            return Reason.PLAN, unreal.text  # "a possible American attack", "the planned offensive"
        if tok.pos_ == "NOUN" and any(c.dep_ == "relcl" and (self.negated(c) or any(
                g.lower_ == "never" for g in c.children)) for c in tok.children):
            return Reason.NEGATED, "never"  # "an American attack that never came"
        charge = self.charge_of(tok)
        if charge is not None:
            return Reason.CHARGED, charge.text  # "accusing Kigali of backing the rebels": alleged, not told
        hazard = self.hazard(tok) if entry is not None and entry["type"] == EventType.ASSAULT.value else None
        if hazard is not None:
            return Reason.ACCIDENT, hazard.text  # "an earthquake struck Turkey", "were killed in a stampede"
        if tok.head.lemma_.lower() in self.lex.accidents and tok.dep_ in ("advcl", "conj", "xcomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return Reason.ACCIDENT, tok.head.text  # "crashed, killing all 176" (not "the truce collapsed, and ...")
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in self.lex.words["willing"] \
                and not (entry is not None and EventType(entry["type"]) in self.lex.types.statement):
            # "hackers capable of cyber attacks", "ready for war": not done (but "capable of a fitting reply" warns)
            return Reason.PLAN, tok.head.head.text
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.lemma_.lower() in self.lex.words["demanding"]:
            return Reason.PLAN, tok.head.head.text  # "called for a boycott against Israel": asked for, not done
        if still_to_be_done(tok, self.lex.attempts):
            return Reason.PLAN, "to"  # "a list of officials to be sanctioned": marked for an act still to come
        return self.unreal_above(tok, entry)

    def unreal_above(self, tok: Token, entry: dict | None) -> tuple[Reason, str] | None:
        """An irrealis, negated or conditional head above the trigger: "planned to strike", "did not order
        them to fire", "if they attack"."""
        if entry is not None and entry.get("head") and tok.dep_ == "acl" and tok.tag_ == "VBG":
            return None  # "used tear gas to disperse demonstrators protesting the results": what the crowd was doing
        if tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN":
            return self.unreal_above(tok.head, entry)  # "used rubber bullets and tear gas": as the first one
        child = tok
        ancestors = tok.ancestors  # (a generator: a misjoined clause skips the verb it is really joined to)
        for anc in ancestors:
            if misjoined(child, anc):
                child = next(ancestors, anc)  # "refused to step down and accused the party of ...": she accused
                continue
            if juxtaposed(child, anc):
                return None  # "X blamed Y; Z denied any hand in it": two sentences, whatever the parser says
            if entry is not None and entry.get("reported") and unhedged(child, self.lex.words["hedges"]) != child:
                child = anc
                continue  # "told MPs it was highly likely that Russia was responsible": a charge made, hedged
            if told_since(child, self.lex.words["factual_marks"]):
                return None  # "agreed to disarm a day after Azerbaijan launched an offensive": that was done
            if child == tok and entry is not None and anc.lemma_.lower() in (entry.get("head") or ()):
                child = anc
                continue  # "pledged its full support": the pledge is the support
            hosted = tok.pos_ == "NOUN" and tok.dep_ in OBJECT_DEPS and self.lex.hosts(anc)
            if child == tok and hosted:
                child = anc
                continue  # "ordered a partial mobilisation": the order carries the act out
            adjunct = child.dep_ == "advcl" and child.tag_ == "VBG" and not any(
                g.dep_ in ("aux", "mark") for g in child.children)  # "ordered an offensive, accusing X of ..."
            irrealis = not verb_lemmas(anc).isdisjoint(self.lex.irrealis)  # ("hoped" is lemmatised "hop")
            if irrealis and child == tok and anc.lemma_.lower() in self.lex.attempts and entry is not None \
                    and EventType(entry["type"]) in self.lex.types.answerable:
                irrealis = False  # "tried to hit the bases with drones": an act of force attempted is made
            if irrealis and anc.lemma_.lower() in self.lex.words["deciding"] and entry is not None \
                    and EventType(entry["type"]) in (EventType.SANCTION, EventType.COERCE):
                irrealis = False  # "EU ministers agreed to widen their sanctions", "voted to remove him": decided
            if irrealis and child.dep_ in IRREALIS_DEPS and not adjunct and not (
                    child.dep_ == "ccomp" and anc.lemma_.lower() in self.lex.words["telling"]
                    and (child.tag_ == "VBD" or (child in (tok, tok.head) and self.told_as_so(child)))):
                return Reason.PLAN, anc.text  # but "told them that he stood with them" reports what is so
            if child.dep_ == "xcomp" and anc.lemma_.lower() in self.lex.words["owing"] \
                    and infinitive(child):
                return Reason.PLAN, anc.text  # "Russia had to withdraw its forces": owed, not done
            if anc.lemma_.lower() in self.lex.words["granting"] and deadline(anc) == child:
                return Reason.PLAN, anc.text  # "gave the junta one week to release Bazoum": demanded, not done
            if child.dep_ in ("advcl", "xcomp") and infinitive(child) \
                    and any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in self.lex.irrealis for c in anc.children):
                return Reason.PLAN, anc.text  # "issued a call to Israel to halt its raids": asked for, not done
            if child.dep_ == "xcomp" and anc.lemma_.lower() in self.lex.words["imminent"] \
                    and anc.pos_ in ("ADJ", "VERB") and anc.dep_ in ("acomp", "ROOT", "conj", "ccomp", "xcomp"):
                return Reason.PLAN, anc.text  # "is about to restore ties", "is set to visit": still to come
            asked_of = child.dep_ == "advcl" and any(g.tag_ in ("WRB", "WP") for g in child.children)
            if (child.dep_ in ("ccomp", "xcomp") or asked_of) and self.negated(anc):
                return self.negation(anc)  # (and "has not said when it expects to retake the city")
            if child.pos_ in ("VERB", "AUX") and self.conditional(child):
                return self.conditional(child)
            child = anc
        return None

    def told_as_so(self, clause: Token) -> bool:
        """A clause in a tense that reports what is or was so, not what should be: "told them that he stood with
        them", "told the parliament that Russia was committing war crimes" (not "told them to leave", nor "that
        they should leave")."""
        auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
        return (clause.tag_ in ("VBD", "VBZ", "VBP") and not auxes) or (
            bool(auxes) and not any(a in self.lex.modals or a == "to" for a in auxes))

    def intended(self, tok: Token, entry: dict) -> EventType | None:
        """"Oslo will send aid, the minister said", "is willing to withdraw its troops": an act its doer says it will
        do, or is ready to do, coded as what saying it is (plover.yaml intended: an agreement; pledged: the act
        itself; threatened: a threat); None for other acts, negated ones and conditional promises."""
        kind, types = EventType(entry["type"]), self.lex.types
        # (a noun is promised through the verb that would carry it out: "will extend the curfew")
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in OBJECT_DEPS and tok.head.pos_ == "VERB" \
            else None
        if verb is None or asked(tok) or any(c.dep_ == "neg" for c in verb.children) or entry.get("future") \
                or entry.get("announced"):
            return None
        condition = self.conditional(verb) or next(
            (found for c in verb.children if c.dep_ == "advcl" and (found := self.conditional(c)) is not None), None) \
            or next(((Reason.HYPOTHETICAL, c.text) for c in verb.children if c.dep_ == "advmod"
                     and c.lower_ in self.lex.words["ultimatum_marks"]), None)  # "Otherwise, his men would ..."
        # an act promised unless the other side gives way is a threat ("will withdraw its troops unless ..."), moving
        # forces too ("otherwise his fighters would head for Moscow")
        ultimatum = condition is not None and condition[1].lower() in self.lex.words["ultimatum_marks"]
        if kind not in types.intended | types.pledged | types.threatened and not (
                ultimatum and kind in types.self_moving):
            return None
        if kind not in types.threatened and condition is not None and not ultimatum:
            return None  # a promise on a condition is none ("if talks fail, Kenya will withdraw"); a threat is one
        willing = verb.dep_ == "xcomp" and verb.head.lower_ in self.lex.words["willing"] \
            and not self.negated(verb.head)
        promised = will_do(verb) and self.stated(verb)
        if not (willing or promised):
            return None
        if ultimatum or kind in types.threatened:
            return EventType.THREATEN
        return EventType.AGREE if kind in types.intended else kind

    def stated(self, tok: Token) -> bool:
        """A clause a verb of saying reports ("Hungary said it would back the resolution", "Oslo will send aid,
        the minister said"): an intent someone expresses, not a schedule the author tells ("the Council will
        meet on Tuesday")."""
        speech = self.lex.speech
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
            return False  # "could not say whether the militia would strike again": asked, not said
        saying = tok.head if tok.dep_ == "ccomp" else next(
            (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in speech), None)
        return saying is not None and saying.lemma_.lower() in speech and self.negation(saying) is None

    def announced(self, tok: Token) -> bool:
        """A will/would clause a past verb of saying reports as decided, neither negated nor conditional."""
        children = list(tok.children)
        return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.lex.speech and tok.head.tag_ == "VBD" \
            and will_do(tok) \
            and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in self.lex.modals - FUTURE_AUX)
                        for c in children) and not self.conditional(tok)

    def charge_of(self, tok: Token) -> Token | None:
        """The verb of charging whose "of" names this act (and the acts joined to it) as the charge: "accused the
        army of firing missiles and killing his fighters" (words.yaml `charging`), or the punishment whose "for" does:
        "was arrested for collaborating with Israel" (`punishing`)."""
        first = tok
        while first.dep_ == "conj" and first.head.pos_ == "VERB":
            first = first.head
        prep = first.head
        if first.dep_ != "pcomp" or prep.lower_ not in ("of", "for"):
            return None
        # (the parser may hang the "of" on the one charged: "accused [the police of beating students]")
        verb = prep.head.head if prep.head.dep_ in OBJECT_DEPS else prep.head
        # ("was arrested for collaborating with Israel", "jailed for spying": what the punishment is for)
        charges = self.lex.words["charging"] if prep.lower_ == "of" else self.lex.words["punishing"]
        return verb if verb.lemma_.lower() in charges else None

    def hazard(self, tok: Token) -> Token | None:
        """The force of nature or accident that did a deadly deed (words.yaml `hazards`): its subject or "by"
        agent, the subject of the clause a participle hangs on ("struck Turkey, killing 5,000"), or what those
        killed in a passive died in ("were killed in a stampede")."""
        verb = tok.head if tok.dep_ in ("advcl", "xcomp", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) else tok
        doers = [c for c in verb.children if c.dep_ == "nsubj"] \
            + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            doers += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                      for g in c.children if g.dep_ == "pobj"]
        hazards = self.lex.words["hazards"]
        # (a named storm: "Cyclone Nargis killed 22,000")
        found = next((d for d in doers if d.lemma_.lower() in hazards
                      or any(c.dep_ == "compound" and c.lemma_.lower() in hazards for c in d.children)), None)
        if found is None and verb.lemma_.lower() in self.lex.words["bursting"] \
                and not any(c.dep_ == "dobj" for c in verb.children):  # (not "rebels exploded bombs")
            # "a fuel tanker exploded, killing 48": what burst was no weapon ("a car bomb exploded" is an attack)
            arms = self.lex.weapons | set(self.lex.instruments)
            found = next((d for d in doers if d.dep_ == "nsubj"
                          and not {d.lemma_.lower(), *(c.lemma_.lower() for c in d.lefts)} & arms), None)
        return found  # (nor "an explosive device", "a roadside mine")

    def conditional(self, tok: Token) -> tuple[Reason, str] | None:
        """The conditional mark of the clause ("if", "unless"), as a reason, or None."""
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in self.lex.conditionals), None)
        return (Reason.HYPOTHETICAL, mark.text) if mark is not None else None

    def negated(self, tok: Token) -> bool:
        return self.negation(tok) is not None

    def negation(self, tok: Token) -> tuple[Reason, str] | None:
        """A negation ("not", "no") or a modal auxiliary ("could") on the word, as a reason, or None."""
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") \
                    or (c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NO_ONE or any(
                        g.dep_ == "det" and g.lower_ == "no" for g in c.children))):
                # (also "nothing pointed to Yemen", "nobody was hurt", "no civilian was targeted")
                return Reason.NEGATED, c.text
            if c.dep_ == "aux" and c.lower_ in self.lex.modals:
                return Reason.HYPOTHETICAL, c.text
        return None


def standing(tok: Token) -> bool:
    """A relative clause in the simple present that says what someone is taken for, not what was done on a day:
    "Guaido, whom more than 50 countries recognise as interim president", "the group, which Washington
    designates a terrorist organisation" (but "the militia, which Valdoria blames for the attack" is a charge
    that stands, told as one)."""
    return tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.children)


def still_to_be_done(tok: Token, attempts: set[str] | frozenset[str] = frozenset()) -> bool:
    """An infinitive on a noun ("officials to be sanctioned", "a campaign to oust Hasina", "an offensive to
    capture Goma"): what is aimed at, not the act; but "the first envoy to be expelled" tells of one done. (Not
    one of purpose on a verb: "went on air to accuse", "flew in to meet" tell acts done; nor one `attempts` name:
    "an attempt to assassinate the governor" was made.)"""
    if not infinitive(tok):
        return False
    noun = tok.head
    if tok.dep_ not in ("acl", "relcl") or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in attempts:
        return False
    return not any(c.lower_ in ORDINALS or c.ent_type_ == "ORDINAL" for c in noun.children)


def asked(tok: Token) -> bool:
    """The word's sentence is a question ("Will Tehran admit it?")."""
    doc = tok.doc
    questions = doc.user_data.get(QUESTIONS)
    if questions is None:  # (once per document: `Token.sent` walks its sentence on every call)
        questions = doc.user_data[QUESTIONS] = [
            (s.start, s.end) for s in doc.sents if text_of(s).rstrip().rstrip('"\u201d\u2019').endswith("?")]
    return any(start <= tok.i < end for start, end in questions)


def juxtaposed(clause: Token, head: Token) -> bool:
    """A clause the parser hung as a complement on a verb after it, across a semicolon or a dash: a clause of
    its own, not what the verb says or plans."""
    if clause.dep_ != "ccomp" or clause.i > head.i:
        return False
    return any(t.text in (";", "—", "–") for t in clause.doc[clause.right_edge.i:head.i])


def told_since(clause: Token, marks: frozenset[str]) -> bool:
    """A clause in the past tense that tells when or why ("after the army shelled the town", "because rebels
    attacked"): what it tells happened, whatever the clause above plans or asks."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" \
        and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def misjoined(clause: Token, verb: Token) -> bool:
    """A past-tense verb the parser joined to an infinitive ("refused to step down and accused X"): a finite verb
    cannot share the infinitive's "to"; it is joined to the verb above it."""
    return clause.dep_ == "conj" and clause.tag_ == "VBD" and verb.tag_ == "VB" and verb.dep_ == "xcomp"
