"""The one place that loads spaCy and streams texts through it.

redline reads POS tags, lemmas, the dependency parse and named entities, so every component of
the small English pipeline is used; nothing is loaded twice because callers share one `Parser`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from .config import MODEL
from .errors import Code, RedlineError

# a wire's dateline: "BAGHDAD — ", "KYIV, Ukraine (AP) — ", "GAZA CITY (Reuters) - "
DATELINE = re.compile(r"\A\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Za-z0-9 .]+)?(?:\s*\([A-Za-z .]+\))?\s+[—–-]{1,2}\s")
DATELINE_AT = re.compile(DATELINE.pattern.removeprefix(r"\A"))  # (the same, where a headline ends)
HEADLINE = re.compile(r"[^\n.!?]{1,200}\n[ \t]*\n")  # a first paragraph of one line with no full stop
PARAGRAPHS = "redline_paragraphs"
VERB_ROOTS = "redline_verb_roots"
T = TypeVar("T")


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: paragraphs, posts and their signatures never run together.

    Runs before the parser, which keeps boundaries that are already set.
    """
    text = doc.text
    offsets = doc.to_array("IDX").tolist()  # token i starts at character offsets[i]
    match = dateline_of(text)
    if match is not None and (first := bisect_left(offsets, match.end())) < len(doc):
        doc[first].is_sent_start = True  # "GENEVA — Valdoria and ...", "KYIV, Ukraine (AP) — ...": no subject
    starts = line_starts(doc, text, offsets)
    for i in starts:
        doc[i].is_sent_start = True
    for i in sorted(starts | {0}):
        opener, after = doc[i], doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.i not in starts and not opener.is_punct and not opener.is_space \
                and not after.is_space:
            after.is_sent_start = False  # a paragraph does not open with a one-word sentence ("Kata'ib | Hezbollah")
    return doc


@Language.component(VERB_ROOTS)
def verb_roots(doc: Doc) -> Doc:
    """A clause the small model reads as one noun phrase gets its verb back as the root.

    "Myanmar's military seized power" and "China's military held drills" are parsed as the noun
    phrase "[Myanmar's military seized] power", the verb an adjective of its own object, so the
    clause has no subject. Only a full sentence (it ends with . ! or ?) whose root is a noun with
    a past-tense verb among its modifiers, right after another modifier (or the verb's own subject:
    "The South returned fire"), is mended: that word becomes the subject, the root noun the object.
    A name right after an opening day is mended too ("On Friday Beijing announced": see `subject_in_date`),
    a gerund after "began" read as an adjective ("began pounding positions": see `begun_gerund`), a noun
    read as a verb joined to the sentence's verb ("launched artillery and drone strikes": see `verb_for_noun`),
    the subject of a passive verb read as an active one's (see `passive_subject`), and a past-tense verb
    joined to a reported clause it cannot belong to ("said Israel must be punished and warned": see
    `modal_conjunct`).
    Runs after the tagger and parser.
    """
    deps, tags = doc.to_array("DEP"), doc.to_array("POS")  # (arrays: a Token object per word would cost more)
    noun_roots = ((deps == doc.vocab.strings["ROOT"]) & ((tags == NOUN) | (tags == PROPN))).nonzero()[0]
    for root in (doc[int(i)] for i in noun_roots):
        verb = misread_verb(root)
        if verb is not None:
            make_clause(root, verb)
    gerunds = (deps == doc.vocab.strings["amod"]) & (doc.to_array("TAG") == doc.vocab.strings["VBG"])
    for gerund in (doc[int(i)] for i in gerunds.nonzero()[0]):
        if begun_gerund(gerund):
            hang_gerund(gerund)
    dated = ((deps == doc.vocab.strings["compound"]) & (doc.to_array("ENT_TYPE") == doc.vocab.strings["DATE"]))
    for day in (doc[int(i)] for i in dated.nonzero()[0]):
        subject = day.nbor(1) if day.i + 1 < len(doc) else None
        if subject is not None and subject_in_date(day, subject):
            split_date(day, subject)
    for word in (doc[int(i)] for i in (deps == doc.vocab.strings["conj"]).nonzero()[0]):
        if verb_for_noun(word):
            join_nouns(word)
        elif modal_conjunct(word):
            join_reporting_verb(word)
    for aux in (doc[int(i)] for i in (deps == doc.vocab.strings["auxpass"]).nonzero()[0]):
        for subject in passive_subject(aux):
            subject.head, subject.dep_ = aux.head, "nsubjpass"
    return doc


