"""Armed groups, parties, movements and IGOs of the Phoenix dictionaries, built in (orgs_phoenix.tsv)."""

from __future__ import annotations

from importlib import resources

import pytest

from tests.actors.conftest import find
from tests.conftest import shared_path
from tidings.actors.build_groups import build
from tidings.actors.lexicon import data_lines


@pytest.mark.parametrize("text,name,code", [
    ("NASA launched the probe.", "NASA", "USAGOV"),
    ("The Kurdistan Regional Government closed the border.", "Kurdistan Regional Government", "IRQGOV"),
    ("The Basij said on Monday it was ready.", "Basij", "IRNMIL"),
    ("The LTTE attacked an army camp.", "LTTE", "LKAREB"),
    ("The Liberation Tigers of Tamil Eelam attacked an army camp.", "Liberation Tigers of Tamil Eelam", "LKAREB"),
    ("FARC rebels freed two hostages.", "FARC rebels", "COLREB"),
    ("The Abu Sayyaf Group kidnapped tourists.", "Abu Sayyaf Group", "PHLREB"),
    ("SAARC leaders met in Kathmandu.", "SAARC leaders", "IGOSASSAA"),
])
def test_groups_resolve_without_user_dictionaries(mentions_of, text, name, code):
    assert find(mentions_of(text), name).code == code


def test_hand_written_orgs_win_and_gain_the_dictionarys_spellings(mentions_of):
    """Hezbollah keeps orgs.tsv's code; the Phoenix spelling "Hizbullah" joins it, not LBNREB."""
    assert find(mentions_of("Hizbullah fired rockets."), "Hizbullah").code == "LBNREBHEZ"
    assert find(mentions_of("The African National Congress won the vote."), "African National Congress").code == "ZAFPTY"


@pytest.mark.parametrize("text,word", [
    ("The Foundation said it would fund the school.", "Foundation"),
    ("Avengers broke box office records.", "Avengers"),
    ("Tigers were seen near the village.", "Tigers"),
    ("The Organization will meet on Monday.", "Organization"),
])
def test_common_words_are_not_groups(mentions_of, text, word):
    """Names the non-state file gives a group that are common words first never code as it."""
    assert all(m.code is None or "REB" not in m.code for m in mentions_of(text) if m.text == word)


def test_a_country_name_stays_the_country(mentions_of):
    assert find(mentions_of("South Africa sent troops."), "South Africa").code == "ZAF"


def test_one_format_one_loader():
    """orgs_phoenix.tsv has orgs.tsv's columns and kinds; the MIT notice of the source is kept."""
    text = resources.files("tidings.data.actors").joinpath("orgs_phoenix.tsv").read_text(encoding="utf-8")
    assert "Copyright (c) 2014 Open Event Data Alliance" in text
    rows = [row for _, row in data_lines("orgs_phoenix.tsv")]
    assert len(rows) > 900
    assert {row[3] for row in rows} == {"GROUP", "IGO", "AGENCY"}
    assert all(row[0].isalpha() and row[0].isupper() and len(row[0]) >= 6 for row in rows)


def test_packaged_file_is_the_build_of_the_dictionaries():
    """The data file and the build script cannot drift apart: building again gives the same bytes."""
    phoenix = shared_path("ref", "petrarch2")
    packaged = resources.files("tidings.data.actors").joinpath("orgs_phoenix.tsv").read_text(encoding="utf-8")
    assert build(phoenix) == packaged


def test_a_one_word_body_ending_a_longer_name_is_another_body(mentions_of):
    """"Congress" alone is the US Congress; ending another organisation's name it is not."""
    ms = mentions_of("The Nigeria Labour Congress called a strike. The Indian National Congress won seats.", None)
    assert all(m.code != "USALEG" for m in ms)
    assert find(ms, "Labour Congress").code is None and find(ms, "Nigeria").code == "NGA"
    assert find(mentions_of("The US Congress passed the bill.", None), "US Congress").code == "USALEG"
    assert find(mentions_of("Congress passed the bill.", None), "Congress").code == "USALEG"
