"""The canonical PETRARCH/Phoenix dictionaries load as users have them, malformed entries and all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import shared_path
from tidings.cli import main

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed_article.txt"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


@pytest.fixture(scope="module")
def phoenix(tmp_path_factory):
    d = shared_path("ref", "petrarch2")
    return [d / f for f in ACTOR_FILES], [d / "Phoenix.agents.txt"]


def test_tidings_actors_with_the_four_phoenix_files(phoenix, tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(tmp_path / "cache"))
    actors, agents = phoenix
    args = ["actors", "--format", "jsonl", str(SEED)]
    for a in actors:
        args += ["--actors", str(a)]
    args += ["--agents", str(agents[0])]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    # the summary counts what was skipped, by reason; each skipped entry is named in a warning
    summary = next(line for line in result.stderr.splitlines() if line.startswith("tidings: dictionaries:"))
    assert "4 dictionaries" in summary and "bad date" in summary and "malformed entries skipped" in summary
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    code = {}
    for r in rows:
        code.setdefault(r["text"], r["code"])
    assert code["US Secretary of State Antony Blinken"] == "USAGOV"
    assert code["China’s Foreign Minister Wang Yi"] == "CHNGOV"
    assert code["President Xi Jinping"] == "CHNGOV" and code["Xi Jinping"] == "CHNGOV"
    assert code["President Joe Biden"] == "USAGOV"
    assert code["Ukraine"] == "UKR" and code["Russia"] == "RUS" and code["Beijing"] == "CHN"
    assert "Prime Minister Narendra Modi" not in code  # a related-story teaser: not the article's text

    strict = CliRunner().invoke(main, args + ["--strict-dictionaries"])
    assert strict.exit_code == 1
    assert "Phoenix.Countries.actors.txt:2039: bad date '9008223'" in strict.output


def test_loading_the_four_files_reads_the_cache_once_parsed(phoenix, tmp_path, monkeypatch):
    """Issue 15: all four load in ≤ 3 s (measured by benchmarks/bench_dictionaries.py, not here).
    The first read parses and caches (keyed by the files' hashes); later ones read the cache and
    do not parse again."""
    from tidings.actors import ActorResolver, dictionaries

    from tidings.actors import compiled

    monkeypatch.setattr(compiled, "_cache_setting", str(tmp_path / "cache"))
    actors, agents = phoenix
    first = ActorResolver.load(actors=actors, agents=agents)
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == 4

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again although cached")

    monkeypatch.setattr(dictionaries, "_petrarch_actors", no_parsing)
    monkeypatch.setattr(dictionaries, "_petrarch_agents", no_parsing)
    again = ActorResolver.load(actors=actors, agents=agents)
    assert len(again.lexicon) == len(first.lexicon) > 40000
