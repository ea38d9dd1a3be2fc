"""Ingest: code documents and store them, skipping what is already stored unchanged.

``ingest(raws, db)`` is the library entry point (the CLI's ``ingest`` and ``make run`` call it);
``store_records(records, db)`` stores contract records made elsewhere (a Dask job, a JSONL file).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import signal
import threading
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from tidings import __version__
from tidings.model import RawDocument, Reason, Rejection, scrub
from tidings.settings import DEFAULT_DB
from tidings.store.store import Store, Writer, canonical_json

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    read: int = 0
    coded: int = 0
    rejected: Counter = field(default_factory=Counter)  # by reason
    unchanged: int = 0    # already stored from the same input: skipped
    duplicates: int = 0   # joined an existing story cluster (exact or near duplicate)
    events: int = 0
    quotes: int = 0
    failed: int = 0       # could not be written (reported, counted, skipped)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"read": self.read, "coded": self.coded, "rejected": sum(self.rejected.values()),
                "rejected_by_reason": dict(sorted(self.rejected.items())),
                "unchanged": self.unchanged, "duplicates": self.duplicates, "events": self.events,
                "quotes": self.quotes, "failed": self.failed}

    def count(self, result) -> None:
        if result.status == "coded":
            self.coded += 1
        elif result.status == "rejected":
            self.rejected[result.reason] += 1
        else:
            self.unchanged += 1
        self.duplicates += result.duplicate
        self.events += result.events
        self.quotes += result.quotes


def raw_hash(raw: RawDocument, published: str | None = None) -> str:
    """Hash of an input as the coder will see it; the version makes an upgrade recode everything."""
    payload = canonical_json({"raw": asdict(raw), "published": published, "version": __version__})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class IdLedger:
    """The ids read in one run and a digest of what each held. A second, different input under an
    id already read is renamed ``<id>#<n>`` and rejected as ``duplicate_id``: the first one stays,
    and reruns give the same store (never a version that flips with the order of writes)."""

    def __init__(self):
        self.seen: dict[str, bytes] = {}
        self.renamed: Counter = Counter()

    def check(self, doc_id: str, digest: str) -> str | None:
        """None when the id is new or holds the same input again; else the id to reject under."""
        short = bytes.fromhex(digest[:32])
        first = self.seen.setdefault(doc_id, short)
        if first == short:
            return None
        self.renamed[doc_id] += 1
        return f"{doc_id}#{self.renamed[doc_id] + 1}"


def duplicate_id(raw: RawDocument, new_id: str) -> RawDocument:
    return RawDocument(id=new_id, url=raw.url, title=raw.title, published=raw.published,
                       error=Rejection(Reason.DUPLICATE_ID, f"{raw.id!r} was already read in this "
                                                            "run with a different text"))


@contextlib.contextmanager
def sigterm_as_interrupt():
    """SIGTERM ends an ingest as Ctrl-C does (KeyboardInterrupt): the writer then commits every whole
    document and undoes the one being written. Only the main thread can set a handler."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write(writer: Writer, record: dict, h: str | None, summary: IngestSummary) -> None:
    try:
        summary.count(writer.write(record, h))
    except Exception as exc:  # one document that cannot be stored must not end the run
        log.exception("could not store document %s", record.get("id"))
        summary.failed += 1
        summary.errors.append(f"{record.get('id')}: {type(exc).__name__}: {exc}")


