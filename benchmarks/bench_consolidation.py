"""What consolidating events across documents (issue 19) adds to ingesting the Kremlin corpus.

    .venv/bin/python benchmarks/bench_consolidation.py [--docs 150] [--budget 0.10] [--coded FILE]

Two figures from the same run:

1. **share of ingest**: ``tidings.jobs.ingest`` of ``--docs`` press releases (coding and storing,
   as ``tidings ingest`` does), with the time spent in consolidation (keys and regrouping,
   ``tidings.store.consolidate``) measured inside it; budget: at most ``--budget`` of the ingest.
2. **storing alone**: the same coded records (or ``--coded``, JSON Lines from ``tidings code``,
   e.g. the whole corpus) stored three times each with and without consolidation, alternating;
   the median ratio says what consolidation costs the writer when no coding hides it.

Exit status 1 when the share of ingest is over budget.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import CORPUS, load_records  # noqa: E402


class Stopwatch:
    """Wraps the consolidation functions the writer calls and adds up their time."""

    def __init__(self, module, names):
        self.module, self.seconds, self.saved = module, 0.0, {}
        for name in names:
            fn = getattr(module, name)
            self.saved[name] = fn
            setattr(module, name, self.timed(fn))

    def timed(self, fn):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
        return wrapper

    def restore(self):
        for name, fn in self.saved.items():
            setattr(self.module, name, fn)


def store_time(records, consolidate_on: bool) -> float:
    from tidings.jobs import store_records
    from tidings.store import consolidate

    saved = consolidate.consolidation_key, consolidate.regroup
    if not consolidate_on:  # every report its own event: the writer as it was before issue 19
        consolidate.consolidation_key = lambda event: None
        consolidate.regroup = lambda conn, ckey, dates: 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            store_records(records, str(Path(tmp) / "t.db"), validate=False)
            return time.perf_counter() - start
    finally:
        consolidate.consolidation_key, consolidate.regroup = saved


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--budget", type=float, default=0.10, help="largest share of ingest time")
    ap.add_argument("--coded", type=Path, help="coded JSON Lines to store in part 2")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not available", file=sys.stderr)
        return 0
    from tidings.jobs import ingest
    from tidings.model import RawDocument
    from tidings.store import Store, consolidate

    raws = [RawDocument(id=r["id"], text=r["text"], url=r.get("url"), title=r.get("title"),
                        published=r.get("published")) for r in load_records(args.corpus, args.docs)]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "ingest.db")
        watch = Stopwatch(consolidate, ["consolidation_key", "regroup"])
        start = time.perf_counter()
        summary = ingest(raws, db)
        total = time.perf_counter() - start
        watch.restore()
        with Store.open(db) as store:
            records = list(store.iter_records())
            stats = store.stats()
    share = watch.seconds / total
    print(f"ingest of {summary.coded} releases: {total:.1f} s, of which consolidation "
          f"{watch.seconds:.2f} s = {share:.1%} (budget {args.budget:.0%}); "
          f"{stats['event_mentions']} reports → {stats['events']} events "
          f"({1 - stats['events'] / max(1, stats['event_mentions']):.1%} merged)")
    if args.coded:
        records = [json.loads(line) for line in Path(args.coded).read_text(encoding="utf-8").splitlines()]
    on, off, inside = [], [], []
    for _ in range(3):
        off.append(store_time(records, False))
        watch = Stopwatch(consolidate, ["consolidation_key", "regroup"])
        on.append(store_time(records, True))
        watch.restore()
        inside.append(watch.seconds)
    # wall-clock times on a shared machine wander by tens of percent between runs; the time
    # measured inside consolidation is the steadier figure
    print(f"storing {len(records)} coded records: {statistics.median(off):.2f} s without consolidation, "
          f"{statistics.median(on):.2f} s with (×{statistics.median(on) / statistics.median(off):.2f});"
          f" consolidation itself {statistics.median(inside):.2f} s"
          f" = {statistics.median(inside) / statistics.median(on):.1%} of storing")
    return 0 if share <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
