"""Session 25 (hrule25, issue 13): campaign senses and acts still to come, read from tune material only.

Kinds from the PolNeAR tune readings (tests/events/data/tune_events_session24b.tsv, tune_polnear_read_session2*.tsv;
sentences made up here, no article text): a rival beats another at the polls ("would beat Trump in a poll", "beat
Sanders in the primary"), campaigning in violence words ("hit the campaign trail", "fought the primary"), acts that
are being arranged or looked forward to ("was arranging calls", "looking forward to meeting", "all signs pointed to
Obama endorsing"), a stance in a relative clause ("groups that oppose same-sex marriage", "who backs Trump"), a
candidate's investments ("invested heavily in New Hampshire") and a legislator's blows ("attacked tax loopholes")."""

from __future__ import annotations

import pytest


def _cameos(code_text, text):
    return [e.cameo for e in code_text(text)[1]]


@pytest.mark.parametrize("text", [
    "A new poll finds that Clinton would beat Trump by ten points in a general election.",
    "Sanders beat Clinton in the Michigan primary on Tuesday.",
    "Trump beat Cruz by 20 points in New York.",
    "The survey shows Rubio would defeat Clinton in Florida.",
])
def test_beating_a_rival_at_the_polls_is_no_assault(code_text, text):
    assert not any(c.startswith(("18", "19", "20")) for c in _cameos(code_text, text)), text


@pytest.mark.parametrize("text", [
    "Vice President Joe Biden hit the campaign trail for Clinton in Pennsylvania on Monday.",
    "Cruz fought the primary in Indiana.",
])
def test_campaigning_in_violence_words_is_no_force(code_text, text):
    assert not any(c.startswith(("18", "19", "20")) for c in _cameos(code_text, text)), text


@pytest.mark.parametrize("text", [
    "Police beat protesters in Cairo on Friday.",
    "Soldiers beat the prisoners with batons.",
    "The rebels fought government troops in Idlib.",
])
def test_beating_and_fighting_with_no_election_near_still_count(code_text, text):
    assert any(c.startswith(("18", "19")) for c in _cameos(code_text, text)), text


@pytest.mark.parametrize("text", [
    "Groups that oppose same-sex marriage protested in Missouri.",
    "Ryan, who backs Trump, spoke in Wisconsin.",
])
def test_a_stance_in_a_relative_clause_is_who_they_are(code_text, text):
    assert not any(c.startswith(("05", "11")) for c in _cameos(code_text, text)), text


def test_a_stance_taken_in_a_relative_clause_is_still_an_act(code_text):
    assert "051" in _cameos(code_text, "Ryan, who endorsed Trump on Tuesday, spoke in Wisconsin.")


@pytest.mark.parametrize("text", [
    "Most candidates invested heavily in New Hampshire.",
    "Clinton's investments in energy companies drew criticism.",
])
def test_a_candidates_investment_is_no_economic_cooperation(code_text, text):
    assert not any(c.startswith("06") for c in _cameos(code_text, text)), text


def test_a_states_investment_still_cooperates(code_text):
    assert "061" in _cameos(code_text, "China invested $5 billion in Kenyan railways.")
