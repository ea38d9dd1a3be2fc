"""Local inputs → RawDocument: plain text, HTML, JSON Lines files, and standard input.

A file that cannot be read still yields a RawDocument carrying an ``error`` (a ``Rejection`` with its
named reason), so the output keeps one record per input document, in input order.

Every byte stream is capped where it enters, before it is read whole: a text or HTML file and a
JSON Lines line at ``MAX_DOCUMENT_BYTES``, a ``.json`` file at ``MAX_JSON_BYTES``, standard input as
one document at ``MAX_DOCUMENT_BYTES``, decompressed gzip (every member) at the callers' limit.
"""

from __future__ import annotations

import codecs
import datetime
import json
import sys
import zlib
from pathlib import Path
from typing import IO, BinaryIO, Iterable, Iterator

from tidings.errors import TidingsError
from tidings.model import RawDocument, Reason, Rejection, scrub

MAX_DECOMPRESSED = 50 * 1024 * 1024  # in memory; the sitemaps.org limit for one file
MAX_DECOMPRESSED_FILE = 1024 ** 3  # streamed to disk: a compressed corpus never expands past this
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_FIELDS = ("id", "text", "html", "url", "title", "published")
# One document (a text or HTML file, a JSON Lines line, standard input) larger than this is refused
# unread: the same cap as a fetched page (FetchPolicy.max_bytes); the pipeline's own cap on the
# cleaned text (pipeline.MAX_CHARS) is lower still.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
# A .json file is parsed whole (Python objects take several times the bytes): larger collections
# belong in JSON Lines, which stream.
MAX_JSON_BYTES = 50 * 1024 * 1024
READ_CHUNK = 1 << 20


class SourceError(TidingsError, ValueError):
    """A source that cannot be read, with its named reason."""

    def __init__(self, reason: Reason, detail: str):
        self.rejection = Rejection(reason, detail)
        super().__init__(str(self.rejection))

    @property
    def reason(self) -> Reason:
        return self.rejection.reason


def _inflate(blocks: Iterable[bytes], limit: int, chunk: int) -> Iterator[bytes]:
    """Decompressed output of gzip data given in blocks: every member (``cat a.gz b.gz``, bgzip),
    never more than ``limit`` bytes in all. SourceError ``too_large`` / ``unreadable``."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    size = 0
    started = False  # inside a member: its end must come before the data does
    try:
        for block in blocks:
            pending = block
            while pending:
                if inflater.eof:  # the next member starts in what the last one left over
                    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                started = True
                data = inflater.decompress(pending, chunk)
                while True:
                    size += len(data)
                    if size > limit:
                        raise SourceError(Reason.TOO_LARGE,
                                          f"decompresses past the cap of {limit} bytes")
                    if data:
                        yield data
                    if inflater.eof or not inflater.unconsumed_tail:
                        break
                    data = inflater.decompress(inflater.unconsumed_tail, chunk)
                pending = inflater.unused_data if inflater.eof else b""
                if inflater.eof and not pending.strip(b"\x00"):
                    pending = b""  # NUL padding after the last member (tar-like writers) is no member
    except zlib.error as exc:
        raise SourceError(Reason.UNREADABLE, f"bad gzip data: {exc}") from None
    if not started or not inflater.eof:
        raise SourceError(Reason.UNREADABLE, "truncated gzip data")


def gunzip(data: bytes, limit: int = MAX_DECOMPRESSED, chunk: int = 1 << 20) -> bytes:
    """Decompress gzip data (every member) in memory, never holding more than ``limit`` bytes."""
    return b"".join(_inflate([data], limit, chunk))


def gunzip_to(source: Path, target: Path, limit: int = MAX_DECOMPRESSED_FILE, chunk: int = 1 << 20) -> None:
    """Stream-decompress a gzip file (every member) to ``target`` in bounded memory."""
    with source.open("rb") as src, target.open("wb") as out:
        for data in _inflate(iter(lambda: src.read(chunk), b""), limit, chunk):
            out.write(data)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: same start
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def _nul_pattern(head: bytes) -> str | None:
    """UTF-16/32 without a BOM: text in those has NULs at fixed places of every code unit."""
    if len(head) < 8:
        return None
    for width, name in ((4, "utf-32"), (2, "utf-16")):
        units = [head[i:i + width] for i in range(0, len(head) - len(head) % width, width)]
        for order, zeros in (("le", slice(1, width)), ("be", slice(0, width - 1))):
            if sum(1 for u in units if not u[zeros].strip(b"\x00") and u.strip(b"\x00")) >= 0.9 * len(units):
                return f"{name}-{order}"
    return None


def guess_encoding(data: bytes) -> str:
    """The encoding of a text file: a BOM, the NUL pattern of UTF-16/32, UTF-8, else cp1252 (what
    'latin-1' means on the web: its C1 controls are never meant) or latin-1. SourceError ``binary``."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    head = data[:8192]
    if b"\x00" in head:
        found = _nul_pattern(head)
        if found is None:
            raise SourceError(Reason.BINARY, "binary content (NUL bytes), not a text document")
        return found
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # a cut at the end of a long text: the last character is replaced
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: not cp1252


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding guessed); refuse binary content rather than coding garbage."""
    encoding = guess_encoding(data)
    text = data.decode(encoding, errors="replace")
    if encoding in ("cp1252", "latin-1"):
        # any byte decodes in these; a high share of control characters means it was not text at all
        controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > len(text[:8192]) * 0.05:
            raise SourceError(Reason.BINARY, "binary content, not a text document")
    return text, encoding


def valid_date(value: str | None) -> str | None:
    """A YYYY-MM-DD date that exists; else None (a given date of 2024-13-45 is no date)."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 else None
    except ValueError:
        return None


