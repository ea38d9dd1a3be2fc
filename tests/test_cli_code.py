"""`tidings code` as a user runs it: bad input is reported and the rest goes on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tidings.cli import main

from tests.conftest import SEED

NO_EVENT = ("The weather in Paris was sunny and warm on Tuesday. Tourists queued outside the museum "
            "for hours, and the cafés along the river were full until late in the evening.")


def run(args, stdin=None):
    return CliRunner().invoke(main, args, input=stdin)


def records(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_bad_inputs_keep_their_place(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.\n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(json.dumps({"id": "j1", "text": NO_EVENT}) + "\n{broken\n")
    result = run(["code", "--date", "2024-05-16", str(tmp_path / "missing.txt"), str(binary), str(empty),
                  str(good), str(jsonl)])
    assert result.exit_code == 0, result.output
    out = records(result)
    assert [r["id"] for r in out] == ["missing.txt", "blob.txt", "empty.txt", "good.txt", "j1", "docs.jsonl:2"]
    by_id = {r["id"]: r for r in out}
    for bad in ("missing.txt", "blob.txt", "empty.txt", "docs.jsonl:2"):
        assert by_id[bad]["error"]
        assert by_id[bad]["events"] == [] and by_id[bad]["quotes"] == []
    assert "no such file" in result.stderr and "binary" in result.stderr and "malformed JSON" in result.stderr
    assert "error" not in by_id["good.txt"] and by_id["good.txt"]["events"]
    assert by_id["good.txt"]["published"] == "2024-05-16"
    # no filler: text with no political interaction yields no event
    assert by_id["j1"]["events"] == []


def test_exit_code_when_nothing_could_be_coded(tmp_path):
    result = run(["code", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nothing could be coded" in result.stderr


def test_bad_date_is_a_usage_error():
    result = run(["code", "--date", "26/04/2024", str(SEED)])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_stdin_jsonl_in_order():
    lines = "\n".join(json.dumps({"id": f"d{i}", "text": NO_EVENT}) for i in range(3))
    result = run(["code", "-"], stdin=lines)
    assert result.exit_code == 0
    assert [r["id"] for r in records(result)] == ["d0", "d1", "d2"]


@pytest.mark.parametrize("entry", [["-m", "tidings"], None])
def test_entry_points(entry):
    import shutil
    if entry is None:
        exe = shutil.which("tidings") or str(__import__("pathlib").Path(sys.executable).parent / "tidings")
        cmd = [exe, "--help"]
    else:
        cmd = [sys.executable, *entry, "--help"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    assert "code" in out
