"""Event coding cost against the bare spaCy pipeline, measured in one run.

    .venv/bin/python benchmarks/bench_events.py [--docs 200] [--corpus PATH]

Parses 200 Kremlin press releases with bare spaCy ``nlp.pipe`` (the stock pipeline), resolves actors once
(the actors stage, timed separately and not part of the ratio), then times ``EventCoder.code`` over
the same Docs and mentions, and prints the ratio. Issue 4 asks for coding ≤ 15% of the bare spaCy
time. Exit status 1 above the budget.
"""

from __future__ import annotations

import sys
import time

from corpus import load_records, parse_with_stock, stage_arguments  # noqa: E402  (benchmarks/corpus.py)


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0], docs=200, budget=0.15)
    if args is None:
        return 2

    from tidings import nlp
    from tidings.actors import ActorResolver
    from tidings.events import EventCoder

    records = load_records(args.corpus, args.docs)
    texts = [r["text"] for r in records]
    coder = EventCoder.load()
    resolver = ActorResolver.load()
    # warm-up: first-call costs (model, gazetteer, lexicon) are not per-document costs
    warm = nlp.load(fast=False)("Russia attacked Ukraine in Kharkiv on Friday.")
    coder.code(warm, resolver.find(warm, "2022-03-04"), published="2022-03-04")

    docs, parse_s = parse_with_stock(texts)

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
