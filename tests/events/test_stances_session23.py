"""Session 23 (h13u): stances, questions and recognition read as acts.

Read from the PolNeAR tune articles of tests/events/data/tune_polnear_read_session23c.tsv and the kinds of wrong
event the lead named (sentences made up here, no article text): a group backing someone is who they are, a
stance one has ("has the backing of") is no act, an interviewer's "asked X if …" is a question, and people who
"recognize him as" something see him so (diplomatic recognition is a state's act); documents released (emails,
tax returns) free no one."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize("text", [
    "A group backing Trump ran ads in Ohio.",
    "Activists supporting the military marched in Cairo.",
    "Troops supporting the offensive entered the town.",
])
def test_a_stance_participle_on_a_group_is_who_they_are(code_text, text):
    assert not any(e.cameo[:2] in ("05", "07") for e in code_text(text)[1]), text


def test_a_stance_participle_on_a_thing_is_still_the_help():
    from tidings import nlp
    from tidings.events.modality import stance_of_a_group

    doc = nlp.parse_one("Flights supporting the evacuation of sick children arrived in Germany.")
    assert not stance_of_a_group(next(t for t in doc if t.text == "supporting"))


def test_backing_as_a_finite_verb_still_endorses(code_text):
    assert codes(code_text("Russia backed the separatists.")[1]) == [("051", "RUS", "---SEP")]


@pytest.mark.parametrize("text", [
    "Canova has the backing of progressive activists and has raised a lot of cash.",
    "The Kremlin enjoys the backing of China.",
])
def test_a_stance_one_has_is_no_act(code_text, text):
    assert code_text(text)[1] == [], text


def test_backing_won_or_announced_still_endorses(code_text):
    assert codes(code_text("Russia won the backing of China for its plan.")[1]) == [("051", "CHN", "RUS")]
    assert codes(code_text("Russia announced its backing of the separatists.")[1]) == [("051", "RUS", "---SEP")]


@pytest.mark.parametrize("text", [
    "Scarborough asked Clinton if Trump benefits from the attacks.",
    "The host asked Obama whether the sanctions would work.",
])
def test_asking_someone_if_is_a_question_no_appeal(code_text, text):
    assert not any(e.cameo[:2] == "02" or e.trigger.text == "asked" for e in code_text(text)[1]), text


def test_asking_someone_for_something_still_asks(code_text):
    assert codes(code_text("Russia asked China for help.")[1]) == [("100", "RUS", "CHN")]
    # an "if" clause after something asked for is a condition, the request stands
    assert codes(code_text("Russia will ask China for help if the talks fail.")[1]) == [("100", "RUS", "CHN")]


@pytest.mark.parametrize("text", [
    "Many voters recognize him as an outsider.",
])
def test_people_who_recognize_someone_as_something_grant_no_recognition(code_text, text):
    assert not any(e.cameo == "054" for e in code_text(text)[1]), text


@pytest.mark.parametrize("text, dyad", [
    ("France recognized Kosovo as an independent state.", ("054", "FRA", "KSV")),
    ("Russia recognized Abkhazia as an independent state.", ("054", "RUS", "GEO")),
])
def test_a_state_still_recognizes(code_text, text, dyad):
    assert codes(code_text(text)[1]) == [dyad]


@pytest.mark.parametrize("text", [
    "Wikileaks released hacked internal emails.",
    "It would have been better if Trump had released his tax returns.",
])
def test_documents_released_free_no_one(code_text, text):
    # a publication, no release of persons or property (the lexicon's other senses of "release")
    assert not any(e.cameo.startswith("08") for e in code_text(text)[1]), text


def test_prisoners_released_are_still_freed(code_text):
    assert codes(code_text("Russia released two Ukrainian prisoners.")[1]) == [("0841", "RUS", "UKR")]
    assert [e.cameo for e in code_text("Hostages released by Hamas arrived in Israel.")[1]][:1] == ["084"]