def verb_for_noun(word: Token) -> bool:
    """"launched artillery and drone strikes", "pounded the city with artillery and drone strikes": the noun
    after "and" read as a verb joined to the sentence's past-tense verb, with the next noun as its object.
    Only a word tagged a noun or a present-tense verb (a tense the past-tense verb it would join cannot have),
    with no subject of its own, between "and" after a noun of that verb and its object."""
    verb = word.head
    if word.i < 2 or word.i + 1 >= len(word.doc) or verb.tag_ not in ("VBD", "VBN"):
        return False
    cc, first, obj = word.nbor(-1), word.nbor(-2), word.nbor(1)
    return (word.pos_ == "NOUN" or word.tag_ in ("VB", "VBP")) and cc.dep_ == "cc" \
        and obj.dep_ == "dobj" and obj.head == word and obj.pos_ == "NOUN" and first.pos_ == "NOUN" \
        and (first.head == verb or first.head.head == verb) and first.dep_ in ("dobj", "pobj") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in word.children)


def modal_conjunct(word: Token) -> bool:
    """"Erdogan said Israel must be punished and warned that ...", "warned that the military would step in, and
    on Tuesday ZANU-PF accused him": a past-tense verb cannot share the modal of the reported clause it is parsed
    as joined to, so it joins the verb that reports that clause (its doer is the speaker, or its own subject).
    A clause with "had" is left alone: "said the troops had entered the town and seized the airport"."""
    clause = word.head
    return word.tag_ == "VBD" and clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in word.children)


def join_reporting_verb(word: Token) -> None:
    """Re-hang the verb (and the "and" before it) on the verb that reports the clause it was joined to."""
    cc = next((c for c in word.head.children if c.dep_ == "cc" and c.i < word.i), None)
    word.head = word.head.head
    if cc is not None:
        cc.head = word.head


def join_nouns(word: Token) -> None:
    """Re-hang the misread word as a modifier of its object, the object as the conjunct of the noun before "and",
    and what else hung on the word on the verb ("hurled flares and smoke bombs at the compound")."""
    cc, first, obj = word.nbor(-1), word.nbor(-2), word.nbor(1)
    verb = word.head
    for child in [c for c in word.children if c not in (cc, obj)]:
        child.head = verb
    obj.head, obj.dep_ = first, "conj"
    cc.head = first
    word.head, word.dep_, word.pos_, word.tag_ = obj, "compound", "NOUN", "NN"


def passive_subject(aux: Token) -> list[Token]:
    """"Israel was heavily and unjustly criticized": with adverbs joined before the participle the parser
    hangs the subject of a passive verb on its auxiliary, or labels it nsubj as if it were the doer."""
    verb = aux.head
    if verb.tag_ != "VBN" or any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    return [c for c in (*aux.children, *verb.children) if c.dep_ == "nsubj" and c.i < aux.i]


# verbs whose gerund tells the act they begin or go on with; a closed class of English grammar, kept here because
# a pipeline component runs before redline's knowledge is loaded
ASPECTUAL = frozenset({"begin", "start", "continue", "keep", "resume"})


def begun_gerund(gerund: Token) -> bool:
    """"began pounding positions": a gerund right after "began", read as an adjective of the object after it."""
    verb, noun = (gerund.nbor(-1) if gerund.i > 0 else None), gerund.head
    return verb is not None and verb.lemma_ in ASPECTUAL and noun.dep_ == "dobj" and noun.head == verb \
        and noun.i > gerund.i


def hang_gerund(gerund: Token) -> None:
    """Re-hang the gerund as the verb's complement and the noun as the gerund's object."""
    verb, noun = gerund.nbor(-1), gerund.head
    gerund.head, gerund.dep_ = verb, "xcomp"
    noun.head = gerund


def subject_in_date(day: Token, name: Token) -> bool:
    """"On Friday Beijing announced sanctions": the name after an opening day, with no comma between, parsed as
    the object of "on" while the verb after it has no subject."""
    prep, verb = name.head, name.head.head
    return day.head == name and name.dep_ == "pobj" and name.pos_ == "PROPN" and not name.ent_type_ == "DATE" \
        and prep.i < day.i and verb.pos_ == "VERB" and verb.i > name.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def split_date(day: Token, name: Token) -> None:
    """Re-hang the day as the object of the preposition and the name as the verb's subject."""
    prep, verb = name.head, name.head.head
    for word in [w for w in name.lefts if w.i < day.i]:
        word.head = day
    day.head, day.dep_ = prep, "pobj"
    name.head, name.dep_ = verb, "nsubj"


