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


def test_nature_and_accidents_kill_but_attack_no_one(run) -> None:
    assert run("A strong earthquake struck western Nepal on Friday, killing 150 people.").events == []
    assert run("Dozens of pilgrims were killed in a stampede at the shrine on Sunday.").events == []
    assert run("Floods killed 300 people in eastern Congo on Sunday.").events == []
    ev = only(run("Soldiers killed 12 villagers during a storm in Borno on Sunday."), "ASSAULT")
    assert ev.killed == 12  # (a storm that is only the weather of an attack)
    assert only(run("Israeli fire killed five people in Jenin on Monday."), "ASSAULT").source.name == "Israel"


def test_bombers_stand_for_their_state_unless_the_bomber_carried_the_bomb(run) -> None:
    ev = only(run("Russian bombers struck Kharkiv on Monday."), "ASSAULT")
    assert (ev.source.name, ev.target.name, ev.mode) == ("Russia", "Ukraine", "aerial")
    ev = only(run("A suicide bomber killed nine people at a market in Maiduguri on Monday."), "ASSAULT")
    assert ev.source is None and ev.mode == "explosives" and ev.killed == 9


def test_sides_that_blame_each_other_each_accuse_the_other(run) -> None:
    events = run("Kyiv and Moscow blamed each other for the blast on Monday.").events
    assert sorted((e.source.name, e.target.name) for e in events) == [("Russia", "Ukraine"), ("Ukraine", "Russia")]
    events = run("Armenia and Azerbaijan accused one another of violating the truce.").events
    assert {(e.event_type, e.source.name, e.target.name) for e in events} == {
        ("ACCUSE", "Armenia", "Azerbaijan"), ("ACCUSE", "Azerbaijan", "Armenia")}


def test_an_act_named_as_a_charge_is_alleged_not_told(run) -> None:
    events = run("Chad expelled Sudan's envoy on Saturday, accusing Khartoum of arming the rebels.").events
    assert sorted(e.event_type for e in events) == ["ACCUSE", "SANCTION"]
    events = run("The minister accused the police of beating students and detaining their teachers.").events
    assert [e.event_type for e in events] == ["ACCUSE"]
