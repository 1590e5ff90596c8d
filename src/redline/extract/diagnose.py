"""Why a word is a candidate or not, for a trace only (`redline explain`): a normal extraction never calls this.

It reads the decisions the stages made, asking the matcher and the argument finder again where a stage does
not say which of its rules decided; it changes nothing that is coded.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..grammar import between, pobj_of
from .arguments import ArgumentFinder
from .candidate import Trigger
from .lexicon import CONDITION_KEYS
from .trace import Reason, Trace
from .triggers import TriggerMatcher

NO_EVENT_KEYS = ("no_objects", "subj_not")  # contexts the lexicon (CAMEO's [---] patterns) codes as no event
DEPS = {"nsubj": "subject", "nsubjpass": "passive subject", "dobj": "object", "dative": "indirect object",
        "poss": "possessive", "compound": "compound modifier", "amod": "adjective", "attr": "attribute",
        "oprd": "predicate", "appos": "apposition", "npadvmod": "noun modifier"}
# entries that place the arguments
ROLE_KEYS = ("refusal", "means_object", "from_target", "evidential", "clause_doer", "seen_doer", "asked_in",
             "agent_prep")
MATCHED_KEYS = ("objects", "subj_in", "prep", "pobj", "complements", "head")  # conditions that list words
SHOWN = 4  # list values shown of an entry's condition


class Diagnosis:
    """Reports to a trace what the matcher and the argument finder decided about a sentence's words."""

    def __init__(self, matcher: TriggerMatcher, finder: ArgumentFinder) -> None:
        self.matcher = matcher
        self.finder = finder
        self.lex = matcher.lex

    def candidate(self, trig: Trigger, unreal: tuple[Reason, str] | None, trace: Trace) -> None:
        """A matched trigger: its entry; then why its clause is unreal, or its argument words and how each was
        read off the parse."""
        trace.candidate(trig.token, trig.entry, trig.rule, matched(trig.token, trig.entry))
        if unreal is not None:
            reason, word = unreal
            trace.dropped(trig.token, reason, f"{word!r}")
            return
        for role, arg in (("source", trig.source), ("target", trig.target)):
            trace.argument(trig.token, role, arg, self.how(trig, role, arg))

    def how(self, trig: Trigger, role: str, arg: Token | None) -> str:
        """The rule that read `arg` as the candidate's `role`, told in parse terms."""
        tok = trig.token
        if arg is None:
            return "none in the parse"
        if arg.head == tok and arg.dep_ in DEPS:
            return f"{DEPS[arg.dep_]} of the trigger"
        if arg.head.head == tok and arg.head.dep_ in ("prep", "agent"):
            return "agent of the passive ('by')" if arg.head.dep_ == "agent" else f"object of '{arg.head.text}'"
        if tok.head == arg:
            return f"the word the trigger modifies ({tok.dep_})"
        host = tok.head
        if tok.pos_ != "VERB" and arg.head == host and arg.dep_ in DEPS:
            return f"{DEPS[arg.dep_]} of '{host.text}', the verb that carries the act out"
        if tok.pos_ != "VERB" and arg.head.head == host and arg.head.dep_ in ("prep", "agent"):
            return f"object of '{arg.head.text}' on '{host.text}', the verb that carries the act out"
        placed = next((k for k in ROLE_KEYS if trig.entry.get(k)), None)
        if placed is not None:
            return f"placed by the entry's '{placed}'"
        if tok.pos_ == "VERB":
            for rule, found in self.fallbacks(trig):
                if found == arg:
                    return rule
        kind = "verbs" if tok.pos_ == "VERB" else "nouns"
        return f"{arg.dep_} of '{arg.head.text}', by the finder's rules for {kind}"

    def fallbacks(self, trig: Trigger) -> list[tuple[str, Token | None]]:
        """The argument finder's rules for a verb whose clause does not name the argument, each asked again."""
        tok = trig.token
        pair = between(tok) if tok.dep_ in ("nsubj", "nsubjpass") else None
        return [
            *((("'between' X and Y: X", pair[0]), ("'between' X and Y: Y", pair[1])) if pair else ()),
            ("the subject of the clause it depends on", self.finder.inherited_subject(tok)),
            ("the doer of the act named beside it ('in the strike')", self.finder.act_beside(tok)),
            ("the target it takes through a preposition, a dative or a clause",
             self.finder.unstated_target(tok, trig.event_type)),
            ("the sender ('from')", pobj_of(tok, "from")),
        ]

    def misses(self, sent: Span, voiced: bool, found: list[Trigger], trace: Trace) -> None:
        """Lexicon words of the sentence that gave no candidate, and why (no-event pattern, conditions)."""
        matched = {t.token.i for t in found}
        for tok in sent:
            if tok.i in matched:
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in self.lex.verbs:
                self.verb_miss(tok, voiced, trace)
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in self.lex.nouns:
                trace.dropped(tok, Reason.NOT_A_TRIGGER, self.noun_miss(tok))

    def verb_miss(self, tok: Token, voiced: bool, trace: Trace) -> None:
        """A lexicon verb none of whose entries held: the no-event pattern that excluded it, or the conditions
        each entry lacked."""
        failed = []
        for entry in self.lex.verbs[tok.lemma_.lower()]:
            keys = [k for k in CONDITION_KEYS if k in entry and not self.matcher.conditions_hold(
                tok, {"lemma": entry["lemma"], "type": entry["type"], k: entry[k]}, voiced)]
            excluded = [k for k in keys if k in NO_EVENT_KEYS]
            if excluded and len(keys) == len(excluded):
                key = excluded[0]
                hit = sorted({t.lemma_.lower() for t in tok.subtree} & set(entry[key]))
                trace.dropped(tok, Reason.NO_EVENT, f"the {entry['type']} entry excludes '{', '.join(hit)}' "
                                                    f"({key}: {shown(entry[key])})")
                return
            failed.append(f"{entry['type']} needs " + "; ".join(f"{k}: {shown(entry[k])}" for k in keys))
        trace.dropped(tok, Reason.CONDITIONS, " | ".join(failed[:3]) + (" | …" if len(failed) > 3 else ""))

    def noun_miss(self, tok: Token) -> str:
        """Why a lexicon noun is no trigger here, by the matcher's own tests where it has them."""
        if tok.dep_ == "compound" and tok.head.i == tok.i + 1:
            return f"modifies '{tok.head.text}' (a compound is matched on its head)"
        if tok.head.lemma_.lower() in self.lex.undoing:
            return f"undone by '{tok.head.text}'"
        if tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            return "a characterisation of another act ('called it an attack')"
        entries = self.lex.nouns[tok.lemma_.lower()]
        if all("head" in e and tok.head.lemma_.lower() not in e["head"] for e in entries):
            return f"its entries need another head than '{tok.head.text}'"
        if not self.matcher.noun_hosted(tok):
            return "no verb carries it out and it has no actor or target of its own"
        return "its entries' conditions do not hold (reported speech only)"


def matched(tok: Token, entry: dict) -> dict[str, list[str]]:
    """For each condition of the entry that lists words, the words of the trigger's clause it found."""
    words = {w for t in tok.subtree for w in (t.lemma_.lower(), t.lower_)}
    return {k: sorted(words & set(entry[k])) for k in MATCHED_KEYS if k in entry}


def shown(value: object) -> str:
    """A condition's value, short: at most SHOWN words of a list."""
    if isinstance(value, list | tuple | set | frozenset):
        words = sorted(str(v) for v in value)
        return ", ".join(words[:SHOWN]) + (f" … (+{len(words) - SHOWN})" if len(words) > SHOWN else "")
    return str(value)
