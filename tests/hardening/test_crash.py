"""Crash safety: `tidings ingest` SIGKILLed at 20 random moments, then left to finish, ends with the
store an uninterrupted run makes, and SQLite's integrity check passes.

Twelve kills land at a random time from launch (start-up: schema creation, migrations, model
loading; or as soon as a random 1-8 documents are in, on a fast machine); eight once the run has committed a random number (1-8)
of documents, plus up to 50 ms (mid coding and writing, between and inside transactions). The randomness is seeded, so a failure replays.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time

from tests.hardening.conftest import EXAMPLES, TIDINGS, news_docs, run_env, write_jsonl
from tidings.store import Store

KILLS = 20
GENERATED = 300  # + the 4 documents of examples/
TOTAL = GENERATED + 4
SEED = 20261127


def count_docs(db: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_twenty_sigkills_then_finish_equals_uninterrupted(tmp_path):
    rng = random.Random(SEED)
    corpus = write_jsonl(tmp_path / "generated.jsonl", news_docs(GENERATED, prefix="crash"))
    args = ["ingest", str(EXAMPLES), str(corpus), "--batch-size", "2", "-q"]
    clean, crashed = str(tmp_path / "clean.db"), str(tmp_path / "crashed.db")
    started = time.monotonic()
    # the uninterrupted run goes on beside the kill loop (it uses the other core)
    reference = subprocess.Popen(TIDINGS + args + ["--db", clean], env=run_env(),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    kills = []
    for i in range(KILLS):
        before = count_docs(crashed)
        proc = subprocess.Popen(TIDINGS + args + ["--db", crashed], env=run_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i % 5 not in (1, 3):  # a random moment from launch (at most a few documents in)
            deadline, cap = time.monotonic() + rng.uniform(0.1, 2.5), before + rng.randint(1, 8)
            while time.monotonic() < deadline and proc.poll() is None and count_docs(crashed) < cap:
                time.sleep(0.005)
        else:  # mid-write: once this run has committed a random number of documents
            target, limit = before + rng.randint(1, 8), time.monotonic() + 60
            while count_docs(crashed) < target and proc.poll() is None and time.monotonic() < limit:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.05))
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills.append((i, before, count_docs(crashed), finished))

    rerun = subprocess.run(TIDINGS + args + ["--db", crashed], env=run_env(), capture_output=True,
                           text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert reference.wait(timeout=120) == 0, reference.stderr.read()
    elapsed = time.monotonic() - started
    print(f"\n{KILLS} SIGKILLs in {elapsed:.1f}s; (kill, docs before, docs after, had finished): {kills}")

    assert sum(1 for k in kills if k[2] > k[1]) >= 6, kills  # kills really landed mid-ingest
    assert kills[-1][2] < TOTAL and not any(k[3] for k in kills)  # the last run had work left
    with Store.open(clean) as a, Store.open(crashed) as b:
        assert a.stats()["documents"] == TOTAL
        assert b.dump() == a.dump()
    for db in (crashed, clean):
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
