"""scripts/link_jsonl.py: an extract output linked document by document, in file order, each against
the earlier documents within the window."""

from __future__ import annotations

from corpus_records import actor, event
from helpers import script

from redline.corpus.index import Index

ARMY = actor("Valdorian Army", "VLD", "military", "valdorian-army")
FRONT = actor("Northern Front", None, "armed_group", "northern-front")


def records() -> list[dict]:
    shelling = "Army guns shelled Front positions near Ostra on Monday, killing four fighters."
    return [
        event("monday", 0, "ASSAULT", ARMY, FRONT, "2031-04-07", shelling, "shelled", mode="artillery", killed=4),
        {"kind": "quote", "doc_id": "monday", "text": "We will answer."},
        event("tuesday", 0, "ASSAULT", ARMY, FRONT, "2031-04-07", "The shelling near Ostra on Monday killed four "
              "Front fighters.", "killed", mode="artillery", killed=4),
        event("tuesday", 1, "ASSAULT", FRONT, ARMY, "2031-04-08", "Front rockets hit an army base on Tuesday in "
              "retaliation for Monday's shelling.", "hit"),
        event("june", 0, "ASSAULT", ARMY, FRONT, "2031-06-20", shelling, "shelled", mode="artillery", killed=4),
    ]


def test_documents_are_keyed_linked_in_order_and_keep_their_other_records() -> None:
    out = script("link_jsonl").link(dict(r, key=None) for r in records())
    events = {r["key"]: r for r in out if r["kind"] == "event"}
    assert list(events) == ["monday#0", "tuesday#0", "tuesday#1", "june#0"]
    assert events["tuesday#0"]["incident"] == events["monday#0"]["incident"]
    assert events["tuesday#1"]["responds_to"][0]["incident"] == events["monday#0"]["incident"]
    assert events["tuesday#1"]["responds_to"][0]["link"] == "stated"
    assert events["june#0"]["incident"] != events["monday#0"]["incident"]  # out of the window
    assert [r["kind"] for r in out].count("quote") == 1


def test_the_window_keeps_prior_events_near_the_documents_days() -> None:
    link_jsonl = script("link_jsonl")
    prior = [dict(r, incident=str(n)) for n, r in enumerate(records()) if r["kind"] == "event"]
    index = Index()
    index.add(prior, [link_jsonl.reach(ev) for ev in prior])
    near = index.prior((), link_jsonl.window([records()[-1]], days=3))
    assert [ev["doc_id"] for ev in near] == ["june"]
    assert list(index.prior((), link_jsonl.window([dict(records()[0], date=None)]))) == []


def test_the_documents_texts_let_a_sentence_that_tells_no_act_say_an_answer_came(tmp_path) -> None:
    charge = "Ecuador accused Peru of massing troops on the border on Monday."
    denial = "A spokesman called the charge absurd."
    text = f"{charge} Lima's reply came on Tuesday. {denial}"
    (tmp_path / "quito-wire.txt").write_text(f"date 2031-03-04 {text}", encoding="utf-8")
    ecuador, peru = actor("Ecuador", "ECU", "state", "ECU"), actor("Peru", "PER", "state", "PER")
    recs = [event("quito-wire", 0, "ACCUSE", ecuador, peru, "2031-03-03", charge, "accused", start=0),
            event("quito-wire", 1, "REJECT", actor("spokesman"), ecuador, "2031-03-04", denial, "called",
                  start=text.index(denial))]
    link_jsonl = script("link_jsonl")
    texts = {"quito-wire": text}
    blind, seen = link_jsonl.link(dict(r) for r in recs), link_jsonl.link((dict(r) for r in recs), texts)
    assert blind[1]["responds_to"] == []
    assert [x["incident"] for x in seen[1]["responds_to"]] == [seen[0]["incident"]]
    read = {d.id: d.text for d in link_jsonl.read_paths([tmp_path])}
    assert read == texts
