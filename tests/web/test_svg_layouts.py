"""The SVG layouts of the pages (web/svg) and the document's marked segments (web/marks): pure functions
over plain records, checked without a server."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from redline.web.marks import document_marks, segments
from redline.web.svg import TYPE_COLOURS, legend, type_colour
from redline.web.svg.graph import chain_graph
from redline.web.svg.timeline import CROWD, LEFT, MAX_DOTS, RIGHT, WIDTH, timeline_chart
from redline.web.svg.world import Country, countries, decode_arcs, project, ring_path, shade, world_map


def ev(day: str, direction: str, kind: str = "ASSAULT", incident: str = "i1") -> dict:
    return {"date": day, "direction": direction, "event_type": kind, "source": "A", "target": "B",
            "incident": incident, "evidence": "A struck B.", "key": f"d#{day}"}


def day(date: str, intensity: float) -> dict:
    return {"date": date, "a_to_b": intensity, "b_to_a": 0.0, "intensity": intensity, "events": 1, "incidents": 1}


def test_timeline_places_directions_in_their_lanes_and_days_along_x() -> None:
    timeline = {"a": "A", "b": "B", "events": [ev("2021-01-01", "a->b"), ev("2021-01-11", "b->a", "AGREE")],
                "days": [day("2021-01-01", -10.0), day("2021-01-11", 5.0)]}
    chart = timeline_chart(timeline)
    first, second = chart["dots"]
    assert first["x"] == LEFT and second["x"] == WIDTH - RIGHT
    assert first["y"] < second["y"]  # a->b lane above b->a
    assert first["fill"] == TYPE_COLOURS["ASSAULT"] and second["fill"] == TYPE_COLOURS["AGREE"]
    hostile, friendly = chart["bars"]
    assert hostile["y"] == chart["zero"] and friendly["y"] + friendly["h"] == chart["zero"]  # down, then up
    assert hostile["h"] > friendly["h"]
    assert [t["label"] for t in chart["ticks"]][0] == "2021-01-01" and chart["ticks"][-1]["label"] == "2021-01-11"
    assert [item["type"] for item in chart["legend"]] == ["AGREE", "ASSAULT"]


def test_timeline_stacks_one_days_events_and_centres_a_single_day() -> None:
    chart = timeline_chart({"a": "A", "b": "B", "events": [ev("2021-01-01", "a->b")] * 3,
                            "days": [day("2021-01-01", -3.0)]})
    xs, ys = {d["x"] for d in chart["dots"]}, [d["y"] for d in chart["dots"]]
    assert xs == {LEFT + (WIDTH - LEFT - RIGHT) / 2}
    assert ys == sorted(ys, reverse=True) and len(set(ys)) == 3


def test_timeline_shrinks_crowded_dots_and_keeps_edge_labels_inside() -> None:
    few = timeline_chart({"a": "A", "b": "B", "events": [ev("2021-01-01", "a->b")], "days": []})
    many = timeline_chart({"a": "A", "b": "B", "events": [ev("2021-01-01", "a->b")] * (CROWD + 1), "days": []})
    assert many["dots"][0]["r"] < few["dots"][0]["r"]
    spread = timeline_chart({"a": "A", "b": "B", "events": [ev("2015-01-01", "a->b"), ev("2024-12-31", "b->a")],
                             "days": []})
    anchors = [t["anchor"] for t in spread["ticks"]]
    assert anchors[0] == "start" and anchors[-1] == "end" and set(anchors[1:-1]) == {"middle"}
    assert spread["ticks"][0]["label"] == "2015-01"  # years apart: months are enough


def test_timeline_leaves_out_dots_past_the_limit() -> None:
    events = [ev("2021-01-01", "a->b")] * (MAX_DOTS + 1)
    chart = timeline_chart({"a": "A", "b": "B", "events": events, "days": [day("2021-01-01", -1.0)]})
    assert chart["drawn"] is False and chart["dots"] == [] and len(chart["bars"]) == 1


def node(incident: str, day: str, kind: str = "ASSAULT", **more: object) -> dict:
    return {"incident": incident, "event_type": kind, "date": day, "source": {"name": "A"},
            "target": {"name": "B"}, "reports": 1, **more}


def test_chain_graph_puts_answered_left_answering_right_and_styles_links() -> None:
    chain = node("mid", "2021-01-05", answers=[node("old", "2021-01-01", link="stated", confidence=1.0, answers=[])],
                 answered_by=[node("new", "2021-01-09", "THREATEN", link="inferred", confidence=0.6,
                                   answered_by=[node("newest", "2021-01-10", link="inferred", confidence=0.5)])])
    graph = chain_graph(chain)
    x = {b["incident"]: b["x"] for b in graph["boxes"]}
    assert x["old"] < x["mid"] < x["new"] < x["newest"]
    assert [b["incident"] for b in graph["boxes"] if b["centre"]] == ["mid"]
    arrows = {(a["from"], a["to"]): a for a in graph["arrows"]}
    assert set(arrows) == {("mid", "old"), ("new", "mid"), ("newest", "new")}  # from the answering incident
    assert arrows[("mid", "old")]["stated"] and not arrows[("new", "mid")]["stated"]
    assert "confidence 0.60" in arrows[("new", "mid")]["title"] and graph["edges"] == 3


def test_chain_graph_of_a_lone_incident_is_one_box() -> None:
    graph = chain_graph(node("only", "2021-01-05", answers=[], answered_by=[]))
    assert [b["incident"] for b in graph["boxes"]] == ["only"] and graph["arrows"] == []
    assert "A → B" in graph["boxes"][0]["title"]


def test_topojson_arcs_are_delta_decoded_and_rings_follow_reversed_arcs() -> None:
    topology = {"transform": {"scale": [1, 1], "translate": [-180, -90]},
                "arcs": [[[0, 90], [180, 0]], [[180, 90], [0, 10]]]}
    arcs = decode_arcs(topology)
    assert arcs == [[(-180, 0), (0, 0)], [(0, 0), (0, 10)]]
    assert ring_path([0, 1], arcs).count("L") == 2  # the shared point is kept once
    assert ring_path([~0], arcs).startswith(f"M{project(0, 0)[0]:.1f},")


def test_vendored_world_has_the_countries_with_iso3_codes() -> None:
    world = {c.iso3: c for c in countries()}
    assert len(countries()) == 176  # Antarctica left out
    assert {"IRQ", "IRN", "USA", "FRA", "XKX"} <= set(world)
    assert world["IRQ"].name == "Iraq" and world["IRQ"].path.startswith("M")
    assert re.fullmatch(r"[MLZ0-9.,-]+", world["USA"].path)


def test_world_map_shades_counted_countries_and_sizes_places() -> None:
    outlines = (Country("IRQ", "Iraq", "M0,0Z"), Country("IRN", "Iran", "M1,1Z"), Country(None, "Nowhere", "M2,2Z"))
    found = world_map([{"country": "irq", "events": 40}, {"country": "IRN", "events": 1}],
                      [{"lat": 33.3, "lon": 44.4, "place": "Baghdad", "events": 30},
                       {"lat": 36.2, "lon": 44.0, "place": "Erbil", "events": 3}, {"lat": None, "lon": 1, "events": 9}],
                      outlines)
    fills = {c["name"]: c["fill"] for c in found["countries"]}
    assert fills["Iraq"] != fills["Iran"] != fills["Nowhere"] == "#ffffff"
    assert [d["title"] for d in found["dots"]] == ["Baghdad: 30 events", "Erbil: 3 events"]
    assert found["dots"][0]["r"] > found["dots"][1]["r"]
    assert shade(0, 10) == "#ffffff" and shade(10, 10) != shade(1, 10)


def test_segments_give_the_text_back_with_overlapping_marks() -> None:
    text = 'He said "<b>strike</b> now" & left.'
    marks = [{"start": 8, "end": 27, "kind": "quote", "label": "quote: Vesk"},
             {"start": 12, "end": 20, "kind": "evidence", "id": "ev-1", "label": "ASSAULT"},
             {"start": 30, "end": 99, "kind": "post", "label": "post: x"}, {"start": 5, "end": 5, "kind": "evidence"}]
    parts = segments(text, marks)
    assert "".join(p["text"] for p in parts) == text
    inside = next(p for p in parts if p["ids"] == ["ev-1"])
    assert inside["text"] == "strike</" and inside["kinds"] == ["quote", "evidence"]
    assert next(p for p in parts if p["starts"])["starts"] == [{"kind": "quote", "label": "quote: Vesk"}]
    assert parts[-1]["kinds"] == ["post"] and parts[-1]["text"] == "left."  # clipped to the text


def test_document_marks_name_speakers_authors_and_event_anchors() -> None:
    marks = document_marks([{"key": "doc#3", "event_type": "ASSAULT", "mode": "drone", "start": 0, "end": 4}],
                           [{"speaker": {"name": "Omar Vesk"}, "start": 5, "end": 9}],
                           [{"author": "Ann", "handle": "ann", "start": 10, "end": 12}])
    assert [(m["kind"], m["label"]) for m in marks] == [
        ("evidence", "ASSAULT (drone)"), ("quote", "quote: Omar Vesk"), ("post", "post: Ann @ann")]
    assert marks[0]["id"] == "ev-3"


def test_legend_orders_types_as_plover_and_the_stylesheet_uses_the_same_colours() -> None:
    assert [i["type"] for i in legend(["ASSAULT", "agree", None, "ASSAULT"])] == ["AGREE", "ASSAULT", "?"]
    assert type_colour("nonsense") == type_colour(None)
    css = (Path(__file__).resolve().parents[2] / "src/redline/web/static/redline.css").read_text()
    for kind, colour in TYPE_COLOURS.items():
        assert f'.type[data-type="{kind}"] {{ background: {colour}; }}' in css


def test_vendored_world_file_is_the_one_its_readme_names() -> None:
    folder = Path(__file__).resolve().parents[2] / "src/redline/web/data/world"
    digest = hashlib.sha256((folder / "countries-110m.json").read_bytes()).hexdigest()
    assert digest in (folder / "README.md").read_text()
    assert "ISC" in (folder / "README.md").read_text() and (folder / "LICENSE").is_file()
