"""Incidents across documents: a second report joins, two acts of one dyad on one day stay apart, one
document's events are never merged with each other, ids stay put as documents arrive, and an incident's
summary keeps the reports' disagreements."""

from __future__ import annotations

from corpus_records import actor, event

from redline.corpus.link import WINDOW_DAYS, assign_incidents, new_incident_id, summarise, toll_points
from redline.knowledge import Config, read_incidents, read_responses

ARMY = actor("Valdorian Army", "VLD", "military", "valdorian-army")
FRONT = actor("Northern Front", None, "armed_group", "northern-front")
POLICE = actor("police", "VLD", "police")
MARCHERS = actor("protesters", "VLD", "protesters")


def barrage(doc: str, n: int, day: str, **fields: object) -> dict:
    fields = {"mode": "artillery", "place": "Kesh", "killed": 9, **fields}
    return event(doc, n, "ASSAULT", FRONT, ARMY, day, "Northern Front rockets slammed into the army depot at "
                 "Kesh, killing nine soldiers.", "slammed", **fields)


def with_ids(events: list[dict], ids: list[str]) -> list[dict]:
    return [dict(ev, incident=i) for ev, i in zip(events, ids, strict=True)]


def test_a_second_report_of_the_same_act_joins_its_incident() -> None:
    first = [barrage("wire", 0, "2031-04-02")]
    first = with_ids(first, assign_incidents(first, []))
    second = [event("blog", 0, "ASSAULT", FRONT, ARMY, "2031-04-03", "The rocket barrage on Kesh killed nine "
                    "soldiers at the depot.", "killed", mode="artillery", place="Kesh", killed=9)]
    assert assign_incidents(second, first) == [first[0]["incident"]]


def test_two_acts_of_one_dyad_on_one_day_are_two_incidents() -> None:
    gas = event("a", 0, "ASSAULT", POLICE, MARCHERS, "2031-05-01", "Police fired tear gas at protesters "
                "marching on Liberty Square in Port Lumen on Sunday.", "fired", mode="riot-control",
                place="Port Lumen")
    gas = with_ids([gas], assign_incidents([gas], []))
    shots = event("b", 0, "ASSAULT", POLICE, MARCHERS, "2031-05-01", "Police shot at protesters marching "
                  "near the central station in Port Lumen on Sunday.", "shot", mode="firearms", place="Port Lumen")
    assert assign_incidents([shots], gas) != [gas[0]["incident"]]


def test_a_different_place_or_no_agreement_on_the_act_founds_a_new_incident() -> None:
    first = with_ids([barrage("wire", 0, "2031-04-02")], [new_incident_id(barrage("wire", 0, "2031-04-02"))])
    elsewhere = barrage("blog", 0, "2031-04-02", place="Ostra")
    assert assign_incidents([elsewhere], first) == [new_incident_id(elsewhere)]
    bare = event("brief", 0, "ASSAULT", FRONT, ARMY, "2031-04-02", "Fighting was reported.", "reported")
    assert assign_incidents([bare], first) == [new_incident_id(bare)]


def test_events_of_one_document_are_never_merged_with_each_other() -> None:
    prior = with_ids([barrage("wire", 0, "2031-04-02")], ["kesh"])
    twice = [barrage("blog", 0, "2031-04-02"), barrage("blog", 1, "2031-04-02")]
    ids = assign_incidents(twice, prior)
    assert ids.count("kesh") == 1 and len(set(ids)) == 2


def test_ids_are_deterministic_and_stay_put_when_documents_arrive() -> None:
    first = [barrage("wire", 0, "2031-04-02"), event("wire", 1, "THREATEN", ARMY, FRONT, "2031-04-02",
                                                      "The army vowed to crush the Front.", "vowed")]
    ids = assign_incidents(first, [])
    assert ids == assign_incidents(first, []) and ids[0].startswith("2031-04-02-assault-")
    stored = with_ids(first, ids)
    second = [barrage("blog", 0, "2031-04-02")]
    stored += with_ids(second, assign_incidents(second, stored))
    third = [barrage("brief", 0, "2031-04-03")]
    assert assign_incidents(third, stored) == [ids[0]]
    assert [ev["incident"] for ev in stored] == [ids[0], ids[1], ids[0]]


