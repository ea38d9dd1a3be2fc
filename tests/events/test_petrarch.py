"""PETRARCH-format verb dictionaries as user lexicons (constructed dictionaries, real parser)."""

import pytest

from tidings.events import EventCoder, petrarch

VERBS = """\
<!-- a constructed test dictionary -->
&CURRENCY
+DOLLARS
+SWISS FRANCS
--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &CURRENCY [903]
- * WEAPONS [072]
--- MEET [031:032] ---
MEET {MET MEETS}
--- SAY [---] ---
SAY
"""


@pytest.fixture(scope="module")
def dic(tmp_path_factory):
    d = tmp_path_factory.mktemp("petr")
    (d / "verbs.txt").write_text(VERBS, encoding="utf-8")
    (d / "discards.txt").write_text("+WORLD CUP\nBASEBALL\n", encoding="utf-8")
    return d


def test_reader_blocks_synsets_and_codes(dic):
    v = petrarch.read_verbs(dic / "verbs.txt", dic / "discards.txt")
    contribute = v.blocks_for("contribute", "contributes")[0]
    assert contribute.code == "070" and len(contribute.patterns) == 2
    assert ("swiss", "francs") in contribute.patterns[0].after[0] or \
        ("swiss", "francs") in contribute.patterns[1].after[0]
    meet = v.blocks_for("meet", "met")[0]
    assert (meet.code, meet.reciprocal) == ("031", "032")
    assert v.blocks_for("say", "said")[0].code is None
    assert v.discarded(["the", "world", "cup", "final"]) == (True, True)


def test_match_prefers_the_longest_pattern(dic):
    v = petrarch.read_verbs(dic / "verbs.txt")
    block = v.blocks_for("contribute", "contribute")[0]
    words = "arnor will contribute a million swiss francs to gondor".split()
    assert petrarch.match(block, words, words, 2) == ("903", None)
    words = "arnor will contribute help to gondor".split()
    assert petrarch.match(block, words, words, 2) == ("070", None)


def test_a_lone_preposition_of_a_pattern_is_the_verbs_own(code_text):
    # PETRARCH's "LEAD * TO" (030): "to" here belongs to a score, not to the verb
    events = code_text("Joe Biden led Donald Trump in the polling average, 49.7 percent to 40.3 percent.")[1]
    assert not any(e.root == "03" for e in events)


def test_coder_with_user_dictionary_only(dic, resolver):
    from tidings import nlp

    coder = EventCoder.load(verbs=[str(dic / "verbs.txt")], discards=[str(dic / "discards.txt")],
                            builtin=False)
    doc = nlp.parse_one("France will contribute a million dollars to Germany.")
    events = coder.code(doc, resolver.find(doc))
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [("FRA", "DEU", "903")]
    assert events[0].plover is None and events[0].root == "90"  # not a CAMEO code: no CAMEO facts
    doc = nlp.parse_one("France met Germany.")
    got = {(e.source.country, e.target.country, e.cameo) for e in coder.code(doc, resolver.find(doc))}
    assert got == {("FRA", "DEU", "031"), ("DEU", "FRA", "032")}
    doc = nlp.parse_one("France met Germany before the World Cup.")
    assert coder.code(doc, resolver.find(doc)) == []


def test_missing_dictionary_is_a_clear_error(tmp_path):
    with pytest.raises(petrarch.PetrarchDictionaryError):
        petrarch.read_verbs(tmp_path / "nope.txt")