def misread_verb(root: Token) -> Token | None:
    """The past-tense verb read as a modifier of the sentence's root noun, when one precedes it right
    after the word that should be its subject; else None."""
    if root.sent[-1].text not in (".", "!", "?"):
        return None
    for verb in root.lefts:
        subject = verb.nbor(-1) if verb.i > root.sent.start else None
        if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and subject is not None \
                and subject.head in (root, verb) and subject.pos_ in ("NOUN", "ADJ", "PROPN"):
            return verb
    return None


def make_clause(root: Token, verb: Token) -> None:
    """Re-hang the noun phrase as subject, verb, object: the verb's left neighbour heads what stood before
    it, the verb heads the old root and what was conjoined to it."""
    subject = verb.nbor(-1)
    for word in [w for w in root.lefts if w.i < subject.i]:
        word.head = subject
    for word in [w for w in root.rights if w.dep_ in ("cc", "conj", "punct")]:
        word.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    if subject.pos_ == "ADJ":
        subject.pos_, subject.tag_ = "NOUN", "NN"


def dateline_of(text: str) -> re.Match | None:
    """The wire's dateline the text opens with, or that opens the paragraph after its headline."""
    headline = HEADLINE.match(text)
    return DATELINE.match(text) or (DATELINE_AT.match(text, headline.end()) if headline else None)


def line_starts(doc: Doc, text: str, offsets: list[int]) -> set[int]:
    """The tokens that open a line, and a dash after a "|" (a post's signature): found from the text's
    characters, not by walking every token, since each `doc[i]` makes a Token object."""
    starts = {i for m in re.finditer("\n", text) if 0 < (i := bisect_right(offsets, m.start())) < len(doc)}
    bars = (bisect_left(offsets, m.start()) for m in re.finditer(r"\|", text))
    return starts | {i + 1 for i in bars if i + 1 < len(doc) and doc[i].text == "|" and doc[i + 1].text in ("—", "–")}


PIECE_CHARS = 100_000  # a longer text is parsed in pieces of at most this many characters


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """The text cut into consecutive pieces of at most `size` characters that join back to it exactly: at a
    paragraph's end (a line break), else after a sentence's full stop, else at a space, else anywhere."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((i + len(mark) for mark in ("\n", ". ", " ") if (i := window.rfind(mark)) > 0), size)
        out.append(window[:cut])
        start += cut
    out.append(text[start:])
    return out


class Parser:
    """Owns the spaCy pipeline; `pipe` parses texts in batches, in order."""

    def __init__(self, model: str = MODEL, batch_size: int = 32, piece_chars: int = PIECE_CHARS) -> None:
        try:
            self.nlp: Language = spacy.load(model)
        except OSError:
            raise RedlineError(Code.E011, detail=model) from None
        if PARAGRAPHS not in self.nlp.pipe_names:
            self.nlp.add_pipe(PARAGRAPHS, before="parser")
        if VERB_ROOTS not in self.nlp.pipe_names:
            self.nlp.add_pipe(VERB_ROOTS, last=True)
        self.batch_size = batch_size
        self.piece_chars = piece_chars

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=self.batch_size)

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def pipe_with(self, items: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
        """(text, context) pairs parsed in order, as (Doc, context). A text longer than `piece_chars` is parsed
        in pieces cut at paragraph ends and joined back into one Doc whose offsets are the whole text's, so no
        text is refused for its length (spaCy's own limit is 1,000,000 characters) and memory stays bounded
        by the piece."""
        def split() -> Iterator[tuple[str, tuple[T, int, int]]]:
            for text, context in items:
                parts = pieces(text, self.piece_chars)
                for i, part in enumerate(parts):
                    yield part, (context, i, len(parts))

        held: list[Doc] = []
        for doc, (context, i, count) in self.nlp.pipe(split(), as_tuples=True, batch_size=self.batch_size):
            held.append(doc)
            if i == count - 1:
                yield (held[0] if count == 1 else Doc.from_docs(held, ensure_whitespace=False)), context
                held = []
