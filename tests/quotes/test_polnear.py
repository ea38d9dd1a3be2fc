"""PolNeAR reading and scoring on constructed brat files, the CLI, and the gold gate."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import shared_path
from tidings.cli import main
from tidings.model import Actor, Quote, Span
from tidings.quotes.polnear import (GoldDocument, QuoteScores, holds_quote_mark, is_direct, parse_ann,
                                    read_polnear, score_document)

TEXT = "“We will act,” Blinken said. Officials said the talks failed.\n"
ANN = (
    "T1\tContent 0 14\t“We will act,”\n"
    "T2\tSource 15 22\tBlinken\n"
    "T3\tCue 23 27\tsaid\n"
    "T4\tAttribution 23 27\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tSource 29 38\tOfficials\n"
    "T6\tCue 39 43\tsaid\n"
    "T7\tContent 44 60;60 61\tthe talks failed.\n"
    "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5\n"
    "T8\tContent bad offsets\tskipped\n"
)


def test_parse_ann_ties_roles_and_keeps_discontinuous_spans():
    gold = parse_ann(ANN)
    assert [(a.content, a.source, a.cue) for a in gold] == [
        ([(0, 14)], [(15, 22)], [(23, 27)]),
        ([(44, 60), (60, 61)], [(29, 38)], [(39, 43)]),
    ]


def test_direct_is_a_content_that_begins_or_ends_with_a_mark():
    assert is_direct(TEXT, 0, 14)
    assert not is_direct(TEXT, 44, 61)
    assert is_direct('he said "no"', 8, 12)


MIXED = 'Warren said the bill was "a disaster" for families. The plan "worked," Ryan said.\n'
MIXED_ANN = (
    "T1\tContent 12 50\tthe bill was \"a disaster\" for families\n"
    "T2\tSource 0 6\tWarren\n"
    "T3\tCue 7 11\tsaid\n"
    "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
)


def test_quoted_spans_are_those_holding_a_mark_anywhere():
    # issue 16's measure: "spans holding a quotation mark (direct and mixed)"; PolNeAR's own
    # direct quotes begin or end with one
    assert holds_quote_mark(MIXED, 12, 50) and not is_direct(MIXED, 12, 50)
    assert holds_quote_mark("as ''tax reform'' was", 3, 17)
    assert not holds_quote_mark(MIXED, 0, 14) and not holds_quote_mark("Trump’s ‘deal’", 0, 14)
    gold = GoldDocument("doc", "dev", MIXED, parse_ann(MIXED_ANN))
    s = QuoteScores()
    score_document(s, gold, [Quote('"a disaster"', 25, 37, "direct", None, None),
                             Quote('"worked,"', 61, 70, "direct", None, None)])
    # the mixed gold is found by the quote inside it; the unannotated one is a false positive
    assert (s.direct_overlap.tp_r, s.direct_overlap.gold, s.direct_overlap.tp_p, s.direct_overlap.pred) == (1, 1, 1, 2)
    assert s.polnear_direct_overlap.gold == 0 and s.polnear_direct_overlap.pred == 2


def test_speaker_on_all_attributions_counts_indirect_ones():
    gold = GoldDocument("doc", "dev", TEXT, parse_ann(ANN))
    indirect = Quote("the talks failed.", 44, 61, "indirect", None, Actor("Officials", 29, 38))
    direct = Quote("“We will act,”", 0, 14, "direct", None, None)
    s = QuoteScores()
    score_document(s, gold, [direct, indirect])
    assert (s.speaker_matched, s.speaker_right) == (1, 0)
    assert (s.speaker_matched_all, s.speaker_right_all) == (2, 1) and s.speaker_accuracy_all == 0.5


def test_scores_count_overlap_tokens_and_speakers():
    gold = GoldDocument("doc", "dev", TEXT, parse_ann(ANN))
    right = Quote("“We will act,”", 0, 14, "direct", None, Actor("Blinken", 15, 22))
    wrong_speaker = Quote("“We will act,”", 0, 14, "direct", None, Actor("Officials", 29, 38))
    spurious = Quote("Officials", 29, 38, "indirect", None, None)

    s = QuoteScores()
    score_document(s, gold, [right])
    assert (s.direct_overlap.precision, s.direct_overlap.recall) == (1.0, 1.0)
    assert s.all_overlap.recall == 0.5 and s.speaker_accuracy == 1.0
    assert s.all_tokens.recall == pytest.approx(3 / 6)  # We will act | the talks failed

    s = QuoteScores()
    score_document(s, gold, [wrong_speaker, spurious])
    assert s.speaker_matched == 1 and s.speaker_right == 0
    assert s.all_overlap.precision == 0.5


def test_tokens_are_compared_by_their_place_in_the_text_whatever_the_span_starts():
    # gold "the talks failed." (44–61); a prediction that starts earlier holds all its words and
    # "Officials said" besides: recall 1, precision 3/5
    gold = GoldDocument("doc", "dev", TEXT, parse_ann(ANN))
    wider = Quote(TEXT[29:61], 29, 61, "indirect", None, None)
    s = QuoteScores()
    score_document(s, gold, [wider])
    assert (s.all_tokens.tp_r, s.all_tokens.pred, s.all_tokens.gold) == (3, 5, 6)
    assert s.all_tokens.precision == pytest.approx(3 / 5)


@pytest.fixture
def tiny_polnear(tmp_path):
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "doc_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "doc_zz99.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_read_takes_the_first_annotator(tiny_polnear):
    docs = list(read_polnear(tiny_polnear, ["dev"]))
    assert [(d.name, len(d.attributions)) for d in docs] == [("doc", 2)]


def test_cli_eval_quotes(tiny_polnear):
    result = CliRunner().invoke(main, ["eval", "quotes", "--gold", str(tiny_polnear), "--split", "dev",
                                       "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["documents"] == 1
    assert figures["direct_overlap"]["f1"] == 1.0
    assert figures["speaker_accuracy"] == 1.0
    assert figures["all_overlap"]["recall"] == 1.0


@pytest.mark.parametrize("args", [["--gold", "/nonexistent/polnear"], ["--split", "nosuch"]])
def test_cli_eval_quotes_bad_gold(tiny_polnear, args):
    full = ["eval", "quotes", "--gold", str(tiny_polnear)] + args
    result = CliRunner().invoke(main, full)
    assert result.exit_code == 1
    assert "Error" in result.output and "Traceback" not in result.output


@pytest.mark.gold
def test_gold_gate_polnear_dev_sample():
    """Floors on every fourth dev article (21 documents) through the pipeline, as ``tidings code``."""
    from tidings.quotes.polnear import evaluate

    root = shared_path("gold", "quotes", "polnear")
    s = evaluate(root, ["dev"], every=4)
    assert s.documents == 21
    # quoted spans as issue 16 counts them (holding a mark, direct and mixed): 0.9742; PolNeAR's
    # begins-or-ends definition, the figure this floor held before: 0.9609 → 0.9595
    # (session 10: 0.9595 → 0.9566, a paragraph now starts a sentence; see the full-split test)
    assert s.direct_overlap.f1 >= 0.974  # measured 0.9742
    assert s.polnear_direct_overlap.f1 >= 0.956  # measured 0.9566 (0.9595 before session 10)
    assert s.speaker_accuracy >= 0.935  # measured 0.9353, 159 of 170 (before 0.9298)
    assert s.all_overlap.f1 >= 0.837  # measured 0.8377 (before 0.8355)
    assert s.all_tokens.f1 >= 0.859  # measured 0.8599 (before 0.8545; tokens by their offset in the text)
    # every matched attribution, judged on the prediction sharing the gold cue where there is one
    assert s.speaker_accuracy_all >= 0.890  # measured 0.8905, 431 of 484 (before 0.8799)


@pytest.mark.gold
def test_gold_gate_polnear_dev_full_pipeline():
    """The check split, whole, coded by the pipeline (actor mentions, coreference, the link to
    events): the product's figures. Quote finding never falls below a plain regex for quoted text."""
    from tidings.quotes.polnear import evaluate, evaluate_regex

    root = shared_path("gold", "quotes", "polnear")
    s = evaluate(root, ["dev"])
    regex = evaluate_regex(root, ["dev"])
    assert s.documents == regex.documents == 84
    # Quoted spans as issue 16 counts them: spans holding a quotation mark, direct and mixed.
    # Scored that way the same output of the round before was 0.9630 (regex 0.9575); quoted labels
    # (`portraying migrants as “rapists”`, `has been called “…”`) lifted it to 0.9654, markup
    # attributes no longer taken for quotes (`<tweet date="…">`) to 0.9659, title-case names after
    # a noun (`the TV show “Shark Tank.”`) to 0.9663.
    # Session 10 lowered this floor, disclosed: a paragraph now starts a sentence before the parser
    # runs (the parse had run `… Biden Jr.¶Mrs. Clinton often says` into one sentence), which lifted
    # the speaker figure 0.8921 → 0.8970 and cost quoted spans 0.9663 → 0.9648: the joined parse had
    # kept a few short uncued quotes (`the nation's “crumbling infrastructure.”`) by luck; `made it
    # clear that …` then added two mixed quotes PolNeAR does not annotate (0.9643).
    assert s.direct_overlap.f1 >= regex.direct_overlap.f1  # measured 0.9643 vs regex 0.9575
    assert s.direct_overlap.f1 >= 0.964  # measured 0.9643 (0.9663 before session 10)
    # PolNeAR's own direct quotes (a content beginning or ending with a mark): 0.9548 → 0.9555 → 0.9533
    assert s.polnear_direct_overlap.f1 >= 0.953  # measured 0.9533 (regex 0.9009; 0.9555 before session 10)
    # speaker: 0.8651 → 0.9021 (582 matched) two rounds ago, mostly one publisher's quotation dash
    # (U+2015, `” ― Name`); 0.9058 last round, more reported speech giving uncued quotes their speaker.
    # Content tokens and all attributions rose from reported speech beside quotes and stance verbs.
    # 0.9061 → 0.9130 this round: subjects the parse gives to the reported clause, asides before
    # the verb (`Gene Sperling, a top Clinton adviser, said`), signed lines, `according to` around a quote
    assert s.speaker_accuracy >= 0.9145  # measured 0.91453, 535 of 585 (0.9130 before session 10)
    assert s.all_overlap.f1 >= 0.829  # measured 0.8299 (0.8276 before session 10)
    # tokens compared by their offset in the text (the scorer shifted them before: 0.7037 then,
    # 0.8207 for the same output scored right)
    assert s.all_tokens.f1 >= 0.859  # measured 0.8595 (0.8559 before session 10)
    # The speaker over every matched attribution (indirect, "according to", reports too), the figure
    # issue 16's bar (0.90) is read on: 0.8560 → 0.8921 (1,576 matched). The scorer now judges a
    # gold attribution on the prediction that shares its cue (nested attributions: `A said B thinks
    # X`); judged by overlap alone, as before, the same output scores 0.8687 (train 0.8466 → 0.8701,
    # 0.8886 with the cue).
    # Session 10 (train read, this split for the figure only): 0.8921 → 0.9000, 1,422 of 1,580
    # (train 0.8887 → 0.8979): paragraphs as sentences, poll shares, fronted participles, `made it
    # clear`, stance adjectives, a clause before a colon, a closing `…, The Post reported`.
    assert s.speaker_accuracy_all >= 0.900  # measured 0.9000


