"""The one function everything else calls: ``code(documents) → CodedDocuments``.

source → RawDocument → extract → Article → spaCy Doc → actors → quotes/attributions → events

Documents stream through in order; a document that fails at any stage keeps its place with an
``error`` and empty lists, and the run goes on.
"""

from __future__ import annotations

import collections
import functools
import gc
import itertools
import logging
import multiprocessing
import os
import pickle
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from tidings import learn, nlp
from tidings.actors import ActorResolver, compiled
from tidings.actors.author import author_of, may_name_author
from tidings.actors.publishers import publisher_of
from tidings.errors import TidingsError
from tidings.events import EventCoder
from tidings.extract import extract
from tidings.model import Article, CodedDocument, RawDocument, Reason, Rejection
from tidings.quotes import find_attributions, find_quotes

log = logging.getLogger(__name__)

# Limits (measured and justified in docs/reliability.md):
# - MAX_CHARS: a long news article has 20,000 characters; coding 80,000 takes ~20 s on one core,
#   and parse time and memory grow with length, so longer "articles" are dumps or attacks.
# - MAX_PUNCT_RUN: spaCy's tokenizer strips prefix/suffix punctuation one character at a time,
#   quadratic in the run's length (20,000 '"' in a row take 100 s to tokenize; 100 take ~1 ms),
#   and prose never has 100 punctuation marks in a row without a space.
# - TIME_BUDGET: seconds the rule stages (actors, quotes, events) may spend on one document; a
#   document over budget is rejected with reason ``timeout`` and the batch goes on.
MAX_CHARS = 200_000
MAX_PUNCT_RUN = 100
TIME_BUDGET = 30.0
MEMORY_ZONE_DOCS = 64  # documents parsed inside one spaCy memory zone
PUNCT_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_PUNCT_RUN + 1))


class DocumentTimeout(TidingsError):
    """A document took longer than the per-document time budget."""


@contextmanager
def time_budget(seconds: float | None):
    """Interrupt the block with DocumentTimeout after ``seconds`` (SIGALRM, main thread only).

    Off the main thread (API worker threads, Dask threads), or when another interval timer is
    already running, nothing is interrupted; ``Coder.code_doc`` then checks the elapsed time
    after the fact, so the document is still rejected, only later.
    """
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # even if the alarm lands here, the caller's handler comes back
            signal.signal(signal.SIGALRM, previous)


@dataclass
class Coder:
    """The loaded stages: build once, reuse for every document."""

    resolver: ActorResolver
    events: EventCoder
    time_budget: float | None = TIME_BUDGET  # seconds per document for the rule stages

    @classmethod
    def load(cls, actors: Sequence[str] = (), agents: Sequence[str] = (), model: bool | None = None) -> "Coder":
        """The stages with the packaged data plus the user's dictionaries.

        Raises ``DictionaryError`` for a malformed dictionary and ``ModelMissing`` without the
        spaCy model (both ``TidingsError``). ``model``: the learned event model (default: ``learn.ENABLED``)."""
        # the loaded tables are a few million small objects kept for the process's life: built
        # without collector passes, then frozen out of every later full collection, which would
        # otherwise rescan them all (0.2 s each, several during start-up and a long run)
        with compiled.gc_paused():
            nlp.load()
            coder = cls(resolver=ActorResolver.load(actors=actors, agents=agents), events=EventCoder.load(model=model))
        gc.freeze()
        return coder

    def author(self, article: Article):
        """The author the title names ("Address by the President of Ukraine …"), or None."""
        if not may_name_author(article.title):
            return None
        title = nlp.parse_one(article.title)
        return author_of(title, self.resolver.find(title, published=article.published))

    def code_doc(self, article: Article, doc) -> CodedDocument:
        """Actors, quotes, attributions and events of one parsed article.

        Raises DocumentTimeout when the rule stages take longer than ``time_budget``.
        """
        started = time.monotonic()
        with time_budget(self.time_budget):
            mentions = self.resolver.find(doc, published=article.published, url=article.url, title=article.title)
            attributions = find_attributions(doc)
            quotes = find_quotes(doc, mentions)
            events = self.events.code(doc, mentions, published=article.published,
                                      attributions=attributions, doc_id=article.id, quotes=quotes,
                                      author=functools.cache(lambda: self.author(article)),
                                      home=getattr(publisher_of(article.url), "country", None))
        if self.time_budget and time.monotonic() - started > self.time_budget:
            raise DocumentTimeout(self.time_budget)  # no timer off the main thread: judged after
        return CodedDocument(article=article, entities=mentions, events=events, quotes=quotes,
                             attributions=attributions)


def codable(article: Article) -> bool:
    """Whether the NLP stages should run; otherwise the article is passed on with its reason."""
    if article.error:
        return False
    if len(article.text) > MAX_CHARS:
        article.error = Rejection(Reason.TOO_LARGE, f"document too large ({len(article.text)} "
                                                    f"characters, limit {MAX_CHARS})")
        return False
    run = PUNCT_RUN.search(article.text)
    if run:
        article.error = Rejection(Reason.UNREADABLE,
                                  f"{len(run.group())} punctuation characters in a row at offset "
                                  f"{run.start()} (limit {MAX_PUNCT_RUN}): not prose")
        return False
    if article.language and article.language != "en":
        article.error = Rejection(Reason.NOT_ENGLISH, f"language not supported: {article.language}")
        return False
    return True


def code(raws: Iterable[RawDocument], *, published: str | None = None, coder: Coder | None = None,
         batch_size: int = 16) -> Iterator[CodedDocument]:
    """Code documents into CodedDocuments, one per input, in input order.

    ``published`` is the publication date for documents that lack one.
    """
    for _doc, coded in code_parsed(raws, published=published, coder=coder, batch_size=batch_size):
        yield coded


