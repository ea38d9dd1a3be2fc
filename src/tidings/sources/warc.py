"""Web archives (.warc, .warc.gz, as in Common Crawl News) → RawDocuments via warcio.

Only successful HTML responses are documents; other records (requests, metadata, images,
redirects) are skipped. A damaged archive yields one RawDocument with the error and stops there.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tidings.model import RawDocument

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


def read_warc(path: str | Path) -> Iterator[RawDocument]:
    """One RawDocument per HTML response record, in archive order; id = the record's target URI."""
    name = Path(path).name
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield RawDocument(id=name, error=f"not_found: cannot open {path}: {exc.strerror}")
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
                body = record.content_stream().read()
                count += 1
                doc_id = uri or f"{name}#{count}"
                yield RawDocument(id=doc_id, html=decode_body(body, ctype), url=uri)
            # warcio ends quietly at a truncated last record: bytes left over betray it
            size = os.fstat(stream.fileno()).st_size
            if records.offset < size:
                raise ValueError(f"{size - records.offset} bytes after the last complete record")
        except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError) as exc:
            # AttributeError: warcio's own failure on a response record without WARC-Target-URI
            # truncated downloads are common; keep what was read and say where it stopped
            log.warning("WARC %s damaged after %d documents: %s", path, count, exc)
            yield RawDocument(id=f"{name}#damaged", error=f"unreadable: damaged WARC {name} "
                                                           f"after {count} documents: {exc}")
