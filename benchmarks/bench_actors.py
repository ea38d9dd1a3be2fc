"""Actor resolution cost against the spaCy pipeline, measured in one run.

    .venv/bin/python benchmarks/bench_actors.py [--docs 100] [--corpus PATH] [--budget 0.10]

Parses ~100 Kremlin press releases with bare spaCy ``nlp.pipe`` (the stock pipeline), then runs
``ActorResolver.find`` (gazetteer matching, grouping, coreference) over the same Docs, and prints
the ratio of the two times. Issue 3 asks for gazetteer matching to add ≤ 10% to spaCy's time; the
whole actor stage is timed here, so the ratio is an upper bound. Exit status 1 above the budget.
"""

from __future__ import annotations

import sys
import time

from corpus import load_records, parse_with_stock, stage_arguments  # noqa: E402  (benchmarks/corpus.py)


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0], docs=100, budget=0.10)
    if args is None:
        return 2

    from tidings.actors import ActorResolver

    records = load_records(args.corpus, args.docs)
    texts = [r["text"] for r in records]
    t0 = time.perf_counter()
    resolver = ActorResolver.load()
    load_s = time.perf_counter() - t0

    docs, parse_s = parse_with_stock(texts)

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
