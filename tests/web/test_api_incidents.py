"""GET /api/incidents (filters, pages), /api/incidents/{id} (canonical values, disagreements, reports,
links) and /api/incidents/{id}/chain, and 404 for an unknown incident."""

from __future__ import annotations

import pytest
from web_store import get

ALL = ["inc-shelling", "inc-protest", "inc-bombing", "inc-threat", "inc-xss"]  # by first day


def ids(page: dict) -> list[str]:
    return [item["incident"] for item in page["items"]]


def test_incidents_come_by_first_day_each_summarised_over_its_reports(client) -> None:
    page = get(client, "/api/incidents")
    assert ids(page) == ALL and page["total"] == 5
    shelling = page["items"][0]
    assert shelling["reports"] == 2 and shelling["documents"] == ["wire-1", "wire-2"]
    assert (shelling["first"], shelling["last"]) == ("2021-03-08", "2021-03-08")
    assert shelling["killed"] == 3 and shelling["place"] == "Varna" and shelling["source"]["name"] == "Northern Front"
    assert set(shelling["disagreements"]) == {"killed"}


@pytest.mark.parametrize(("query", "expected"), [
    ("type=assault", ["inc-shelling", "inc-bombing", "inc-xss"]),
    ("actor=IRQMIL", ["inc-shelling", "inc-bombing"]),
    ("actor=United%20States", ["inc-threat"]),
    ("country=IRQ", ["inc-shelling", "inc-protest", "inc-bombing"]),
    ("since=2021-03-10", ["inc-bombing", "inc-threat", "inc-xss"]),
    ("until=2021-03-09", ["inc-shelling", "inc-protest"]),
    ("q=retaliation", ["inc-bombing"]),
    ("type=ASSAULT&since=2021-03-09&country=IRQ", ["inc-bombing"]),
    ("type=AID", []),
])
def test_each_filter_selects_the_incidents_with_such_a_report(client, query: str, expected: list[str]) -> None:
    page = get(client, f"/api/incidents?{query}")
    assert ids(page) == expected and page["total"] == len(expected)


def test_incidents_page_with_limit_and_offset(client) -> None:
    page = get(client, "/api/incidents?limit=2&offset=1")
    assert ids(page) == ALL[1:3] and page["total"] == 5


def test_an_incident_has_its_reports_and_where_they_disagree(client) -> None:
    found = get(client, "/api/incidents/inc-shelling")
    assert [r["key"] for r in found["reports"]] == ["wire-1#1", "wire-2#1"]
    assert found["reports"][1]["killed"] == 4 and found["reports"][1]["approx"] is True
    assert found["disagreements"] == {"killed": [{"value": 3, "docs": ["wire-1"], "approx": False},
                                                 {"value": 4, "docs": ["wire-2"], "approx": True}]}
    assert found["killed"] == 3 and found["event_type"] == "ASSAULT" and found["date"] == "2021-03-08"
    assert found["confidence"] == 0.65  # two documents, one disagreement
    assert found["answered_by"] == [{"incident": "inc-bombing", "link": "stated", "confidence": 1.0}]
    assert found["answers"] == []
    assert get(client, "/api/incidents/inc-bombing")["answers"] == [
        {"incident": "inc-shelling", "link": "stated", "confidence": 1.0}]


def test_the_chain_of_an_incident_goes_both_ways(client) -> None:
    chain = get(client, "/api/incidents/inc-shelling/chain")
    assert chain["incident"] == "inc-shelling" and chain["reports"] == 2 and chain["answers"] == []
    (bombing,) = chain["answered_by"]
    assert (bombing["incident"], bombing["link"], bombing["confidence"]) == ("inc-bombing", "stated", 1.0)
    back = get(client, "/api/incidents/inc-bombing/chain")
    assert [n["incident"] for n in back["answers"]] == ["inc-shelling"] and back["answered_by"] == []


@pytest.mark.parametrize("url", ["/api/incidents/inc-none", "/api/incidents/inc-none/chain"])
def test_an_unknown_incident_is_404_with_its_code(client, url: str) -> None:
    assert get(client, url, 404) == {"error": {"code": "E046", "message": "no incident 'inc-none' in the store"}}


def test_a_bad_incident_filter_is_422(client) -> None:
    assert get(client, "/api/incidents?until=2021-13-01", 422)["error"]["code"] == "invalid"
