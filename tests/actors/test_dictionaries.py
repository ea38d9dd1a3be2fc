"""User dictionaries: our format, PETRARCH's formats, and malformed lines."""

from __future__ import annotations

import json
import logging

import pytest

from tests.actors.conftest import find
from tests.conftest import shared_path
from tidings.actors import ActorResolver, DictionaryError
from tidings.actors import compiled
from tidings.actors.compiled import cache_dir
from tidings.actors.dictionaries import DictionaryReport, read_actors, read_agents

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


@pytest.mark.parametrize("kind,content,line,words,reason", [
    ("actors", "Arnor = ARN\nGondor GON\n", 2, "expected 'names = CODE'", "malformed line"),
    ("actors", "Arnor = ARN\n\nRohan = R*H\n", 3, "bad code", "bad code"),
    ("actors", "Arnor = ARN\nRohan = ROH 2020-13-01..\n", 2, "bad date", "bad date"),
    ("agents", "thane = ~GOV\nsteward = GOV\n", 2, "bad agent code", "bad code"),
    ("actors", "ARNOR [ARN]\nGONDOR [GON\n", 2, "unbalanced", "unbalanced brackets"),
    ("actors", "ARNOR [ARN]\n+\n", 2, "empty synonym", "empty name"),
    ("actors", "ARNOR [ARN]\n\t[ARNGOV 2020x-2021]\n", 2, "bad date", "bad date"),
    ("actors", "ARNOR [ARN]\n\t[ARNGOV 20200101-20190101]\n", 2, "ends before it starts", "bad date"),
    ("actors", "+ROHIRRIM\nARNOR [ARN]\n", 1, "synonym before any actor", "line outside an actor"),
    ("actors", "ARNOR [ARN]\nROHAN\n# a comment\n", 2, "no [CODE]", "missing code"),
    ("agents", "!X! = A, B\nSTEWARD [~GOV]\nMINISTER OF !Y! [~GOV]\n", 3, "unknown substitution",
     "unknown substitution"),
    ("agents", "STEWARD [~GOV]\nTHANE {THANES [~GOV]\n", 2, "malformed agent line", "unbalanced brackets"),
])
def test_malformed_entry_strict_refuses_lenient_skips(tmp_path, kind, content, line, words, reason):
    path = tmp_path / f"bad.{kind}.txt"
    path.write_text(content, encoding="utf-8")
    reader = read_actors if kind == "actors" else read_agents
    with pytest.raises(DictionaryError) as err:
        reader(path, strict=True)
    assert err.value.line == line and err.value.reason == reason
    assert str(err.value).startswith(f"{path}:{line}: ") and words in str(err.value)

    report = DictionaryReport()
    entries = reader(path, report=report)  # the default skips the entry and reports it
    assert entries, "the good entries of the file are kept"
    assert [(s.line, s.reason) for s in report.skipped] == [(line, reason)]
    assert words in str(report.skipped[0]) and str(report.skipped[0]).startswith(f"{path}:{line}: ")


def test_lenient_reading_keeps_the_rest_of_a_real_looking_file(tmp_path, caplog):
    """The faults of the canonical Phoenix files, in small: each is skipped with a warning that
    names file, line and reason; what PETRARCH itself reads (names on consecutive lines before
    their codes, several code blocks on one line) is read."""
    path = tmp_path / "Mini.actors.txt"
    path.write_text(
        "ARNOR_ [ARN]\n"                      # 1
        "+ARNORIAN_\n"                        # 2
        "\t[ARNUNR 9008223-911221]\n"         # 3 bad date: the code is dropped, the actor kept
        "ARAGORN_\n"                          # 4 names on consecutive lines: one actor
        "KING_ELESSAR\n"                      # 5
        "\t[ARNELI 19310301-30190325] [ARNGOV >30190325]\n"  # 6 two blocks on a line
        "+FAEROYENE]_\n"                      # 7 unbalanced: the synonym is dropped
        "DENETHOR_\n"                         # 8
        "\t[GONGOV 20121207-20120802]\n"      # 9 ends before it starts: no code left, actor dropped
        "GONDOR [GON]\n",                     # 10
        encoding="utf-8")
    report = DictionaryReport()
    with caplog.at_level(logging.WARNING, logger="tidings.actors.dictionaries"):
        entries = {e.name: (names, e) for names, e in read_actors(path, report=report)}
    assert sorted(entries) == ["ARAGORN", "ARNOR", "GONDOR"]
    names, aragorn = entries["ARAGORN"]
    assert names == ["ARAGORN", "KING ELESSAR"] and aragorn.code_at("3019-04-01") == "ARNGOV"
    assert entries["ARNOR"][1].code == "ARN" and not entries["ARNOR"][1].restrictions
    assert [(s.line, s.reason) for s in report.skipped] == [(3, "bad date"), (7, "unbalanced brackets"),
                                                            (9, "bad date")]
    assert report.by_reason() == {"bad date": 2, "unbalanced brackets": 1}
    assert report.summary() == "1 dictionary, 3 entries; 3 malformed entries skipped (bad date 2, unbalanced brackets 1)"
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 3 and f"{path}:3: bad date '9008223'" in warned[0]


