"""The same store on a real PostgreSQL server: same schema, same answers as SQLite."""

from __future__ import annotations

import pytest

import tidings
from tests.store.test_store import sample
from tidings.store import Store, StoreError
from tidings.jobs import store_records
from tidings.store.schema import LATEST


def normalised(dump: dict) -> dict:
    # full-text tables exist only in SQLite (PostgreSQL uses GIN indexes on the same columns)
    return {k: v for k, v in dump.items() if not k.endswith("_fts")}


def test_postgres_matches_sqlite(pg_url, tmp_path):
    sqlite_db = str(tmp_path / "t.db")
    for db in (pg_url, sqlite_db):
        s = store_records(sample(), db)
        assert s.coded == 3 and s.failed == 0
    with tidings.open(pg_url) as pg, tidings.open(sqlite_db) as lite:
        assert pg.conn.dialect == "postgres"
        assert pg.stats() == lite.stats()
        assert pg.events() == lite.events()
        for kwargs in ({"source": "USA"}, {"cameo": "04"}, {"since": "2024-04-26"}, {"target": "chn"},
                       {"limit": 2, "offset": 1}):
            assert pg.events(**kwargs) == lite.events(**kwargs), kwargs
        assert pg.quotes(speaker="blinken") == lite.quotes(speaker="blinken")
        assert pg.document("c") == lite.document("c")
        assert [d["id"] for d in pg.search("parliament budget")] == ["b"]
        assert normalised(pg.store.dump()) == normalised(lite.store.dump())
        assert pg.conn.scalar("SELECT max(version) FROM migrations") == LATEST


def test_postgres_idempotent(pg_url):
    store_records(sample(), pg_url)
    with Store.open(pg_url) as store:
        before = store.dump()
    again = store_records(sample(), pg_url)
    assert again.unchanged == 5
    with Store.open(pg_url) as store:
        assert store.dump() == before


def test_postgres_unreachable_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot connect"):
        Store.open("postgresql://nobody@127.0.0.1:1/none", create=True)


def test_ingest_real_documents_into_postgres(pg_url, tmp_path):
    """Records from the real pipeline (floats, nulls, unicode) land the same in both back ends."""
    from tests.conftest import SEED, SEED_DATE
    from tidings.sources import read_sources
    from tidings.jobs import ingest

    sqlite_db = str(tmp_path / "seed.db")
    for db in (pg_url, sqlite_db):
        summary = ingest(read_sources([str(SEED)]), db, published=SEED_DATE)
        assert summary.coded == 1 and summary.events > 0
    with tidings.open(pg_url) as pg, tidings.open(sqlite_db) as lite:
        assert pg.events() == lite.events()
        assert pg.quotes() == lite.quotes()
        assert normalised(pg.store.dump()) == normalised(lite.store.dump())
    again = ingest(read_sources([str(SEED)]), pg_url, published=SEED_DATE)
    assert again.unchanged == 1 and again.coded == 0
