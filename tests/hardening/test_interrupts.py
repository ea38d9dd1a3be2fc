"""Interrupts: SIGINT or SIGTERM at a random moment of a write leaves the store as if the document
being written had never been started; a rerun then gives the store of an uninterrupted run.

The signal comes from a timer thread to this very process (as Ctrl-C or ``kill`` would), so it
lands between any two bytecodes of the writer, including inside its own undo. Seeded: a failure
replays.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import threading
import time

import pytest

from tests.store.test_crash import many_records
from tidings.store import Store
from tidings.jobs import store_records

MOMENTS = 50
SEED = 20261130


def dump(db: str) -> dict:
    with Store.open(db) as store:
        return store.dump()


@pytest.fixture
def signals_raise():
    """SIGINT and SIGTERM raise KeyboardInterrupt here, whatever an earlier test or library set:
    a timer that fires just after a run ends (when ingest has put the previous handler back)
    cannot kill the test process, and every signal sent lands."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = {s: signal.signal(s, interrupt) for s in (signal.SIGINT, signal.SIGTERM)}
    yield
    for s, handler in previous.items():
        signal.signal(s, handler)


def interrupted_run(records, db: str, delay: float, signum: int) -> bool:
    """Store ``records`` with ``signum`` sent to this process after ``delay`` s; True if it landed."""
    timer = threading.Timer(delay, signal.raise_signal, (signum,))
    landed = False
    timer.start()
    try:
        store_records(records, db, batch_size=3)
        timer.join()  # a signal after the run still lands here, and is counted
    except KeyboardInterrupt:
        landed = True
    finally:
        timer.cancel()
        timer.join()
    return landed


def test_fifty_interrupts_then_rerun_equal_to_a_clean_run(tmp_path, signals_raise):
    rng = random.Random(SEED)
    records = many_records(40)
    clean = str(tmp_path / "clean.db")
    started = time.monotonic()
    store_records(records, clean, batch_size=3)
    length = time.monotonic() - started
    expected = dump(clean)
    landed = 0
    for i in range(MOMENTS):
        db = str(tmp_path / f"cut{i}.db")
        signum = signal.SIGINT if i % 2 == 0 else signal.SIGTERM
        landed += interrupted_run(records, db, rng.uniform(0.0, length * 1.1), signum)
        store_records(records, db, batch_size=3)  # the rerun
        assert dump(db) == expected, f"moment {i} ({signal.Signals(signum).name})"
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    assert landed >= MOMENTS * 0.8  # the signals really interrupted the runs
