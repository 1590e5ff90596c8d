"""Casualty figures as the text states them: "killed 25", "at least seven people died", "two dozen",
"an American contractor was killed" (one), "nobody was killed" (zero).

Number words are read here because no maintained package turns "twenty-five" or "two dozen" into
numbers inside a parse; vague amounts ("dozens", "many") give no figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..grammar import bare_participle

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
RANGE_WORDS = {"to", "-", "–", "and", "or"}
NOBODY = {"nobody", "no one", "none", "noone"}
LOWER_BOUND = {"least", "more", "over", "than", "nearly", "about", "around", "some", "almost", "roughly",
               "estimated", "approximately", "up"}


@dataclass(frozen=True)
class Count:
    """A stated figure; `approx` when the text gives a bound or an estimate ("at least 25")."""

    value: int
    approx: bool = False


def words_to_int(text: str) -> int | None:
    """'25', '1,200', 'twenty-five', 'two dozen', 'a dozen', 'three hundred' → int; else None."""
    text = text.lower().replace(",", "").strip()
    if text.isdigit():
        return int(text)
    total = current = 0
    seen = False
    for word in text.replace("-", " ").split():
        if word in ("a", "an", "and"):
            current = current or (1 if word != "and" else 0)
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word.isdigit():
            current += int(word)
        else:
            return None
        seen = True
    return total + current if seen else None


def count_of(np: Token, vague: frozenset[str]) -> Count | None:
    """The number of people a noun phrase names: its numeral, its article ("a contractor"), or zero."""
    if np.lower_ in NOBODY or (np.lower_ == "one" and any(c.lower_ == "no" for c in np.children)):
        return Count(0)
    if np.lemma_.lower() in vague:
        return None  # "a very large number", "a handful": no figure stated
    if any(c.dep_ == "det" and c.lower_ == "no" for c in np.children):
        return Count(0)
    if np.like_num or np.pos_ == "NUM":
        value = number_phrase(np)
        if value is not None:
            return value
    for child in np.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.like_num):
            value = number_phrase(child)
            if value is not None:
                return value
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in np.children) and np.tag_ == "NN":
        return Count(1)
    return None


def number_range(tok: Token) -> Count | None:
    """A range gives its lower bound: "10 to 15", "between 10 and 15", "3-5" → 10, 10, 3 (approx)."""
    numerals = sorted({t for t in tok.subtree if t.like_num and t.lower_ not in ("a", "an")}, key=lambda t: t.i)
    if len(numerals) < 2:
        return None
    first, second = numerals[0], numerals[1]
    between = tok.doc[first.i + 1:second.i]
    if first.is_alpha and second.is_alpha and not first.whitespace_ and all(not t.whitespace_ for t in between):
        return None  # "twenty-five" is one number
    if not (0 < len(between) <= 2 and all(t.lower_ in RANGE_WORDS for t in between)):
        return None
    low = words_to_int(first.text)
    return Count(low, True) if low is not None else None


def number_phrase(tok: Token) -> Count | None:
    """A numeral with its modifiers: "at least 25", "two dozen", "more than thirty"."""
    ranged = number_range(tok)
    if ranged is not None:
        return ranged
    parts = sorted([tok, *(c for c in tok.children if c.dep_ in ("compound", "nummod", "quantmod", "advmod")
                           # "two hundred and fifty": the parser conjoins what follows a scale word
                           or (c.dep_ == "conj" and c.like_num and tok.lower_ in SCALES))],
                   key=lambda t: t.i)
    approx = any(t.lower_ in LOWER_BOUND for p in parts for t in p.subtree)
    words = " ".join(t.text for t in parts if t.like_num or t.lower_ in ("dozen", "hundred", "thousand", "a"))
    value = words_to_int(words) if words else None
    if value is None and tok.lower_ == "dozen":
        value = 12 * (words_to_int(" ".join(t.text for t in tok.lefts if t.like_num)) or 1)
    return Count(value, approx) if value is not None else None


def conj_total(np: Token, vague: frozenset[str]) -> Count | None:
    """Add up conjoined groups: "four soldiers and two policemen were wounded" → 6."""
    counts = [count_of(np, vague)] + [count_of(c, vague) for c in np.conjuncts if c.i > np.i]
    if counts[0] is None:
        return None
    known = [c for c in counts if c is not None]
    return Count(sum(c.value for c in known), any(c.approx for c in known))


def casualties(sent: Span, kill_verbs: set[str], wound_verbs: set[str], vague: frozenset[str],
               trigger: Token | None = None,
               speech: frozenset[str] | set[str] = frozenset(), *, dying: frozenset[str] = frozenset(),
               other_tolls: frozenset[str] = frozenset()) -> tuple[Count | None, Count | None]:
    """(killed, wounded) stated in one sentence, leaving out the toll of another act named in it
    ("struck five targets, a reprisal for a rocket attack that killed a contractor"); `dying` and `other_tolls`
    are words.yaml's lists."""
    killed = wounded = None
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "toll" and killed is None:
            killed = toll(tok, vague, other_tolls)  # "the death toll rose to at least 185"
            continue
        if lemma not in kill_verbs | wound_verbs or tok.pos_ not in ("VERB", "ADJ", "NOUN"):
            continue
        if trigger is not None and tok != trigger and tok.dep_ == "relcl" and tok.head != trigger:
            continue
        if trigger is not None and told_by_another(tok, trigger, speech):
            continue  # "fired tear gas, and rights groups said thirteen people had been killed": their toll
        if any(c.dep_ == "neg" for c in tok.children) and lemma in kill_verbs:
            continue
        victims = victims_of(tok, dying)
        count = conj_total(victims, vague) if victims is not None else None
        if count is None:
            continue
        if lemma in kill_verbs and killed is None:
            killed = count
        elif lemma in wound_verbs and wounded is None:
            wounded = count
    return killed, wounded


