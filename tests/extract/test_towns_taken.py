"""Constructions met trying redline on crises it had not seen: weapons tested, towns razed, entered or seized,
dealings halted, things pledged to another. Sentences written for these tests."""

from helpers import only


def test_a_weapon_tested_shows_force_at_no_one(run) -> None:
    ev = only(run("North Korea test-fired a ballistic missile over Japan on Tuesday."), "MOBILIZE")
    assert (ev.source.name, ev.target, ev.mode) == ("North Korea", None, "weapons")
    assert only(run("Pakistan tested a nuclear-capable missile on Monday."), "MOBILIZE").mode == "weapons"
    assert only(run("North Korea carried out its sixth nuclear test on Sunday."), "MOBILIZE").mode == "weapons"
    ev = only(run("Russia fired missiles at Kyiv on Friday."), "ASSAULT")  # (fired at someone: an attack)
    assert ev.target.name == "Ukraine"


def test_a_town_razed_or_taken_is_where_it_happened(run) -> None:
    ev = only(run("Militia fighters razed the village of Baraka on Tuesday."), "ASSAULT")
    assert (ev.mode, ev.place) == ("destroy", "Baraka")
    ev = only(run("Rebel fighters entered the port of Mombasa on Sunday."), "COERCE")
    assert (ev.mode, ev.place, ev.country, ev.target.name) == ("seize", "Mombasa", "KEN", "Kenya")
    ev = only(run("Ethiopian troops seized the town of Adigrat on Friday."), "COERCE")
    assert (ev.place, ev.country) == ("Adigrat", "ETH")
    assert run("The prime minister entered the city on Monday.").events == []  # (a visitor takes nothing)
    ev = only(run("The authorities razed 40 homes in Rafah on Monday."), "COERCE")  # (property destroyed)
    assert ev.place == "Rafah"


def test_dealings_halted_are_cut_and_things_pledged_are_promised(run) -> None:
    ev = only(run("Tehran halted cooperation with the IAEA on Wednesday."), "SANCTION")
    assert (ev.source.name, ev.target.country) == ("Iran", None) and ev.target.kind == "igo"
    ev = only(run("Canada pledged 5,000 helmets to Ukraine on Tuesday."), "AGREE")
    assert (ev.source.name, ev.target.name) == ("Canada", "Ukraine")


def test_acts_in_towns_far_apart_are_two_happenings(run) -> None:
    text = ("Russian missiles struck Kharkiv on Friday.\n\n"
            "Russian drones also hit Odesa on Friday.")
    events = run(text, published="2023-07-22").events
    assert sorted(e.place for e in events if e.event_type == "ASSAULT") == ["Kharkiv", "Odesa"]
    text = "Russian missiles struck Kharkiv on Friday. The strike on Kharkiv killed three people."
    (event,) = run(text, published="2023-07-22").events  # (one town told twice: one happening)
    assert event.killed == 3


def test_a_protest_conveyed_to_a_government_is_a_complaint(run) -> None:
    ev = only(run("The foreign minister conveyed Japan's protest to the Chinese ambassador on Monday."), "ACCUSE")
    assert ev.source.country == "JPN"
    assert only(run("Students staged a protest in Seoul on Monday."), "PROTEST").mode == "demo"


def test_a_meeting_is_placed_where_the_parties_met(run) -> None:
    ev = only(run("Lula met Macron in Belem on Tuesday."), "CONSULT")
    assert (ev.place, ev.country) == ("Belem", "BRA")
    ev = only(run("Erdogan hosted Zelensky in Istanbul on Friday."), "CONSULT")
    assert (ev.target.name, ev.place) == ("Volodymyr Zelensky", "Istanbul")
    ev = only(run("Wang Yi held talks with Lavrov in Beijing on Monday."), "CONSULT")
    assert ev.place == "Beijing"
    ev = only(run("In Tokyo, the foreign minister spoke with Blinken on Monday."), "CONSULT")
    assert (ev.place, ev.country) == (None, "JPN")  # (the stage of a call, not a venue)
    assert [e.event_type for e in run("Drones struck bases hosting Americans in Syria.").events] == ["ASSAULT"]


def test_a_deed_named_as_the_object_is_aimed_after_its_preposition(run) -> None:
    events = run("Chile and Peru lodged protests with Bolivia on Thursday over the border post.").events
    assert sorted((e.source.name, e.target.name) for e in events) == [("Chile", "Bolivia"), ("Peru", "Bolivia")]


def test_what_a_deal_provides_for_is_not_yet_done(run) -> None:
    events = run("Kenya and Somalia signed a deal to reopen the border crossings on Tuesday.").events
    assert [e.event_type for e in events] == ["AGREE"]
    events = run("Mali reached an agreement with the rebels to release 40 hostages on Friday.").events
    assert [e.event_type for e in events] == ["AGREE"]


def test_a_reply_by_another_doer_keeps_neither_toll_nor_weapon_of_the_first_act(run) -> None:
    text = ("Army jets carried out strikes in Idlib, killing nine fighters, and the rebels responded by firing "
            "rockets at the airport on Friday.")
    events = {e.source.name: e for e in run(text, published="2021-09-12").events if e.event_type == "ASSAULT"}
    rebels = next(e for name, e in events.items() if "rebel" in name.lower())
    jets = next(e for name, e in events.items() if "rebel" not in name.lower())
    assert (rebels.killed, rebels.mode) == (None, "artillery")
    assert (jets.killed, jets.mode) == (9, "aerial")


def test_forces_moved_or_ordered_somewhere_are_mobilised(run) -> None:
    assert only(run("Israel moved a second division to the northern border on Wednesday."), "MOBILIZE").mode == "troops"
    ev = only(run("Caracas ordered more than five thousand troops to its eastern coast on Thursday."), "MOBILIZE")
    assert ev.source.name == "Venezuela"


def test_talks_called_off_or_suspended_are_cut_and_outlets_silenced(run) -> None:
    ev = only(run("Bogota called off peace talks with the ELN on Friday."), "SANCTION")
    assert (ev.source.name, ev.target.name) == ("Colombia", "National Liberation Army")
    assert "SANCTION" not in [e.event_type for e in run("The union called off the strike on Monday.").events]
    assert only(run("The junta suspended broadcasts of France 24 on Thursday."), "COERCE").mode == "censor"


def test_ships_rammed_are_attacked(run) -> None:
    ev = only(run("China's coast guard rammed Philippine supply boats on Monday."), "ASSAULT")
    assert ev.source.country == "CHN"


def test_an_expulsion_with_its_term_is_one_act_and_a_bus_off_a_road_an_accident(run) -> None:
    events = run("Bamako expelled the French ambassador on Friday, giving him 48 hours to leave.").events
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "expel")]
    assert run("A bus carrying pilgrims plunged into a ravine in Kashmir on Sunday, killing 22 people.").events == []


def test_a_truce_that_takes_effect_binds_the_sides_that_agreed_it(run) -> None:
    text = "Thailand and Cambodia agreed to a truce on Monday. The ceasefire took effect at midnight on Tuesday."
    events = run(text, published="2025-07-30").events
    assert sorted((e.source.name, e.target.name) for e in events if e.event_type == "RETREAT") == [
        ("Cambodia", "Thailand"), ("Thailand", "Cambodia")]
    text = "Thailand and Cambodia fought on Monday. The truce came out of talks in Kuala Lumpur."
    assert "RETREAT" not in [e.event_type for e in run(text, published="2025-07-30").events]
