from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    from tidings.events import EventCoder

    return EventCoder.load(model=False)  # the rules' own tests; the learned model has tests/learn


@pytest.fixture(scope="session")
def resolver():
    from tidings.actors import ActorResolver

    return ActorResolver.load()


@pytest.fixture(scope="session")
def stages(coder, resolver):
    """The pipeline's own stages (actors → quotes/attributions → events), as ``tidings code`` wires them."""
    from tidings.pipeline import Coder

    return Coder(resolver=resolver, events=coder, time_budget=None)


@pytest.fixture(scope="session")
def code_text(stages):
    """Parse a text with the real spaCy model and code it with the pipeline's stages."""
    from tidings import nlp
    from tidings.model import Article

    def run(text: str, published: str | None = "2024-04-26", doc_id: str = "t"):
        doc = nlp.parse_one(text)
        coded = stages.code_doc(Article(id=doc_id, text=text, published=published), doc)
        return doc, coded.events

    return run


def triples(events):
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
            for e in events}


def codes(events):
    """The events' (code, source code, target code), sorted: what a test compares."""
    return sorted((e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                  for e in events)
