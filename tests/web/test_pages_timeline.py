"""The timeline page: the dyad form, the chart of the events both ways (dots linked to incidents, coloured
by type; daily intensity bars), the date filters, and a dyad without events."""

from __future__ import annotations

import re

from redline.web.pages.timeline import pairs
from redline.web.svg import TYPE_COLOURS


def test_without_a_dyad_the_page_is_the_form_with_actor_names(site) -> None:
    page = site.get("/timeline")
    assert page.status_code == 200
    assert '<input name="a"' in page.text and '<input name="b"' in page.text and "<svg viewBox" not in page.text
    assert '<option value="Black Banner group">' in page.text  # the actors offered


def test_a_dyad_draws_both_directions_with_linked_dots(site, store_ids) -> None:
    page = site.get("/timeline", params={"a": "IRQ", "b": "Black Banner group"})
    assert page.status_code == 200
    text = page.text
    assert 'value="IRQ"' in text and 'value="Black Banner group"' in text  # the form keeps the dyad
    assert "IRQ → Black Banner group" in text and "Black Banner group → IRQ" in text
    assert f'<a href="/incidents/{store_ids["answered"]}"><title>2021-03-31 ASSAULT: ' in text  # named by its title
    assert f'fill="{TYPE_COLOURS["ASSAULT"]}"' in text
    assert "intensity -10" in text or "intensity -" in text  # a hostile day's bar, with its title


def test_date_filters_reach_the_timeline(site, store_ids) -> None:
    text = site.get("/timeline", params={"a": "IRQ", "b": "Black Banner group", "since": "2021-04-01"}).text
    assert store_ids["answered"] not in text  # the attack of 31 March is before the period
    empty = site.get("/timeline", params={"a": "IRQ", "b": "Black Banner group", "until": "2021-03-01"})
    assert empty.status_code == 404 and "no events between" in empty.text


def test_an_unknown_dyad_is_a_404_page_and_a_bad_date_a_400(site) -> None:
    page = site.get("/timeline", params={"a": "Atlantis", "b": "Lemuria"})
    assert page.status_code == 404 and "&#39;Atlantis&#39; and &#39;Lemuria&#39;" in page.text
    assert site.get("/timeline", params={"a": "IRQ", "b": "x", "since": "2021-13-01"}).status_code == 400


def test_the_empty_form_offers_the_commonest_pairs(site) -> None:
    text = site.get("/timeline", params={"since": "2021-03-01"}).text
    assert "Pairs to try" in text
    link = re.search(r'<a href="(/timeline\?[^"]+)">([^<]+)</a> <span class="muted">\((\d+) incidents?\)', text)
    assert link is not None and "since=2021-03-01" in link.group(1)  # the period chosen stays
    assert site.get(link.group(1).replace("&amp;", "&")).status_code == 200  # and the pair has a timeline


def test_pairs_count_both_directions_as_one_and_skip_half_known_incidents() -> None:
    iraq, group, police = {"id": "IRQ", "name": "Iraq"}, {"name": "Black Banner group"}, {"name": "police"}
    incidents = [{"source": group, "target": iraq}, {"source": iraq, "target": group}, {"source": police,
                 "target": iraq}, {"source": iraq, "target": None}, {"source": iraq, "target": iraq}]
    assert pairs(incidents) == [{"a": "Black Banner group", "b": "IRQ", "names": ("Black Banner group", "Iraq"),
                                 "incidents": 2},
                                {"a": "IRQ", "b": "police", "names": ("Iraq", "police"), "incidents": 1}]


def test_a_busy_chart_can_be_skipped_by_keyboard(site) -> None:
    text = site.get("/timeline", params={"a": "IRQ", "b": "Black Banner group"}).text
    assert text.index('<a class="skip" href="#events">') < text.index("<svg viewBox") < text.index('id="events"')
