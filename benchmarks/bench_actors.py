"""Actor resolution cost against the spaCy pipeline, measured in one run.

    .venv/bin/python benchmarks/bench_actors.py [--docs 100] [--corpus PATH] [--budget 0.10]

Parses ~100 Kremlin press releases with bare spaCy ``nlp.pipe`` (the stock pipeline), then runs
``ActorResolver.find`` (gazetteer matching, grouping, coreference) over the same Docs, and prints
the ratio of the two times. Issue 3 asks for gazetteer matching to add ≤ 10% to spaCy's time; the
whole actor stage is timed here, so the ratio is an upper bound. Exit status 1 above the budget.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corpus import CORPUS, load_records  # noqa: E402  (benchmarks/corpus.py)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--budget", type=float, default=0.10, help="largest acceptable ratio")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not available", file=sys.stderr)
        return 2

    from tidings import nlp
    from tidings.actors import ActorResolver

    records = load_records(args.corpus, args.docs)
    texts = [r["text"] for r in records]
    stock = nlp.load(fast=False)  # the baseline: spaCy's stock pipeline
    stock("Warm-up sentence.")
    t0 = time.perf_counter()
    resolver = ActorResolver.load()
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    docs = list(stock.pipe(texts, batch_size=16))
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    mentions = coded = 0
    for rec, doc in zip(records, docs):
        found = resolver.find(doc, published=rec.get("published"))
        mentions += len(found)
        coded += sum(1 for m in found if m.code)
    actors_s = time.perf_counter() - t0

    ratio = actors_s / parse_s
    print(f"documents: {len(docs)}  characters: {sum(len(t) for t in texts)}  tokens: {sum(len(d) for d in docs)}")
    print(f"resolver load (once): {load_s:.2f} s")
    print(f"spaCy nlp.pipe:       {parse_s:.2f} s")
    print(f"actors find:          {actors_s:.2f} s  ({mentions} mentions, {coded} with a code)")
    print(f"ratio actors/spaCy:   {ratio:.3f}  (budget {args.budget:.2f})")
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
