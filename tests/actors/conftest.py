from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def resolver():
    from tidings.actors import ActorResolver

    return ActorResolver.load()


@pytest.fixture(scope="session")
def parse():
    from tidings import nlp

    nlp.load()
    return nlp.parse_one


@pytest.fixture(scope="session")
def mentions_of(resolver, parse):
    """mentions_of(text, date) -> list[Actor]."""

    def run(text: str, date: str | None = "2024-04-26", r=None):
        return (r or resolver).find(parse(text), published=date)

    return run


def find(mentions, text: str, nth: int = 0):
    """The nth mention whose text is exactly ``text``."""
    hits = [m for m in mentions if m.text == text]
    assert len(hits) > nth, f"no mention {text!r} (#{nth}) in {[m.text for m in mentions]}"
    return hits[nth]
