"""Event places and countries from the gazetteer and the parse."""

import importlib.util
from pathlib import Path

import pytest
from helpers import only

from redline.config import Config
from redline.extract.places import Gazetteer
from redline.knowledge import data_path, load


def test_city_gives_country_and_coordinates(run) -> None:
    ev = run("Police fired tear gas at protesters in Nairobi on Monday.").events[0]
    assert (ev.place, ev.country) == ("Nairobi", "KEN")
    assert ev.lat is not None and ev.lon is not None


def test_unknown_site_takes_the_country_of_a_nearby_city(run) -> None:
    result = run("Rebels shelled the Camp Delta base near Mosul on Friday.")
    ev = next(e for e in result.events if e.event_type == "ASSAULT")
    assert ev.country == "IRQ"
    assert ev.place is not None and "Mosul" not in ev.place


def test_statements_have_no_place(run) -> None:
    ev = run("The president of Kenya condemned the attack on the embassy in Nairobi.").events
    accuse = next(e for e in ev if e.event_type == "ACCUSE")
    assert accuse.place is None


def test_country_alone(run) -> None:
    result = run("Government troops shelled rebel villages in Ethiopia on Monday.")
    ev = next(e for e in result.events if e.event_type == "ASSAULT")
    assert (ev.place, ev.country) == (None, "ETH")


def test_unnamed_protesters_take_the_country_where_they_act(run) -> None:
    result = run("Riot police fired tear gas at protesters in Nairobi on Monday.")
    ev = next(e for e in result.events if e.event_type == "ASSAULT")
    assert ev.source is not None and ev.source.country == "KEN"
    assert ev.target is not None and ev.target.country == "KEN"


def test_dateline_and_there(run) -> None:
    text = ("NAIROBI — Gunmen attacked a bus depot on Monday.\n\n"
            "Rebels shelled the Camp Delta base near Mosul on Friday. Two soldiers were killed there.")
    result = run(text)
    by_trigger = {e.trigger: e for e in result.events}
    assert by_trigger["attacked"].country == "KEN"
    killed = [e for e in result.events if e.killed == 2]
    assert killed and killed[0].country == "IRQ"


def test_hyphenated_site_name_is_kept_whole(run) -> None:
    ev = run("Missiles struck the Ain al-Hamra air base at dawn on Monday, the army said.").events[0]
    assert ev.place == "Ain al-Hamra"


def test_a_site_with_a_nationality_gives_the_country(run) -> None:
    ev = next(e for e in run("Two days ago rebel rockets struck Kenyan bases, officials said on Friday.").events
              if e.event_type == "ASSAULT")
    assert ev.country == "KEN"


def test_the_object_of_leaving_is_the_place(run) -> None:
    ev = next(e for e in run("A drone fired on the convoy as it left Nairobi on Friday.").events
              if e.event_type == "ASSAULT")
    assert (ev.place, ev.country) == ("Nairobi", "KEN")


def test_a_country_that_owns_someone_is_not_where_it_happened(run) -> None:
    text = ("Protesters marched in Nairobi on Friday. Britain's ambassador was briefly detained near the Uhuru "
            "Gardens that evening.")
    ev = next(e for e in run(text).events if e.event_type == "COERCE")
    assert ev.country == "KEN"


def test_local_people_are_hurt_where_they_live(run) -> None:
    ev = next(e for e in run("Militiamen have been killing Kenyan protesters, the report said.").events
              if e.event_type == "ASSAULT")
    assert ev.country == "KEN"


def test_provinces_and_governorates_give_their_country() -> None:
    gazetteer = Gazetteer.from_knowledge(load(Config()))
    assert gazetteer.lookup("Anbar province").country == "IRQ"
    assert gazetteer.lookup("Donetsk Oblast").country == "UKR"
    assert gazetteer.lookup("Kirkuk").lat is not None  # a city keeps its coordinates


