"""Events by place, for the map (`Redline.places`): how many events the filters select in each country, and
at each located place (events with coordinates, grouped by their rounded lat/lon).

A function of an open `Store`; the filters are `queries.EventFilter`'s, every value a bound parameter.
"""

from __future__ import annotations

from .queries import EventFilter, event_where
from .store import Store

MAX_PLACES = 2000  # the busiest places drawn; the map stays light on a big store


def places(store: Store, f: EventFilter, max_places: int = MAX_PLACES) -> dict:
    """`{"total", "countries": [{"country", "events"}], "places": [{"lat", "lon", "place", "country",
    "events"}]}`: the number of events the filter selects, then per ISO3 country (busiest first) and per
    place with coordinates (rounded to 0.01°, busiest first, at most `max_places`; `place` the name most
    of its events give)."""
    where, params = event_where(store, f)
    also = "AND" if where else "WHERE"
    total = store.db.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0]
    countries = store.db.execute(
        f"SELECT country, count(*) FROM events {where} {also} country IS NOT NULL GROUP BY country "
        "ORDER BY count(*) DESC, country", params).fetchall()
    located = store.db.execute(
        f"SELECT round(lat, 2), round(lon, 2), mode(place), mode(country), count(*) FROM events {where} {also} "
        "lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT ?",
        [*params, max_places]).fetchall()
    return {"total": total, "countries": [{"country": c, "events": n} for c, n in countries],
            "places": [{"lat": lat, "lon": lon, "place": place, "country": country, "events": n}
                       for lat, lon, place, country, n in located]}
