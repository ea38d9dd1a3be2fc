"""Whole-pipeline throughput against bare spaCy, measured in one run (issue 8).

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 120] [--workers 2] [--repeat 3] [--compare-src DIR]

Baseline: bare spaCy ``nlp.pipe`` with the stock full pipeline over the same texts.
Measured, each against the baseline:
- in this process: ``tidings.pipeline.code`` (extraction, parse, actors, quotes, events), one process;
- whole processes: the ``tidings code`` command on a JSON Lines file of the same texts (start-up,
  model and dictionaries, JSON output included) against a process that loads spaCy and pipes them;
- ``code_parallel`` on ``--workers`` processes.
The first two alternate ``--repeat`` times (the machine is shared and noisy): medians are reported.
Prints articles/s, words/s and ratios to the baseline (speed, higher is better); for the whole
processes also their CPU seconds (user + system), which hold better than wall time when other jobs
share the machine. ``--compare-src DIR`` adds, in the same alternation, `tidings code` run from
another checkout's ``src`` (``PYTHONPATH=DIR``; e.g. ``git archive main src | tar -x -C /tmp/main``):
an A/B of two versions in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CORPUS, load_records  # noqa: E402  (benchmarks/corpus.py)

BARE_SCRIPT = """
import json, sys
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in spacy.load(sys.argv[2]).pipe(texts, batch_size=16):
    pass
"""  # spaCy alone, no tidings module imported


def timed(run) -> float:
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def child_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def process_run(cmd: list[str], cpu: list[float], **kwargs) -> float:
    """Wall seconds of one child process; its CPU seconds are appended to ``cpu``."""
    before = child_cpu()
    wall = timed(lambda: subprocess.run(cmd, **kwargs))
    cpu.append(child_cpu() - before)
    return wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=120)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--compare-src", type=Path, help="also time `tidings code` with PYTHONPATH=this src folder")
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
        other = {**quiet, "env": {**os.environ, "PYTHONPATH": str(args.compare_src)}} if args.compare_src else None
        times: dict[str, list[float]] = {k: [] for k in ("bare", "ours", "bare_proc", "ours_proc", "other_proc")}
        cpu: dict[str, list[float]] = {k: [] for k in ("bare_proc", "ours_proc", "other_proc")}
        if other:
            subprocess.run([str(tidings_cli), "code", str(jsonl)], **other)  # its caches warmed too
        for _ in range(args.repeat):
            times["bare"].append(timed(lambda: [None for _ in stock.pipe(texts, batch_size=16)]))
            times["ours"].append(timed(lambda: [None for _ in code(raws(), coder=coder)]))
            times["bare_proc"].append(process_run([sys.executable, "-c", BARE_SCRIPT, str(jsonl), nlp.MODEL],
                                                  cpu["bare_proc"], **quiet))
            times["ours_proc"].append(process_run([str(tidings_cli), "code", str(jsonl)], cpu["ours_proc"], **quiet))
            if other:
                times["other_proc"].append(process_run([str(tidings_cli), "code", str(jsonl)], cpu["other_proc"],
                                                       **other))
    median = {k: statistics.median(v) for k, v in times.items() if v}
    median_cpu = {k: statistics.median(v) for k, v in cpu.items() if v}

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
    if args.compare_src:
        line(f"`tidings code` from {args.compare_src}", median["other_proc"])
    line(f"tidings code, {args.workers} processes", parallel)
    print("per-run ratios, 1 process: " + ", ".join(
        f"{b / o:.2f}" for b, o in zip(times["bare"], times["ours"])) +
        "; whole process: " + ", ".join(f"{b / o:.2f}" for b, o in zip(times["bare_proc"], times["ours_proc"])))
    print(f"ratio to baseline (speed, higher is better): 1 process {median['bare'] / median['ours']:.2f}, "
          f"whole process {median['bare_proc'] / median['ours_proc']:.2f}, "
          f"{args.workers} processes {median['bare'] / parallel:.2f}")
    print("whole processes, CPU seconds (median; runs): " + "; ".join(
        f"{name} {median_cpu[key]:.2f} ({', '.join(f'{c:.2f}' for c in cpu[key])})"
        for name, key in (("bare spaCy", "bare_proc"), ("tidings code", "ours_proc"), ("compared", "other_proc"))
        if key in median_cpu) +
        f"; CPU ratio whole process {median_cpu['bare_proc'] / median_cpu['ours_proc']:.2f}" +
        (f", compared {median_cpu['bare_proc'] / median_cpu['other_proc']:.2f}" if "other_proc" in median_cpu else ""))
    return 0 if events == parallel_events else 1


if __name__ == "__main__":
    sys.exit(main())
