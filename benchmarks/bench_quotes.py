"""Quote extraction cost against the spaCy pipeline, measured in one run.

    .venv/bin/python benchmarks/bench_quotes.py [--docs 100] [--corpus PATH]

Parses ~100 Kremlin press releases with bare spaCy ``nlp.pipe`` (the stock pipeline), then runs
``find_quotes`` and ``find_attributions`` over the same Docs, and prints the ratio. Issue 5 asks
for quote extraction ≤ 5% of the pipeline's time; the parse alone is a lower bound of the
pipeline, so the ratio printed here is an upper bound of the share. Exit status 1 above 5%.
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
    ap.add_argument("--budget", type=float, default=0.05, help="largest acceptable ratio")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not available", file=sys.stderr)
        return 2

    from tidings import nlp
    from tidings.quotes import find_attributions, find_quotes

    texts = [r["text"] for r in load_records(args.corpus, args.docs)]
    stock = nlp.load(fast=False)  # the baseline: spaCy's stock pipeline
    stock("Warm-up sentence.")

    t0 = time.perf_counter()
    docs = list(stock.pipe(texts, batch_size=16))
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_quotes = n_attr = 0
    for doc in docs:
        n_quotes += len(find_quotes(doc, []))
        n_attr += len(find_attributions(doc))
    quotes_s = time.perf_counter() - t0

    chars = sum(len(t) for t in texts)
    ratio = quotes_s / parse_s
    print(f"documents: {len(docs)}  characters: {chars}")
    print(f"nlp.pipe:          {parse_s:8.2f} s  ({chars / parse_s:,.0f} chars/s)")
    print(f"quotes+outlets:    {quotes_s:8.2f} s  ({n_quotes} quotes, {n_attr} attributions)")
    print(f"ratio quotes/nlp:  {ratio:8.2%}  (budget {args.budget:.0%})")
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
