"""Target choice by construction, on constructed sentences (none taken from a gold set): where the
party an act is aimed at sits in the sentence, and how much of the phrase is the party."""

from __future__ import annotations

import pytest

from tidings.events.gold import top_event


def _target(code_text, text):
    _, events = code_text(text)
    ev = top_event(events)
    assert ev is not None, text
    return ev, ev.target


# ---------------------------------------------------------------- a thing placed at or aimed at a party
@pytest.mark.parametrize("text, party, code", [
    ("Moldova agreed to a ceasefire in eastern Georgia .", "eastern Georgia", "GEO"),
    ("Japan voiced concern about the escalation of fighting in Sudan .", "Sudan", "SDN"),
    ("Norway expressed concern about the talks with Iran .", "Iran", "IRN"),
])
def test_a_thing_behind_a_preposition_gives_the_party_not_the_thing(code_text, text, party, code):
    # the code came from the phrase behind the preposition; the span is that phrase, not the
    # ceasefire, escalation or talks around it
    ev, t = _target(code_text, text)
    assert t is not None and t.code == code
    assert t.text == party


@pytest.mark.parametrize("text, whole", [
    # what force hits is the target itself: a base, a position
    ("Rebels attacked a military base in northern Mali .", "a military base in northern Mali"),
])
def test_what_force_hits_stays_whole(code_text, text, whole):
    ev, t = _target(code_text, text)
    assert t is not None and t.text == whole


@pytest.mark.parametrize("text, person", [
    # where one person serves or meets is not who he is
    ("Norway summoned the Iranian ambassador in Oslo to protest the arrests .", "the Iranian ambassador"),
    ("Ghanaian President John Mahama will meet US President Joe Biden in Washington on Monday for talks on trade .",
     "US President Joe Biden"),
])
def test_a_persons_place_is_not_part_of_the_person(code_text, text, person):
    ev, t = _target(code_text, text)
    assert t is not None and t.text == person


def test_a_possessor_or_modifier_keeps_the_whole_phrase(code_text):
    # "the Afghan government's efforts" is about the government's own thing: not narrowed to it
    ev, t = _target(code_text, "Chile welcomed the Peruvian government 's decision .")
    assert t is not None and t.code == "PERGOV"
    assert t.text == "the Peruvian government 's decision"


def test_a_head_that_acts_keeps_its_phrase(code_text):
    # "Russian troops in Syria": the troops are the party, with where they are
    ev, t = _target(code_text, "Norway expressed concern about Russian troops in Syria .")
    assert t is not None and t.code == "RUSMIL"
    assert t.text == "Russian troops in Syria"


def test_what_a_thing_is_of_is_the_party(code_text):
    # "the oppression of the Bolivian people": the people, not the oppression
    ev, t = _target(code_text, "Chile condemned the brutal oppression of the Bolivian people .")
    assert t is not None and t.code == "BOLCVL" and t.text == "the Bolivian people"


# ---------------------------------------------------------------- a preposition on the trigger itself
@pytest.mark.parametrize("text, code", [
    ("Ghana closed its borders with Togo on Monday .", "TGO"),
])
def test_a_coded_party_behind_with_or_against_on_the_verb(code_text, text, code):
    # no role of the pattern names a party; the coded actor "with"/"against" the act is it
    ev, t = _target(code_text, text)
    assert t is not None and t.code == code



# ---------------------------------------------------------------- a light verb's object done to
@pytest.mark.parametrize("text, party, code", [
    ("Chad freed 12 prisoners on Friday .", "12 prisoners", None),
    ("Peru expelled a Chilean diplomat .", "a Chilean diplomat", "CHLGOV"),
    ("Jordan accepted 300 Syrian refugees .", "300 Syrian refugees", "SYRREF"),
])
def test_the_people_a_light_verb_names_are_its_party(code_text, text, party, code):
    # "free prisoners", "expel diplomat", "accept refugees": the pattern's own object is who the
    # act is done to when no preposition names another party
    ev, t = _target(code_text, text)
    assert t is not None and t.text == party and t.code == code


@pytest.mark.parametrize("text", [
    "Russia sent troops on Monday .",       # one's forces are one's means
    "Iran delivered drones on Monday .",    # weapons are what is given
    "Algeria recalled its ambassador .",    # one's own envoy
    "Egypt lifted a state of emergency .",  # a state of a thing names no one
])
def test_means_own_people_and_things_are_no_party(code_text, text):
    ev, t = _target(code_text, text)
    assert t is None


