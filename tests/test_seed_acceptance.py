"""The seed article must come out right end to end (issue 2): `tidings code --date 2024-04-26`."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.schema import output_schema

from tests.conftest import SEED, SEED_DATE


@pytest.fixture(scope="module")
def record() -> dict:
    result = CliRunner().invoke(main, ["code", "--date", SEED_DATE, str(SEED)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    return json.loads(lines[0])


def dyad(event: dict) -> tuple:
    country = lambda actor: actor and actor["country"]  # noqa: E731
    return country(event["source"]), country(event["target"])


def events_where(record, source, target, roots, contains=None):
    found = []
    for event in record["events"]:
        if dyad(event) != (source, target) or event["root"] not in roots:
            continue
        if contains and contains.lower() not in event["evidence"].lower():
            continue
        found.append(event)
    return found


def test_matches_the_schema(record):
    jsonschema.validate(record, output_schema())
    assert record["id"] == SEED.name and record["published"] == SEED_DATE


def test_teasers_removed_and_never_coded(record):
    teasers = [r for r in record["removed"] if r["reason"] == "teaser"]
    assert len(teasers) == 6
    for teaser in teasers:
        assert teaser["text"] not in record["text"]
    for event in record["events"]:
        assert "VINBAX" not in event["evidence"] and "Modi" not in event["evidence"]


def test_visit_and_meetings(record):
    visits = events_where(record, "USA", "CHN", {"04"}, "visit")
    assert visits, "Blinken's visit to China"
    assert any(e["source"]["code"] == "USAGOV" for e in visits)
    meetings = events_where(record, "USA", "CHN", {"04"})
    met = {e["target"]["name"] for e in meetings if e["target"]["code"] == "CHNGOV"}
    assert {"Wang Yi", "Xi Jinping"} <= met, met


def test_threats(record):
    threats = events_where(record, "USA", "CHN", {"13"})
    evidence = " ".join(e["evidence"] for e in threats)
    assert "take more action" in evidence
    assert "further action" in evidence


def test_accusation_or_disapproval(record):
    found = events_where(record, "USA", "CHN", {"11", "12"})
    evidence = " ".join(e["evidence"] for e in found).lower()
    assert "interfere" in evidence or "influence" in evidence
    assert "concerns" in evidence


def test_china_supports_russia_as_a_us_claim(record):
    support = events_where(record, "CHN", "RUS", {"05", "06", "07", "08"})
    evidence = " ".join(e["evidence"] for e in support)
    assert "support for Russia" in evidence
    assert "enabling Russia" in evidence
    claims = [e for e in support if "enabling Russia" in e["evidence"]]
    assert all(e["modality"] == "reported" for e in claims)


def test_xi_pledge(record):
    assert events_where(record, "CHN", "USA", {"03", "05"}, "pledged")


def test_existing_sanctions_are_historical(record):
    sanctions = events_where(record, "USA", "CHN", {"16"}, "sanctions")
    assert sanctions and all(e["modality"] == "historical" for e in sanctions)


def test_blinken_quotes(record):
    direct = [q for q in record["quotes"] if q["kind"] == "direct"]
    assert len(direct) >= 4
    for quote in direct:
        assert quote["speaker"]["code"] == "USAGOV", quote
        assert quote["speaker"]["name"] == "Antony Blinken", quote
    pronoun_speakers = {q["speaker"]["text"].lower() for q in direct}
    assert "he" in pronoun_speakers


def test_cnn_attributions(record):
    cues = {(a["outlet"], a["cue"].lower()) for a in record["attributions"]}
    assert any(o == "CNN" and "reported" in c for o, c in cues)
    assert any(o == "CNN" and "according to" in c for o, c in cues)


def test_every_event_names_an_actor_and_quotes_its_sentence(record):
    for event in record["events"]:
        assert event["evidence"] in record["text"]
        assert event["source"] or event["target"]


def test_offsets_point_at_their_text(record):
    text = record["text"]
    for event in record["events"]:
        for role in ("source", "target", "trigger"):
            span = event[role]
            if span:
                assert text[span["start"]:span["end"]] == span["text"], (role, span)
    for quote in record["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        if quote["speaker"]:
            sp = quote["speaker"]
            assert text[sp["start"]:sp["end"]] == sp["text"]
    for ent in record["entities"]:
        assert text[ent["start"]:ent["end"]] == ent["text"]
