"""The incident pages: the filtered list, one incident (canonical values, reports with their evidence and
documents, response links), its chain as a graph, and the 404 page for an unknown id."""

from __future__ import annotations

import re
from datetime import date

from pages_fixtures import WIRE

from redline.app import Redline


def test_incident_list_shows_every_incident_with_links(site, store_ids) -> None:
    page = site.get("/incidents")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for incident in store_ids.values():
        assert f'href="/incidents/{incident}"' in page.text
    # the two attacks, the tear gas at the march, and the spokesman's "We will hunt them down" (a threat)
    assert "4 incidents" in page.text


def test_incident_list_filters_narrow_the_list(site, store_ids) -> None:
    basra = site.get("/incidents", params={"country": "irq", "q": "tear gas"}).text
    assert store_ids["blog"] in basra and store_ids["answered"] not in basra and "1 incident" in basra
    later = site.get("/incidents", params={"since": "2021-04-01", "until": "2021-04-02"}).text
    assert store_ids["answering"] in later and store_ids["answered"] not in later
    none = site.get("/incidents", params={"type": "agree"}).text
    assert "0 incidents" in none and '<option value="AGREE" selected>' in none


def test_incident_list_passes_each_filter_to_redline(site, monkeypatch) -> None:
    seen: dict = {}
    original = Redline.incidents

    def spy(self, db, **kwargs):
        seen.update(kwargs)
        return original(self, db, **kwargs)

    monkeypatch.setattr(Redline, "incidents", spy)
    site.get("/incidents", params={"type": "assault", "actor": " Iraq ", "country": "irq", "since": "2021-03-01",
                                     "until": "", "q": "jets", "offset": "50"})
    assert seen == {"type": "ASSAULT", "actor": "Iraq", "country": "IRQ", "since": date(2021, 3, 1), "until": None,
                    "q": "jets", "limit": 50, "offset": 50}


def test_incident_list_pages_keep_the_filters(site, monkeypatch) -> None:
    monkeypatch.setattr("redline.web.pages.incidents.PAGE", 1)
    first = site.get("/incidents", params={"country": "IRQ"}).text
    assert 'href="/incidents?country=IRQ&amp;offset=1" rel="next"' in first
    second = site.get("/incidents", params={"country": "IRQ", "offset": 1}).text
    assert 'href="/incidents?country=IRQ" rel="prev"' in second


def test_a_bad_date_or_offset_is_a_400_page(site) -> None:
    page = site.get("/incidents", params={"since": "yesterday"})
    assert page.status_code == 400 and "since: &#39;yesterday&#39; is not a date" in page.text
    page = site.get("/incidents", params={"offset": "ten"})
    assert page.status_code == 400 and "offset: &#39;ten&#39; is not a whole number" in page.text
    assert site.get("/incidents", params={"offset": "-5"}).status_code == 200


def test_incident_page_shows_values_reports_documents_and_links(site, store_ids) -> None:
    page = site.get(f"/incidents/{store_ids['answered']}")
    assert page.status_code == 200
    text = page.text
    assert "Black Banner group" in text and "Mosul" in text and "<dt>killed</dt>" in text
    assert "Gunmen of the Black Banner group attacked a police checkpoint" in text  # the report's evidence
    assert re.search(rf'href="/documents/{WIRE}#ev-\d+"', text)
    assert f'href="/incidents/{store_ids["answering"]}"' in text and "Answered by" in text and "stated" in text
    assert f'href="/incidents/{store_ids["answered"]}/chain"' in text


def test_incident_page_of_the_answer_names_what_it_answers(site, store_ids) -> None:
    text = site.get(f"/incidents/{store_ids['answering']}").text
    assert "It answers" in text and f'href="/incidents/{store_ids["answered"]}"' in text


def test_chain_page_draws_incidents_as_linked_boxes_and_a_stated_arrow(site, store_ids) -> None:
    page = site.get(f"/incidents/{store_ids['answered']}/chain")
    assert page.status_code == 200
    text = page.text
    assert text.count('<rect class="box') == 2
    assert '<path class="edge stated"' in text and "edge inferred" not in text
    assert f'<a href="/incidents/{store_ids["answering"]}"><title>ASSAULT on 2021-04-01' in text
    assert f"{store_ids['answering']} answers {store_ids['answered']} (stated, confidence 1.00)" in text


def test_chains_address_leads_to_the_chain_page(site, store_ids) -> None:
    moved = site.get(f"/chains/{store_ids['blog']}", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == f"/incidents/{store_ids['blog']}/chain"
    page = site.get(f"/chains/{store_ids['blog']}")
    assert page.status_code == 200 and "This incident answers none and none answers it." in page.text


def test_unknown_ids_get_the_404_page(site) -> None:
    for url in ("/incidents/2000-01-01-assault-00000000", "/incidents/nope/chain", "/documents/no-such-doc",
                "/chains/nope"):
        page = site.get(url)
        assert page.status_code == 404, url
        assert page.headers["content-type"].startswith("text/html") and "<h1>Not found</h1>" in page.text


def test_incident_page_links_to_the_timeline_of_its_actors(site, store_ids) -> None:
    text = site.get(f"/incidents/{store_ids['answered']}").text
    link = re.search(r'<a href="(/timeline\?[^"]+)">Timeline of Black Banner group and ', text)
    assert link is not None
    timeline = site.get(link.group(1).replace("&amp;", "&"))
    assert timeline.status_code == 200 and store_ids["answered"] in timeline.text


def test_incident_list_keeps_the_words_searched_in_its_form(site, pages_db) -> None:
    text = site.get("/incidents", params={"q": "tear <gas>"}).text
    total = Redline(lazy=True).incidents(pages_db, q="tear <gas>")["total"]
    assert '<input name="q" value="tear &lt;gas&gt;"' in text and f"{total} incident" in text
