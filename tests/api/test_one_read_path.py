"""One read path: the CLI, the REST API and the Python API give the same rows for the same
filters (they all call ``tidings.query``), with one rule each for dates, order, quote text and
speaker matching."""

from __future__ import annotations

import json
import warnings

import pytest
from click.testing import CliRunner

import tidings
from tests.api.records import corpus, event, quote, record
from tidings.cli import main
from tidings.jobs import store_records

UNDATED_TEXT = "Iran condemned Israel over the strike. A 50%_share deal was praised."


def extra() -> list[dict]:
    """An event without a date of its own in a story published 2024-05-01, and a speaker whose
    name holds LIKE's wildcard characters."""
    t = UNDATED_TEXT
    undated = event(t, "Iran condemned Israel over the strike.", ("Iran", "IRN"), "condemned",
                    ("Israel", "ISR"), "112", None)
    return [record("doc-undated", t, "2024-05-01", events=[undated],
                   quotes=[quote(t, "A 50%_share deal was praised.", "Iran", "IRNGOV", "Bureau 50%_share")])]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("onepath") / "one.db")
    assert store_records(corpus() + extra(), path).coded == 6
    return path


@pytest.fixture(scope="module")
def client(db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from tidings.api import create_app

    with TestClient(create_app(db)) as c:
        yield c


EVENT_FILTERS = [
    {}, {"source": "USA"}, {"target": "chn"}, {"actor": "UKR"}, {"cameo": "1"},
    {"since": "2024-04-01"}, {"until": "2024-05-15"}, {"since": "2024-05-11", "until": "2024-06-03"},
    {"text": "Kharkiv"}, {"text": "chip exports"}, {"source": "USA", "order": "oldest"},
    {"mentions": True},
]
CLI_FLAGS = {"source": "--source", "target": "--target", "actor": "--actor", "cameo": "--cameo",
             "since": "--since", "until": "--until", "text": "--text", "order": "--order"}


def cli_rows(args) -> list[dict]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def cli_events(db, flt):
    args = ["events", "--db", db, "--format", "jsonl"]
    for name, value in flt.items():
        args += ["--mentions"] if name == "mentions" else [CLI_FLAGS[name], value]
    return cli_rows(args)


def rest_events(client, flt):
    params = {("q" if k == "text" else k): v for k, v in flt.items()}
    body = client.get("/api/events", params=params | {"limit": 1000}).json()
    assert body["total"] == len(body["events"])
    return body["events"]


@pytest.mark.parametrize("flt", EVENT_FILTERS, ids=lambda f: json.dumps(f))
def test_events_same_rows_everywhere(db, client, flt):
    with tidings.open(db) as t:
        python = list(t.events(**flt))
    assert python, "every filter here matches something"
    assert [e["key"] for e in cli_events(db, flt)] == [e["key"] for e in python]
    assert rest_events(client, flt) == python
    assert cli_events(db, flt) == python


def test_one_date_rule_the_events_own_date(db, client):
    """An undated event published 2024-05-01 is in no date range, on every edge; undated events
    sort as the oldest."""
    flt = {"since": "2024-04-01"}
    assert "doc-undated/0" not in [e["key"] for e in cli_events(db, flt)]
    assert "doc-undated/0" not in [e["key"] for e in rest_events(client, flt)]
    with tidings.open(db) as t:
        assert "doc-undated/0" not in [e["key"] for e in t.events(**flt)]
        assert t.events()[-1]["key"] == "doc-undated/0"
        assert t.events(order="oldest")[0]["key"] == "doc-undated/0"


@pytest.mark.parametrize("speaker, text", [
    (None, None), ("blinken", None), ("UKR", None), ("50%_share", None), ("%", None),
    (None, "restraint"), (None, "stable relations"), (None, "restrain")])
def test_quotes_same_rows_everywhere(db, client, speaker, text):
    with tidings.open(db) as t:
        python = list(t.quotes(speaker=speaker, text=text))
    args = ["quotes", "--db", db, "--format", "jsonl"]
    args += ["--speaker", speaker] if speaker else []
    args += ["--text", text] if text else []
    params = {"limit": 1000} | ({"speaker": speaker} if speaker else {}) | ({"q": text} if text else {})
    assert cli_rows(args) == python
    assert client.get("/api/quotes", params=params).json()["quotes"] == python


def test_quote_rules(db):
    with tidings.open(db) as t:
        # words, not substrings: "restrain" is not "restraint" (full text, exact words)
        assert [q["text"] for q in t.quotes(text="restraint")] == ["show restraint"]
        assert list(t.quotes(text="restrain")) == []
        # % and _ in a speaker filter are the characters themselves, not wildcards
        assert [q["speaker"]["name"] for q in t.quotes(speaker="50%_share")] == ["Bureau 50%_share"]
        assert [q["speaker"]["name"] for q in t.quotes(speaker="%")] == ["Bureau 50%_share"]
        assert list(t.quotes(speaker="50_%share")) == []
        # newest document first
        published = [q["published"] for q in t.quotes()]
        assert published == sorted(published, reverse=True)


def test_python_api_iterates_everything_by_default(db):
    with tidings.open(db) as t:
        everything = t.events(mentions=True)
        assert len(everything) == everything.total == t.count_events(mentions=True)
        assert [e["key"] for e in t.iter_events(page=2)] == [e["key"] for e in t.events()]
        assert [e["key"] for e in t.iter_events(page=1, order="oldest")] == \
            [e["key"] for e in t.events(order="oldest")]
        assert len(t.events(limit=2)) == 2 and t.events(limit=2).total == len(t.events())
        assert len(t.events(limit=5000)) == len(t.events())  # no cap for Python callers
        assert t.events(offset=2) == t.events()[2:]
        assert len(t.quotes()) == t.quotes(limit=1).total