# ---------------------------------------------------------------- what a statement is about
@pytest.mark.parametrize("text", [
    "The rebels claimed responsibility for the bombing .",
    "The ministry declined to comment on the lawsuit .",
])
def test_a_self_contained_statement_has_no_thing_for_a_party(code_text, text):
    # the bombing or the lawsuit is what is claimed or not commented on, not someone addressed
    ev, t = _target(code_text, text)
    assert ev.cameo in ("011", "015") and t is None


def test_a_claimed_attack_on_someone_keeps_them_as_the_party(code_text):
    ev, t = _target(code_text, "Hamas claimed responsibility for the attack on Israeli soldiers .")
    assert ev.cameo == "015" and t is not None and t.code == "ISRMIL" and t.text == "Israeli soldiers"


# ---------------------------------------------------------------- conjoined countries of one head
def test_conjoined_countries_of_an_acting_head_are_one_party_each(code_text):
    # "French and German troops": France's and Germany's troops, not Germany's alone
    _, events = code_text("French and German troops clashed with rebels .")
    sides = {(e.source.code, e.source.text) for e in events if e.cameo == "190" and e.source is not None}
    assert ("FRAMIL", "French") in sides and ("DEUMIL", "German troops") in sides


def test_conjoined_countries_of_a_joint_act_are_each_others_party(code_text):
    _, events = code_text("The Russian and US navies began a joint naval exercise .")
    dyads = {(e.source.country, e.target.country) for e in events if e.source and e.target}
    assert ("RUS", "USA") in dyads and ("USA", "RUS") in dyads


def test_a_sector_and_a_country_modifier_are_not_split(code_text):
    # "rebel and army forces" are no two countries: left to the coordination rules
    _, events = code_text("Rebel and army forces clashed near the border .")
    assert not any("one of the conjoined countries" in (a.why or "")
                   for e in events for a in (e.source, e.target) if a is not None)


# ---------------------------------------------------------------- how much of the phrase is the party
@pytest.mark.parametrize("text, whole", [
    ("Rebels attacked an army base near Gao in Mali .", "an army base near Gao"),
    ("Two inspectors for the United Nations were expelled from Iran .", "Two inspectors for the United Nations"),
    # a group or a post keeps its place, unlike one person: those in it
    ("Police detained dozens of demonstrators in Minsk .", "dozens of demonstrators in Minsk"),
    ("Militants attacked the Turkish embassy in Kabul .", "the Turkish embassy in Kabul"),
])
def test_place_and_for_phrases_belong_to_the_party(code_text, text, whole):
    # the annotators' spans keep "near/at/for" phrases on the head ("students at a university",
    # "inspectors for the UN"), as they keep "of/in/from"
    ev, t = _target(code_text, text)
    assert t is not None and t.text == whole


# ---------------------------------------------------------------- every conjunct of the party
def test_a_party_behind_the_verbs_preposition_brings_its_conjuncts(code_text):
    # "closed its borders with Togo and Benin": closed to both, one event each
    _, events = code_text("Ghana closed its borders with Togo and Benin on Monday .")
    assert {e.target.code for e in events if e.trigger.text == "closed" and e.target is not None} == {"TGO", "BEN"}


def test_an_appeal_to_conjoined_parties_asks_each(code_text):
    # "urged Peru and Bolivia to …": both are asked, not Peru alone
    _, events = code_text("Chile urged Peru and Bolivia on Monday to press Ecuador to reform its constitution .")
    asked = {e.target.code for e in events if e.trigger.text == "urged" and e.target is not None}
    assert asked == {"PER", "BOL"}


# ---------------------------------------------------------------- the pattern's own word is no party
def test_the_patterns_own_word_is_no_party(code_text):
    # "remained on alert": "alert" is the act itself; the place it is shown in is the party
    ev, t = _target(code_text, "Indian troops remained on alert in Kabul .")
    assert ev.cameo.startswith("15") and t is not None and t.text == "Kabul" and t.code == "AFG"


def test_what_the_patterns_own_word_is_aimed_at_is_the_party(code_text):
    ev, t = _target(code_text, "Dockers went on strike against the Brazilian government .")
    assert t is not None and t.code == "BRAGOV" and t.text == "the Brazilian government"


