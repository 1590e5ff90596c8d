"""A writer keeps what its linking read of the stored events from one batch to the next (corpus/seen.py):
linking then sees what a fresh read of each window gives, and reads afresh when another process wrote
(records written in the test, no parsing)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from corpus_records import actor, event

from redline.corpus import link
from redline.corpus.seen import Seen
from redline.corpus.store import Extracted, Store
from redline.model import Document

GUNMEN, TOWN = actor("gunmen"), actor("Varna town council", "BGR")
SHOTS = "Gunmen attacked the Varna town council offices with rifles on {}."


def doc(doc_id: str, day: str, *texts: str, place: str | None = None) -> Extracted:
    """A document of one day whose events tell `texts` (an attack on the council each)."""
    events = [event(doc_id, n, "ASSAULT", GUNMEN, TOWN, day, text, "attacked", place=place)
              for n, text in enumerate(texts, 1)]
    return Extracted(Document(doc_id, date.fromisoformat(day), " ".join(texts)), events)


def batches() -> list[list[Extracted]]:
    """Batches out of id order, days near each other, one document written again with other events."""
    return [
        [doc("m", "2022-06-01", SHOTS.format("Wednesday"), place="Varna"),
         doc("c", "2022-06-02", SHOTS.format("June 1"))],
        [doc("a", "2022-06-03", SHOTS.format("Wednesday"), place="Varna"),
         doc("x", "2022-07-30", "Gunmen attacked the council offices again.")],
        [doc("c", "2022-06-02", "Gunmen attacked the council hall in Varna.", place="Varna"),
         doc("b", "2022-06-01", SHOTS.format("June 1"), SHOTS.format("the night before"))],
        [doc("d", "2022-06-04", SHOTS.format("Wednesday"), place="Varna")],
    ]


def recording(calls: list) -> SimpleNamespace:
    """The shipped linker, noting the prior events (keys, in order) each document is linked against."""
    def assign(doc_events, prior):
        calls.append([p["key"] for p in prior])
        return link.assign_incidents(doc_events, prior)

    return SimpleNamespace(WINDOW_DAYS=link.WINDOW_DAYS, assign_incidents=assign, response_links=link.response_links)


def write(path, batch: list[Extracted], linker, seen: Seen | None = None) -> None:
    with Store.open(path) as store:  # a session per batch, as the ingest's writer opens them
        store.write(batch, linker, seen)


def test_what_linking_read_kept_between_batches_links_as_reading_each_window_afresh(tmp_path) -> None:
    fresh_calls, kept_calls, seen = [], [], Seen()
    for batch in batches():
        write(tmp_path / "fresh.duckdb", batch, recording(fresh_calls))
        write(tmp_path / "kept.duckdb", batch, recording(kept_calls), seen)
    assert seen.stamp and len(seen.index.entries) == 7  # every stored event, kept through every batch
    assert kept_calls == fresh_calls and any(len(prior) > 1 for prior in fresh_calls)
    with Store.open(tmp_path / "fresh.duckdb", read_only=True) as fresh, \
            Store.open(tmp_path / "kept.duckdb", read_only=True) as kept:
        assert list(kept.records()) == list(fresh.records())
        events = fresh.event_records()
        assert len({ev["incident"] for ev in events}) < len(events)  # some reports were linked as one


def test_a_batch_another_writer_wrote_between_two_is_read(tmp_path) -> None:
    path, seen, calls = tmp_path / "c.duckdb", Seen(), []
    write(path, [doc("m", "2022-06-01", SHOTS.format("Wednesday"), place="Varna")], link, seen)
    write(path, [doc("k", "2022-06-01", SHOTS.format("June 1"), place="Varna")], link)  # another writer
    write(path, [doc("n", "2022-06-02", SHOTS.format("Wednesday"), place="Varna")], recording(calls), seen)
    assert calls == [["k#1", "m#1"]]  # the other writer's event too, in the store's order


def test_a_failed_batch_forgets_what_was_read(tmp_path) -> None:
    path, seen = tmp_path / "c.duckdb", Seen()
    write(path, [doc("m", "2022-06-01", SHOTS.format("Wednesday"))], link, seen)

    def failing(doc_events, prior):
        raise RuntimeError("linker failed")

    broken = SimpleNamespace(WINDOW_DAYS=link.WINDOW_DAYS, assign_incidents=failing, response_links=link.response_links)
    try:
        write(path, [doc("n", "2022-06-02", SHOTS.format("Wednesday"))], broken, seen)
    except RuntimeError:
        pass
    assert seen.stamp is None and not seen.index.entries
    calls = []
    write(path, [doc("n", "2022-06-02", SHOTS.format("Wednesday"))], recording(calls), seen)
    assert calls == [["m#1"]]
