"""A wire dateline is where the story was filed, never a side of an event; the charge a verb of accusing
names is not part of its target (constructed sentences, none taken from a gold set)."""

from __future__ import annotations

import pytest

from tidings.events.gold import top_event


def _event(code_text, text, trigger):
    _, events = code_text(text)
    ev = next((e for e in events if e.trigger.text == trigger), None)
    assert ev is not None, (text, [(e.trigger.text, e.cameo) for e in events])
    return ev


@pytest.mark.parametrize("text, trigger, source, code", [
    # the parse gives the verb both subjects
    ("NEW YORK (AP) — Donald Trump criticized Hillary Clinton on Monday.", "criticized", "Donald Trump", None),
    # the parse makes the dateline a modifier of the subject: the side starts after the dash, and the capital
    # ("WASHINGTON" as the US government) lends it no code
    ("WASHINGTON (Reuters) - Bernie Sanders accused the party of bias.", "accused", "Bernie Sanders", None),
    # a date in the dateline
    ("PHILADELPHIA, July 29 (UPI) — Fans of the Philadelphia Eagles complained about the team.", "complained",
     "Fans of the Philadelphia Eagles", None),
])
def test_the_dateline_is_no_source(code_text, text, trigger, source, code):
    ev = _event(code_text, text, trigger)
    assert ev.source is not None and ev.source.text == source
    assert "(" not in ev.source.text and ev.source.code != "USAGOV"


@pytest.mark.parametrize("text, trigger, target", [
    ("Bernie Sanders accused the Democratic National Committee of bias.", "accused",
     "the Democratic National Committee"),
    # the phrases that say who is meant stay; the charge after them goes
    ("Russia accused the leader of Hamas of terrorism.", "accused", "the leader of Hamas"),
    ("Iran blamed the government of Syria for the attack.", "blamed", "the government of Syria"),
])
def test_the_charge_is_not_the_target(code_text, text, trigger, target):
    ev = _event(code_text, text, trigger)
    assert ev.target is not None and ev.target.text == target


def test_the_dnc_is_a_us_party(code_text):
    _, events = code_text("Bernie Sanders accused the Democratic National Committee of bias.")
    ev = top_event(events)
    assert ev.target.code == "USAPTY"
