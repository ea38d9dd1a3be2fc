"""The query API on a real PostgreSQL server gives the same answers as on SQLite."""

from __future__ import annotations


import tidings
from tests.api.records import corpus
from tests.store.conftest import pg_server, pg_url  # noqa: F401  (fixtures)
from tidings.jobs import store_records

FILTERS = [{}, {"source": "USA"}, {"target": "chn"}, {"actor": "UKR"}, {"cameo": "1"},
           {"root": "11"}, {"plover": "ACCUSE"}, {"quad_class": 4}, {"modality": "threatened"},
           {"since": "2024-05-11", "until": "2024-06-03"}, {"document": "doc-2"},
           {"text": "Kharkiv"}]


def test_postgres_answers_like_sqlite(pg_url, tmp_path):  # noqa: F811
    lite_db = str(tmp_path / "q.db")
    for db in (pg_url, lite_db):
        assert store_records(corpus(), db).coded == 5
    with tidings.open(pg_url) as pg, tidings.open(lite_db) as lite:
        assert pg.dialect == "postgres"
        for f in FILTERS:
            a, b = pg.events(limit=3, offset=1, **f), lite.events(limit=3, offset=1, **f)
            assert (list(a), a.total) == (list(b), b.total), f
        for by in ("day", "week", "month"):
            assert pg.timeline("USA", "CHN", by=by, both=True).rows == \
                lite.timeline("USA", "CHN", by=by, both=True).rows, by
        assert pg.timeline("CHN", both=True).rows == lite.timeline("CHN", both=True).rows
        assert pg.network() == lite.network()
        assert list(pg.top_actors()) == list(lite.top_actors())
        assert list(pg.actors("chi")) == list(lite.actors("chi"))
        assert list(pg.quotes(speaker="blinken")) == list(lite.quotes(speaker="blinken"))
        assert list(pg.quotes(text="restraint")) == list(lite.quotes(text="restraint"))
        assert list(pg.quotes_by_speaker()) == list(lite.quotes_by_speaker())
        assert pg.document("doc-1") == lite.document("doc-1")
        assert pg.event("doc-2/1") == lite.event("doc-2/1")


def test_full_text_is_the_same_exact_words_on_both(pg_url, tmp_path):  # noqa: F811
    """PostgreSQL used to stem ('customs' found 'customers'); both back ends match exact words."""
    from tests.api.records import event, record

    t1 = "Officials at customs seized the cargo. Russia accused Ukraine of smuggling."
    t2 = "Customers queued for hours. China accused Japan of dumping steel."
    records = [
        record("c1", t1, "2024-05-01", events=[event(t1, "Russia accused Ukraine of smuggling.",
               ("Russia", "RUS"), "accused", ("Ukraine", "UKR"), "112", "2024-05-01")]),
        record("c2", t2, "2024-05-02", events=[event(t2, "China accused Japan of dumping steel.",
               ("China", "CHN"), "accused", ("Japan", "JPN"), "112", "2024-05-02")])]
    lite_db = str(tmp_path / "fts.db")
    for db in (pg_url, lite_db):
        assert store_records(records, db).coded == 2
    with tidings.open(pg_url) as pg, tidings.open(lite_db) as lite:
        for words, docs in (("customs", ["c1"]), ("customers", ["c2"]), ("CUSTOMS cargo", ["c1"]),
                            ("custom", []), ("accused", ["c1", "c2"]), ("customs steel", [])):
            for t in (pg, lite):
                assert sorted(d["id"] for d in t.search(words)) == docs, (t.dialect, words)
                assert sorted(e["document_id"] for e in t.events(text=words)) == docs, (t.dialect, words)
