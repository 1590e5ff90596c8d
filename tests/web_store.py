"""A small store written for the API tests (tests/web) from records, no parsing, and helpers to read it.

Four documents: a shelling reported twice (the tolls disagree: 3 and "at least 4"), a protest told in a
quote, the bombing that answers the shelling (a stated link) with a post, a threat by a state, and a page
whose text carries a script tag; a fifth document has no events. Incidents are given in the records and
kept by a linker written here, so what the API answers is known exactly."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from corpus_records import actor, event
from fastapi.testclient import TestClient

from redline.corpus.store import Extracted, Store
from redline.model import Document

ARMY = actor("the army", "IRQ", "military", id="IRQMIL")
FRONT = actor("Northern Front", "IRQ", "armed_group")
FRONT_TOO = {**FRONT, "aliases": ["the Front"]}
PROTESTERS = actor("protesters", None, "protesters")
TOR = actor("General Tor", "IRQ", "person")
USA = actor("United States", "USA", "state", id="USA")
XSS = "<script>alert(1)</script>"

SHELLING = "The Northern Front shelled the army in Varna on Monday, killing three soldiers."
SHELLING_AGAIN = "Northern Front fighters shelled army posts in Varna, killing at least four soldiers."
PROTEST = "Protesters marched on the parliament in Baghdad, he said."
BOMBING = "The army bombed the Northern Front near Varna in retaliation for Monday's shelling."
THREAT = "The United States warned the Northern Front against further attacks."


def keep_incidents() -> SimpleNamespace:
    """A linker that keeps the incident and links a record was written with (else founds one per event)."""
    return SimpleNamespace(
        WINDOW_DAYS=3,
        assign_incidents=lambda doc, prior: [ev["incident"] or f"inc-{ev['key']}" for ev in doc],
        response_links=lambda doc, prior, incidents, text=None: [ev["responds_to"] for ev in doc])


def at(text: str, evidence: str) -> dict:
    start = text.index(evidence)
    return {"start": start, "end": start + len(evidence)}


def wire_1() -> Extracted:
    text = f"VARNA - {SHELLING} \"We will answer,\" General Tor said."
    doc = Document("wire-1", date(2021, 3, 9), text, "wire-1.txt")
    ev = event("wire-1", 1, "ASSAULT", FRONT, ARMY, "2021-03-08", SHELLING, "shelled", mode="artillery",
               country="IRQ", place="Varna", killed=3, incident="inc-shelling", **at(text, SHELLING))
    quote = {"kind": "quote", "doc_id": "wire-1", "speaker": TOR, "text": "We will answer,", "via": "quote",
             **at(text, "We will answer,"), "sentence": "\"We will answer,\" General Tor said."}
    return Extracted(doc, [ev], [quote], [])


def wire_2() -> Extracted:
    text = f"{SHELLING_AGAIN} A witness said: {PROTEST}"
    doc = Document("wire-2", date(2021, 3, 10), text, "wire-2.txt")
    shelled = event("wire-2", 1, "ASSAULT", FRONT_TOO, ARMY, "2021-03-08", SHELLING_AGAIN, "shelled",
                    mode="artillery", country="IRQ", place="Varna", killed=4, approx=True, incident="inc-shelling",
                    **at(text, SHELLING_AGAIN))
    marched = event("wire-2", 2, "PROTEST", PROTESTERS, None, "2021-03-09", PROTEST, "marched", country="IRQ",
                    place="Baghdad", via="quote", incident="inc-protest", **at(text, PROTEST))
    return Extracted(doc, [shelled, marched], [], [])


def blog_3() -> Extracted:
    text = f"{BOMBING}\n\n{THREAT}\n\n@frontwatch: Jets over Varna tonight https://example.org/a"
    doc = Document("blog/3", date(2021, 3, 11), text, "blog/3.md")
    bombed = event("blog/3", 1, "ASSAULT", ARMY, FRONT, "2021-03-10", BOMBING, "bombed", mode="aerial",
                   country="IRQ", place="Varna", incident="inc-bombing", **at(text, BOMBING),
                   responds_to=[{"incident": "inc-shelling", "link": "stated", "confidence": 1.0}])
    warned = event("blog/3", 2, "THREATEN", USA, FRONT, None, THREAT, "warned", incident="inc-threat",
                   **at(text, THREAT))
    post_text = "Jets over Varna tonight https://example.org/a"
    post = {"kind": "post", "doc_id": "blog/3", "author": "Front Watch", "handle": "@frontwatch",
            "date": "2021-03-10", "text": post_text, "links": ["https://example.org/a"], **at(text, post_text)}
    return Extracted(doc, [bombed, warned], [], [post])


def hostile() -> Extracted:
    evidence = f"Rebels attacked {XSS} the depot in Tolm."
    text = f"{XSS}<img src=x onerror=alert(2)> {evidence}"
    doc = Document("xss", date(2021, 3, 12), text, "xss.html")
    ev = event("xss", 1, "ASSAULT", actor(f"Rebels {XSS}"), None, "2021-03-12", evidence, "attacked",
               incident="inc-xss", **at(text, evidence))
    return Extracted(doc, [ev], [], [])


def quiet() -> Extracted:
    return Extracted(Document("quiet", date(2021, 2, 1), "Nothing happened in Varna today.", "quiet.txt"))


def build(path: Path) -> Path:
    """The test store at `path`, written one document per transaction, as an ingest writes them."""
    with Store.open(path) as store:
        for item in (wire_1(), wire_2(), blog_3(), hostile(), quiet()):
            store.write([item], keep_incidents())
    return path


def get(client: TestClient, url: str, status: int = 200) -> dict:
    """The JSON of a GET, which must answer `status` with the CSP header."""
    response = client.get(url)
    assert response.status_code == status, response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    return response.json()


def keys(page: dict) -> list[str]:
    return [item["key"] for item in page["items"]]
