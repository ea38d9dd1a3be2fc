"""Every kind of source behind one call: ``read_inputs(specs)`` → RawDocuments, in order.

A spec is one of:
- ``http(s)://…``: a page, an RSS/Atom feed or a news sitemap (told apart by content), fetched with
  the guarded client of ``tidings.sources.fetch``; feed and sitemap items are fetched as pages;
- ``@FILE`` or a ``.list``/``.urls`` file: a file listing sources, one a line (``#`` comments);
- a directory (walked in sorted order) or a glob pattern;
- ``.warc`` / ``.warc.gz`` web archives;
- ``.gz`` compressed files, read as the file inside;
- ``.rss``/``.atom``/``.xml`` files holding a feed or sitemap;
- anything else: the file readers of ``tidings.sources.files`` (text, HTML, JSON Lines, JSON, ``-``).

A source that fails still yields a RawDocument with ``error`` = "<reason>: <message>", so it is
stored and counted as rejected with that reason.
"""

from __future__ import annotations

import glob
import logging
from pathlib import Path
from typing import Iterable, Iterator

from tidings.model import RawDocument
from tidings.sources.files import gunzip_to, read_path, read_stdin
from tidings.sources.feeds import UnsafeXML, looks_like_feed, parse_feed
from tidings.sources.fetch import Fetcher, FetchError, FetchPolicy
from tidings.sources.sitemaps import looks_like_sitemap, parse_sitemap
from tidings.sources.warc import is_warc, read_warc

log = logging.getLogger(__name__)

