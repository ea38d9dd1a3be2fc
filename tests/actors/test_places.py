"""Places of every country from the Phoenix country file (cities_phoenix.tsv, build_places.py), and
the people of one story known by one name (context.same_person, coreference of officials' names)."""

from __future__ import annotations

from importlib import resources

import pytest

from tests.actors.conftest import find
from tests.conftest import shared_path
from tidings.actors.build_places import build
from tidings.actors.lexicon import data_lines


@pytest.mark.parametrize("text,name,code", [
    ("Voters in Ohio postponed the primary.", "Voters in Ohio", "USACVL"),  # (a role noun since session 19)
    ("Rescuers reached Magnitogorsk and Tyumen overnight.", "Tyumen", "RUS"),
    ("Protesters gathered in Helmand on Friday.", "Helmand", "AFG"),
    ("The governor of Montana signed the bill.", "The governor of Montana", "USAGOV"),
])
def test_a_countrys_places_give_its_country(mentions_of, text, name, code):
    assert find(mentions_of(text), name).code == code


@pytest.mark.parametrize("text,word", [
    ("Nice work was done by the team.", "Nice"),                        # not a proper noun here
    ("Andy Murray won the match.", "Murray"),                           # inside a person's name
    ("A resident of Antioch, Illinois, was charged.", "Antioch"),       # another country's namesake
])
def test_a_place_name_that_is_not_the_place_here(mentions_of, text, word):
    assert all(m.code in (None, "USA") for m in mentions_of(text) if word in m.text)


def test_places_say_where_not_whose_story(mentions_of):
    """A story about what Germany says, with the patient in Omsk: "the spokesperson" stays German."""
    text = ("The German government said on Wednesday that Navalny was poisoned. He fell ill in Omsk and "
            "was flown from Omsk to Berlin. The spokesperson said Germany would inform its partners. "
            "Germany asked Russia to explain. Berlin and German doctors confirmed it.")
    assert find(mentions_of(text, "2020-09-05"), "The spokesperson").code == "DEUGOV"


def test_one_format_one_loader():
    """cities_phoenix.tsv has cities.tsv's columns; the MIT notice of the source is kept; the
    hand-written places win (no name is in both)."""
    text = resources.files("tidings.data.actors").joinpath("cities_phoenix.tsv").read_text(encoding="utf-8")
    assert "Copyright (c) 2014 Open Event Data Alliance" in text
    rows = [row for _, row in data_lines("cities_phoenix.tsv")]
    assert len(rows) > 100 and all(len(row) == 2 and len(row[0]) == 3 for row in rows)
    hand = {n for _, row in data_lines("cities.tsv") for n in row[1].split("|")}
    assert not hand & {n for row in rows for n in row[1].split("|")}


def test_packaged_file_is_the_build_of_the_dictionary():
    phoenix = shared_path("ref", "petrarch2")
    packaged = resources.files("tidings.data.actors").joinpath("cities_phoenix.tsv").read_text(encoding="utf-8")
    assert build(phoenix) == packaged


def test_an_unknown_person_is_the_titled_one_of_the_same_name(mentions_of):
    """"Pedro Pierluisi ... former governor Pierluisi" in a story about Puerto Rico: one person."""
    text = ("Pedro Pierluisi was sworn in on Friday. The Puerto Rico Senate met on Monday. "
            "The Supreme Court of Puerto Rico ruled on Wednesday, and Puerto Rico waited. "
            "Lawmakers said former governor Pierluisi must leave. Pierluisi said he would.")
    ms = mentions_of(text, "2019-08-07")
    assert find(ms, "former governor Pierluisi").code == "PRIELI"
    assert find(ms, "Pedro Pierluisi").code == "PRIELI"
    assert "the same person as 'former governor Pierluisi'" in find(ms, "Pedro Pierluisi").why


def test_two_people_of_one_surname_stay_apart(mentions_of):
    text = ("David Turpin was sentenced on Friday in California. Judge Louise Turpin of the county "
            "court spoke. The United States court heard the case.")
    assert find(mentions_of(text, "2019-04-19"), "David Turpin").code is None


def test_an_officials_surname_is_the_official_not_a_relative(mentions_of):
    text = ("Former Vice President Joe Biden and President Donald Trump held rallies on Monday. "
            "Hunter Biden was in the news. Biden slammed Trump.")
    ms = [m for m in mentions_of(text, "2020-10-20") if m.text == "Biden"]
    assert ms and all(m.code == "USAELI" and m.name == "Joe Biden" for m in ms)


def test_a_title_of_one_city_does_not_refer_back_to_another_citys(mentions_of):
    """"The Tyumen regional governor met the Omsk mayor": two officials, not one named twice."""
    ms = mentions_of("The Tyumen regional governor met the Omsk mayor.", "2020-01-01")
    assert "coref" not in (find(ms, "the Omsk mayor").why or "")