def test_undated_text_reads_dated_entries_as_of_their_latest_code(tmp_path):
    path = tmp_path / "dated.actors.txt"
    path.write_text("UKRAINE_\n\t[USRUKR <910824]\n\t[UKR >911221]\n"
                    "JOE_BIDEN_\n\t[USAELI 600101-000101]\n\t[USAGOV >090120]\n\t[USAELI]\n"
                    "DICK_CHENEY_\n\t[USAGOV 010120-090120]\n\t[USAELI]\n"
                    "LEONID_BREZHNEV\n\t[RUSELI 19240101-641014]\n\t[RUSGOV 641014-821110]\n", encoding="utf-8")
    entries = {e.name: e for _, e in read_actors(path)}
    assert {n: e.code_at(None) for n, e in entries.items()} == {
        "UKRAINE": "UKR", "JOE BIDEN": "USAGOV", "DICK CHENEY": "USAELI", "LEONID BREZHNEV": "RUSGOV"}
    assert entries["UKRAINE"].code_at("1990-01-01") == "USRUKR" and entries["DICK CHENEY"].code_at("2005-01-01") == "USAGOV"


def test_parsed_dictionaries_are_cached_by_content(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled, "_cache_setting", str(tmp_path / "cache"))
    path = tmp_path / "c.actors.txt"
    path.write_text("ARNOR [ARN]\nBAN_KI-MOON [IGOUNO]\n+ROHAN [ROH\n", encoding="utf-8")
    first = read_actors(path)
    cached = list((tmp_path / "cache" / "dictionaries").glob("*.pickle"))
    assert len(cached) == 1
    report = DictionaryReport()
    again = read_actors(path, report=report)
    assert [(n, e.name, e.code) for n, e in again] == [(n, e.name, e.code) for n, e in first]
    assert [n.words for n in again[1][0]] == [["BAN", "KI", "-", "MOON"]]  # tokenized as documents are
    assert [(s.line, s.reason) for s in report.skipped] == [(3, "unbalanced brackets")]  # from the cache too
    with pytest.raises(DictionaryError, match=":3: unbalanced"):
        read_actors(path, strict=True)  # strict refuses from the cache as well
    path.write_text("ARNOR [ARW]\n", encoding="utf-8")  # new content: read afresh
    assert [e.code for _, e in read_actors(path)] == ["ARW"]
    assert len(list((tmp_path / "cache" / "dictionaries").glob("*.pickle"))) == 2

    monkeypatch.setattr(compiled, "_cache_setting", "off")
    assert cache_dir() is None and [e.code for _, e in read_actors(path)] == ["ARW"]


def test_missing_or_binary_dictionary_always_refused(tmp_path):
    with pytest.raises(DictionaryError, match="cannot read"):
        read_actors(tmp_path / "nope.txt")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00ARN")
    with pytest.raises(DictionaryError, match="not UTF-8"):
        read_actors(binary)


def test_tokenized_names_split_as_documents_are():
    """The fast path (plain words split at spaces) gives what spaCy's tokenizer gives, and names
    it would split otherwise (affixes, special cases such as 'cannot') go through the tokenizer."""
    from tidings import nlp
    from tidings.actors.compiled import tokenized_names

    tokenizer = nlp.load().tokenizer
    texts = ["Paul Biya", "Bashar al-Assad", "K. Annan", "Cannot Nameless", "Miguel D'Escoto", "UN SECRETARY"]
    for name in tokenized_names(texts):
        assert name.words == [t.text for t in tokenizer(str(name))], name
    assert tokenized_names(["Cannot Nameless"])[0].words == ["Can", "not", "Nameless"]
