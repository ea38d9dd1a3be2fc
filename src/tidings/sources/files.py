"""Local inputs → RawDocument: plain text, HTML, JSON Lines files, and standard input.

A file that cannot be read still yields a RawDocument carrying an ``error``, so the output keeps one
record per input document, in input order. Each error starts with its named reason (``not_found:``,
``binary:``, ``malformed_json:``, ``empty:``, ``too_large:``, ``unreadable:``), the token the store
counts it under.
"""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path
from typing import IO, Iterator

from tidings.model import RawDocument

MAX_DECOMPRESSED = 50 * 1024 * 1024  # in memory; the sitemaps.org limit for one file
MAX_DECOMPRESSED_FILE = 1024 ** 3  # streamed to disk: a compressed corpus never expands past this
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_FIELDS = ("id", "text", "html", "url", "title", "published")
# One document (a text or HTML file, a JSON Lines line) larger than this is refused unread: the
# same cap as a fetched page (FetchPolicy.max_bytes); the pipeline's own cap on the cleaned text
# (pipeline.MAX_CHARS) is lower still. JSON Lines and JSON files hold many documents: no file cap.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def gunzip(data: bytes, limit: int = MAX_DECOMPRESSED, chunk: int = 1 << 20) -> bytes:
    """Decompress gzip data in chunks, never holding more than ``limit`` bytes of output.

    Raises ValueError with a named reason: ``too_large`` past the limit, ``unreadable`` when damaged.
    """
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    parts: list[bytes] = []
    size = 0
    pending = data
    try:
        while pending and not inflater.eof:
            parts.append(inflater.decompress(pending, chunk))
            size += len(parts[-1])
            if size > limit:
                raise ValueError(f"too_large: decompresses past the cap of {limit} bytes")
            pending = inflater.unconsumed_tail
    except zlib.error as exc:
        raise ValueError(f"unreadable: bad gzip data: {exc}") from None
    if not inflater.eof:
        raise ValueError("unreadable: truncated gzip data")
    return b"".join(parts)


def gunzip_to(source: Path, target: Path, limit: int = MAX_DECOMPRESSED_FILE, chunk: int = 1 << 20) -> None:
    """Stream-decompress a gzip file to ``target`` in bounded memory; ValueError as ``gunzip``."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    written = 0
    with source.open("rb") as src, target.open("wb") as out:
        while block := src.read(chunk):
            try:
                data = inflater.decompress(block, chunk)
                while data:
                    written += len(data)
                    if written > limit:
                        raise ValueError(f"too_large: decompresses past the cap of {limit} bytes")
                    out.write(data)
                    data = inflater.decompress(inflater.unconsumed_tail, chunk)
            except zlib.error as exc:
                raise ValueError(f"unreadable: bad gzip data: {exc}") from None
    if not inflater.eof:
        raise ValueError("unreadable: truncated gzip data")


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); refuse binary content rather than coding garbage."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary content (NUL bytes), not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        # latin-1 decodes anything; a high share of control characters means it was not text at all
        controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > len(text[:8192]) * 0.05:
            raise ValueError("binary content, not a text document") from None
        return text


def from_jsonl(stream: IO[str], name: str) -> Iterator[RawDocument]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        doc_id = f"{name}:{lineno}"
        if len(line) > MAX_DOCUMENT_BYTES:
            yield RawDocument(id=doc_id, error=f"too_large: line {lineno} has {len(line)} characters "
                                               f"(limit {MAX_DOCUMENT_BYTES} for one document)")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawDocument(id=doc_id, error=f"malformed_json: malformed JSON on line {lineno}: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield RawDocument(id=doc_id, error=f"malformed_json: line {lineno} is not a JSON object")
            continue
        yield from_record(record, doc_id)


def from_record(record: dict, fallback_id: str) -> RawDocument:
    """A JSON object with ``text`` or ``html`` (and optional id, url, title, published)."""
    fields = {k: record.get(k) for k in TEXT_FIELDS}
    doc_id = str(fields["id"]) if fields["id"] not in (None, "") else fallback_id
    for key, value in fields.items():
        if key != "id" and value is not None and not isinstance(value, str):
            return RawDocument(id=doc_id, error=f"malformed_json: field {key!r} must be a string")
    if not fields["text"] and not fields["html"]:
        return RawDocument(id=doc_id, url=fields["url"], error="empty: no 'text' or 'html' field")
    return RawDocument(id=doc_id, text=fields["text"], html=fields["html"], url=fields["url"],
                       title=fields["title"], published=(fields["published"] or None))


def from_text(text: str, doc_id: str, as_html: bool | None = None) -> RawDocument:
    if as_html is None:
        as_html = looks_like_html(text)
    return RawDocument(id=doc_id, html=text) if as_html else RawDocument(id=doc_id, text=text)


def read_path(path: Path) -> Iterator[RawDocument]:
    name = path.name
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES and path.is_file():
        # JSON Lines stream line by line: a corpus file is never held in memory whole
        try:
            with path.open(encoding="utf-8-sig", errors="replace") as stream:
                yield from from_jsonl(stream, name)
        except OSError as exc:
            yield RawDocument(id=name, error=f"unreadable: cannot read {path}: {exc.strerror}")
        return
    try:
        if suffix not in JSONL_SUFFIXES and suffix != ".json":
            size = path.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                yield RawDocument(id=name, error=f"too_large: {path} has {size} bytes (limit "
                                                 f"{MAX_DOCUMENT_BYTES} for one document)")
                return
        data = path.read_bytes()
    except FileNotFoundError:
        yield RawDocument(id=name, error=f"not_found: no such file: {path}")
        return
    except IsADirectoryError:
        yield RawDocument(id=name, error=f"unreadable: is a directory: {path}")
        return
    except OSError as exc:
        yield RawDocument(id=name, error=f"unreadable: cannot read {path}: {exc.strerror}")
        return
    try:
        text = decode(data)
    except ValueError as exc:
        yield RawDocument(id=name, error=f"binary: {exc}: {path}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from from_jsonl(text.splitlines(), name)
    elif suffix == ".json":
        yield from read_json(text, name)
    else:
        yield from_text(text, name, as_html=True if suffix in HTML_SUFFIXES else None)


def read_json(text: str, name: str) -> Iterator[RawDocument]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RawDocument(id=name, error=f"malformed_json: malformed JSON: {exc.msg} (line {exc.lineno})")
        return
    records = value if isinstance(value, list) else [value]
    for i, record in enumerate(records, 1):
        if isinstance(record, dict):
            yield from_record(record, f"{name}:{i}" if len(records) > 1 else name)
        else:
            yield RawDocument(id=f"{name}:{i}", error=f"malformed_json: item {i} is not a JSON object")


def read_stdin(stream: IO[str] | None = None) -> Iterator[RawDocument]:
    """Standard input: JSON Lines when the first non-blank character is '{', else one document."""
    stream = stream or sys.stdin
    text = stream.read()
    if text.lstrip().startswith("{"):
        yield from from_jsonl(text.splitlines(), "stdin")
    else:
        yield from_text(text, "stdin")
