"""The benchmark input, shared by every bench_*.py: the press-release corpus in ../shared."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "kremlin_ukraine_press_2021_2022" / "articles.jsonl"


def load_records(path: Path = CORPUS, n: int | None = None) -> list[dict]:
    """The first ``n`` records with text (all when ``n`` is None)."""
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("text") or "").strip():
                records.append(rec)
            if n is not None and len(records) >= n:
                break
    return records


def stage_arguments(description: str, docs: int, budget: float):
    """Arguments of a stage benchmark (--docs, --corpus, --budget); None, with a message, when the
    corpus is absent."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--docs", type=int, default=docs)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--budget", type=float, default=budget, help="largest acceptable ratio")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not available", file=sys.stderr)
        return None
    return args


def parse_with_stock(texts: list[str]) -> tuple[list, float]:
    """The stage benchmarks' baseline: Docs from bare spaCy ``nlp.pipe`` with the stock pipeline, and
    the seconds it took (after a warm-up)."""
    import time

    from tidings import nlp

    stock = nlp.load(fast=False)
    stock("Warm-up sentence.")
    t0 = time.perf_counter()
    docs = list(stock.pipe(texts, batch_size=16))
    return docs, time.perf_counter() - t0
