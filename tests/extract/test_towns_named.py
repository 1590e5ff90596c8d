"""Towns named in several words, in a region the sentence names, or as the passive subject of an attack; a toll
left behind. Sentences written for these tests."""

from helpers import only


def test_a_town_of_several_words_is_not_its_last_word(run) -> None:
    ev = only(run("Government troops recaptured the port town of Mocimboa da Praia on Sunday."), "ASSAULT")
    assert (ev.place, ev.country, ev.target.name) == ("Mocimboa da Praia", "MOZ", "Mozambique")
    ev = only(run("An airstrike on a market in Finote Selam killed at least 26 people on Sunday."), "ASSAULT")
    assert (ev.place, ev.country) == ("Finote Selam", "ETH")


def test_a_region_the_sentence_names_decides_between_towns_of_one_name(run) -> None:
    ev = only(run("Insurgents attacked the town of Palma in Cabo Delgado on Wednesday."), "ASSAULT")
    assert (ev.place, ev.country, ev.target.name) == ("Palma", "MOZ", "Mozambique")
    ev = only(run("Protesters marched in Palma on Saturday."), "PROTEST")
    assert ev.country == "ESP"  # (no region told: the gazetteer's town)


def test_a_town_shelled_in_the_passive_is_the_place_and_its_state_the_target(run) -> None:
    ev = only(run("Goma was shelled by M23 fighters on Monday, leaving at least a dozen people dead."), "ASSAULT")
    assert (ev.source.name, ev.target.country, ev.place, ev.killed) == ("M23", "COD", "Goma", 12)
    ev = only(run("Syrian rebels swept into Aleppo on Friday."), "COERCE")
    assert (ev.mode, ev.place, ev.country) == ("seize", "Aleppo", "SYR")


def test_forces_of_several_nations_act_each_for_their_state(run) -> None:
    events = run("French and German jets struck rebel positions near Timbuktu on Monday.").events
    assert sorted(e.source.name for e in events) == ["France", "Germany"]
    ev = only(run("Indian and Chinese leaders held talks in Kazan on Wednesday."), "CONSULT")
    assert (ev.source.name, ev.target.name) == ("India", "China")
    text = ("American and British warships fired missiles at Sirte on Saturday. "
            "Colonel Ahmed called it an act of aggression on Sunday.")
    accusation = only(run(text, published="2011-03-21"), "ACCUSE")
    assert accusation.target.name == "United States"  # (of the doers one telling names, the first)


def test_an_act_judged_is_neither_called_for_nor_the_day_of_the_judging(run) -> None:
    text = "Hanoi called Sunday's strike on its fishing boats a violation of international law."
    (ev,) = run(text, published="2024-04-02").events
    assert (ev.event_type, str(ev.date)) == ("ACCUSE", "2024-04-02")  # (no labour strike; the judging's own day)


def test_revenge_vowed_is_aimed_at_whom_it_is_against(run) -> None:
    ev = only(run("Tehran vowed revenge against Israel on Tuesday."), "THREATEN")
    assert (ev.source.name, ev.target.name) == ("Iran", "Israel")


def test_victims_of_a_fight_were_hit_by_the_other_side(run) -> None:
    ev = only(run("A Cambodian soldier was killed in a brief exchange of fire with Thai troops on Monday."), "ASSAULT")
    assert (ev.source.name, ev.target.name, ev.killed) == ("Thailand", "Cambodia", 1)
    ev = only(run("Two Indian soldiers were wounded in clashes with Chinese troops on Monday."), "ASSAULT")
    assert (ev.source.country, ev.wounded) == ("CHN", 2)


def test_acts_counted_by_the_hundred_are_the_counters_doers(run) -> None:
    ev = only(run("Turkey carried out dozens of strikes on Kurdish positions in Syria on Monday."), "ASSAULT")
    assert ev.source.name == "Turkey"


def test_a_place_named_by_the_town_it_surrounds(run) -> None:
    ev = only(run("A missile hit a cargo ship off the coast of Hodeidah on Wednesday."), "ASSAULT")
    assert (ev.place, ev.country) == ("Hodeidah", "YEM")
    ev = only(run("An airstrike on Beirut's southern suburbs killed four people on Friday."), "ASSAULT")
    assert (ev.place, ev.country) == ("Beirut", "LBN")


def test_a_name_keeps_no_possessive(run) -> None:
    ev = only(run("Protesters stormed Ranil Wickremesinghe's private residence in Colombo on Saturday."), "PROTEST")
    assert ev.target.name == "Ranil Wickremesinghe"


def test_cooperation_is_with_someone_and_an_act_punished_is_only_charged(run) -> None:
    ev = only(run("Kenya cooperated with Somalia on border security on Monday."), "COOPERATE")
    assert ev.target.name == "Somalia"
    events = run("Police in Beirut arrested a man for collaborating with Israel on Monday.").events
    assert [e.event_type for e in events] == ["COERCE"]


def test_named_storms_and_bursting_tankers_are_accidents_but_bombs_attack(run) -> None:
    assert run("Typhoon Haiyan killed more than 6,000 people in the Philippines.").events == []
    assert run("A fuel tanker exploded on a highway near Lagos on Monday, killing 12 people.").events == []
    ev = only(run("An explosive device exploded near a police post in Quetta, killing four officers."), "ASSAULT")
    assert (ev.mode, ev.killed) == ("explosives", 4)


