"""The PETRARCH-derived verbs: built from CAMEO.2.0.txt, tried where the lexicon has no entry."""

from __future__ import annotations

import io
from importlib import resources

import pytest

from tests.conftest import shared_path
from tidings.events import build_lexicon, petrarch
from tidings.model import RawDocument
from tidings.pipeline import code

SMALL = """\
# a comment
&CURRENCY
+DOLLAR
+EURO
---  ARRANGE   [036]  ---   # block comment
ARRANGE {ARRANGED ARRANGES}
- * TRUCE        [0356]   # kept
- * &CURRENCY    [061]    # kept
- * ATTACK       [190]    # dropped root
- * NONSENSE     [999]    # unknown code
---  OBSERVE   [010]  ---
SEE {SAW SEEN}
"""


def test_convert_keeps_known_codes_drops_defaults_dropped_roots_and_comments():
    out = build_lexicon.convert(SMALL.splitlines(), dropped={"19"})
    text = "\n".join(out)
    assert "#" not in text
    assert "---  ARRANGE   [---]  ---" in out and "---  OBSERVE   [---]  ---" in out  # no block defaults
    assert any("TRUCE" in line and "[0356]" in line for line in out)
    assert any("&CURRENCY" in line and "[061]" in line for line in out)
    assert "ATTACK" not in text and "NONSENSE" not in text
    assert "+DOLLAR" in out  # synonym sets stay whole


def test_braces_and_parentheses_in_patterns_are_phrases(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("---  SEND   [---]  ---\nSEND\n- * {PEACE TROOPS} (TO)  [0334]\n", encoding="utf-8")
    block = petrarch.read_verbs(path).blocks[0]
    assert block.patterns[0].after == [[("peace", "troops")], [("to",)]]
    words = "they send peace troops to the region".split()
    assert petrarch.match(block, words, words, 1) == ("0334", None)
    words = "they send troops of peace to the region".split()
    assert petrarch.match(block, words, words, 1) == (None, None)  # the braces keep the phrase whole


def test_packaged_file_is_built_and_carries_the_mit_notice():
    text = resources.files("tidings.data.events").joinpath(petrarch.PACKAGED).read_text(encoding="utf-8")
    assert "Derived from PETRARCH2" in text and "The MIT License (MIT)" in text
    assert "Open Event Data Alliance" in text
    verbs = petrarch.packaged_verbs()
    assert verbs is not None and len(verbs.blocks) > 300
    assert all(b.code is None for b in verbs.blocks)  # block defaults are never imported


def test_wide_verbs_code_a_dyad_where_the_lexicon_has_no_entry_and_nothing_else():
    texts = ["France arranged a truce with Mali.",  # "arrange" is not in the lexicon: PETRARCH's pattern
             "Soldiers died in Syria.",  # PETRARCH's default for "die" is fighting: not imported
             "The Japanese minister saw the Chinese delegation at the airport."]  # statement defaults are not imported
    coded = list(code([RawDocument(id=str(i), text=t) for i, t in enumerate(texts)], published="2024-04-26"))
    arranged = [(e.cameo, e.source.code, e.target.code) for e in coded[0].events]
    assert arranged == [("0356", "FRA", "MLI")]
    assert coded[1].events == [] and coded[2].events == []


def test_wide_verbs_code_no_act_from_what_one_informs_of_or_cites(code_text):
    # PETRARCH codes "explain … progress" as an intent to cooperate: a verb of informing passes on information
    for text in ("President Macron informed Chancellor Scholz on the progress of the talks.",
                 "The Chilean minister cited the Peruvian government's support for the plan as his motivation."):
        _, events = code_text(text)
        assert not [e for e in events if e.cameo.startswith("03")], (text, [(e.cameo, e.trigger.text) for e in events])
    # sharing information is what they do: PETRARCH's 064 for a briefing stays
    _, events = code_text("Putin briefed Scholz on the special military operation.")
    assert [e.cameo for e in events if e.trigger.text == "briefed"] == ["064"], [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.gold
def test_packaged_file_equals_a_fresh_build(tmp_path):
    """The shipped file is what the build step makes now (the CAMEO table and the lexicon it
    reads may have changed since): rebuild with ``python -m tidings.events.build_lexicon``."""
    source = shared_path("ref", "petrarch2", "CAMEO.2.0.txt")
    gold = shared_path("gold", "events", "conflibert_train", "cameo_class_tune.tsv")
    target = tmp_path / "petrarch_verbs.txt"
    build_lexicon.build(source, gold, target, out=io.StringIO())
    packaged = resources.files("tidings.data.events").joinpath(petrarch.PACKAGED).read_text(encoding="utf-8")
    assert target.read_text(encoding="utf-8") == packaged