def ingest(raws: Iterable[RawDocument], db: str | Path = DEFAULT_DB, *,
           published: str | None = None, batch_size: int = 50, coder=None, workers: int = 1,
           actors: Sequence[str] = (), agents: Sequence[str] = (), engine: str = "local",
           scheduler: str | None = None, parquet_dir: str | Path | None = None,
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Code ``raws`` and store them in ``db`` (a SQLite path or a postgresql:// URL).

    Inputs already stored from identical content are skipped before coding, so rerunning an
    interrupted ingest only codes what is missing, and ends with the same store.
    ``workers`` > 1 codes on that many local processes; this process stays the one writer.
    ``actors``/``agents`` are extra dictionaries for the coder (as for ``tidings code``).
    ``engine="dask"`` codes on a Dask cluster (``scheduler`` address, else a LocalCluster of
    ``workers`` processes) that writes Parquet partitions to ``parquet_dir``, then stores them here.
    """
    # the NLP stack loads only when something is to be coded
    from tidings.pipeline import Coder, code, code_parallel

    def coded_stream(stream) -> Iterable[dict]:
        if engine == "dask":
            import tempfile

            from tidings.jobs.dask import code_on_dask

            out = parquet_dir or tempfile.mkdtemp(prefix="tidings-parts-")
            return code_on_dask(stream, out, scheduler=scheduler, workers=max(workers, 1),
                                published=published, actors=actors, agents=agents)
        if coder is not None:
            coded = code(stream, published=published, coder=coder)
        elif workers > 1:
            coded = code_parallel(stream, workers=workers, published=published, actors=actors,
                                  agents=agents)
        else:
            coded = code(stream, published=published, coder=Coder.load(actors=actors, agents=agents))
        return (c.to_dict() for c in coded)

    summary = IngestSummary()
    with Store.open(db, create=True):  # create or migrate it now, then let go
        pass
    hashes: deque[str] = deque()
    ledger = IdLedger()
    with sigterm_as_interrupt(), Store(db, None).writer(batch_size=batch_size) as writer:
        def fresh():
            for raw in raws:
                summary.read += 1
                raw = raw.scrubbed()
                h = raw_hash(raw, published)
                renamed = ledger.check(raw.id, h)
                if renamed is not None:
                    raw = duplicate_id(raw, renamed)
                    h = raw_hash(raw, published)
                if writer.is_unchanged(raw.id, h):
                    summary.unchanged += 1
                    if progress:
                        progress(summary)
                    continue
                hashes.append(h)
                yield raw

        # every engine yields one record per input, in input order: the hashes line up
        for record in coded_stream(fresh()):
            _write(writer, record, hashes.popleft(), summary)
            if progress:
                progress(summary)
    return summary


def duplicate_record(record: dict, new_id: str) -> dict:
    """The contract record of a ``duplicate_id`` rejection for ``record`` (see ``IdLedger``)."""
    rejection = Rejection(Reason.DUPLICATE_ID, f"{record.get('id')!r} was already read in this run "
                                               "with a different record")
    return {"id": new_id, "url": record.get("url"), "title": record.get("title"),
            "published": record.get("published"), "language": None, "text": "", "removed": [],
            "entities": [], "events": [], "quotes": [], "attributions": [], "error": str(rejection)}


def contract_validator():
    import jsonschema

    from tidings.schema import output_schema

    return jsonschema.Draft202012Validator(output_schema())


def store_records(records: Iterable[dict], db: str | Path = DEFAULT_DB, *, batch_size: int = 50,
                  validate: bool = True,
                  progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Store contract records (dicts) as they are; idempotent by their content hash.

    Records made outside this process are checked against the contract's JSON Schema first
    (``validate``); one that does not conform is counted as failed, reported, and skipped.
    """
    summary = IngestSummary()
    validator = contract_validator() if validate else None
    ledger = IdLedger()
    with Store.open(db, create=True):  # create or migrate it now, then let go
        pass
    with sigterm_as_interrupt(), Store(db, None).writer(batch_size=batch_size) as writer:
        for record in records:
            summary.read += 1
            if validator is not None:
                try:
                    problem = next(iter(validator.iter_errors(record)), None)
                except RecursionError:
                    problem = "nested too deeply"
                if problem is not None:
                    summary.failed += 1
                    where = "/".join(str(p) for p in getattr(problem, "absolute_path", ())) or "record"
                    rid = record.get("id") if isinstance(record, dict) else None
                    message = getattr(problem, "message", problem)
                    summary.errors.append(f"{rid}: not a contract record ({where}: {message})")
                    continue
            if isinstance(record, dict):
                serial = canonical_json(record)
                try:
                    digest = hashlib.sha256(serial.encode("utf-8"))
                except UnicodeEncodeError:  # lone surrogates from a JSON escape: U+FFFD, as text
                    record = json.loads(scrub(serial))
                    digest = hashlib.sha256(scrub(serial).encode("utf-8"))
                renamed = ledger.check(str(record.get("id")), digest.hexdigest())
                if renamed is not None:
                    record = duplicate_record(record, renamed)
            _write(writer, record, None, summary)
            if progress:
                progress(summary)
    return summary
