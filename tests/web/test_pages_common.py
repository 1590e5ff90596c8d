"""What holds for every page: HTML with the strict CSP header, no inline script or style, real links and
labelled controls, and SVG charts with titles."""

from __future__ import annotations

import re

import pytest
from pages_fixtures import WIRE

PAGES = ("/incidents", "/incidents?country=IRQ", "/timeline", "/timeline?a=IRQ&b=Black+Banner+group", "/map",
         f"/documents/{WIRE}", "/incidents/{answered}", "/incidents/{answered}/chain", "/incidents/nope")


@pytest.fixture(params=PAGES)
def page(request, site, store_ids):
    return site.get(request.param.format(**store_ids))


def test_every_page_has_the_csp_and_no_inline_script_or_style(page) -> None:
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script" not in page.text.lower()
    assert not re.search(r"\son[a-z]+\s*=", page.text)  # no inline event handlers
    assert not re.search(r"\sstyle\s*=", page.text) and "<style" not in page.text  # style-src 'self' only
    assert '<link rel="stylesheet" href="/static/redline.css">' in page.text


def test_every_page_is_html_with_navigation_and_labelled_controls(page) -> None:
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in page.text and '<nav aria-label="Main">' in page.text
    assert '<a class="skip" href="#main">' in page.text
    for control in re.findall(r"<(?:input|select)\b[^>]*>", page.text):  # each inside its <label>
        name = re.search(r'name="([^"]+)"', control).group(1)
        assert re.search(rf"<label>[^<]*<(?:input|select)[^>]*name=\"{name}\"", page.text), control


def test_every_chart_has_a_title(page) -> None:
    for svg in re.findall(r"<svg viewBox.*?</svg>", page.text, re.S):
        assert re.search(r"<title id=\"[^\"]+\">[^<]+</title>", svg)
        if "<a " in svg:  # an image's children are hidden from assistive technology: links need a group
            assert 'role="group"' in svg and 'role="img"' not in svg


def test_the_stylesheet_is_served(site) -> None:
    css = site.get("/static/redline.css")
    assert css.status_code == 200 and ":focus-visible" in css.text and "@media (max-width: 760px)" in css.text


def test_the_home_page_leads_to_the_incidents(site) -> None:
    home = site.get("/", follow_redirects=False)
    assert home.status_code == 307 and home.headers["location"] == "/incidents"
