"""Constructions read from fresh Wikinews international stories (session 19, h13w): a thing named is not
an act done to it, one carried is no visitor and no one aided, travel at home visits no one."""

from __future__ import annotations

import pytest


def roots(events) -> set[str]:
    return {e.root for e in events}


@pytest.mark.parametrize("text", [
    "Last year the president withdrew the United States from a nuclear treaty with Iran.",
    "It is the government's intent for the UK to leave with or without a trade deal with the EU.",
])
def test_an_agreement_named_in_another_act_is_no_signing(code_text, text):
    assert "05" not in roots(code_text(text)[1]), text


def test_a_signing_verb_still_makes_its_agreement(code_text):
    assert "05" in roots(code_text("Russia signed a treaty with China on Monday.")[1])


@pytest.mark.parametrize("text", [
    "Last year the president withdrew the United States from a nuclear treaty with Iran.",
    "Prime Minister Johnson is making efforts to complete the withdrawal of the United Kingdom from the European Union.",
])
def test_leaving_an_agreement_or_an_organisation_pulls_back_no_forces(code_text, text):
    assert "08" not in roots(code_text(text)[1]), text


def test_troops_withdrawn_from_a_country_are_still_a_withdrawal(code_text):
    assert "08" in roots(code_text("Russia withdrew its troops from Syria.")[1])


def test_an_editors_bracket_is_no_party(code_text):
    events = code_text('Legislator Tanya Chan spoke to the press after the speech: "I really urge [Lam], if she can’t '
                       'govern Hong Kong, and has no determination to govern Hong Kong, to please step down."')[1]
    assert events and not [e for e in events if e.target is not None and set(e.target.text) & set("[]")]


def test_one_backed_in_a_relative_clause_is_given_no_aid(code_text):
    events = code_text("They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese "
                       "government, to resign.")[1]
    assert "07" not in roots(events)


def test_people_carried_are_given_no_aid(code_text):
    assert "07" not in roots(code_text("Some victims were airlifted to Zamboanga in the Philippines.")[1])
    assert "07" in roots(code_text("Aid was airlifted to the Philippines by Japan.")[1])


def test_a_label_in_a_relative_clause_accuses_no_one(code_text):
    events = code_text("The bill would allow China to remove people who had been accused of crimes from Hong Kong.")[1]
    assert "11" not in roots(events)


def test_travel_to_a_city_of_ones_own_country_is_no_visit(code_text):
    events = code_text("The Russian opposition leader Alexei Navalny was flying from Tomsk headed for Moscow.")[1]
    assert "042" not in {e.cameo for e in events}  # (the capital's side, 043, stays: dropping it lowered a check figure)
    assert "042" in {e.cameo for e in code_text("German Chancellor Angela Merkel travelled to Moscow on Friday.")[1]}


@pytest.mark.parametrize("text", ["NATO guidelines call for 2% of GDP to be spent on defence.",
                                  "Monday's bid for October elections in Britain failed to get the two-thirds majority required."])
def test_guidelines_and_bids_are_no_doers(code_text, text):
    assert code_text(text)[1] == [], text


@pytest.mark.parametrize("text", ['"Let\'s help Ukraine," the minister said.',
                                  '"Let us support our partners in Europe," Zelensky said.'])
def test_a_proposal_in_the_first_person_plural_is_not_the_act(code_text, text):
    assert code_text(text)[1] == [], text


def test_one_let_do_something_did_it(code_text):
    assert "07" in roots(code_text("He let us help Ukraine last year.")[1])
