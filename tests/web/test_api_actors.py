"""GET /api/actors (search by name, id or country; pages) and /api/actors/{key} (aliases, roles,
affiliations), and 404 for an unknown actor."""

from __future__ import annotations

import pytest
from web_store import XSS, get, keys

ALL = ["General Tor|IRQ", "Northern Front|IRQ", "protesters|", f"Rebels {XSS}|", "IRQMIL", "USA"]  # by name


def test_actors_come_by_name_with_their_key(client) -> None:
    page = get(client, "/api/actors")
    assert keys(page) == ALL and page["total"] == 6
    assert page["items"][4] == {"key": "IRQMIL", "id": "IRQMIL", "name": "the army", "country": "IRQ",
                                "kind": "military"}


@pytest.mark.parametrize(("q", "expected"), [
    ("front", ["Northern Front|IRQ"]),  # part of a name, any case
    ("NORTHERN", ["Northern Front|IRQ"]),
    ("IRQMIL", ["IRQMIL"]),  # a whole id
    ("irq", ["General Tor|IRQ", "Northern Front|IRQ", "IRQMIL"]),  # an ISO3 country, any case
    ("nobody", []),
])
def test_q_searches_names_ids_and_countries(client, q: str, expected: list[str]) -> None:
    page = get(client, f"/api/actors?q={q}")
    assert keys(page) == expected and page["total"] == len(expected)


def test_actors_page_with_limit_and_offset(client) -> None:
    page = get(client, "/api/actors?limit=2&offset=2")
    assert keys(page) == ALL[2:4] and page["total"] == 6


def test_an_actor_has_the_names_it_was_mentioned_by_its_roles_and_affiliations(client) -> None:
    front = get(client, "/api/actors/Northern%20Front%7CIRQ")
    assert front["name"] == "Northern Front" and front["aliases"] == ["Northern Front", "the Front"]
    assert front["roles"] == {"source": 2, "target": 2, "speaker": 0}
    assert front["affiliations"] == {"country": "IRQ", "kind": "armed_group"}
    tor = get(client, "/api/actors/General%20Tor%7CIRQ")
    assert tor["roles"] == {"source": 0, "target": 0, "speaker": 1} and tor["aliases"] == ["General Tor"]
    assert get(client, "/api/actors/IRQMIL")["roles"] == {"source": 1, "target": 2, "speaker": 0}


def test_an_unknown_actor_is_404_with_its_code(client) -> None:
    body = get(client, "/api/actors/Nobody%7C", 404)
    assert body == {"error": {"code": "E050", "message": "no actor 'Nobody|' in the store"}}


def test_a_bad_actor_search_is_422(client) -> None:
    assert "query.limit:" in get(client, "/api/actors?limit=1000", 422)["error"]["message"]
    assert "query.q:" in get(client, "/api/actors?q=", 422)["error"]["message"]
