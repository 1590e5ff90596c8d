"""The escalation graph of a response chain (`Redline.chain`) as an SVG layout: incidents as boxes in
columns by how many links away from the chosen one they are, time running left to right (what an incident
answered stands to its left, what answered it to its right), and an arrow from each answering incident to
the one it answers, solid when the text states the link and dashed when it was inferred.
"""

from __future__ import annotations

from . import legend, type_colour

BOX_W, BOX_H, GAP_X, GAP_Y, PAD = 260, 84, 70, 18, 12


def _place(tree: list[dict], depth: int, step: int, parent: str, columns: dict, edges: list, key: str) -> None:
    """Put each incident of `tree` in column `depth` and note its edge to `parent`, then its own children."""
    for child in tree:
        columns.setdefault(depth, []).append(child)
        answering, answered = (parent, child["incident"]) if key == "answers" else (child["incident"], parent)
        edges.append({"from": answering, "to": answered, "link": child.get("link"),
                      "confidence": child.get("confidence")})
        _place(child.get(key) or [], depth + step, step, child["incident"], columns, edges, key)


def name(actor: dict | None) -> str:
    """An actor's name ('?' for none)."""
    return (actor or {}).get("name") or "?"


def actors_line(node: dict) -> str:
    """"source → target" of an incident (names; '?' for a missing side)."""
    return f"{name(node.get('source'))} → {name(node.get('target'))}"


def shorten(text: str, most: int = 36) -> str:
    """`text`, cut to `most` characters with an ellipsis (a box's line; its title has the whole)."""
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def box(node: dict, x: float, y: float, centre: bool) -> dict:
    """One incident's box: position, colour, lines of text, the title read aloud and where it links."""
    killed = f", {node['killed']} killed" if node.get("killed") else ""
    place = f" in {node['place']}" if node.get("place") else ""
    title = (f"{node.get('event_type')} on {node.get('date') or 'an unknown day'}{place}: {actors_line(node)}"
             f"{killed} ({node.get('reports', 0)} reports)")
    return {"incident": node["incident"], "x": x, "y": y, "w": BOX_W, "h": BOX_H, "centre": centre,
            "fill": type_colour(node.get("event_type")), "title": title,
            "lines": [f"{node.get('event_type')} · {node.get('date') or '?'}",
                      shorten(f"by {name(node.get('source'))}"), shorten(f"on {name(node.get('target'))}"),
                      shorten(node.get("place") or "")]}


def arrow(edge: dict, boxes: dict[str, dict]) -> dict | None:
    """The arrow of an edge from the answering box's left side to the answered box's right side."""
    a, b = boxes.get(edge["from"]), boxes.get(edge["to"])
    if a is None or b is None:
        return None
    x1, y1, x2, y2 = a["x"], a["y"] + BOX_H / 2, b["x"] + BOX_W, b["y"] + BOX_H / 2
    middle = (x1 + x2) / 2
    stated = edge["link"] == "stated"
    confidence = edge.get("confidence")
    title = (f"{edge['from']} answers {edge['to']} ({edge['link'] or 'link'}"
             f"{f', confidence {confidence:.2f}' if confidence is not None else ''})")
    return {"d": f"M{x1:g},{y1:g} C{middle:g},{y1:g} {middle:g},{y2:g} {x2 + 6:g},{y2:g}", "stated": stated,
            "title": title, "from": edge["from"], "to": edge["to"]}


def chain_graph(chain: dict) -> dict:
    """The layout of a chain (`Redline.chain`: an incident with `answers` and `answered_by`, each a list of
    incidents with `link`, `confidence` and their own lists): `{"width", "height", "boxes", "arrows",
    "legend", "edges"}`; `edges` counts the links drawn. Raises KeyError when a node has no `incident`."""
    columns: dict[int, list[dict]] = {0: [chain]}
    edges: list[dict] = []
    _place(chain.get("answers") or [], -1, -1, chain["incident"], columns, edges, "answers")
    _place(chain.get("answered_by") or [], 1, 1, chain["incident"], columns, edges, "answered_by")
    lowest, rows = min(columns), max(len(c) for c in columns.values())
    height = PAD * 2 + rows * BOX_H + (rows - 1) * GAP_Y
    boxes: dict[str, dict] = {}
    for depth in sorted(columns):
        nodes = columns[depth]
        x = PAD + (depth - lowest) * (BOX_W + GAP_X)
        top = (height - (len(nodes) * BOX_H + (len(nodes) - 1) * GAP_Y)) / 2
        for n, node in enumerate(nodes):
            boxes.setdefault(node["incident"], box(node, x, top + n * (BOX_H + GAP_Y), depth == 0))
    arrows = [a for a in (arrow(e, boxes) for e in edges) if a is not None]
    width = PAD * 2 + len(columns) * BOX_W + (len(columns) - 1) * GAP_X
    return {"width": width, "height": height, "boxes": list(boxes.values()), "arrows": arrows,
            "edges": len(arrows), "legend": legend([n.get("event_type") for c in columns.values() for n in c])}
