"""Statements with no other actor named: kept when an actor makes one that says what it is about."""

from __future__ import annotations


def codes(events):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


def test_a_statement_with_a_topic_stands_without_a_target(code_text):
    _, events = code_text("China expressed pessimism about the prospects of the negotiations.")
    assert codes(events) == [("012", "CHN", None)]
    _, events = code_text("The Swiss government rejected accusations that it had hidden the report.")
    assert codes(events) == [("016", "CHEGOV", None)]


def test_a_statement_without_topic_or_actor_is_still_filler(code_text):
    for text in ("Blinken made the comments in an interview on Friday.",  # no topic: "on Friday" is a date
                 "Analysts expressed pessimism about the prospects of the talks.",  # no actor
                 "The Russian president said the economy was growing."):  # plain saying is not a statement event
        _, events = code_text(text)
        assert events == [], text