def test_a_region_named_before_its_word_and_a_town_before_the_region(run) -> None:
    ev = only(run("Gunmen attacked a church in Owo, Ondo state, on Sunday, killing 40 worshippers."), "ASSAULT")
    assert (ev.place, ev.country) == ("Owo", "NGA")
    ev = only(run("Jihadists attacked a village in Borno state on Sunday."), "ASSAULT")
    assert (ev.place, ev.country) == ("Borno state", "NGA")


def test_suspensions_and_steps_in_answer_promised_on_a_condition_are_threats(run) -> None:
    ev = only(run("The African Union said it would suspend Sudan if the army did not hand over power."), "THREATEN")
    assert (ev.source.name, ev.target.name) == ("African Union", "Sudan")
    assert only(run("ECOWAS suspended Mali from its institutions on Sunday."), "SANCTION").target.name == "Mali"
    ev = only(run("Moscow said it would be forced to take retaliatory steps if Sweden joined NATO."), "THREATEN")
    assert ev.source.name == "Russia"


def test_what_one_tells_another_is_so_is_a_report_not_a_plan(run) -> None:
    told = run("Kuleba told the Security Council that Russia was shelling civilians in Mariupol.").events
    said = run("Kuleba said that Russia was shelling civilians in Mariupol.").events
    assert [e.event_type for e in told] == [e.event_type for e in said] == ["ASSAULT"]  # (told as "said" tells)
    assert "ASSAULT" not in [e.event_type for e in run("The general told the soldiers to fire on the crowd.").events]


def test_places_and_their_control_seized_are_taken(run) -> None:
    assert only(run("Gangs seized the main fuel terminal in Port-au-Prince on Monday."), "COERCE").mode == "seize"
    assert only(run("Rebels seized control of Goma on Sunday."), "COERCE").mode == "seize"
    assert only(run("Rebel fighters took control of Bukavu on Sunday."), "COERCE").mode == "seize"


def test_a_passive_doer_and_people_forced_out(run) -> None:
    ev = only(run("Villages in Darfur were torched by Janjaweed militiamen on Monday."), "ASSAULT")
    assert ev.mode == "destroy"
    assert only(run("Police forced hundreds of families out of their homes in Harare."), "COERCE").mode == "deport"


def test_a_promise_is_dated_by_its_saying_not_by_the_day_it_promises(run) -> None:
    text = "Opposition leaders said on Tuesday they would march on the parliament on Saturday."
    (ev,) = run(text, published="2010-05-13").events  # (a Thursday)
    assert (ev.event_type, str(ev.date)) == ("THREATEN", "2010-05-11")


def test_two_who_spoke_by_phone_consulted_each_other(run) -> None:
    ev = only(run("Lula and Maduro spoke by phone on Thursday."), "CONSULT")
    assert (ev.source.name, ev.target.name, ev.mode) == ("Luiz Inácio Lula da Silva", "Nicolás Maduro", "phone")


def test_the_killing_of_a_number_is_the_toll(run) -> None:
    ev = only(run("The killing of 14 villagers by ADF fighters in Beni drew wide condemnation."), "ASSAULT")
    assert ev.killed == 14


def test_a_day_before_an_act_is_no_doer_where_its_nationality_names_one(run) -> None:
    text = "Kyiv branded Sunday's Russian missile strike on the station in Sumy a war crime."
    events = {e.event_type: e for e in run(text, published="2025-04-15").events}
    assert events["ASSAULT"].source.name == "Russia" and events["ACCUSE"].target.name == "Russia"


def test_a_site_is_of_the_nation_it_is_told_by_before_where_it_lies(run) -> None:
    ev = only(run("NATO jets struck Libyan military targets near Benghazi on Sunday."), "ASSAULT")
    assert ev.target.name == "Libya"
    ev = only(run("Israeli jets struck Syrian air defence sites near Beirut on Monday."), "ASSAULT")
    assert ev.target.name == "Syria"  # (the nation's sites, wherever they lie)


def test_a_threat_with_no_one_else_named_is_aimed_at_whoever_the_condition_names(run) -> None:
    ev = only(run("Ankara warned it would launch an operation if Kurdish fighters did not withdraw."), "THREATEN")
    assert ev.target is not None and "Kurdish" in ev.target.name
    ev = only(run("Tehran warned it would attack Israel if the ground offensive went ahead."), "THREATEN")
    assert ev.target.name == "Israel"  # (the act's own target first; an act noun is no doer)


def test_an_organisation_is_no_town_whose_alternate_name_it_is(run) -> None:
    ev = only(run("Israel pounded Gaza with airstrikes on Monday after declaring war on Hamas."), "ASSAULT")
    assert (ev.place, ev.country) == ("Gaza", "PSE")


def test_an_armed_group_may_be_named_where_a_verb_asks_for_armed_men(run) -> None:
    ev = only(run("The Taliban entered Kabul on Sunday as the president fled the country."), "COERCE")
    assert (ev.mode, ev.place, ev.target.name) == ("seize", "Kabul", "Afghanistan")
    assert run("Modi entered Srinagar on Monday.").events == []  # (a visitor takes nothing)


def test_one_who_holds_an_international_post_speaks_for_no_state(run) -> None:
    ev = only(run("Secretary-General Antonio Guterres condemned the attack on Monday.", published="2023-10-10"),
              "ACCUSE")
    assert (ev.source.name, ev.source.country) == ("António Guterres", None)
