"""A person we do not know takes the story's country where he deals with a party of that country
(actors.context.story_person), on invented stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

US_STORY = ("The United States Senate met on Monday in Washington. The US economy grew by two percent. "
            "Voters in Ohio, United States, went to the polls. ")


def _sides(events, trigger):
    ev = next(e for e in events if e.trigger.text == trigger)
    return ev.source, ev.target


def test_a_person_dealing_with_the_story_country_is_of_it(code_text):
    _, events = code_text(US_STORY + "Judge Bernard Schwartz of the United States sentenced David Turpin to "
                          "life in prison. President Trump pardoned Angela Stanton.", published="2020-01-10")
    _, t = _sides(events, "sentenced")
    assert t.code == "USA" and "story about USA" in t.why
    s, t = _sides(events, "pardoned")
    assert s.code == "USAGOV" and t.code == "USA"


def test_a_party_of_another_country_or_of_force_leaves_him_open(code_text):
    # a foreign party says nothing of him; force is as often from abroad ("killed by US special forces")
    _, events = code_text(US_STORY + "John Walker met the French president in Paris. "
                          "Osama Karim was killed by US special forces.", published="2020-01-10")
    s, t = _sides(events, "met")
    assert not s.code and t.code.startswith("FRA")
    s, t = _sides(events, "killed")
    assert s.code == "USAMIL" and not t.code


def test_no_story_no_country(code_text):
    # a lone sentence is no story to read a country from
    _, events = code_text("Judge Bernard Schwartz of the United States sentenced David Turpin to life in prison.",
                          published="2020-01-10")
    _, t = _sides(events, "sentenced")
    assert not t.code


def test_a_titled_person_left_open_takes_it_but_not_a_state_leader(code_text):
    # a party's nominee we do not know is the story's country's nominee; a president we do not know may be
    # any country's (issue 15 item 3), even beside a party of the story's country
    _, events = code_text(US_STORY + "Green Party nominee Howie Hawkins criticized President Trump. "
                          "President Jonas Vilkas met President Trump at the White House.", published="2020-10-10")
    s, t = _sides(events, "criticized")
    assert s.code == "USAPTY" and t.code == "USAGOV"
    s, t = _sides(events, "met")
    assert not (s.code or "").startswith("USA"), s



def test_an_organisation_we_do_not_know_by_its_own_name_takes_it_too(code_text):
    # a company or body named by a name of its own is as a person is; a common noun the parser took for an
    # organisation is no actor ("Reports said")
    _, events = code_text(US_STORY + "Zorvex Motors is cooperating with the US Department of Justice. "
                          "Reports criticized the US Senate.", published="2020-01-10")
    s, _ = _sides(events, "cooperating")
    assert s.code == "USA" and "story about USA" in s.why, s
    s, _ = next(((e.source, e.target) for e in events if e.trigger.text == "criticized"), (None, None))
    assert s is None or not s.code

JUDGED = Path(__file__).resolve().parents[1] / "actors" / "data" / "context_judgements8.jsonl"
WIKINEWS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews_2019_2020" / "articles.jsonl"


@pytest.mark.skipif(not WIKINEWS.exists(), reason="../shared corpus absent")
def test_hand_checked_story_people():
    """benchmarks/bench_context.py --new-since <the store of c2c8158> --sides --sample 50 --salt judged9, after
    session 14's rules (h15o): the event sides given a country that had none, each judged by reading the story:
    48 of 50 right; wrong: a Lord Mayor candidate coded as government (his title word's sector), the governor of
    Puerto Rico as the United States'. The code, as ingestion runs it, still makes the right ones."""
    from tidings.pipeline import Coder, code
    from tidings.sources import read_sources

    judged = [json.loads(line) for line in JUDGED.open(encoding="utf-8")]
    assert len(judged) == 50
    right = [j for j in judged if j["judgement"] == "right"]
    assert len(right) / len(judged) >= 0.96
    ids = {j["document_id"] for j in right}
    sides, mentions = {}, {}
    coder = Coder.load()
    # the sides' codes are what was judged, not the events: the event filter (learn/event_filter.py), which drops
    # events it scores wrong, is measured by the audits; here it would hide a judged side with its event (session
    # 24: the PAK-to-PAK offer of 'Qandeel Baloch', her mention uncoded without it)
    coder.events.event_filter = None
    for coded in code((r for r in read_sources([str(WIKINEWS)]) if r.id in ids), coder=coder):
        for ev in coded.events:
            for a in (ev.source, ev.target):
                if a is not None:
                    sides.setdefault((coded.article.id, a.start, a.end), set()).add(a.code)
        for m in coded.entities:
            mentions.setdefault((coded.article.id, m.start, m.end), set()).add(m.code)
    # a side whose event a later rule stopped coding, for the reason its line gives, keeps its judged code as a mention
    gone = [j for j in right if "event_no_longer_coded" in j]
    assert len(gone) <= 1
    lost = [(j["document_id"], j["text"], j["code"]) for j in right
            if j["code"] not in (mentions if j in gone else sides).get((j["document_id"], j["start"], j["end"]), set())]
    assert not lost, lost
