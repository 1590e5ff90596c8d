"""Readings of the dependency parse that every stage may use: objects, agents, passives, the sides of
a "between", participle clauses. Pure functions of spaCy tokens; no knowledge files.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

OBJECT_DEPS = ("dobj", "obj")
COMPELLED = {"force", "compel", "oblige", "have"}  # "would be forced to", "will have to": made to do, still to come
FUTURE_AUX = {"will", "would", "shall", "'ll", "’ll"}
TARGET_PREPS = {"on", "against", "at", "into", "upon", "toward", "towards"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}  # the speaker's own words for itself  # entity labels of places
ENTITY_INDEX = "redline.entities"  # key of the entity index in Doc.user_data
OFFSET_INDEX = "redline.offsets"  # key of the token offsets in Doc.user_data
TEXT = "redline.text"  # key of the document's text in Doc.user_data


def objects_of(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in OBJECT_DEPS]


def object_gap(clause: Token) -> bool:
    """A relative clause with no relative word whose verb lacks its object: the noun it describes is the object
    ("a company it accused of hiding payments", "the militia Baghdad blames"; not the writer's own doings: "an
    engineer I met outside the jail")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.dep_ == "relcl" and not objects_of(clause) and subject is not None and subject.lower_ != "i" \
        and not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in clause.children)


def relative_object(clause: Token) -> bool:
    """A relative clause whose relative word is its object ("the militia, which Valdoria blames"), "that" tagged a
    mark beside a subject of the clause's own too ("the tanker that marines helped impound")."""
    marks = [c for c in clause.children if c.dep_ == "mark"] if any(c.dep_ == "nsubj" for c in clause.children) else []
    return clause.dep_ == "relcl" and any(o.lower_ in ("which", "who", "whom", "that")
                                          for o in (*objects_of(clause), *marks))


def pobj_of(tok: Token, *preps: str) -> Token | None:
    """The object of the first of the word's prepositions among these: "sent aid to Gaza" → Gaza."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                 if g.dep_ == "pobj"), None)


def infinitive(verb: Token) -> bool:
    """A to-infinitive: "to" stands as the verb's auxiliary ("urged Kyiv to withdraw", "a campaign to oust")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """The doer named after "by" in a passive: "were launched by Iran"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def bare_participle(verb: Token) -> bool:
    """A past participle without auxiliary, which reads as a passive: "more than 1,800 wounded", "14 people shot
    dead" (tagged a past tense, but "shot dead" with no object is said of its victims); not one with an object:
    "soldiers sealed off the palace" tagged as a participle is still their act."""
    left_dead = verb.tag_ == "VBD" and any(c.dep_ == "oprd" and c.lower_ == "dead" for c in verb.children)
    return (verb.tag_ == "VBN" or left_dead) and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) \
        and not any(c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children)
                    for c in verb.children)


def prep_act_roles(verb: Token, prep: str) -> tuple[Token | None, Token | None]:
    """Doer and undergoer of the act a verb's preposition names: "nurses went on strike" (the subject does it;
    also where the parser hangs the verb on its subject: "Thousands converged on the capital for a rally"); "the
    minister was put under investigation" (the one put under it undergoes it; the doer follows "by")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                   verb.head if verb.dep_ == "acl" else None)
    if prep != "under":
        return subject, None
    undergoer = subject if subject is not None and subject.dep_ == "nsubjpass" \
        else next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    return agent_of(verb) or (subject if subject is not undergoer else None), undergoer


def partner_of(word: Token) -> Token | None:
    """The word joined to this one by "and": "Cambodia" in "Thailand and Cambodia"."""
    return next((c for c in word.children if c.dep_ == "conj"), None)


def mutual_roles(source: Token, target: Token | None) -> tuple[Token, Token | None]:
    """"Valdoria and the militia agreed to a ceasefire", "Turkey and Greece signed an accord": each is the
    other's counterpart; "ministers of Egypt and Jordan met": the two states are."""
    of = pobj_of(source, "of") if source.pos_ == "NOUN" else None
    if of is not None and any(c.dep_ == "conj" for c in of.children):
        source = of
    partner = partner_of(source)
    named_object = target is not None and (target.pos_ in ("PROPN", "PRON") or target.ent_type_)
    return source, target if named_object else partner or target  # "he and Pompeo briefed Trump": Trump


