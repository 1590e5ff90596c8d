"""Statements that judge an act: their target is whoever did it. Sentences written for these tests."""


from helpers import of_type as events


def test_calling_an_act_a_name_blames_its_doer_told_before(run) -> None:
    # the parser reads "the raid a massacre" as two objects; the second says what the first is
    result = run("Turkish jets bombed a village near Duhok on Monday. Baghdad called the raid a massacre.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "IRQ" and ev.target.country == "TUR"


def test_a_description_in_words_of_blame_accuses(run) -> None:
    result = run("Hungarian police detained two Ukrainian activists on Friday. "
                 "Kyiv described the arrests as a provocation.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "UKR" and ev.target.country == "HUN"


def test_a_description_in_other_words_does_not_accuse(run) -> None:
    assert not events(run("The rebels pulled back, a step the mediators described as a gesture of goodwill."),
                      "ACCUSE")
    assert not events(run("The army described the operation as self-defence."), "ACCUSE")


def test_branding_a_move_a_name_accuses(run) -> None:
    result = run("Kosovo police seized two Serbian trucks on Monday. "
                 "Belgrade branded the move a violation of international law.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "SRB" and ev.target.country == "XKX"


def test_calling_a_charge_a_lie_rejects_it(run) -> None:
    result = run("Armenia accused Azerbaijan of shelling a border village. Baku called the accusation a lie.")
    (ev,) = events(result, "REJECT")
    assert ev.source.country == "AZE" and ev.target.country == "ARM"


def test_verbs_of_condemnation_from_a_broad_list(run) -> None:
    (ev,) = events(run("Ottawa deplored the expulsion of its diplomats by New Delhi."), "ACCUSE")
    assert ev.source.country == "CAN" and ev.target.country == "IND"


def test_a_denial_that_names_no_one_answers_the_accuser(run) -> None:
    result = run("Serbia accused Kosovo of attacking a border post. Pristina denied the claim on Monday.")
    (ev,) = events(result, "REJECT")
    assert ev.source.country == "XKX" and ev.target.country == "SRB"
    result = run("Kenya blamed Somalia for the raid. Mogadishu rejected that.")
    (ev,) = events(result, "REJECT")
    assert ev.target.country == "KEN"


def test_a_claim_dismissed_that_accused_no_one_answers_whoever_just_made_it(run) -> None:
    # the claim is an act the claimants told of their own: they are answered
    result = run("The rebels said they had shot down a government jet on Monday. The army dismissed the claim.")
    (ev,) = events(result, "REJECT")
    assert ev.target is not None and "rebels" in ev.target.name.lower()
    # a denial told just before is not the claim dismissed: the accusation it answers is
    result = run("Kyrgyzstan accused Tajik forces of shelling a village. Dushanbe denied it: "
                 "a ministry spokesman dismissed the claim as a lie.")
    assert [ev.target.country for ev in events(result, "REJECT")] == ["KGZ", "KGZ"]


def test_an_act_judged_in_a_predicate_the_parser_merged_is_blamed_on_its_doer(run) -> None:
    # the parser hangs "the boarding" on the adjective as a compound: it is still what is judged
    result = run("Somali pirates seized a Greek tanker on Monday. Athens called the seizure outrageous.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "GRC" and ev.target is not None and "pirates" in ev.target.name.lower()


def test_an_attack_condemned_after_a_seizure_blames_the_seizers(run) -> None:
    result = run("Somali pirates seized a Greek tanker on Monday. Norway condemned the attack on Tuesday.")
    (ev,) = events(result, "ACCUSE")
    assert ev.target is not None and "pirates" in ev.target.name.lower()


def test_saying_one_played_no_part_rejects_the_charge(run) -> None:
    result = run("Chad accused Sudan of shelling Adre on Monday. Khartoum insisted it had played no part in it.")
    (ev,) = events(result, "REJECT")
    assert ev.source.country == "SDN" and ev.target.country == "TCD"
    assert not events(run("Sudan played a part in the talks on Monday."), "REJECT")  # no denial without negation


def test_a_charge_said_to_be_false_is_rejected_and_not_made(run) -> None:
    result = run("Mali accused Algeria of arming the rebels. The Algerian foreign ministry said the charges were "
                 "baseless.")
    (ev,) = events(result, "REJECT")
    assert ev.source.country == "DZA" and ev.target.country == "MLI"
    assert len(events(result, "ACCUSE")) == 1  # the charges spoken of are Mali's, not another accusation


def test_blame_laid_on_someone_accuses_them(run) -> None:
    (ev,) = events(run("Kenya's president laid the blame squarely on Somalia."), "ACCUSE")
    assert ev.target.country == "SOM"


def test_the_followers_of_someone_stand_for_them(run) -> None:
    (ev,) = events(run("Ankara blamed the followers of Fethullah Gulen for the attack."), "ACCUSE")
    assert "Gülen" in ev.target.name or "Gulen" in ev.target.name


def test_an_owner_hung_on_the_predicate_is_the_one_judged(run) -> None:
    # the parser reads "Valdoria's conduct genocide" as one noun phrase, with Valdoria owning "genocide"
    (ev,) = events(run("Serbia's president called Kosovo's conduct genocide."), "ACCUSE")
    assert ev.target is not None and ev.target.name == "Kosovo"


def test_an_intensifier_does_not_make_a_judgement_praise(run) -> None:
    (ev,) = events(run("Kenya's foreign minister called the Somali incursion a great provocation."), "ACCUSE")
    assert ev.source.country == "KEN" and ev.target.country == "SOM"
    assert not events(run("Kenya's foreign minister called the talks a great success."), "ACCUSE")


def test_calling_a_vote_a_sham_rejects_it(run) -> None:
    assert events(run("The opposition leader called the election a sham."), "REJECT")
    assert events(run("Ukraine's president called the referendum a farce."), "REJECT")


def test_a_predicate_adjective_read_as_a_modifier_still_judges_the_act(run) -> None:
    # the parser may hang "unacceptable" on "the seizure" as a modifier after its noun
    result = run("Venezuelan troops seized a Guyanese fishing boat on Friday. "
                 "Guyana's foreign minister called the seizure unacceptable on Saturday.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "GUY" and ev.target.country == "VEN"


def test_the_act_named_again_is_the_one_told_with_the_same_word(run) -> None:
    # "the seizure" is what "seized", not the later detention told in passing
    result = run("Eritrean soldiers seized a Djiboutian patrol boat on Friday. "
                 "Hours earlier a court in Kenya had extended the detention of an Eritrean trawler. "
                 "Djibouti's foreign minister called the seizure \"illegal\".")
    (ev,) = events(result, "ACCUSE")
    assert ev.target is not None and ev.target.country == "ERI"


def test_statements_joined_by_and_share_their_target(run) -> None:
    result = run("Venezuelan troops seized a Guyanese fishing boat on Friday. "
                 "Guyana's foreign minister called the seizure unacceptable and warned of serious consequences.")
    (ev,) = events(result, "THREATEN")
    assert ev.target is not None and ev.target.country == "VEN"


def test_an_act_judged_is_first_one_done_to_the_judges_side(run) -> None:
    # the later attack abroad is not what the government of the state struck calls a violation
    result = run("Nigerien drones struck three sites in Benin on Sunday. On Monday gunmen killed nine villagers in "
                 "northern Togo. The Beninese government called the strikes a violation of sovereignty.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "BEN" and ev.target is not None and ev.target.country == "NER"


def test_measures_named_again_are_blamed_on_whoever_took_them(run) -> None:
    result = run("Chad closed its border with the Central African Republic on Monday. "
                 "Bangui called the measures unjustified on Tuesday.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "CAF" and ev.target is not None and ev.target.country == "TCD"


def test_an_act_judged_through_a_pronoun_blames_its_doer(run) -> None:
    # "it" is the shelling judged, not the last state named
    result = run("Serbian troops shelled the Bosnian town of Gorazde on Tuesday. Britain called it a war crime.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "GBR" and ev.target.country == "SRB"


def test_phoning_a_broadcaster_is_no_consultation(run) -> None:
    result = run("Ethiopian jets bombed Mekelle on Monday. The Tigrayan leader phoned state radio and called it "
                 "'fascist' aggression.")
    assert not events(result, "CONSULT")
    (ev,) = events(result, "ACCUSE")
    assert ev.target.country == "ETH"


def test_calling_a_deployment_limited_is_no_blame(run) -> None:
    assert not events(run("The general called it a limited deployment of troops."), "ACCUSE")


def test_pointing_to_an_act_blames_its_doer_and_the_act_is_only_alleged(run) -> None:
    result = run("Each side blamed the other, Addis Ababa pointing to an Eritrean assault on Zalambessa.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "ETH" and ev.target.country == "ERI"
    assert not events(result, "ASSAULT")
    assert not events(run("Seoul accused Pyongyang on Monday of a deliberate attack on its patrol boat."), "ASSAULT")


def test_nothing_pointing_to_a_state_blames_no_one(run) -> None:
    assert not run("The envoy said on Monday that nothing pointed to Eritrea.").events
    assert not run("Nobody attacked the convoy, the army said.").events


def test_a_statement_inside_what_a_joined_verb_says_shares_its_target(run) -> None:
    result = run("Eritrean jets bombed two towns in Ethiopia on Monday. Ethiopia's prime minister, Abiy Ahmed, called "
                 "the raids an act of aggression and said Ethiopia had every right to respond.")
    (ev,) = events(result, "THREATEN")
    assert ev.target is not None and ev.target.country == "ERI"


def test_it_judged_is_first_an_act_done_to_the_judges_side(run) -> None:
    result = run("Nigerien drones struck three sites in Benin on Sunday. On Monday gunmen killed nine villagers in "
                 "northern Togo. The Beninese government called it a violation of sovereignty.")
    (ev,) = events(result, "ACCUSE")
    assert ev.target is not None and ev.target.country == "NER"


def test_blame_words_of_a_joined_clause_do_not_make_the_label_an_accusation(run) -> None:
    # what the speaker says next ("revenge for the massacre") is not what it called the operation
    result = run("Ankara called the raid 'limited and proportionate' and said it was revenge for the massacre of "
                 "its soldiers.")
    assert not events(result, "ACCUSE")
    # nor is the name a participle gives it
    assert not events(run("Ankara called the operation, code-named Claw Lock, limited and said it was revenge for the "
                          "massacre of its soldiers."), "ACCUSE")


def test_a_denial_in_the_joined_clause_still_rejects(run) -> None:
    result = run("Georgia expelled two Russian diplomats on Monday. Moscow called the expulsion regrettable and "
                 "said it rested on fabricated evidence.")
    (ev,) = events(result, "REJECT")
    assert ev.source.country == "RUS"


def test_drills_condemned_blame_whoever_held_them(run) -> None:
    result = run("Russia began naval drills around Japan on Monday. Tokyo condemned the drills as intimidation.")
    (ev,) = events(result, "ACCUSE")
    assert ev.source.country == "JPN" and ev.target.country == "RUS"


def test_a_label_against_blame_is_no_accusation(run) -> None:
    assert not events(run("Ankara launched what it called counter-terrorist operations in northern Iraq on Monday."),
                      "ACCUSE")


def test_the_use_of_a_weapon_condemned_blames_whoever_used_it(run) -> None:
    result = run("Ugandan police fired on protesters in Kampala on Monday, killing three people. Human Rights Watch "
                 "condemned the use of live ammunition.")
    (ev,) = events(result, "ACCUSE")
    assert ev.target is not None and ev.target.country == "UGA"


def test_a_plain_adjective_names_no_holder(run) -> None:
    (ev,) = events(run("Kenya's opposition called for a national strike on Friday."), "REQUEST")
    assert ev.target is None


def test_calling_an_act_a_gift_or_an_opportunity_blames_no_one(run) -> None:
    assert not events(run("The president called the uprising a gift from God."), "ACCUSE")
    assert not events(run("Seoul called the summit an opportunity."), "ACCUSE")
