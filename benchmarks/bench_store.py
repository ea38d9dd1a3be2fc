"""Storage cost against coding cost, measured in one run (issue 6: storage adds ≤ 10%).

    .venv/bin/python benchmarks/bench_store.py [--docs 80] [--db PATH|postgresql://…]

Baseline: ``tidings.pipeline.code`` over the documents, results kept in memory (best of two runs).
Measured: ``tidings.jobs.ingest`` of the same documents into a fresh store (coding + hashing +
writing), and the write alone (``store_records`` of the already coded records, no validation).
Prints seconds and the ratios; exits 1 when storage adds more than 10% to coding time.
Corpus: ../shared/corpus/kremlin_ukraine_press_2021_2022 when present, else the bundled examples
repeated under distinct ids.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from corpus import CORPUS, REPO  # noqa: E402  (benchmarks/corpus.py)
LIMIT = 0.10


def load_docs(n: int) -> list[dict]:
    docs = []
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            for line in fh:
                docs.append(json.loads(line))
                if len(docs) == n:
                    return docs
    base = [{"id": "seed", "text": (REPO / "examples" / "seed_article.txt").read_text(encoding="utf-8")}]
    for line in (REPO / "examples" / "constructed.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            base.append(json.loads(line))
    while len(docs) < n:
        d = dict(base[len(docs) % len(base)])
        d["id"] = f"{d['id']}#{len(docs)}"
        d["text"] = d["text"] + f"\n\nCopy {len(docs)}."  # distinct content, distinct hashes
        docs.append(d)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=80)
    ap.add_argument("--db", help="store to measure (default: a temporary SQLite file)")
    args = ap.parse_args()

    from tidings.model import RawDocument
    from tidings.pipeline import Coder, code
    from tidings.jobs import ingest, store_records

    docs = load_docs(args.docs)

    def raws():
        return [RawDocument(id=str(d["id"]), text=d.get("text"), html=d.get("html"), url=d.get("url"),
                            title=d.get("title"), published=d.get("published") or "2024-01-01")
                for d in docs]

    coder = Coder.load()
    list(code(raws()[:2], coder=coder))  # warm up: first-call costs are not coding costs

    code_times, records = [], []
    for _ in range(2):
        started = time.perf_counter()
        records = [c.to_dict() for c in code(raws(), coder=coder)]
        code_times.append(time.perf_counter() - started)
    t_code = min(code_times)

    with tempfile.TemporaryDirectory() as tmp:
        db_ingest = args.db or str(Path(tmp) / "ingest.db")
        started = time.perf_counter()
        summary = ingest(raws(), db_ingest, coder=coder)
        t_ingest = time.perf_counter() - started

        db_write = str(Path(tmp) / "write.db")
        started = time.perf_counter()
        written = store_records(records, db_write, validate=False)
        t_write = time.perf_counter() - started

    events = sum(len(r["events"]) for r in records)
    write_ratio = t_write / t_code
    ingest_ratio = t_ingest / t_code - 1
    print(f"documents {len(docs)}, events {events}, coded {summary.coded}, written {written.coded}")
    print(f"code only      {t_code:8.2f} s  (best of {len(code_times)}: "
          f"{', '.join(f'{t:.2f}' for t in code_times)})")
    print(f"ingest         {t_ingest:8.2f} s  overhead vs code: {ingest_ratio:+.1%} (includes run-to-run noise)")
    print(f"write only     {t_write:8.2f} s  = {write_ratio:.1%} of coding time (limit {LIMIT:.0%})")
    return 0 if write_ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
