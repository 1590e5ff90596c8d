"""Quote speakers on sentences written for these tests."""


def speakers(result) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in result.quotes}


def test_said_before_and_after(run) -> None:
    text = ('Foreign Minister Elena Petrova said the talks were "over for now." '
            '"We will not be intimidated," said Colonel Ivan Marsh.')
    got = speakers(run(text))
    assert got["over for now."] == "Elena Petrova"
    assert got["We will not be intimidated,"] == "Ivan Marsh"


def test_according_to_and_told(run) -> None:
    text = ('The strike hit a "purely military target," according to Omar Haddad. '
            'Omar Haddad told reporters the port was "open again."')
    got = speakers(run(text))
    assert got["purely military target,"] == "Omar Haddad"
    assert got["open again."] == "Omar Haddad"


def test_called_it_and_pronoun_speaker(run) -> None:
    text = ("Prime Minister Sofia Lind spoke after the vote. She called the result “a betrayal of voters.”")
    assert speakers(run(text))["a betrayal of voters."] == "Sofia Lind"


def test_colon_quote(run) -> None:
    text = "The union spokesman Karl Brandt: “We strike on Monday.”"
    assert speakers(run(text))["We strike on Monday."] == "Karl Brandt"


def test_continued_quote_keeps_its_speaker(run) -> None:
    text = ("“The army has left the bridge,” said Mayor Tomas Weber. “Now the repairs can begin.”")
    got = speakers(run(text))
    assert got["Now the repairs can begin."] == "Tomas Weber"


def test_spokesman_speaks_for_his_organisation(run) -> None:
    text = 'A Red Crescent spokesman said the convoy was "blocked at the checkpoint."'
    quote = run(text).quotes[0]
    assert quote.via == "quote"
    assert quote.speaker is not None
    assert "Red Crescent" in (quote.speaker.name, *quote.speaker.aliases)


def test_posts_are_quotes_via_post(run) -> None:
    text = ("Crowds gathered at noon. pic.twitter.com/Zz9Yy8Xx7W — Lena Ortiz (@lenaortiz) May 2, 2021")
    result = run(text)
    (post,) = result.posts
    assert (post.author, post.handle, post.text) == ("Lena Ortiz", "lenaortiz", "Crowds gathered at noon.")
    (quote,) = [q for q in result.quotes if q.via == "post"]
    assert quote.speaker.name == "Lena Ortiz" and "lenaortiz" in quote.speaker.aliases


def test_a_pronoun_finds_a_person_the_tagger_called_an_organisation(run) -> None:
    text = ("The minister was furious. Speaking to reporters aboard his plane on Sunday, Trump said the troops would "
            "stay.\n\nA day later he wrote that the bases would be hit “very fast and very hard” if attacked.")
    assert speakers(run(text, published="2020-01-06"))["very fast and very hard"] == "Donald Trump"


def test_a_block_quote_is_spoken_by_whoever_was_just_introduced(run) -> None:
    text = ("Harbour engineer Ruth Okonjo said on Monday that the quay would stay closed.\n\n"
            "“The wall is cracked from end to end. Nobody goes near it until we know more.”\n\n"
            "The mayor disagreed.")
    assert speakers(run(text, published="2022-06-07"))[
        "The wall is cracked from end to end. Nobody goes near it until we know more."] == "Ruth Okonjo"


def test_a_name_just_before_the_verb_of_saying_speaks_however_it_is_parsed(run) -> None:
    text = ("Announcing the measures alongside Foreign Minister Annalena Baerbock, Chancellor Olaf Scholz said "
            "the officers had been involved in the plot.")
    accuse = next(e for e in run(text, published="2023-06-02").events if e.event_type == "ACCUSE")
    assert accuse.source is not None and accuse.source.name == "Olaf Scholz"


def test_wrote_before_and_after(run) -> None:
    text = ('Harbour master Ruth Okonjo wrote in a letter to the council that the pumps were "beyond repair." '
            '"The barrier was never inspected," Tavel engineer Sam Oduya wrote on Tuesday.')
    got = speakers(run(text, published="2022-06-07"))
    assert got["beyond repair."] == "Ruth Okonjo"
    assert got["The barrier was never inspected,"] == "Sam Oduya"


