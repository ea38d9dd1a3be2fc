"""Peak memory of `tidings code` over a long input: memory must stay flat (issue 8: ≤ 1.5 GB at 10,000).

    .venv/bin/python benchmarks/bench_memory.py [--docs 10000]

Writes a JSON Lines input of ``--docs`` documents (the press-release corpus, repeated with new ids),
streams it through `tidings code` in a child process, and reports the child's peak RSS, measured
also at a tenth of the input in the same run: a flat stream has (nearly) the same peak at both sizes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CORPUS, load_records  # noqa: E402  (benchmarks/corpus.py)
TIDINGS = Path(sys.executable).parent / "tidings"


def write_input(path: Path, n: int) -> None:
    docs = load_records(CORPUS)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            d = docs[i % len(docs)]
            out.write(json.dumps({"id": f"{d['id']}-{i}", "text": d["text"],
                                  "published": d.get("published")}) + "\n")


def peak_rss_mb(n: int, workdir: Path) -> tuple[float, float]:
    """Code n documents in a fresh child process; (peak RSS in MB, seconds)."""
    path = workdir / f"in-{n}.jsonl"
    write_input(path, n)
    code = (f"import resource, subprocess, sys; "
            f"subprocess.run([{str(TIDINGS)!r}, 'code', {str(path)!r}], stdout=subprocess.DEVNULL, check=True); "
            f"print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--budget-mb", type=float, default=1536)
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"corpus {CORPUS} not available", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        small = max(10, args.docs // 10)
        small_mb, small_s = peak_rss_mb(small, Path(tmp))
        big_mb, big_s = peak_rss_mb(args.docs, Path(tmp))
    print(f"peak RSS coding {small:>6} documents: {small_mb:7.0f} MB  ({small_s:.0f} s)")
    print(f"peak RSS coding {args.docs:>6} documents: {big_mb:7.0f} MB  ({big_s:.0f} s)")
    print(f"growth ×{args.docs // small} input: {big_mb / small_mb:.2f}×  (budget {args.budget_mb:.0f} MB)")
    return 0 if big_mb <= args.budget_mb else 1


if __name__ == "__main__":
    sys.exit(main())
