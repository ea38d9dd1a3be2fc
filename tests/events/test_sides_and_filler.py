"""Session 14 (h15o, issue 15): filler a careful coder would not code (a plan of one's own, information
released) and the parties the sentence does give (whose act is called for, the one attacked in an adverbial
passive, two officials of one government), on invented sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text", [
    "The Labour Party planned to hold its annual conference online.",
    "The Chilean ministry intends to appeal the ruling.",
    "President Macron planned to announce his choice in May.",
])
def test_a_plan_of_ones_own_is_no_intent_to_cooperate(code_text, text):
    # "plan" and "intend" commit to no one: an act that codes nothing and names no other party is one's own
    # affair, not 030
    _, events = code_text(text)
    assert not [e for e in events if e.cameo.startswith("03")], codes(events)


def test_a_plan_that_names_its_party_or_a_promise_stays_an_intent(code_text):
    # the other party named by the plan ("to join the AfCFTA", "with Peru"), or a commissive verb, still commit
    assert "030" in [e.cameo for e in code_text("Nigeria planned to join the AfCFTA next month.")[1]]
    assert any(e.cameo.startswith("03") for e in code_text("Chile plans to cooperate closely with Peru.")[1])
    assert "030" in [e.cameo for e in code_text("President Macron promised to hold a referendum.")[1]]


@pytest.mark.parametrize("text", [
    "The Kenyan government released a summary of the talks on Monday.",
    "Scientists from Norway released findings about the glaciers.",
    "The Chilean police have not yet released the cause of the fire.",
])
def test_information_released_frees_no_one(code_text, text):
    # findings, a summary, a cause released are information, like a statement (PETRARCH2: RELEASE + REPORT)
    assert not [e for e in code_text(text)[1] if e.cameo.startswith("084")]


def test_whose_act_is_called_for_is_the_one_asked(code_text):
    # "called for X's resignation": X is asked (not the resignation, a thing)
    _, events = code_text("Venezuelan protesters called for Nicolas Maduro's resignation.", published="2019-02-01")
    ev = next(e for e in events if e.trigger.text == "called")
    assert ev.target is not None and ev.target.code == "VENGOV", ev.target


def test_a_passive_in_an_adverbial_phrase_acts_on_the_clause_subject(code_text):
    # "were injured after being attacked by protesters": the journalists were attacked
    _, events = code_text("Serbian journalists were injured after being attacked by Serbian protesters.")
    ev = next(e for e in events if e.trigger.text == "attacked")
    assert ev.target is not None and ev.target.code == "SRBMED" and ev.source.code == "SRBOPP"


def test_a_pronoun_for_one_official_and_another_official_are_two_parties(code_text):
    # "he" (Biden) asking for Blinken's resignation is no self-event, though both are USAGOV
    _, events = code_text("President Joe Biden met reporters. He said he had asked for Secretary of State Antony "
                          "Blinken's resignation.", published="2024-04-26")
    ev = next((e for e in events if e.trigger.text == "asked"), None)
    assert ev is not None and ev.source.code == "USAGOV" and ev.target is not None and ev.target.code == "USAGOV"
