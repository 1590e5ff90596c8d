"""GET /api/events and /api/events/{key}: the order, every filter alone and together, pages, one event by
its key, and the errors (404, 422)."""

from __future__ import annotations

import pytest
from web_store import SHELLING, get, keys

ALL = ["wire-1#1", "wire-2#1", "wire-2#2", "blog/3#1", "blog/3#2", "xss#1"]  # by day, document, number


def test_events_come_by_day_then_document_then_number_with_their_day(client) -> None:
    page = get(client, "/api/events")
    assert keys(page) == ALL and page["total"] == 6 and (page["limit"], page["offset"]) == (50, 0)
    days = [item["day"] for item in page["items"]]
    assert days == ["2021-03-08", "2021-03-08", "2021-03-09", "2021-03-10", "2021-03-11", "2021-03-12"]
    threat = page["items"][4]
    assert threat["date"] is None and threat["day"] == "2021-03-11"  # an undated event: its publication day


@pytest.mark.parametrize(("query", "expected"), [
    ("type=ASSAULT", ["wire-1#1", "wire-2#1", "blog/3#1", "xss#1"]),
    ("type=assault", ["wire-1#1", "wire-2#1", "blog/3#1", "xss#1"]),
    ("mode=aerial", ["blog/3#1"]),
    ("actor=IRQMIL", ["wire-1#1", "wire-2#1", "blog/3#1"]),  # by id, as source or as target
    ("actor=northern%20front", ["wire-1#1", "wire-2#1", "blog/3#1", "blog/3#2"]),  # by name, any case
    ("actor=usa", ["blog/3#2"]),  # by ISO3 country
    ("country=IRQ", ["wire-1#1", "wire-2#1", "wire-2#2", "blog/3#1"]),
    ("country=irq", ["wire-1#1", "wire-2#1", "wire-2#2", "blog/3#1"]),
    ("since=2021-03-09", ["wire-2#2", "blog/3#1", "blog/3#2", "xss#1"]),
    ("until=2021-03-09", ["wire-1#1", "wire-2#1", "wire-2#2"]),
    ("since=2021-03-09&until=2021-03-10", ["wire-2#2", "blog/3#1"]),
    ("via=quote", ["wire-2#2"]),
    ("q=VARNA", ["wire-1#1", "wire-2#1", "blog/3#1"]),
    ("q=varna%20killing", ["wire-1#1", "wire-2#1"]),  # every word
    ("q=retaliation", ["blog/3#1"]),
    ("q=Varna%2C%20KILLING.", ["wire-1#1", "wire-2#1"]),  # words: runs of letters and digits
    ("q=retal", []),  # whole words only
    ("q=varna%20nowhere", []),
    ("type=ASSAULT&actor=IRQMIL&since=2021-03-09", ["blog/3#1"]),
    ("type=AID", []),
    ("actor=nobody", []),
])
def test_each_filter_narrows_the_events(client, query: str, expected: list[str]) -> None:
    page = get(client, f"/api/events?{query}")
    assert keys(page) == expected and page["total"] == len(expected)


def test_limit_and_offset_page_through_and_total_counts_every_match(client) -> None:
    page = get(client, "/api/events?limit=2&offset=1")
    assert keys(page) == ALL[1:3] and page["total"] == 6 and (page["limit"], page["offset"]) == (2, 1)
    assert keys(get(client, "/api/events?limit=2&offset=5")) == ALL[5:]
    beyond = get(client, "/api/events?offset=99")
    assert beyond["items"] == [] and beyond["total"] == 6


@pytest.mark.parametrize(("query", "total"), [("actor=IRQMIL", 3), ("q=varna", 3)])  # (counted and picked in one scan)
def test_pages_of_an_actor_or_words_come_in_the_same_order(client, query: str, total: int) -> None:
    whole = keys(get(client, f"/api/events?{query}"))
    pages = [get(client, f"/api/events?{query}&limit=1&offset={n}") for n in range(total + 1)]
    assert [key for page in pages for key in keys(page)] == whole and {page["total"] for page in pages} == {total}


def test_one_event_by_its_key_whole(client) -> None:
    ev = get(client, "/api/events/wire-1%231")
    assert ev["key"] == "wire-1#1" and ev["evidence"] == SHELLING and ev["killed"] == 3
    assert ev["source"] == {"name": "Northern Front", "aliases": [], "country": "IRQ", "kind": "armed_group",
                            "id": None}
    assert ev["incident"] == "inc-shelling" and ev["mode"] == "artillery" and ev["day"] == "2021-03-08"
    answer = get(client, "/api/events/blog/3%231")  # a document id with a slash
    assert answer["responds_to"] == [{"incident": "inc-shelling", "link": "stated", "confidence": 1.0}]


def test_an_unknown_event_is_404_with_its_code(client) -> None:
    body = get(client, "/api/events/wire-1%2399", 404)
    assert body == {"error": {"code": "E049", "message": "no event 'wire-1#99' in the store"}}


@pytest.mark.parametrize(("query", "name"), [
    ("since=2021-02-30", "since"), ("until=yesterday", "until"), ("limit=0", "limit"), ("limit=501", "limit"),
    ("limit=ten", "limit"), ("offset=-1", "offset"), ("country=IRAQ", "country"), ("q=", "q"),
])
def test_a_bad_parameter_is_422_naming_it(client, query: str, name: str) -> None:
    body = get(client, f"/api/events?{query}", 422)
    assert body["error"]["code"] == "invalid" and f"query.{name}:" in body["error"]["message"]
