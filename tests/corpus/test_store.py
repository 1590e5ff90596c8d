"""The store on its own, with records written in the test (no parsing): migrations, one transaction per
document, replacing a document, pruning, the linking hook and its window, and what a reader may open."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from redline.corpus.store import Extracted, Store, content_hash, instance, migrations, waiting_mark
from redline.errors import StoreError
from redline.model import Document


def actor(name: str, country: str | None = None) -> dict:
    return {"name": name, "aliases": [], "country": country, "kind": None, "id": None}


def event(doc_id: str, n: int, day: str | None, source: str = "Rebels", target: str | None = "the army") -> dict:
    return {"kind": "event", "doc_id": doc_id, "event_type": "ASSAULT", "mode": None, "source": actor(source),
            "target": actor(target) if target else None, "date": day, "date_end": None, "country": None,
            "place": None, "lat": None, "lon": None, "killed": n, "wounded": None, "approx": False,
            "evidence": f"Event {n} of {doc_id}.", "via": "author", "speaker": None, "start": 0, "end": 10,
            "mentions": [[0, 10]], "trigger": "attacked", "rule": "verb:attack", "key": f"{doc_id}#{n}"}


def extracted(doc_id: str, published: str = "2021-03-05", text: str = "text", days: tuple = ("2021-03-04",),
              quotes: int = 0) -> Extracted:
    doc = Document(doc_id, date.fromisoformat(published), text, source=f"{doc_id}.txt")
    quote = {"kind": "quote", "doc_id": doc_id, "speaker": actor("General Tor"), "text": "We will answer,",
             "via": "quote", "start": 1, "end": 16, "sentence": "We will answer, he said."}
    return Extracted(doc, [event(doc_id, n, d) for n, d in enumerate(days, 1)], [quote] * quotes, [])


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as s:
        yield s


def test_a_new_store_has_every_migration_and_a_reopen_applies_none(tmp_path) -> None:
    path = tmp_path / "c.duckdb"
    latest = migrations()[-1][0]
    with Store.open(path) as s:
        assert s.version() == latest and s.counts()["events"] == 0
    with Store.open(path) as s:
        assert s.db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(migrations())


SOLO = SimpleNamespace(WINDOW_DAYS=3, assign_incidents=lambda doc, prior: [f"inc-{e['key']}" for e in doc],
                      response_links=lambda doc, prior, incidents, text=None: [[] for _ in doc])


def test_records_come_back_as_they_were_written_with_incident_and_links(store) -> None:
    item = extracted("a", quotes=1)
    store.write([item], SOLO)
    (ev,) = store.event_records()
    assert ev == {**item.events[0], "incident": "inc-a#1", "responds_to": []}
    assert list(ev)[:len(item.events[0]) - 1] == list(item.events[0])[:-1]  # event_record's order, key last
    assert [r["kind"] for r in store.records()] == ["event", "quote"]
    assert store.hashes() == {"a": content_hash(item.document)}


def test_writing_a_document_again_replaces_its_rows(store) -> None:
    store.write([extracted("a", days=("2021-03-04", "2021-03-03"), quotes=2)], SOLO)
    store.write([extracted("b")], SOLO)
    store.write([extracted("a", text="changed", days=("2021-03-01",))], SOLO)
    counts = store.counts()
    assert counts["documents"] == 2 and counts["events"] == 2 and counts["quotes"] == 0
    assert counts["incidents"] == 2  # a#2's own incident went with it
    assert counts["actors"] == 2  # General Tor is named by no stored row any more
    assert [e["key"] for e in store.event_records("WHERE doc_id = 'a'")] == ["a#1"]


def test_a_failing_linker_leaves_the_document_as_it_was(store) -> None:
    store.write([extracted("a")])
    before = store.event_records()
    broken = SimpleNamespace(WINDOW_DAYS=3, assign_incidents=lambda *a: 1 / 0, response_links=SOLO.response_links)
    with pytest.raises(ZeroDivisionError):
        store.write([extracted("a", text="changed", days=("2021-03-01", "2021-03-02"))], broken)
    assert store.event_records() == before and store.counts()["documents"] == 1


def test_the_linker_sees_other_documents_within_its_window_and_its_answers_are_stored(store) -> None:
    calls = []

    def assign(doc_events, prior):
        calls.append(sorted(e["key"] for e in prior))
        return [prior[0]["incident"] if prior else f"new-{e['key']}" for e in doc_events]

    def respond(doc_events, prior, incidents, text=None):
        return [[{"incident": "new-a#1", "link": "stated", "confidence": 1.0}] if prior else [] for _ in doc_events]

    linker = SimpleNamespace(WINDOW_DAYS=3, assign_incidents=assign, response_links=respond)
    store.write([extracted("a", days=("2021-03-04",))], linker)
    store.write([extracted("far", days=("2021-02-01",))], linker)
    store.write([extracted("undated", published="2021-03-06", days=(None,))], linker)  # its day: the publication
    assert calls == [[], [], ["a#1"]]
    (ev,) = store.event_records("WHERE doc_id = 'undated'")
    assert ev["incident"] == "new-a#1"
    assert ev["responds_to"] == [{"incident": "new-a#1", "link": "stated", "confidence": 1.0}]
    assert store.db.execute("SELECT event_key, incident, link FROM links").fetchall() == [
        ("undated#1", "new-a#1", "stated")]
    assert store.db.execute("SELECT count(*) FROM incident_reports WHERE incident = 'new-a#1'").fetchone()[0] == 2


def test_a_reader_needs_a_store_at_the_current_version(tmp_path) -> None:
    with pytest.raises(StoreError) as missing:
        Store.open(tmp_path / "none.duckdb", read_only=True)
    assert missing.value.code.name == "E042"
    newer = tmp_path / "newer.duckdb"
    with Store.open(newer) as s:
        s.db.execute("INSERT INTO schema_version (version) VALUES (999)")
    for read_only in (True, False):
        with pytest.raises(StoreError) as err:
            Store.open(newer, read_only=read_only)
        assert err.value.code.name == "E043"


def test_a_file_that_is_not_a_store_is_a_coded_error(tmp_path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database, just text\n" * 100)
    with pytest.raises(StoreError) as err:
        Store.open(junk)
    assert err.value.code.name == "E040"


def test_a_writer_says_it_waits_for_a_held_store_and_stops_saying_so_when_it_gives_up(tmp_path, monkeypatch) -> None:
    path = tmp_path / "c.duckdb"
    Store.open(path).close()
    marks = []

    def locked(*_a, **_k):
        marks.append(waiting_mark(path).exists())
        raise duckdb.IOException('IO Error: Could not set lock on file "c.duckdb": Conflicting lock is held')

    monkeypatch.setattr(duckdb, "connect", locked)
    with pytest.raises(StoreError):
        Store.open(path, wait=0.2)
    assert marks[0] is False and all(marks[1:]) and len(marks) > 1  # kept from the first retry on
    assert not waiting_mark(path).exists()


def test_a_held_store_makes_an_opener_wait_then_give_up(tmp_path, monkeypatch) -> None:
    path = tmp_path / "c.duckdb"
    Store.open(path).close()

    def locked(*_a, **_k):
        raise duckdb.IOException('IO Error: Could not set lock on file "c.duckdb": Conflicting lock is held')

    monkeypatch.setattr(duckdb, "connect", locked)
    with pytest.raises(StoreError) as err:
        Store.open(path, read_only=True, wait=0.2)
    assert err.value.code.name == "E041"


def test_the_content_hash_reads_the_date_and_the_text() -> None:
    doc = extracted("a").document
    assert content_hash(doc) == content_hash(replace(doc, source="elsewhere.txt"))
    assert content_hash(doc) != content_hash(replace(doc, text="other"))
    assert content_hash(doc) != content_hash(replace(doc, published=date(2021, 3, 6)))


def test_the_events_and_the_daily_counts_between_two_actors_either_way_round(store) -> None:
    def one(doc_id: str, day: str, source: tuple, target: tuple) -> Extracted:
        item = extracted(doc_id, days=(day,))
        ev = {**item.events[0], "source": actor(*source), "target": actor(*target)}
        return replace(item, events=[ev])

    store.write([one("a", "2021-03-01", ("Rebels", "RUR"), ("the army", "OST")),
                 one("b", "2021-03-02", ("the army", "OST"), ("Rebels", "RUR")),
                 one("c", "2021-03-02", ("Rebels", "RUR"), ("Police", "RUR")),
                 one("d", "2021-03-05", ("Rebels", "RUR"), ("the army", "OST"))])
    assert [e["doc_id"] for e in store.dyad_events("rebels", "OST")] == ["a", "b", "d"]
    assert [e["doc_id"] for e in store.dyad_events("RUR", "the army", since=date(2021, 3, 2))] == ["b", "d"]
    assert [e["doc_id"] for e in store.dyad_events("RUR", "RUR")] == ["c"]
    assert store.daily("Rebels", "OST") == [(date(2021, 3, 1), True, "ASSAULT", 1, 1, 1),
                                            (date(2021, 3, 2), False, "ASSAULT", 1, 1, 1),
                                            (date(2021, 3, 5), True, "ASSAULT", 1, 1, 1)]


def test_a_store_attached_session_after_session_is_released_after_each(tmp_path) -> None:
    path, duck = tmp_path / "c.duckdb", instance()
    try:
        for doc_id in ("a", "b"):
            with Store.open(path, into=duck) as store:
                store.write([extracted(doc_id)])
            # another process may open the file now (the instance lives on, holding nothing)
            other = subprocess.run([sys.executable, "-c", "import duckdb, sys; print(duckdb.connect(sys.argv[1], "
                                    "read_only=True).execute('SELECT count(*) FROM documents').fetchone()[0])",
                                    str(path)], capture_output=True, text=True, timeout=60)
            assert other.stdout.strip() == str(ord(doc_id) - ord("a") + 1), other.stderr
        assert not Path(f"{path}.wal").exists()  # checkpointed when detached
    finally:
        duck.close()