def dative_of(verb: Token) -> Token | None:
    """The indirect object: "gave Kyiv aid", or after spaCy's dative "to" ("sent aid to Nepal")."""
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    if dative is not None and dative.pos_ == "ADP":
        return next((g for g in dative.children if g.dep_ == "pobj"), None)
    return dative


def deadline(verb: Token) -> Token | None:
    """"gave the soldiers one week to release Bazoum": the act a span of time is given for (its to-infinitive), or
    None when the verb gives no span of time to do something."""
    span = next((c for c in verb.children if (c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in ("DATE", "TIME"))
                 or (c.dep_ == "prep" and c.lower_ in ("until", "till")  # ("gave Moscow until midnight to explain")
                     and any(g.ent_type_ in ("DATE", "TIME") for g in c.children))), None)
    if span is None:
        return None
    return next((c for c in (*verb.children, *span.children) if c.dep_ in ("advcl", "xcomp", "ccomp", "acl", "relcl")
                 and c.pos_ == "VERB" and infinitive(c)), None)


def ready_clause(ready: Token, readiness: set[str]) -> Token | None:
    """The clause of one who stands ready for an act: "was capable of a reply" (the copula), "was prepared for
    retaliation"; None when the word is no word of readiness."""
    if not {ready.lemma_.lower(), ready.lower_} & readiness:
        return None
    return ready.head if ready.dep_ == "acomp" else ready


def will_do(verb: Token) -> bool:
    """A verb with will/would: an act promised, not yet done; or one the doer says it will be made to do ("would be
    forced to take retaliatory steps", "will have to respond")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in COMPELLED and head != verb and will_do(head)


def refused(tok: Token) -> bool:
    """Negated: "not", "n't", "never", "no longer"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or (c.lower_ == "longer" and any(g.lower_ == "no" for g in
                                                                                       c.children))
               for c in tok.children)


def denied(tok: Token) -> bool:
    """Negated, or its object or subject is: "had not taken part", "played no part", "never had any role", "there
    would be no talks", "had nothing to do with", "neither Russia nor its officials had anything to do with"."""
    objects = [c for c in tok.children if c.dep_ in (*OBJECT_DEPS, "attr")]
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return refused(tok) or any(g.dep_ == "det" and g.lower_ == "no" for c in objects for g in c.children) \
        or any(c.lower_ in ("nothing", "none") for c in objects) \
        or any(g.dep_ == "preconj" and g.lower_ == "neither" for c in subjects for g in c.children)


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


def controller(tok: Token, holding: frozenset[str]) -> Token | None:
    """The actor that holds a place or thing: the agent of "run by X", the object of "housing X",
    the subject of "where X are stationed"; `holding`: the verbs whose object holds the place (words.yaml)."""
    for acl in tok.children:
        if acl.dep_ == "relcl" and any(c.lower_ == "where" for c in acl.children) and tok.ent_type_ != "GPE":
            # (a site, not a land: "in Montenegro, where 28 people have been killed" names no holder)
            found = next((c for c in acl.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None:
                return found
        if acl.dep_ != "acl":
            continue
        agent = agent_of(acl)
        if agent is not None:
            return agent
        obj = next((c for c in acl.children if c.dep_ == "dobj"), None)
        if obj is not None and acl.lemma_.lower() in holding:
            return obj
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return agent_of(verb)  # "Rockets fired by Hamas and Islamic Jihad killed 12", parsed as a clause of its own
    return None


def entity_at(tok: Token) -> Span | None:
    """The named entity the token is part of, read from its IOB tags (no scan of `doc.ents`)."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def entities_between(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The entities that start at token lo or after and before token hi, in order. The document's entity
    list is built once and kept in `doc.user_data`, so long documents are not rescanned per mention."""
    index = doc.user_data.get(ENTITY_INDEX)
    if index is None:
        ents = tuple(doc.ents)
        index = doc.user_data[ENTITY_INDEX] = (ents, [e.start for e in ents])
    ents, starts = index
    return list(ents[bisect_left(starts, max(lo, 0)):bisect_left(starts, hi)])


def text_of(span: Span) -> str:
    """The span's text, cut from the document's text kept once per document in `doc.user_data` (the same string:
    `Span.text` makes and joins a token for each word on every call, and stages read a sentence's text often)."""
    text = span.doc.user_data.get(TEXT)
    if text is None:
        text = span.doc.user_data[TEXT] = span.doc.text
    return text[span.start_char:span.end_char]


def tokens_in(doc: Doc, start: int, end: int) -> Span:
    """The tokens that begin at character offsets start..end-1, by bisecting offsets kept once per document."""
    offsets = doc.user_data.get(OFFSET_INDEX)
    if offsets is None:
        offsets = doc.user_data[OFFSET_INDEX] = [t.idx for t in doc]
    return doc[bisect_left(offsets, start):bisect_left(offsets, end)]


def verb_lemmas(tok: Token) -> set[str]:
    """The lemma, and for a past or -ing form the stems it may come from: the small model's lemmatiser errs on
    some verbs ("staged" as "stag"), so a lookup in a verb list tries "stage" too; and the lemma with its particle
    ("ruled out" → "rule out")."""
    word = tok.lower_
    found = {tok.lemma_.lower(), *(f"{tok.lemma_.lower()} {c.lower_}" for c in tok.children if c.dep_ == "prt")}
    if word.endswith("ed"):
        found |= {word[:-1], word[:-2]}
    elif word.endswith("ing"):
        found |= {word[:-3], word[:-3] + "e"}
    return found


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parser hung on the clause's conjunction ("resigned after the head of the army urged him
    to go", "the head" parsed the object of "after"): that object, for a clause with no subject of its own."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "mark" and c.i < verb.i
                 for g in c.children if g.dep_ == "pobj" and g.i < verb.i), None)