def test_pronoun_speaker_is_the_nearest_name(run) -> None:
    text = ('Engineer Ruth Okonjo said the pumps had failed. Mayor Dara Quill disagreed. '
            'He said the city was "doing everything it can." '
            'Dara Quill later spoke to Ruth Okonjo at the quay. She said the barrier "should have been replaced."')
    got = speakers(run(text, published="2022-06-07"))
    assert got["doing everything it can."] == "Dara Quill"
    assert got["should have been replaced."] == "Ruth Okonjo"


def test_quote_of_several_sentences_and_after_a_colon(run) -> None:
    text = ('"We hold the line. We will not leave the quay. We need sandbags," said Ruth Okonjo. '
            "Dara Quill, the mayor, said the tide would peak at dawn: “Stay away from the quay. Stay off the wall.”")
    result = run(text, published="2022-06-07")
    got = speakers(result)
    assert got["We hold the line. We will not leave the quay. We need sandbags,"] == "Ruth Okonjo"
    assert got["Stay away from the quay. Stay off the wall."] == "Dara Quill"
    assert {q.via for q in result.quotes} == {"quote"}


def test_each_quote_goes_to_the_one_who_counters_it(run) -> None:
    result = run('"The talks are over," said the Valdorian envoy. "They have barely begun," countered Ines Marr.')
    speakers = [q.speaker.name if q.speaker else None for q in result.quotes]
    assert len(speakers) == 2 and speakers[1] == "Ines Marr" and speakers[0] != "Ines Marr"


def test_a_pronoun_keeps_the_subject_of_the_sentence_before(run) -> None:
    text = ("Interior Minister Anton Brak, who flew to Lund the same day to meet King Harald, was less guarded. "
            'He called the fire "an act of sabotage" by the rebels. '
            "The rebel commander, Baran Dilan, said his fighters had shelled the base where General Omar Sayed was "
            'staying. He warned that "every airfield in the province" was now a target.')
    got = speakers(run(text, published="2022-06-07"))
    assert got["an act of sabotage"] == "Anton Brak"
    assert got["every airfield in the province"] == "Baran Dilan"


def test_a_pronoun_is_not_the_one_it_speaks_to(run) -> None:
    text = ("Foreign Minister Lena Sorel spoke by telephone with her Valdorian counterpart, Piet Holm, on Monday. "
            'What happened at the pass, she told Holm, was "a deliberate ambush" by Valdorian troops.')
    assert speakers(run(text, published="2022-06-07"))["a deliberate ambush"] == "Lena Sorel"


def test_a_pronoun_in_a_clause_goes_to_the_subject_above_it(run) -> None:
    text = ("Chancellor Mira Tal spoke to President Oren Vask by phone and repeated what she called her country's "
            '"unshakable" support. Norway recalled its envoy from Minsk on Monday, and the Belarusian foreign '
            'ministry summoned the Norwegian and Danish ambassadors over what it called their "hostile conduct".')
    got = speakers(run(text, published="2022-06-07"))
    assert got["unshakable"] == "Mira Tal"
    assert got["hostile conduct"] == "Belarus"


def test_she_added_continues_the_speaker_named_after_said(run) -> None:
    text = ('"They paid for every loaf," said Oksana, a teacher who watched Colonel Ivan Petrenko\'s men leave the '
            'square. "I still don\'t know why they came," she added.')
    got = speakers(run(text, published="2022-06-07"))
    assert got["They paid for every loaf,"] == "Oksana"
    assert got["I still don't know why they came,"] == "Oksana"


def test_verbs_that_pass_words_on_name_the_speaker(run) -> None:
    text = ("Foreign Minister Lena Sorel spoke by telephone with her Valdorian counterpart, Piet Holm, and conveyed "
            'her government\'s protest "in the strongest terms," according to the foreign ministry in Paris. '
            "Caracas denied it: Maria Lopez, the Venezuelan defence ministry's spokeswoman, dismissed the report as "
            '"pure fiction." Colonel Ivan Petrenko ordered his men north on Friday. The police opened a case against '
            'him within hours. He framed it his own way: a "peaceful walk", not a riot.')
    got = speakers(run(text, published="2022-06-07"))
    assert got["in the strongest terms,"] == "Lena Sorel"
    assert got["pure fiction."] == "Maria Lopez"
    assert got["peaceful walk"] == "Ivan Petrenko"


