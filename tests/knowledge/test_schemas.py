"""The knowledge loader: every shipped file loads, and a typo in any file is E010 naming the file,
the entry and the key. Each bad file is a small snippet written here."""

from __future__ import annotations

import csv
import dataclasses
import pickle
from pathlib import Path

import pytest
import yaml

from redline.config import Config, data_path
from redline.errors import Code, DataError
from redline.knowledge import WORD_LISTS, Knowledge, load, read_lexicon

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "reference"
ONE_ACTOR = '{"id": "KEN", "name": "Kenya", "kind": "state", "country": "KEN"}\n'


def test_the_shipped_files_load_into_one_knowledge() -> None:
    knowledge = load(Config())
    assert isinstance(knowledge, Knowledge) and len(knowledge.actors) > 1000
    assert {"verbs", "nouns", "instruments"} <= set(knowledge.lexicon)
    assert set(knowledge.words) == set(WORD_LISTS) and "drone" in knowledge.words["instruments"]
    assert knowledge.offices["potus"] == ("president", "USA")
    assert "army" in knowledge.agents["military"]
    assert "airport" in knowledge.places["site_nouns"]
    assert knowledge.holidays["christmas day"] == (12, 25)
    assert knowledge.admin1[0].iso3.isupper() and len(knowledge.admin1) > 3000
    assert "demo" in knowledge.modes["PROTEST"] and "artillery" in knowledge.modes["ASSAULT"]
    assert knowledge.dates is not None and knowledge.dates.expressions[0].kind == "holiday"


def test_the_lexicon_stays_the_plain_dicts_of_the_file() -> None:
    raw = yaml.safe_load(data_path("triggers.yaml").read_text(encoding="utf-8"))
    assert read_lexicon(data_path("triggers.yaml"), data_path("plover.yaml")) == raw


def test_load_is_cached_per_config() -> None:
    assert load(Config()) is load(Config())