# ---------------------------------------------------------------- what the phrase leaves out or keeps
def test_a_date_is_no_part_of_the_party():
    # "in May" says when they were accepted, not who (a parse that hangs the date on the noun,
    # as the parser does in longer sentences)
    from spacy.tokens import Doc

    from tidings import nlp
    from tidings.events.syntax import phrase

    def parsed(last_word, last_ent):
        words = ["Jordan", "accepted", "300", "Syrian", "refugees", "in", last_word, "."]
        return Doc(nlp.load().vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 5, 1],
                   deps=["nsubj", "ROOT", "nummod", "amod", "dobj", "prep", "pobj", "punct"],
                   ents=["B-GPE", "O", "B-CARDINAL", "B-NORP", "O", "O", last_ent, "O"])

    assert phrase(parsed("May", "B-DATE")[4]) == (2, 5)
    assert phrase(parsed("Amman", "B-GPE")[4]) == (2, 7)  # where they are stays in the phrase


def test_a_bracket_the_party_opened_is_closed(code_text):
    ev, t = _target(code_text, "South Africa issued a warning to the Lesotho Defence Force ( LDF ) on Monday .")
    assert t is not None and t.text == "the Lesotho Defence Force ( LDF )"


# ---------------------------------------------------------------- a purpose clause's party
def test_a_purpose_clause_is_aimed_at_where_the_sending_went(code_text):
    # "to investigate the accident": the accident is a thing; the inquiry is aimed at Peru
    ev, t = _target(code_text, "Japan dispatched a team of experts to Peru to investigate the accident .")
    assert ev.cameo.startswith("09") and t is not None and t.code == "PER" and t.text == "Peru"


def test_force_in_a_purpose_clause_is_not_aimed_at_the_place(code_text):
    # "to help fight the epidemic": fighting a disease is not fighting Uganda
    _, events = code_text("Kenya sent 50 doctors to Uganda to help fight the epidemic .")
    assert not any(e.root >= "14" and e.target is not None and e.target.code == "UGA" for e in events)


def test_between_ones_own_side_and_another_the_other_is_the_party(code_text):
    # "restrictions between it and Israel": "it" is the source itself
    ev, t = _target(code_text, "The UAE formally lifted the trade restrictions between it and Israel .")
    assert t is not None and t.code == "ISR"


def test_a_thing_from_a_party_keeps_the_whole_phrase(code_text):
    # "a proposal from the Peruvian government" is the government's, as "the government's proposal" is
    ev, t = _target(code_text, "Chile welcomed a proposal from the Peruvian government .")
    assert t is not None and t.code == "PERGOV" and t.text == "a proposal from the Peruvian government"


def test_an_international_body_takes_no_country_from_where_it_serves(code_text):
    # "the NATO-led force in Afghanistan" is NATO's: not the malformed "AFGIGONAT"
    ev, t = _target(code_text, "Colombia is ready to contribute troops to the NATO - led security force in Afghanistan .")
    assert t is not None and t.code == "IGONAT" and t.country is None


