"""The one function everything else calls: ``code(documents) → CodedDocuments``.

source → RawDocument → extract → Article → spaCy Doc → actors → quotes/attributions → events

Documents stream through in order; a document that fails at any stage keeps its place with an
``error`` and empty lists, and the run goes on.
"""

from __future__ import annotations

import collections
import itertools
import logging
import multiprocessing
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from tidings import nlp
from tidings.actors import ActorResolver
from tidings.events import EventCoder
from tidings.extract import extract
from tidings.extract.language import detect as detect_language
from tidings.model import Article, CodedDocument, RawDocument
from tidings.quotes import find_attributions, find_quotes

log = logging.getLogger(__name__)

MAX_CHARS = 1_000_000  # longer "articles" are dumps or attacks, not news; spaCy's own limit is 1e6
MIN_WORDS_FOR_LANGUAGE = 30  # shorter texts hold too few function words to tell languages apart


@dataclass
class Coder:
    """The loaded stages: build once, reuse for every document."""

    resolver: ActorResolver
    events: EventCoder

    @classmethod
    def load(cls, actors: Sequence[str] = (), agents: Sequence[str] = ()) -> "Coder":
        nlp.load()
        return cls(resolver=ActorResolver.load(actors=actors, agents=agents), events=EventCoder.load())

    def code_doc(self, article: Article, doc) -> CodedDocument:
        mentions = self.resolver.find(doc, published=article.published)
        attributions = find_attributions(doc)
        quotes = find_quotes(doc, mentions)
        events = self.events.code(doc, mentions, published=article.published,
                                  attributions=attributions, doc_id=article.id)
        return CodedDocument(article=article, entities=mentions, events=events, quotes=quotes,
                             attributions=attributions)


def codable(article: Article) -> bool:
    """Whether the NLP stages should run; otherwise the article is passed on with its reason."""
    if article.error:
        return False
    if len(article.text) > MAX_CHARS:
        article.error = f"document too large ({len(article.text)} characters, limit {MAX_CHARS})"
        return False
    if article.language is None and len(article.text.split()) >= MIN_WORDS_FOR_LANGUAGE:
        article.language = detect_language(article.text)
    if article.language and article.language != "en":
        article.error = f"language not supported: {article.language}"
        return False
    return True


def code(raws: Iterable[RawDocument], *, published: str | None = None, coder: Coder | None = None,
         batch_size: int = 16) -> Iterator[CodedDocument]:
    """Code documents into CodedDocuments, one per input, in input order.

    ``published`` is the publication date for documents that lack one.
    """
    coder = coder or Coder.load()

    def articles() -> Iterator[tuple[str, Article]]:
        for raw in raws:
            if published and not raw.published:
                raw.published = published
            article = extract(raw)
            # articles that are not coded still pass through spaCy as empty text to keep the order
            yield (article.text if codable(article) else "", article)

    for doc, article in nlp.parse_with_context(articles(), batch_size=batch_size):
        if article.error:
            yield CodedDocument(article=article)
            continue
        try:
            yield coder.code_doc(article, doc)
        except Exception as exc:  # one bad document must not end the run: record why, go on
            log.exception("coding failed for %s", article.id)
            article.error = f"coding failed: {type(exc).__name__}: {exc}"
            yield CodedDocument(article=article)


# --- local processes -------------------------------------------------------------------------------
# Each worker process loads the stages once; documents travel in chunks and come back in input order.

_worker_coder: Coder | None = None


def _init_worker(actors: Sequence[str], agents: Sequence[str]) -> None:
    global _worker_coder
    _worker_coder = Coder.load(actors=actors, agents=agents)


def _code_chunk(args: tuple[list[RawDocument], str | None]) -> list[CodedDocument]:
    chunk, published = args
    return list(code(chunk, published=published, coder=_worker_coder))


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def code_parallel(raws: Iterable[RawDocument], *, workers: int, published: str | None = None,
                  actors: Sequence[str] = (), agents: Sequence[str] = (),
                  chunk_size: int = 8) -> Iterator[CodedDocument]:
    """``code`` on ``workers`` local processes; same records, same order."""
    if workers <= 1:
        yield from code(raws, published=published, coder=Coder.load(actors=actors, agents=agents))
        return
    context = multiprocessing.get_context("forkserver")
    with context.Pool(workers, initializer=_init_worker, initargs=(tuple(actors), tuple(agents))) as pool:
        # Pool.imap would read the whole input ahead; a bounded window of chunks keeps memory flat
        pending: collections.deque = collections.deque()
        for chunk in chunked(raws, chunk_size):
            pending.append(pool.apply_async(_code_chunk, ((chunk, published),)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
