"""The store: one writer with batched transactions, and readers on their own connections.

Everything stored is a contract record (``CodedDocument.to_dict()``), so records from any producer
(the pipeline, a Dask job, a JSON Lines file) can be written the same way.

Idempotence: each document row keeps the hash of its input (``raw_hash``) and of its record
(``content_hash``). Writing a record whose content hash is already stored changes nothing.
Crash safety: a batch is one transaction; after ``kill -9`` the last batch is rolled back, and a
rerun of the same input skips the committed documents and redoes the rest in the same order, which
gives the same rows as an uninterrupted run (nothing stored depends on wall-clock time or rowids).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tidings.extract import dedup
from tidings.store import consolidate
from tidings.model import Rejection
from tidings.settings import DEFAULT_DB
from tidings.store.db import Connection, StoreError
from tidings.store.schema import LATEST

log = logging.getLogger(__name__)


def canonical_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_hash(record: dict) -> str:
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def reason_for(error) -> str:
    """The named reason of a record's ``error`` (``"<reason>: <detail>"``, as ``Rejection`` writes it)."""
    return Rejection.parse(error).reason.value


def url_host(url: str | None) -> str | None:
    """The host of a URL, or None for a URL too malformed to have one (the document is kept)."""
    try:
        return (urlsplit(url).hostname or None) if url else None
    except ValueError:  # e.g. 'http://[oops/x': an unclosed IPv6 bracket
        return None


def event_signature(event: dict) -> str:
    """Who did what to whom, when, and how asserted: the same in every copy of one story."""
    src = (event.get("source") or {}).get("code") or ""
    tgt = (event.get("target") or {}).get("code") or ""
    return "|".join([src, tgt, event.get("cameo") or "", event.get("date") or "",
                     event.get("modality") or ""])


@dataclass
class WriteResult:
    status: str  # coded | rejected | unchanged
    duplicate: bool = False
    reason: str | None = None
    events: int = 0
    quotes: int = 0


