"""The SQLite store with hand-made contract records: schema, idempotence, clusters, reads."""

from __future__ import annotations

import sqlite3

import pytest

import tidings
from tests.store.records import UNDO_VERSION_6, event, quote, record
from tidings.store import Store, StoreError, reason_for
from tidings.jobs import store_records
from tidings.store.schema import LATEST

OTHER = ("A completely different story: the parliament of a third country voted on a budget bill "
         "late on Thursday after a long debate about pensions and taxes.")


def near_copy(rec: dict, new_id: str, url: str) -> dict:
    copy = dict(rec, id=new_id, url=url)
    copy["text"] = "(Reuters) " + rec["text"] + " Additional reporting by a wire service."
    return copy


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def sample():
    a = record("a", url="https://one.example/a",
               events=[event("e1", "USAGOV", "CHNGOV", "042"), event("e2", "USAGOV", "CHNGOV", "036", sentence=3),
                       event("e3", "CHNGOV", "RUSMIL", "061", date="2024-04-20")],
               quotes=[quote("We will act."), quote("Nothing to add.", "Wang Yi", "CHNGOV")])
    b = record("b", text=OTHER, events=[event("e4", "RUSMIL", "UKR", "190", date="2024-05-01")])
    c = near_copy(a, "c", "https://two.example/c")
    c["events"] = [event("e1c", "USAGOV", "CHNGOV", "042"), event("e9", "USA", "IRN", "111")]
    fr = record("fr", text="Le ministre a rencontré son homologue à Paris vendredi pour parler.",
                language="fr", error="language not supported: fr")
    empty = record("empty", text="", error="empty document")
    return [a, b, c, fr, empty]


def test_schema_wal_foreign_keys_migrations(db):
    Store.open(db, create=True).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in conn.execute("SELECT version FROM migrations ORDER BY version")] == list(
        range(1, LATEST + 1))
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for table in ("documents", "actors", "entities", "events", "quotes", "attributions", "clusters",
                  "rejected", "documents_fts", "quotes_fts", "feeds"):
        assert table in names
    # reopening does not re-apply migrations
    Store.open(db, create=True).close()
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == LATEST


def test_store_and_read(db):
    summary = store_records(sample(), db)
    assert summary.to_dict() == {
        "read": 5, "coded": 3, "rejected": 2, "rejected_by_reason": {"empty": 1, "not_english": 1},
        "unchanged": 0, "duplicates": 1, "events": 6, "quotes": 4, "failed": 0}
    with tidings.open(db) as store:
        stats = store.stats()
        assert stats["documents"] == 5 and stats["coded"] == 3
        assert stats["rejected_by_reason"] == {"empty": 1, "not_english": 1}
        assert stats["languages"] == {"en": 4, "fr": 1}
        assert stats["event_mentions"] == 6
        assert stats["events"] == 5  # e1c is a mention of e1 (same story, same event)
        assert stats["clusters"] == 3 and stats["duplicates"] == 1
        # prefix matching of codes
        assert {e["id"] for e in store.events(source="USA")} == {"e1", "e2", "e9"}
        assert {e["id"] for e in store.events(source="USA", target="CHN")} == {"e1", "e2"}
        assert {e["id"] for e in store.events(cameo="06")} == {"e3"}
        assert {e["id"] for e in store.events(target="ukr")} == {"e4"}
        # dates: event date, inclusive
        assert {e["id"] for e in store.events(since="2024-04-26")} == {"e1", "e2", "e9", "e4"}
        assert {e["id"] for e in store.events(until="2024-04-20")} == {"e3"}
        e1 = store.events(source="USAGOV", cameo="042", order="oldest")[0]
        assert e1["id"] == "e1" and e1["num_mentions"] == 2 and e1["num_articles"] == 2
        assert e1["num_sources"] == 2 and e1["url"] == "https://one.example/a"
        assert e1["source"]["code"] == "USAGOV" and e1["trigger"]["text"] == "met"
        assert len(store.events(mentions=True)) == 6
        # paging in a stable order
        ids = [e["id"] for e in store.events()]
        assert [e["id"] for e in store.events(limit=2, offset=1)] == ids[1:3]
        assert store.count_events(source="USA") == 3
        # quotes by name substring or code prefix
        assert {q["text"] for q in store.quotes(speaker="blinken")} == {"We will act."}
        assert {q["text"] for q in store.quotes(speaker="CHN")} == {"Nothing to add."}
        assert len(store.quotes()) == 4
        # full text
        assert [d["id"] for d in store.search("parliament budget")] == ["b"]
        assert list(store.search("")) == []
        doc = store.document("fr")
        assert doc["status"] == "rejected" and doc["rejected"] == "not_english"
        assert doc["language"] == "fr" and doc["events"] == []
        assert store.document("a")["cluster"] == store.document("c")["cluster"] == "a"
        assert store.document("missing") is None


def test_same_input_twice_changes_nothing(db):
    store_records(sample(), db)
    with Store.open(db) as store:
        before = store.dump()
    again = store_records(sample(), db)
    assert again.unchanged == 5 and again.coded == 0
    with Store.open(db) as store:
        assert store.dump() == before


def test_changed_document_replaces_old_version(db):
    store_records(sample(), db)
    newer = record("b", text=OTHER + " Updated.", events=[event("e5", "UKR", "RUS", "112")])
    summary = store_records([newer], db)
    assert summary.coded == 1
    with tidings.open(db) as store:
        assert {e["id"] for e in store.events(document="b")} == {"e5"}
        assert store.search("Updated")[0]["id"] == "b"
        assert store.stats()["documents"] == 5


