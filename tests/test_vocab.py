"""One source per vocabulary: every copy is derived from its data file and agrees with it."""

from __future__ import annotations

from importlib import resources

import yaml

from tidings import vocab
from tidings.actors.lexicon import data_lines
from tidings.events import lexicon as events_lexicon
from tidings.events import modality
from tidings.quotes import lexicon as quotes_lexicon


def test_reporting_verbs_agree_everywhere():
    reporting = vocab.reporting_verbs()
    assert {"say", "tell", "announce", "tweet", "acknowledge", "point_out"} <= reporting
    assert modality.REPORTING == reporting
    assert events_lexicon.load().reporting == reporting
    assert reporting <= quotes_lexicon.SPEECH_VERBS  # every reporting verb is a speech verb
    assert quotes_lexicon.CLAUSE_ONLY <= quotes_lexicon.SPEECH_VERBS
    # the events lexicon keeps no list of its own
    text = resources.files("tidings.data.events").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    assert "reporting" not in yaml.safe_load(text)


def test_outlets_are_the_media_actors():
    media = set()
    for _, row in data_lines("orgs.tsv"):
        row += [""] * (4 - len(row))
        if row[3] == "MEDIA":
            media |= {row[1], *(n for n in row[2].split("|") if n)}
    assert set(quotes_lexicon.OUTLETS) == media
    assert len(quotes_lexicon.OUTLETS) == len(set(quotes_lexicon.OUTLETS))
    assert {"CNN", "Reuters", "USA Today", "HuffPost", "Breitbart", "Xinhua", "TASS"} <= media
    assert not {"Dawn", "The Sun", "Vox"} & media  # too ambiguous to be actors on their own


def test_every_speech_verb_use_is_known():
    for lemma, uses in vocab.speech_verbs().items():
        assert lemma == lemma.lower().strip() and " " not in lemma, lemma
        assert uses <= {"report", "clause", "name"}, (lemma, uses)
