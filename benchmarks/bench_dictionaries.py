"""Loading PETRARCH's four actor and agent dictionaries (issue 15: ≤ 3 s), parsed vs cached.

    .venv/bin/python benchmarks/bench_dictionaries.py [--repeat 3]

Prints the CPU time of ``ActorResolver.load`` with the four Phoenix files: the first load
parses and caches them, the later ones read the cache; the built-in data alone is the baseline,
measured in the same run. Needs ../shared (the dictionaries are not shipped).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

PETRARCH = Path(__file__).resolve().parents[1].parent / "shared" / "ref" / "petrarch2"
ACTORS = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
AGENTS = ["Phoenix.agents.txt"]


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not PETRARCH.is_dir():
        print(f"skipped: {PETRARCH} not found", file=sys.stderr)
        return 0
    from tidings import nlp
    from tidings.actors import ActorResolver, compiled

    compiled.configure(tempfile.mkdtemp(prefix="tidings-dict-cache-"))

    nlp.load()
    actors = [str(PETRARCH / a) for a in ACTORS]
    agents = [str(PETRARCH / a) for a in AGENTS]
    builtin = min(cpu(ActorResolver.load) for _ in range(args.repeat))
    first = cpu(lambda: ActorResolver.load(actors=actors, agents=agents))
    cached = min(cpu(lambda: ActorResolver.load(actors=actors, agents=agents)) for _ in range(args.repeat))
    print(f"built-in data only:             {builtin:6.2f} s CPU")
    print(f"+ four Phoenix files, parsed:   {first:6.2f} s CPU ({first / builtin:.1f}× built-in)")
    print(f"+ four Phoenix files, cached:   {cached:6.2f} s CPU ({cached / builtin:.1f}× built-in)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
