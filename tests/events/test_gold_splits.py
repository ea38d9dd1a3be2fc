"""Gold gates on the tune and check splits (pytest -m gold). Floors only move up.

Rules are written from errors read on the *_tune splits; the *_check splits are never read, only
scored, so their figures say whether a rule generalises (see ../shared/gold/events/*/NOTES.md).
Figures when the floors were set (2026-11-30) are in the comments; `tidings eval events --gold
PATH` prints the same.
"""

import pytest

from tests.conftest import shared_path
from tidings.events import gold

CONFLIBERT = ("gold", "events", "conflibert_train")
PETRARCH = ("gold", "events", "petrarch_unittest")

PENTA = {"tune": 0.889, "check": 0.892}  # measured 0.8892 / 0.8930 (session 19: recall from PETRARCH2 verb classes, less four
#                                          hand-added patterns that lifted tune only: 0.8910 / 0.8930 with them);
#                                          0.8851 / 0.8884 (session 18, h13x: a bare conjunct shares its verb's obligation);
#                                          0.8847 / 0.8884 (session 17, h13w: a present if/unless clause is a condition to come);
#                                          0.8847 / 0.8860 (session 17: session 16's other senses of take and meet, a partner's possessor);
#                                          0.8840 / 0.8841 (session 13: the pronoun a speaker uses of itself is
#                                          the speaker, relief goods, received aid, nominalisations); 0.8784 / 0.8774 (session 12: concern as a pessimistic comment
#                                          and praise as PETRARCH2 codes them, decisions as acts, claims of responsibility,
#                                          expulsions of peacekeepers, money given); 0.8369 / 0.8432 (session 11's end: two officials of one
#                                          government are two parties); 0.8364 / 0.8419 (session 10's end: an option weighed stands
#                                          without a party, 0.8350 / 0.8384 before); 0.8329 / 0.8344 (session 7: recall from tune's no-event
#                                          sentences; session 6: 0.8096 / 0.8184; session 5: 0.8038 / 0.8158;
#                                          0.800 / 0.801 in session 3, 0.780 / 0.774 before it)
SPANS = {"tune": (0.843, 0.685), "check": (0.835, 0.690)}  # source, target: 0.8443/0.6856, 0.8355/0.6905 (session 24:
#                     h13t's doer of a participle on a thing, "issued a statement calling on X", dropped: it lifted tune
#                     0.8443 -> 0.8550 and no check sentence, and it made wrong events on blind sets 12 and 15); 0.8436/0.6854, 0.8355/0.6905 (session 19,
#                     h13r: recall, a harm aimed at through its doer; 0.8449/0.6874 on tune with four tune-only patterns, dropped); 0.8388/0.6836, 0.8350/0.6844 (session 18, h13x: a bare
#                     conjunct shares its verb's obligation); 0.8388/0.6836, 0.8333/0.6827 (session 17, h15t:
#                     a person's place is not the person: "the ambassador in Berlin"); 0.8382/0.6826, 0.8321/0.6816 (session 17, h13w);
#                     0.8375/0.6818, 0.8321/0.6816 (session 17); 0.8371/0.6798, 0.8321/0.6816 (session
#                     13's end: "X said it …" takes X's span; with the model 0.8378/0.6830 on check); 0.8140/0.6794, 0.8152/0.6759 (session
#                     12's end); 0.8069/0.6761, 0.8086/0.6660 (session 11's end, the helpers merged; with the model 0.8050/0.6778, 0.8116/0.6687); 0.8057/0.6731, 0.8072/0.6660 (session
#                     10's end, with the lead's rules merged; with the model 0.8059/0.6764, 0.8102/0.6687);
#                     0.8056/0.6736, 0.8060/0.6649 (session
#                     10, issue 15 targets: conjoined parties, the pattern's own word, dates and brackets in
#                     phrases, purpose clauses, "from" phrases; with the model 0.8058/0.6752, 0.8090/0.6677);
#                     0.8035/0.6682, 0.8054/0.6578 (session 9's end: the gold tokens read back as written, a verb's particle no date's; 0.8034/0.6589, 0.8042/0.6536
#                     with issue 15 targets: a thing's party behind its preposition, light objects done to, "at/near/for";
#                     0.8045/0.6365, 0.8024/0.6361 before); 0.8051/0.6373, 0.8024/0.6339 (session 7's end;
#                     session 6's end 0.7942/0.6308, 0.7828/0.6170, with the apposition-name rule reverted 0.6296 tune;
#                     its start 0.7929/0.6270, 0.7848/0.6084: venues, agreements on things, apposition names)
#                     (issue 15, Phoenix groups and "blockade of X": target 0.625, 0.603 before)
#                     (session 3: 0.789/0.617, 0.770/0.580; before it 0.776/0.613, 0.757/0.577)
ROOT_DYAD = {"tune": 0.745, "check": 0.725}  # measured 0.747 / 0.729 (session 10: two events on one span with
#                                               different codes kept apart); 0.742 / 0.729 (session 9; 0.736 / 0.729 before; session 3: 0.723 / 0.689)
NO_EVENT_CLEAN = {"tune": 0.80, "check": 0.80}  # measured 0.818 (9 of 11) / 0.875 (7 of 8)


@pytest.fixture(scope="module")
def scorer(coder, resolver):
    return coder, resolver


@pytest.mark.gold
@pytest.mark.parametrize("split", ["tune", "check"])
def test_penta_macro_f1(scorer, split):
    rep = gold.score_penta(gold.read_penta(shared_path(*CONFLIBERT, f"cameo_class_{split}.tsv")), *scorer)
    assert rep.extra["macro_f1"] >= PENTA[split], rep.extra


@pytest.mark.gold
@pytest.mark.parametrize("split", ["tune", "check"])
def test_actor_spans(scorer, split):
    rep = gold.score_spans(gold.read_spans(shared_path(*CONFLIBERT, f"cameo_spans_{split}.txt")), *scorer)
    source, target = SPANS[split]
    assert rep.metrics["source tokens"].f1 >= source, rep.metrics["source tokens"].row()
    assert rep.metrics["target tokens"].f1 >= target, rep.metrics["target tokens"].row()


@pytest.mark.gold
@pytest.mark.parametrize("split", ["tune", "check"])
def test_petrarch_unit_tests(split):
    rep = gold.evaluate(shared_path(*PETRARCH, f"petr2_unittest_{split}.jsonl"))
    assert rep.metrics["(source country, target country, root)"].f1 >= ROOT_DYAD[split]
    assert rep.extra["no_event_left_empty"] >= NO_EVENT_CLEAN[split]


@pytest.mark.gold
def test_span_report_breaks_target_figures_down_by_construction():
    """Per construction the target came by (issue 15): the rows partition the target tokens."""
    rep = gold.evaluate(shared_path(*CONFLIBERT, "cameo_spans_check.txt"), limit=120)
    rows = {k: v for k, v in rep.metrics.items() if k.startswith("target tokens · ")}
    assert "target tokens · direct object" in rows and "target tokens · no target" in rows
    total = rep.metrics["target tokens"]
    assert sum(r.tp for r in rows.values()) == total.tp
    assert sum(r.fp for r in rows.values()) == total.fp
    assert sum(r.fn for r in rows.values()) == total.fn
