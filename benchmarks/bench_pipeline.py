"""Whole-pipeline throughput against bare spaCy, measured in one run (issue 8).

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 120] [--workers 2] [--repeat 3]

Baseline: bare spaCy ``nlp.pipe`` with the stock full pipeline over the same texts.
Measured, each against the baseline:
- in this process: ``tidings.pipeline.code`` (extraction, parse, actors, quotes, events), one process;
- whole processes: the ``tidings code`` command on a JSON Lines file of the same texts (start-up,
  model and dictionaries, JSON output included) against a process that loads spaCy and pipes them;
- ``code_parallel`` on ``--workers`` processes.
The first two alternate ``--repeat`` times (the machine is shared and noisy): medians are reported.
Prints articles/s, words/s and ratios to the baseline (speed, higher is better).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CORPUS, load_records  # noqa: E402  (benchmarks/corpus.py)

BARE_SCRIPT = """
import json, sys
from tidings import nlp
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.load(fast=False).pipe(texts, batch_size=16):
    pass
"""


def timed(run) -> float:
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=120)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
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

    stock = nlp.load(fast=False)
    coder = Coder.load()
    list(stock.pipe(texts[:5]))  # warm up both
    list(code(raws()[:5], coder=coder))
    events = sum(len(r.events) for r in code(raws(), coder=coder))

    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        jsonl.write_text("".join(json.dumps({"id": d["id"], "text": d["text"],
                                             "published": d.get("published")}) + "\n" for d in docs))
        tidings_cli = Path(sys.executable).with_name("tidings")
        quiet = {"stdout": subprocess.DEVNULL, "check": True, "env": os.environ.copy()}
        times: dict[str, list[float]] = {k: [] for k in ("bare", "ours", "bare_proc", "ours_proc")}
        for _ in range(args.repeat):
            times["bare"].append(timed(lambda: [None for _ in stock.pipe(texts, batch_size=16)]))
            times["ours"].append(timed(lambda: [None for _ in code(raws(), coder=coder)]))
            times["bare_proc"].append(timed(lambda: subprocess.run(
                [sys.executable, "-c", BARE_SCRIPT, str(jsonl)], **quiet)))
            times["ours_proc"].append(timed(lambda: subprocess.run([str(tidings_cli), "code", str(jsonl)], **quiet)))
    median = {k: statistics.median(v) for k, v in times.items()}

    t0 = time.perf_counter()
    parallel_events = sum(len(r.events) for r in code_parallel(raws(), workers=args.workers))
    parallel = time.perf_counter() - t0

    def line(name, seconds):
        print(f"{name:<40} {seconds:7.2f} s  {len(texts) / seconds:7.1f} articles/s  "
              f"{words / seconds:9.0f} words/s  ({3600 * len(texts) / seconds:,.0f} articles/h)")

    print(f"{len(texts)} articles, {words} words; events: {events} (parallel run: {parallel_events}); "
          f"medians of {args.repeat} alternating runs")
    line("bare spaCy nlp.pipe (baseline)", median["bare"])
    line("tidings code, 1 process", median["ours"])
    line("bare spaCy, whole process (baseline)", median["bare_proc"])
    line("`tidings code`, whole process", median["ours_proc"])
    line(f"tidings code, {args.workers} processes", parallel)
    print("per-run ratios, 1 process: " + ", ".join(
        f"{b / o:.2f}" for b, o in zip(times["bare"], times["ours"])) +
        "; whole process: " + ", ".join(f"{b / o:.2f}" for b, o in zip(times["bare_proc"], times["ours_proc"])))
    print(f"ratio to baseline (speed, higher is better): 1 process {median['bare'] / median['ours']:.2f}, "
          f"whole process {median['bare_proc'] / median['ours_proc']:.2f}, "
          f"{args.workers} processes {median['bare'] / parallel:.2f}")
    return 0 if events == parallel_events else 1


if __name__ == "__main__":
    sys.exit(main())
