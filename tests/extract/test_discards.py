"""Sentences about no political event: sports, shows, accidents (PETRARCH2's discard list and match scores).
Sentences written for these tests."""


def types(result) -> list[str]:
    return sorted(e.event_type for e in result.events)


def test_a_match_result_is_no_assault(run) -> None:
    assert types(run("Brazil beat Argentina 2-1 in Rio on Sunday.")) == []
    assert types(run("Ghana thrashed Nigeria 5 - 0 on Saturday.")) == []
    assert types(run("Peru beat Chile 3-0.")) == []  # the score ends the sentence


def test_beating_people_without_a_score_is_still_an_assault(run) -> None:
    assert types(run("Riot police beat students in Tbilisi on Sunday.")) == ["ASSAULT"]


def test_a_sentence_about_a_sport_gives_no_event(run) -> None:
    result = run("Italy attacked France from the first minute of the World Cup final on Sunday. "
                 "Sudanese soldiers attacked the village of Kerma on Sunday.")
    (ev,) = result.events
    assert ev.evidence.startswith("Sudanese soldiers attacked")


def test_dates_and_history_do_not_discard_a_sentence(run) -> None:
    # PETRARCH2 discards "years ago"; redline keeps the sentence (words.yaml discards_not_applied)
    result = run("Egyptian police detained two activists who had fled the country three years ago.")
    assert types(result) == ["COERCE"]


def test_a_vote_tally_is_no_score(run) -> None:
    result = run("The Security Council voted 13-2 to impose sanctions on Mali on Monday.")
    assert "SANCTION" in types(result)
