"""The fast path loses nothing on the gold sets: each figure at least the stock pipeline's (~1 min).

Measured when the fast path was built (``benchmarks/README.md``): every figure below identical.
"""

from __future__ import annotations

import pytest

from tests.conftest import shared_path
from tidings import nlp
from tidings.events import gold

pytestmark = pytest.mark.gold


def both_ways(monkeypatch, score) -> tuple[dict, dict]:
    """(stock figures, fast-path figures) of ``score()``."""
    figures = {}
    for fast in (False, True):
        monkeypatch.setattr(nlp, "FAST_PATH", fast)
        figures[fast] = score()
    return figures[False], figures[True]


def f1s(report) -> dict:
    # the per-construction target rows are diagnostics that move between rows, not figures
    return {name: prf.f1 for name, prf in report.metrics.items() if "·" not in name} | {
        k: v for k, v in report.extra.items() if isinstance(v, float)}


@pytest.mark.parametrize("path", [
    ("events", "conflibert_train", "cameo_class_train.tsv"),
    ("events", "conflibert_train", "cameo_spans_train.txt"),
    ("events", "petrarch_unittest", "petr2_unittest.jsonl"),
])
def test_event_figures_are_no_lower(monkeypatch, path):
    gold_file = shared_path("gold", *path)
    stock, fast = both_ways(monkeypatch, lambda: f1s(gold.evaluate(gold_file)))
    assert stock and stock.keys() == fast.keys()
    for name in stock:
        assert fast[name] >= stock[name], name


def test_quote_figures_are_no_lower(monkeypatch):
    from tidings.quotes.polnear import evaluate

    root = shared_path("gold", "quotes", "polnear")
    stock, fast = both_ways(monkeypatch, lambda: evaluate(root, ["dev"], every=2))
    assert fast.direct_overlap.f1 >= stock.direct_overlap.f1
    assert fast.speaker_accuracy >= stock.speaker_accuracy
    assert fast.all_tokens.f1 >= stock.all_tokens.f1