def test_regex_baseline_finds_every_paired_style():
    from tidings.quotes.polnear import regex_quotes

    text = "He said \"one\" and “two” and ''three'' and ‘four’ and «five»."
    assert [q.text for q in regex_quotes(text)] == ['"one"', "“two”", "''three''", "‘four’", "«five»"]


REL_TEXT = "“It is normal,” said Weaver, a strategist, who said the race “is close.”\n"


@pytest.mark.parametrize("speaker, right", [
    (Actor("Weaver", 21, 27), True),     # the antecedent of the gold relative pronoun "who"
    (Actor("a strategist", 29, 41), True),  # its apposition is the same person
    (Actor("It", 1, 3), False),            # anything else is still wrong
])
def test_speaker_may_be_the_antecedent_of_a_relative_pronoun_source(speaker, right):
    ann = ("T1\tContent 61 72\t“is close.”\n"  # a mixed quote whose gold source is "who"
           "T2\tSource 43 46\twho\n"
           "E1\tAttribution:T2 Content:T1 Source:T2\n")
    assert REL_TEXT[43:46] == "who" and REL_TEXT[61:72] == "“is close.”"
    gold = GoldDocument("doc", "dev", REL_TEXT, parse_ann(ann))
    s = QuoteScores()
    score_document(s, gold, [Quote("“is close.”", 61, 72, "direct", None, speaker)])
    assert (s.speaker_matched, s.speaker_right) == (1, int(right))


