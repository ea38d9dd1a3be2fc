"""Concurrent load: 50 API clients (httpx async) for 60 s against a real `tidings serve` process
on 127.0.0.1 while an ingest process codes and writes into the same SQLite store.

Asserts zero errors (every answer 200 and well-formed, none mentioning a locked database) and that
the ingest really wrote during the run; prints the request count and latency percentiles.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.hardening.conftest import TIDINGS, news_docs, run_env, write_jsonl

CLIENTS = 50
SECONDS = float(os.environ.get("TIDINGS_LOAD_SECONDS", "60"))

WRITER = """
import sys, time
from pathlib import Path
from tidings.model import RawDocument
from tidings.pipeline import Coder
from tidings.jobs import ingest
db, stop, deadline = sys.argv[1], Path(sys.argv[2]), time.monotonic() + float(sys.argv[3])
COUNTRIES = ["France", "Germany", "China", "Russia", "India", "Brazil", "Japan", "Turkey"]
coder = Coder.load()
written, k = 0, 0
while not stop.exists() and time.monotonic() < deadline:  # writes until told to stop
    docs = []
    for i in range(25):
        a, b = COUNTRIES[(k + i) % 8], COUNTRIES[(k * 3 + i + 1) % 8]
        docs.append(RawDocument(id=f"load{k:04d}-{i:02d}", published="2024-05-03", text=(
            f"The foreign minister of {a} met the president of {b} on Tuesday in round {k}-{i}. "
            f"{a} accused {b} of breaking accord {k * 31 + i}, officials said. "
            f'"We will answer case {k}-{i}," the minister said.')))
    written += ingest(docs, db, batch_size=5, coder=coder).coded
    k += 1
print(written, flush=True)
"""

PATHS = ["/api/stats", "/api/events", "/api/events?source=FRA", "/api/events?target=CHN&limit=20",
         "/api/events?q=minister", "/api/events?cameo=04&order=oldest", "/api/quotes",
         "/api/quotes?speaker=fr", "/api/quotes?q=respond", "/api/actors?q=fr", "/api/actors/top", "/api/network",
         "/api/timeline?source=FRA&target=DEU&both=true&by=day", "/api/search?q=border",
         "/api/speakers", "/api/documents?limit=10", "/api/documents/seed000", "/"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(base: str, proc: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server exited: {proc.stderr.read()}")
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    pytest.fail("the server did not start")


async def client(base: str, seed: int, until: float, latencies: list, errors: list) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        while time.monotonic() < until:
            path = rng.choice(PATHS)
            started = time.perf_counter()
            try:
                r = await c.get(path)
                latencies.append(time.perf_counter() - started)
                if r.status_code != 200 or "locked" in r.text[:2000].lower():
                    errors.append(f"{path}: {r.status_code} {r.text[:200]}")
                elif path.startswith("/api/"):
                    r.json()
            except (httpx.HTTPError, ValueError) as exc:
                errors.append(f"{path}: {type(exc).__name__}: {exc}")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def test_fifty_clients_while_an_ingest_writes(tmp_path):
    db = str(tmp_path / "load.db")
    seed = write_jsonl(tmp_path / "seed.jsonl", news_docs(20, prefix="seed"))
    done = subprocess.run(TIDINGS + ["ingest", str(seed), "--db", db, "-q"], env=run_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(TIDINGS + ["serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
                              env=run_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stop = tmp_path / "stop"
    writer = None
    try:
        wait_up(base, server)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, db, str(stop), str(SECONDS + 60)],
                                  env=run_env(), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        with httpx.Client(base_url=base) as c:  # wait until the writer has begun writing
            start_docs = c.get("/api/stats").json()["documents"]
            deadline = time.monotonic() + 60
            while c.get("/api/stats").json()["documents"] == start_docs and time.monotonic() < deadline:
                assert writer.poll() is None, writer.stderr.read()
                time.sleep(0.2)

        latencies: list[float] = []
        errors: list[str] = []

        async def run():
            until = time.monotonic() + SECONDS
            await asyncio.gather(*(client(base, i, until, latencies, errors) for i in range(CLIENTS)))

        asyncio.run(run())
        with httpx.Client(base_url=base) as c:
            end_docs = c.get("/api/stats").json()["documents"]
        assert writer.poll() is None, "the writer ended before the clients: it did not overlap them"
    finally:
        stop.touch()
        if writer is not None:
            out, err = writer.communicate(timeout=120)
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    server_log = server.stderr.read()
    print(f"\n{CLIENTS} clients x {SECONDS:.0f}s: {len(latencies)} requests, "
          f"{len(latencies) / SECONDS:.0f}/s, p50 {pct(latencies, 50) * 1000:.0f} ms, "
          f"p95 {pct(latencies, 95) * 1000:.0f} ms, p99 {pct(latencies, 99) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms; documents {start_docs} -> {end_docs} during the run; "
          f"{len(errors)} errors")
    assert writer.returncode == 0, err
    assert errors == [], errors[:10]
    assert "locked" not in server_log.lower(), server_log[-2000:]
    assert end_docs > start_docs + 10  # the ingest really wrote while the clients read
    assert len(latencies) > CLIENTS * 10
