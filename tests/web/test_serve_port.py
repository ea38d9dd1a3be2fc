"""`tidings serve` / `make run` on a busy port: a free port instead, and the URL printed is the
one that answers (issue 18.10); progress totals where they are knowable."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tidings.cli.progress import known_total

ROOT = Path(__file__).resolve().parents[2]


def test_busy_port_is_replaced_and_the_printed_url_answers(web_db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = subprocess.Popen([str(Path(sys.executable).with_name("tidings")), "serve", "--db", web_db,
                                 "--port", str(port)], stderr=subprocess.PIPE, text=True,
                                cwd=ROOT, start_new_session=True)
        try:
            lines = []
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                line = proc.stderr.readline()
                if not line:
                    break
                lines.append(line)
                if "Ctrl-C" in line:
                    break
            text = "".join(lines)
            assert f"port {port} is in use" in text, text
            url = re.search(r"at (http://127\.0\.0\.1:(\d+)/)", text)
            assert url and int(url.group(2)) != port, text
            for _ in range(100):
                try:
                    resp = httpx.get(url.group(1) + "api/stats", timeout=5)
                    break
                except httpx.ConnectError:
                    time.sleep(0.1)
            assert resp.status_code == 200 and resp.json()["documents"] == 5
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)


def test_make_run_takes_port():
    out = subprocess.run(["make", "-n", "run", "PORT=8123"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert "--port 8123" in out


def test_known_total_counts_files_and_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("one story")
    (tmp_path / "b.jsonl").write_text('{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\n')
    assert known_total([tmp_path / "a.txt", tmp_path / "b.jsonl"]) == 3
    # what cannot be counted without reading it gives no total rather than a wrong one
    assert known_total([tmp_path]) is None
    assert known_total(["https://example.org/feed"]) is None
    assert known_total(["-"]) is None
