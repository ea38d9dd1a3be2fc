"""How many stored events have a country (or an international body) on both sides, after
ingesting the Wikinews corpus (issue 15 item 4: generic actors take their country from context).

    .venv/bin/python benchmarks/bench_context.py [--db PATH] [--sample 50]

Ingests ``../shared/corpus/wikinews_2019_2020/articles.jsonl`` into a SQLite store (a temporary
one unless ``--db`` names one; an existing store is reused, only what is missing is coded), prints
the share of stored events with both sides coded, and with ``--sample N`` a reproducible sample of
N context assignments (entities whose country came from context, ordered by a hash of their
document and position) to judge by hand: see tests/actors/data/context_judgements.jsonl.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpus" / "wikinews_2019_2020" / "articles.jsonl"
CONTEXT_MARK = "country from "  # how context.py's `why` says a country came from context


def coded_side(code: str | None) -> bool:
    """A side with a country or an international body: not empty, not an open '---' code."""
    return bool(code) and not code.startswith("---")


def both_sides(db: str) -> tuple[int, int]:
    """(events with both sides coded, events) in the store."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT source_code, target_code FROM events").fetchall()
    return sum(coded_side(s) and coded_side(t) for s, t in rows), len(rows)


def sample_assignments(db: str, n: int, salt: str = "") -> list[dict]:
    """N context assignments, ordered by a hash of (salt, document, start): the same sample every
    run. The rules were tuned on the samples of salts "", "fixture" and "judged" (86 % right); the
    fixture tests/actors/data/context_judgements.jsonl is the sample of salt "judged2", drawn after."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT document_id, start_char, end_char, text, actor, why FROM entities "
                           "WHERE why LIKE ?", (f"%{CONTEXT_MARK}%",)).fetchall()
    key = lambda r: hashlib.sha256(f"{salt}{r[0]}|{r[1]}".encode()).hexdigest()
    return [{"document_id": d, "start": s, "end": e, "text": t, "code": c,
             "why": w[w.rfind(CONTEXT_MARK):]} for d, s, e, t, c, w in sorted(rows, key=key)[:n]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="SQLite store to fill or reuse (default: a temporary one)")
    ap.add_argument("--corpus", type=Path, default=WIKINEWS)
    ap.add_argument("--sample", type=int, default=0, help="print N context assignments to judge")
    ap.add_argument("--salt", default="judged2", help="which reproducible sample (see sample_assignments)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not available", file=sys.stderr)
        return 1
    db = args.db or str(Path(tempfile.mkdtemp(prefix="tidings-context-")) / "wikinews.db")
    from tidings.jobs import ingest
    from tidings.sources import read_sources

    ingest(read_sources([str(args.corpus)]), db)
    both, total = both_sides(db)
    print(f"events with a country or IGO on both sides: {both} of {total} = {both / max(total, 1):.1%}")
    with sqlite3.connect(db) as con:
        n = con.execute("SELECT count(*) FROM entities WHERE why LIKE ?", (f"%{CONTEXT_MARK}%",)).fetchone()[0]
    print(f"context assignments: {n}")
    for rec in sample_assignments(db, args.sample, args.salt):
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
