"""Session 23 (h13r): campaign language is no violence, and a verb in its other sense is no act.

Read from the PolNeAR tune articles of tests/events/data/tune_polnear_read_session23.tsv (sentences made up here,
no article text): candidates battling for a nomination, populist attacks on banks, attacks on a campaign, a
candidate who caught fire with activists, rallying support, backing up one's claims, supporting an overhaul."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text", [
    "Cruz and Rubio battled for the nomination in Florida.",
    "Cruz and Rubio fought for votes in Florida.",
])
def test_candidates_battling_for_a_prize_of_the_election_fight_no_one(code_text, text):
    assert code_text(text)[1] == [], text


def test_still_a_fight_for_a_place(code_text):
    assert [e.cameo for e in code_text("The rebels fought for control of the city.")[1]] == ["190"]


def test_a_populist_attack_is_words(code_text):
    assert [e.cameo for e in code_text("Sanders made populist attacks on big banks.")[1]] == ["111"]


@pytest.mark.parametrize("text", [
    "Trump's attacks on the Clinton campaign continued on Monday.",
    "Trump stepped up his attacks on Clinton's campaign.",
])
def test_attacks_on_a_campaign_are_criticism(code_text, text):
    assert [e.cameo for e in code_text(text)[1]] == ["111"], text


def test_attacks_on_a_place_still_attack(code_text):
    assert codes(code_text("Russia launched attacks on Ukrainian cities.")[1]) == [("190", "RUS", "UKR")]


def test_backing_up_claims_endorses_no_one(code_text):
    assert code_text("The senator has backed up the governor's claims.")[1] == []
    assert codes(code_text("Russia backed the separatists.")[1]) == [("051", "RUS", "---SEP")]


def test_supporting_an_overhaul_gives_no_aid(code_text):
    assert [e.cameo for e in code_text("Rubio has long supported an overhaul of the immigration system.")[1]] != ["070"]


@pytest.mark.parametrize("text, verb, sense", [
    ("The senator quickly caught fire with young voters in Iowa.", "caught", True),
    ("The police caught the suspect in Paris.", "caught", False),
    ("The governor hopes to rally support among women.", "rally", True),
    ("Thousands rallied outside the embassy.", "rallied", False),
])
def test_catching_fire_and_rallying_support_are_other_senses(text, verb, sense):
    # the learned model codes these (an arrest, a protest); the lexicon's ``other_senses`` drop them for every coder
    from tidings import nlp
    from tidings.events.lexicon import load
    from tidings.events.syntax import other_sense

    doc = nlp.parse_one(text)
    trigger = next(t for t in doc if t.text == verb)
    assert other_sense(trigger, load().other_senses) is sense


@pytest.mark.parametrize("text", [
    "Rubio has long supported an overhaul of the immigration system.",
    "Sanders has always opposed the trade deal.",
    "The United States has long backed Israel.",
])
def test_a_stance_held_as_a_habit_is_a_description(code_text, text):
    assert code_text(text)[1] == [], text


def test_a_barring_that_means_unless_bars_no_one(code_text):
    assert code_text("Few donors will return to the Democratic Party, barring a Republican nominee that donors "
                     "could not support.")[1] == []
    assert [e.cameo for e in code_text("Hungary issued an order barring Russian diplomats from entering.")[1]] == ["172"]


def test_every_infinitive_of_a_plan_is_planned(code_text):
    # "… and to expel …" repeats the plan's "to": the second act is the plan's too, not done
    events = code_text("Trump announced a plan to impose tariffs on China and to expel Chinese diplomats.")[1]
    assert [(e.cameo[:2], e.modality) for e in events] == [("16", "promised"), ("16", "promised")]


def test_a_scenario_is_imagined(code_text):
    assert code_text("The system could lead to a scenario in which members of Congress defy the will of voters.")[1] == []
    assert code_text("Analysts warned of a scenario in which Russia attacks Ukraine.")[1] == []


def test_a_campaign_ad_is_released_and_attacks_no_one(code_text):
    # an ad is words that act only through the campaign behind it: it fires no shot, and releasing it frees no one
    assert code_text("The campaign released an attack ad targeting Sanders.")[1] == []


@pytest.mark.parametrize("text", [
    "The senator supported the tax cuts proposed by the White House.",
    "Germany supported the resolution on Monday.",
])
def test_supporting_cuts_or_a_resolution_gives_no_aid(code_text, text):
    # a measure one supports is endorsed (lexicon ``abstractions``), no aid goes to the one who proposed it
    assert [e.cameo for e in code_text(text)[1] if e.trigger.text.startswith("support")] == ["051"], text


@pytest.mark.parametrize("text", [
    "Sharpton is probably inclined to endorse Clinton.",
    "The senator is likely to endorse Clinton.",
    "Russia is poised to invade Ukraine.",
])
def test_a_leaning_or_a_likelihood_is_no_act(code_text, text):
    assert code_text(text)[1] == [], text


def test_a_free_relative_names_no_act(code_text):
    assert code_text("I'm fine with whatever they negotiate with Iran.")[1] == []
