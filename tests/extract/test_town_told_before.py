"""A bare "the city" aimed at points back to the town named just before, on sentences written for these tests."""


def event(result, kind: str):
    return next(e for e in result.events if e.event_type == kind)


def test_the_city_shelled_is_the_town_named_before_it(run) -> None:
    result = run("Residents of Aleppo fled on Sunday as government jets bombed the city.", published="2016-09-25")
    strike = event(result, "ASSAULT")
    assert strike.target is not None and (strike.target.name, strike.target.aliases) == ("Syria", ("Aleppo",))


def test_a_town_named_in_the_sentence_before_counts(run) -> None:
    strike = event(run("Russian forces reached the outskirts of Kharkiv on Thursday. On Friday Russian artillery "
                       "shelled the city's centre.", published="2022-03-05"), "ASSAULT")
    assert strike.target is not None and "Kharkiv" in strike.target.aliases


def test_a_city_with_its_own_words_is_not_pointed_back(run) -> None:
    result = run("Residents of Aleppo fled on Sunday as government jets bombed a city in Idlib province.",
                 published="2016-09-25")
    assert all("Aleppo" not in (e.target.aliases if e.target else ()) for e in result.events)
