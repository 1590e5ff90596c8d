"""A surname alone names the person the text named in full before it (sentences written for these tests)."""


def test_a_surname_names_the_person_named_in_full_before(run) -> None:
    result = run("President Mikheil Saakashvili addressed the nation on Friday. On Saturday Saakashvili met "
                 "Condoleezza Rice in Tbilisi.", published="2008-08-16")
    meeting = next(e for e in result.events if e.event_type == "CONSULT")
    assert meeting.source is not None and meeting.source.name == "Mikheil Saakashvili"
    assert meeting.source.country == "GEO"


def test_a_surname_never_named_in_full_stays_as_written(run) -> None:
    result = run("Chief Okonkwo met the governor of Lagos on Saturday.", published="2023-05-14")
    meeting = next(e for e in result.events if e.event_type == "CONSULT")
    assert meeting.source is not None and meeting.source.name.endswith("Okonkwo") and meeting.source.id is None


def test_a_surname_of_someone_unknown_keeps_the_full_name_told_before(run) -> None:
    result = run("On Monday Russian state media accused the reporter Anna Kerrigan of spying. On Tuesday Kerrigan "
                 "denied any role.", published="2023-04-04")
    denial = next(e for e in result.events if e.event_type == "REJECT")
    assert denial.source is not None and denial.source.name == "Anna Kerrigan"
    assert denial.target is not None and denial.target.name == "Russian state media"