def test_a_date_before_the_verb_is_no_one_called_on():
    # "On Monday, Kim called Lee to talk": "On Monday" is when, not whom "call on" asks
    from spacy.tokens import Doc

    from tidings import nlp
    from tidings.events.syntax import controlled_object

    words = ["On", "Monday", ",", "Kim", "called", "Lee", "to", "talk", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=[4, 0, 4, 4, 4, 4, 7, 4, 4],
              lemmas=["on", "Monday", ",", "Kim", "call", "Lee", "to", "talk", "."],
              deps=["prep", "pobj", "punct", "nsubj", "ROOT", "oprd", "aux", "xcomp", "punct"],
              ents=["O", "B-DATE", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O"])
    assert controlled_object(doc[4]) is None


def test_a_second_object_past_a_phrase_of_the_verb_is_a_misparse_not_a_party(code_text):
    # the parser hangs the quoted slogan on the verb as a second direct object
    events = code_text('In 1979, Vietnam invaded Cambodia under the slogans "one people" and "response to genocide."')[1]
    assert [(e.source.code, e.target and e.target.code) for e in events] == [("VNM", "KHM")]


def test_an_object_right_after_the_first_is_its_apposition(code_text):
    events = code_text("Erdogan will meet his counterpart Italian President Sergio Mattarella in Rome.")[1]
    assert any(e.target is not None and e.target.country == "ITA" for e in events)


def test_the_pronoun_a_speaker_uses_of_itself_is_the_speaker(code_text):
    # "X said it …": the source is the one who says it, named (span and code) where the saying verb names it
    events = code_text("The National Farmers' Federation said it is skeptical about the scheme.")[1]
    assert [(e.cameo, e.source.text) for e in events] == [("012", "The National Farmers' Federation")]
    events = code_text("Russia said it would attack Ukraine.")[1]
    assert [(e.source.code, e.source.text) for e in events] == [("RUS", "Russia")]


def test_it_in_what_officials_say_is_not_the_officials(code_text):
    assert code_text("Officials said it killed nine people and injured at least 50 more.")[1] == []


def test_the_first_of_two_objects_of_giving_is_the_recipient(code_text):
    # the parser hangs the recipient on the object ("Ukraine weapons"); a nationality is no recipient
    events = code_text("The US gave Ukraine weapons.")[1]
    assert [(e.root, e.source.code, e.target.code) for e in events] == [("07", "USA", "UKR")]
    assert all(e.target is None or e.target.country != "USA"
               for e in code_text("The US gave American weapons to the rebels.")[1])


def test_an_expelled_diplomat_is_his_own_countrys_not_the_host_countrys(code_text):
    events = code_text("Athens expelled the Libyan ambassador to Greece.")[1]
    assert [(e.cameo, e.source.country, e.target.code) for e in events] == [("161", "GRC", "LBYGOV")]



def test_forces_driven_out_are_fought_and_people_expelled_are_deported(code_text):
    events = code_text("Ukrainian forces expelled Russian troops from Kharkiv.")[1]
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("190", "UKRMIL", "RUSMIL")]
    assert [e.cameo for e in code_text("Russia expelled the journalists.")[1]] == ["174"]


@pytest.mark.parametrize("text", [
    "The key question on the Brazilian plans was ignored.",
    "The matter of Chile's debt was rejected.",
])
def test_who_a_topic_is_about_is_no_party_of_what_is_done_to_it(code_text, text):
    # a question or a matter is about Brazil or Chile; ignoring or rejecting it is done to no one
    _, events = code_text(text)
    assert not [e for e in events if e.target is not None and e.target.code], [(e.cameo, e.target) for e in events]


def test_a_thing_aimed_at_a_party_still_gives_the_party(code_text):
    # "sanctions on X" are aimed at X: not a topic noun
    _, events = code_text("The sanctions on Iran were lifted.")
    assert any(e.target is not None and e.target.code == "IRN" for e in events), [(e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The president said he will not sign a budget that pays for a wall along the border with Brazil.",
    "The minister said the new port on the coast of Libya will open next year.",
    "The senator demanded funding for a fence along the frontier with Chile.",
    "The president vowed to build a wall along the border with Brazil.",
    # the shared place named by the country's adjective or possessive: one side of where the wall is
    "The president said he will not sign a budget that pays for a wall along the Brazilian border.",
    "The senator said the fence along Chile's frontier will cost more.",
])
def test_a_country_reached_through_a_place_noun_is_a_place_not_the_target(code_text, text):
    # Brazil, Libya and Chile are where the wall, the port and the fence are: no one is spoken to or asked
    _, events = code_text(text)
    assert not [e for e in events if e.target is not None and e.target.code in ("BRA", "LBY", "CHL")], \
        [(e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text, code, target", [
    ("Egypt closed its border with Sudan.", "172", "SDN"),
    ("Russia massed troops on the border with Ukraine.", "150", "UKR"),
    # a place that is the thing itself, not where something is, keeps its country
    ("The French president met with the defenders of the state border of Chile.", "040", "CHL"),
    ("The minister said the territory of Chile is large.", "010", "CHL"),
    # a country's own land is the party: "in all Libyan territories"
    ("The rival authorities announced a ceasefire in all Libyan territories.", "0871", "LBY"),
])
def test_a_border_acted_on_still_gives_the_country_behind_it(code_text, text, code, target):
    # closing one's border with X is done to X; massing troops on it shows force to X
    _, events = code_text(text)
    assert any(e.cameo == code and e.target is not None and e.target.code == target for e in events), \
        [(e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text, pairs", [
    ("A trade agreement was signed between Chile and Peru last year.", {("CHL", "PER"), ("PER", "CHL")}),
    ("The treaty signed between Egypt, Jordan and Iraq covers water.",
     {("EGY", "JOR"), ("JOR", "EGY"), ("EGY", "IRQ"), ("IRQ", "EGY"), ("JOR", "IRQ"), ("IRQ", "JOR")}),
])
def test_a_mutual_act_between_parties_with_no_doer_is_each_ones_with_the_others(code_text, text, pairs):
    _, events = code_text(text)
    assert {(e.source.code, e.target.code) for e in events if e.root == "05" and e.source and e.target} == pairs


def test_the_country_of_the_attack_a_harm_happened_in_is_its_doer(code_text):
    _, events = code_text("Ten civilians were wounded in an Israeli airstrike on Gaza.")
    assert any(e.cameo.startswith("18") and e.source and e.source.code == "ISR" for e in events)
    _, events = code_text("On Saturday, Trump said Hamza bin Laden has been killed in a US counter-terrorism operation.")
    assert any(e.cameo.startswith("18") and e.source and e.source.code == "USA" for e in events)
    # (a place is where, no doer: "killed in a Syrian village"; nor is a war one takes part in)
    for text in ("Two soldiers were killed in a Syrian village.", "Hundreds of civilians were killed in the Syrian civil war."):
        _, events = code_text(text)
        assert not any(e.source and e.source.country == "SYR" for e in events)


def test_the_subject_of_a_clause_took_part_in_the_meeting_it_was_said_in(code_text):
    _, events = code_text("Macron said in a meeting with Scholz that Europe must act.")
    assert {(e.source.code, e.target.code) for e in events if e.root == "04"} >= {("FRAGOV", "DEUGOV")}
    _, events = code_text("Erdogan said during a visit to Qatar that the talks would go on.")
    assert any(e.cameo == "042" and e.source and e.source.country == "TUR" and e.target.code == "QAT" for e in events)
    _, events = code_text("Erdogan met Prime Minister Mitsotakis, who is on an official visit to Turkey.")
    assert any(e.cameo == "042" and e.source and e.source.country == "GRC" and e.target.code == "TUR" for e in events)
    # (a thing that is the clause's subject took no part: cooperation developing after a meeting)
    _, events = code_text("After a meeting with Apple's management, cooperation between Ukraine and the company "
                          "is developing.")
    assert not any(e.root == "04" and e.source and e.source.country == "UKR" for e in events)


@pytest.mark.parametrize("text, city", [
    ("The Ukrainian minister spoke at the Geneva Forum on Monday. He called on international donors to increase aid "
     "to his country.", "CHE"),
    ("The Ukrainian minister arrived in Paris on Monday. He threatened to cut gas supplies.", "FRA"),
])
def test_a_city_where_someone_spoke_or_arrived_is_no_party_of_a_later_appeal_or_threat(code_text, text, city):
    # an appeal or threat naming no coded addressee looks for another party nearby; the city of the forum or the
    # arrival is where it was, not whom it is aimed at (the arrival itself still visits the city's country)
    _, events = code_text(text)
    assert not [e for e in events if e.cameo[:2] in ("02", "13") and e.target is not None and e.target.code == city], \
        [(e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The foreign ministers agreed to a future meeting in Lisbon.",
    "The foreign ministers agreed to meet again on Corfu.",
    "The foreign ministers agreed to hold a conference at Lisbon next month.",
])
def test_the_city_a_meeting_is_held_in_is_its_venue_not_a_party(code_text, text):
    # where a meeting or talks will be is no one they are held with
    _, events = code_text(text)
    assert not [e for e in events if e.target is not None and e.target.code], [(e.cameo, e.target) for e in events]


def test_a_meeting_with_a_party_in_a_city_keeps_the_party(code_text):
    _, events = code_text("Greece agreed to talks with Turkey in Lisbon.")
    assert any(e.target is not None and e.target.code == "TUR" for e in events), [(e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("About 150,000 Chadian troops were involved in the invasion of Niger.", "TCDMIL", "NER"),
    ("Iranian forces were engaged in the attack on the Saudi oil field.", "IRNMIL", "SAU"),
])
def test_those_involved_in_a_nominal_act_do_it(code_text, text, source, target):
    # the passive of taking part names the act's doers as its subject, as "took part in the attack" does
    _, events = code_text(text)
    assert any(e.source is not None and e.source.code == source and e.target is not None and e.target.code == target
               for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("Chadian troops were sent to Niger last month.", "TCDMIL", "NER"),
    ("The pact on sending Egyptian soldiers to Sudan was signed.", "EGYMIL", "SDN"),
    ("Russian troops were deployed to Belarus.", "RUSMIL", "BLR"),
])
def test_forces_sent_with_no_sender_named_are_sent_by_their_own_side(code_text, text, source, target):
    _, events = code_text(text)
    assert any(e.source is not None and e.source.code == source and e.target is not None and e.target.code == target
               for e in events), [(e.cameo, e.source, e.target) for e in events]


def test_forces_harmed_in_a_passive_are_not_its_doers(code_text):
    _, events = code_text("Russian troops were attacked in Syria.")
    assert not [e for e in events if e.source is not None and e.source.code == "RUSMIL"], \
        [(e.cameo, e.source, e.target) for e in events]
