"""Casualty figures as the text states them: "killed 25", "at least seven people died", "two dozen",
"an American contractor was killed" (one), "nobody was killed" (zero), "without causing casualties" (zero
killed and zero wounded).

Number words are read here because no maintained package turns "twenty-five" or "two dozen" into
numbers inside a parse. A plural amount states a lower bound ("hundreds were wounded": at least 200, approx;
"dozens": at least 24); other vague amounts ("many", "several", "a handful") give no figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..grammar import bare_participle

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
UNIT_WORDS = {"ten": 10, "dozen": 12, "score": 20, **SCALES}  # "tens", "dozens", "scores", "hundreds" ...
RANGE_WORDS = {"to", "-", "–", "and", "or"}
NOBODY = {"nobody", "no one", "none", "noone"}
LOWER_BOUND = {"least", "more", "over", "than", "nearly", "about", "around", "some", "almost", "roughly",
               "estimated", "approximately", "up"}


@dataclass(frozen=True)
class Count:
    """A stated figure; `approx` when the text gives a bound or an estimate ("at least 25"); `more` when it adds
    to a figure told before ("17 more had succumbed"); `total` when it is a toll that replaces one told before
    ("the death toll rose to 40")."""

    value: int
    approx: bool = False
    more: bool = False
    total: bool = False


@dataclass(frozen=True)
class TollWords:
    """The words figures are read with: the casualty verbs (triggers.yaml) and words.yaml's lists."""

    kill: frozenset[str]
    wound: frozenset[str]
    vague: frozenset[str] = frozenset()  # amounts that give no figure: "many", "a handful"
    plural_amounts: frozenset[str] = frozenset()  # amounts that give a lower bound: "hundreds", "dozens"
    collectives: frozenset[str] = frozenset()  # singular nouns of a group: "the crew" is no figure
    cause_preps: frozenset[str] = frozenset()  # "retaliating for the killing of": another act's toll
    speech: frozenset[str] = frozenset()
    dying: frozenset[str] = frozenset()
    other_tolls: frozenset[str] = frozenset()
    life_takers: frozenset[str] = frozenset()  # "claimed the lives of 17", "cost 300 lives"
    losses: dict[str, frozenset[str]] = field(default_factory=dict)  # "killed"/"wounded" → nouns counting them

    @classmethod
    def of(cls, casualty_verbs: dict, words, speech: frozenset[str] | set[str] = frozenset()) -> TollWords:
        """From triggers.yaml's casualty_verbs, words.yaml's lists and the verbs of saying."""
        return cls(kill=frozenset(casualty_verbs.get("killed") or ()),
                   wound=frozenset(casualty_verbs.get("wounded") or ()),
                   vague=words["vague_amounts"], plural_amounts=words["plural_amounts"],
                   collectives=words["collectives"], cause_preps=words["cause_preps"], speech=frozenset(speech),
                   dying=words["dying"], other_tolls=words["other_tolls"], life_takers=words["life_takers"],
                   losses={"killed": words["casualty_nouns"] | words["death_nouns"],
                           "wounded": words["casualty_nouns"] | words["injury_nouns"]})


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


def count_of(np: Token, words: TollWords) -> Count | None:
    """The number of people a noun phrase names: its numeral, its article ("a contractor"), a plural amount
    ("hundreds", "tens of thousands": a lower bound), or zero."""
    if np.lower_ in NOBODY or (np.lower_ == "one" and any(c.lower_ == "no" for c in np.children)):
        return Count(0)
    plural = plural_amount(np, words.plural_amounts)
    if plural is not None:
        return plural
    if np.lemma_.lower() in words.vague:
        return None  # "a very large number", "a handful": no figure stated
    if any(c.dep_ == "det" and c.lower_ == "no" for c in np.children):
        return Count(0)
    if np.like_num or np.pos_ == "NUM" or np.lemma_.lower() in UNIT_WORDS:  # "a dozen were hurt"
        value = number_phrase(np)
        if value is not None:
            return added(value, np)
    for child in np.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.like_num):
            value = number_phrase(child)
            if value is not None:
                return added(value, np)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in np.children) and np.tag_ == "NN":
        return Count(1)
    return one_person(np, words)