def read_line(stream, limit: int):
    """One line of at most ``limit`` bytes: (line, whole). A longer line is skipped to its end in
    bounded chunks and comes back as (its first bytes, False): never held in memory whole."""
    line = stream.readline(limit + 1)
    newline = b"\n" if isinstance(line, bytes) else "\n"
    if len(line) <= limit or line.endswith(newline):
        return line, True
    while True:
        rest = stream.readline(READ_CHUNK)
        if not rest or rest.endswith(newline):
            return line[:64], False


def lines_of(stream, limit: int = MAX_DOCUMENT_BYTES) -> Iterator[tuple]:
    """(line, whole) for every line of a stream, each read under ``limit`` (see ``read_line``);
    lines already in memory (a list of strings) are judged by their length."""
    if not hasattr(stream, "readline"):
        yield from ((line, True) if len(line) <= limit else (line[:64], False) for line in stream)
        return
    while True:
        line, whole = read_line(stream, limit)
        if not line:
            return
        yield line, whole


def from_jsonl(stream: BinaryIO | IO[str], name: str, limit: int = MAX_DOCUMENT_BYTES,
               lines: Iterable[tuple] | None = None) -> Iterator[RawDocument]:
    """Documents of a JSON Lines stream (bytes decoded line by line as UTF-8, or text)."""
    for lineno, (line, whole) in enumerate(lines if lines is not None else lines_of(stream, limit), 1):
        doc_id = f"{name}:{lineno}"
        if not whole:
            yield RawDocument(id=doc_id, error=Rejection(
                Reason.TOO_LARGE, f"line {lineno} is longer than {limit} bytes (the limit for one "
                                  "document); skipped unread"))
            continue
        if isinstance(line, bytes):
            line = line.decode("utf-8-sig" if lineno == 1 else "utf-8", errors="replace")
        if not line.strip():
            continue
        yield from_json_text(line, doc_id, f"line {lineno}")


def from_json_text(text: str, doc_id: str, where: str) -> RawDocument:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return RawDocument(id=doc_id, error=Rejection(Reason.MALFORMED_JSON,
                                                      f"malformed JSON on {where}: {exc.msg}"))
    except RecursionError:
        return RawDocument(id=doc_id, error=Rejection(Reason.MALFORMED_JSON,
                                                      f"JSON on {where} is nested too deeply"))
    if not isinstance(record, dict):
        return RawDocument(id=doc_id, error=Rejection(Reason.MALFORMED_JSON,
                                                      f"{where} is not a JSON object"))
    return from_record(record, doc_id)


def from_record(record: dict, fallback_id: str) -> RawDocument:
    """A JSON object with ``text`` or ``html`` (and optional id, url, title, published)."""
    fields = {k: record.get(k) for k in TEXT_FIELDS}
    given = fields["id"]
    if given in (None, ""):
        doc_id = fallback_id
    elif isinstance(given, str) or (isinstance(given, int) and not isinstance(given, bool)):
        doc_id = scrub(str(given))
    else:  # an object, list, boolean or float (1e400 is inf) is no id: never a Python repr
        return RawDocument(id=fallback_id, error=Rejection(
            Reason.MALFORMED_JSON, f"field 'id' must be a string or an integer, not "
                                   f"{type(given).__name__}"))
    for key, value in fields.items():
        if key != "id" and value is not None and not isinstance(value, str):
            return RawDocument(id=doc_id, error=Rejection(Reason.MALFORMED_JSON,
                                                          f"field {key!r} must be a string"))
    text, html, url, title = (scrub(fields[k]) if fields[k] else fields[k]
                              for k in ("text", "html", "url", "title"))
    if not text and not html:
        return RawDocument(id=doc_id, url=url, error=Rejection(Reason.EMPTY, "no 'text' or 'html' field"))
    return RawDocument(id=doc_id, text=text, html=html, url=url, title=title,
                       published=valid_date(fields["published"]))


