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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from tidings.model import RawDocument, Reason, Rejection, scrub
from tidings.sources.files import SourceError, gunzip_to, read_path, read_stdin
from tidings.sources.feeds import looks_like_feed, parse_feed
from tidings.sources.fetch import Fetcher, FetchError, FetchPolicy
from tidings.sources.sitemaps import looks_like_sitemap, parse_sitemap
from tidings.sources.warc import is_warc, read_warc

log = logging.getLogger(__name__)

DOC_SUFFIXES = {".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".gz", ".warc"}
LIST_SUFFIXES = {".list", ".urls"}
XML_SUFFIXES = {".rss", ".atom", ".xml"}
MAX_SITEMAP_DEPTH = 3
MAX_LIST_DEPTH = 5
# Pages fetched for the items of feeds and sitemaps in one run: past this, a source yields one
# fetch_limit rejection and stops (an index of indexes cannot multiply the fetches without bound).
MAX_ITEM_FETCHES = 20_000


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


@dataclass
class Run:
    """What one read of many sources shares: the fetcher (made on first need), the sitemaps already
    read (an index listing itself, or two indexes listing each other, is read once), the item pages
    already fetched, and the count of item fetches against ``MAX_ITEM_FETCHES``."""

    make_fetcher: Callable[[], Fetcher]
    sitemaps_read: set[str] = field(default_factory=set)
    items_fetched: set[str] = field(default_factory=set)
    max_item_fetches: int = MAX_ITEM_FETCHES

    @property
    def fetcher(self) -> Fetcher:
        return self.make_fetcher()

    def may_fetch_item(self) -> bool:
        return len(self.items_fetched) + len(self.sitemaps_read) < self.max_item_fetches


def read_inputs(specs: Iterable[str], default_date: str | None = None, *,
                fetcher: Fetcher | None = None, policy: FetchPolicy | None = None,
                max_item_fetches: int = MAX_ITEM_FETCHES) -> Iterator[RawDocument]:
    """RawDocuments from every spec, in order. A fetcher is made (and closed) only if needed."""
    own = None

    def get_fetcher() -> Fetcher:
        nonlocal own, fetcher
        if fetcher is None:
            own = fetcher = Fetcher(policy)
        return fetcher

    run = Run(get_fetcher, max_item_fetches=max_item_fetches)
    try:
        for spec in specs:
            for doc in _read(str(spec), run, 0):
                if default_date and not doc.published:
                    doc.published = default_date
                yield doc
    finally:
        if own is not None:
            own.close()


def _rejected(doc_id: str, reason: Reason, detail: str, **fields) -> RawDocument:
    return RawDocument(id=scrub(doc_id), error=Rejection(reason, detail), **fields)


def _glob_base(spec: str) -> Path:
    """The folder a glob pattern is rooted at (its parts before the first wildcard)."""
    parts = []
    for part in Path(spec).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def _read(spec: str, run: Run, depth: int, name: str | None = None,
          root: Path | None = None) -> Iterator[RawDocument]:
    """Documents of one spec. ``name`` is the id of a file (default: its file name; inside a
    directory, its path relative to the directory); ``root``, when given (the folder of a source
    list), is the folder no file may resolve outside of, symlinks included."""
    if is_url(spec):
        yield from read_url(spec, run)
        return
    if spec == "-":
        yield from read_stdin()
        return
    if spec.startswith("@"):
        yield from read_list(Path(spec[1:]), run, depth)
        return
    path = Path(spec)
    if not path.exists() and glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield _rejected(spec, Reason.NOT_FOUND, f"no file matches {spec}")
        base = _glob_base(spec)
        for match in matches:
            yield from _read(match, run, depth, _relative(Path(match), base), root)
        return
    if root is not None and not path.resolve().is_relative_to(root):
        yield _rejected(name or path.name, Reason.FORBIDDEN_PATH,
                        f"{path} resolves outside the folder of its source list ({root})")
        return
    if path.is_dir():
        found = False
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if _is_document(child):
                found = True
                # ids relative to the folder given: 2023/article.txt and 2024/article.txt stay two
                yield from _read(str(child), run, depth, _relative(child, path), root)
        if not found:
            yield _rejected(name or path.name, Reason.EMPTY, f"no documents in directory {path}")
        return
    name = name or path.name
    suffix = path.suffix.lower()
    if suffix in LIST_SUFFIXES:
        yield from read_list(path, run, depth)
    elif is_warc(path):
        yield from read_warc(path, name)
    elif suffix == ".gz":
        yield from read_gzip(path, run, name)
    elif suffix in XML_SUFFIXES:
        yield from read_xml_file(path, run, name)
    else:
        yield from read_path(path, name)


def _relative(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.name


def _is_document(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith("."):
        return False
    return path.suffix.lower() in DOC_SUFFIXES | XML_SUFFIXES or name.endswith(".warc.gz")


def read_list(path: Path, run: Run, depth: int) -> Iterator[RawDocument]:
    """A file listing sources, one a line; relative paths are relative to the list file, and a
    file's id is its path as written there."""
    if depth >= MAX_LIST_DEPTH:
        yield _rejected(path.name, Reason.UNREADABLE,
                        f"source lists nested deeper than {MAX_LIST_DEPTH} at {path}")
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield _rejected(path.name, Reason.NOT_FOUND, f"cannot read source list {path}: {exc}")
        return
    folder = path.parent.resolve()
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            yield from _read(line, run, depth + 1)
            continue
        local = (path.parent / line).resolve()
        # a list may name files in its own folder tree only: no '../', absolute or symlink escapes
        if not local.is_relative_to(folder):
            yield _rejected(line, Reason.FORBIDDEN_PATH,
                            f"{line!r} is outside the folder of the source list {path}")
            continue
        yield from _read(str(path.parent / line), run, depth + 1,
                         Path(line).as_posix().removeprefix("./"), folder)


def read_gzip(path: Path, run: Run, name: str | None = None) -> Iterator[RawDocument]:
    """A compressed file: decompressed to a temporary name with the inner suffix, then read."""
    import tempfile

    name = name or path.name
    inner = Path(path.stem)  # "a.jsonl.gz" → "a.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / inner.name
        try:
            gunzip_to(path, target)
        except OSError as exc:
            yield _rejected(name, Reason.NOT_FOUND, f"cannot read {path}: {exc.strerror}")
            return
        except SourceError as exc:
            yield _rejected(name, exc.rejection.reason, f"{exc.rejection.detail} ({path})")
            return
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        for doc in _read(str(target), run, 0, inner_name):
            # ids and error messages name the archive the user gave, not the temporary file
            if doc.error and str(target) in doc.error.detail:
                doc.error = Rejection(doc.error.reason, doc.error.detail.replace(str(target), str(path)))
            yield doc


def read_xml_file(path: Path, run: Run, name: str | None = None) -> Iterator[RawDocument]:
    name = name or path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _rejected(name, Reason.NOT_FOUND, f"cannot read {path}: {exc.strerror}")
        return
    if looks_like_sitemap(data):
        yield from _sitemap_items(data, name, run, 0)
    elif looks_like_feed(data):
        yield from _feed_items(data, name, None, run)
    else:
        yield from read_path(path, name)


def read_url(url: str, run: Run) -> Iterator[RawDocument]:
    """A page, or every item of a feed or sitemap at ``url``."""
    try:
        resp = run.fetcher.get(url)
    except FetchError as exc:
        yield RawDocument(id=url, url=url, error=exc.rejection)
        return
    if resp.status >= 400:
        yield _rejected(url, Reason.HTTP_ERROR, f"HTTP {resp.status} for {url}", url=url)
        return
    data = resp.content
    if looks_like_sitemap(data) or "sitemap" in resp.content_type:
        run.sitemaps_read.add(url)
        yield from _sitemap_items(data, url, run, 0)
    elif looks_like_feed(data) or resp.content_type in ("application/rss+xml", "application/atom+xml"):
        yield from _feed_items(data, url, resp.url, run)
    else:
        yield page_document(url, resp)


def page_document(url: str, resp, title: str | None = None, published: str | None = None
                  ) -> RawDocument:
    ctype = resp.content_type
    if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
        return _rejected(url, Reason.NOT_HTML, f"{url} is {ctype}", url=resp.url)
    text = resp.text()
    if ctype == "text/plain":
        return RawDocument(id=url, text=text, url=resp.url, title=title, published=published)
    return RawDocument(id=url, html=text, url=resp.url, title=title, published=published)


def fetch_page(url: str, fetcher: Fetcher, title: str | None = None, published: str | None = None
               ) -> RawDocument:
    try:
        resp = fetcher.get(url)
    except FetchError as exc:
        return RawDocument(id=url, url=url, error=exc.rejection)
    if resp.status >= 400:
        return _rejected(url, Reason.HTTP_ERROR, f"HTTP {resp.status} for {url}", url=url)
    return page_document(url, resp, title, published)


def _item_budget(run: Run, url: str, source: str) -> RawDocument | None | bool:
    """Whether an item page may be fetched: True, False (already fetched in this run: skipped),
    or a fetch_limit rejection once the run's budget is spent."""
    if url in run.items_fetched:
        log.info("%s lists %s again: already read in this run", source, url)
        return False
    if not run.may_fetch_item():
        return _rejected(f"{source}#fetch_limit", Reason.FETCH_LIMIT,
                         f"{source}: the run already fetched {run.max_item_fetches} pages from feeds "
                         "and sitemaps; the rest of its items are not fetched")
    run.items_fetched.add(url)
    return True


def _feed_items(data: bytes, name: str, base_url: str | None, run: Run) -> Iterator[RawDocument]:
    try:
        _meta, items = parse_feed(data, base_url)
    except SourceError as exc:
        yield _rejected(name, exc.rejection.reason, f"{name}: {exc.rejection.detail}")
        return
    except ValueError as exc:
        yield _rejected(name, Reason.UNREADABLE, f"{name}: {exc}")
        return
    for item in items:
        if item.url:
            allowed = _item_budget(run, item.url, name)
            if allowed is False:
                continue
            if isinstance(allowed, RawDocument):
                yield allowed
                return
        yield item_document(item, run.fetcher)


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
    return _rejected(item.guid or item.title or "feed-item", Reason.EMPTY,
                     "feed item without link or content")


def _sitemap_items(data: bytes, name: str, run: Run, depth: int) -> Iterator[RawDocument]:
    try:
        entries = parse_sitemap(data)
    except SourceError as exc:
        yield _rejected(name, exc.rejection.reason, f"{name}: {exc.rejection.detail}")
        return
    except ValueError as exc:
        yield _rejected(name, Reason.UNREADABLE, f"{name}: {exc}")
        return
    for entry in entries:
        if entry.is_sitemap:
            if entry.url in run.sitemaps_read:
                log.info("sitemap %s listed again (a loop): read once", entry.url)
                continue
            if depth + 1 > MAX_SITEMAP_DEPTH:
                yield _rejected(entry.url, Reason.UNREADABLE,
                                f"sitemap index nested deeper than {MAX_SITEMAP_DEPTH}")
                continue
            if not run.may_fetch_item():
                yield _rejected(f"{name}#fetch_limit", Reason.FETCH_LIMIT,
                                f"{name}: the run already fetched {run.max_item_fetches} pages and "
                                "sitemaps from feeds and sitemaps; the rest are not fetched")
                return
            run.sitemaps_read.add(entry.url)
            try:
                resp = run.fetcher.get(entry.url)
            except FetchError as exc:
                yield RawDocument(id=entry.url, url=entry.url, error=exc.rejection)
                continue
            yield from _sitemap_items(resp.content, entry.url, run, depth + 1)
        else:
            allowed = _item_budget(run, entry.url, name)
            if allowed is False:
                continue
            if isinstance(allowed, RawDocument):
                yield allowed
                return
            yield fetch_page(entry.url, run.fetcher, entry.title, entry.published)
