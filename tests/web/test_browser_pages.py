"""The pages in a real browser: a store built by `redline ingest` from examples/ (plus one document
written here whose places have coordinates, for the map), served by `redline serve` as a subprocess, and
Debian's chromium driven by Playwright. A reader picks a dyad on the timeline, opens an incident, follows
its response link, opens the chain and a report's document, and sees the text with its evidence
highlighted; the map, the keyboard and the phone width are checked too. Screenshots go to a temporary
folder, or to docs/screenshots/ (the README shows them) with REDLINE_SCREENSHOTS=1 (`make screenshots`), so
that a test run leaves the checkout as it was."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import CHROMIUM, REDLINE, chromium, serving

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots" if os.environ.get("REDLINE_SCREENSHOTS") == "1" \
    else Path(tempfile.gettempdir()) / "redline-screenshots"
DESKTOP, PHONE = {"width": 1280, "height": 800}, {"width": 390, "height": 844}
MAP_DOCUMENT = """date 2021-03-12 KIRKUK — Rockets struck a military base near Erbil on Thursday, wounding three \
guards, officials said.

Protesters marched in Basra on Friday to demand jobs and clean water.

Turkish jets bombed positions near Sinjar on Friday, according to the Turkish defence ministry.
"""

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: `make test` installs it")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    (folder / "more").mkdir()
    (folder / "more" / "2021-03-12-northern-iraq-wire.txt").write_text(MAP_DOCUMENT, encoding="utf-8")
    db = folder / "examples.duckdb"
    subprocess.run([str(REDLINE), "ingest", str(ROOT / "examples"), str(folder / "more"), "--db", str(db)],
                   check=True, capture_output=True, timeout=300)
    with serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as found:
        yield found


@pytest.fixture
def visit(browser, base):
    """visit(size) -> a new page that records every request and every console error."""
    opened = []

    def _visit(size: dict = DESKTOP):
        page = browser.new_page(viewport=size)
        page.requests, page.errors = [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
        opened.append(page)
        return page

    yield _visit
    for page in opened:
        assert page.errors == [], page.errors  # no CSP violation, no missing file
        assert all(url.startswith(base) for url in page.requests), page.requests  # nothing from elsewhere
        page.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert (SHOTS / f"{name}.png").stat().st_size > 0


def test_from_a_dyad_to_an_incident_its_answer_and_the_document(visit, base) -> None:
    page = visit()
    page.goto(f"{base}/timeline")
    page.get_by_label("First actor").fill("Valdorian jets")
    page.get_by_label("Second actor").fill("Northern Shield militia")
    page.get_by_role("button", name="Show timeline").click()
    assert "a=Valdorian+jets" in page.url and "b=Northern+Shield+militia" in page.url  # a shareable address
    assert page.locator("figure.chart svg circle").count() == 1
    dot = page.get_by_role("link", name=re.compile(r"^2021-03-05 ASSAULT: Valdorian jets → Northern Shield militia"))
    assert dot.count() == 1  # the chart's dot is a link in the accessibility tree, named by its title
    shot(page, "timeline")

    page.locator("table a[href^='/incidents/2021-03-05-assault']").first.click()
    assert page.locator("h1").inner_text().endswith("Incident 2021-03-05-assault-70a89752")
    assert page.get_by_text("said it was retaliation for Friday's airstrikes").is_visible()  # its report

    answer = page.locator("section[aria-labelledby=links] a").first
    assert answer.inner_text().startswith("2021-03-07-assault")
    answer.click()  # the drone attack, stated to answer the airstrikes
    assert "It answers:" in page.locator("section[aria-labelledby=links]").inner_text()
    assert page.locator("dl.facts").inner_text().count("Port Lumen") == 1
    shot(page, "incident")

    page.get_by_role("link", name="Response chain of this incident").click()
    assert page.locator("svg rect.box").count() == 2 and page.locator("svg path.edge.stated").count() == 1
    shot(page, "chain")
    page.go_back()

    page.get_by_role("link", name="show in the document").first.click()
    assert page.url.endswith("/documents/2021-03-08-harbor-drone-wire#ev-1")
    evidence = page.locator("mark#ev-1")
    assert evidence.is_visible() and evidence.inner_text().startswith("Drones launched by the Northern Shield militia")
    assert page.evaluate("document.querySelector(':target').id") == "ev-1"
    assert page.locator("mark").count() >= 4
    assert page.locator(".voice.quote", has_text="quote: Omar Vesk").is_visible()
    assert "The harbour authority said the terminal did not catch fire" in page.locator("#text").inner_text()
    shot(page, "document")


def test_map_shades_countries_and_links_them_to_their_incidents(visit, base) -> None:
    page = visit()
    page.goto(f"{base}/map")
    assert page.locator("svg path.country").count() == 176
    iraq = page.get_by_role("link", name=re.compile(r"^Iraq: \d+ events$"))
    assert iraq.count() == 1 and page.locator("svg circle.dot").count() == 3
    shot(page, "map")
    iraq.focus()  # (its middle is under a dot, which leads to the same place)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/incidents?country=IRQ")
    assert "Erbil" in page.locator("table").inner_text()
    assert page.get_by_label("Country").input_value() == "IRQ"  # the form shows the filter it came with
    shot(page, "incidents")


def test_keyboard_alone_picks_a_dyad(visit, base) -> None:
    page = visit()
    page.goto(f"{base}/timeline")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"  # the first stop: skip to content
    for _ in range(5):  # the skip link, the four links of the header, then the first field
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "a"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.type("Northern Shield militia")
    page.keyboard.press("Tab")
    page.keyboard.type("army")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"a=Northern"))
    assert page.locator("figure.chart svg circle").count() == 2
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"


def test_pages_fit_a_phone(visit, base) -> None:
    page = visit(PHONE)
    for url in ("/incidents", "/timeline?a=Northern+Shield+militia&b=army", "/documents/2021-03-08-harbor-drone-wire",
                "/map", "/incidents/2021-03-07-assault-25faf03a"):
        page.goto(base + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], (url, width)  # nothing sticks out sideways (a chart scrolls inside its box)
    page.goto(f"{base}/documents/2021-03-08-harbor-drone-wire")
    shot(page, "document-phone")