class Writer:
    """The one writer of a store. Use as a context manager; commits every ``batch_size`` documents,
    or sooner when a batch has been open ``max_seconds`` (slow streams, like a watched feed, still
    become queryable quickly)."""

    def __init__(self, conn: Connection, batch_size: int = 50, max_seconds: float = 10.0):
        self.conn = conn
        self.batch_size = batch_size
        self.max_seconds = max_seconds
        self.tx_started = 0.0
        self.pending = 0
        self.in_tx = False
        self.doc_open = False  # between a document's SAVEPOINT and its RELEASE
        self.index = dedup.NearDuplicates()
        # the LSH index lives in memory; rebuilt from the committed MinHashes on every open
        for doc_id, sig in conn.all("SELECT document_id, signature FROM minhashes ORDER BY document_id"):
            self.index.add(doc_id, dedup.from_bytes(bytes(sig)))
        self._consolidate_store()

    def _consolidate_store(self) -> None:
        """A store written before consolidation (or under an older rule) is regrouped once."""
        c = self.conn
        if c.scalar("SELECT max(rule) FROM consolidation") == consolidate.RULE:
            return
        c.begin()
        try:
            changed = consolidate.consolidate_all(
                c, lambda data, title: consolidate.consolidation_key(json.loads(data), title))
            c.execute("DELETE FROM consolidation")
            c.execute("INSERT INTO consolidation (rule, name) VALUES (?, ?)",
                      (consolidate.RULE, consolidate.RULE_NAME))
            c.commit()
        except BaseException:
            c.rollback()
            raise
        log.info("events consolidated under rule %d (%d rows changed)", consolidate.RULE, changed)

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # Every document written so far is whole (one savepoint each), so even when the run is
        # interrupted (Ctrl-C, a failing source) they are committed rather than thrown away. A
        # document the interrupt caught half-written (even inside write's own undo) is undone first,
        # so no rerun can find its raw hash and call it unchanged.
        try:
            if self.doc_open:
                self._undo_document()
            self.flush()
        except Exception:
            self.conn.rollback()
            self.in_tx = False
            if exc_type is None:
                raise
        finally:
            self.conn.close()

    def _reload_index(self) -> None:
        self.index = dedup.NearDuplicates()
        for doc_id, sig in self.conn.all("SELECT document_id, signature FROM minhashes"):
            self.index.add(doc_id, dedup.from_bytes(bytes(sig)))

    def is_unchanged(self, doc_id: str, raw_hash: str) -> bool:
        """Whether this exact input was already stored (the caller can skip coding it)."""
        return self.conn.scalar("SELECT raw_hash FROM documents WHERE id = ?", (doc_id,)) == raw_hash

    def flush(self) -> None:
        if self.in_tx:
            self.conn.commit()
            self.in_tx = False
            self.pending = 0

    def write(self, record: dict, raw_hash: str | None = None) -> WriteResult:
        """Store one contract record (replacing an older version of the same document id)."""
        content = record_hash(record)
        raw_hash = raw_hash or content
        doc_id = str(record["id"])
        if not self.in_tx:
            self.conn.begin()
            self.in_tx = True
            self.tx_started = time.monotonic()
        # a savepoint per document: one that fails leaves no half rows, and the rest of the
        # batch (already reported as written) stays
        self.conn.execute("SAVEPOINT doc")
        self.doc_open = True
        try:
            result = self._write(doc_id, record, content, raw_hash)
        except BaseException:  # KeyboardInterrupt too: a half-written document is never committed
            self._undo_document()
            raise
        self.conn.execute("RELEASE SAVEPOINT doc")
        self.doc_open = False
        self.pending += 1
        if self.pending >= self.batch_size or time.monotonic() - self.tx_started >= self.max_seconds:
            self.flush()
        return result

    def _undo_document(self) -> None:
        self.conn.execute("ROLLBACK TO SAVEPOINT doc")
        self.conn.execute("RELEASE SAVEPOINT doc")
        self.doc_open = False
        self._reload_index()

    def _write(self, doc_id: str, record: dict, content: str, raw_hash: str) -> WriteResult:
        c = self.conn
        old = c.one("SELECT content_hash, raw_hash FROM documents WHERE id = ?", (doc_id,))
        if old and old[0] == content:
            if old[1] != raw_hash:  # same result from a different input: remember the new input
                c.execute("UPDATE documents SET raw_hash = ? WHERE id = ?", (raw_hash, doc_id))
            return WriteResult("unchanged")
        if old:
            self._delete(doc_id)

        text = record.get("text") or ""
        error = record.get("error")
        status = "rejected" if error else "coded"
        url = record.get("url")
        host = url_host(url)
        thash, m = dedup.fingerprint(text)

        cluster_id, duplicate = self._cluster(doc_id, text, thash, m)
        c.execute(
            "INSERT INTO documents (id, url, host, title, published, language, text, removed, error,"
            " status, raw_hash, content_hash, text_hash, cluster_id, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, url, host, record.get("title"), record.get("published"), record.get("language"),
             text, canonical_json(record.get("removed") or []), error, status, raw_hash, content,
             thash, cluster_id, canonical_json(record)))
        if cluster_id is not None and not duplicate:
            c.execute("INSERT INTO clusters (id, representative) VALUES (?, ?)"
                      " ON CONFLICT (id) DO NOTHING", (cluster_id, doc_id))
        if m is not None:
            c.execute("INSERT INTO minhashes (document_id, signature) VALUES (?, ?)",
                      (doc_id, dedup.to_bytes(m)))
            self.index.add(doc_id, m)
        if c.dialect == "sqlite":
            fts_rowid = c.execute("INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)",
                                  (doc_id, record.get("title") or "", text)).lastrowid
            c.execute("INSERT INTO documents_fts_rows (fts_rowid, document_id) VALUES (?, ?)",
                      (fts_rowid, doc_id))
        if error:
            reason = reason_for(error)
            c.execute("INSERT INTO rejected (document_id, reason, detail) VALUES (?, ?, ?)",
                      (doc_id, reason, error))
            return WriteResult("rejected", duplicate=duplicate, reason=reason)

        self._children(doc_id, record, cluster_id, duplicate)
        return WriteResult("coded", duplicate=duplicate, events=len(record.get("events") or []),
                           quotes=len(record.get("quotes") or []))

    def _cluster(self, doc_id: str, text: str, thash: str, m) -> tuple[str | None, bool]:
        """The story cluster this document joins (or starts), and whether it joined one."""
        if not text.strip():
            return None, False
        candidates = set()
        for (cid,) in self.conn.all("SELECT cluster_id FROM documents WHERE text_hash = ?"
                                    " AND cluster_id IS NOT NULL", (thash,)):
            candidates.add(cid)
        if m is not None:
            similar = [k for k in self.index.similar(m) if k != doc_id]
            if similar:
                marks = ",".join("?" for _ in similar)
                for (cid,) in self.conn.all(
                        f"SELECT cluster_id FROM documents WHERE id IN ({marks})"
                        " AND cluster_id IS NOT NULL", similar):
                    candidates.add(cid)
        if candidates:
            # the smallest id, not the first found: the choice must not depend on write order
            return min(candidates), True
        if self.conn.one("SELECT 1 FROM documents WHERE cluster_id = ?", (doc_id,)):
            # a replaced document whose old version started a cluster that lives on in its copies
            return f"{doc_id}#{thash[:12]}", False
        return doc_id, False

    def _children(self, doc_id: str, record: dict, cluster_id: str | None, duplicate: bool) -> None:
        c = self.conn
        entities, actors = [], {}
        for i, e in enumerate(record.get("entities") or []):
            entities.append((doc_id, i, e.get("text") or "", e.get("start") or 0, e.get("end") or 0,
                             e.get("label"), e.get("actor"), e.get("name"), e.get("why")))
        c.executemany("INSERT INTO entities (document_id, seq, text, start_char, end_char, label,"
                      " actor, name, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entities)

        events = []
        regroup: dict[str, set] = {}
        for i, ev in enumerate(record.get("events") or []):
            src, tgt = ev.get("source") or {}, ev.get("target") or {}
            for actor in (src, tgt):
                if actor.get("code"):
                    actors.setdefault(actor["code"], actor)
            sig = event_signature(ev)
            key = f"{doc_id}/{i}"
            mention_of = None
            ckey = consolidate.consolidation_key(ev, record.get("title"))
            if ckey is not None:
                regroup.setdefault(consolidate.bucket(ckey), set()).add(ev.get("date"))
            elif duplicate and cluster_id:
                # a report consolidation cannot place: still one event across near-copies
                mention_of = c.scalar(
                    "SELECT key FROM events WHERE cluster_id = ? AND signature = ?"
                    " AND mention_of IS NULL AND consolidation_key IS NULL AND document_id <> ?"
                    " ORDER BY key LIMIT 1", (cluster_id, sig, doc_id))
            loc = ev.get("location")
            events.append((
                key, doc_id, i, str(ev.get("id") or key), ev.get("sentence"), ev.get("evidence"),
                src.get("code"), src.get("name") or src.get("text"), src.get("country"),
                tgt.get("code"), tgt.get("name") or tgt.get("text"), tgt.get("country"),
                ev.get("cameo") or "", ev.get("root"), ev.get("plover"), ev.get("plover_mode"),
                ev.get("quad_class"), ev.get("goldstein"), ev.get("modality"), ev.get("date"),
                canonical_json(loc) if loc is not None else None, ev.get("reported_by"),
                ev.get("confidence"), sig, cluster_id, mention_of, ckey,
                consolidate.bucket(ckey) if ckey else None, canonical_json(ev)))
        c.executemany(
            "INSERT INTO events (key, document_id, seq, id, sentence, evidence, source_code,"
            " source_name, source_country, target_code, target_name, target_country, cameo, root,"
            " plover, plover_mode, quad_class, goldstein, modality, date, location, reported_by,"
            " confidence, signature, cluster_id, mention_of, consolidation_key, consolidation_bucket,"
            " data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?)",
            events)
        for bucket in sorted(regroup):
            consolidate.regroup(c, bucket, regroup[bucket])

        quotes = []
        for i, q in enumerate(record.get("quotes") or []):
            sp = q.get("speaker") or {}
            cue = q.get("cue") or {}
            if sp.get("code"):
                actors.setdefault(sp["code"], sp)
            quotes.append((doc_id, i, q.get("text") or "", q.get("start") or 0, q.get("end") or 0,
                           q.get("kind"), cue.get("text"), sp.get("text"), sp.get("code"),
                           sp.get("name"), canonical_json(q)))
        c.executemany("INSERT INTO quotes (document_id, seq, text, start_char, end_char, kind, cue,"
                      " speaker_text, speaker_code, speaker_name, data)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes)
        if c.dialect == "sqlite":
            c.executemany("INSERT INTO quotes_fts (document_id, seq, text, speaker) VALUES (?, ?, ?, ?)",
                          [(q[0], q[1], q[2], q[9] or q[7] or "") for q in quotes])

        c.executemany("INSERT INTO attributions (document_id, seq, outlet, cue, start_char, end_char,"
                      " kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      [(doc_id, i, a.get("outlet") or "", a.get("cue"), a.get("start"), a.get("end"),
                        a.get("kind")) for i, a in enumerate(record.get("attributions") or [])])

        for e in record.get("entities") or []:
            if e.get("actor"):
                actors.setdefault(e["actor"], {"name": e.get("name") or e.get("text")})
        # first name seen wins; input order is fixed, so the table is the same on every run
        c.executemany("INSERT INTO actors (code, name, country, sectors) VALUES (?, ?, ?, ?)"
                      " ON CONFLICT (code) DO NOTHING",
                      [(code, a.get("name") or a.get("text"), a.get("country"),
                        ",".join(a.get("sectors") or [])) for code, a in sorted(actors.items())])

    def _delete(self, doc_id: str) -> None:
        """Remove a document and everything hanging from it (before storing its new version)."""
        c = self.conn
        if c.dialect == "sqlite":
            # by rowid: a condition on the unindexed document_id would read every stored text
            c.execute("DELETE FROM documents_fts WHERE rowid IN"
                      " (SELECT fts_rowid FROM documents_fts_rows WHERE document_id = ?)", (doc_id,))
            c.execute("DELETE FROM documents_fts_rows WHERE document_id = ?", (doc_id,))
            c.execute("DELETE FROM quotes_fts WHERE document_id = ?", (doc_id,))
        # mentions of this document's events: the first becomes the event, the others its mentions
        for (key,) in c.all("SELECT key FROM events WHERE document_id = ? ORDER BY key", (doc_id,)):
            first = c.scalar("SELECT key FROM events WHERE mention_of = ? ORDER BY key LIMIT 1", (key,))
            if first is not None:
                c.execute("UPDATE events SET mention_of = NULL WHERE key = ?", (first,))
                c.execute("UPDATE events SET mention_of = ? WHERE mention_of = ?", (first, key))
        regroup: dict[str, set] = {}
        for ckey, day in c.all("SELECT consolidation_key, date FROM events WHERE document_id = ?"
                               " AND consolidation_key IS NOT NULL", (doc_id,)):
            regroup.setdefault(consolidate.bucket(ckey), set()).add(day)
        c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))  # children cascade
        for bucket in sorted(regroup):  # the happenings it reported, without its reports
            consolidate.regroup(c, bucket, regroup[bucket])
        self.index.remove(doc_id)


