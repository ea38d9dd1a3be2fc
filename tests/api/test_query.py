"""tidings.open(db): filters, pagination, aggregates and DataFrames over a hand-made store."""

from __future__ import annotations

import pytest

import tidings
from tidings.query import QueryError, evidence_spans


@pytest.fixture
def t(api_db):
    with tidings.open(api_db) as t:
        yield t


def keys(rows):
    return [e["key"] for e in rows]


def test_event_filters(t):
    assert t.count_events() == 7
    assert keys(t.events(source="USA", target="CHN", order="oldest")) == [
        "doc-1/0", "doc-2/1", "doc-3/0", "doc-3/1"]
    assert keys(t.events(source="usagov")) == ["doc-3/1", "doc-1/0"]    # prefix, any case
    assert keys(t.events(actor="UKR")) == ["doc-evil/0", "doc-4/0"]     # either side
    assert keys(t.events(cameo="1")) == ["doc-3/1", "doc-evil/0", "doc-4/0", "doc-2/0"]
    assert keys(t.events(cameo="11")) == ["doc-evil/0", "doc-2/0"]
    assert keys(t.events(root="19")) == ["doc-4/0"]
    assert keys(t.events(plover="accuse")) == ["doc-evil/0", "doc-2/0"]
    assert keys(t.events(quad_class=4)) == ["doc-3/1", "doc-4/0"]
    assert keys(t.events(modality="threatened")) == ["doc-3/1"]
    assert keys(t.events(since="2024-05-11", until="2024-06-03")) == ["doc-3/0", "doc-evil/0",
                                                                      "doc-4/0", "doc-2/1"]
    assert keys(t.events(text="Kharkiv")) == ["doc-4/0"]
    assert keys(t.events(text="chip exports")) == ["doc-3/1", "doc-3/0"]
    assert t.events(text="nowhere-to-be-found").total == 0
    assert keys(t.events(document="doc-2")) == ["doc-2/1", "doc-2/0"]


def test_event_shape_and_pagination(t):
    page = t.events(limit=3, offset=2)
    assert page.total == 7 and len(page) == 3
    assert keys(page) == keys(t.events())[2:5]
    e = t.events(source="RUSMIL")[0]
    for field in ("id", "sentence", "evidence", "source", "target", "cameo", "root", "plover",
                  "quad_class", "goldstein", "trigger", "modality", "date", "document_id", "key"):
        assert field in e
    assert e["document_id"] == "doc-4" and e["source"]["code"] == "RUSMIL"
    assert t.events(limit=0).total == 7 and t.events(offset=100) == []


@pytest.mark.parametrize("kwargs, words", [
    ({"quad_class": 5}, "quad_class"), ({"since": "2024-13-01"}, "since"),
    ({"cameo": "4x"}, "cameo"), ({"source": "U S"}, "source"), ({"plover": "HUG"}, "plover"),
    ({"modality": "maybe"}, "modality"), ({"root": "21"}, "root"), ({"limit": -1}, "limit"),
    ({"since": "2024-06-01", "until": "2024-05-01"}, "after"), ({"colour": "red"}, "unknown"),
    ({"order": "random"}, "order")])
def test_bad_parameters_say_what_is_wrong(t, kwargs, words):
    with pytest.raises(QueryError, match=words):
        t.events(**kwargs)


def test_timeline(t):
    tl = t.timeline("USA", "CHN", by="month")
    assert [(r["period"], r["events"]) for r in tl.rows] == [
        ("2024-04-01", 1), ("2024-05-01", 1), ("2024-06-01", 2)]
    both = t.timeline("USA", "CHN", by="month", both=True)
    may = both.rows[1]
    assert (may["q2"], may["q3"], may["events"], may["goldstein"]) == (1, 1, 2, 3.0)   # (8 - 2) / 2
    assert sum(r["events"] for r in t.timeline("CHN", both=True).rows) == 5   # as source or target
    assert sum(r["events"] for r in t.timeline("USA", "USA", both=True).rows) == 0
    assert sum(r["events"] for r in t.timeline("US", "C", both=True).rows) == 5   # counted once
    weeks = t.timeline("USA", "CHN", by="week", both=True)
    assert [r["period"] for r in weeks.rows if r["events"]] == ["2024-04-22", "2024-05-06", "2024-06-03"]  # Mondays
    # the weeks between are there, empty: a chart shows the gap instead of closing it up
    assert len(weeks.rows) == 7 and weeks.rows[1] == {"period": "2024-04-29", "q1": 0, "q2": 0, "q3": 0,
                                                      "q4": 0, "events": 0, "goldstein": None}
    days = t.timeline("USA", "CHN", by="day", quad_class=4)
    assert [(r["period"], r["q4"]) for r in days.rows] == [("2024-06-04", 1)]
    frame = both.to_pandas()
    assert list(frame.columns) == ["q1", "q2", "q3", "q4", "events", "goldstein"]
    assert int(frame["events"].sum()) == 5
    with pytest.raises(QueryError, match="by"):
        t.timeline("USA", "CHN", by="year")


