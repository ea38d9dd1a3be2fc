"""Many clients at once against the real server: every answer complete and correct."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx


def test_concurrent_readers(server):
    urls = ["/api/events?source=USA&target=CHN", "/api/timeline?source=USA&target=CHN&both=true",
            "/api/network", "/api/quotes?speaker=blinken", "/api/documents/doc-1", "/api/stats",
            "/api/events/doc-4/0", "/api/actors/top"]
    with httpx.Client(base_url=server, timeout=30) as c:
        expected = {u: c.get(u).json() for u in urls}

    def worker(i: int) -> list[str]:
        problems = []
        with httpx.Client(base_url=server, timeout=30) as c:
            for j in range(12):
                u = urls[(i + j) % len(urls)]
                r = c.get(u)
                if r.status_code != 200 or r.json() != expected[u]:
                    problems.append(f"{u}: {r.status_code} {r.text[:200]}")
        return problems

    with ThreadPoolExecutor(16) as pool:
        problems = [p for ps in pool.map(worker, range(16)) for p in ps]
    assert problems == []