def test_the_summary_keeps_canonical_values_and_disagreements_with_their_documents() -> None:
    reports = [barrage("wire", 0, "2031-04-02", killed=25, incident="kesh"),
               barrage("blog", 0, "2031-04-02", killed=24, approx=True, incident="kesh"),
               barrage("brief", 0, "2031-04-02", killed=25, incident="kesh")]
    summary = summarise(reports)
    assert summary["incident"] == "kesh" and summary["killed"] == 25 and summary["place"] == "Kesh"
    assert summary["disagreements"]["killed"] == [{"value": 24, "docs": ["blog"], "approx": True},
                                                  {"value": 25, "docs": ["brief", "wire"]}]
    assert summary["documents"] == ["blog", "brief", "wire"] and len(summary["reports"]) == 3
    assert 0 < summary["confidence"] < 1
    assert summarise(reports[:1])["confidence"] < summarise([reports[0], reports[2]])["confidence"]


def test_the_store_window_covers_the_data_windows() -> None:
    config = Config()
    assert WINDOW_DAYS >= read_responses(config.responses).window_days
    assert WINDOW_DAYS >= read_incidents(config.incidents).window_days


def test_a_proxy_and_its_sponsor_may_be_named_for_one_act() -> None:
    sponsor = actor("Republic of Kesh", "KSH", "state", "KSH")
    first = with_ids([barrage("wire", 0, "2031-04-02")], ["kesh"])
    blamed = event("post", 0, "ASSAULT", sponsor, ARMY, "2031-04-02", "Kesh killed nine of our soldiers!",
                   "killed", killed=9)
    allies = {"northern-front": frozenset({"KSH"}), "KSH": frozenset({"northern-front"})}
    assert assign_incidents([blamed], first, allies={}) == [new_incident_id(blamed)]
    assert assign_incidents([blamed], first, allies=allies) == ["kesh"]


def test_reports_of_one_named_persons_death_are_one_incident_whatever_else_they_say() -> None:
    vos = actor("Tarek Vos", "KSH", "person", "tarek-vos")
    strike = event("wire", 0, "ASSAULT", ARMY, vos, "2031-04-02", "General Tarek Vos was killed when an army "
                   "drone hit his car outside Ostra airport.", "killed", mode="drone", place="Ostra airport")
    stored = with_ids([strike], ["vos-killed"])
    undated = event("blog", 0, "ASSAULT", None, vos, None, "Kesh lodged a complaint over the strike that killed "
                    "Vos.", "killed")
    aside = event("brief", 0, "ASSAULT", None, vos, "2031-04-02", "The rockets fell near the hour at which Vos "
                  "was killed, on the Tamar depot.", "killed", mode="artillery", place="Tamar depot")
    assert assign_incidents([undated], stored) == ["vos-killed"]
    assert assign_incidents([aside], stored) == ["vos-killed"]


def test_a_death_folded_into_the_act_that_did_it_is_still_one_death() -> None:
    vos = actor("Tarek Vos", "KSH", "person", "tarek-vos")
    stored = with_ids([event("blog", 0, "ASSAULT", None, vos, None, "Kesh protested the strike that killed Vos.",
                             "killed")], ["vos-killed"])
    fired = event("wire", 0, "ASSAULT", ARMY, vos, "2031-04-02", "Tarek Vos was killed when an army drone fired on "
                  "his car.", "fired", mode="drone", place="Ostra airport", killed=7, approx=True)
    assert assign_incidents([fired], stored) == ["vos-killed"]


def test_a_lower_bound_below_another_toll_does_not_conflict_with_it() -> None:
    points = read_incidents(Config().incidents).points
    assert toll_points(1, 7, points, bounds=(True, False)) == 0.0
    assert toll_points(1, 7, points) == points.toll_conflict
    assert toll_points(7, 1, points, bounds=(True, False)) == points.toll_conflict


def test_a_person_attacked_twice_or_two_people_killed_are_not_one_death() -> None:
    vos, ilan = actor("Tarek Vos", "KSH", "person", "tarek-vos"), actor("Ilan Dray", "KSH", "person", "ilan-dray")
    stored = with_ids([event("wire", 0, "ASSAULT", ARMY, vos, "2031-04-02", "General Tarek Vos was killed in "
                             "Ostra.", "killed", place="Ostra")], ["vos-killed"])
    shot_at = event("blog", 0, "ASSAULT", ARMY, vos, "2031-04-02", "Gunmen shot at Vos's convoy in Tamar.", "shot",
                    place="Tamar")
    other = event("brief", 0, "ASSAULT", ARMY, ilan, "2031-04-02", "Ilan Dray was killed in Tamar.", "killed",
                  place="Tamar")
    assert assign_incidents([shot_at], stored) == [new_incident_id(shot_at)]
    assert assign_incidents([other], stored) == [new_incident_id(other)]


