"""Tolls told in the shapes met trying redline on crises it had not seen. Sentences written for these tests."""

from helpers import only


def test_the_wounded_told_after_the_dead_are_not_more_dead(run) -> None:
    ev = only(run("The commission counted 14 people shot dead and 90 wounded."), "ASSAULT")
    assert (ev.killed, ev.wounded) == (14, 90)
    ev = only(run("Three soldiers and two policemen were wounded."), "ASSAULT")  # (groups still add up)
    assert ev.wounded == 5


def test_people_shot_dead_are_the_victims_and_the_toll_of_the_crowd_fired_on(run) -> None:
    result = run("Soldiers opened fire on the crowd outside the palace. The commission counted 14 people shot dead "
                 "and 90 wounded.")
    ev = only(result, "ASSAULT")
    assert (ev.source.name, ev.killed, ev.wounded) == ("Soldiers", 14, 90)


def test_a_count_told_after_the_act_is_its_toll_however_the_sentence_parses(run) -> None:
    for counter, dead, hurt in (("the national rights commission", 17, 85),
                                ("the Chile National Institute of Human Rights", 22, 300)):
        result = run(f"Police opened fire on the crowd outside. By this morning {counter} had counted {dead} people "
                     f"shot dead across the country and {hurt} wounded.")
        ev = only(result, "ASSAULT")  # (the counter shot no one)
        assert (ev.source.name, ev.killed, ev.wounded) == ("Police", dead, hurt)
