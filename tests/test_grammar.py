"""grammar.py alone: readings of the parse tree on sentences parsed once, no extraction."""

from __future__ import annotations

import copy

from spacy.tokens import Doc, Token

from redline.grammar import (
    ENTITY_INDEX,
    OFFSET_INDEX,
    agent_of,
    bare_participle,
    between,
    characterisation,
    entities_between,
    entity_at,
    objects_of,
    pobj_of,
    stranded_subject,
    text_of,
    tokens_in,
    will_do,
)


def word(doc: Doc, text: str, nth: int = 0) -> Token:
    """The nth token spelled `text`."""
    return [t for t in doc if t.text == text][nth]


def test_objects_of_a_verb(parse) -> None:
    doc = parse("Jets bombed the depot and the bridge.")
    assert [t.text for t in objects_of(word(doc, "bombed"))] == ["depot"]
    assert objects_of(word(parse("Fighting raged in Goma on Monday."), "raged")) == []


def test_pobj_of_names_the_object_of_the_first_matching_preposition(parse) -> None:
    sent = word(parse("The European Union sent humanitarian aid to Kenya on Monday."), "sent")
    assert pobj_of(sent, "to").text == "Kenya"
    assert pobj_of(sent, "from", "to").text == "Kenya"
    assert pobj_of(sent, "on").text == "Monday"
    assert pobj_of(sent, "from") is None


def test_agent_of_a_passive_and_not_of_an_active(parse) -> None:
    passive = word(parse("Two journalists were arrested by police in the capital on Thursday."), "arrested")
    assert agent_of(passive).text == "police"
    assert agent_of(word(parse("Police arrested two journalists in the capital."), "arrested")) is None


def test_a_bare_participle_reads_as_passive(parse) -> None:
    doc = parse("Rebels shelled Goma on Monday, with at least 18 people killed and more than 40 wounded.")
    assert bare_participle(word(doc, "killed")) and bare_participle(word(doc, "wounded"))
    assert not bare_participle(word(doc, "shelled"))  # a past tense, not a participle
    passive = word(parse("Two journalists were arrested by police in the capital on Thursday."), "arrested")
    assert not bare_participle(passive)  # a participle with its auxiliary


def test_will_do_is_a_promised_act(parse) -> None:
    doc = parse("The army will respond. The army responded. The army would retaliate.")
    assert will_do(word(doc, "respond")) and will_do(word(doc, "retaliate"))
    assert not will_do(word(doc, "responded"))


def test_between_gives_both_sides(parse) -> None:
    doc = parse("Fighting between the army and the Red Dawn militia raged in Goma on Monday.")
    one, other = between(word(doc, "Fighting"))
    assert (one.text, other.text) == ("army", "militia")
    raged = parse("Fighting raged between the army and the rebels in Goma.")
    one, other = between(word(raged, "Fighting"))  # through the verb the subject hangs from
    assert (one.text, other.text) == ("army", "rebels")
    adjectives = parse("Heavy fighting between Armenian and Azerbaijani forces entered a second day on Monday.")
    one, other = between(word(adjectives, "fighting"))
    assert (one.text, other.text) == ("Armenian", "Azerbaijani")


def test_between_without_two_sides_is_none(parse) -> None:
    assert between(word(parse("Fighting raged in Goma on Monday."), "Fighting")) is None


def test_entity_at_reads_the_whole_entity_from_any_of_its_tokens(parse) -> None:
    doc = parse("Fighting between the army and the Red Dawn militia raged in Goma on Monday.")
    for inside in ("Red", "Dawn", "militia"):
        ent = entity_at(word(doc, inside))
        assert (ent.text, ent.label_) == ("Red Dawn militia", "ORG"), inside
    assert entity_at(word(doc, "army")) is None


def test_entities_between_token_positions(nlp) -> None:
    doc = nlp("The European Union sent humanitarian aid to Kenya on Monday.")  # fresh: its index is built here
    assert ENTITY_INDEX not in doc.user_data
    assert [e.text for e in entities_between(doc, 0, len(doc))] == [e.text for e in doc.ents]
    assert ENTITY_INDEX in doc.user_data  # built once, then kept
    kenya = word(doc, "Kenya").i
    assert [e.text for e in entities_between(doc, kenya, len(doc))] == ["Kenya", "Monday"]
    assert [e.text for e in entities_between(doc, 1, kenya)] == []  # "The European Union" starts at 0
    assert entities_between(doc, -5, 0) == []


def test_tokens_in_character_offsets(nlp) -> None:
    text = "Fighting between the army and the Red Dawn militia raged in Goma on Monday."
    doc = nlp(text)
    start, end = text.index("Red"), text.index("militia") + len("militia")
    assert tokens_in(doc, start, end).text == "Red Dawn militia"
    assert tokens_in(doc, start + 1, end).text == "Dawn militia"  # tokens that begin inside the range
    assert len(tokens_in(doc, start, start)) == 0
    assert doc.user_data[OFFSET_INDEX] == [t.idx for t in doc]


def test_text_of_a_span_is_its_text(nlp) -> None:
    text = "Rebels shelled Goma  on Monday.\n\nThe army said   nothing. \"Why?\" asked a resident.  "
    doc = nlp(text)
    spans = [*doc.sents, doc[1:3], doc[2:4], doc[len(doc) - 2:]]
    assert [text_of(s) for s in spans] == [s.text for s in spans]


def test_text_of_the_pieces_of_a_long_text_joined(nlp) -> None:
    text = "Troops shelled the town on Friday.  Talks failed.\n\nAid workers left the area.\n" * 3
    pieces = copy.copy(nlp)  # (the session's pipeline, cutting texts into pieces of 60 characters)
    pieces.piece_chars = 60
    ((doc, _),) = pieces.pipe_with([(text, None)])
    assert len(text) > 60 and text_of(doc[:]) == text
    assert [text_of(s) for s in doc.sents] == [s.text for s in doc.sents]


def test_characterisation_skips_a_name_a_participle_gives(parse) -> None:
    # built by hand: the parser sometimes hangs the name after "code-named" on "called" as a second predicate
    vocab = parse("Kyiv called it reckless.").vocab
    words = ["Kyiv", "called", "the", "raid", ",", "code", "-", "named", "Harvest", ",", "reckless", "."]
    heads = [1, 1, 3, 1, 3, 7, 7, 8, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "npadvmod", "punct", "amod", "oprd", "punct", "oprd", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", ",", "NN", "HYPH", "VBN", "NNP", ",", "JJ", "."]
    built = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert characterisation(built[1], frozenset({"call"})).text == "reckless"


def test_a_subject_hung_on_the_clauses_conjunction_is_its_subject(parse) -> None:
    # built by hand as the parser sometimes reads "after the head of the army urged him": "head" the object of "after"
    vocab = parse("Keita quit.").vocab
    words = ["Keita", "quit", "after", "the", "head", "of", "the", "army", "urged", "him", "to", "go", "."]
    heads = [1, 1, 8, 4, 2, 4, 7, 5, 1, 8, 11, 8, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "pobj", "prep", "det", "pobj", "advcl", "dobj", "aux", "xcomp", "punct"]
    built = Doc(vocab, words=words, heads=heads, deps=deps)
    assert stranded_subject(built[8]).text == "head"
    assert stranded_subject(built[1]) is None  # (a main clause has a subject of its own)
    assert stranded_subject(parse("Keita quit after the army urged him to go.")[5]) is None