def from_text(text: str, doc_id: str, as_html: bool | None = None) -> RawDocument:
    if as_html is None:
        as_html = looks_like_html(text)
    return RawDocument(id=doc_id, html=text) if as_html else RawDocument(id=doc_id, text=text)


def read_path(path: Path, name: str | None = None) -> Iterator[RawDocument]:
    """The documents of one file; ``name`` is its id (default: the file name)."""
    name = scrub(name or path.name)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES and path.is_file():
            # JSON Lines stream line by line: a corpus file is never held in memory whole
            with path.open("rb") as stream:
                yield from from_jsonl(stream, name)
            return
        size = path.stat().st_size
        limit = MAX_JSON_BYTES if suffix == ".json" else MAX_DOCUMENT_BYTES
        if size > limit and path.is_file():
            yield RawDocument(id=name, error=Rejection(
                Reason.TOO_LARGE, f"{path} has {size} bytes (limit {limit} for one "
                                  f"{'JSON file' if suffix == '.json' else 'document'}); refused unread"))
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield RawDocument(id=name, error=Rejection(Reason.NOT_FOUND, f"no such file: {path}"))
        return
    except IsADirectoryError:
        yield RawDocument(id=name, error=Rejection(Reason.UNREADABLE, f"is a directory: {path}"))
        return
    except OSError as exc:
        yield RawDocument(id=name, error=Rejection(Reason.UNREADABLE, f"cannot read {path}: {exc.strerror}"))
        return
    try:
        text, encoding = decode(data)
    except SourceError as exc:
        yield RawDocument(id=name, error=Rejection(exc.rejection.reason, f"{exc.rejection.detail}: {path}"))
        return
    if suffix in JSONL_SUFFIXES:  # not a regular file (a pipe): read whole above, under the cap
        yield from from_jsonl(None, name, lines=((line, True) for line in text.splitlines()))
    elif suffix == ".json":
        yield from read_json(text, name)
    else:
        doc = from_text(text, name, as_html=True if suffix in HTML_SUFFIXES else None)
        doc.encoding = encoding
        yield doc


def read_json(text: str, name: str) -> Iterator[RawDocument]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RawDocument(id=name, error=Rejection(Reason.MALFORMED_JSON,
                                                   f"malformed JSON: {exc.msg} (line {exc.lineno})"))
        return
    except RecursionError:
        yield RawDocument(id=name, error=Rejection(Reason.MALFORMED_JSON, "JSON nested too deeply"))
        return
    records = value if isinstance(value, list) else [value]
    for i, record in enumerate(records, 1):
        if isinstance(record, dict):
            yield from_record(record, f"{name}:{i}" if len(records) > 1 else name)
        else:
            yield RawDocument(id=f"{name}:{i}", error=Rejection(Reason.MALFORMED_JSON,
                                                                f"item {i} is not a JSON object"))


def read_stdin(stream: IO | None = None) -> Iterator[RawDocument]:
    """Standard input: JSON Lines when the first non-blank character is '{', else one document
    (refused past ``MAX_DOCUMENT_BYTES`` without reading the rest)."""
    import itertools

    stream = stream if stream is not None else getattr(sys.stdin, "buffer", sys.stdin)
    lines = lines_of(stream)
    head = []
    for line, whole in lines:  # blank lines before the first text are skipped
        head.append((line, whole))
        if not whole or line.strip():
            break
    first, whole = head[-1] if head else (b"", True)
    start = first.encode("utf-8") if isinstance(first, str) else first
    if start.lstrip().lstrip(codecs.BOM_UTF8).startswith(b"{"):
        yield from from_jsonl(stream, "stdin", lines=itertools.chain(head, lines))
        return
    too_large = RawDocument(id="stdin", error=Rejection(
        Reason.TOO_LARGE, f"standard input is longer than {MAX_DOCUMENT_BYTES} bytes (the limit "
                          "for one document); refused unread"))
    if not whole:
        yield too_large
        return
    data = first[:0].join(line for line, _ in head)
    data += stream.read(MAX_DOCUMENT_BYTES + 1 - len(data))
    if len(data) > MAX_DOCUMENT_BYTES:
        yield too_large
        return
    if isinstance(data, str):
        yield from_text(data, "stdin")
        return
    try:
        text, encoding = decode(data)
    except SourceError as exc:
        yield RawDocument(id="stdin", error=exc.rejection)
        return
    doc = from_text(text, "stdin")
    doc.encoding = encoding
    yield doc
