"""`tidings actors` as a user runs it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tidings.cli import main


def run(args, stdin=None):
    return CliRunner().invoke(main, args, input=stdin)


def test_jsonl_from_stdin():
    result = run(["actors", "-", "--date", "2024-04-26", "--format", "jsonl"],
                 "US Secretary of State Antony Blinken met Wang Yi. He said so.")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["code"] == "USAGOV" and rows[0]["name"] == "Antony Blinken" and rows[0]["why"]
    assert [r["text"] for r in rows] == ["US Secretary of State Antony Blinken", "Wang Yi", "He"]
    assert rows[2]["why"].startswith("coref: He ->")


def test_table_from_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The Kremlin rejected NATO's offer.", encoding="utf-8")
    result = run(["actors", str(path)])
    assert result.exit_code == 0, result.output
    assert "RUSGOV" in result.stdout and "IGONAT" in result.stdout


def test_user_dictionary_and_errors(tmp_path):
    good = tmp_path / "actors.txt"
    good.write_text("Arnor = ARN\n", encoding="utf-8")
    result = run(["actors", "-", "--actors", str(good), "--format", "jsonl"], "Arnor protested.")
    assert json.loads(result.stdout.splitlines()[0])["code"] == "ARN"

    bad = tmp_path / "bad.txt"
    bad.write_text("Arnor = ARN\nGondor\n", encoding="utf-8")
    result = run(["actors", "-", "--actors", str(bad)], "Arnor protested.")  # the bad line is skipped
    assert result.exit_code == 0 and "ARN" in result.stdout
    assert "1 dictionary, 1 entries; 1 malformed entries skipped (malformed line 1)" in result.stderr
    result = run(["actors", "-", "--actors", str(bad), "--strict-dictionaries"], "Arnor protested.")
    assert result.exit_code == 1 and f"{bad}:2: expected 'names = CODE'" in result.output

    result = run(["actors", "-", "--date", "26/04/2024"], "x")
    assert result.exit_code != 0 and "not a date" in result.output

    result = run(["actors", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0

    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"\xff\xfe\xfa")
    result = run(["actors", str(blob)])
    assert result.exit_code == 1 and "not UTF-8" in result.output


def test_strict_dictionaries_on_code_and_ingest(tmp_path):
    """--strict-dictionaries wherever --actors is: the first malformed entry stops the command
    before anything is coded or stored; without it the entry is skipped and counted."""
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("ARNOR [ARN]\n\t[ARNGOV 9008223-911221]\n", encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("Arnor protested.", encoding="utf-8")
    db = tmp_path / "t.db"
    for args in (["code", str(doc)], ["ingest", str(doc), "--db", str(db), "-q"]):
        result = run(args + ["--actors", str(bad), "--strict-dictionaries"])
        assert result.exit_code == 1 and f"{bad}:2: bad date '9008223'" in result.output, result.output
    assert not db.exists()
    result = run(["code", str(doc), "--actors", str(bad)])
    assert result.exit_code == 0 and "1 malformed entries skipped (bad date 1)" in result.stderr
    assert json.loads(result.stdout)["text"] == "Arnor protested."
