"""Constructions met trying redline on crises it had not seen (a third round). Sentences written for these
tests."""

from helpers import only


def test_a_passive_participle_on_a_noun_tells_what_was_done_to_it(run) -> None:
    ev = only(run("The council declared a day of mourning for the miners killed on Monday."), "ASSAULT")
    assert (ev.source, ev.target.name) == (None, "miners")
    ev = only(run("Relatives of the reporters arrested in Tbilisi on Friday met the ombudsman."), "COERCE")
    assert ev.target.name == "reporters"
    ev = only(run("Rockets fired by the militia killed two farmers."), "ASSAULT")  # (an agent's act stays its own)
    assert (ev.source.name, ev.target.name) == ("militia", "two farmers")


def test_a_deed_relayed_is_its_owner_s_not_the_relayer_s(run) -> None:
    result = run("State radio announced the prime minister's resignation on Tuesday.")
    assert [(e.event_type, e.source.name) for e in result.events] == [("CONCEDE", "prime minister")]
    ev = only(run("Tbilisi regretted Moscow's refusal to negotiate."), "ACCUSE")  # (a judgement is the judge's)
    assert (ev.source.name, ev.target.name) == ("Georgia", "Russia")


def test_the_south_alone_is_the_state_whose_pair_the_document_named(run) -> None:
    result = run("North Korean artillery shelled a border island on Tuesday. The South returned fire.")
    answer = [e for e in result.events if e.source.name == "South Korea"]
    assert [(e.event_type, e.country) for e in answer] == [("ASSAULT", None)]  # (not Cameroon's South Region)
    assert all(e.country != "CMR" for e in result.events)
    assert run("The South returned fire.").events == []  # (no pair named: no one known)


def test_a_name_after_an_opening_day_is_the_subject(run) -> None:
    ev = only(run("On Friday Ankara announced sanctions on two banks."), "SANCTION")
    assert ev.source.name == "Turkey"
    ev = only(run("On Monday Ruto received the envoys in Nairobi."), "CONSULT")
    assert ev.source.name == "William Ruto"


def test_hideouts_hit_supporters_gathering_and_operations_halted(run) -> None:
    ev = only(run("Turkish jets hit rebel hideouts near Qandil on Sunday."), "ASSAULT")
    assert ev.source.name == "Turkey"
    ev = only(run("Several hundred of the senator's supporters gathered outside the courthouse."), "PROTEST")
    assert ev.source.kind == "protesters"
    ev = only(run("The army halted its offensive on Thursday."), "RETREAT")
    assert ev.mode == "ceasefire"
    result = run("Seoul warned that any provocation would meet a stern response.")
    assert [e.event_type for e in result.events] == ["THREATEN"]


def test_a_subject_with_no_negates_its_clause(run) -> None:
    assert run("No Afghan civilian was targeted by the strike.").events == []
    assert run("No soldiers were wounded in the attack on the base.").events == []


def test_an_object_pronoun_is_not_whoever_acts_in_its_clause(run) -> None:
    text = "Hundreds of farmers marched on the ministry in Dhaka on Monday. Police fired tear gas to disperse them."
    ev = only(run(text), "ASSAULT")
    assert (ev.source.kind, ev.target.name) == ("police", "farmers")
    assert not [e for e in run(text).events if e.event_type == "RETREAT"]  # (dispersing them is no retreat)


def test_prosecutors_act_for_the_state_and_speak_of_themselves(run) -> None:
    text = "Riot police beat students in Dhaka on Monday. On Tuesday prosecutors said they were investigating Yunus."
    ev = only(run(text), "ACCUSE")
    assert (ev.source.name, ev.source.kind) == ("prosecutors", "government")


def test_a_crowd_told_in_a_fragment_is_them(run) -> None:
    text = ("Crowd outside the Dutch consulate now. Burning tyres, a wall of smoke. "
            "Riot police are firing tear gas to drive them back.")
    ev = only(run(text), "ASSAULT")
    assert ev.target.name == "Crowd"  # (not the Netherlands: "Dutch" only says whose consulate)


