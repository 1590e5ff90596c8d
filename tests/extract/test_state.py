"""extract/state.py alone: DocState keeps what a document has told so far; events get ids in order, a later
sentence amends an event by a new version under the same id, and no Event is ever changed in place."""

from __future__ import annotations

from datetime import date

from redline.extract.dates import DateMention
from redline.extract.places import Place
from redline.extract.state import DocState
from redline.model import Event


def event(trigger: str, start: int, killed: int | None = None) -> Event:
    return Event(event_type="ASSAULT", mode=None, source=None, target=None, date=date(2021, 3, 1),
                 evidence=f"Rebels {trigger} the port.", start=start, end=start + 20, trigger=trigger,
                 rule=f"verb:{trigger}", killed=killed, mentions=((start, start + 20),))


def test_add_gives_ids_in_order_and_returns_the_kept_version() -> None:
    state = DocState()
    raw = event("shelled", 0)
    first = state.add(raw)
    second = state.add(event("bombed", 30))
    assert (first.id, second.id, state.count) == (1, 2, 2)
    assert raw.id == 0  # the record given is not changed; the kept one is a new version
    assert state.events == [first, second]
    assert state.get(1) is first and state.get(2) is second


def test_get_without_an_id_or_with_an_unknown_one_is_none() -> None:
    state = DocState()
    state.add(event("shelled", 0))
    assert state.get(None) is None and state.get(0) is None and state.get(7) is None


def test_amend_makes_a_new_version_under_the_same_id() -> None:
    state = DocState()
    first = state.add(event("shelled", 0))
    second = state.add(event("bombed", 30))
    amended = state.amend(first.id, killed=7, approx=True)
    assert (amended.id, amended.killed, amended.approx) == (1, 7, True)
    assert first.killed is None and not first.approx  # the earlier record is untouched
    assert state.events == [amended, second]  # in its place, the order kept
    assert state.get(1) is amended
    assert state.amendments == [(1, {"killed": 7, "approx": True})]
    again = state.amend(first.id, wounded=11)
    assert (again.killed, again.wounded) == (7, 11)  # amendments build on the latest version
    assert [changes for _, changes in state.amendments] == [{"killed": 7, "approx": True}, {"wounded": 11}]


def test_drop_removes_one_event_and_ids_are_not_reused() -> None:
    state = DocState()
    first = state.add(event("shelled", 0))
    toll = state.add(event("killed", 30, killed=3))
    state.drop(toll.id)
    assert state.events == [first] and state.get(toll.id) is None
    assert state.add(event("bombed", 60)).id == 3
    state.drop(99)  # an unknown id: nothing happens
    assert [e.id for e in state.events] == [1, 3]


def test_a_new_paragraph_forgets_its_scene_but_not_its_events() -> None:
    state = DocState(story=Place(None, "RDN"))
    state.add(event("shelled", 0))
    state.scene, state.stage, state.attack = Place("Port Arlen", "RDN"), Place("Velmora", "RDN"), 1
    state.paragraph = DateMention(0, 6, date(2021, 3, 1))
    state.new_paragraph(40)
    assert (state.scene, state.stage, state.attack, state.paragraph) == (None, None, None, None)
    assert state.story == Place(None, "RDN") and len(state.events) == 1
    assert state.since_paragraph() == []
    later = state.add(event("bombed", 45))
    assert state.since_paragraph() == [later]


def test_last_days_before_is_the_latest_day_named_before_the_given_one() -> None:
    saturday, sunday, monday = (DateMention(i, i + 6, date(2021, 3, d)) for i, d in ((0, 6), (10, 7), (20, 8)))
    state = DocState(named=[sunday, saturday, monday])
    assert state.last_days_before(monday) is sunday
    assert state.last_days_before(saturday) is None
    assert state.last_days_before(None) is None