class Store:
    """A store opened for reading (and for handing out its one writer).

    Its reads are records and counts (``document``, ``iter_records``, ``stats``, ``dump``); every
    filtered read (events, quotes, search) is ``tidings.query`` over ``Tidings(store)``, so the
    CLI, the REST API, the Python API and the exports answer with one set of rules.
    """

    def __init__(self, db: str | Path, conn: Connection):
        self.db = str(db)
        self.conn = conn

    @classmethod
    def open(cls, db: str | Path = DEFAULT_DB, *, create: bool = False) -> "Store":
        """Open a store; ``create`` makes a new one (and migrates an old one) when needed."""
        conn = Connection.open(db, readonly=not create)
        try:
            version = conn.migrate() if create else conn.schema_version()
        except StoreError:
            conn.close()
            raise
        except Exception as exc:
            conn.close()
            raise StoreError(f"{db} is not a tidings store: {exc}") from exc
        except BaseException:  # an interrupt while opening: release the file (and any lock) now
            conn.close()
            raise
        if version == 0:
            conn.close()
            raise StoreError(f"{db} is not a tidings store (no schema); run `tidings ingest` first")
        if version > LATEST:
            conn.close()
            raise StoreError(f"{db} has schema version {version}, newer than this tidings ({LATEST}); "
                             "upgrade tidings")
        return cls(db, conn)

    def writer(self, batch_size: int = 50, max_seconds: float = 10.0) -> Writer:
        """The writer, on its own connection."""
        conn = Connection.open(self.db)
        try:
            conn.migrate()
            return Writer(conn, batch_size=batch_size, max_seconds=max_seconds)
        except BaseException:  # an interrupt before the caller's `with`: no lock left held
            conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- reads -------------------------------------------------------------------------------

    def stats(self) -> dict:
        """Counts only, in a fixed order: the same store always gives the same numbers."""
        c = self.conn
        count = lambda sql: c.scalar(sql) or 0  # noqa: E731
        rejected = {reason: n for reason, n in c.all(
            "SELECT reason, count(*) FROM rejected GROUP BY reason ORDER BY reason")}
        documents = count("SELECT count(*) FROM documents")
        clustered = count("SELECT count(*) FROM documents WHERE cluster_id IS NOT NULL")
        return {
            "documents": documents,
            "coded": count("SELECT count(*) FROM documents WHERE status = 'coded'"),
            "rejected": sum(rejected.values()),
            "rejected_by_reason": rejected,
            "languages": {lang: n for lang, n in c.all(
                "SELECT coalesce(language, 'unknown'), count(*) FROM documents"
                " GROUP BY coalesce(language, 'unknown') ORDER BY 1")},
            "clusters": count("SELECT count(DISTINCT cluster_id) FROM documents"
                              " WHERE cluster_id IS NOT NULL"),
            "duplicates": clustered - count("SELECT count(DISTINCT cluster_id) FROM documents"
                                            " WHERE cluster_id IS NOT NULL"),
            "events": count("SELECT count(*) FROM events WHERE mention_of IS NULL"),
            "event_mentions": count("SELECT count(*) FROM events"),
            "quotes": count("SELECT count(*) FROM quotes"),
            "attributions": count("SELECT count(*) FROM attributions"),
            "entities": count("SELECT count(*) FROM entities"),
            "actors": count("SELECT count(*) FROM actors"),
        }

    def document(self, doc_id: str) -> dict | None:
        """The stored contract record of one document, with its status, cluster and rejection."""
        row = self.conn.one("SELECT record, status, cluster_id FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            return None
        record = json.loads(row[0])
        record["status"] = row[1]
        record["cluster"] = row[2]
        rej = self.conn.one("SELECT reason FROM rejected WHERE document_id = ?", (doc_id,))
        record["rejected"] = rej[0] if rej else None
        return record

    def iter_records(self, batch: int = 500):
        """Every stored record in id order, streamed (for exports of large stores)."""
        last = ""
        while True:
            rows = self.conn.all("SELECT id, record FROM documents WHERE id > ? ORDER BY id LIMIT ?",
                                 (last, batch))
            if not rows:
                return
            for doc_id, record in rows:
                yield json.loads(record)
            last = rows[-1][0]

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table in a fixed order (tests compare stores with it)."""
        tables = ["documents", "rejected", "clusters", "minhashes", "actors", "entities", "events",
                  "quotes", "attributions", "migrations", "consolidation"]
        out = {t: [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                   for row in self.conn.all(f"SELECT * FROM {t} ORDER BY 1, 2")]
               for t in tables}
        if self.conn.dialect == "sqlite":
            out["documents_fts"] = self.conn.all("SELECT * FROM documents_fts ORDER BY 1")
            out["quotes_fts"] = self.conn.all("SELECT * FROM quotes_fts ORDER BY 1, 2")
        return out
