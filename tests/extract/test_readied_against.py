"""Constructions met trying redline on crises it had not seen: forces put on alert or mobilised against someone,
and a bloc or alliance named by who leads it. Sentences written for these tests."""

from helpers import only


def test_forces_put_on_alert_are_mobilised_by_whoever_put_them(run) -> None:
    ev = only(run("Nigeria put its troops on high alert on Monday."), "MOBILIZE")
    assert ev.source.name == "Nigeria" and ev.mode == "troops"
    assert run("The government put the strike leaders under house arrest.").events[0].event_type == "COERCE"


def test_forces_mobilised_against_someone_face_them(run) -> None:
    ev = only(run("Armenia mobilised its army against Azerbaijan on Sunday."), "MOBILIZE")
    assert (ev.source.name, ev.target.name) == ("Armenia", "Azerbaijan")
    ev = only(run("Serbia placed its army on high alert against Kosovo."), "MOBILIZE")
    assert (ev.source.name, ev.target.name) == ("Serbia", "Kosovo")
    ev = only(run("Brazil moved troops to the border on Friday."), "MOBILIZE")
    assert ev.source.name == "Brazil" and ev.target is None  # (its own troops are the means)


def test_an_alliance_named_by_its_leader_is_an_actor(run) -> None:
    ev = only(run("Kazakhstan asked a Moscow-led alliance for help on Wednesday."), "REQUEST")
    assert ev.target is not None and ev.target.kind == "igo" and ev.target.country is None
