"""Whole-pipeline throughput against bare spaCy, measured in one run (issue 8).

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 120] [--workers 2]

Baseline: bare spaCy ``nlp.pipe`` with the full pipeline over the same texts, in this process.
Measured: ``tidings.pipeline.code`` (extraction, parse, actors, quotes, events) on one process, and
``code_parallel`` on ``--workers`` processes. Prints articles/s, words/s and ratios to the baseline.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corpus import CORPUS, load_records  # noqa: E402  (benchmarks/corpus.py)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=120)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not available", file=sys.stderr)
        return 2

    from tidings import nlp
    from tidings.model import RawDocument
    from tidings.pipeline import Coder, code, code_parallel

    docs = load_records(args.corpus, args.docs)
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    raws = lambda: [RawDocument(id=d["id"], text=d["text"], published=d.get("published"))  # noqa: E731
                    for d in docs]

    model = nlp.load()
    coder = Coder.load()
    list(model.pipe(texts[:5]))  # warm up both

    t0 = time.perf_counter()
    for _ in model.pipe(texts, batch_size=16):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    events = sum(len(r.events) for r in code(raws(), coder=coder))
    ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    parallel_events = sum(len(r.events) for r in code_parallel(raws(), workers=args.workers))
    parallel = time.perf_counter() - t0

    def line(name, seconds):
        print(f"{name:<32} {seconds:7.2f} s  {len(texts) / seconds:7.1f} articles/s  "
              f"{words / seconds:9.0f} words/s  ({3600 * len(texts) / seconds:,.0f} articles/h)")

    print(f"{len(texts)} articles, {words} words; events: {events} (parallel run: {parallel_events})")
    line("bare spaCy nlp.pipe (baseline)", bare)
    line("tidings code, 1 process", ours)
    line(f"tidings code, {args.workers} processes", parallel)
    print(f"ratio to baseline (speed, higher is better): 1 process {bare / ours:.2f}, "
          f"{args.workers} processes {bare / parallel:.2f}")
    return 0 if events == parallel_events else 1


if __name__ == "__main__":
    sys.exit(main())