def test_a_town_an_act_is_named_after_is_not_its_doer(run) -> None:
    ev = only(run("Mikati condemned the Sidon strike on Friday."), "ACCUSE")
    assert ev.target is None  # (Sidon is where it struck; who struck is not told here)
    text = "Israeli jets struck a building in Sidon on Friday. Mikati condemned the Sidon strike."
    ev = only(run(text), "ACCUSE")
    assert ev.target.name == "Israel"


def test_a_smaller_exact_toll_told_later_counts_a_part(run) -> None:
    text = "Rebels shelled Goma on Monday, killing at least 14 people. Three people were killed in one market."
    ev = only(run(text), "ASSAULT")
    assert ev.killed == 14


def test_a_name_after_called_is_whom_one_phoned_not_a_label(run) -> None:
    result = run("Macron called President Kassym-Jomart Tokayev on Monday and urged him to free the reporters.")
    assert [e.event_type for e in result.events] == ["REQUEST"]
    assert only(run("Macron called the arrests shameful."), "ACCUSE").source.name == "Emmanuel Macron"


def test_one_pressed_for_something_is_asked_for_it(run) -> None:
    ev = only(run("Oslo pressed the junta for the reporters' release on Monday."), "REQUEST")
    assert (ev.source.name, ev.target.name) == ("Norway", "junta")
    assert run("Troops pressed the offensive for a third day.").events == []


def test_a_gerund_after_began_is_the_act_begun(run) -> None:
    ev = only(run("Armenian artillery began pounding rebel positions on Tuesday."), "ASSAULT")
    assert (ev.source.name, ev.mode) == ("Armenia", "artillery")


def test_a_second_wave_is_another_act_of_the_last_doer(run) -> None:
    text = "Russian drones hit Odesa on Monday. On Tuesday a second wave killed four and wounded 20."
    events = run(text).events
    assert [(e.source.name, e.date.isoformat(), e.killed) for e in events] == [
        ("Russia", "2021-03-01", None), ("Russia", "2021-03-02", 4)]


def test_a_truce_said_to_hold_is_no_new_agreement(run) -> None:
    assert run("A truce between Serbia and Kosovo appeared to be holding on Friday.").events == []
    assert run("The ceasefire between the two armies held overnight.").events == []
    ev = only(run("A truce between Serbia and Kosovo took effect on Friday."), "RETREAT")  # (in force from now)
    assert ev.mode == "ceasefire"


def test_words_that_describe_a_name_are_no_part_of_it(run) -> None:
    result = run('In a video, a visibly shaken Moise urged "friends everywhere" to "speak up".')
    assert {q.speaker.name for q in result.quotes} == {"Moise"}


def test_a_day_named_in_a_sentence_with_no_verb_is_the_paragraph_s(run) -> None:
    text = ('Crowds stormed the assembly on Monday. Then, on Tuesday evening, the climbdown. "I withdraw the bill," '
            'the president said. The EU urged calm the same day.')
    result = run(text, published="2021-03-05")
    days = {e.event_type: e.date.isoformat() for e in result.events}
    assert days["REQUEST"] == "2021-03-02"  # (the same day: Tuesday's, not Monday's)
    assert days["CONCEDE"] == "2021-03-02"  # (said that Tuesday, not on the day of writing)


def test_dealings_said_not_to_be_are_refused(run) -> None:
    ev = only(run("Museveni said on Friday there would be no negotiation with the rebels."), "REJECT")
    assert (ev.source.name, ev.target.name) == ("Yoweri Museveni", "rebels")
    assert run("There were no talks on Friday.").events == []  # (a fact told by the writer: nobody refused)


def test_a_charge_d_affaires_summoned_is_a_protest_to_the_state(run) -> None:
    ev = only(run("Ankara summoned Greece's chargé d'affaires to demand an explanation."), "ACCUSE")
    assert ev.target.name == "Greece"
