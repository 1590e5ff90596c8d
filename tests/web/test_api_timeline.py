"""GET /api/timeline: the events between two actors both ways with the daily intensity, a period, and
the errors (404 when there are none, 422 without both actors)."""

from __future__ import annotations

from web_store import get


def test_the_timeline_of_two_actors_goes_both_ways_by_day(client) -> None:
    found = get(client, "/api/timeline?a=IRQMIL&b=Northern%20Front")
    assert (found["a"], found["b"]) == ("IRQMIL", "Northern Front")
    assert [(e["key"], e["direction"]) for e in found["events"]] == [
        ("wire-1#1", "b->a"), ("wire-2#1", "b->a"), ("blog/3#1", "a->b")]
    first, second = found["days"]
    assert first["date"] == "2021-03-08" and first["events"] == 2 and first["incidents"] == 1  # one shelling
    assert first["a_to_b"] == 0 and first["b_to_a"] < 0 and first["intensity"] == first["b_to_a"]
    assert second["date"] == "2021-03-10" and second["a_to_b"] < 0 and second["b_to_a"] == 0


def test_since_and_until_bound_the_timeline(client) -> None:
    found = get(client, "/api/timeline?a=IRQMIL&b=northern%20front&since=2021-03-09&until=2021-03-31")
    assert [e["key"] for e in found["events"]] == ["blog/3#1"] and [d["date"] for d in found["days"]] == ["2021-03-10"]
    assert [e["key"] for e in get(client, "/api/timeline?a=IRQMIL&b=Northern%20Front&until=2021-03-08")["events"]] \
        == ["wire-1#1", "wire-2#1"]


def test_no_events_between_two_actors_is_404_with_its_code(client) -> None:
    body = get(client, "/api/timeline?a=USA&b=IRQMIL", 404)
    assert body["error"]["code"] == "E047" and "'USA' and 'IRQMIL'" in body["error"]["message"]
    assert get(client, "/api/timeline?a=IRQMIL&b=Northern%20Front&since=2022-01-01", 404)["error"]["code"] == "E047"


def test_a_timeline_needs_both_actors_and_real_days(client) -> None:
    assert "query.b:" in get(client, "/api/timeline?a=IRQMIL", 422)["error"]["message"]
    assert "query.since:" in get(client, "/api/timeline?a=IRQMIL&b=USA&since=March", 422)["error"]["message"]
