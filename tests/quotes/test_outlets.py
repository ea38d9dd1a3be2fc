from __future__ import annotations

import pytest

from tidings.quotes import find_attributions


@pytest.mark.parametrize("text, outlet, cue, kind, phrase", [
    ("The talks failed, reported CNN.", "CNN", "reported", "source", "reported CNN"),
    ("According to Reuters, the talks failed.", "Reuters", "According to", "source", "According to Reuters"),
    ("The talks failed, as per CNN.", "CNN", "as per", "source", "as per CNN"),
    ("CNN reported that the talks failed.", "CNN", "reported", "source", "CNN reported"),
    ("Sources cited by the Associated Press said so.", "Associated Press", "cited by", "source",
     "cited by the Associated Press"),
    ("He told the BBC the talks failed.", "BBC", "told", "venue", "told the BBC"),
    ("He said in an interview with CNN that it failed.", "CNN", "in an interview with", "venue",
     "in an interview with CNN"),
    ("He disclosed in the CNN interview that it failed.", "CNN", "interview", "venue", "the CNN interview"),
])
def test_outlet_phrases(parse, text, outlet, cue, kind, phrase):
    found = find_attributions(parse(text))
    assert len(found) == 1, found
    a = found[0]
    assert (a.outlet, a.cue, a.kind, a.sentence) == (outlet, cue, kind, 0)
    assert phrase in text[a.start:a.end]


def test_no_outlet_without_a_cue_or_in_lower_case(parse):
    assert find_attributions(parse("An AP photographer and a cnn viewer met. He told reporters.")) == []
    assert find_attributions(parse("")) == []


def test_sentence_index(parse):
    found = find_attributions(parse("Talks opened. Talks failed, reported Reuters."))
    assert [(a.outlet, a.sentence) for a in found] == [("Reuters", 1)]
