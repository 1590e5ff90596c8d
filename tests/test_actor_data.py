"""The actor knowledge base: the generated file is what the script makes, records pass the
schema check, and a user's file extends or adds actors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers import REFERENCE, script

from redline.config import Config
from redline.errors import DataError
from redline.extract.actors import ActorIndex
from redline.knowledge import data_path, load


def build_module():
    return script("build_actors")


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    knowledge = load(Config())
    return ActorIndex(knowledge.actors, knowledge.agents, knowledge.offices, knowledge.words["state_organs"])


@pytest.mark.skipif(not (REFERENCE / "countryInfo.txt").exists(), reason="../shared reference data not beside")
def test_shipped_reference_file_is_what_the_script_builds(tmp_path: Path) -> None:
    out = tmp_path / "actors.jsonl"
    assert build_module().main(["--reference", str(REFERENCE), "--out", str(out)]) == 0
    assert out.read_bytes() == data_path("actors_reference.jsonl").read_bytes()


def test_phoenix_codes_and_dates_are_read() -> None:
    build = build_module()
    assert build.parse_codes("[IRNGOV 890803-970803]") == [("IRNGOV", "1989-08-03", "1997-08-03")]
    assert build.parse_codes("[UKR >911221]") == [("UKR", "1991-12-21", None)]
    assert build.parse_codes("[USRUKR <910824]") == [("USRUKR", None, "1991-08-24")]
    assert build.titlecase("MOHAMMAD ALI RAJA'I") == "Mohammad Ali Raja'i"
    assert build.titlecase("U.S. DEPARTMENT OF STATE") == "U.S. Department of State"


def test_every_state_has_an_iso3_id_and_ids_are_unique() -> None:
    ids = [json.loads(line)["id"] for line in data_path("actors_reference.jsonl").read_text().splitlines()]
    assert len(ids) == len(set(ids))
    states = {i for i in ids if len(i) == 3 and i.isupper()}
    assert {"USA", "IRN", "IRQ", "UKR", "KEN", "BRA"} <= states


def test_demonyms_and_capitals_name_their_state(index: ActorIndex) -> None:
    for form, iso in [("Iranian", "IRN"), ("Ukrainian", "UKR"), ("German", "DEU"), ("Tehran", "IRN"),
                      ("Washington", "USA"), ("U.S.", "USA"), ("Iraqi", "IRQ")]:
        assert index.state_of(form).id == iso, form


def test_capitals_stay_places_for_the_gazetteer(index: ActorIndex) -> None:
    assert "nairobi" not in index.state_codes
    assert index.state_codes["kenyan"] == "KEN"


def test_armed_groups_come_with_kind_and_country(index: ActorIndex) -> None:
    found = index.lookup("Hizballah")
    assert (found.kind, found.country) == ("armed_group", "LBN")


def test_a_user_file_extends_a_known_actor_and_adds_new_ones(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- {id: KEN, name: Kenya, kind: state, country: KEN, aliases: [Jamhuri ya Kenya]}\n"
        "- id: amina-odhiambo\n  name: Amina Odhiambo\n  kind: person\n  country: KEN\n"
        "  roles: [{title: [interior minister, interior cabinet secretary], country: KEN, start: 2031-02-01}]\n",
        encoding="utf-8")
    actors = {a.id: a for a in load(Config(actors_user=extra)).actors}
    assert "Jamhuri ya Kenya" in actors["KEN"].aliases and "Nairobi" in actors["KEN"].metonyms
    knowledge = load(Config())
    index = ActorIndex(list(actors.values()), knowledge.agents, knowledge.offices, knowledge.words["state_organs"])
    assert index.role_holder("interior minister", "KEN", date(2031, 5, 1)).name == "Amina Odhiambo"
    assert index.role_holder("interior minister", "KEN", date(2030, 5, 1)) is None


@pytest.mark.parametrize("record, problem", [
    ("{id: x, name: X, kind: wizard}", "unknown kind"),
    ("{id: x, name: X, kind: person, country: Kenya}", "ISO3"),
    ("{id: x, name: X, kind: person, aliases: [yes]}", "list of strings"),
    ("{id: x, name: X, kind: person, roles: [{title: president, country: KEN, start: 2020-05-01, end: 2019-01-01}]}",
     "starts after it ends"),
    ("{id: x, name: X, kind: person, roles: [{title: president, country: KEN, start: last year}]}", "YYYY-MM-DD"),
    ("{id: x, name: X, kind: armed_group, affiliations: [{actor: KEN}]}", "needs actor, relation"),
])
def test_bad_actor_records_are_refused_with_the_reason(tmp_path: Path, record: str, problem: str) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text(f"- {record}\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load(Config(actors_user=extra))
    assert problem in str(err.value) and "bad.yaml" in str(err.value)


def test_word_lists_load_as_lower_case_sets() -> None:
    from redline.knowledge import WORD_LISTS

    lists = load(Config()).words
    assert set(lists) == set(WORD_LISTS)
    assert "drone" in lists["instruments"] and "backed" in lists["backing"]
    assert all(w == w.lower() for values in lists.values() for w in values)


def test_office_handles_name_a_title_and_a_country() -> None:
    handles = load(Config()).offices
    assert handles["potus"] == ("president", "USA")
    assert all(len(country) == 3 and country.isupper() for _, country in handles.values())


def test_a_bad_office_handle_is_refused(tmp_path: Path) -> None:
    (tmp_path / "offices.yaml").write_text("handles:\n  PMOffice: {title: prime minister, country: Narnia}\n")
    with pytest.raises(DataError, match="ISO3"):
        load(Config(offices=tmp_path / "offices.yaml"))


def test_states_under_old_codes_and_dissolved_states(index: ActorIndex) -> None:
    assert index.lookup("Kosovo").kind == "state"  # Phoenix codes it KSV; GeoNames XKX
    assert index.state_of("Belgrade").id == "SRB"  # not Serbia and Montenegro, dissolved in 2006
    assert index.lookup("Samoa").id == "WSM"  # American Samoa's block does not take the name
