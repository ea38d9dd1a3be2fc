"""Web archives (.warc, .warc.gz, as in Common Crawl News) → RawDocuments via warcio.

Only successful HTML responses are documents; other records (requests, metadata, images,
redirects) are skipped. A damaged archive yields one RawDocument with the error and stops there.
A record's body is read in chunks up to ``MAX_DOCUMENT_BYTES``; a larger one is a ``too_large``
rejection, and the rest of it is skipped without being kept.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterator

from tidings.model import RawDocument, Reason, Rejection, scrub
from tidings.sources.files import MAX_DOCUMENT_BYTES, READ_CHUNK

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str | Path) -> bool:
    name = str(path).lower()
    return name.endswith((".warc", ".warc.gz"))


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


def decode_body(body: bytes, content_type: str) -> str:
    for enc in (_charset(content_type), "utf-8"):
        if enc:
            try:
                return body.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")


def read_body(record, limit: int = MAX_DOCUMENT_BYTES) -> bytes | None:
    """The record's content, or None when it is longer than ``limit`` (read no further)."""
    stream = record.content_stream()
    parts, size = [], 0
    while chunk := stream.read(READ_CHUNK):
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


def read_warc(path: str | Path, name: str | None = None) -> Iterator[RawDocument]:
    """One RawDocument per HTML response record, in archive order; id = the record's target URI
    (``name#n`` for a record without one, ``name`` defaulting to the file name)."""
    # imported here: warcio (and the requests it pulls in) cost 40 ms of every start-up otherwise
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = name or Path(path).name
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield RawDocument(id=name, error=Rejection(Reason.NOT_FOUND, f"cannot open {path}: {exc.strerror}"))
        return
    count = 0
    with stream:
        try:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode()
                    if not status or not status.startswith("2"):
                        continue
                    ctype = record.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if not ctype.lower().startswith(HTML_TYPES):
                    continue
                body = read_body(record)
                count += 1
                doc_id = scrub(uri or f"{name}#{count}")
                if body is None:
                    yield RawDocument(id=doc_id, url=uri, error=Rejection(
                        Reason.TOO_LARGE, f"WARC record {count} of {name} is longer than "
                                          f"{MAX_DOCUMENT_BYTES} bytes (the limit for one document)"))
                    continue
                yield RawDocument(id=doc_id, html=decode_body(body, ctype), url=uri)
            # warcio ends quietly at a truncated last record: bytes left over betray it
            size = os.fstat(stream.fileno()).st_size
            if records.offset < size:
                raise ValueError(f"{size - records.offset} bytes after the last complete record")
        except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError) as exc:
            # AttributeError: warcio's own failure on a response record without WARC-Target-URI
            # truncated downloads are common; keep what was read and say where it stopped
            log.warning("WARC %s damaged after %d documents: %s", path, count, exc)
            yield RawDocument(id=f"{name}#damaged", error=Rejection(
                Reason.UNREADABLE, f"damaged WARC {name} after {count} documents: {exc}"))
