"""Query latency on a generated store of one million events (issue 7's budget).

    .venv/bin/python benchmarks/bench_query.py [--events 1000000] [--db PATH] [--keep] [--repeat 15]

Builds a synthetic store through the store's schema (migrations from ``tidings.store``, then one
bulk transaction with the events indexes rebuilt from the schema's own DDL), then measures through
``tidings.open(db)`` (the library the CLI, REST API and dashboard call):

- event queries: one page of 50 events *and* the exact total, for a mix of dashboard filters;
  p50/p95 over all runs (budget: p95 ≤ 100 ms);
- the dyad timeline aggregate (USA↔CHN by week and month; budget ≤ 300 ms);
- for information: network, top actors, deep pages, and the same page through the REST app.

A baseline from the same run is printed next to it: the count the store's own reads used to make
for the same filters (``Store.count_events`` before issue 20 gave every filtered read to
``tidings.query``: a join to documents and ``coalesce(e.date, d.published)``, reproduced in
``old_store_count``).
``--add-indexes`` first creates the indexes proposed for the store's schema (PROPOSED_INDEXES),
to measure their effect. Exit status 1 when a budget is missed. ``--db`` with ``--keep`` reuses
the store.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = ["USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "TUR",
             "SYR", "PSE", "JPN", "PRK", "KOR", "SAU", "EGY", "NGA", "BRA", "MEX", "VEN", "AFG",
             "IRQ", "LBN", "YEM", "SDN", "ETH", "POL"]
SECTORS = ["", "GOV", "MIL", "BUS", "MED", "OPP", "REB"]
# (cameo, quad_class, goldstein, plover)
CODES = [("010", 1, 0.0, None), ("020", 1, 3.0, None), ("036", 1, 4.0, "CONSULT"),
         ("040", 1, 1.0, "CONSULT"), ("042", 1, 1.9, "CONSULT"), ("043", 1, 2.8, "CONSULT"),
         ("046", 1, 7.0, "CONSULT"), ("051", 1, 3.4, "SUPPORT"), ("057", 2, 8.0, "AGREE"),
         ("061", 2, 6.4, "COOPERATE"), ("071", 2, 7.4, "AID"), ("081", 2, 5.0, "CONCEDE"),
         ("111", 3, -2.0, "ACCUSE"), ("112", 3, -2.0, "ACCUSE"), ("120", 3, -4.0, "REJECT"),
         ("130", 3, -4.4, "THREATEN"), ("138", 3, -7.0, "THREATEN"), ("141", 3, -6.5, "PROTEST"),
         ("163", 4, -8.0, "SANCTION"), ("173", 4, -5.0, "COERCE"), ("190", 4, -10.0, "ASSAULT"),
         ("193", 4, -10.0, "ASSAULT"), ("195", 4, -10.0, "ASSAULT")]
MODALITIES = ["asserted"] * 12 + ["negated", "threatened", "promised", "hypothetical", "reported"]
WORDS = ("talks minister sanctions border troops ceasefire summit embassy trade drones oil "
         "election protest treaty visit missile refugees grain nuclear pipeline").split()
EVENTS_PER_DOC = 10
PROPOSED_INDEXES = [
    # partial indexes over first mentions (the rows every default query counts): index-only counts
    # covering for dyad timelines and the network, both directions
    # (mention_of is listed too: SQLite counts a column of the WHERE as covered only if indexed)
    "CREATE INDEX IF NOT EXISTS stories_dyad ON events"
    " (source_code, target_code, date, quad_class, goldstein, mention_of) WHERE mention_of IS NULL",
    "CREATE INDEX IF NOT EXISTS stories_dyad_reverse ON events"
    " (target_code, source_code, date, quad_class, goldstein, mention_of) WHERE mention_of IS NULL",
    # filters that have no index yet, with the date to page them in order
    "CREATE INDEX IF NOT EXISTS stories_quad ON events (quad_class, date, mention_of)"
    " WHERE mention_of IS NULL",
    "CREATE INDEX IF NOT EXISTS stories_plover ON events (plover, date, mention_of)"
    " WHERE mention_of IS NULL",
    "CREATE INDEX IF NOT EXISTS stories_root ON events (root, date, mention_of) WHERE mention_of IS NULL",
    "CREATE INDEX IF NOT EXISTS stories_modality ON events (modality, date, mention_of)"
    " WHERE mention_of IS NULL",
]
START = date(2020, 1, 1)
DAYS = 5 * 365


def weighted(items, rng):
    weights = [1 / (i + 1) ** 1.1 for i in range(len(items))]  # Zipf-like: USA, CHN, RUS common
    return lambda: rng.choices(items, weights)[0]


def build(db: str, n_events: int, seed: int = 7) -> None:
    from tidings.store import Store

    Store.open(db, create=True).close()  # the schema, through the store's migrations
    rng = random.Random(seed)
    country = weighted(COUNTRIES, rng)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    has_fts_rows = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'documents_fts_rows'").fetchone()[0]
    # the events indexes as the migrations left them (dropped for the bulk load, then rebuilt)
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                           " AND tbl_name = 'events' AND sql IS NOT NULL").fetchall()
    names = [name for name, _ in indexes]
    event_indexes = [sql for _, sql in indexes]
    conn.execute("BEGIN")
    for name in names:
        conn.execute(f"DROP INDEX {name}")
    actors = {}
    n_docs = (n_events + EVENTS_PER_DOC - 1) // EVENTS_PER_DOC
    made = 0
    for d in range(n_docs):
        doc_id = f"doc-{d:07d}"
        day = START + timedelta(days=rng.randrange(DAYS))
        # three topic words among filler: each topic word is in about one story in seven
        words = " ".join([rng.choice(WORDS) for _ in range(3)] + [f"w{rng.randrange(5000)}" for _ in range(22)])
        text = f"Synthetic story {d} about {words}."
        conn.execute(
            "INSERT INTO documents (id, url, host, title, published, language, text, removed, status,"
            " raw_hash, content_hash, text_hash, cluster_id, record) VALUES"
            " (?, ?, ?, ?, ?, 'en', ?, '[]', 'coded', ?, ?, ?, ?, ?)",
            (doc_id, f"https://news{d % 50}.example/{d}", f"news{d % 50}.example", f"Story {d}",
             day.isoformat(), text, doc_id, doc_id, doc_id, doc_id,
             json.dumps({"id": doc_id, "title": f"Story {d}", "published": day.isoformat(),
                         "text": text, "removed": [], "entities": [], "events": [], "quotes": [],
                         "attributions": []})))
        fts_rowid = conn.execute("INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)",
                                 (doc_id, f"Story {d}", text)).lastrowid
        if has_fts_rows:  # the store's map of full-text rows to documents (schema version 6)
            conn.execute("INSERT INTO documents_fts_rows (fts_rowid, document_id) VALUES (?, ?)",
                         (fts_rowid, doc_id))
        rows = []
        for i in range(min(EVENTS_PER_DOC, n_events - made)):
            src = country() + rng.choice(SECTORS)
            tgt = country() + rng.choice(SECTORS)
            while tgt[:3] == src[:3]:
                tgt = country() + rng.choice(SECTORS)
            cameo, quad, gold, plover = rng.choice(CODES)
            modality = rng.choice(MODALITIES)
            edate = (day - timedelta(days=rng.randrange(3))).isoformat()
            evidence = f"{src} {cameo} {tgt} in a sentence about {rng.choice(WORDS)}."
            event = {
                "id": f"{doc_id}-{i}", "sentence": i, "evidence": evidence,
                "source": {"text": src, "start": 0, "end": len(src), "code": src,
                           "country": src[:3], "sectors": [src[3:]] if src[3:] else [], "name": src},
                "target": {"text": tgt, "start": 10, "end": 10 + len(tgt), "code": tgt,
                           "country": tgt[:3], "sectors": [tgt[3:]] if tgt[3:] else [], "name": tgt},
                "cameo": cameo, "root": cameo[:2], "plover": plover, "plover_mode": None,
                "quad_class": quad, "goldstein": gold,
                "trigger": {"text": cameo, "start": 5, "end": 8}, "modality": modality,
                "date": edate, "location": None, "reported_by": None, "confidence": 0.7}
            key = f"{doc_id}/{i}"
            rows.append((key, doc_id, i, event["id"], i, evidence, src, src, src[:3], tgt, tgt,
                         tgt[:3], cameo, cameo[:2], plover, None, quad, gold, modality, edate,
                         None, None, 0.7, f"{src}|{tgt}|{cameo}|{edate}|{modality}", doc_id, None,
                         json.dumps(event, separators=(",", ":"))))
            actors.setdefault(src, src)
            actors.setdefault(tgt, tgt)
        conn.executemany(
            "INSERT INTO events (key, document_id, seq, id, sentence, evidence, source_code,"
            " source_name, source_country, target_code, target_name, target_country, cameo, root,"
            " plover, plover_mode, quad_class, goldstein, modality, date, location, reported_by,"
            " confidence, signature, cluster_id, mention_of, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)
        made += len(rows)
    conn.executemany("INSERT INTO actors (code, name, country, sectors) VALUES (?, ?, ?, ?)",
                     [(c, n, c[:3], c[3:]) for c, n in sorted(actors.items())])
    for stmt in event_indexes:
        conn.execute(stmt)
    conn.execute("COMMIT")
    conn.close()
    consolidate_store(db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("ANALYZE")
    conn.close()


def consolidate_store(db: str) -> None:
    """Group the reports into consolidated events as the store's writer does on open (issue 19):
    queries then read one row per happening with its reports."""
    from tidings.store import consolidate
    from tidings.store.db import Connection

    conn = Connection.open(db)
    started = time.perf_counter()
    conn.begin()
    changed = consolidate.consolidate_all(conn, lambda d, title: consolidate.consolidation_key(json.loads(d), title))
    conn.execute("INSERT INTO consolidation (rule, name) VALUES (?, ?)",
                 (consolidate.RULE, consolidate.RULE_NAME))
    conn.commit()
    merged = conn.scalar("SELECT count(*) FROM events WHERE mention_of IS NOT NULL")
    total = conn.scalar("SELECT count(*) FROM events")
    conn.close()
    print(f"consolidated: {merged:,} of {total:,} events are reports of another"
          f" ({changed:,} rows changed, {time.perf_counter() - started:.1f} s)")


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm the page cache and the statement cache
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


EVENT_QUERIES = [
    ("newest page", {}),
    ("source=USA", {"source": "USA"}),
    ("source=USA target=CHN", {"source": "USA", "target": "CHN"}),
    ("actor=RUS", {"actor": "RUS"}),
    ("cameo=04", {"cameo": "04"}),
    ("root=19", {"root": "19"}),
    ("plover=ACCUSE", {"plover": "ACCUSE"}),
    ("quad_class=4", {"quad_class": 4}),
    ("modality=threatened", {"modality": "threatened"}),
    ("one month", {"since": "2023-03-01", "until": "2023-03-31"}),
    ("USA→CHN in 2023", {"source": "USA", "target": "CHN", "since": "2023-01-01",
                         "until": "2023-12-31"}),
    ("text=ceasefire", {"text": "ceasefire"}),
    ("CHN quad 4 2022", {"source": "CHN", "quad_class": 4, "since": "2022-01-01",
                         "until": "2022-12-31"}),
    # a rare actor with an event type (a dashboard's actor and type fields): a few hundred matches
    ("YEM cameo=19", {"source": "YEM", "cameo": "19"}),
    ("actor=POL threatened", {"actor": "POL", "modality": "threatened"}),
    ("SDN plover=ACCUSE", {"source": "SDN", "plover": "ACCUSE"}),
]


def rest(db: str, repeat: int) -> None:
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from tidings.api import create_app

    with TestClient(create_app(db)) as client:
        print("\nthrough the REST app (in-process HTTP), ms:")
        for url in ("/api/events?limit=50", "/api/events?source=USA&target=CHN&limit=50",
                    "/api/timeline?source=USA&target=CHN&by=week&both=true"):
            runs = timed(lambda: client.get(url).raise_for_status(), max(3, repeat // 3))
            print(f"  {url:<58} p50 {statistics.median(runs):7.1f}  p95 {p95(runs):7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", help="store path (default: a temporary file)")
    ap.add_argument("--keep", action="store_true", help="keep the store; reuse it if present")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--query-budget", type=float, default=100.0, help="event-query p95, ms")
    ap.add_argument("--timeline-budget", type=float, default=300.0, help="timeline, ms")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--add-indexes", action="store_true", help="create PROPOSED_INDEXES first")
    ap.add_argument("--events-only", action="store_true",
                    help="only the event queries (short runs to alternate with another checkout)")
    args = ap.parse_args()

    import tidings

    tmpdir = None
    if args.db:
        db = args.db
    else:
        tmpdir = tempfile.mkdtemp(prefix="tidings-bench-")
        db = str(Path(tmpdir) / "bench.db")
    if not (args.keep and Path(db).exists()):
        Path(db).unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - t0:.1f} s "
              f"({Path(db).stat().st_size / 1e6:.0f} MB) at {db}")

    if args.add_indexes:
        t0 = time.perf_counter()
        conn = sqlite3.connect(db, isolation_level=None)
        for stmt in PROPOSED_INDEXES:
            conn.execute(stmt)
        conn.execute("ANALYZE")
        conn.close()
        print(f"added {len(PROPOSED_INDEXES)} proposed indexes in {time.perf_counter() - t0:.1f} s, "
              f"store now {Path(db).stat().st_size / 1e6:.0f} MB")

    failed = False

    def old_store_count(conn, source=None, target=None, since=None, until=None) -> int:
        where, params = ["e.mention_of IS NULL"], []
        for column, value in (("e.source_code", source), ("e.target_code", target)):
            if value:
                where.append(f"{column} >= ? AND {column} < ?")
                params += [value, value[:-1] + chr(ord(value[-1]) + 1)]
        for op, value in ((">=", since), ("<=", until)):
            if value:
                where.append(f"coalesce(e.date, d.published) {op} ?")
                params.append(value)
        return conn.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id"
                            " WHERE " + " AND ".join(where), params).fetchone()[0]

    with tidings.open(db) as t:
        n = t.count_events()
        print(f"store: {n:,} events, {t.stats()['documents']:,} documents")
        print(f"\nevent queries (page of 50 + exact total), {args.repeat} runs each, ms:")
        print(f"  {'query':<24}{'total':>9}{'p50':>9}{'p95':>9}{'old Store':>14}{'ratio':>8}")
        everything = []
        base = None
        if not args.no_baseline:
            base = sqlite3.connect(db)
        for name, filters in EVENT_QUERIES:
            page = t.events(limit=50, **filters)
            total = f"{page.total:,}" + ("" if page.total_exact else "+")
            runs = timed(lambda: t.events(limit=50, **filters), args.repeat)
            everything += runs
            line = f"  {name:<24}{total:>9}{statistics.median(runs):>9.1f}{p95(runs):>9.1f}"
            store_kw = {k: v for k, v in filters.items() if k in ("source", "target", "since", "until")}
            if base is not None and store_kw == filters and filters:
                b = timed(lambda: old_store_count(base, **store_kw), 1)
                line += f"{statistics.median(b):>14.1f}{statistics.median(b) / statistics.median(runs):>7.1f}x"
            print(line)
        overall = p95(everything)
        ok = overall <= args.query_budget
        failed |= not ok
        print(f"  all event queries: p50 {statistics.median(everything):.1f} ms, "
              f"p95 {overall:.1f} ms (budget {args.query_budget:.0f} ms) {'OK' if ok else 'MISSED'}")

        aggregates = [
            ("timeline USA↔CHN by week", lambda: t.timeline("USA", "CHN", by="week", both=True),
             args.timeline_budget),
            ("timeline USA↔CHN by month", lambda: t.timeline("USA", "CHN", by="month", both=True),
             args.timeline_budget),
            ("timeline USAGOV→RUS by day", lambda: t.timeline("USAGOV", "RUS", by="day"),
             args.timeline_budget),
            ("network, 2023 (100 edges)", lambda: t.network(limit=100, since="2023-01-01",
                                                            until="2023-12-31"), None),
            ("network, all (100 edges)", lambda: t.network(limit=100), None),
            ("top actors, all", lambda: t.top_actors(limit=20), None),
            ("events page at offset 10000", lambda: t.events(limit=50, offset=10_000), None),
            ("10,000 events streamed", lambda: sum(1 for _ in itertools.islice(t.iter_events(),
                                                                               10_000)), None),
        ]
        if not args.events_only:
            print("\naggregates, ms:")
        for name, fn, budget in ([] if args.events_only else aggregates):
            runs = timed(fn, max(3, args.repeat // 3) if budget is not None else 2)
            verdict = ""
            if budget is not None:
                good = p95(runs) <= budget
                failed |= not good
                verdict = f"(budget {budget:.0f}) {'OK' if good else 'MISSED'}"
            print(f"  {name:<30} p50 {statistics.median(runs):8.1f}  p95 {p95(runs):8.1f}  {verdict}")

    if not args.events_only:
        rest(db, args.repeat)

    if tmpdir and not args.keep:
        import shutil
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
