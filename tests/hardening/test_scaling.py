"""Query cost under growth: a filter that many rows match must not cost rows x matches.

Found by the concurrency test: with 800 documents, GET /api/quotes?q=<a word in every other quote>
took 2.4 s alone and over 30 s under 50 clients (read timeouts), while the same filter on events
took 20 ms. Quadratic: 300/600/1200 quotes matching took 0.2/0.8/3.2 s on an idle machine.
"""

from __future__ import annotations

import time

import pytest

from tests.store.records import quote, record


@pytest.fixture(scope="module")
def quote_store(tmp_path_factory):
    from tidings.jobs import store_records

    db = str(tmp_path_factory.mktemp("scale") / "q.db")
    records = [record(f"d{i:04d}", quotes=[quote(f"We will respond to case {i}.", f"Minister {i % 7}",
                                                "FRAGOV"),
                                          quote(f"Talks number {i} went well.", "Envoy", "DEUGOV")])
               for i in range(1200)]
    summary = store_records(records, db, validate=False)
    assert summary.coded == 1200, summary.errors
    return db


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def test_events_text_filter_scales(quote_store):
    import tidings

    with tidings.open(quote_store) as t:
        assert timed(lambda: list(t.events(text="minister", limit=50))) < 1.0


def test_quotes_text_filter_scales(quote_store):
    import tidings

    with tidings.open(quote_store) as t:
        page = t.quotes(text="respond", limit=50)
        assert page.total == 1200
        assert timed(lambda: list(t.quotes(text="respond", limit=50))) < 1.0
