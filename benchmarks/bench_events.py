"""Event coding cost against the bare spaCy pipeline, measured in one run.

    .venv/bin/python benchmarks/bench_events.py [--docs 200] [--corpus PATH]

Parses 200 Kremlin press releases with bare spaCy ``nlp.pipe`` (the stock pipeline), resolves actors once
(the actors stage, timed separately and not part of the ratio), then times ``EventCoder.code`` over
the same Docs and mentions, and prints the ratio. Issue 4 asks for coding ≤ 15% of the bare spaCy
time. Exit status 1 above the budget.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corpus import CORPUS, load_records  # noqa: E402  (benchmarks/corpus.py)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--budget", type=float, default=0.15, help="largest acceptable ratio")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not available", file=sys.stderr)
        return 2

    from tidings import nlp
    from tidings.actors import ActorResolver
    from tidings.events import EventCoder

    records = load_records(args.corpus, args.docs)
    texts = [r["text"] for r in records]
    stock = nlp.load(fast=False)  # the baseline: spaCy's stock pipeline
    coder = EventCoder.load()
    resolver = ActorResolver.load()
    # warm-up: first-call costs (model, gazetteer, lexicon) are not per-document costs
    warm = stock("Russia attacked Ukraine in Kharkiv on Friday.")
    coder.code(warm, resolver.find(warm, "2022-03-04"), published="2022-03-04")

    t0 = time.perf_counter()
    docs = list(stock.pipe(texts, batch_size=16))
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    mentions = [resolver.find(doc, r.get("published")) for doc, r in zip(docs, records)]
    actors_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = 0
    for doc, ms, r in zip(docs, mentions, records):
        n_events += len(coder.code(doc, ms, published=r.get("published"), doc_id=r.get("id", "")))
    events_s = time.perf_counter() - t0

    chars = sum(len(t) for t in texts)
    ratio = events_s / parse_s
    print(f"documents: {len(docs)}  characters: {chars}")
    print(f"nlp.pipe:           {parse_s:8.2f} s  ({chars / parse_s:,.0f} chars/s)")
    print(f"actors (not rated): {actors_s:8.2f} s")
    print(f"event coding:       {events_s:8.2f} s  ({n_events} events)")
    print(f"ratio events/nlp:   {ratio:8.2%}  (budget {args.budget:.0%})")
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
