"""The seed article: every direct quote is Blinken's (USAGOV), CNN credited and interviewed."""

from __future__ import annotations

import pytest

from tidings.quotes import find_attributions, find_quotes


@pytest.fixture(scope="module")
def seed(seed_text, parse):
    from tidings.actors import ActorResolver

    # the teaser lines ending in "…" are removed upstream before NLP
    body = "\n".join(line for line in seed_text.splitlines() if not line.rstrip().endswith("…"))
    doc = parse(body)
    mentions = ActorResolver.load().find(doc, published="2024-04-26")
    return doc, find_quotes(doc, mentions), find_attributions(doc)


def test_every_direct_quote_is_blinkens(seed):
    doc, quotes, _ = seed
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) >= 4
    for q in direct:
        assert (q.speaker.code, q.speaker.name) == ("USAGOV", "Antony Blinken"), q
        assert doc.text[q.start:q.end] == q.text
    assert {q.speaker.text for q in direct} >= {"Blinken", "he"}  # "he said", "he added"
    assert {q.cue.text for q in direct} >= {"said", "added"}


def test_indirect_speech_of_blinken_and_xi(seed):
    _, quotes, _ = seed
    indirect = {(q.cue.text, q.speaker.name if q.speaker else None) for q in quotes
                if q.kind in ("indirect", "mixed")}
    assert ("emphasized", "Antony Blinken") in indirect
    assert ("disclosed", "Antony Blinken") in indirect
    assert ("pledged", "Xi Jinping") in indirect


def test_cnn_as_source_and_as_venue(seed):
    doc, _, attributions = seed
    got = [(doc.text[a.start:a.end], a.kind) for a in attributions]
    assert ("reported CNN", "source") in got
    assert ("According to CNN", "source") in got
    assert ("as per CNN", "source") in got
    assert ("in an interview with CNN", "venue") in got
    assert all(a.outlet == "CNN" for a in attributions)
