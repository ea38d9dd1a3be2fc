"""Consolidation against hand-labelled pairs of reports, on a real corpus slice (README in data/).

The slice holds the events the coder gave for documents of the Kremlin / president.gov.ua
releases and of Wikinews, cut to the buckets (two countries, one CAMEO root) and months of the
labelled pairs: everything that decides those reports' groups. It is coded output frozen at the
time of labelling, so these figures measure consolidation, not the coder.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from tidings.jobs import store_records

DATA = Path(__file__).parent / "data"
# measured when the pairs were labelled (README): the bar is P >= 0.90, R >= 0.75, not
# reached; these floors only move up
PRECISION_FLOOR = 0.71  # 0.717 since personal pronouns count as no name (0.647 before)
RECALL_FLOOR = 0.73


def slice_records() -> tuple[list[dict], dict[str, str]]:
    """The slice as contract records, and the key each labelled report gets in a store."""
    records, keys = [], {}
    for line in (DATA / "consolidation_slice.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        events = []
        for seq in sorted(doc["events"], key=int):
            keys[f"{doc['id']}/{seq}"] = f"{doc['id']}/{len(events)}"
            events.append(doc["events"][seq])
        text = "\n".join([doc["title"] or ""] + [e["evidence"] for e in events])
        records.append({"id": doc["id"], "url": doc["url"], "title": doc["title"],
                        "published": doc["published"], "language": "en", "text": text, "removed": [],
                        "entities": [], "events": events, "quotes": [], "attributions": []})
    return records, keys


def labelled_pairs() -> list[dict]:
    return [json.loads(line) for line in
            (DATA / "consolidation_pairs.jsonl").read_text(encoding="utf-8").splitlines()]


def groups_of(db: str) -> dict[str, str]:
    return dict(sqlite3.connect(db).execute("SELECT key, coalesce(mention_of, key) FROM events"))


def scores(group: dict[str, str], keys: dict[str, str], pairs: list[dict]) -> dict:
    tp = fp = fn = 0
    for p in pairs:
        merged = group[keys[p["a"]]] == group[keys[p["b"]]]
        tp += merged and p["same"]
        fp += merged and not p["same"]
        fn += p["same"] and not merged
    return {"precision": tp / (tp + fp), "recall": tp / (tp + fn), "tp": tp, "fp": fp, "fn": fn}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    records, keys = slice_records()
    db = str(tmp_path_factory.mktemp("gold") / "slice.db")
    summary = store_records(records, db)
    assert summary.failed == 0 and summary.coded == len(records)
    return db, records, keys


def test_the_labelled_pairs_are_many_and_varied():
    pairs = labelled_pairs()
    assert len(pairs) >= 150
    assert sum(p["same"] for p in pairs) >= 40 and sum(not p["same"] for p in pairs) >= 100
    assert {p["corpus"] for p in pairs} == {"kremlin", "wikinews"}
    assert all(p["why"] for p in pairs)


def test_precision_and_recall_on_the_labelled_pairs(ingested):
    db, _, keys = ingested
    result = scores(groups_of(db), keys, labelled_pairs())
    print(f"consolidation on {len(labelled_pairs())} labelled pairs: {result}")
    assert result["precision"] >= PRECISION_FLOOR, result
    assert result["recall"] >= RECALL_FLOOR, result


def test_three_shuffled_orders_give_the_same_groups(ingested, tmp_path):
    db, records, _ = ingested
    expected = groups_of(db)
    assert len(set(expected.values())) < len(expected)  # something was consolidated
    for seed in (1, 2, 3):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        other = str(tmp_path / f"order{seed}.db")
        # small batches: groups are made across many transactions, as a live feed makes them
        store_records(shuffled, other, batch_size=7)
        assert groups_of(other) == expected, seed


def test_the_same_groups_on_postgresql(ingested, pg_url):
    import psycopg

    db, records, _ = ingested
    store_records(records, pg_url)
    with psycopg.connect(pg_url) as conn:
        pg = dict(conn.execute("SELECT key, coalesce(mention_of, key) FROM events").fetchall())
    assert pg == groups_of(db)
