"""GET /api/documents (by publication date, with their counts; pages) and /api/documents/{id} (text,
voices, evidence spans), and 404 for an unknown document."""

from __future__ import annotations

import pytest
from web_store import BOMBING, SHELLING, get

ALL = ["quiet", "wire-1", "wire-2", "blog/3", "xss"]  # by publication date


def ids(page: dict) -> list[str]:
    return [item["id"] for item in page["items"]]


def test_documents_come_by_publication_date_with_their_counts(client) -> None:
    page = get(client, "/api/documents")
    assert ids(page) == ALL and page["total"] == 5
    counts = {item["id"]: (item["events"], item["quotes"], item["posts"]) for item in page["items"]}
    assert counts == {"quiet": (0, 0, 0), "wire-1": (1, 1, 0), "wire-2": (2, 0, 0), "blog/3": (2, 0, 1),
                      "xss": (1, 0, 0)}
    wire = page["items"][1]
    assert wire["published"] == "2021-03-09" and wire["source"] == "wire-1.txt" and wire["length"] > len(SHELLING)
    assert "text" not in wire


@pytest.mark.parametrize(("query", "expected"), [
    ("since=2021-03-10", ["wire-2", "blog/3", "xss"]),
    ("until=2021-03-09", ["quiet", "wire-1"]),
    ("since=2021-03-09&until=2021-03-10", ["wire-1", "wire-2"]),
    ("since=2022-01-01", []),
    ("limit=2&offset=3", ["blog/3", "xss"]),
])
def test_documents_by_period_and_page(client, query: str, expected: list[str]) -> None:
    page = get(client, f"/api/documents?{query}")
    assert ids(page) == expected
    assert page["total"] == (5 if "offset" in query else len(expected))


def test_a_document_has_its_text_voices_and_the_evidence_span_of_each_event(client) -> None:
    doc = get(client, "/api/documents/wire-1")
    assert doc["text"].startswith("VARNA - ") and doc["published"] == "2021-03-09"
    (span,) = doc["events"]
    assert doc["text"][span["start"]:span["end"]] == SHELLING
    assert (span["key"], span["event_type"], span["incident"]) == ("wire-1#1", "ASSAULT", "inc-shelling")
    (quote,) = doc["quotes"]
    assert quote["speaker"]["name"] == "General Tor" and doc["text"][quote["start"]:quote["end"]] == quote["text"]
    blog = get(client, "/api/documents/blog/3")  # an id with a slash
    assert [s["key"] for s in blog["events"]] == ["blog/3#1", "blog/3#2"]
    assert blog["text"][blog["events"][0]["start"]:blog["events"][0]["end"]] == BOMBING
    (post,) = blog["posts"]
    assert post["handle"] == "@frontwatch" and post["links"] == ["https://example.org/a"]
    assert get(client, "/api/documents/quiet")["events"] == []


def test_an_unknown_document_is_404_with_its_code(client) -> None:
    body = get(client, "/api/documents/nowhere", 404)
    assert body == {"error": {"code": "E051", "message": "no document 'nowhere' in the store"}}


def test_a_bad_document_period_is_422(client) -> None:
    assert "query.since:" in get(client, "/api/documents?since=2021-3-1x", 422)["error"]["message"]
