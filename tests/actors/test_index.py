"""MentionIndex: the mention at a character span."""

from __future__ import annotations

from tidings.actors import MentionIndex
from tidings.model import Actor


def a(text, start, code):
    return Actor(text=text, start=start, end=start + len(text), code=code)


MENTIONS = [a("China's Foreign Minister Wang Yi", 10, "CHNGOV"), a("Russia", 50, "RUS"), a("he", 60, "USAGOV")]


def test_in_span_returns_overlapping_in_order():
    idx = MentionIndex(reversed(MENTIONS))
    assert [m.text for m in idx.in_span(0, 100)] == ["China's Foreign Minister Wang Yi", "Russia", "he"]
    assert [m.text for m in idx.in_span(30, 52)] == ["China's Foreign Minister Wang Yi", "Russia"]
    assert idx.in_span(56, 60) == []


def test_at_prefers_head_then_containing_then_overlap():
    idx = MentionIndex(MENTIONS)
    assert idx.at(35, 42).code == "CHNGOV"  # "Wang Yi" inside the longer mention
    assert idx.at(30, 55, head=51).code == "RUS"  # the span's head decides
    assert idx.at(30, 55).code == "CHNGOV"  # else the largest overlap
    assert idx.at(0, 5) is None
    assert MentionIndex([]).at(0, 10) is None


def test_resolver_pickles_for_worker_processes(resolver, parse):
    import pickle

    clone = pickle.loads(pickle.dumps(resolver))
    doc = parse("The Kremlin rejected NATO's offer.")
    assert [(m.text, m.code) for m in clone.find(doc)] == [(m.text, m.code) for m in resolver.find(doc)]
