"""Ingest: code documents and store them, skipping what is already stored unchanged.

``ingest(raws, db)`` is the library entry point (the CLI's ``ingest`` and ``make run`` call it);
``store_records(records, db)`` stores contract records made elsewhere (a Dask job, a JSONL file).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from tidings import __version__
from tidings.model import RawDocument
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

            from tidings.distributed import code_on_dask

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
    store = Store.open(db, create=True)
    store.close()
    hashes: deque[str] = deque()
    with Store(db, None).writer(batch_size=batch_size) as writer:
        def fresh():
            for raw in raws:
                summary.read += 1
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
    Store.open(db, create=True).close()
    with Store(db, None).writer(batch_size=batch_size) as writer:
        for record in records:
            summary.read += 1
            if validator is not None:
                problem = next(iter(validator.iter_errors(record)), None)
                if problem is not None:
                    summary.failed += 1
                    where = "/".join(str(p) for p in problem.absolute_path) or "record"
                    rid = record.get("id") if isinstance(record, dict) else None
                    summary.errors.append(f"{rid}: not a contract record ({where}: {problem.message})")
                    continue
            _write(writer, record, None, summary)
            if progress:
                progress(summary)
    return summary