def code_parsed(raws: Iterable[RawDocument], *, published: str | None = None, coder: Coder | None = None,
                batch_size: int = 16) -> Iterator[tuple[object, CodedDocument]]:
    """``code``, yielding each CodedDocument with its spaCy Doc, for tools that read the parse too.
    The Doc is valid only until the next item is asked for (its strings live in a memory zone)."""
    coder = coder or Coder.load()

    def articles() -> Iterator[tuple[str, Article]]:
        for raw in raws:
            raw = raw.scrubbed()  # lone surrogates would end the run inside spaCy
            if published and not raw.published:
                raw.published = published
            article = extract(raw)
            # articles that are not coded still pass through spaCy as empty text to keep the order
            yield (article.text if codable(article) else "", article)

    # spaCy's string store keeps every new string it meets; a memory zone per chunk of documents
    # frees them again, so memory stays flat over a long stream (CodedDocuments hold plain values)
    for chunk in chunked(articles(), MEMORY_ZONE_DOCS):
        with nlp.memory_zone():
            for doc, article in nlp.parse_with_context(chunk, batch_size=batch_size):
                yield doc, code_one(coder, article, doc)


def code_one(coder: Coder, article: Article, doc) -> CodedDocument:
    """One parsed article: its records, or its named reason for having none."""
    if article.error:
        return CodedDocument(article=article)
    try:
        return coder.code_doc(article, doc)
    except DocumentTimeout:
        log.warning("coding %s exceeded the time budget of %s s", article.id, coder.time_budget)
        article.error = Rejection(Reason.TIMEOUT, f"coding took longer than the per-document time "
                                                  f"budget of {coder.time_budget} s")
    except Exception as exc:  # one bad document must not end the run: record why, go on
        log.exception("coding failed for %s", article.id)
        article.error = Rejection(Reason.CODING_FAILED, f"{type(exc).__name__}: {exc}")
    return CodedDocument(article=article)


# --- local processes -------------------------------------------------------------------------------
# Each worker process loads the stages once; documents travel in chunks and come back in input order.

_coders: dict[tuple, Coder] = {}  # per process, per set of user dictionaries
_worker_coder: Coder | None = None
_worker_failure: Exception | None = None
# one BLAS thread per worker process: N processes × N threads on N cores thrash (measured: 2 workers
# with default threads were no faster than 1); set in each worker before it loads the models, as
# Dask's nanny does for its workers, and never in the caller's environment
WORKER_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _init_worker(actors: Sequence[str], agents: Sequence[str], fast_path: bool, model: bool = True,
                 cache_dir: str | None = None) -> None:
    global _worker_coder, _worker_failure
    for var in WORKER_THREAD_VARIABLES:
        os.environ.setdefault(var, "1")
    nlp.configure(fast=fast_path)
    learn.configure(model)
    compiled.configure(cache_dir)
    try:
        _worker_coder = coder_for(actors, agents, model)
    except Exception as exc:  # not swallowed: re-raised in the caller with the first chunk
        # an initializer that raises makes the pool restart the worker for ever (a hang)
        _worker_failure = _portable(exc)


def coder_for(actors: Sequence[str] = (), agents: Sequence[str] = (), model: bool | None = None) -> Coder:
    """The loaded stages for these dictionaries (and model choice), once per process: pool
    workers and Dask workers both take theirs from here."""
    key = (tuple(actors), tuple(agents), model)
    if key not in _coders:
        _coders[key] = Coder.load(actors=actors, agents=agents, model=model)
    return _coders[key]


def _portable(exc: Exception) -> Exception:
    """``exc`` as it can cross back to the caller: itself if it survives pickling, else its message
    in a ``TidingsError`` (an exception that cannot be rebuilt kills the pool's result thread: a hang)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return TidingsError(f"{type(exc).__name__}: {exc}")


def _code_chunk(args: tuple[list[RawDocument], str | None]) -> list[CodedDocument]:
    if _worker_failure is not None:
        raise _worker_failure
    chunk, published = args
    return list(code(chunk, published=published, coder=_worker_coder))


def check_dictionaries(actors: Sequence[str] = (), agents: Sequence[str] = ()) -> None:
    """Read the user's dictionaries here, so that a malformed one raises its ``DictionaryError``
    (file and line) in the caller before any worker starts, instead of once per worker."""
    from tidings.actors.dictionaries import read_actors, read_agents

    for path in actors:
        for _ in read_actors(path):
            pass
    for path in agents:
        for _ in read_agents(path):
            pass


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def code_parallel(raws: Iterable[RawDocument], *, workers: int, published: str | None = None,
                  actors: Sequence[str] = (), agents: Sequence[str] = (),
                  chunk_size: int = 8) -> Iterator[CodedDocument]:
    """``code`` on ``workers`` local processes; same records, same order.

    The workers use this process's pipeline and model choices (``nlp.FAST_PATH``, ``learn.ENABLED``). A malformed dictionary
    or a missing model raises here, before or with the first records, never hangs the pool.
    """
    if workers <= 1:
        yield from code(raws, published=published, coder=Coder.load(actors=actors, agents=agents))
        return
    check_dictionaries(actors, agents)
    context = multiprocessing.get_context("forkserver")
    with context.Pool(workers, initializer=_init_worker,
                      initargs=(tuple(actors), tuple(agents), nlp.FAST_PATH, learn.ENABLED,
                                compiled._cache_setting)) as pool:
        # Pool.imap would read the whole input ahead; a bounded window of chunks keeps memory flat
        pending: collections.deque = collections.deque()
        for chunk in chunked(raws, chunk_size):
            pending.append(pool.apply_async(_code_chunk, ((chunk, published),)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