def labelled_object(verb: Token, naming: frozenset[str]) -> Token | None:
    """The thing a verb takes by the writer's or speaker's name for it, parsed as a clause: "condemned what it
    called a seizure of power" (the seizure is condemned); None for any other verb."""
    named = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in naming
                  and any(g.lower_ == "what" and g.dep_ in OBJECT_DEPS for g in c.children)), None)
    thing = characterisation(named, naming) if named is not None else None
    # ("what it called a wave of violence unleashed by the opposition": whoever it is said to come from)
    done = next((g for t in (thing.subtree if thing is not None else ()) if t.dep_ == "acl" and t.tag_ == "VBN"
                 for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return done if done is not None else thing


def characterisation(verb: Token, naming: frozenset[str]) -> Token | None:
    """What "called X Y" says X is: the object predicate; for a verb of naming also the second of two objects
    the parser gives ("called the visit a provocation") or its "as" phrase ("described the raids as reckless")."""
    # (not a name a participle gives: "called the operation, code-named Sindoor, measured")
    oprd = next((c for c in verb.children if c.dep_ == "oprd" and not (c.i > 0 and c.nbor(-1).tag_ == "VBN")), None)
    if oprd is not None and oprd.pos_ == "PROPN" and not objects_of(verb):
        oprd = None  # "called President Ilham Aliyev" (phoned him): a name with nothing it is said of
    if oprd is not None or verb.lemma_.lower() not in naming:
        return oprd
    objects = objects_of(verb)
    if len(objects) >= 2:
        return objects[-1]
    # (the parser may hang the "as" phrase on the object: "described the sanctions as economic aggression")
    as_phrase = next((c for c in (*verb.children, *(g for o in objects for g in o.children))
                      if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_phrase is not None:
        return next((g for g in as_phrase.children if g.dep_ in ("pobj", "amod", "acomp")), None)
    # (or take a predicate adjective for a modifier after its noun: "called the seizure unacceptable")
    return next((c for o in objects for c in o.rights if c.dep_ == "amod" and c.pos_ == "ADJ"), None)


def faced(act: Token, facing: frozenset[str], frontiers: frozenset[str],
          opposing: frozenset[str] = frozenset()) -> Token | None:
    """Whom a show of force is aimed at: whom it is readied against ("mobilised its army against Azerbaijan"), or,
    by where it is shown, the state it is shown around ("drills around Taiwan"), or the owner of a frontier there
    ("troops near the Ukrainian border", "along the border with Ukraine"); read on the act, its objects ("massed
    troops near ...") and, for an act noun, the verb it is the object of. None for one's own frontier ("near its
    border")."""
    for verb in (act, *objects_of(act), act.head if act.dep_ in OBJECT_DEPS else None):
        for place in (g for c in (verb.children if verb is not None else ()) if c.dep_ == "prep"
                      and (c.lower_ in facing or c.lower_ in opposing) for g in c.children if g.dep_ == "pobj"):
            if place.head.lower_ in opposing:
                return place
            if place.ent_type_ in ("GPE", "LOC") and place.pos_ == "PROPN" and place.head.lower_ == "around":
                return place  # (encircled; "troops near Lachin" may be one's own town)
            if place.lemma_.lower() in frontiers:
                owner = next((c for c in place.children if c.dep_ in ("poss", "amod", "compound")
                              and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")), None)
                return owner or pobj_of(place, "with", "of")
    return None


def purpose_of(tok: Token) -> Token | None:
    """The verb an act is the purpose of: "arrived for talks" (its subject came to hold them)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return None


def first_conjunct(tok: Token) -> Token:
    """The first of coordinated nouns, which holds their shared relation: "declared martial law and a general
    mobilisation" (the mobilisation is declared too)."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head != tok:
        tok = tok.head
    return tok


def words_under(heads: Iterable[Token], skip: Callable[[Token], bool] = lambda t: False) -> set[str]:
    """The words of these heads' subtrees, each as written and as its lemma, lower case ("fabricated" and
    "fabricate"), but those `skip` says to leave out."""
    return {w for head in heads for t in head.subtree if not skip(t) for w in (t.lemma_.lower(), t.lower_)}


def modifier_words(noun: Token) -> set[str]:
    """The words (and their lemmas) of a noun's modifiers: "joint naval exercises", "live-fire drills"."""
    return words_under(c for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))


def own_act_aimed_at(tok: Token) -> Token | None:
    """"Iran warned it would attack Israel (if ...)": the one the speaker's own promised act is aimed at."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and will_do(c)), None)
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if subj is None or subj.pos_ != "PRON" or subj.lower_ in ("you", "they", "them"):
        return None  # (an act of someone else's is addressed to them: see addressed_in_clause)
    return next(iter(objects_of(clause)), None) or pobj_of(clause, *TARGET_PREPS)


def partitive_of(head: Token, partitives: frozenset[str], personnel: frozenset[str] = frozenset()) -> Token | None:
    """The group a quantity or part is taken from: the object of "of" after a number or a part word; or whose
    people these are (`personnel`: "inspectors of the IAEA", "UNHCR staff")."""
    if head.lemma_.lower() in personnel or head.lower_ in personnel:
        return pobj_of(head, "of") or next((c for c in head.children if c.dep_ in ("compound", "poss")
                                            and c.pos_ == "PROPN"), None)
    if head.pos_ != "NUM" and head.lower_ not in partitives and head.lemma_.lower() not in partitives:
        return None
    return pobj_of(head, "of")


def paired_sides(noun: Token) -> tuple[Token, Token] | None:
    """The two sides one noun names by two joined modifiers: "Indian and Chinese troops" (India, China)."""
    first = next((c for c in noun.children
                  if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")), None)
    second = partner_of(first) if first is not None else None
    return (first, second) if second is not None else None


def in_one_name(first: Token, last: Token) -> bool:
    """Whether one entity span runs from `first` to `last` (a tagger's misreading that joins them)."""
    doc = first.doc
    return first.ent_iob_ != "O" and first.i < last.i and all(t.ent_iob_ == "I" for t in doc[first.i + 1:last.i + 1])


def aimed_at(verb: Token, preps: set[str]) -> Token | None:
    """The object of the verb's first preposition among `preps` that is no day: "flown against five sites"
    (not "on Sunday")."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)


def most_of_them(tok: Token, parts: frozenset[str]) -> Token | None:
    """"26 people, almost all of them holidaymakers": the noun that says what most of a group were, read off
    the words (the parser hangs it anywhere)."""
    doc, i = tok.doc, tok.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADV":  # "almost", "nearly", "mostly"
        i += 1
    words = [t.lower_ for t in doc[i:i + 3]]
    if len(words) < 3 or words[0] not in parts or words[1:] != ["of", "them"]:
        return None
    noun = doc[i + 3] if i + 3 < len(doc) else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def clause_teller(pron: Token) -> Token | None:
    """"the office of Alexander Lukashenko announced that, with Putin's consent, he had talked ...": the person
    whose words the clause is (the subject, or the one whose office speaks), whom its "he" names."""
    if pron.dep_ != "nsubj" or pron.head.dep_ != "ccomp":
        return None
    subj = next((c for c in pron.head.head.children if c.dep_ == "nsubj"), None)
    owner = (pobj_of(subj, "of") or next((c for c in subj.children if c.dep_ == "poss"), None)) \
        if subj is not None and subj.pos_ == "NOUN" else subj
    return owner if owner is not None and owner.ent_type_ == "PERSON" else None


def full_name_before(tok: Token) -> str | None:
    """"Saakashvili" after "President Mikheil Saakashvili": the longer name of a person the text gave before,
    ending in this one word (none for a word inside a longer name of its own); the tagger may take the word for a
    common noun ("called on Rajoy to resign")."""
    own = entity_at(tok)
    # (a longer span the tagger took for an event, or that takes in a word of the clause, is no name of its own:
    # "Tonight Sall went on television")
    named = own is not None and len(own) > 1 and own.label_ not in ("EVENT", "DATE", "TIME") \
        and all(t == tok or t.head == tok or t.head.head == tok for t in own)
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or named:
        return None
    return next((e.text for e in reversed(entities_between(tok.doc, 0, tok.i)) if e.label_ == "PERSON"
                 and len(e) > 1 and e[-1].text == tok.text and e.end <= tok.i), None)


def innermost_xcomp(verb: Token) -> Token | None:
    """The act an open complement finally names: "promised to keep working with X" → working."""
    act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    while act is not None and any(c.dep_ == "xcomp" for c in act.children):
        act = next(c for c in act.children if c.dep_ == "xcomp")
    return act


def means_target(tok: Token, means: Token, bound_in: bool = False) -> Token | None:
    """"set fire to a police station": the fire is the means; what burns is after "to" ("broke off relations
    with the United States": the relations are the means, the partner is hit); with `bound_in`, a measure in force
    over a place binds whoever is there ("lifted the curfew in Dhaka", "the curfew imposed in Sudan")."""
    counted = pobj_of(means, "of")  # (what a part is of: "suspended part of an aid programme for Bosnia")
    phrases = [*means.children, *(counted.children if counted is not None else ()), *tok.children]
    target = phrase_object(phrases, ("to", "on", "with", "for", "against"))
    if target is None and bound_in:
        target = phrase_object(phrases + [g for c in means.children if c.dep_ == "acl" for g in c.children], ("in",))
    if target is None:  # "suspended Gabon's membership" (not its own: "suspended its aid")
        target = next((c for c in means.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if target is not None and target.dep_ == "pcomp":
        # "blamed the disaster on what he called American adventurism"
        target = next((c for c in target.children if c.dep_ == "oprd"), None)
    return target


def phrase_object(phrases: list[Token], preps: tuple[str, ...]) -> Token | None:
    """The object of the first of these phrases with one of these prepositions, not a day or a time."""
    return next((g for c in phrases if c.dep_ in ("prep", "dative") and c.lower_ in preps
                 for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")), None)


def undergoes(noun: Token, undergone: frozenset[str]) -> bool:
    """Whether the noun's possessor is the one the act is done to: an act one undergoes, with no "of" naming
    another ("Yoon's arrest"; but "Iran's release of the tanker" names the doer)."""
    return noun.lemma_.lower() in undergone and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def unhedged(tok: Token, hedges: frozenset[str]) -> Token:
    """"said it was highly likely that Russia was responsible", "said it believed Russia was responsible": the
    clause a hedging adjective or verb of belief governs stands where the hedge's clause does, below the verb of
    saying; any other word is itself."""
    if tok.dep_ != "ccomp":
        return tok
    hedge = tok.head
    if hedge.dep_ == "acomp" and hedge.lemma_.lower() in hedges and hedge.head != hedge:
        return hedge.head  # (the clause hung on the adjective)
    if hedge.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in hedges for c in hedge.children):
        return hedge  # (or on its copula: "it was clear that ...")
    if hedge.pos_ == "VERB" and hedge.lemma_.lower() in hedges and hedge.dep_ == "ccomp":
        return hedge  # (or on a verb of belief that is itself said: "said it believed Assad's forces were behind")
    return tok
