"""Attribute each quoted span to its speaker on the parse.

Rules, in order: the subject of the nearest verb of saying (or of passing words on: "conveyed", "dismissed ...
as"; words.yaml quoting) above the quote ("X said", "said X", "X called it ...", a conjoined or adverbial verb
inheriting its head's subject); whoever raised "chants of “...”"; "according to X"; whoever passes or issues the
text quoted ("passes resolution 22, ... “all lawful means”"); a phrase before a colon ("X: “...”"); the speaker of
the quote just before, when this quote opens its sentence (a quote continued over several sentences).

The phrase found is then read for whom it stands: a pronoun goes, in order, to the subject of a clause above it
("X spoke to Y and repeated what he called ..."), to the speaker of a quote in its sentence or the one before
("“...,” said X. “...,” she added."), to the subject of the sentence before (news keeps its subject: "X, who met
Y, was blunt. He called it ..."), and otherwise to the nearest fitting name, never to whom it speaks to ("he told
Y"); a role with a name beside it to the person named; a statement, a spokesman or a reply to its owner or issuer;
a bare "the ministry" to the fuller phrase just told.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ..grammar import agent_of, pobj_of, tokens_in
from ..model import Actor, Post, Quote
from ..voices import QuoteSpan, post_at
from .actors import ActorResolver, fold, span_text, strip_det

SUBJECT_DEPS = ("nsubj", "nsubjpass")
PERSON_SUBJECTS = frozenset({"he", "she"})
GROUP_SUBJECTS = frozenset({"it", "they"})
COMPLEMENT_DEPS = ("dobj", "dative", "pobj", "appos", "conj", "prep")
CROWD_KINDS = frozenset({"protesters", "civilians", "legislature", "party"})  # kinds of actor that chant


def subject_of(verb: Token) -> Token | None:
    """The verb's subject (the agent of a passive), or the one it inherits through conj/advcl/xcomp."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "..., alongside Pompeo, Treasury Secretary Steven Mnuchin said": a name just before the verb is its
        # subject, however the parser attached it
        return before
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            subj = agent_of(verb)
        if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            return verb.head  # "Khamenei himself, who brushed the threat aside ... and said ...": Khamenei
        if subj is not None:
            return subj
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "Students chanting “...”": the participle's noun speaks
        if verb.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def inverted_subject(verb: Token) -> Token | None:
    """“...,” said Oksana, a teacher who ...": the name just after a verb of saying that follows the quote is
    its subject, however the parser attached it (it may make the name the subject of a later clause)."""
    doc = verb.doc
    if verb.i + 1 >= verb.sent.end or verb.i == verb.sent.start or not doc[verb.i - 1].is_quote \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    name = doc[verb.i + 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return name


def same_actor(one: Actor, other: Actor) -> bool:
    """One actor, though named in full once and in part later ("Piet Holm" ... "Holm")."""
    if one.id is not None and one.id == other.id:
        return True
    words = [[set(fold(n).split()) for n in (a.name, *a.aliases) if n.strip()] for a in (one, other)]
    return any(a <= b or b <= a for a in words[0] for b in words[1])


def fits(pronoun: Token, actor: Actor | None) -> bool:
    """He/she stand for a person (or a name of unknown kind); it/they for anything but a person."""
    if actor is None:
        return False
    if pronoun.lower_ in PERSON_SUBJECTS:
        return actor.kind in ("person", None)
    return actor.kind != "person"


def complements(verb: Token) -> list[Token]:
    """Nouns the verb (and the verbs conjoined to it) act on or with: "spoke with his counterpart, Y", "met Y"."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    found: list[Token] = []
    for v in verbs:
        todo = [c for c in v.children if c.dep_ in ("dobj", "dative", "prep")]
        while todo:
            tok = todo.pop()
            if tok.pos_ in ("NOUN", "PROPN"):
                found.append(tok)
            todo += [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS]
    return found


def named(tok: Token | None) -> bool:
    """A subject that can speak: a name, a pronoun, or a phrase with a named entity."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return True
    phrase = [tok] + [c for c in tok.children if c.dep_ in ("appos", "poss", "compound")]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in phrase)