DOC_SUFFIXES = {".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".gz", ".warc"}
LIST_SUFFIXES = {".list", ".urls"}
XML_SUFFIXES = {".rss", ".atom", ".xml"}
MAX_SITEMAP_DEPTH = 3
MAX_LIST_DEPTH = 5


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def read_inputs(specs: Iterable[str], default_date: str | None = None, *,
                fetcher: Fetcher | None = None, policy: FetchPolicy | None = None
                ) -> Iterator[RawDocument]:
    """RawDocuments from every spec, in order. A fetcher is made (and closed) only if needed."""
    own = None

    def get_fetcher() -> Fetcher:
        nonlocal own, fetcher
        if fetcher is None:
            own = fetcher = Fetcher(policy)
        return fetcher

    try:
        for spec in specs:
            for doc in _read(str(spec), get_fetcher, 0):
                if default_date and not doc.published:
                    doc.published = default_date
                yield doc
    finally:
        if own is not None:
            own.close()


def _read(spec: str, get_fetcher, depth: int) -> Iterator[RawDocument]:
    if is_url(spec):
        yield from read_url(spec, get_fetcher())
        return
    if spec == "-":
        yield from read_stdin()
        return
    if spec.startswith("@"):
        yield from read_list(Path(spec[1:]), get_fetcher, depth)
        return
    path = Path(spec)
    if not path.exists() and glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield RawDocument(id=spec, error=f"not_found: no file matches {spec}")
        for match in matches:
            yield from _read(match, get_fetcher, depth)
        return
    if path.is_dir():
        found = False
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if _is_document(child):
                found = True
                yield from _read(str(child), get_fetcher, depth)
        if not found:
            yield RawDocument(id=path.name, error=f"empty: no documents in directory {path}")
        return
    suffix = path.suffix.lower()
    if suffix in LIST_SUFFIXES:
        yield from read_list(path, get_fetcher, depth)
    elif is_warc(path):
        yield from read_warc(path)
    elif suffix == ".gz":
        yield from read_gzip(path, get_fetcher)
    elif suffix in XML_SUFFIXES:
        yield from read_xml_file(path, get_fetcher)
    else:
        yield from read_path(path)


def _is_document(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith("."):
        return False
    return path.suffix.lower() in DOC_SUFFIXES | XML_SUFFIXES or name.endswith(".warc.gz")


def read_list(path: Path, get_fetcher, depth: int) -> Iterator[RawDocument]:
    """A file listing sources, one a line; relative paths are relative to the list file."""
    if depth >= MAX_LIST_DEPTH:
        yield RawDocument(id=path.name, error=f"unreadable: source lists nested deeper than "
                                              f"{MAX_LIST_DEPTH} at {path}")
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield RawDocument(id=path.name, error=f"not_found: cannot read source list {path}: {exc}")
        return
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            local = (path.parent / line).resolve()
            # a list may name files in its own folder tree only: no '../' or absolute escapes
            if not local.is_relative_to(path.parent.resolve()):
                yield RawDocument(id=line, error=f"forbidden_path: {line!r} is outside the folder "
                                                 f"of the source list {path}")
                continue
            line = str(local)
        yield from _read(line, get_fetcher, depth + 1)


def read_gzip(path: Path, get_fetcher) -> Iterator[RawDocument]:
    """A compressed file: decompressed to a temporary name with the inner suffix, then read."""
    import tempfile

    inner = Path(path.stem)  # "a.jsonl.gz" → "a.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / inner.name
        try:
            gunzip_to(path, target)
        except OSError as exc:
            yield RawDocument(id=path.name, error=f"not_found: cannot read {path}: {exc.strerror}")
            return
        except ValueError as exc:
            yield RawDocument(id=path.name, error=f"{exc} ({path})")
            return
        for doc in _read(str(target), get_fetcher, 0):
            # ids and error messages name the archive the user gave, not the temporary file
            if doc.error:
                doc.error = doc.error.replace(str(target), str(path))
            yield doc


def read_xml_file(path: Path, get_fetcher) -> Iterator[RawDocument]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield RawDocument(id=path.name, error=f"not_found: cannot read {path}: {exc.strerror}")
        return
    if looks_like_sitemap(data):
        yield from _sitemap_items(data, path.name, get_fetcher(), 0)
    elif looks_like_feed(data):
        yield from _feed_items(data, path.name, None, get_fetcher())
    else:
        yield from read_path(path)


def read_url(url: str, fetcher: Fetcher) -> Iterator[RawDocument]:
    """A page, or every item of a feed or sitemap at ``url``."""
    try:
        resp = fetcher.get(url)
    except FetchError as exc:
        yield RawDocument(id=url, url=url, error=f"{exc.reason}: {exc}")
        return
    if resp.status >= 400:
        yield RawDocument(id=url, url=url, error=f"http_error: HTTP {resp.status} for {url}")
        return
    data = resp.content
    if looks_like_sitemap(data) or "sitemap" in resp.content_type:
        yield from _sitemap_items(data, url, fetcher, 0)
    elif looks_like_feed(data) or resp.content_type in ("application/rss+xml", "application/atom+xml"):
        yield from _feed_items(data, url, resp.url, fetcher)
    else:
        yield page_document(url, resp)


def page_document(url: str, resp, title: str | None = None, published: str | None = None
                  ) -> RawDocument:
    ctype = resp.content_type
    if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
        return RawDocument(id=url, url=resp.url, error=f"not_html: {url} is {ctype}")
    text = resp.text()
    if ctype == "text/plain":
        return RawDocument(id=url, text=text, url=resp.url, title=title, published=published)
    return RawDocument(id=url, html=text, url=resp.url, title=title, published=published)


def fetch_page(url: str, fetcher: Fetcher, title: str | None = None, published: str | None = None
               ) -> RawDocument:
    try:
        resp = fetcher.get(url)
    except FetchError as exc:
        return RawDocument(id=url, url=url, error=f"{exc.reason}: {exc}")
    if resp.status >= 400:
        return RawDocument(id=url, url=url, error=f"http_error: HTTP {resp.status} for {url}")
    return page_document(url, resp, title, published)


def _feed_items(data: bytes, name: str, base_url: str | None, fetcher: Fetcher) -> Iterator[RawDocument]:
    try:
        _meta, items = parse_feed(data, base_url)
    except UnsafeXML as exc:
        yield RawDocument(id=name, error=str(exc))
        return
    except ValueError as exc:
        yield RawDocument(id=name, error=f"unreadable: {name}: {exc}")
        return
    for item in items:
        yield item_document(item, fetcher)


def item_document(item, fetcher: Fetcher) -> RawDocument:
    """A feed item: its page when it can be fetched, else the text the feed itself carries."""
    if item.url:
        doc = fetch_page(item.url, fetcher, item.title, item.published)
        if not doc.error or not item.content:
            return doc
        log.info("using the feed's own content for %s (%s)", item.url, doc.error)
    if item.content:
        return RawDocument(id=item.url or item.guid or item.title or "feed-item", html=item.content,
                           url=item.url, title=item.title, published=item.published)
    return RawDocument(id=item.guid or item.title or "feed-item", error="empty: feed item without link or content")


def _sitemap_items(data: bytes, name: str, fetcher: Fetcher, depth: int) -> Iterator[RawDocument]:
    try:
        entries = parse_sitemap(data)
    except ValueError as exc:
        msg = str(exc)
        yield RawDocument(id=name, error=msg if msg.startswith("unsafe_xml") else f"unreadable: {name}: {msg}")
        return
    for entry in entries:
        if entry.is_sitemap:
            if depth + 1 > MAX_SITEMAP_DEPTH:
                yield RawDocument(id=entry.url, error=f"unreadable: sitemap index nested deeper "
                                                      f"than {MAX_SITEMAP_DEPTH}")
                continue
            try:
                resp = fetcher.get(entry.url)
            except FetchError as exc:
                yield RawDocument(id=entry.url, url=entry.url, error=f"{exc.reason}: {exc}")
                continue
            yield from _sitemap_items(resp.content, entry.url, fetcher, depth + 1)
        else:
            yield fetch_page(entry.url, fetcher, entry.title, entry.published)
