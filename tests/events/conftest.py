from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    from tidings.events import EventCoder

    return EventCoder.load()


@pytest.fixture(scope="session")
def resolver():
    from tidings.actors import ActorResolver

    return ActorResolver.load()


@pytest.fixture(scope="session")
def code_text(coder, resolver):
    """Parse a text with the real spaCy model, resolve actors, code events."""
    from tidings import nlp
    from tidings.quotes import find_attributions

    def run(text: str, published: str | None = "2024-04-26", doc_id: str = "t"):
        doc = nlp.parse_one(text)
        mentions = resolver.find(doc, published)
        events = coder.code(doc, mentions, published=published,
                            attributions=find_attributions(doc), doc_id=doc_id)
        return doc, events

    return run


def triples(events):
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
            for e in events}
