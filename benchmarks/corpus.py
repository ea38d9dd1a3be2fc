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
