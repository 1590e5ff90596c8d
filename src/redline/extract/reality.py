"""Whether a trigger's clause tells of something that happened: negated, modal, conditional,
interrogative, irrealis and merely planned clauses give no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import FUTURE_AUX, OBJECT_DEPS, will_do
from .lexicon import Lexicon

IRREALIS_DEPS = {"xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "dobj", "nsubjpass"}


class Reality:
    """Checks a trigger's clause for negation, modality, conditions, questions and irrealis heads."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def is_real(self, tok: Token, entry: dict | None = None) -> bool:
        """False for negated, modal, conditional, interrogative or irrealis clauses. A threat made of a
        future act ("would respond") is real as a threat, unless negated, conditional or asked."""
        if tok.sent.text.rstrip().rstrip('"\u201d\u2019').endswith("?"):
            return False
        if entry is not None and entry.get("refusal"):
            return not self.conditional(tok)  # the negation is what makes it a refusal
        if entry is not None and entry.get("future"):
            if any(a.lemma_.lower() in self.lex.words["threat_heads"] for a in tok.ancestors):
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
        if tok.pos_ == "NOUN" and any(c.lower_ in self.lex.words["unreal_modifiers"] for c in tok.lefts):
            return False  # "a possible American attack", "the planned offensive"
        if tok.pos_ == "NOUN" and any(c.dep_ == "relcl" and (self.negated(c) or any(
                g.lower_ == "never" for g in c.children)) for c in tok.children):
            return False  # "an American attack that never came"
        if tok.head.lemma_.lower() in self.lex.accidents and tok.dep_ in ("advcl", "conj", "xcomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False  # "crashed, killing all 176" (but "the truce collapsed, and the army was bombing ...")
        child = tok
        for anc in tok.ancestors:
            if child == tok and entry is not None and anc.lemma_.lower() in (entry.get("head") or ()):
                child = anc
                continue  # "pledged its full support": the pledge is the support
            hosted = tok.pos_ == "NOUN" and tok.dep_ in OBJECT_DEPS and anc.lemma_.lower() in self.lex.host_verbs
            if child == tok and hosted:
                child = anc
                continue  # "ordered a partial mobilisation": the order carries the act out
            adjunct = child.dep_ == "advcl" and child.tag_ == "VBG" and not any(
                g.dep_ in ("aux", "mark") for g in child.children)  # "ordered an offensive, accusing X of ..."
            if anc.lemma_.lower() in self.lex.irrealis and child.dep_ in IRREALIS_DEPS and not adjunct and not (
                    child.dep_ == "ccomp" and child.tag_ == "VBD" and anc.lemma_.lower() in self.lex.words["telling"]):
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
        return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.lex.speech and tok.head.tag_ == "VBD" \
            and will_do(tok) \
            and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in self.lex.modals - FUTURE_AUX)
                        for c in children) and not self.conditional(tok)

    def conditional(self, tok: Token) -> bool:
        return any(c.dep_ == "mark" and c.lower_ in self.lex.conditionals for c in tok.children)

    def negated(self, tok: Token) -> bool:
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return True
            if c.dep_ == "aux" and c.lower_ in self.lex.modals:
                return True
        return False
