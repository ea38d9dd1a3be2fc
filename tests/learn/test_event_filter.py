"""The event filter (tidings.learn.event_filter): its features, its one seam in the coder, the shipped weights."""

from __future__ import annotations

import hashlib
from importlib import resources

import numpy as np
import pytest

from tidings import nlp
from tidings.events import EventCoder
from tidings.events.context import DocContext
from tidings.learn.event_filter import FILTER_FILE, EventFilter, document_features, side_kind
from tidings.model import Actor

ATTACK = "Russia attacked Ukraine on Monday."
PRAISE = "The foreign minister of France praised Germany for its aid to Greece."


@pytest.fixture(scope="module")
def resolver():
    from tidings.actors import ActorResolver

    return ActorResolver.load()


@pytest.fixture(scope="module")
def coder():
    return EventCoder.load(model=True)


def _features(coder, resolver, text):
    doc = nlp.parse_one(text)
    mentions = resolver.find(doc, "2024-04-26")
    saved, coder.event_filter = coder.event_filter, None
    try:
        pairs = coder.code_with_constructions(doc, mentions, published="2024-04-26")
    finally:
        coder.event_filter = saved
    return document_features(DocContext(doc, mentions, []), [(0, list(doc.sents)[0], pairs)])[0]


def test_side_kinds():
    assert side_kind(None) == "none"
    assert side_kind(Actor("it", 0, 2)) == "unresolved"
    assert side_kind(Actor("Russia", 0, 6, code="RUS")) == "state"
    assert side_kind(Actor("the Kremlin", 0, 11, code="RUSGOV")) == "gov"
    assert side_kind(Actor("NATO", 0, 4, code="IGOWSTNAT")) == "igo"
    assert side_kind(Actor("Putin", 0, 5, code="RUSGOV", label="PERSON")) == "person"
    assert side_kind(Actor("police", 0, 6, code="---COP")) == "sector"


def test_features_of_a_coded_event(coder, resolver):
    (feats,) = _features(coder, resolver, ATTACK)
    for f in ("root=19", "penta=4", "kind=verb", "resolved=2", "src=state", "tgt=state", "lemma=attack",
              "dep=ROOT", "tense=Past", "is_root", "sent=0", "n=1", "quoted=False", "mod=asserted"):
        assert f in feats, f
    assert "neg" not in feats
    # no genre or corpus, no words of the sentence beyond the trigger's lemma
    assert not [f for f in feats if f.startswith(("corpus", "genre", "w=", "b="))]
    two = _features(coder, resolver, PRAISE)
    assert len(two) == 2 and all("n=2" in f for f in two)
    assert "under=pobj" in two[1] and "tense=-" in two[1]  # the aid, a noun in a prepositional phrase


def test_the_seam_drops_only_what_the_filter_scores_wrong(coder, resolver):
    doc = nlp.parse_one(f"{ATTACK} {PRAISE}")
    mentions = resolver.find(doc, "2024-04-26")
    saved = coder.event_filter
    try:
        coder.event_filter = None
        everything = coder.code(doc, mentions, published="2024-04-26")
        coder.event_filter = EventFilter(["root=19"], np.array([20.0], np.float32), -5.0, 0.5)  # attacks are wrong
        kept = coder.code(doc, mentions, published="2024-04-26")
        coder.event_filter = EventFilter(["root=19"], np.array([20.0], np.float32), -5.0, 1.01)  # never reached
        same = coder.code(doc, mentions, published="2024-04-26")
    finally:
        coder.event_filter = saved
    assert {e.root for e in everything} >= {"19", "05"}
    assert kept == [e for e in everything if e.root != "19"]  # the others byte-identical, in order
    assert same == everything


def test_rules_alone_have_no_filter():
    assert EventCoder.load(model=False).event_filter is None
    assert EventCoder.load(model=True).event_filter is EventFilter.load()


def test_the_shipped_filter_loads_scores_deterministically_and_its_card_names_its_hash(coder, resolver):
    f = EventFilter.load()
    assert f.weights.shape == (len(f.index),) and len(f.index) <= 500  # a few hundred features at most
    assert 0.3 <= f.threshold <= 1.01
    (feats,) = _features(coder, resolver, ATTACK)
    p = f.proba([feats, feats])
    assert p[0] == p[1] and 0.0 < p[0] < f.threshold  # a plain attack between two states stays
    # the same sum as the dense product the trainer scores with
    from tidings.learn.model import vectorise

    dense = vectorise([feats], f.index).astype(np.float64) @ f.weights.astype(np.float64) + f.bias
    assert abs(p[0] - 1 / (1 + np.exp(-dense[0]))) < 1e-6
    data = resources.files("tidings.data.model")
    digest = hashlib.sha256(data.joinpath(FILTER_FILE).read_bytes()).hexdigest()
    assert digest in data.joinpath("MODEL_CARD.md").read_text(encoding="utf-8")