class SpeakerFinder:
    """Finds quote speakers in one parsed document."""

    def __init__(self, resolver: ActorResolver, speech_verbs: list[str]) -> None:
        self.resolver = resolver
        self.speech = set(speech_verbs)  # shared with the event rules: statements in their own right
        self.quoting = self.speech | resolver.words["quoting"]  # for speakers only
        self.words = resolver.words

    def quotes(self, doc: Doc, spans: list[QuoteSpan], posts: list[Post], published: date) -> list[Quote]:
        out: list[Quote] = []
        previous: Quote | None = None
        for span in spans:
            post = post_at(posts, span.start)
            on = post.date if post and post.date else published
            tokens = list(tokens_in(doc, span.start, span.end))
            speaker = self.speaker(doc, span, tokens, on, previous) if tokens else None
            sent = tokens[0].sent if tokens else None
            opens = sent is not None and all(
                t.is_punct or t.is_space or span.start - 1 <= t.idx for t in sent if t.idx < span.start)
            if speaker is None and previous is not None and opens and previous.via == ("post" if post else "quote"):
                speaker = previous.speaker
            if speaker is None and sent is not None and opens and not post:
                speaker = self.introduced(doc, sent, on)
            quote = Quote(text=span.text, start=span.start, end=span.end, speaker=speaker,
                          via="post" if post else "quote", sentence=sent.text if sent is not None else "")
            out.append(quote)
            previous = quote
        return out

    def introduced(self, doc: Doc, sent, on: date) -> Actor | None:
        """A block quote in its own paragraph: the one who, just before, said or wrote something."""
        if sent.start == 0 or "\n" not in doc.text[doc[sent.start - 1].idx:sent.start_char]:
            return None  # only a quote that opens a paragraph
        before = doc[sent.start - 1].sent
        verb = next((t for t in reversed(before) if t.lemma_ in self.speech and t.pos_ in ("VERB", "AUX")), None)
        subj = subject_of(verb) if verb is not None else None
        return self.as_speaker(subj, on) if subj is not None and named(subj) else None

    def speaker(self, doc: Doc, span: QuoteSpan, tokens: list[Token], on: date,
                previous: Quote | None = None) -> Actor | None:
        inside = {t.i for t in tokens}
        sent = tokens[0].sent
        verb = self.speech_verb(tokens, inside, sent)
        subj = subject_of(verb) if verb is not None else None
        if subj is None:
            subj = self.chanters(tokens, inside)
        if subj is None:
            subj = self.according_to(sent, inside)
        if subj is None:
            subj = self.adopter(tokens, inside)
        if subj is None:
            subj = self.before_colon(sent, span)
        if subj is None:
            return None
        return self.as_speaker(subj, on, previous)

    def chanters(self, tokens: list[Token], inside: set[int]) -> Token | None:
        """"chants of “Down with the envoy”": whose chants they are ("the crowd's chants", "chants from the
        crowd"), or else the crowd, students or lawmakers told last in this paragraph (at most two sentences back)."""
        of = next((a for a in tokens[0].ancestors if a.i not in inside), None)
        noun = of.head if of is not None and of.lower_ == "of" else None
        if noun is None or noun.lemma_.lower() not in self.words["voicing"]:
            return None
        doc = noun.doc
        after = doc[tokens[-1].i + 2] if tokens[-1].i + 2 < len(doc) else None  # past the closing mark
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or pobj_of(noun, "from", "by") \
            or (next((c for c in after.children if c.dep_ == "pobj"), None)
                if after is not None and after.lower_ in ("from", "by") else None)
        if owner is not None:
            return owner
        return self.crowd_before(noun)

    def crowd_made_up(self, subj: Token) -> Token | None:
        """"the crowd kept growing. Pensioners, nurses, dock workers in overalls, all chanting ...": people of
        three or more callings listed as one speaker are the crowd told just before (not when any of them is a
        body of its own: "police, soldiers and riot units")."""
        members = [subj, *(c for c in subj.subtree if c.dep_ == "conj" and c.pos_ == "NOUN")]
        if subj.pos_ != "NOUN" or len(members) < 3 \
                or any(self.resolver.index.agent_kind(m) not in CROWD_KINDS | {None} for m in members):
            return None
        return self.crowd_before(subj)

    def crowd_before(self, tok: Token) -> Token | None:
        """The crowd, students or lawmakers told last before this word in its paragraph, at most two sentences
        back."""
        doc = tok.doc
        start = doc[max(0, doc[max(0, tok.sent.start - 1)].sent.start - 1)].sent.start
        for before in reversed(doc[start:tok.i]):
            if "\n" in before.text:
                break  # not across a paragraph
            if before.pos_ in ("NOUN", "PROPN") and before.dep_ != "compound" \
                    and self.resolver.index.agent_kind(before) in CROWD_KINDS:
                return before  # (not a word that only names a kind of thing: "Union flags")
        return None

    def adopter(self, tokens: list[Token], inside: set[int]) -> Token | None:
        """Words of a text someone adopts or issues: "the League passes resolution 22, a ban plus “all lawful
        means”", "issued a statement calling for “restraint”": whoever passes or issues the text speaks."""
        for anc in tokens[0].ancestors:
            if anc.i in inside or anc.lemma_.lower() not in self.words["documents"]:
                continue
            if anc.dep_ == "dobj":
                subj = subject_of(anc.head)
                return subj if named(subj) else None
        return None

    def speech_verb(self, tokens: list[Token], inside: set[int], sent) -> Token | None:
        """The verb of saying above the quote whose subject can speak; the nearest one otherwise."""
        chain: list[Token] = []
        for tok in tokens:
            for anc in tok.ancestors:
                if anc.i not in inside and anc.lemma_ in self.quoting and anc.pos_ in ("VERB", "AUX"):
                    if anc not in chain:
                        chain.append(anc)
        if not chain:  # a verb beside the quote, as the parser may leave it; not one whose words are a "what":
            # "what the refugees told him goes “beyond ...”" (told him what, not the quote)
            chain = sorted((t for t in sent if t.i not in inside and t.lemma_ in self.speech and t.pos_ == "VERB"
                            and not any(c.tag_ in ("WP", "WDT") and c.dep_ in ("dobj", "dative") for c in t.children)),
                           key=lambda t: abs(t.i - tokens[0].i))
        return next((v for v in chain if named(subject_of(v))), chain[0] if chain else None)

    @staticmethod
    def according_to(sent, inside: set[int]) -> Token | None:
        for tok in sent:
            if tok.lower_ == "according" and tok.i not in inside:
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    return obj
        return None

    def before_colon(self, sent, span: QuoteSpan) -> Token | None:
        """"The union spokesman Karl Brandt: “...”": the phrase before a colon, not a date ("Thursday: the
        League passes ...")."""
        colon = next((t for t in sent if t.text == ":" and t.idx < span.start), None)
        if colon is None:
            return None
        before = [t for t in sent if t.i < colon.i and t.pos_ in ("NOUN", "PROPN")
                  and t.lower_ not in self.words["not_actors"] and t.ent_type_ not in ("DATE", "TIME")]
        if not before:
            return None
        # the highest noun before the colon heads the phrase that introduces the quote; of two as high, the
        # later (a phrase's head comes last: "Read the Abuja communiqué", parsed as two objects)
        return min(before, key=lambda t: (len(list(t.ancestors)), -t.i))

    def as_speaker(self, subj: Token, on: date, previous: Quote | None = None) -> Actor | None:
        """The actor a speaking phrase names; a pronoun, an owner's statement ("the ministry's statement") and
        a bare "the ministry" first go to whom they stand for."""
        if subj.pos_ == "PRON" and subj.lower_ in PERSON_SUBJECTS | GROUP_SUBJECTS:
            found = self.pronoun(subj, on, previous)
            if found is not None:
                return found
        crowd = self.crowd_made_up(subj)
        if crowd is not None:
            return self.as_speaker(crowd, on, previous)
        named = self.named_beside(subj)
        if named is not None:
            actor = self.resolver.resolve(subj, on)
            return actor if actor is not None and actor.kind == "person" else self.as_speaker(named, on, previous)
        owner = self.owner(subj)
        if owner is not None:
            found = self.as_speaker(owner, on, previous)
            if found is not None and subj.lemma_.lower() in self.words["spokes"]:  # "KH spokesman" names KH
                return self.resolver.with_alias(found, span_text(strip_det(self.resolver.np_tokens(subj))))
            if found is not None:
                return found
        earlier = self.named_before(subj)
        if earlier is not None:
            found = self.resolver.resolve(earlier, on)
            if found is not None:
                return found
        earlier = self.text_told_before(subj) if owner is None else None
        if earlier is not None:
            return self.as_speaker(earlier, on, previous)
        actor = self.resolver.resolve(subj, on)  # ("the ministry's spokesman" speaks for the ministry)
        if actor is None and subj.pos_ in ("NOUN", "PROPN"):
            text = span_text(strip_det(self.resolver.np_tokens(subj)))
            return Actor(name=text, aliases=self.resolver.generic_aliases(subj, text)) if text else None
        return actor

    def owner(self, subj: Token) -> Token | None:
        """"the ministry's statement", "the army's spokesman", "Lavrov's response": the owner speaks (a named
        owner the resolver already reads; this also takes a common noun, which may point back to a name, and a
        pronoun), or the issuer of a text ("the statement, issued by the ministry", "the rebels issued a
        statement calling ...")."""
        if subj.lemma_.lower() not in self.words["spokes"] | self.words["documents"] | self.words["sayings"]:
            return None
        issuer = next((agent_of(c) for c in subj.children if c.dep_ == "acl" and agent_of(c) is not None), None)
        if issuer is not None:
            return issuer
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if poss is not None or subj.dep_ != "dobj" or subj.lemma_.lower() not in self.words["documents"]:
            return poss
        issuer = next((c for c in subj.head.children if c.dep_ == "nsubj"), None)  # its own, not one inherited
        return issuer if issuer is not None and issuer.pos_ in ("NOUN", "PROPN") else None

    @staticmethod
    def named_beside(subj: Token) -> Token | None:
        """"the mayor of Kharkiv, Ihor Terekhov, said", "the Houthis' military spokesman, Yahya Saree": a title
        or role with the person's name beside it: the person speaks (as the annotation names spokesmen)."""
        if subj.pos_ != "NOUN":
            return None
        return next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)

    def text_told_before(self, noun: Token) -> Token | None:
        """"ECOWAS leaders ... their communiqué said ... Read the Abuja communiqué slowly: ...": a text with no
        owner of its own is the one of that kind told in the three sentences before, when that one has an owner."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.words["documents"]:
            return None
        doc = noun.doc
        start = noun.sent.start
        for _ in range(3):
            start = doc[max(0, start - 1)].sent.start
        return next((t for t in reversed(doc[start:noun.i]) if t.lemma_.lower() == noun.lemma_.lower()
                     and self.owner(t) is not None), None)

    def named_before(self, noun: Token) -> Token | None:
        """"the ministry" alone: the fuller phrase with that head told in the sentences just before ("the defence
        ministry in Madrid"), so that the speaker is the body named there."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.words["anaphoric_nouns"] \
                or [c.lower_ for c in noun.children if c.dep_ != "case"] != ["the"]:
            return None
        doc = noun.doc
        start = doc[max(0, noun.sent.start - 1)].sent.start
        start = doc[max(0, start - 1)].sent.start  # this sentence and the two before
        for tok in reversed(doc[start:noun.i]):
            if tok.lemma_.lower() == noun.lemma_.lower() and tok.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ in ("compound", "amod", "prep", "poss") for c in tok.children):
                return tok
        return None

    def pronoun(self, pron: Token, on: date, previous: Quote | None, depth: int = 0) -> Actor | None:
        """The speaker a he/she/it/they stands for, by the rules in the module's docstring; None to leave it to
        the resolver's nearest name."""
        told = [a for a in (self.resolver.resolve(t, on) for t in complements(pron.head)) if a is not None]

        def ok(actor: Actor | None) -> bool:
            return fits(pron, actor) and not any(same_actor(actor, t) for t in told)

        for verb in pron.head.ancestors:  # "X spoke to Y and repeated what he called ...": X
            subj = subject_of(verb)
            if subj is not None and subj.pos_ != "PRON" and subj.i < pron.i:
                found = self.resolver.resolve(subj, on)
                if ok(found):
                    return found
        sent = pron.sent
        if sent.start == 0:
            return None
        before = pron.doc[sent.start - 1].sent
        if previous is not None and previous.end >= before.start_char and previous.via == "quote" \
                and ok(previous.speaker):
            return previous.speaker  # "“...,” said X. “...,” she added."
        subj = subject_of(before.root)
        if subj is None:
            return None
        if subj.pos_ == "PRON":
            found = self.pronoun(subj, on, None, depth + 1) if depth < 2 and subj.lower_ == pron.lower_ else None
        else:
            found = self.resolver.resolve(subj, on)
        if not ok(found) or pron.lower_ not in PERSON_SUBJECTS:
            return found if ok(found) else None  # a group: the subject first, as the resolver reads it too
        others = [a for a in (self.resolver.resolve(t, on) for t in complements(before.root)) if ok(a)]
        # "X spoke to Y. She said ...": with no genders known, Y (the nearest name) is as likely, so leave it
        return found if all(same_actor(found, a) for a in others) else None