def test_top_actors_network_quotes(t):
    top = t.top_actors(limit=2)
    assert [(a["code"], a["events"]) for a in top] == [("CHN", 4), ("USA", 3)]
    net = t.network(level="actor")
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("USA", "CHN")]["events"] == 2 and edges[("USA", "CHN")]["goldstein"] == 6.0
    assert edges[("CHN", "USA")]["conflict"] == 1
    assert {n["code"] for n in net["nodes"]} == {c for e in edges for c in e}
    assert t.network(quad_class=1, level="actor")["edges"] == [
        {"source": "USA", "target": "CHN", "events": 1, "goldstein": 4.0, "cooperation": 1, "conflict": 0},
        {"source": "USAGOV", "target": "CHNGOV", "events": 1, "goldstein": 1.9, "cooperation": 1,
         "conflict": 0}]
    assert [q["text"] for q in t.quotes(speaker="blinken")] == ["We want stable relations."]
    assert [q["text"] for q in t.quotes(speaker="UKR")] == ["the attack failed"]
    assert t.quotes(text="restraint").total == 1
    speakers = {s["code"]: s["quotes"] for s in t.quotes_by_speaker()}
    assert speakers == {"USAGOV": 1, "USA": 1, "UKRGOV": 1, "RUSGOV": 1}
    assert t.quotes(speaker="UKR").to_pandas()["speaker_code"].tolist() == ["UKRGOV"]
    actors = t.actors("chi")
    assert [a["code"] for a in actors] == ["CHN", "CHNGOV"] and actors[0]["as_target"] == 3


def test_document_and_evidence(t):
    doc = t.document("doc-1")
    assert doc["removed"] == [{"text": "Read more: <b>related stories</b>", "reason": "teaser"}]
    spans = doc["events"][0]["highlight"]["spans"]
    assert [(s["role"], s["text"]) for s in spans] == [
        ("source", "US Secretary of State Antony Blinken"), ("trigger", "met"),
        ("target", "Chinese Foreign Minister Wang Yi")]
    e = t.event("doc-2/1")
    assert e["highlight"]["sentence_start"] == 60
    ev = e["evidence"]
    assert [ev[s["start"]:s["end"]] for s in e["highlight"]["spans"]] == [
        "The United States", "agreed", "China"]
    assert t.event("doc-2/9") is None and t.document("nope") is None
    # without the document text the spans are found by their words
    assert [s["role"] for s in evidence_spans(e)["spans"]] == ["source", "trigger", "target"]


def test_events_frame(t):
    frame = t.events(source="USA").to_pandas()
    assert len(frame) == 4
    assert {"source_code", "target_code", "trigger_text", "document_id", "goldstein"} <= set(frame.columns)


def test_capped_totals_and_both_page_plans(t, monkeypatch):
    import tidings.query as query

    monkeypatch.setattr(query, "COUNT_CAP", 3)
    page = t.events(limit=2)
    assert (page.total, page.total_exact, len(page)) == (3, False, 2)
    exact = t.events(limit=2, exact_total=True)
    assert (exact.total, exact.total_exact) == (7, True)
    # a page past the cap is still served, and the total grows to cover it
    deep = t.events(limit=2, offset=6)
    assert len(deep) == 1 and deep.total == 7 and deep.total_exact
    # the date-index walk and the sort of every match give the same pages
    # (an actor with an event type: the sort finds its matches by rowid in the dyad index first)
    filters = [{}, {"source": "USA"}, {"actor": "UKR"}, {"cameo": "1"}, {"text": "China"},
               {"document": "doc-2"}, {"quad_class": 1, "order": "oldest"},
               {"source": "USA", "cameo": "1"}, {"actor": "UKR", "plover": "ACCUSE"},
               {"target": "CHN", "modality": "asserted", "order": "oldest"}]
    monkeypatch.setattr(query, "WALK_DATE_FROM", 10**9)
    sorted_plan = [keys(t.events(limit=3, offset=1, **f)) for f in filters]
    streamed = [keys(t.iter_events(page=2, **f)) for f in filters]
    assert all(sorted_plan[:3]) and all(streamed[7:])
    monkeypatch.setattr(query, "WALK_DATE_FROM", 0)
    assert [keys(t.events(limit=3, offset=1, **f)) for f in filters] == sorted_plan
    assert [keys(t.iter_events(page=2, **f)) for f in filters] == streamed


def test_code_lists_and_ranges_agree(t, monkeypatch):
    """Actor prefixes become the exact codes from the actors table, or ranges: same answers."""
    import tidings.query as query

    assert t._codes("USA") == ["USA", "USAGOV"] and t._codes("ZZZ") is None
    def answers():
        return ([keys(t.events(**f)) for f in ({"source": "US"}, {"actor": "CHN"},
                                                {"source": "USA", "target": "CHN"})],
                t.timeline("USA", "CHN", both=True).rows, t.network(), list(t.top_actors()))
    expanded = answers()
    monkeypatch.setattr(query, "MAX_EXPANSION", 0)
    assert answers() == expanded
