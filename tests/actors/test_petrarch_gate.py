"""Issue 3's gate on the PETRARCH unit tests: among the events found (coded with the test's own actor,
agent, verb and discard dictionaries), the country part of source and target is right in ≥ 85%.

An event counts as found when its CAMEO root is one the record expects; it is right when its
(source country, target country) is that of an expected event with the same root.
Measured 2026-11-27: 213/231 = 0.922.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import shared_path

FLOOR = 0.85


def _country(code):
    return "---" if not code or code.startswith("---") else code[:3]


@pytest.mark.gold
def test_country_part_right_in_events_found(parse):
    from tidings.actors import ActorResolver
    from tidings.events import EventCoder

    d = shared_path("gold", "events", "petrarch_unittest")
    resolver = ActorResolver.load(actors=[d / "dictionaries" / "PETR.Validate.actors.txt"],
                                  agents=[d / "dictionaries" / "PETR.Validate.agents.txt"])
    coder = EventCoder.load(verbs=[str(d / "dictionaries" / "PETR.Validate.verbs.txt")],
                            discards=[str(d / "dictionaries" / "PETR.Validate.discards.txt")])
    records = [json.loads(line) for line in (d / "petr2_unittest.jsonl").read_text(encoding="utf-8").splitlines()]
    found = right = 0
    for rec in records:
        if rec.get("evaluate") != "true" or rec.get("expect_error"):
            continue
        date = rec["date"]
        pub = f"{date[:4]}-{date[4:6]}-{date[6:8]}"
        doc = parse(rec["text"])
        gold = {(_country(e["sourcecode"]), _country(e["targetcode"]), str(e["eventcode"])[:2])
                for e in rec["events"]}
        for ev in coder.code(doc, resolver.find(doc, published=pub), published=pub):
            if not any(g[2] == ev.root for g in gold):
                continue
            found += 1
            pair = tuple((a.country or _country(a.code)) if a else "---" for a in (ev.source, ev.target))
            right += (pair[0], pair[1], ev.root) in gold
    assert found > 150
    assert right / found >= FLOOR, f"{right}/{found}"