def test_full_text_rows_map_to_their_documents_across_versions(db):
    """Version 6 maps full-text rowids to documents (reading the full-text table's document_id
    reads every matching text); a replaced document leaves no row behind, a version 5 store
    answers the same text filters read as it is and after its migration."""
    store_records(sample(), db)
    store_records([record("b", text=OTHER + " Updated.", events=[event("e5", "UKR", "RUS", "112")])], db)
    conn = sqlite3.connect(db)

    def mapped():
        return conn.execute("SELECT fts_rowid, document_id FROM documents_fts_rows ORDER BY 1").fetchall()

    assert mapped() == conn.execute("SELECT rowid, document_id FROM documents_fts ORDER BY 1").fetchall()
    assert sorted(d for _, d in mapped()) == ["a", "b", "c", "empty", "fr"]  # b once, its new text

    def answers():
        with tidings.open(db) as t:
            return [[e["key"] for e in t.events(text=words)] + [t.count_events(text=words)]
                    for words in ("Updated", "budget", "minister", "nowhere")]

    now = answers()
    assert now[0] == ["b/0", 1] and now[3] == [0]
    conn.executescript(UNDO_VERSION_6)
    assert answers() == now  # version 5, read without the map
    Store.open(db, create=True).close()
    assert answers() == now and len(mapped()) == 5


def test_replacing_the_first_copy_keeps_mentions_consistent(db):
    records = sample()
    d = near_copy(records[0], "d", "https://three.example/d")
    d["events"] = [event("e1d", "USAGOV", "CHNGOV", "042")]
    store_records(records + [d], db)
    with tidings.open(db) as store:
        assert store.events(source="USAGOV", cameo="042", order="oldest")[0]["num_mentions"] == 3
    changed = record("a", text="Entirely rewritten: " + " ".join(reversed(OTHER.split())))
    store_records([changed], db)
    with tidings.open(db) as store:
        # the copies' events are no longer mentions of a deleted event: the first copy's event
        # is listed, the other copy's is its mention
        listed = store.events(source="USAGOV", cameo="042")
        assert [e["id"] for e in listed] == ["e1c"] and listed[0]["num_mentions"] == 2
        assert store.document("c")["cluster"] == store.document("d")["cluster"] == "a"
        assert store.document("a")["cluster"] != "a"  # the new text starts a cluster of its own


def test_batches_commit_and_a_bad_record_is_counted_not_fatal(db):
    records = sample()
    records.insert(2, {"id": "bad", "text": "x", "events": [{"no": "cameo"}], "published": None,
                       "entities": [{"start": "not a number"}]})
    records.insert(3, {"text": "no id at all"})
    summary = store_records(records, db, batch_size=2)
    assert summary.failed == 2 and summary.coded == 3
    with Store.open(db) as store:
        assert store.stats()["documents"] == 5
        assert store.document("bad") is None  # nothing half-written


def test_reader_does_not_create_and_refuses_non_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store.open(str(tmp_path / "none.db"))
    assert not (tmp_path / "none.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        Store.open(str(junk))
    with pytest.raises(StoreError):
        Store.open(str(tmp_path / "nodir" / "x.db"), create=True)


def test_reader_sees_committed_batches_while_writer_is_open(db):
    Store.open(db, create=True).close()
    with Store(db, None).writer(batch_size=2) as writer:
        for rec in sample()[:2]:
            writer.write(rec)
        with Store.open(db) as reader:
            assert reader.stats()["documents"] == 2
        writer.write(sample()[2])
        with Store.open(db) as reader:
            assert reader.stats()["documents"] == 2  # third not committed yet
    with Store.open(db) as reader:
        assert reader.stats()["documents"] == 3


@pytest.mark.parametrize("error,reason", [
    ("language not supported: de", "not_english"),  # the errors of records written before Reason
    ("empty document", "empty"),
    ("no main text found in HTML", "no_main_text"),
    ("robots_disallowed: robots.txt disallows http://x/", "robots_disallowed"),
    ("too_many_redirects: more than 5 redirects", "too_many_redirects"),
    ("duplicate_id: 'x' was already read in this run with a different text", "duplicate_id"),
    ("malformed JSON on line 3: Expecting value", "unreadable"),  # no guessing from the words
    ("coding failed: ValueError: empty sequence", "coding_failed"),  # not 'empty'
    ("something odd", "unreadable"),
])
def test_reasons(error, reason):
    assert reason_for(error) == reason


def test_interrupted_run_keeps_whole_documents_written(db):
    def records():
        yield from sample()[:2]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store_records(records(), db, batch_size=50)
    with Store.open(db) as store:
        assert store.stats()["documents"] == 2


def test_newer_schema_refused(db):
    Store.open(db, create=True).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO migrations (version, name) VALUES (?, 'from the future')", (LATEST + 1,))
    conn.commit()
    conn.close()
    for create in (False, True):
        with pytest.raises(StoreError, match="newer"):
            Store.open(db, create=create)


def test_slow_stream_commits_after_max_seconds(db):
    import time

    Store.open(db, create=True).close()
    with Store(db, None).writer(batch_size=1000, max_seconds=0.2) as writer:
        writer.write(sample()[0])
        time.sleep(0.3)
        writer.write(sample()[1])  # the batch has been open long enough: committed now
        with Store.open(db) as reader:
            assert reader.stats()["documents"] == 2


def test_store_does_not_depend_on_batch_size(tmp_path):
    from tests.store.test_crash import many_records

    records = many_records(40)
    dumps = []
    for size in (1, 7, 50):
        db = str(tmp_path / f"b{size}.db")
        store_records(records, db, batch_size=size)
        with Store.open(db) as store:
            dumps.append(store.dump())
    assert dumps[0] == dumps[1] == dumps[2]
    assert len(dumps[0]["documents"]) == 40