NESTED = "Aides said Trump thinks the wall works.\n"


@pytest.mark.parametrize("inner_cue, right", [
    (Span("thinks", 17, 23), True),  # the inner prediction is the same attribution: judged on it
    (None, False),  # no prediction shares the gold cue: the one overlapping most (the outer one)
])
def test_speaker_is_judged_on_the_prediction_with_the_gold_cue(inner_cue, right):
    ann = ("T1\tSource 0 5\tAides\nT2\tCue 6 10\tsaid\nT3\tContent 11 38\tTrump thinks the wall works\n"
           "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
           "T4\tSource 11 16\tTrump\nT5\tCue 17 23\tthinks\nT6\tContent 24 38\tthe wall works\n"
           "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n")
    assert NESTED[17:23] == "thinks" and NESTED[24:38] == "the wall works"
    gold = GoldDocument("doc", "dev", NESTED, parse_ann(ann))
    outer = Quote(NESTED[11:38], 11, 38, "indirect", Span("said", 6, 10), Actor("Aides", 0, 5))
    inner = Quote(NESTED[24:38], 24, 38, "indirect", inner_cue, Actor("Trump", 11, 16))
    s = QuoteScores()
    score_document(s, gold, [outer, inner])
    # the outer gold attribution is right either way; the nested one only when matched by its cue
    assert (s.speaker_matched_all, s.speaker_right_all) == (2, 1 + int(right))
