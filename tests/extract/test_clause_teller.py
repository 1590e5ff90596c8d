""""He" in a clause someone's office announces is that person, not a name told inside the clause (sentences
written for these tests)."""


def test_he_in_an_office_announcement_is_the_office_holder(run) -> None:
    result = run("On Sunday the office of Turkish President Recep Tayyip Erdogan said that, after a call with "
                 "Zelensky, he had met Putin in Sochi.", published="2023-03-19")
    assert any(e.source is not None and e.source.name == "Recep Tayyip Erdoğan" for e in result.events)
    assert not any(e.source is not None and e.source.name == "Volodymyr Zelensky" for e in result.events)
