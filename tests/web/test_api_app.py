"""The app around the routes: one JSON error shape (unknown route, method, bad parameter, no store, a
bug), the Content-Security-Policy on every response, untrusted text as JSON string data, the docs page
without inline script, and the OpenAPI schema listing every endpoint."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_store import XSS, get

from redline.app import Redline
from redline.web.app import create_app
from redline.web.security import CSP

ENDPOINTS = {"/api/events", "/api/events/{key}", "/api/incidents", "/api/incidents/{incident}",
             "/api/incidents/{incident}/chain", "/api/timeline", "/api/actors", "/api/actors/{key}",
             "/api/documents", "/api/documents/{doc_id}"}


@pytest.mark.parametrize("url", ["/nowhere", "/api/nowhere", "/api/events/x/y/z%23", "/api"])
def test_an_unknown_route_is_a_404_json_error(client, url: str) -> None:
    body = get(client, url, 404)
    assert body["error"]["code"] in ("not_found", "E049")
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}


def test_a_write_is_refused_with_405_in_the_same_shape(client) -> None:
    for method in ("post", "put", "delete"):
        response = getattr(client, method)("/api/events")
        assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"
        assert response.headers["content-security-policy"] == CSP


def test_every_kind_of_response_carries_the_strict_csp(client) -> None:
    for url in ("/api/events", "/api/events/wire-1%231", "/api/nowhere", "/api/events?limit=0", "/openapi.json",
                "/docs/init.js"):
        response = client.get(url)
        assert response.headers["content-security-policy"] == CSP, url
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self';" in CSP and "unsafe-inline" not in CSP and "object-src 'none'" in CSP


def test_text_with_a_script_tag_comes_back_as_json_string_data(client) -> None:
    response = client.get("/api/documents/xss")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-security-policy"] == CSP
    doc = response.json()
    assert doc["text"].startswith(f"{XSS}<img src=x onerror=alert(2)>")  # the text as it was, as data
    assert XSS in doc["text"][doc["events"][0]["start"]:doc["events"][0]["end"]]
    ev = get(client, "/api/events/xss%231")
    assert XSS in ev["evidence"] and ev["source"]["name"] == f"Rebels {XSS}"


def test_the_docs_page_has_no_inline_script_and_serves_swagger_itself(client) -> None:
    response = client.get("/docs")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", response.text, re.S)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    policy = response.headers["content-security-policy"]
    assert "https:" not in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert "/openapi.json" in client.get("/docs/init.js").text
    for src in re.findall(r'(?:src|href)="([^"]+)"', response.text):  # every file the page loads is ours
        assert src.startswith("/") and client.get(src).status_code == 200, src


def test_the_openapi_schema_lists_every_endpoint_read_only(client) -> None:
    schema = get(client, "/openapi.json")
    assert set(schema["paths"]) == ENDPOINTS
    assert all(set(methods) == {"get"} for methods in schema["paths"].values())
    assert {"limit", "offset", "q", "actor", "since"} <= {p["name"] for p in schema["paths"]["/api/events"]["get"]
                                                         ["parameters"]}


def test_a_missing_store_is_503_per_request_and_the_app_starts_anyway(tmp_path) -> None:
    client = TestClient(create_app(Redline(lazy=True), tmp_path / "none.duckdb"))
    body = get(client, "/api/events", 503)
    assert body["error"]["code"] == "E042" and "none.duckdb" in body["error"]["message"]


class Broken(Redline):
    def events(self, db, **filters):
        raise ValueError("a bug")


def test_a_bug_is_a_500_json_error_without_its_details(db) -> None:
    client = TestClient(create_app(Broken(lazy=True), db), raise_server_exceptions=False)
    response = client.get("/api/events")
    assert response.status_code == 500 and response.headers["content-security-policy"] == CSP
    assert response.json() == {"error": {"code": "internal", "message": "internal error ValueError; please report "
                                                                        "it with the request"}}
