"""Extraction gate: on the English pages of the trafilatura evaluation corpus, our extraction
(``tidings.extract.extract``: trafilatura + our cleaning) must reach at least the snippet
precision, recall and F1 of plain ``trafilatura.extract`` on the same pages, in the same run.

Snippet scoring as trafilatura's own evaluation: a ``with`` snippet found in the text is a true
positive (else a false negative), a ``without`` snippet found is a false positive.
Run as a script to print both scores: ``python -m tests.store.test_extraction_gate``.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from tests.conftest import shared_path

SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def english_pages(root: Path) -> list[tuple[str, dict, str]]:
    """(url, gold item, html) of the pages whose markup or gold snippets say English."""
    from tidings.extract.language import detect

    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in sorted(gold.items()):
        path = root / "html" / (item["file"] + ".gz")
        if not path.exists() or not item.get("with"):
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        declared = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html[:5000], re.I)
        snippets = " ".join(item["with"] + item.get("without", []))
        lang = declared.group(1).lower() if declared else detect(snippets)
        if lang == "en" and detect(snippets) in ("en", None):
            pages.append((url, item, html))
    return pages


def score(texts: list[str | None], items: list[dict]) -> dict:
    tp = fn = fp = tn = 0
    for text, item in zip(texts, items):
        text = norm(text or "")
        for snippet in item["with"]:
            if norm(snippet) in text:
                tp += 1
            else:
                fn += 1
        for snippet in item.get("without", []):
            if norm(snippet) in text:
                fp += 1
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fn": fn, "fp": fp, "tn": tn}


def _kept_text(article) -> str:
    """The body plus the headline: the headline above the body is moved out of the coded text
    (it ran into the lead sentence) but kept, as the title and a ``headline`` removal."""
    headline = [r.text for r in article.removed if r.reason == "headline"]
    return "\n".join(headline + [article.text or ""])


def evaluate(root: Path) -> tuple[dict, dict, int]:
    import trafilatura

    from tidings.extract import extract
    from tidings.model import RawDocument

    pages = english_pages(root)
    items = [item for _, item, _ in pages]
    plain = [trafilatura.extract(html, url=url) for url, _, html in pages]
    ours = [_kept_text(extract(RawDocument(id=url, html=html, url=url))) for url, _, html in pages]
    return score(ours, items), score(plain, items), len(pages)


@pytest.mark.gold
def test_extraction_at_least_plain_trafilatura():
    root = shared_path("gold", "extraction", "trafilatura_eval")
    ours, plain, n = evaluate(root)
    print(f"\n{n} English pages; tidings: {ours}; plain trafilatura: {plain}")
    assert n >= 100
    assert ours["precision"] >= plain["precision"], (ours, plain)
    assert ours["recall"] >= plain["recall"], (ours, plain)
    assert ours["f1"] >= plain["f1"], (ours, plain)


if __name__ == "__main__":
    from tests.conftest import SHARED

    o, p, n = evaluate(SHARED / "gold" / "extraction" / "trafilatura_eval")
    print(json.dumps({"pages": n, "tidings": o, "trafilatura": p}, indent=1))
