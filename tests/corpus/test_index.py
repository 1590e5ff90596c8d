"""The index of prior events that linking reads: what a document sees (other documents, with an
incident, within its window), like reports grouped so one stands for all, only events near a day of the
type asked, and linking through it giving what linking the plain list gives."""

from __future__ import annotations

from corpus_records import actor, event

from redline.corpus.index import Index
from redline.corpus.link import assign_incidents, response_links

ARMY = actor("Valdorian Army", "VLD", "military", "valdorian-army")
FRONT = actor("Northern Front", None, "armed_group", "northern-front")
SHELLING = "Northern Front guns shelled the army depot at Kesh, killing nine soldiers."
RAID = "The Valdorian Army struck Northern Front camps near Kesh in retaliation for the shelling of the depot."


def shelling(doc: str, day: str, **fields: object) -> dict:
    return event(doc, 0, "ASSAULT", FRONT, ARMY, day, SHELLING, "shelled",
                 **{"mode": "artillery", "place": "Kesh", "killed": 9, "incident": f"inc-{doc}", **fields})


def test_a_document_sees_other_documents_with_an_incident_within_its_window() -> None:
    index = Index()
    evs = [shelling("a", "2031-04-02"), shelling("b", "2031-04-02", incident=None), shelling("c", "2031-06-01"),
           shelling("own", "2031-04-02")]
    index.add(evs, [(d, d) for d in (730000, 730000, 730060, 730000)])
    assert [ev["doc_id"] for ev in index.prior({"own"}, (729990, 730010))] == ["a"]
    assert len(index.prior({"own"}, None)) == 2 and list(index.prior(set(), (1, 0))) == []


def test_reports_alike_in_all_that_linking_reads_are_one_group() -> None:
    index = Index()
    copies = [shelling(f"copy{n}", "2031-04-02", incident="inc-a") for n in range(5)]
    other = shelling("other", "2031-04-02", incident="inc-a", killed=8)
    index.add([*copies, other])
    near = index.prior({"copy0"}).near(["ASSAULT"], copies[0], 1)
    assert [ev["doc_id"] for ev in near] == ["copy1", "other"]  # the first visible of each group, in order
    assert index.prior(set()).near(["PROTEST"], copies[0], 1) == []
    assert index.prior(set()).near(["ASSAULT"], shelling("x", "2031-04-09"), 1) == []  # days too far apart


def test_linking_through_the_index_gives_what_the_plain_list_gives() -> None:
    prior = [shelling(f"wire{n}", day, incident=f"inc-{day}") for n, day in
             enumerate(["2031-04-01", "2031-04-02", "2031-04-02", "2031-04-05", "2031-03-30"])]
    prior.append(shelling("undated", None, incident="inc-undated"))
    doc = [shelling("new", "2031-04-02", incident=None),
           event("new", 1, "ASSAULT", ARMY, FRONT, "2031-04-03", RAID, "struck", start=300)]
    index = Index()
    index.add(prior)
    from_list = assign_incidents(doc, prior)
    assert from_list == assign_incidents(doc, index.prior({"new"})) and from_list[0] == "inc-2031-04-02"
    links = response_links(doc, prior, from_list)
    assert links == response_links(doc, index.prior({"new"}), from_list)
    assert [link["incident"] for link in links[1]] == ["inc-2031-04-02"]


def test_with_places_only_events_whose_place_may_be_the_same_are_near() -> None:
    index = Index()
    index.add([shelling("kesh", "2031-04-02", place="Kesh"), shelling("depot", "2031-04-02", place="Kesh depot"),
               shelling("nowhere", "2031-04-02", place=None), shelling("ostra", "2031-04-02", place="Ostra")])
    seen = index.prior(set())
    near = [ev["doc_id"] for ev in seen.near(["ASSAULT"], shelling("x", "2031-04-02", place="kesh"), 1, places=True)]
    assert near == ["kesh", "depot", "nowhere"]
    inside = shelling("x", "2031-04-02", place="the Kesh depot")
    assert [ev["doc_id"] for ev in seen.near(["ASSAULT"], inside, 1, places=True)] == ["kesh", "depot", "nowhere"]
    assert len(seen.near(["ASSAULT"], inside, 1)) == 4  # without places: every place
