"""The map page: country outlines drawn offline, countries shaded and linked by their events, places as
dots, and the filters reaching the query."""

from __future__ import annotations

from datetime import date

from redline.app import Redline


def test_map_draws_the_world_and_the_located_events(site) -> None:
    page = site.get("/map")
    assert page.status_code == 200
    text = page.text
    assert text.count('class="country"') == 176
    assert '<a href="/incidents?country=IRQ"><title>Iraq: 3 events</title>' in text
    assert "<title>Mosul: 1 event</title>" in text and "<title>Basra: 1 event</title>" in text
    assert "<title>France: 0 events</title>" in text


def test_map_filters_reach_the_query_and_the_country_links(site, monkeypatch) -> None:
    seen: dict = {}
    original = Redline.places

    def spy(self, db, **kwargs):
        seen.update(kwargs)
        return original(self, db, **kwargs)

    monkeypatch.setattr(Redline, "places", spy)
    text = site.get("/map", params={"type": "assault", "since": "2021-04-01", "actor": "", "until": ""}).text
    assert seen == {"type": "ASSAULT", "actor": None, "country": None, "since": date(2021, 4, 1), "until": None,
                    "q": None}
    assert '<a href="/incidents?type=ASSAULT&amp;since=2021-04-01&amp;country=IRQ"><title>Iraq: 2 events<' in text
    assert "Mosul: 1 event" not in text and "Basra: 1 event" in text  # the Mosul attack was on 31 March


def test_a_filter_without_events_shows_an_empty_map(site) -> None:
    text = site.get("/map", params={"type": "AGREE"}).text
    assert "0 events;" in text and "No event has coordinates." in text and 'class="dot"' not in text
