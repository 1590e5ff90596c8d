"""Charts as server-side SVG: pure functions from the plain records `Redline` returns (dicts and lists) to
layouts (plain dicts of coordinates, labels, colours and links) that the `_*_svg.html` templates draw with
Jinja's autoescape. No JavaScript draws anything; every mark carries a `<title>` and, when it leads
somewhere, a real link.
"""

# PLOVER types: cooperation in blues and greens, verbal conflict in ambers, material conflict in reds
TYPE_COLOURS: dict[str, str] = {
    "AGREE": "#1b7837", "CONSULT": "#5aae61", "SUPPORT": "#2166ac", "CONCEDE": "#4393c3", "COOPERATE": "#01665e",
    "AID": "#35978f", "RETREAT": "#92c5de", "REQUEST": "#bf812d", "ACCUSE": "#dfa020", "REJECT": "#8c510a",
    "THREATEN": "#e08214", "PROTEST": "#c51b7d", "SANCTION": "#762a83", "MOBILIZE": "#9970ab", "COERCE": "#d6604d",
    "ASSAULT": "#b2182b",
}
OTHER_COLOUR = "#777777"


def type_colour(event_type: str | None) -> str:
    """The fill of a PLOVER type (grey for an unknown or missing type)."""
    return TYPE_COLOURS.get(str(event_type or "").upper(), OTHER_COLOUR)


def legend(types: list[str | None]) -> list[dict]:
    """`[{"type", "fill"}]` of the types given, once each, in PLOVER order (unknown ones last)."""
    order = list(TYPE_COLOURS)
    seen = sorted({str(t or "").upper() for t in types}, key=lambda t: (order.index(t) if t in order else 99, t))
    return [{"type": t or "?", "fill": type_colour(t)} for t in seen]
