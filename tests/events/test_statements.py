"""Statements with no other actor named: kept when an actor makes one that says what it is about."""

from __future__ import annotations


def codes(events):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


def test_a_statement_with_a_topic_stands_without_a_target(code_text):
    _, events = code_text("China expressed pessimism about the prospects of the negotiations.")
    assert codes(events) == [("012", "CHN", None)]
    _, events = code_text("The Swiss government rejected accusations that it had hidden the report.")
    assert codes(events) == [("016", "CHEGOV", None)]


def test_a_statement_without_topic_or_actor_is_still_filler(code_text):
    for text in ("Blinken made the comments in an interview on Friday.",  # no topic: "on Friday" is a date
                 "Analysts expressed pessimism about the prospects of the talks.",  # no actor
                 "The Russian president said the economy was growing."):  # plain saying is not a statement event
        _, events = code_text(text)
        assert events == [], text


def test_what_one_says_another_must_do_is_a_demand_to_that_actor(code_text):
    _, events = code_text("Germany said Russia should release Navalny immediately.")
    assert codes(events) == [("1053", "DEU", "RUS")]
    _, events = code_text("The ministry said Russia must withdraw its troops from Ukraine.")
    assert codes(events)[0][0] == "1056" and codes(events)[0][2] == "RUS"


def test_an_obligation_of_ones_own_side_or_of_nobody_named_is_no_demand(code_text):
    for text in ('"We must defend our land," Zelenskyy said.',
                 'Nujoma stated that "homosexuals must be condemned and rejected in our society."'):
        _, events = code_text(text)
        assert not any(e.cameo.startswith("10") for e in events), (text, codes(events))


def test_a_demand_in_a_that_clause_goes_from_the_demander_to_the_one_asked(code_text):
    _, events = code_text("Iran demanded that the United States lift sanctions.")
    assert codes(events) == [("1054", "IRN", "USA")]
    _, events = code_text("Iran urged that the United States lift sanctions.")
    assert codes(events) == [("0254", "IRN", "USA")]


def test_an_obligation_whose_act_has_no_code_is_a_plain_demand(code_text):
    _, events = code_text('"Russia must stop the shelling of our cities," Zelenskyy said.')
    assert codes(events) == [("100", "UKRGOV", "RUS")]
    _, events = code_text("The minister said the government must act.")  # no other actor named
    assert events == []


def test_saying_another_actor_was_behind_a_harm_is_an_accusation(code_text):
    _, events = code_text("Ukraine said Russia was behind the cyberattack.")
    assert codes(events) == [("112", "UKR", "RUS")]
    for text in ("Russia said it was not behind the attack.",  # a denial blames nobody
                 "Ukraine said Russia was behind schedule.",  # no harm
                 "China said the United States was responsible for maintaining peace."):
        _, events = code_text(text)
        assert not any(e.cameo == "112" for e in events), (text, codes(events))


def test_agreeing_that_something_is_so_is_an_opinion_not_a_pledge(code_text):
    _, events = code_text("Egypt and Jordan agreed they are waiting for action from Israel.")
    assert not any(e.cameo.startswith("03") for e in events), codes(events)
    _, events = code_text("Xi pledged that China would provide aid to Pakistan.")
    assert codes(events) == [("033", "CHN", "PAK")]


def test_offering_a_meeting_is_an_offer_to_meet(code_text):
    _, events = code_text("Zelenskyy offered Putin a meeting in any format.")
    assert codes(events) == [("036", "UKRGOV", "RUSGOV")]


def test_recognising_a_war_as_genocide_is_criticism_and_a_state_as_independent_recognition(code_text):
    events = code_text("The parliament decided to recognize Russia's war against Ukraine an act of genocide.")[1]
    assert [(e.cameo, e.target.country) for e in events] == [("111", "RUS")]
    assert [e.cameo for e in code_text("Russia recognized Abkhazia as an independent state.")[1]] == ["054"]
    called = code_text("Zelensky called Russia's war against Ukraine an act of genocide.")[1]
    assert ("111", "UKRGOV", "RUS") in [(e.cameo, e.source.code, e.target.country) for e in called]


def test_saying_what_another_actor_or_its_deed_is_criticises_or_praises_it(code_text):
    # a that-clause (or a quote) whose predicate is a word of blame or praise: the speaker's act toward the actor
    assert codes(code_text("The minister said Germany's policy was a mistake.")[1]) == [("111", "---GOV", "DEU")]
    assert codes(code_text("Iran said the American sanctions were illegal.")[1]) == [("111", "IRN", "USA")]
    assert codes(code_text('"Russia is an aggressor state," the Ukrainian foreign minister said.')[1]) == \
        [("111", "UKRGOV", "RUS")]
    assert codes(code_text("The German chancellor said France was a reliable partner.")[1]) == \
        [("051", "DEUGOV", "FRA")]
    for text in ("The minister said Russia's decision was not a mistake.",  # denied
                 "Merkel said Macron was the leader of France.",  # a role named, no praise
                 "The Russian president said the economy was growing."):  # no judgement
        assert not any(e.cameo in ("111", "051") for e in code_text(text)[1]), text


def test_what_a_naming_verb_calls_its_object_in_quotation_marks_or_a_second_apposition(code_text):
    events = code_text("The senator called the Mexican government \"dishonest\" on Monday.")[1]
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [("111", "MEXGOV")]
    events = code_text("The minister called Mr. Lukashenko, a former farm manager, an outstanding leader.")[1]
    assert [e.cameo for e in events] == ["051"]
    # a name that is neither blame nor praise is no event, and never a phone call
    assert not any(e.cameo.startswith("04") for e in code_text('Obama called the Saudis "free riders" in an interview.')[1])
    assert [e.cameo for e in code_text('Merkel called on Russia to end its "illegal occupation" of Crimea.')[1]][:1] == ["020"]


def test_a_law_struck_down_is_a_ruling_no_criticism(code_text):
    assert not any(e.cameo.startswith("11") for e in
                   code_text("The Supreme Court struck down a restrictive Texas abortion law.")[1])
    assert [e.cameo for e in code_text("Russian forces struck Kharkiv overnight.")[1]] == ["190"]


def test_calling_out_a_rival_is_no_phone_call(code_text):
    assert not any(e.cameo.startswith("04") for e in code_text("Obama used his speech to call out Trump.")[1])
    assert [e.cameo for e in code_text("Obama called Putin on Monday.")[1]] == ["041"]
