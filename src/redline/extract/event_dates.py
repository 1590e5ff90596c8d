"""The day an event happened: a date in its own clause, else in its sentence, else the paragraph's day,
else the day of writing; and none when the text gives it no single day (the present perfect, an earlier act
a complaint is "over"). Date expressions themselves are read by `when`; this module picks among them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..grammar import tokens_in, will_do
from .candidate import Trigger
from .dates import DateMention, pick_date

if TYPE_CHECKING:
    from .setting import Setting


def when(trig: Trigger, where: Setting, statement: bool) -> tuple[DateMention | None, bool]:
    """The event's date (from its clause, else its sentence, else the paragraph, else the day of writing)
    and whether it was said; None when the text gives the event no single day."""
    picked, tok, span = sentence_date(trig, where, statement)
    topic = tok.head if tok.dep_ == "relcl" else tok
    if topic.pos_ == "NOUN" and topic.dep_ == "pobj" and (topic.head.lower_ in ("over", "about") or (
            topic.head.lower_ == "from" and topic.head.head.lemma_.lower() in TOLL_HEADS)) \
            and (picked is None or not span[0] <= picked.start < span[1]):
        # "a complaint over the strikes that killed Soleimani", "bringing to four the death toll from the shelling
        # of the island": an earlier act, its day unsaid
        return None, False
    if picked is not None and picked.rule == "calendar_span" and where.context is not None \
            and picked.date <= where.context.date <= (picked.date_end or picked.date):
        return where.context, False  # "this week's assault": the day the story is about, within that week
    if picked is not None and statement and where.via == "author" and in_clause(picked, tok, ("ccomp",)) \
            and tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        # "It began on Sunday, when ...; each side blames the other for firing first": a charge still standing,
        # made on no one day (the day named is that of a clause below it)
        return None, False
    if picked is not None and not span[0] <= picked.start < span[1] and perfect(tok) == "past":
        # "Zhao said on Tuesday that Indian soldiers had crossed the line and attacked": the telling's day,
        # which the act may precede, so not said of the act (another telling's own day wins a merge)
        return picked, False
    if picked is not None:
        return picked, True
    named = [m for m in where.dates if m.date_end is None and m.end <= tok.idx]
    if (named or where.last or where.context) and where.anaphoric:
        # "the same day", "that evening", "within minutes": the day just named, in this sentence or before
        # (in a paragraph that has named none, the day the text named last, not the story's)
        return (named[-1] if named else where.last or where.context), True
    aspect = perfect(tok)
    if aspect == "present" and not done_by_now(tok):
        return None, False  # "sanctions have done nothing", "have been killing protesters": no one day
    if aspect == "present":
        # "troops have been pulled out", "Ankara has asked Athens": done by the day of writing, told as news
        return DateMention(-1, -1, where.ref, rule="reference"), False
    if where.context is not None and (told_in_past(tok) or said_then(tok)):
        if aspect == "past":
            # "had voiced his objection": the last day named before the telling; with none, the telling's own
            # ("the military said it had struck 1,600 targets": told the day it was done)
            return where.before or where.context, False
        # a past event in a sentence with no date of its own happened when the paragraph last said
        return where.context, False
    return DateMention(-1, -1, where.ref, rule="reference"), False  # said now, or told as now


def sentence_date(trig: Trigger, where: Setting, statement: bool) -> tuple[DateMention | None, Token,
                                                                         tuple[int, int]]:
    """The date the sentence gives the trigger (in its clause, else the nearest not another clause's), the token
    whose clause that is, and that clause's character span."""
    tok = trig.token
    mentions = [m for m in where.dates if m.date_end is None] if statement else where.dates
    if trig.entry.get("reported") or ((trig.entry.get("denial") or trig.entry.get("subject_suffers"))
                                      and tok.dep_ == "ccomp"):
        # "said on Friday the officials had been involved in Wednesday's strike", "insisted that Iran had
        # played no part", "said it was America's own crimes that...", "told CNN a strike would mean war": the
        # saying is the act, and the days inside what is said are the deed's
        said = next((t for t in (tok, *tok.ancestors) if t.dep_ == "ccomp"), tok)
        mentions = [m for m in mentions if not inside(m, said)]
        tok = said.head
    if trig.entry.get("intent") and tok.dep_ == "ccomp" and will_do(tok):
        # "said they would march on Bangkok on Saturday": a promise is made the day it is said; the days inside
        # are the promised act's
        mentions = [m for m in mentions if not inside(m, tok)]
        tok = tok.head
    # a day inside the plan the act governs is the plan's, and a day still to come inside what a statement
    # says is what it says ("warned that attacks were likely before the Aug. 31 deadline")
    mentions = [m for m in mentions if not in_plan(m, tok)
                and not (statement and in_clause(m, tok, ("ccomp",)) and (m.date > where.ref or in_future(m, tok)
                                                                          or told_deep(m, tok)))]
    first, last = tok.left_edge, tok.right_edge  # (the first and last words of its subtree)
    span = (first.idx, last.idx + len(last))  # a statement is made on one day, so spans are for acts only
    shared = shared_subject(tok)  # ("Hunt, speaking on Friday night, called ... and warned": warned on Friday)
    mentions = [m for m in mentions if (shared is not None and inside(m, shared)) or (
        (span[0] <= m.start < span[1] or not others_clause(m, tok, mentions))
        and not describes_other(m, tok) and not opens_clause_below(m, tok) and not joined_after(m, tok))]
    return pick_date(mentions, span, tok.idx), tok, span


def joined_after(mention: DateMention, tok: Token) -> bool:
    """A day that opens a clause joined after the act's with a doer of its own ("condemned the attack that night,
    and on Wednesday the Pentagon sent a carrier"): that clause's day, though the parser hangs it below the act
    (not a day told last, which may be both clauses': "12 were killed and 40 were wounded on Saturday")."""
    at = word_at(tok.sent, mention.start)
    there, here = (clause_verb(at) if at is not None else None), clause_verb(tok)
    if there is None or here is None or there.dep_ != "conj" or there.head != here or there.i < here.i:
        return False
    theirs = other_subject(there, here)
    return theirs is not None and mention.start < theirs.idx


def other_subject(there: Token, here: Token) -> Token | None:
    """The subject of the clause `there` when both clauses have one and they differ, else None."""
    theirs = next((c for c in there.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ours = next((c for c in here.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return theirs if theirs is not None and ours is not None and theirs.lower_ != ours.lower_ else None


def describes_other(mention: DateMention, tok: Token) -> bool:
    """A day inside a clause that describes a thing beyond the act and its own arguments ("called for a return to
    the positions held on August 6"), or the day of another act it names ("Monday's strike"): that thing's day, not
    the act's (but "the attack that killed 30 on Friday", "shot down the airliner that crashed on Wednesday", and an
    act inside the clause are dated by it)."""
    at = word_at(tok.sent, mention.start)
    if due_day(at):
        return True
    if scheduled(at):
        return not set_for(at, tok)
    if at is not None and at.dep_ == "poss" and at.head != tok and at.head.pos_ == "NOUN":
        return True  # "called Monday's strike a violation": the strike's day, not the statement's
    while at is not None and at != tok and at.head != at:
        thing = at.head
        own = tok in (thing, thing.head) or (thing.dep_ == "pobj" and thing.head.head == tok)
        if at.dep_ in ("acl", "relcl") and not own and not at.is_ancestor(tok):
            return True  # (not a clause on the act's own object: "strikes on bases hosting Americans since October")
        at = at.head
    return False


def word_at(sent: Span, offset: int) -> Token | None:
    """The sentence's first word at or after a character offset (where a date mention starts), found by bisecting
    the document's word offsets rather than walking the sentence."""
    words = tokens_in(sent.doc, max(offset, sent.start_char), sent.end_char)
    return words[0] if len(words) else None


def scheduled(at: Token | None) -> bool:
    """A day something is set for ("called a regional election for December 21", "a deadline for Friday"): a
    day to come, not that of the act that names it (nor of the sentence), which would be "on" it. `at` is the
    mention's first word: the day itself, or "for" where the expression takes it in ("for Monday")."""
    return at is not None and (at.lower_ == "for" or (at.dep_ == "pobj" and at.head.lower_ == "for"))


# the heads of a toll an earlier act is told as the cause of: "the death toll from the shelling" (closed-class)
TOLL_HEADS = frozenset({"toll", "casualty", "death", "fatality"})

# the words that make a day a deadline or a thing's appointed day: "gave Moscow until midnight", "talks due on
# Thursday" (closed-class English, like the prepositions the parse is read by)
DUE_PREPS = frozenset({"until", "till", "pending"})
APPOINTED = frozenset({"due", "scheduled", "slated", "set", "planned"})


def due_day(at: Token | None) -> bool:
    """A day something must be done by, or that a thing is due on: never the day of the act that names it."""
    if at is None:
        return False
    before = at.nbor(-1) if at.i > 0 else None
    if before is not None and before.dep_ == "pobj" and before.head.lower_ in DUE_PREPS:
        return True  # ("until midnight the next day", the day parsed apart from the time it completes)
    while at.dep_ in ("det", "amod", "compound", "nummod", "quantmod", "npadvmod") and at.head != at:
        at = at.head  # (the phrase's head: "midnight the next day" after "until")
    prep = at if at.lower_ in DUE_PREPS else (at.head if at.dep_ == "pobj" else None)
    return prep is not None and (prep.lower_ in DUE_PREPS
                                 or (prep.lower_ == "on" and prep.head.lower_ in APPOINTED))


def set_for(at: Token, tok: Token) -> bool:
    """Whether the day a scheduled mention names is that of the act `tok` itself: the noun it hangs on ("an
    emergency summit for Thursday") or the object of the verb it hangs on ("called a strike for Friday")."""
    word = at if at.lower_ == "for" else at.head
    return word.head == tok or (tok.dep_ == "dobj" and tok.head == word.head)


def opens_clause_below(mention: DateMention, tok: Token) -> bool:
    """A day that dates a clause it opens below the act ("deplored it, two days after crowds trashed the
    embassy"): that clause's day, not the act's."""
    at = word_at(tok.sent, mention.start)
    there, here = (clause_verb(at) if at is not None else None), clause_verb(tok)
    return mention.subordinate and there is not None and here is not None and there != here \
        and here in there.ancestors


def shared_subject(verb: Token) -> Token | None:
    """The subject a verb joined to another by "and" shares with it, with the clauses that hang on it: "Hunt,
    speaking on Friday night, called the seizure unacceptable and warned of consequences"."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def sentence_day(days: list[DateMention], sent: Span) -> DateMention | None:
    """The day of the sentence's main verb, which later sentences of the paragraph take: a day in the root's
    own clause (or one joined to it by "and"), else in what it reports ("prosecutors said a missile hit Ganja
    on Sunday"), the nearest the root; never a day in a clause about something else ("On Saturday the
    Pentagon said Friday's strike had killed two", "the hour at which Soleimani was killed five days earlier"),
    of a thing ("the results of Saturday's election") or opened by "two days after"; a day in any other clause but
    a relative one only when there is no better (the parse may hang "early Wednesday" on a participle). None when
    the sentence names only such days."""
    root = sent.root
    kinds: dict[str, list[DateMention]] = {"own": [], "told": [], "other": []}
    for m in (m for m in days if not m.subordinate):
        at = word_at(sent, m.start)
        if scheduled(at) or (at is not None and at.dep_ == "poss" and at.head.pos_ == "NOUN"):
            continue  # (nor the day of a thing: "cancelled the results of Saturday's election")
        kind = clause_kind(clause_verb(at) if at is not None else None, root)
        if kind is not None:
            kinds[kind].append(m)
    return pick_date(kinds["own"] or kinds["told"] or kinds["other"], (sent.start_char, sent.end_char), root.idx)


def clause_kind(verb: Token | None, root: Token) -> str | None:
    """"own" for the root's clause or one joined to it by "and", "told" for a clause it reports (through
    ccomp, xcomp, parataxis), "other" for one hung otherwise, None inside a relative clause ("the hour at which
    Soleimani was killed five days earlier"); "own" too in a sentence with no verb ("Then, on Wednesday, the
    turnaround.")."""
    if verb is None and root.pos_ not in ("VERB", "AUX"):
        return "own"
    kind = "own"
    while verb is not None and verb != root:
        if verb.dep_ == "relcl":
            return None
        kind = "other" if kind == "other" or verb.dep_ not in ("conj", "ccomp", "xcomp", "parataxis") else \
            kind if verb.dep_ == "conj" else "told"
        verb = clause_verb(verb.head)
    return kind if verb == root else None


def in_plan(mention: DateMention, tok: Token) -> bool:
    """A day inside the to-infinitive the act governs ("agreed to resign on July 13") is the planned act's."""
    plans = [c for c in tok.children if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)]
    return any(inside(mention, plan) for plan in plans)


def told_deep(mention: DateMention, tok: Token) -> bool:
    """A day deep inside what a statement says, not a phrase of the said clause's own verb: a thing said
    about another time ("warned him he had not learned the lessons of March 1, 2008"), never the day it was said
    (a day hung on the said verb may be the parser's misplaced day of the saying: "said on Friday the ...")."""
    at = word_at(tok.sent, mention.start)
    said = [c for c in tok.children if c.dep_ == "ccomp" and inside(mention, c)]
    if at is None or not said:
        return False
    verb, node = said[0], at
    while node.head != node and node.head != verb and node != verb:
        if node.dep_ in ("pobj", "relcl", "acl", "appos") and node.head.pos_ in ("NOUN", "PROPN", "ADP") \
                and node.head.head != verb:
            return True
        node = node.head
    return False


def in_future(mention: DateMention, tok: Token) -> bool:
    """A day inside a will/would clause the statement governs: the promised act's, even where a bare weekday was
    read as the last one ("said they would march on Bangkok on Saturday")."""
    return any(inside(mention, c) and will_do(c) for c in tok.children if c.dep_ == "ccomp")


def in_clause(mention: DateMention, tok: Token, deps: tuple[str, ...]) -> bool:
    """A day inside a clause the trigger governs by one of these links ("warned that ... before Aug. 31")."""
    return any(inside(mention, c) for c in tok.children if c.dep_ in deps)


def inside(mention: DateMention, head: Token) -> bool:
    sub = list(head.subtree)
    return sub[0].idx <= mention.start < sub[-1].idx + len(sub[-1])


def clause_verb(tok: Token) -> Token | None:
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def others_clause(mention: DateMention, tok: Token, mentions: list[DateMention]) -> bool:
    """A date in a clause with a subject of its own, not above the trigger: "The one last Friday killed an
    American and the US responded with an attack", "As I pointed out last month, ... the protesters blamed"."""
    at = word_at(tok.sent, mention.start)
    there, here = (clause_verb(at) if at is not None else None), clause_verb(tok)
    if there is None or here is None or there == here:
        return False
    if there in here.ancestors and not (here.dep_ == "conj" and here.head == there):
        return False  # (a clause joined by "and" is beside the first, not under it)
    return other_subject(there, here) is not None and not shares_day(at, there, here, mentions)


def shares_day(at: Token, there: Token, here: Token, mentions: list[DateMention]) -> bool:
    """A clause joined by "and" to one whose verb a day hangs from, told in the same simple past and naming no
    day of its own, happened that day: "Hezbollah fired rockets on Monday, and Israel responded with artillery"
    (not "The one last Friday killed an American and the US responded": that day is the subject's)."""
    if here.dep_ != "conj" or here.head != there or not (simple_past(here) and simple_past(there)):
        return False
    if any(clause_verb(w) == here for m in mentions
           if (w := word_at(here.sent, m.start)) is not None and w.idx == m.start):
        return False  # (the clause names a day of its own)
    step = next((t for t in (at, *at.ancestors) if t.head == there), None)
    return step is not None and step.dep_ in ("prep", "npadvmod", "advmod")


def simple_past(verb: Token) -> bool:
    """A verb told in the simple past: "responded", "were hit" (not "has responded", "would respond")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_ == "have" or c.tag_ == "MD" for c in helpers):
        return False
    return (helpers[0].tag_ if helpers else verb.tag_) == "VBD"


# the links that stay inside one clause, or hang a clause from the one it is part of
CLAUSE_INNER = {"dobj", "pobj", "prep", "pcomp", "xcomp", "advcl", "nsubj", "nsubjpass", "amod", "compound", "agent"}


def told_in_past(tok: Token) -> bool:
    """A past-tense trigger, or one under a past verb: "came to urge deputies", "condemned the raids"."""
    for _ in range(4):
        if tok.tag_ in ("VBD", "VBN"):
            return True
        if tok.head == tok or tok.dep_ not in ("xcomp", "advcl", "acl", "dobj", "pobj", "prep", "nsubj", "nsubjpass",
                                               "conj"):
            return False
        if tok.tag_ not in ("VB", "VBG", "NN", "NNS", "IN") and tok.pos_ != "NOUN":
            return False
        tok = tok.head
    return False


def said_then(tok: Token) -> bool:
    """A present-tense clause a past verb reports: ""I concede," Ruto said": said (and so done) the day told."""
    return tok.tag_ in ("VBP", "VBZ") and tok.dep_ in ("ccomp", "parataxis") and tok.head.tag_ == "VBD"


def done_by_now(tok: Token) -> bool:
    """A verb told in the present perfect as a finished act ("have been pulled out", "has taken up position",
    "have spent two days bombarding"), not a noun under one ("sanctions have done nothing") nor an ongoing
    act ("have been killing protesters")."""
    if tok.pos_ != "VERB":
        return False
    verbs = [tok, *(t for t in tok.ancestors if t.pos_ in ("VERB", "AUX"))][:2]
    return not any(t.tag_ == "VBG" and any(c.lower_ == "been" for c in t.children) for t in verbs)


def shares_aux(node: Token) -> bool:
    """A verb joined by "and" with no subject or auxiliary of its own shares its head's: "had crossed the line
    and attacked"."""
    return node.dep_ == "conj" and node.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children)


def perfect(tok: Token) -> str | None:
    """"past" for the past perfect, "present" for the present perfect, of the trigger's own clause (or a
    clause it hangs from: "objected when Esper telephoned", "the attacks they have carried out").
    "had voiced his objection" happened before the telling; "have been killing protesters" names no day."""
    for node in (tok, *tok.ancestors):
        aux = next((c.lower_ for c in node.children if c.dep_ == "aux" and c.lemma_ == "have"), None)
        if aux is not None:
            return "past" if aux in ("had", "'d") else "present" if aux in ("have", "has", "'ve", "'s") else None
        if node.dep_ not in CLAUSE_INNER and not shares_aux(node):
            return None
    return None