def one_person(np: Token, words: TollWords) -> Count | None:
    """One person named or pointed at: "Soleimani was killed", "the general died", "shot his brother" count one,
    at least (others may have died with him, and a toll told later may say so); "the crew" names a group."""
    if np.lemma_.lower() in words.collectives | words.vague:
        return None
    named = np.tag_ == "NNP" and np.ent_type_ in ("PERSON", "")  # (the tagger leaves many foreign names unnamed)
    pointed = np.tag_ == "NN" and any(c.dep_ in ("det", "poss") and c.lower_ not in ("no", "any", "each", "every")
                                      for c in np.children)
    return Count(1, approx=True) if named or pointed else None


def added(count: Count, np: Token) -> Count:
    """"Eighteen more troops", "17 more": a figure that adds to one told before."""
    more = np.lower_ == "more" or any(c.lower_ == "more" and c.dep_ in ("amod", "advmod") for c in np.children)
    return Count(count.value, count.approx, more=True) if more else count


def plural_amount(np: Token, plurals: frozenset[str]) -> Count | None:
    """"hundreds" → at least 200, "dozens" → 24, "tens of thousands" → 20,000 (approx): a plural amount is at
    least two of its unit."""
    unit = unit_of(np, plurals)
    if unit is None:
        return None
    inner = [g for c in np.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"] + [c for c in np.children if c.dep_ == "quantmod"]
    factor = next((u for u in (unit_of(t, plurals) for t in inner) if u is not None), 1)
    return Count(2 * unit * factor, True)


def unit_of(tok: Token, plurals: frozenset[str]) -> int | None:
    """The unit a plural amount counts in: "hundreds" → 100, "dozens" → 12."""
    if tok.lower_ not in plurals:
        return None
    return UNIT_WORDS.get(tok.lemma_.lower()) or UNIT_WORDS.get(tok.lower_.removesuffix("s"))


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
    # ("17 more" is a figure added to another, not a bound)
    approx = any(t.lower_ in LOWER_BOUND and not (t.lower_ == "more" and t.i > tok.i) for p in parts for t in p.subtree)
    words = " ".join(t.text for t in parts if t.like_num or t.lower_ in ("dozen", "hundred", "thousand", "a"))
    value = words_to_int(words) if words else None
    if value is None and tok.lower_ == "dozen":
        value = 12 * (words_to_int(" ".join(t.text for t in tok.lefts if t.like_num)) or 1)
    return Count(value, approx) if value is not None else None


def conj_total(np: Token, words: TollWords) -> Count | None:
    """Add up conjoined groups: "four soldiers and two policemen were wounded" → 6, "170 Afghans died along
    with 13 U.S. service members" → 183; a plural group without a figure adds nothing."""
    along = along_with(np.head) if np.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    # "killed 13 service members and at least 170 Afghans", the second group parsed as the verb's conjunct
    loose = [c for c in np.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")] \
        if np.dep_ == "dobj" else []
    counts = [count_of(np, words)] + [one_named(c) or count_of(c, words) for c in [*np.conjuncts, *along, *loose]
                                      if c.i > np.i and not own_fate(c, words)]
    if counts[0] is None:
        return None
    known = [c for c in counts if c is not None]
    return Count(sum(c.value for c in known), any(c.approx for c in known), more=counts[0].more)


def own_fate(np: Token, words: TollWords) -> bool:
    """A group followed by a casualty word of its own is counted by that word: "22 people shot dead and 300
    wounded" (the 300 are the wounded, not more dead)."""
    fates = words.kill | words.wound
    return (np.i + 1 < len(np.doc) and np.doc[np.i + 1].lemma_.lower() in fates) \
        or any(c.dep_ == "acl" and c.lemma_.lower() in fates for c in np.children)


def one_named(np: Token) -> Count | None:
    """A singular noun joined to a counted group is one more person: "a commander and his wife" → 2."""
    return Count(1) if np.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in np.children) else None


def along_with(verb: Token) -> list[Token]:
    """The groups a verb adds with "along with" ("died along with 13 service members"), however it is parsed."""
    withs = [w for c in verb.children
             for w in ([c] if c.lower_ == "with" else [g for g in c.children if g.lower_ == "with"]
                       if c.lower_ == "along" else [])
             if w.i > 0 and w.doc[w.i - 1].lower_ == "along"]
    return [g for w in withs for g in w.children if g.dep_ == "pobj"]


def casualties(sent: Span, words: TollWords, trigger: Token | None = None) -> tuple[Count | None, Count | None]:
    """(killed, wounded) stated in one sentence, leaving out the toll of another act named in it
    ("struck five targets, a reprisal for a rocket attack that killed a contractor")."""
    killed = wounded = None
    spared: set[str] = set()  # "without causing casualties", "there were no deaths": zero, unless a figure is given
    for tok in sent:
        if tok.lemma_.lower() == "toll" and killed is None:
            killed = toll(tok, words)  # "the death toll rose to at least 185"
            continue
        fate, victims = suffered(tok, words)
        spares = no_losses(tok, words) if tok.pos_ == "NOUN" else set()
        if (victims is None and not spares) or (trigger is not None and (
                told_by_another(tok, trigger, words.speech) or done_by_another(tok, trigger, words.dying)
                or killing_as_cause(tok, trigger, words))):
            continue  # "fired tear gas, and rights groups said thirteen people had been killed": their toll
        spared |= spares
        if trigger is not None and tok != trigger and tok.dep_ == "relcl" and tok.head != trigger:
            continue
        if victims is None:
            continue
        # ("22 people shot dead and 300 wounded", parsed with "people" as the subject of "wounded": the 300)
        own = next((c for c in victims.conjuncts if c.i > victims.i and tok.i == c.i + 1), None)
        count = count_of(own, words) if own is not None else conj_total(victims, words)
        if count is None:
            continue
        if fate == "killed" and killed is None:
            killed = count
        elif fate == "wounded" and wounded is None:
            wounded = count
    killed = Count(0) if killed is None and "killed" in spared else killed
    return killed, Count(0) if wounded is None and "wounded" in spared else wounded


def suffered(tok: Token, words: TollWords) -> tuple[str | None, Token | None]:
    """("killed" or "wounded", the victims) where a word tells a casualty: "were killed", "died", "wounding
    five", "claimed the lives of 17 soldiers", "cost 300 lives"."""
    lemma = tok.lemma_.lower()
    if lemma in words.life_takers and tok.pos_ == "VERB":
        lives = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "life"),
                     None)
        whose = next((g for c in (lives.children if lives is not None else ()) if c.dep_ == "prep"
                      and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        return "killed", whose if whose is not None else lives
    if lemma not in words.kill | words.wound or tok.pos_ not in ("VERB", "ADJ", "NOUN"):
        return None, None
    if any(c.dep_ == "neg" for c in tok.children) and lemma in words.kill:
        return None, None
    fate = fate_of(tok, words)
    return fate, victims_of(tok, words.dying) if fate else None


def fate_of(verb: Token, words: TollWords) -> str | None:
    """"killed" or "wounded"; a wound that the victims died of counts them among the killed ("17 more, critically
    wounded, had succumbed", however the parse splits it), or not at all where the dying verb counts them."""
    if verb.lemma_.lower() in words.kill:
        return "killed"
    if verb.dep_ in ("amod", "acl", "appos") and verb.head.dep_ in ("nsubj", "nsubjpass") \
            and verb.head.head.lemma_.lower() in words.dying:
        return None  # "three soldiers, badly wounded, later died": the dying verb counts them
    later_death = any(d.i > verb.i and d.lemma_.lower() in words.dying and d.dep_ in ("ccomp", "conj")
                      and not any(c.dep_.startswith("nsubj") for c in d.children) for d in verb.head.children)
    return "killed" if later_death and bare_participle(verb) else "wounded"


def no_losses(noun: Token, words: TollWords) -> set[str]:
    """What a negated loss noun says nobody suffered: "without causing casualties" (killed and wounded), "no
    deaths", "no injuries were reported". A count of one side ("no civilian casualties") says nothing of the
    others, so it gives no figure."""
    lemma = noun.lemma_.lower()
    fates = {fate for fate, nouns in words.losses.items() if lemma in nouns}
    if not fates or any(c.dep_ in ("amod", "compound") for c in noun.children):
        return set()
    head = noun.head if noun.dep_ == "conj" else noun
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return fates
    verb = head.head if head.dep_ in ("dobj", "pobj") else None
    without = verb if verb is not None and verb.lower_ == "without" else \
        (verb.head if verb is not None and verb.dep_ == "pcomp" else None)
    return fates if without is not None and without.lower_ == "without" else set()


def told_by_another(tok: Token, trigger: Token, speech: frozenset[str] | set[str]) -> bool:
    """A casualty verb under a voice of its own, below where it meets the trigger's clause: "fired tear
    gas, and rights groups said thirteen people had been killed" is the groups' toll, not the tear gas's."""
    if trigger.head.dep_ == "prep" and trigger.head.head.lemma_.lower() == "toll":
        return False  # "the toll from the bombing rose, with officials saying 170 had died": the toll's own voice
    for node in tok.ancestors:
        if node == trigger or trigger in node.subtree:
            return False
        if node.lemma_.lower() in speech and any(c.dep_ == "nsubj" for c in node.children):
            return True
    return False


def done_by_another(tok: Token, trigger: Token, dying: frozenset[str] | set[str]) -> bool:
    """A killing with a doer of its own, other than the trigger's: "commandos killed the last three gunmen,
    ending a siege that began when attackers opened fire" (the three are not the attackers' victims). A
    pronoun may name the other's doer again ("bombers killed 23 when they blew themselves up"); the subject of a
    dying verb is its victims ("twenty soldiers died after the two sides fought")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head  # ("opened fire": the verb the act noun is done by)
    if tok in (trigger, verb) or tok.pos_ != "VERB" or verb.pos_ != "VERB" or tok.lemma_.lower() in dying \
            or bare_participle(tok):  # ("with at least 18 people killed": the victims)
        return False
    doer, own = subject_of(tok), subject_of(verb)
    if own is None and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        own = subject_of(verb.head.head)  # "the Taliban responded by firing rockets": the Taliban fired
    if doer is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head not in (verb, trigger) \
            and tok.head.pos_ == "VERB":
        doer = subject_of(tok.head)  # "jets bombed X after rockets struck Y, killing six": the rockets' six
    return doer is not None and own is not None and "PRON" not in (doer.pos_, own.pos_) and doer.lower_ != own.lower_


def killing_as_cause(tok: Token, trigger: Token, words: TollWords) -> bool:
    """A killing named as the cause or the time of the trigger's act: "fired missiles, retaliating for the killing
    of Soleimani", "protests after the death of a student"."""
    return tok != trigger and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in words.cause_preps


def subject_of(verb: Token) -> Token | None:
    """A verb's active subject, or that of the verb it is joined to ("attackers stormed the hotel and opened
    fire")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
            return subject
        verb = verb.head


def toll(noun: Token, words: TollWords) -> Count | None:
    """The number a death toll stands at: "toll of 40", "toll rose to 185", "the toll, 185", "toll is 12"; it
    replaces a toll told before."""
    if any(c.lemma_.lower() in words.other_tolls for c in noun.lefts):
        return None
    places = [noun]
    if noun.head.pos_ in ("VERB", "AUX") and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        places.append(noun.head)  # "the toll rose to 185", "the toll is 12", "brought the toll to 30"
    for place in places:
        for c in place.children:
            if c == noun:
                continue
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "at"):
                found = next((count_of(g, words) for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ in ("attr", "appos", "acomp") or (c.dep_ == "dobj" and place != noun):
                found = count_of(c, words)
            else:
                continue
            if found is not None:
                return Count(found.value, found.approx, total=True)
    return None


def victims_of(verb: Token, dying: frozenset[str] = frozenset()) -> Token | None:
    """Who was killed or wounded: the passive subject, the object, or the subject of "died"; "shot dead 26
    people", "were found dead": the victims of the verb "dead" completes."""
    if ((verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "advcl", "oprd", "xcomp", "advmod")) or verb.dep_ == "oprd") \
            and verb.head.pos_ == "VERB":  # (and "left 40 people wounded", the participle parsed a verb)
        return victims_of(verb.head, dying)
    if verb.pos_ == "ADJ" and verb.dep_ == "ccomp":  # "leaving a dozen people dead", parsed as a clause of its own
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ == "NOUN":  # "the killing of 12 villagers by Boko Haram"
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), None)
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
    if verb.dep_ == "conj" and (verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.head.children)):
        # "25 were killed and 51 wounded": the second participle (even tagged as a past tense) shares or brings
        # its own subject
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None:
            return own
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return verb.head
    return None
