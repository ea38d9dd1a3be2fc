"""The recall tool: verbs and nouns that join two coded actors in sentences with no event."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tidings.cli import main
from tidings.events.uncoded import uncoded
from tidings.model import RawDocument

TEXT = ("France informed Germany about the plan on Monday. "
        "Japan briefed South Korea about the plan on Tuesday. "
        "Russia condemned Ukraine over the attack.")


def test_uncoded_lists_the_linking_verb_not_coded_sentences():
    report = uncoded([RawDocument(id="d", text=TEXT)], published="2024-04-26")
    words = {e.lemma: e for e in report.entries}
    assert report.documents == 1 and report.failed == 0
    assert "brief" in words and words["brief"].pos == "verb" and not words["brief"].known
    assert words["brief"].dyad == "JPN → KOR" and "Japan briefed South Korea" in words["brief"].example
    assert "condemn" not in words  # coded as an event: not a recall gap
    assert report.linked <= report.candidates <= 3


def test_cli_uncoded_json_and_usage(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "events", "--uncoded", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["documents"] == 1 and any(e["lemma"] == "brief" for e in data["entries"])
    bad = CliRunner().invoke(main, ["eval", "events"])
    assert bad.exit_code == 2 and "either --gold" in bad.output
