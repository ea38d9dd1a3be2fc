"""Quote extraction cost against the spaCy pipeline, measured in one run.

    .venv/bin/python benchmarks/bench_quotes.py [--docs 100] [--corpus PATH]

Parses ~100 Kremlin press releases with bare spaCy ``nlp.pipe`` (the stock pipeline), then runs
``find_quotes`` and ``find_attributions`` over the same Docs, and prints the ratio. Issue 5 asks
for quote extraction ≤ 5% of the pipeline's time; the parse alone is a lower bound of the
pipeline, so the ratio printed here is an upper bound of the share. Exit status 1 above 5%.
"""

from __future__ import annotations

import sys
import time

from corpus import load_records, parse_with_stock, stage_arguments  # noqa: E402  (benchmarks/corpus.py)


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0], docs=100, budget=0.05)
    if args is None:
        return 2

    from tidings.quotes import find_attributions, find_quotes

    texts = [r["text"] for r in load_records(args.corpus, args.docs)]
    docs, parse_s = parse_with_stock(texts)

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
