"""On a store built by the real pipeline from Wikinews articles: every actor code tidings emits
is a working filter, event links work with the id the API returns, top actors and speakers read
as people expect, and the exports load with their published specs."""

from __future__ import annotations

import io
import json
import re
import warnings

import pytest

import tidings
from tests.store.exports import check_plover, load_cameo, load_gdelt
from tidings.store import export


@pytest.fixture(scope="module")
def client(corpus_db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from tidings.api import create_app

    with TestClient(create_app(corpus_db)) as c:
        yield c


def emitted_codes(t) -> set[str]:
    return {r[0] for r in t.conn.all(
        "SELECT source_code FROM events WHERE source_code IS NOT NULL UNION "
        "SELECT target_code FROM events WHERE target_code IS NOT NULL UNION "
        "SELECT speaker_code FROM quotes WHERE speaker_code IS NOT NULL")}


def test_every_emitted_code_is_a_working_filter(corpus_db, client):
    with tidings.open(corpus_db) as t:
        codes = emitted_codes(t)
        assert any(c.startswith("---") for c in codes), "the corpus has generic actors (---GOV…)"
        for code in sorted(codes):
            for side in ("source", "target", "actor"):
                answer = client.get("/api/events", params={side: code, "limit": 5})
                assert answer.status_code == 200, (side, code, answer.json())
                assert answer.json()["total"] == t.count_events(**{side: code})
            assert client.get("/api/quotes", params={"speaker": code}).status_code == 200
            if code.startswith("---"):
                events = client.get("/api/events", params={"source": code}).json()["events"]
                assert all(e["source"]["code"].startswith(code) for e in events)


def test_event_page_accepts_the_id_the_api_returns(client):
    for e in client.get("/api/events", params={"limit": 20}).json()["events"]:
        by_id = client.get(f"/api/events/{e['id']}")
        assert by_id.status_code == 200 and by_id.json()["key"] == e["key"]
        assert client.get(f"/api/events/{e['key']}").json()["id"] == e["id"]


def test_top_actors_grouped_by_code_with_a_neutral_label(client):
    top = client.get("/api/actors/top", params={"limit": 50}).json()
    assert len({a["code"] for a in top}) == len(top)
    generic = [a for a in top if a["code"].startswith("---")]
    assert generic
    for a in generic:
        assert a["name"].endswith(", country unknown"), a
        assert "---" not in a["name"]
    gov = [a for a in top if a["code"] == "---GOV"]
    assert not gov or gov[0]["name"] == "government, country unknown"
    listed = client.get("/api/actors", params={"q": "---", "limit": 1000}).json()["actors"]
    assert listed and all(a["name"].endswith(", country unknown") for a in listed)
    for a in top:
        counts = [n["events"] for n in a["names"]]
        assert counts == sorted(counts, reverse=True) and sum(counts) <= a["events"]


PRONOUNS = {"i", "you", "we", "he", "she", "it", "they", "who", "which", "that", "me", "us",
            "him", "her", "them", "unknown"}


def test_speakers_are_people_not_pronouns(corpus_db, client):
    speakers = client.get("/api/speakers", params={"limit": 1000}).json()
    assert speakers
    names = [s["name"] for s in speakers]
    assert not [n for n in names if (n or "").lower() in PRONOUNS]
    assert len({n.lower() for n in names}) == len(names), "one row per person"
    with tidings.open(corpus_db) as t:
        for s in speakers[:10]:
            assert sum(c["quotes"] for c in s["codes"]) <= s["quotes"]
            quoted = t.quotes(speaker=s["speaker"])
            assert len(quoted) >= s["quotes"]
        # the case: unresolved "I", "you", "we" are quotes, never speakers
        unresolved = t.conn.scalar("SELECT count(*) FROM quotes WHERE speaker_name IS NULL"
                                   " AND speaker_code IS NULL AND lower(speaker_text) IN ('i', 'we', 'you')")
        assert unresolved > 0


def test_exports_load_with_their_specs(corpus_db):
    with tidings.open(corpus_db) as t:
        n = t.count_events()
        out = io.StringIO()
        assert export.write(t, "gdelt", out) == n
        frame = load_gdelt(out.getvalue())
        assert len(frame) == n
        names = frame["Actor1Name"].dropna().tolist() + frame["Actor2Name"].dropna().tolist()
        assert not [x for x in names if re.search(r"[\t\r\n]", x)]
        again = io.StringIO()
        export.write(t, "gdelt", again)
        assert again.getvalue() == out.getvalue()  # GLOBALEVENTID and every field are stable
        out = io.StringIO()
        export.write(t, "cameo", out)
        assert len(load_cameo(out.getvalue())) == n
        out = io.StringIO()
        export.write(t, "plover", out)
        plover = [json.loads(line) for line in out.getvalue().splitlines()]
        check_plover(plover)
        # partial dates ("in 1994", "in February 1944") are full days with their precision
        partial = [r for r in plover if r["date_precision"] != "day"]
        assert partial and all(r["event_date"].endswith("-01") for r in partial)


def test_parquet_dates_are_typed_with_a_precision(corpus_db, tmp_path):
    import pyarrow.dataset as ds
    import pyarrow.compute as pc
    import datetime as dt

    with tidings.open(corpus_db) as t:
        n = export.to_parquet(t, tmp_path / "pq")
        assert n == t.count_events()
    table = ds.dataset(str(tmp_path / "pq"), partitioning="hive").to_table()
    assert str(table.schema.field("date").type) == "date32[day]"
    precision = set(table.column("date_precision").to_pylist())
    assert "day" in precision and precision & {"year", "month"}
    # a year-only event is still in a range query on the typed date (it was dropped as '1994')
    years = table.filter(pc.equal(table.column("date_precision"), "year"))
    first = min(years.column("date").to_pylist())
    since = table.filter(pc.greater_equal(table.column("date"), first))
    assert first in since.column("date").to_pylist() and isinstance(first, dt.date)
