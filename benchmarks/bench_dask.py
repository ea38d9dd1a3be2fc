"""Dask scale-out: 2 workers against 1 on the same input, in one run (issue 8: ≥ 1.7×).

    .venv/bin/python benchmarks/bench_dask.py [--docs 400]

Each run starts its own LocalCluster (process workers, one thread each), codes the press releases
into Parquet partitions and reads them back in order; cluster start-up is timed separately.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time

from corpus import CORPUS, load_records  # noqa: E402  (benchmarks/corpus.py)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--partition-size", type=int, default=16)
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"corpus {CORPUS} not available", file=sys.stderr)
        return 2

    from tidings.jobs.dask import code_on_dask, connect
    from tidings.model import RawDocument

    docs = load_records(CORPUS, args.docs)

    def raws():
        return (RawDocument(id=d["id"], text=d["text"], published=d.get("published")) for d in docs)

    timings, ids = {}, {}
    for workers in (1, 2):
        t0 = time.perf_counter()
        client = connect(workers=workers)
        client.run(lambda: __import__("tidings.pipeline").pipeline.Coder.load())  # warm every worker
        start = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            records = list(code_on_dask(raws(), tmp, client=client, partition_size=args.partition_size))
            timings[workers] = time.perf_counter() - t0
        ids[workers] = [e["id"] for r in records for e in r["events"]]
        cluster = client.cluster
        client.close()
        cluster.close()
        print(f"{workers} worker(s): start-up {start:5.1f} s, coding {timings[workers]:6.1f} s "
              f"({3600 * len(docs) / timings[workers]:,.0f} articles/h)")
    speedup = timings[1] / timings[2]
    print(f"speed-up with 2 workers: {speedup:.2f}×; identical event ids: {ids[1] == ids[2]}")
    return 0 if ids[1] == ids[2] else 1


if __name__ == "__main__":
    sys.exit(main())