def told_by_another(tok: Token, trigger: Token, speech: frozenset[str] | set[str]) -> bool:
    """A casualty verb under a voice of its own, below where it meets the trigger's clause: "fired tear
    gas, and rights groups said thirteen people had been killed" is the groups' toll, not the tear gas's."""
    for node in tok.ancestors:
        if node == trigger or trigger in node.subtree:
            return False
        if node.lemma_.lower() in speech and any(c.dep_ == "nsubj" for c in node.children):
            return True
    return False


def toll(noun: Token, vague: frozenset[str], other_tolls: frozenset[str] = frozenset()) -> Count | None:
    """The number a death toll stands at: "toll of 40", "toll rose to 185", "the toll, 185", "toll is 12"."""
    if any(c.lemma_.lower() in other_tolls for c in noun.lefts):
        return None
    places = [noun]
    if noun.head.pos_ in ("VERB", "AUX") and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        places.append(noun.head)  # "the toll rose to 185", "the toll is 12", "brought the toll to 30"
    for place in places:
        for c in place.children:
            if c == noun:
                continue
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "at"):
                found = next((count_of(g, vague) for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ in ("attr", "appos", "acomp") or (c.dep_ == "dobj" and place != noun):
                found = count_of(c, vague)
            else:
                continue
            if found is not None:
                return found
    return None


def victims_of(verb: Token, dying: frozenset[str] = frozenset()) -> Token | None:
    """Who was killed or wounded: the passive subject, the object, or the subject of "died"; "shot dead 26
    people", "were found dead": the victims of the verb "dead" completes."""
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "advcl", "oprd", "xcomp") and verb.head.pos_ == "VERB":
        return victims_of(verb.head, dying)
    for dep in ("nsubjpass", "dobj"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    if verb.lemma_.lower() in dying:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if bare_participle(verb):
        # "with at least 18 people killed": a participle without auxiliary is passive
        own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if own is not None:
            return own
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        # "25 were killed and 51 wounded": the second participle shares or brings its own subject
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None:
            return own
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return verb.head
    return None