def test_shipped_regions_are_what_the_script_builds(tmp_path) -> None:
    root = Path(__file__).resolve().parents[2]
    reference = root.parent / "shared" / "data" / "reference"
    if not (reference / "admin1CodesASCII.txt").exists():
        pytest.skip("../shared reference data not beside")
    spec = importlib.util.spec_from_file_location("build_places", root / "scripts" / "build_places.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "admin1.tsv"
    assert module.main(["--reference", str(reference), "--out", str(out)]) == 0
    assert out.read_bytes() == data_path("admin1.tsv").read_bytes()


def test_a_citys_own_name_beats_another_citys_old_name() -> None:
    assert Gazetteer.from_knowledge(load(Config())).lookup("Islamabad").country == "PAK"


def test_a_groups_bases_are_not_a_named_site(run) -> None:
    ev = run("The army bombed Hezbollah bases near Tyre on Monday.").events[0]
    assert ev.place != "Hezbollah"


def test_a_country_after_on_is_a_topic_not_the_place(run) -> None:
    text = "The protests in Kenya became focused on Uganda as protesters blamed Ugandan agents for firing into crowds."
    ev = next(e for e in run(text).events if e.event_type == "ASSAULT")
    assert ev.country == "KEN"


def test_a_city_in_another_country_does_not_place_an_attack_on_a_state(run) -> None:
    text = ("Iran launched drones and missiles at Israel overnight, in retaliation for a strike on its consulate "
            "in Damascus on April 1 that killed seven officers.")
    ev = next(e for e in run(text, published="2024-04-14").events if e.trigger == "launched")
    assert ev.country == "ISR" and ev.killed is None


def test_the_attack_on_a_country_happened_there(run) -> None:
    ev = run("Russia's attack on Ukraine on Monday killed 12 people.", published="2022-10-11").events[0]
    assert ev.country == "UKR"


def test_sanctions_on_a_country_are_not_placed_there(run) -> None:
    ev = run("The European Union imposed sanctions on Iran on Monday.").events[0]
    assert ev.event_type == "SANCTION" and ev.country != "IRN"


def test_a_paragraph_opening_in_a_city_places_its_statements(run) -> None:
    text = ("In Nairobi, President William Ruto condemned the attack on Monday. "
            "His interior minister accused the rebels of targeting civilians.\n\n"
            "The African Union urged both sides to show restraint.")
    events = run(text, published="2023-05-02").events
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["condemned"].country == "KEN"
    assert by_trigger["accused"].country == "KEN"  # the stage holds for the paragraph
    assert by_trigger["urged"].country is None  # a new paragraph, no stage


def test_speaking_in_a_place_places_that_sentence_only(run) -> None:
    text = ("The prime minister, speaking to reporters in Islamabad on Tuesday, warned India against any "
            "further incursion. The army accused India of shelling villages.")
    events = run(text, published="2019-02-27").events
    warn = next(e for e in events if e.event_type == "THREATEN")
    accuse = next(e for e in events if e.trigger == "accused")
    assert warn.country == "PAK"
    assert accuse.country is None


def test_an_earlier_act_told_in_the_past_perfect_is_not_placed_by_the_stage(run) -> None:
    text = ("In Kyiv, the foreign minister said Moscow had rejected the ceasefire proposal when the envoys "
            "met last month.")
    events = run(text, published="2022-04-02").events
    reject = next(e for e in events if e.event_type == "REJECT")
    assert reject.country is None


def test_a_region_of_a_populous_country_beats_a_small_town_abroad() -> None:
    gazetteer = Gazetteer.from_knowledge(load(Config()))
    assert gazetteer.lookup("Florida").country == "USA"  # not the Cuban town
    assert gazetteer.lookup("Sucre").country == "BOL"  # a capital keeps its name
    assert gazetteer.lookup("Kirkuk").lat is not None  # a city and a region in one country: the city


def test_a_city_keeps_its_name_against_a_province_abroad() -> None:
    gazetteer = Gazetteer.from_knowledge(load(Config()))
    assert gazetteer.lookup("Gaza").country == "PSE"  # not Mozambique's Gaza province
    assert gazetteer.lookup("Borno").country == "NGA"  # the state, not a German village


def test_with_no_dateline_the_ledes_place_is_where_unplaced_acts_happen(run) -> None:
    text = ("Venezuela has two presidents now. On Wednesday the opposition leader swore himself in before a crowd "
            "in Caracas.\n\nSecurity forces fired tear gas at protesters overnight.")
    ev = next(e for e in run(text, published="2019-01-24").events if e.event_type == "ASSAULT")
    assert ev.country == "VEN"


def test_an_owned_site_abroad_is_its_owners(run) -> None:
    text = "An airstrike on its consulate in Damascus killed seven Iranian officers on April 1, Iran said."
    ev = next(e for e in run(text, published="2024-04-02").events if e.event_type == "ASSAULT")
    assert ev.target is not None and ev.target.name == "Iran"
    assert ev.place == "Damascus"


def test_the_ledes_towns_say_where_the_story_is(run) -> None:
    text = ("Kabul fell faster than anyone in Washington had planned. On Sunday fighters entered Kabul unopposed.\n\n"
            "Troops fired warning shots at the airport, and five people were killed.")
    ev = next(e for e in run(text, published="2021-08-16").events if e.event_type == "ASSAULT")
    assert ev.country == "AFG"


def test_the_country_named_beside_a_town_decides_between_towns_of_one_name(run) -> None:
    # Hyderabad in India is the more populous; the text says which one
    (event,) = run("Militants attacked a checkpoint in Hyderabad, Pakistan, on Monday.", published="2023-11-08").events
    assert (event.place, event.country) == ("Hyderabad", "PAK") and event.lat is not None
    (event,) = run("Militants attacked a checkpoint in Hyderabad on Monday.", published="2023-11-08").events
    assert (event.place, event.country) == ("Hyderabad", "IND")


def test_a_town_the_tagger_mislabels_is_still_a_place_after_in(run) -> None:
    # the small model tags "Mykolaiv" here as a person; the gazetteer knows the town
    (event,) = run("A rocket struck a bakery in Mykolaiv on Friday.", published="2022-04-09").events
    assert (event.place, event.country) == ("Mykolaiv", "UKR")


def test_a_town_shelled_is_where_it_happened_and_stands_for_its_state(run) -> None:
    # (tagged a person as the object of "shelled")
    (event,) = run("Russian forces shelled Kherson overnight.", published="2023-11-08").events
    assert (event.place, event.country) == ("Kherson", "UKR")
    assert event.source.country == "RUS" and event.target.name == "Ukraine"


def test_a_region_named_before_its_noun_is_the_place_and_a_possessive_country_places_it(run) -> None:
    (ev,) = run("Militants killed nine soldiers in Niger's Tillaberi region on Sunday.").events
    assert ev.place == "Tillaberi" and ev.country == "NER"
    (ev,) = run("Gunmen killed four traders in Kenya's Mandera county on Friday.").events
    assert ev.place == "Mandera" and ev.country == "KEN"


def test_a_sea_or_a_gulf_lies_in_no_country() -> None:
    # a province may share the water's name (Egypt's Red Sea governorate, Sudan's Red Sea state)
    gazetteer = Gazetteer.from_knowledge(load(Config()))
    for name in ("Red Sea", "Gulf of Guinea", "Bay of Bengal", "Caspian Sea"):
        assert gazetteer.lookup(name).country is None, name
    assert gazetteer.lookup("Red Sea governorate").country is not None  # the province, named with its word


def test_a_place_of_another_act_told_as_another_time_is_not_the_events(run) -> None:
    ev = only(run("Azerbaijani troops shelled Armenian positions on Monday, a day after Pashinyan left Moscow."),
              "ASSAULT")
    assert ev.place is None and ev.country != "RUS"
    ev = only(run("Thousands of students marched in Tbilisi on Sunday, hours after police had cleared a camp in "
                  "Batumi."),
              "PROTEST")
    assert ev.place == "Tbilisi"


def test_a_place_of_the_acts_own_circumstances_is_kept(run) -> None:
    ev = only(run("The general was killed on Friday when a drone fired on his car as it left Baghdad airport."),
              "ASSAULT")
    assert ev.country == "IRQ"


def test_a_place_of_a_clause_about_those_the_act_names_is_kept(run) -> None:
    ev = only(run("Police fired on protesters who stormed the parliament in Kampala on Tuesday."), "ASSAULT")
    assert ev.place == "Kampala"


def test_a_town_struck_through_the_acts_object_is_its_place(run) -> None:
    ev = only(run("Ethiopian troops opened an artillery barrage on the regional capital, Mekelle, late on Thursday, "
                  "witnesses in Addis Ababa said."), "ASSAULT")
    assert ev.place == "Mekelle"
    ev = only(run("Russian jets bombed the Ukrainian town of Izium on Saturday, officials in Kyiv said."), "ASSAULT")
    assert ev.place == "Izium"


def test_a_country_invaded_is_where_the_invasion_happened(run) -> None:
    ev = only(run("Iraqi President Saddam Hussein ordered the invasion of Kuwait on Thursday."), "ASSAULT")
    assert ev.country == "KWT"


def test_a_preposition_inside_a_name_makes_no_place(run) -> None:
    result = run("At least nine people were killed in clashes, the Nigeria National Commission on Human Rights said "
                 "on Monday.")
    assert [e.place for e in result.events] == [None]


@pytest.mark.parametrize(("text", "country", "place"), [
    ("Gunmen killed five people in the Lebanese city of Tripoli on Monday.", "LBN", "Tripoli"),
    ("Gunmen killed five people in Lebanon's port city of Tripoli on Monday.", "LBN", "Tripoli"),
    ("Azerbaijani troops shelled the Armenian town of Jermuk on Monday.", "ARM", "Jermuk"),
    ("Militias clashed in the Libyan city of Tripoli on Monday.", "LBY", "Tripoli"),
])
def test_a_town_named_after_the_country_and_the_word_city(run, text: str, country: str, place: str) -> None:
    (event,) = run(text, published="2024-01-19").events
    assert (event.country, event.place) == (country, place)


@pytest.mark.parametrize("text", [
    "Protesters in Kinshasa attacked the embassy of Rwanda on Tuesday.",
    "Protesters in Kinshasa attacked the Rwandan embassy on Tuesday.",
])
def test_an_embassy_lies_in_the_land_that_hosts_it_not_its_owners(run, text: str) -> None:
    (event,) = run(text, published="2024-01-19").events
    assert (event.country, event.place) == ("COD", "Kinshasa")


def test_a_city_of_a_country_is_still_where_the_attack_is_aimed(run) -> None:
    (event,) = run("Rebels shelled the city of Kharkiv on Tuesday.", published="2024-01-19").events
    assert (event.country, event.place) == ("UKR", "Kharkiv")


@pytest.mark.parametrize(("text", "country", "place"), [
    ("Gunmen killed 20 soldiers in northern Burkina Faso on Saturday. The UN peacekeeping mission completed its "
     "withdrawal from Mali on Sunday.", "MLI", None),
    ("Russian troops withdrew from Kherson on Sunday.", "UKR", "Kherson"),
    ("French troops pulled out of Niger on Sunday.", "NER", None),
])
def test_a_withdrawal_happens_where_the_forces_leave(run, text: str, country: str, place: str | None) -> None:
    event = [e for e in run(text, published="2024-01-19").events if e.event_type == "RETREAT"][0]
    assert (event.country, event.place) == (country, place)


def test_withdrawing_from_a_body_names_no_place(run) -> None:
    text = "Gunmen killed 20 soldiers in northern Burkina Faso on Saturday. Hungary withdrew from NATO on Sunday."
    event = [e for e in run(text, published="2024-01-19").events if e.event_type == "RETREAT"][0]
    assert event.place is None and event.country != "NATO"
