"""Escalation timelines: events between two actors in both directions, actors named by id, name or
country, and a daily intensity where an incident reported twice counts once."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_records import actor, event
from helpers import REFERENCE, script

from redline.corpus.timeline import between, daily, is_actor, weight
from redline.knowledge import Config, data_path, read_intensity

ARMY = actor("Valdorian Army", "VLD", "military", "valdorian-army")
FRONT = actor("Northern Front", "KSH", "armed_group", "northern-front")
UN = actor("United Nations", None, "igo", "united-nations")


def events() -> list[dict]:
    return [
        event("a", 0, "ASSAULT", FRONT, ARMY, "2031-04-07", "Front rockets hit the base.", "hit", mode="aerial",
              incident="rockets"),
        event("b", 0, "ASSAULT", FRONT, ARMY, "2031-04-07", "Rockets hit the base again.", "hit", mode="aerial",
              incident="rockets"),
        event("a", 1, "THREATEN", ARMY, FRONT, "2031-04-07", "The army vowed revenge.", "vowed", incident="vow"),
        event("a", 2, "CONSULT", ARMY, FRONT, "2031-04-09", "Army and Front envoys met.", "met", incident="talks"),
        event("a", 3, "REQUEST", UN, ARMY, "2031-04-08", "The UN urged calm.", "urged", incident="appeal"),
        event("a", 4, "ASSAULT", ARMY, FRONT, None, "The army shelled the hills.", "shelled", incident="undated"),
    ]


def test_actors_are_named_by_id_name_or_country() -> None:
    assert is_actor(ARMY, "valdorian-army") and is_actor(ARMY, "valdorian army") and is_actor(ARMY, "VLD")
    assert not is_actor(ARMY, "KSH") and not is_actor(None, "VLD")


def test_between_gives_both_directions_in_order_of_day() -> None:
    intensity = read_intensity(Config().intensity)
    rows = between(events(), "VLD", "northern-front", intensity)
    assert [(r["date"], r["direction"], r["event_type"]) for r in rows] == [
        ("2031-04-07", "a->b", "THREATEN"), ("2031-04-07", "b->a", "ASSAULT"), ("2031-04-07", "b->a", "ASSAULT"),
        ("2031-04-09", "a->b", "CONSULT")]
    assert rows[1]["weight"] == intensity.modes["ASSAULT"]["aerial"]
    assert rows[0]["weight"] == intensity.types["THREATEN"] < 0 < rows[3]["weight"]


def test_daily_intensity_counts_an_incident_once_per_direction() -> None:
    intensity = read_intensity(Config().intensity)
    days = daily(between(events(), "VLD", "KSH", intensity))
    first = days[0]
    assert first["date"] == "2031-04-07" and first["events"] == 3 and first["incidents"] == 2
    assert first["b_to_a"] == round(intensity.modes["ASSAULT"]["aerial"], 2)
    assert first["a_to_b"] == round(intensity.types["THREATEN"], 2)
    assert first["intensity"] == round(first["a_to_b"] + first["b_to_a"], 2)
    assert [d["date"] for d in days] == ["2031-04-07", "2031-04-09"] and days[1]["intensity"] > 0


def test_an_unknown_type_weighs_nothing() -> None:
    assert weight({"event_type": "OTHER"}, read_intensity(Config().intensity)) == 0.0


@pytest.mark.skipif(not (REFERENCE / "cameo-codes.csv").exists(), reason="../shared reference data not beside")
def test_shipped_intensity_weights_are_what_the_script_builds(tmp_path: Path) -> None:
    out = tmp_path / "intensity.yaml"
    assert script("build_intensity").main(["--reference", str(REFERENCE), "--out", str(out)]) == 0
    assert out.read_bytes() == data_path("intensity.yaml").read_bytes()


def test_a_chart_of_the_days_is_written_as_png_or_svg(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from redline.corpus.plot import plot_days

    days = daily(between(events(), "VLD", "KSH"))
    png = plot_days(days, tmp_path / "t.png", "VLD", "KSH")
    assert png.read_bytes().startswith(b"\x89PNG")
    svg = plot_days(days, tmp_path / "t.svg", "VLD", "KSH")
    assert "<svg" in svg.read_text(encoding="utf-8") and "VLD" in svg.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="not '.txt'"):
        plot_days(days, tmp_path / "t.txt", "VLD", "KSH")
