"""Statements between political actors are events (issue 13, item 5; session 23, read from PolNeAR tune articles):
what a speaker says of another actor (a blow in words, derision, being critical of someone, a characterisation) is
the speaker's act toward the one it names; a verb of naming with a predicate asks nothing."""

from __future__ import annotations

import pytest


def codes(events):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


def test_a_blow_in_words_at_a_persons_words_denounces_the_person(code_text):
    # "slam", "lambast": the verbs' own pattern is a disapproval (110); as a verbal blow they denounce (111)
    _, events = code_text("Clinton slammed Trump's remarks about the judge.")
    assert [(c, t) for c, _, t in codes(events)] == [("111", "USAELI")]
    _, events = code_text("The senator lambasted the governor.")
    assert codes(events) == [("111", "---LEG", "---GOV")]


@pytest.mark.parametrize("text, dyad", [
    ("Senator Warren mocked Donald Trump on Tuesday.", ("---LEG", "USAELI")),
    ("Obama ridiculed Mitt Romney on Monday.", ("USAELI", None)),
    ("Warren ridiculed Trump's claims.", (None, "USAELI")),
])
def test_derision_criticises_its_object(code_text, text, dyad):
    _, events = code_text(text)
    assert [(c, (s, t)) for c, s, t in codes(events)] == [("111", dyad)], text


def test_being_critical_of_someone_criticises_them(code_text):
    _, events = code_text("The Russian Foreign Ministry has been critical of the United States.")
    assert codes(events) == [("111", "RUSGOV", "USA")]


def test_a_politicians_pounding_of_a_person_is_words_an_armys_of_a_place_is_force(code_text):
    _, events = code_text("Bernie Sanders spoke in Brooklyn. Hillary Clinton kept pounding him on the gun issue.")
    assert [e.cameo for e in events if e.trigger.text == "pounding"] == ["111"]
    _, events = code_text("Israeli artillery pounded Gaza on Monday.")
    assert codes(events) == [("194", "ISR", "PSE")]


def test_a_charlatan_is_a_characterisation(code_text):
    _, events = code_text("Senator Graham said Trump was a charlatan.")
    assert codes(events) == [("111", "---LEG", "USAELI")]


def test_calling_someone_unfit_to_serve_asks_nothing_of_them(code_text):
    _, events = code_text("Senator Graham called Trump unfit to serve as president.")
    assert not any(e.cameo.startswith(("02", "10")) for e in events), codes(events)
    _, events = code_text("Clinton called on Trump to resign.")  # an appeal still is one
    assert [(c, t) for c, _, t in codes(events)] == [("025", "USAELI")]


@pytest.mark.parametrize("text", [
    "The Obama campaign's voter files could be critical for Clinton in November.",
    "The ministry is critical to the success of the reform.",
    "Germany will be critical for the talks.",
])
def test_critical_of_no_one_is_a_word_of_importance(code_text, text):
    _, events = code_text(text)
    assert not any(e.cameo.startswith("11") for e in events), (text, codes(events))


def test_a_writing_about_someone_ridiculed_by_no_one_named_is_no_blow_at_them(code_text):
    for text in ("Smith's earlier memo on Trump was widely ridiculed for its claims.",
                 "The report on Russia was widely criticized."):
        _, events = code_text(text)
        assert not any(e.cameo.startswith("11") for e in events), (text, codes(events))
    _, events = code_text("Putin was widely criticized for the decision.")  # the one criticised still is
    assert [(c, t) for c, _, t in codes(events)] == [("111", "RUSGOV")]
