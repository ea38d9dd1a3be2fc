"""tidings timeline / network / serve."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from tidings.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_timeline_table_json_and_plot(api_db, tmp_path):
    result = run("timeline", "USA", "CHN", "--both", "--by", "week", "--db", api_db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["period", "q1", "q2", "q3", "q4", "events", "goldstein"]
    assert lines[3].split() == ["2024-05-06", "0", "1", "1", "0", "2", "3.00"]
    assert lines[2].split() == ["2024-04-29", "0", "0", "0", "0", "0"]   # an empty week is listed
    data = json.loads(run("timeline", "USA", "CHN", "--format", "json", "--db", api_db).stdout)
    assert [p["events"] for p in data["periods"]] == [1, 1, 2]
    png = tmp_path / "timeline.png"
    result = run("timeline", "USA", "CHN", "--both", "--plot", str(png), "--db", api_db)
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_timeline_errors(api_db, tmp_path):
    result = run("timeline", "USA", "--quad-class", "7", "--db", api_db)
    assert result.exit_code == 2 and "quad_class" in result.output
    result = run("timeline", "USA", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and "no store" in result.output


def test_network(api_db):
    data = json.loads(run("network", "--format", "json", "--level", "actor", "--db", api_db).stdout)
    assert data["edges"][0] == {"source": "USA", "target": "CHN", "events": 2, "goldstein": 6.0,
                                "cooperation": 2, "conflict": 0}
    table = run("network", "--actor", "RUS", "--level", "actor", "--db", api_db).stdout.splitlines()
    assert [line.split()[:3] for line in table[1:]] == [["RUS", "UKR", "1"], ["RUSMIL", "UKRMIL", "1"]]


def test_serve_with_token_file(api_db, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = tmp_path / "token"
    token.write_text("t0ken\n")
    env = dict(os.environ, TIDINGS_API_TOKEN="")
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", api_db, "--port",
                             str(port), "--token-file", str(token)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(base + "/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert stats.json()["events"] == 7
        denied = httpx.post(base + "/api/documents", json={"text": "Hi."},
                            headers={"Authorization": "Bearer nope"})
        assert denied.status_code == 401 and denied.json()["error"] == "unauthorized"
        assert "Content-Security-Policy" in httpx.get(base + "/").headers
    finally:
        proc.terminate()
        proc.wait(timeout=20)