def test_a_state_and_its_army_name_one_doer_but_not_a_citizen_of_it() -> None:
    valdoria = actor("Valdoria", "VLD", "state", "VLD")
    shelled = event("wire", 0, "ASSAULT", valdoria, FRONT, "2031-04-02", "Valdoria shelled the Front's trenches.",
                    "shelled", mode="artillery")
    stored = with_ids([shelled], ["trenches"])
    pounded = event("blog", 0, "ASSAULT", ARMY, None, "2031-04-02", "Army guns pounded the trenches.", "pounded",
                    mode="artillery")
    assert assign_incidents([pounded], stored) == ["trenches"]
    reporter = dict(pounded, source=actor("Ana Mirel", "VLD", "person", "ana-mirel"))
    assert assign_incidents([reporter], stored) == [new_incident_id(reporter)]


def joins(report: dict, stored: list[dict]) -> bool:
    """Whether a new document's report joins the incident of the one stored report."""
    return assign_incidents([report], stored) == [stored[0]["incident"]]


def test_kin_modes_at_one_place_are_one_act_but_different_means_stay_apart() -> None:
    salvo = event("wire", 0, "ASSAULT", None, actor("Ostra refinery"), "2031-06-10", "Drones hit the Ostra "
                  "refinery and its tank farm before dawn on Tuesday.", "hit", mode="drone", place="Ostra")
    stored = with_ids([salvo], ["ostra"])
    cruise = event("blog", 0, "ASSAULT", None, None, "2031-06-10", "A swarm of drones and cruise missiles tore "
                   "into the refinery at Ostra and its tank farm before dawn.", "tore", mode="missile",
                   place="Ostra")
    assert joins(cruise, stored) and not joins(dict(cruise, mode="firearms"), stored)


def test_a_report_without_a_place_that_names_the_others_place_in_its_words() -> None:
    shelled = event("wire", 0, "ASSAULT", ARMY, actor("Kesh"), "2031-04-02", "Late on Monday the army opened a "
                    "heavy barrage on the rebel town, Kesh, then sent armour into it.", "opened",
                    mode="heavy-weapons")
    stored = with_ids([shelled], ["kesh"])
    pounding = event("blog", 0, "ASSAULT", ARMY, None, "2031-04-03", "Army guns began pounding the town with "
                     "a barrage, and by morning armour was in its streets.", "pounding", mode="artillery",
                     place="Kesh")
    assert joins(pounding, stored) and not joins(dict(pounding, place="Ostra"), stored)


def test_one_speakers_statement_to_one_addressee_on_one_day_is_one_incident() -> None:
    minister = actor("Lena Varo", "VLD", "person", "lena-varo")
    kesh = actor("Keshland", "KSH", "state", "KSH")
    charged = event("wire", 0, "ACCUSE", minister, kesh, "2031-07-01", "Varo wrote that Keshland was behind the "
                    "sabotage of the pipeline.", "wrote")
    stored = with_ids([charged], ["charge"])
    blamed = event("blog", 0, "ACCUSE", minister, kesh, "2031-07-01", "That same day Varo laid the blame for the "
                   "sabotage squarely on Keshland.", "blame")
    assert joins(blamed, stored)
    assert not joins(dict(blamed, date="2031-07-02"), stored)
    assert not joins(dict(blamed, target=actor("Ostran League", None, "armed_group", "ostran-league")), stored)
    assert not joins(dict(blamed, evidence="Varo also said Keshland must pay reparations.", trigger="said"), stored)


def test_one_doer_striking_by_the_same_means_on_the_next_day_strikes_again() -> None:
    kesh = actor("Keshland", "KSH", "state", "KSH")
    vald = actor("Valdoria", "VLD", "state", "VLD")
    raid = event("wire", 0, "ASSAULT", kesh, vald, "2031-08-09", "Keshland jets bombed the Valdorian town of "
                 "Mirna on Saturday, hitting a barracks and nearby homes.", "bombed", mode="aerial", killed=14)
    stored = with_ids([raid], ["mirna"])
    airfield = event("blog", 0, "ASSAULT", kesh, vald, "2031-08-10", "On Sunday Keshland aircraft struck an "
                     "airfield beside the capital's airport.", "struck", mode="aerial")
    assert not joins(airfield, stored)
    assert joins(dict(airfield, date="2031-08-09"), stored)
