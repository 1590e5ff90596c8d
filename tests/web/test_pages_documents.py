"""The document page: the text with evidence highlighted and voices marked, built from escaped segments,
so that untrusted text (a <script> element, markup in a quote) shows as text."""

from __future__ import annotations

import re

from pages_fixtures import BLOG, TEXTS, WIRE


def test_document_text_shows_evidence_marks_and_voices(site) -> None:
    page = site.get(f"/documents/{WIRE}")
    assert page.status_code == 200
    text = page.text
    evidence = re.findall(r'<mark id="(ev-\d+)"[^>]*>([^<]*)</mark>', text)
    assert len(evidence) >= 2 and evidence[0][1].startswith("Gunmen of the Black Banner group attacked")
    assert '<span class="voice quote">quote: Salim Darwish</span>' in text
    # (the quote is a threat too, so it may sit inside the threat's evidence mark)
    assert re.search(r'<(span|mark) class="quote" title="quote: Salim Darwish[^"]*">We will hunt them down,</\1>', text)
    for anchor, _ in evidence:  # the event list links to each highlighted span
        assert f'href="#{anchor}"' in text


def test_the_text_is_whole_once_the_marks_are_taken_out(site) -> None:
    text = site.get(f"/documents/{WIRE}").text
    body = re.search(r'<div class="doc-text" id="text">(.*?)</div>', text, re.S).group(1)
    body = re.sub(r'<span class="voice [^"]*">[^<]*</span>', "", body)
    plain = re.sub(r"<[^>]+>", "", body).replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
    assert plain == TEXTS[WIRE][1]


def test_untrusted_text_is_escaped_everywhere(site, store_ids) -> None:
    for url in (f"/documents/{BLOG}", f"/incidents/{store_ids['blog']}", "/timeline?a=IRQ&b=crowd"):
        page = site.get(url)
        assert page.status_code == 200, url
        assert "<script" not in page.text and "<b>" not in page.text, url
    document = site.get(f"/documents/{BLOG}").text
    assert "&lt;script&gt;alert(&#34;" in document and "&#34;)&lt;/script&gt;" in document  # cut by a quote mark
    assert "&lt;b&gt;We are thirsty&lt;/b&gt;" in document
    assert "&lt;img src=x onerror=alert(1)&gt;" in document and "<img" not in document


def test_embedded_posts_are_marked_with_their_author(site) -> None:
    text = site.get(f"/documents/{BLOG}").text
    assert '<span class="voice post">post: Huda Karim @hudakarim</span>' in text
    assert re.search(r'<span class="post[^"]*" title="post: Huda Karim @hudakarim[^"]*">Water or nothing\.', text)
    assert "Huda Karim @hudakarim (2021-04-02): Water or nothing." in text  # the list of posts
