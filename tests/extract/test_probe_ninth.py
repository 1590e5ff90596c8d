"""Constructions met trying redline on crises it had not seen (a ninth round). Sentences written for these
tests."""

from helpers import only


def test_a_measure_over_a_region_binds_the_region(run) -> None:
    ev = only(run("MOSUL, Iraq — The cabinet declared a three-month state of emergency in Nineveh on Sunday."),
              "COERCE")
    assert (ev.mode, ev.target.name, ev.target.country) == ("martial-law", "Nineveh", "IRQ")


def test_a_nationwide_measure_binds_the_state(run) -> None:
    ev = only(run("CONAKRY, Guinea — The junta imposed a nationwide curfew on Sunday evening."), "COERCE")
    assert (ev.target.name, ev.country) == ("Guinea", "GIN")
    ev = only(run("Protesters burned a police post in Karachi. The authorities cut mobile internet nationwide on "
                  "Tuesday night."), "COERCE")
    assert (ev.mode, ev.target.name, ev.country, ev.place) == ("censor", "Pakistan", "PAK", None)


def test_a_state_imposing_a_measure_does_not_bind_itself(run) -> None:
    ev = only(run("Azerbaijan declared martial law on Sunday."), "COERCE")
    assert (ev.source.name, ev.target) == ("Azerbaijan", None)


def test_a_bare_chamber_is_the_story_states_unless_the_story_names_the_other(run) -> None:
    ev = only(run("LIMA, Peru — President Vizcarra dissolved Congress on Monday."), "COERCE")
    assert ev.target.name == "Congress" and ev.target.country != "USA"
    ev = only(run("QUITO, Ecuador — The Senate voted on Monday to remove the president."), "COERCE")
    assert ev.source.name == "Senate" and ev.source.country != "USA"
    ev = only(run("WASHINGTON — Congress voted on Monday to impose sanctions on Russia."), "SANCTION")
    assert ev.source.country == "USA"


def test_a_resignation_gives_way_and_is_a_deed_not_words(run) -> None:
    # (CAMEO 0831: "accede to demands for change in leadership"; placed and dated where it happens)
    ev = only(run("TBILISI, Georgia — Prime Minister Irakli Tamaz resigned on Monday after weeks of protests.",
                  published="2023-02-08"), "CONCEDE")
    assert (ev.mode, ev.source.name, ev.country, ev.date.isoformat()) == ("resign", "Irakli Tamaz", "GEO",
                                                                          "2023-02-06")
    result = run("Interior Minister Dana Orlov, who resigned in March, said on Friday the police had lied.",
                 published="2023-06-10")
    assert [e.date.isoformat() for e in result.events if e.event_type == "CONCEDE"] == ["2023-03-01"]


def test_crowds_cleared_with_crowd_weapons_are_assaulted(run) -> None:
    ev = only(run("Riot police drove the students out of the square with water cannon on Friday."), "ASSAULT")
    assert (ev.mode, ev.source.name, ev.target.name) == ("other", "Riot police", "students")
    ev = only(run("The marchers were dispersed with tear gas by riot police on Friday."), "ASSAULT")
    assert (ev.source.name, ev.target.name) == ("riot police", "marchers")
    ev = only(run("A group of students tried to leave the campus and was driven back with rubber bullets."), "ASSAULT")
    assert ev.source is None and ev.target.name == "group of students"


def test_a_crowd_cleared_does_not_stand_for_the_attack_condemned(run) -> None:
    text = ("Supporters of the cleric Amin Tavor stormed the Danish embassy and set it on fire; riot police drove "
            "them out with water cannon. Denmark called the attack unacceptable.")
    ev = only(run(text), "ACCUSE")
    assert ev.target is None or "police" not in ev.target.name


def test_acts_counted_by_an_amount_are_carried_out(run) -> None:
    ev = only(run("Police made dozens of arrests in the capital on Sunday."), "COERCE")
    assert (ev.mode, ev.source.name) == ("arrest", "Police")


def test_crowds_pelting_a_building_riot(run) -> None:
    ev = only(run("Hundreds of protesters pelted the French embassy with eggs and bottles on Tuesday."), "PROTEST")
    assert (ev.mode, ev.target.country) == ("riot", "FRA")


def test_forces_abandoning_ground_retreat(run) -> None:
    ev = only(run("Government troops abandoned their positions around the airport on Saturday."), "RETREAT")
    assert (ev.mode, ev.source.name) == ("withdraw", "Government troops")
    assert not [e for e in run("The government abandoned its plan to raise fuel prices.").events
                if e.event_type == "RETREAT"]


def test_people_led_away_are_arrested(run) -> None:
    ev = only(run("Soldiers led away the opposition leader Tomas Varga on Thursday."), "COERCE")
    assert (ev.mode, ev.target.name) == ("arrest", "Tomas Varga")


def test_shortly_afterwards_is_the_day_just_named(run) -> None:
    text = ("The army seized power in Lusaka on Thursday afternoon.\n\n"
            "Shortly afterwards the junta imposed a curfew.")
    dates = {e.date.isoformat() for e in run(text, published="2023-03-11").events}
    assert dates == {"2023-03-09"}


def test_batteries_raining_shells_attack(run) -> None:
    ev = only(run("Ruritanian coastal batteries opened fire on Tuesday, raining 90 shells on the island of Vela.",
                  published="2023-03-11"), "ASSAULT")
    assert ev.date.isoformat() == "2023-03-07"


def test_the_act_a_toll_comes_from_keeps_no_day_of_the_sentence(run) -> None:
    text = ("Rescuers found two more bodies on Wednesday, bringing to six the death toll from Russia's shelling of "
            "the village.")
    ev = only(run(text, published="2023-03-09"), "ASSAULT")
    assert ev.date is None or ev.date.isoformat() != "2023-03-08"


def test_a_juntas_measures_told_with_no_doer_are_its_own(run) -> None:
    text = ("LUSAKA, Zambia — The army seized power on Thursday. The constitution was suspended and a curfew was "
            "imposed nationwide.")
    ev = next(e for e in run(text, published="2023-03-11").events if e.mode == "curfew")
    assert (ev.source.name, ev.target.name) == ("army", "Zambia")


def test_a_measure_across_the_country_binds_the_country_by_no_one_named(run) -> None:
    text = "Protesters stormed the mayor's office in Almaty. Internet access was cut across the country on Wednesday."
    ev = next(e for e in run(text, published="2022-01-07").events if e.event_type == "COERCE")
    assert (ev.mode, ev.source, ev.target.name, ev.place) == ("censor", None, "Kazakhstan", None)


def test_a_surname_after_tonight_is_the_person_named_before(run) -> None:
    text = ("Protesters blamed President Adama Barro. At least five people are dead. Tonight Barro went on television "
            "and appealed for calm.")
    ev = only(run(text, published="2021-03-08"), "REQUEST")
    assert ev.source.name == "Adama Barro"


def test_armed_men_moving_on_a_place_attack_it(run) -> None:
    ev = only(run("Rebel fighters moved on the presidential palace on Saturday.", published="2023-04-17"), "ASSAULT")
    assert ev.date.isoformat() == "2023-04-15"
    assert not run("The cabinet moved on to the budget on Saturday.").events