def test_config_is_frozen_hashable_and_picklable() -> None:
    config = Config(actors_user=Path("mine.yaml"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.batch_size = 8  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(config)) == config and hash(config) == hash(Config(actors_user="mine.yaml"))
    assert (Config().batch_size, Config().lexicon) == (32, data_path("triggers.yaml"))


def test_the_config_names_the_parsers_model() -> None:
    from redline.parse import MODEL

    assert Config().model == MODEL


def bad(tmp_path: Path, name: str, text: str, **others: str) -> DataError:
    """Load a Config whose file `name` (its stem the Config field) holds `text`, and so do the `others`
    (file name with "." as "__": actors_reference__jsonl); return the DataError that must come."""
    files = {name: text, **{k.replace("__", "."): v for k, v in others.items()}}
    for filename, body in files.items():
        (tmp_path / filename).write_text(body, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load(Config(**{filename.split(".")[0]: tmp_path / filename for filename in files}))
    assert err.value.code is Code.E010
    return err.value


LEXICON_TYPOS = [
    ("verbs:\n  - {lemma: strike, type: ASSAULT, no_object: [deal]}\n", "verbs[1] (lemma 'strike')", "'no_object'"),
    ("verbs:\n  - {lemma: fire, type: ASSAULT, prepp: [at]}\n", "verbs[1] (lemma 'fire')", "'prepp'"),
    ("verbs:\n  - {lemma: attack, type: ASSAULT}\n  - {lemma: zap, type: ASSAULT, mode: laser-beam}\n",
     "verbs[2] (lemma 'zap')", "'mode'"),
    ("nouns:\n  - {lemma: rally, type: ASSAULT, mode: demo}\n", "nouns[1] (lemma 'rally')", "'mode'"),
    ("nouns:\n  - {lemma: raid, type: ASSALT}\n", "nouns[1] (lemma 'raid')", "'type'"),
    ("verbs:\n  - {lemma: warn, type: THREATEN, xcomp: sometimes}\n", "verbs[1] (lemma 'warn')", "'xcomp'"),
    ("verbs:\n  - {lemma: hit, type: ASSAULT, objects: [target, on]}\n", "verbs[1] (lemma 'hit')", "'objects[2]'"),
    ("verbs:\n  - {lemma: storm, type: ASSAULT, subj_kind: [milltary]}\n", "verbs[1] (lemma 'storm')",
     "'subj_kind'"),
    ("verbz:\n  - {lemma: strike, type: ASSAULT}\n", "lexicon.yaml", "'verbz'"),
    ("negations: [not, no]\n", "lexicon.yaml", "'negations[2]'"),
    ("noun_hosts:\n  verb: [carry]\n", "noun_hosts", "'verb'"),
    ("instruments:\n  laser: laser-beam\n", "instrument 'laser'", "'instruments'"),
    ("casualty_verbs:\n  kiled: [kill]\n", "casualty_verbs", "'kiled'"),
]


@pytest.mark.parametrize("text, entry, key", LEXICON_TYPOS)
def test_a_typo_in_the_lexicon_is_e010(tmp_path: Path, text: str, entry: str, key: str) -> None:
    err = str(bad(tmp_path, "lexicon.yaml", text))
    assert "lexicon.yaml" in err and entry in err and f"key {key}" in err, err


OTHER_TYPOS = [
    ("words.yaml", "instruments: [drone]\ninstrumnets: [jet]\n", "words.yaml", "'instrumnets'"),
    ("words.yaml", "instruments: [drone, yes]\n", "words.yaml", "'instruments[2]'"),
    ("agents.yaml", "military: [army]\nmilltary: [troops]\n", "agents.yaml", "'milltary'"),
    ("offices.yaml", "handles:\n  PMOffice: {title: prime minister, country: Narnia}\n", "handles.PMOffice",
     "'country'"),
    ("offices.yaml", "handles:\n  PMOffice: {titel: prime minister, country: GBR}\n", "handles.PMOffice", "'titel'"),
    ("places.yaml", "site_nouns: [base]\nmotion_verbs: [leave]\nsettlement_nouns: [town]\nsite_noun: [x]\n",
     "places.yaml", "'site_noun'"),
    ("calendar.yaml", "holidays:\n  christmas day: '12-52'\n", "holidays", "'christmas day'"),
    ("calendar.yaml", "holiday:\n  christmas day: '12-25'\n", "calendar.yaml", "'holiday'"),
    ("admin1.tsv", "# comment\nKEN\tNairobi\tNairobi\t1\nken\tMombasa\tMombasa\t2\n", "line 3 ('Mombasa')",
     "'iso3'"),
    ("admin1.tsv", "KEN\tNairobi\tNairobi\tone\n", "line 1 ('Nairobi')", "'geonames_id'"),
    ("plover.yaml", "modes:\n  ASSALT: [aerial]\n", "modes", "'ASSALT'"),
    ("plover.yaml", "modes: {}\nredline_mode: {}\n", "plover.yaml", "'redline_mode'"),
    ("plover.yaml", data_path("plover.yaml").read_text(encoding="utf-8").replace("  mutual:", "  mutal:"),
     "semantics", "'mutal'"),
    ("plover.yaml", data_path("plover.yaml").read_text(encoding="utf-8").replace("self_moving: [MOBILIZE",
                                                                                 "self_moving: [MOBILISE"),
     "semantics", "'self_moving[1]'"),
    ("lexicon_base.yaml", "verbs:\n  - {lemma: restore, type: SUPPORT, objets: [ties], cameo: ['050']}\n",
     "verbs[1] (lemma 'restore')", "'objets'"),
    ("lexicon_base.yaml", "nonevents:\n  abandon: [{objets: [plan]}]\n", "nonevents", "'objets'"),
    ("discards.yaml", "story: [grand prix]\nsentences: [penalty shootout]\n", "discards.yaml", "'sentences'"),
]


@pytest.mark.parametrize("name, text, entry, key", OTHER_TYPOS)
def test_a_typo_in_any_other_file_is_e010(tmp_path: Path, name: str, text: str, entry: str, key: str) -> None:
    err = str(bad(tmp_path, name, text))
    assert name in err and entry in err and f"key {key}" in err, err


ACTOR_TYPOS = [
    ("{id: x, name: X, kind: milltary}", "entry 2 (id 'x')", "'kind'"),
    ("{id: x, name: X, kind: person, alias: [Y]}", "entry 2 (id 'x')", "'alias'"),
    ("{id: x, name: X, kind: person, aliases: [yes]}", "entry 2 (id 'x')", "'aliases[1]'"),
    ("{id: x, name: X, kind: person, country: Kenya}", "entry 2 (id 'x')", "'country'"),
    ("{id: x, name: X, kind: armed_group, affiliations: [{actor: KEN, relation: backd_by}]}",
     "entry 2 (id 'x'), affiliations[1]", "'relation'"),
    ("{id: x, name: X, kind: person, roles: [{title: president, country: KEN, org: un, sectr: GOV}]}",
     "entry 2 (id 'x'), roles[1]", "'sectr'"),
]


@pytest.mark.parametrize("field", ["actors_curated", "actors_user"])
@pytest.mark.parametrize("record, entry, key", ACTOR_TYPOS)
def test_a_typo_in_an_actor_file_is_e010(tmp_path: Path, field: str, record: str, entry: str, key: str) -> None:
    good = {"actors_curated__yaml": "- {id: y, name: Y, kind: person}\n"} if field == "actors_user" else {}
    err = str(bad(tmp_path, f"{field}.yaml", f"- {{id: y, name: Y, kind: person}}\n- {record}\n",
                  actors_reference__jsonl=ONE_ACTOR, **good))
    assert f"{field}.yaml" in err and entry in err and f"key {key}" in err, err


# (text of the shipped dates.yaml, its replacement, the entry named, the key named)
DATES_TYPOS = [
    ("weekday: {group: 1, relation: on_or_before}\n  - name: calendar_span",
     "weekday: {group: 1, relation: on_or_befor}\n  - name: calendar_span",
     "expressions[19] (name 'weekday').weekday", "'relation'"),
    ("weekday: {group: 1, relation: on_or_before}\n  - name: calendar_span",
     "wekday: {group: 1, relation: on_or_before}\n  - name: calendar_span",
     "expressions[19] (name 'weekday')", "'wekday'"),  # a resolution of no known kind
    ("\n    offset_days: -1", "\n    ofset_days: -1", "expressions[22] (name 'yesterday')", "'ofset_days'"),
    ("\n    offset_days: -1", "\n    offset_days: -1\n    offset_day: -2", "expressions[22] (name 'yesterday')",
     "'offset_day'"),
    ("back: {count_group: 1, unit_group: 2}\n    subordinate", "back: {count_group: 1, unit_group: 3}\n    subordinate",
     "expressions[11] (name 'before_after')", "'back'"),  # no such group
    ("back: {count_group: 1, unit_group: 2}\n    subordinate", "back: {count_group: 1, unit_grup: 2}\n    subordinate",
     "expressions[11] (name 'before_after').back", "'unit_grup'"),
    ("'\\blast ({weekday})\\b'", "'\\blast ({weekday}\\b'", "expressions[16] (name 'last_weekday')",
     "'pattern'"),  # does not compile
    ("'\\blast ({weekday})\\b'", "'\\blast ({wekday})\\b'", "expressions[16] (name 'last_weekday')",
     "'pattern'"),  # no such placeholder
    ("\n    holiday: nearest", "\n    holiday: nearst", "expressions[1] (name 'holiday')", "'holiday'"),
    ("\n    explicit: {prefer_dates_from: past", "\n    explicit: {prefer_dates_from: pasts",
     "expressions[5] (name 'explicit').explicit", "'prefer_dates_from'"),
    ("  - 'at (?:dawn|daybreak|midnight|noon)'", "  - 'at (?:dawn|daybreak|midnight|noon'", "dates.yaml",
     "'anaphoric[9]'"),
    ("  lead_chars: 45", "  lead_char: 45", "since", "'lead_char'"),
    ("  week: {days: 7}", "  week: {dayz: 7}", "units.week", "'dayz'"),
    ("weekday: {day: sunday, relation: before}", "weekday: {day: sundy, relation: before}",
     "expression 'weekend'", "'expressions'"),
]


@pytest.mark.parametrize("old, new, entry, key", DATES_TYPOS)
def test_a_typo_in_the_dates_file_is_e010(tmp_path: Path, old: str, new: str, entry: str, key: str) -> None:
    shipped = data_path("dates.yaml").read_text(encoding="utf-8")
    assert shipped.count(old) == 1, old
    err = str(bad(tmp_path, "dates.yaml", shipped.replace(old, new)))
    assert "dates.yaml" in err and entry in err and f"key {key}" in err, err


def test_an_expression_needs_exactly_one_resolution(tmp_path: Path) -> None:
    shipped = data_path("dates.yaml").read_text(encoding="utf-8")
    second = "\n    weekday: {day: sunday, relation: after}"
    text = shipped.replace("\n    offset_days: -1", "\n    offset_days: -1" + second)
    err = str(bad(tmp_path, "dates.yaml", text))
    assert "expression 'yesterday' needs exactly one resolution" in err and "has offset_days, weekday" in err, err


def test_a_typo_in_the_reference_actor_file_is_e010(tmp_path: Path) -> None:
    err = str(bad(tmp_path, "actors_reference.jsonl", ONE_ACTOR + '{"id": "x", "name": "X", "kind": "stat"}\n'))
    assert "actors_reference.jsonl" in err and "entry 2 (id 'x')" in err and "key 'kind'" in err, err


@pytest.mark.parametrize("start", ["2021-13-45", "'2021-02-30'", "last year"])
def test_a_bad_role_date_is_e010_naming_file_and_entry(tmp_path: Path, start: str) -> None:
    record = f"- id: x\n  name: X\n  kind: person\n  roles: [{{title: president, country: KEN, start: {start}}}]\n"
    err = str(bad(tmp_path, "actors_user.yaml", record, actors_reference__jsonl=ONE_ACTOR,
                  actors_curated__yaml="- {id: y, name: Y, kind: person}\n"))
    assert "actors_user.yaml" in err and "entry 1 (id 'x'), roles[1]" in err and "key 'start'" in err, err
    assert "YYYY-MM-DD" in err


def test_every_mode_the_lexicon_uses_is_one_its_type_allows() -> None:
    knowledge = load(Config())
    for entry in knowledge.lexicon["verbs"] + knowledge.lexicon["nouns"]:
        assert entry.get("mode") is None or entry["mode"] in knowledge.modes[entry["type"]], entry


@pytest.mark.skipif(not (REFERENCE / "plover_modes.csv").exists(), reason="../shared reference data not beside")
def test_plover_yaml_lists_the_reference_modes() -> None:
    with (REFERENCE / "plover_modes.csv").open(encoding="utf-8") as f:
        reference = {(row["event_type"], row["mode"]) for row in csv.DictReader(f)}
    shipped = yaml.safe_load(data_path("plover.yaml").read_text(encoding="utf-8"))["modes"]
    assert {(kind, mode) for kind, modes in shipped.items() for mode in modes} == reference


def test_importing_every_module_reads_no_knowledge_file() -> None:
    # `redline --help` must work with a broken data file: nothing is read until a Redline is built
    import subprocess
    import sys

    code = ("import builtins, pathlib\n"
            "opened = []\n"
            "real = pathlib.Path.read_text\n"
            "pathlib.Path.read_text = lambda self, *a, **k: (opened.append(self.name), real(self, *a, **k))[1]\n"
            "import redline.cli, redline.app, redline.extract.document\n"
            "print(sorted(n for n in opened if 'redline' in n or n.endswith(('.yaml', '.jsonl', '.tsv'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_exonym_for_a_city_geonames_lacks_is_refused() -> None:
    from redline.extract.places import Gazetteer, PlaceWords

    words = PlaceWords(*(frozenset(),) * 4, exonyms=(("Atlantis City", "Atlantis Nowhere"),))
    with pytest.raises(ValueError, match="Atlantis Nowhere"):
        Gazetteer((), words)
