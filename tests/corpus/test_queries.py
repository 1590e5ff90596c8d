"""The read queries and the Redline methods over them, without the web: each method opens the store for
one call (or shares one open), unknown items are coded errors, and the evidence words (event_words, the
index of `q`) follow the documents they come from, in a new store and in one migrated from version 1."""

from __future__ import annotations

import pytest
from web_store import build, wire_1, wire_2

from redline.app import Redline
from redline.corpus import queries
from redline.corpus.store import Extracted, Store
from redline.errors import RedlineError
from redline.model import Document


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("queries") / "q.duckdb")


def words_of(store: Store, key: str) -> list[str]:
    found = store.db.execute("SELECT word FROM event_words WHERE key = ? ORDER BY word", [key]).fetchall()
    return [word for (word,) in found]


def test_each_read_method_opens_the_store_for_its_call_only(db) -> None:
    redline = Redline(lazy=True)
    assert [e["key"] for e in redline.events(db, q="varna killing")["items"]] == ["wire-1#1", "wire-2#1"]
    assert redline.incident(db, "inc-shelling")["documents"] == ["wire-1", "wire-2"]
    assert redline.actor(db, "IRQMIL")["roles"]["target"] == 2
    assert redline.document(db, "quiet")["text"].startswith("Nothing")
    with Store.open(db) as writer:  # no call holds the file: a writer opens it at once
        assert writer.counts()["documents"] == 5


@pytest.mark.parametrize(("method", "code"), [("event", "E049"), ("incident", "E046"), ("actor", "E050"),
                                              ("document", "E051")])
def test_an_unknown_item_is_a_coded_error(db, method: str, code: str) -> None:
    with pytest.raises(RedlineError) as err:
        getattr(Redline(lazy=True), method)(db, "nothing")
    assert err.value.code.name == code and "'nothing'" in err.value.message


def test_shared_reads_answer_as_single_opens(db) -> None:
    redline = Redline(lazy=True)
    alone = redline.incidents(db, type="ASSAULT")
    redline.share(db)
    assert redline.incidents(db, type="ASSAULT") == alone and redline.documents(db, limit=2)["total"] == 5


@pytest.mark.parametrize("rare", [0, 1, 2, 10_000])  # every word common, some, none
def test_q_finds_the_events_with_every_word_however_common_each_is(db, monkeypatch, rare: int) -> None:
    monkeypatch.setattr(queries, "RARE", rare)
    with Store.open(db, read_only=True) as store:
        def found(q: str) -> list[str]:
            return [e["key"] for e in queries.events(store, queries.EventFilter(q=q), 10, 0)["items"]]

        assert found("varna killing") == ["wire-1#1", "wire-2#1"]
        assert found("the army") == ["wire-1#1", "blog/3#1"]
        assert found("Varna") == ["wire-1#1", "wire-2#1", "blog/3#1"]
        assert found("varna nowhere") == [] and found("...") == found("")


def test_the_words_of_a_replaced_document_go_with_it(tmp_path) -> None:
    path = build(tmp_path / "c.duckdb")
    with Store.open(path) as store:
        assert words_of(store, "wire-1#1") == sorted(set(
            "the northern front shelled army in varna on monday killing three soldiers".split()))
        store.write([Extracted(Document("wire-1", wire_1().document.published, "Nothing."))])
        assert words_of(store, "wire-1#1") == []
        assert queries.events(store, queries.EventFilter(q="shelled"), 10, 0)["total"] == 1  # wire-2's only


def test_a_store_of_version_1_gets_its_words_when_migrated(tmp_path) -> None:
    path = tmp_path / "old.duckdb"
    with Store.open(path) as store:
        store.write([wire_2()])
        store.db.execute("DROP TABLE event_words")
        store.db.execute("DROP TABLE write_stamp")  # (migration 0003)
        store.db.execute("DELETE FROM schema_version WHERE version >= 2")
    with pytest.raises(RedlineError) as err:
        Store.open(path, read_only=True)
    assert err.value.code.name == "E043"  # a reader needs the next ingest to upgrade it
    with Store.open(path) as store:
        assert words_of(store, "wire-2#2") == sorted(set("protesters marched on the parliament in baghdad he said"
                                                         .split()))
