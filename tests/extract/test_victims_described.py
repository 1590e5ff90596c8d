"""A group described by an appended "most of them ..." is also known by that noun (sentences written here)."""


def test_victims_most_of_whom_were_civilians_are_also_the_civilians(run) -> None:
    result = run("Militants stormed a hotel in Mogadishu on Friday, killing 12 people, most of them civilians.",
                 published="2022-08-21")
    attack = next(e for e in result.events if e.event_type == "ASSAULT")
    assert attack.target is not None and "civilians" in attack.target.aliases


def test_a_group_with_no_such_phrase_keeps_its_own_names(run) -> None:
    result = run("Militants stormed a hotel in Mogadishu on Friday, killing 12 people.", published="2022-08-21")
    attack = next(e for e in result.events if e.event_type == "ASSAULT")
    assert attack.target is not None and "civilians" not in attack.target.aliases
