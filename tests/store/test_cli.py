"""The store commands end to end on real documents (spaCy runs, in process, once per session)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from tests.conftest import SEED
from tests.store import httpserver
import tidings
from tidings.cli import main
from tidings.store import Store
from tests.store.exports import check_plover, load_cameo, load_gdelt
from tidings.store.export import CSV_COLUMNS, GDELT_COLUMNS, global_event_id

FRENCH = ("Le ministre des Affaires étrangères a rencontré vendredi son homologue allemand à Paris "
          "pour parler de la guerre en Ukraine et des prix de l'énergie, selon un communiqué.")


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    return result


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    docs = tmp / "docs.jsonl"
    seed = SEED.read_text(encoding="utf-8")
    lines = [
        {"id": "fr1", "text": FRENCH, "published": "2024-05-01"},
        {"id": "copy", "text": "(Wire) " + seed, "url": "https://other.example/copy"},
    ]
    docs.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
                    + "\n{not json\n", encoding="utf-8")
    db = tmp / "t.db"
    first = run("ingest", SEED, docs, "--db", db, "--date", "2024-04-26", "-q")
    return tmp, db, first


def test_ingest_summary_and_stats(stored):
    tmp, db, first = stored
    err = first.stderr
    assert "read 4, coded 2, rejected 2 (malformed_json 1, not_english 1)" in err
    assert "duplicates 1" in err
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert stats["documents"] == 4 and stats["coded"] == 2
    assert stats["rejected_by_reason"] == {"malformed_json": 1, "not_english": 1}
    assert stats["languages"]["fr"] == 1
    assert stats["duplicates"] == 1 and stats["events"] > 5
    assert stats["event_mentions"] > stats["events"]  # the copy's events are mentions
    assert stats["quotes"] >= 8
    # deterministic: the same numbers twice
    assert run("stats", "--db", db, "--format", "json").stdout == run(
        "stats", "--db", db, "--format", "json").stdout
    text = run("stats", "--db", db).stdout
    assert "not_english: 1" in text


def test_rerun_changes_nothing(stored):
    tmp, db, _ = stored
    with Store.open(db) as store:
        before = store.dump()
    again = run("ingest", SEED, tmp / "docs.jsonl", "--db", db, "--date", "2024-04-26", "-q")
    assert "unchanged 4" in again.stderr and "coded 0" in again.stderr
    with Store.open(db) as store:
        assert store.dump() == before


def test_events_filters_and_formats(stored):
    _, db, _ = stored
    rows = [json.loads(x) for x in run("events", "--db", db, "--source", "USA", "--target", "CHN",
                                       "--format", "jsonl").stdout.splitlines()]
    assert rows and all(r["source"]["code"].startswith("USA") for r in rows)
    assert all(r["target"]["code"].startswith("CHN") for r in rows)
    assert any(r["num_mentions"] == 2 and r["num_sources"] == 2 for r in rows)
    roots = {r["root"] for r in rows}
    assert "04" in roots
    visits = run("events", "--db", db, "--cameo", "04", "--format", "csv").stdout
    table = list(csv.DictReader(io.StringIO(visits)))
    assert table and all(r["cameo"].startswith("04") for r in table)
    assert run("events", "--db", db, "--since", "2030-01-01", "--format", "jsonl").stdout == ""
    table = run("events", "--db", db, "--source", "USAGOV", "--limit", "3").stdout
    assert "USAGOV" in table
    assert re.search(r"\b0\d\d? +[A-Z][a-z]+", table), "CAMEO codes are shown with their names"
    bad = run("events", "--db", db, "--since", "yesterday", ok=False)
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


def test_quotes(stored):
    _, db, _ = stored
    out = run("quotes", "--db", db, "--speaker", "Blinken", "--format", "jsonl").stdout.splitlines()
    quotes = [json.loads(x) for x in out]
    assert len(quotes) >= 4 and all(q["speaker"]["code"] == "USAGOV" for q in quotes)


def test_exports(stored, tmp_path):
    _, db, _ = stored
    gdelt_text = run("export", "--db", db, "--format", "gdelt").stdout
    frame = load_gdelt(gdelt_text)
    assert len(GDELT_COLUMNS) == 61 and len(frame) > 5
    row = frame.iloc[0]
    assert str(row["SQLDATE"])[:4] in ("2023", "2024") and row["EventRootCode"] == row["EventCode"][:2]
    cameo = load_cameo(run("export", "--db", db, "--format", "cameo").stdout)
    assert len(cameo) == len(frame)
    assert list(cameo["event_id"].map(lambda i: global_event_id({"id": i}))) == list(
        frame["GLOBALEVENTID"])  # the same events, and GLOBALEVENTID is a function of the id
    plover = [json.loads(x) for x in run("export", "--db", db, "--format", "plover").stdout.splitlines()]
    check_plover(plover)
    assert len(plover) == len(frame)
    docs = [json.loads(x) for x in run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert len(docs) == 4 and {d["id"] for d in docs} >= {"seed_article.txt", "fr1"}
    out = tmp_path / "ev.csv"
    run("export", "--db", db, "--format", "csv", "-o", out)
    exported = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(exported) == len(frame) and list(exported[0]) == CSV_COLUMNS
    # `events --format csv` has the same columns (and the same rows, newest first)
    listed = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").stdout)))
    assert list(listed[0]) == CSV_COLUMNS
    assert sorted(r["key"] for r in listed) == sorted(r["key"] for r in exported)
    assert exported[0]["cameo_name"] and exported[0]["date_precision"] == "day"
    pq_dir = tmp_path / "pq"
    run("export", "--db", db, "--format", "parquet", "-o", pq_dir)
    import pyarrow as pa
    import pyarrow.dataset as ds

    parts = sorted(p.name for p in pq_dir.iterdir())
    assert "event_date=2024-04-26" in parts
    table = ds.dataset(str(pq_dir), partitioning="hive").to_table()
    assert table.num_rows == len(frame)
    assert table.schema.field("date").type == pa.date32()
    assert set(table.column("date_precision").to_pylist()) <= {"day", "month", "year"}
    assert run("export", "--db", db, "--format", "parquet", ok=False).exit_code == 2


def test_bad_store_paths_are_clear_errors(tmp_path):
    result = run("stats", "--db", tmp_path / "missing.db", ok=False)
    assert result.exit_code == 1 and "no store" in result.stderr
    (tmp_path / "junk.db").write_bytes(b"junk" * 1000)
    result = run("events", "--db", tmp_path / "junk.db", ok=False)
    assert result.exit_code == 1 and "Error" in result.stderr
    result = run("ingest", SEED, "--db", tmp_path / "no" / "dir.db", ok=False)
    assert result.exit_code == 1 and "does not exist" in result.stderr


def test_ingest_nothing_codable_exits_nonzero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("ingest", empty, "--db", tmp_path / "e.db", "-q", ok=False)
    assert result.exit_code == 1 and "rejected 1" in result.stderr


def test_extract_jsonl(tmp_path):
    out = run("extract", SEED).stdout.splitlines()
    rec = json.loads(out[0])
    assert set(rec) >= {"id", "url", "title", "published", "author", "site", "language", "text", "removed"}
    assert rec["language"] == "en" and any(r["reason"] == "teaser" for r in rec["removed"])
    fr = tmp_path / "fr.txt"
    fr.write_text(FRENCH, encoding="utf-8")
    assert json.loads(run("extract", fr).stdout)["language"] == "fr"


def test_ingest_feed_and_watch_only_new_items(tmp_path):
    server = httpserver.start()
    try:
        db = tmp_path / "w.db"
        flags = ["--db", db, "--allow-private", "--delay", "0"]
        first = run("watch", server.base + "/feed.xml", "--every", "0s", "--times", "2", *flags)
        assert "poll 1: read 2, coded 2" in first.stderr
        assert "poll 2: read 0" in first.stderr  # ETag matched: 304, nothing fetched
        feed_gets = [r for r in server.requests if r[0] == "/feed.xml"]
        assert feed_gets[-1][1].get("If-None-Match") == '"feed-v1"'
        server.feed_items = [1, 2, 3]
        server.feed_version = 2
        second = run("watch", server.base + "/feed.xml", "--every", "0s", "--times", "1", *flags)
        assert "poll 1: read 1, coded 1" in second.stderr  # only the new item
        with Store.open(db) as store:
            assert store.stats()["documents"] == 3
            assert store.document(server.base + "/articles/3.html")["title"] == "Item 3"
        page = run("ingest", server.base + "/articles/8.html", *flags, "-q")
        assert "coded 1" in page.stderr
        refused = run("ingest", server.base + "/articles/9.html", "--db", db, "-q", ok=False)
        assert "private_address 1" in refused.stderr
    finally:
        server.shutdown()


def test_ingest_coded_records(tmp_path):
    from tests.store.records import event, record

    path = tmp_path / "coded.jsonl"
    good = record("r1", events=[event("x1", "USAGOV", "CHNGOV", "042")])
    path.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"id": "r2"}) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    result = run("ingest", "--coded", path, "--db", db)
    assert "read 2, coded 1" in result.stderr and "failed to store 2" in result.stderr
    assert "malformed JSON" in result.stderr and "not a contract record" in result.stderr
    again = run("ingest", "--coded", path, "--db", db)
    assert "unchanged 1" in again.stderr
    with tidings.open(db) as t:
        assert [e["id"] for e in t.events()] == ["x1"]


@pytest.mark.slow
def test_ingest_with_workers_gives_the_same_store(tmp_path):
    from tests.store.test_crash import news_docs

    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(d) for d in news_docs(12)) + "\n", encoding="utf-8")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    run("ingest", source, "--db", one, "-q")
    result = run("ingest", source, "--db", two, "-q", "--workers", "2")
    assert "coded 12" in result.stderr
    with Store.open(one) as a, Store.open(two) as b:
        assert a.dump() == b.dump()


def test_ingest_bad_dictionary_is_a_clear_error(tmp_path):
    bad = tmp_path / "actors.txt"
    bad.write_text("this is not a dictionary [[[\n", encoding="utf-8")
    # issue 15: by default a malformed entry is skipped and counted; --strict-dictionaries refuses
    result = run("ingest", SEED, "--db", tmp_path / "strict.db", "--actors", bad, "--strict-dictionaries", ok=False)
    assert result.exit_code == 1 and "Error" in result.stderr and f"{bad}:1: unbalanced brackets" in result.stderr
    assert not (tmp_path / "strict.db").exists()
    result = run("ingest", SEED, "--db", tmp_path / "d.db", "--actors", bad, "-q")
    assert "1 malformed entries skipped (unbalanced brackets 1)" in result.stderr


@pytest.mark.slow
def test_quiet_dask_ingest_prints_only_the_summary(tmp_path):
    """`-q` quiets Dask too: its scheduler, nannies and workers (other processes) log nothing."""
    import subprocess
    import sys
    from pathlib import Path

    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps({"id": f"d{i}", "text": SEED.read_text(encoding="utf-8"),
                                          "published": "2024-04-26"}) for i in range(3)) + "\n",
                    encoding="utf-8")
    tidings_cli = Path(sys.executable).with_name("tidings")
    done = subprocess.run([str(tidings_cli), "ingest", str(docs), "--db", str(tmp_path / "d.db"),
                           "--engine", "dask", "--workers", "2", "-q"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [line for line in done.stderr.splitlines()
                                        if line.startswith("ingest: read 3")], done.stderr
    assert "distributed" not in done.stderr and "Traceback" not in done.stderr


def test_table_evidence_is_cut_at_a_word():
    from tidings.cli.store import shorten

    text = "Russian forces attacked Ukrainian positions near Kharkiv on Monday morning."
    assert shorten(text, 200) == text
    cut = shorten(text, 40)
    assert len(cut) <= 40 and cut.endswith("…") and text.startswith(cut[:-1])
    assert text[len(cut) - 1] == " "  # the cut falls between words
    assert shorten("a\nb  c", 10) == "a b c"