def test_a_statement_speaks_for_the_body_named_before(run) -> None:
    text = ("Chilean troops crossed the border at dawn, the defence ministry in Santiago said. The ministry's "
            'statement put it plainly: the reply had been "measured and final".')
    speaker = next(q.speaker for q in run(text, published="2022-06-07").quotes if q.text == "measured and final")
    # (the ministry "in Santiago" is Chile's: named by where it sits)
    assert speaker is not None and speaker.country == "CHL" and "defence ministry" in (speaker.name, *speaker.aliases)


def test_whoever_passes_a_resolution_speaks_its_words_and_a_date_before_a_colon_does_not(run) -> None:
    text = 'Tuesday: the Arab League passes resolution 22, a trade ban plus "all lawful means" to stop the shipments.'
    assert speakers(run(text, published="2022-06-07"))["all lawful means"] == "Arab League"


def test_chants_are_the_crowds_told_before_or_named_after_them(run) -> None:
    text = ("The march was peaceful.\n\n"
            'Crowd at the Belgian consulate now. Union flags, chants of "Out with the envoy", smoke at the gate. '
            "pic.twitter.com/Ab12Cd34Ef — Jan Vos (@janvos) May 3, 2021\n\n"
            'Chants of "No war" from the dockers echoed across the harbour.')
    got = speakers(run(text, published="2021-05-03"))
    assert got["Out with the envoy"] == "Crowd"
    assert got["No war"] == "dockers"


def test_a_named_spokesman_speaks_and_a_statement_speaks_for_its_issuer(run) -> None:
    text = ("The Houthis' military spokesman, Yahya Saree, said in a televised statement that the group had launched "
            '"ten drones." The statement, issued by the Ethiopian foreign ministry, called the strike '
            '"an act of aggression."')
    got = speakers(run(text, published="2022-06-07"))
    assert got["ten drones."] == "Yahya Saree"
    assert got["an act of aggression."] == "Ethiopia"


def test_the_owner_of_a_reply_or_the_issuer_of_a_statement_speaks(run) -> None:
    text = ("Colonel Dan Ivers commands the brigade. His reply was short: “We stay.” "
            "Lavrov's response was blunt: “The West will get nothing.” "
            'The rebels issued a statement calling the ceasefire "a fraud."')
    got = speakers(run(text, published="2022-06-07"))
    assert got["We stay."] == "Dan Ivers"
    assert got["The West will get nothing."] == "Sergei Lavrov"
    assert got["a fraud."] == "rebels"


def test_what_someone_was_told_does_not_make_the_tellers_speak_the_quote(run) -> None:
    text = ("Riots in the north.\n\n"
            'Lukashenko in Minsk tonight: what the miners told him sounds "like a mutiny", and he wants the army out. '
            "pic.twitter.com/Ab12Cd34Ef — Jan Vos (@janvos) May 3, 2021")
    assert speakers(run(text, published="2021-05-03"))["like a mutiny"] == "Alexander Lukashenko"


def test_people_listed_as_one_speaker_are_the_crowd_they_make_up(run) -> None:
    text = ("Waited at the bridge for an hour and the crowd kept swelling. Pensioners, nurses, dock workers in "
            'overalls, all chanting "Go home!" at an empty balcony. Students filled the square. Police, soldiers '
            'and riot units chanted "Order!" as they advanced.')
    got = speakers(run(text, published="2021-05-03"))
    assert got["Go home!"] == "crowd"
    assert got["Order!"] == "Police"


def test_a_text_with_no_owner_is_the_one_told_before(run) -> None:
    text = ("On Sunday the Arab League leaders gave Damascus one week to withdraw. If the demand is ignored, their "
            "communique said, the measures may include force.\n\n"
            'Read the Cairo communique slowly: one week, "use of force" not excluded, borders shut. '
            "https://t.co/Rb7NwQe2Lp — Sami Fadl (@samifadl) July 30, 2023")
    assert speakers(run(text, published="2023-07-30"))["use of force"] == "Arab League"


def test_it_after_a_sentence_keeps_that_sentences_subject_over_its_object(run) -> None:
    text = ("The Polish foreign ministry summoned the Russian ambassador on Monday. It called the drone incursion "
            '"a flagrant violation."')
    assert speakers(run(text, published="2023-09-18"))["a flagrant violation."] == "Poland"
