from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def parse():
    """parse(text) -> spaCy Doc; the model loads once per test session."""
    from tidings import nlp

    nlp.load()
    return nlp.parse_one


@pytest.fixture(scope="session")
def quotes_of(parse):
    """quotes_of(text) -> list[Quote], without actor mentions."""
    from tidings.quotes import find_quotes

    return lambda text: find_quotes(parse(text), [])
