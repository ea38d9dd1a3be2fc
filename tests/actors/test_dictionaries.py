"""User dictionaries: our format, PETRARCH's formats, and malformed lines."""

from __future__ import annotations

import json

import pytest

from tests.actors.conftest import find
from tests.conftest import shared_path
from tidings.actors import ActorResolver, DictionaryError
from tidings.actors.dictionaries import read_actors, read_agents

PETR = ("gold", "events", "petrarch_unittest")


@pytest.fixture(scope="module")
def petrarch():
    d = shared_path(*PETR, "dictionaries")
    return ActorResolver.load(actors=[d / "PETR.Validate.actors.txt"], agents=[d / "PETR.Validate.agents.txt"])


def test_petrarch_fictional_states_resolve(petrarch, mentions_of):
    ms = mentions_of("Arnor is about to restore full diplomatic ties with Gondor.", "1995-01-01", r=petrarch)
    assert find(ms, "Arnor").code == "ARN"
    assert find(ms, "Gondor").code == "GON"
    assert "PETR.Validate.actors.txt" in find(ms, "Arnor").why


def test_petrarch_synonyms_agents_and_prefix_agents(petrarch, mentions_of):
    ms = mentions_of("An MSF Arnor diplomat met the Minas Tirith police.", "1995-01-01", r=petrarch)
    assert find(ms, "MSF Arnor diplomat").code == "NGOARNGOV"
    assert find(ms, "the Minas Tirith police").code == "GONCOP"


def test_petrarch_date_restrictions(petrarch, mentions_of):
    text = "Sam Gamgee arrived."
    codes = {d: find(mentions_of(text, d, r=petrarch), "Sam Gamgee").code
             for d in ("2005-01-01", "2010-01-10", "2011-01-01", "2013-01-01", "2014-01-01")}
    assert codes == {"2005-01-01": "HOBCIV", "2010-01-10": "ORCHOB", "2011-01-01": "HOBMIL",
                     "2013-01-01": "HOBGOV", "2014-01-01": "HOBELI"}


def test_petrarch_country_recall_on_unit_tests(petrarch, parse):
    """Actor-level gate: the country part of each expected source/target code is among the
    mentions found in its sentence (records with evaluate="true")."""
    path = shared_path(*PETR, "petr2_unittest.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    total = hit = 0
    for rec in records:
        if rec.get("evaluate") != "true" or not rec.get("events"):
            continue
        date = rec["date"]
        ms = petrarch.find(parse(rec["text"]), published=f"{date[:4]}-{date[4:6]}-{date[6:8]}")
        countries = {m.code[:3] for m in ms if m.code}
        for ev in rec["events"]:
            for side in ("sourcecode", "targetcode"):
                total += 1
                hit += ev[side][:3] in countries
    assert total > 600
    assert hit / total >= 0.93, f"{hit}/{total}"


def test_petrarch_agent_macros_and_plurals(tmp_path):
    d = shared_path(*PETR, "dictionaries")
    entries = {n: e for names, e in read_agents(d / "PETR.Validate.agents.txt") for n in names}
    assert entries["CONGRESSMAN"].sectors == ("LEG",)
    assert "MINISTER OF SILLY WALKS" in entries
    assert entries["ATTORNEYS GENERAL"].plural
    assert "POLICES" not in entries  # {} means no plural
    assert entries["MSF"].prefix == "NGO"


def test_our_format(tmp_path, mentions_of):
    actors = tmp_path / "actors.txt"
    actors.write_text("# our format\nArnor | Arnorian = ARN\nSam Gamgee = HOB\n"
                      "Sam Gamgee = HOBGOV 2012-11-09..2013-01-19\nChina = TWN  # override\n", encoding="utf-8")
    agents = tmp_path / "agents.txt"
    agents.write_text("steward | stewards = ~GOV\nrights body = NGO~\n", encoding="utf-8")
    r = ActorResolver.load(actors=[actors], agents=[agents])
    ms = mentions_of("The Arnorian steward met Sam Gamgee in China.", "2013-01-01", r=r)
    assert find(ms, "The Arnorian steward").code == "ARNGOV"
    assert find(ms, "Sam Gamgee").code == "HOBGOV"
    assert find(ms, "China").code == "TWN"  # user entries override the built-in gazetteer
    assert find(mentions_of("Sam Gamgee left.", "2020-01-01", r=r), "Sam Gamgee").code == "HOB"


@pytest.mark.parametrize("kind,content,line,words", [
    ("actors", "Arnor = ARN\nGondor GON\n", 2, "expected 'names = CODE'"),
    ("actors", "Arnor = ARN\n\nRohan = R*H\n", 3, "bad code"),
    ("actors", "Arnor = ARN 2020-13-01..\n", 1, "bad date"),
    ("agents", "steward = GOV\n", 1, "bad agent code"),
    ("actors", "ARNOR [ARN]\nGONDOR [GON\n", 2, "unbalanced"),
    ("actors", "ARNOR [ARN]\n+\n", 2, "empty synonym"),
    ("actors", "ARNOR [ARN]\n\t[ARNGOV 2020x-2021]\n", 2, "bad date"),
    ("actors", "ARNOR [ARN]\nROHAN\nGONDOR [GON]\n", 2, "no [CODE]"),
    ("agents", "!X! = A, B\nSTEWARD [~GOV]\nMINISTER OF !Y! [~GOV]\n", 3, "unknown substitution"),
    ("agents", "STEWARD [~GOV]\nTHANE {THANES [~GOV]\n", 2, "malformed agent line"),
])
def test_malformed_line_names_file_and_line(tmp_path, kind, content, line, words):
    path = tmp_path / f"bad.{kind}.txt"
    path.write_text(content, encoding="utf-8")
    reader = read_actors if kind == "actors" else read_agents
    with pytest.raises(DictionaryError) as err:
        reader(path)
    assert err.value.line == line
    assert str(err.value).startswith(f"{path}:{line}: ") and words in str(err.value)


def test_missing_or_binary_dictionary(tmp_path):
    with pytest.raises(DictionaryError, match="cannot read"):
        read_actors(tmp_path / "nope.txt")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00ARN")
    with pytest.raises(DictionaryError, match="not UTF-8"):
        read_actors(binary)
