"""The API over a store ingested for real from the bundled examples/ (spaCy, the real linker): every
document's spans lie on its evidence, the counts agree across endpoints, and every incident, its chain
and every actor answer."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from helpers import ROOT
from web_store import get

from redline.model import Document
from redline.read import read_paths
from redline.web.app import create_app


@pytest.fixture(scope="session")
def examples(extractor, tmp_path_factory) -> TestClient:
    db = tmp_path_factory.mktemp("examples") / "e.duckdb"
    docs = [d for d in read_paths([ROOT / "examples"]) if isinstance(d, Document)]
    assert {step.outcome for step in extractor.ingest(docs, db)} == {"stored"}
    return TestClient(create_app(extractor, db))


def test_every_evidence_span_and_quote_lies_in_its_document(examples) -> None:
    documents = get(examples, "/api/documents")["items"]
    assert len(documents) >= 5
    for item in documents:
        doc = get(examples, f"/api/documents/{quote(item['id'], safe='')}")
        assert len(doc["events"]) == item["events"] and len(doc["quotes"]) == item["quotes"]
        for span in doc["events"]:
            ev = get(examples, f"/api/events/{quote(span['key'], safe='')}")
            assert 0 <= span["start"] < span["end"] <= len(doc["text"])
            assert doc["text"][span["start"]:span["end"]][:20] == ev["evidence"][:20]
        for said in doc["quotes"]:
            assert doc["text"][said["start"]:said["end"]] == said["text"]


def test_the_counts_agree_across_endpoints(examples) -> None:
    documents = get(examples, "/api/documents")["items"]
    events = get(examples, "/api/events?limit=500")
    assert events["total"] == sum(d["events"] for d in documents) == len(events["items"]) > 10
    incidents = get(examples, "/api/incidents?limit=500")["items"]
    assert sum(i["reports"] for i in incidents) == sum(1 for e in events["items"] if e["incident"])


def test_every_incident_chain_and_actor_answers(examples) -> None:
    for item in get(examples, "/api/incidents?limit=500")["items"]:
        found = get(examples, f"/api/incidents/{item['incident']}")
        assert {r["incident"] for r in found["reports"]} == {item["incident"]}
        assert get(examples, f"/api/incidents/{item['incident']}/chain")["incident"] == item["incident"]
    for actor in get(examples, "/api/actors?limit=500")["items"]:
        found = get(examples, f"/api/actors/{quote(actor['key'], safe='')}")
        assert sum(found["roles"].values()) > 0 and found["name"] in found["aliases"]
    timeline = get(examples, "/api/timeline?a=Northern%20Shield%20militia&b=Valdoria")
    assert timeline["days"] and {e["direction"] for e in timeline["events"]} <= {"a->b", "b->a"}
