"""`tidings watch`: poll feeds, ingest only new items.

New means: the feed changed (conditional GET with ETag / Last-Modified; a 304 costs nothing) and
the item's URL is not already a stored document (seen URLs are the store's own document ids).
Each poll's new items are coded and committed before the next feed is polled, so an item is
queryable seconds after it was fetched.
"""

from __future__ import annotations

import logging
import time
from typing import Iterator

from tidings.sources.feeds import UnsafeXML, parse_feed
from tidings.sources.fetch import Fetcher, FetchError, FetchPolicy
from tidings.sources.web import item_document
from tidings.store.db import Connection
from tidings.jobs.ingest import IngestSummary, ingest
from tidings.store.store import Store

log = logging.getLogger(__name__)


class Watcher:
    def __init__(self, feeds, db, policy: FetchPolicy | None = None, coder=None):
        self.feeds = list(feeds)
        self.db = str(db)
        Store.open(self.db, create=True).close()
        self.fetcher = Fetcher(policy)
        self.coder = coder

    def _state(self, conn: Connection, url: str) -> tuple[str | None, str | None]:
        row = conn.one("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,))
        return (row[0], row[1]) if row else (None, None)

    def _save(self, conn: Connection, url: str, etag, modified, new_items: int) -> None:
        conn.execute("INSERT INTO feeds (url, etag, last_modified, polls, items_seen)"
                     " VALUES (?, ?, ?, 1, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                     " last_modified = excluded.last_modified, polls = feeds.polls + 1,"
                     " items_seen = feeds.items_seen + excluded.items_seen",
                     (url, etag, modified, new_items))

    def new_items(self, conn: Connection, feed_url: str) -> tuple[list, str | None, str | None]:
        """(new items, etag, last-modified) of one feed; [] when unchanged since the last poll."""
        etag, modified = self._state(conn, feed_url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        resp = self.fetcher.get(feed_url, headers=headers)
        if resp.status == 304:
            return [], etag, modified
        if resp.status >= 400:
            raise FetchError("http_error", f"HTTP {resp.status} for {feed_url}")
        _meta, items = parse_feed(resp.content, resp.url)
        fresh = []
        for item in items:
            key = item.url or item.guid
            if key and conn.one("SELECT 1 FROM documents WHERE id = ? OR url = ?", (key, key)) is None:
                fresh.append(item)
        return fresh, resp.headers.get("etag"), resp.headers.get("last-modified")

    def poll(self) -> IngestSummary:
        """One pass over every feed; returns what was ingested."""
        total = IngestSummary()
        conn = Connection.open(self.db)
        try:
            for feed_url in self.feeds:
                try:
                    items, etag, modified = self.new_items(conn, feed_url)
                except (FetchError, UnsafeXML, ValueError) as exc:
                    reason = getattr(exc, "reason", "unreadable")
                    log.warning("feed %s: %s", feed_url, exc)
                    total.read += 1
                    total.rejected[reason if reason else "unreadable"] += 1
                    total.errors.append(f"{feed_url}: {exc}")
                    continue
                if items:
                    # a generator: each page is fetched, coded and stored in one stream
                    raws = (item_document(item, self.fetcher) for item in items)
                    summary = ingest(raws, self.db, coder=self._coder())
                    _merge(total, summary)
                self._save(conn, feed_url, etag, modified, len(items))
        finally:
            conn.close()
        return total

    def _coder(self):
        if self.coder is None:
            from tidings.pipeline import Coder

            self.coder = Coder.load()
        return self.coder

    def run(self, every: float, times: int | None = None) -> Iterator[tuple[int, IngestSummary]]:
        n = 0
        try:
            while times is None or n < times:
                started = time.monotonic()
                n += 1
                yield n, self.poll()
                if times is not None and n >= times:
                    break
                time.sleep(max(0.0, every - (time.monotonic() - started)))
        finally:
            self.fetcher.close()


def _merge(total: IngestSummary, s: IngestSummary) -> None:
    total.read += s.read
    total.coded += s.coded
    total.rejected.update(s.rejected)
    total.unchanged += s.unchanged
    total.duplicates += s.duplicates
    total.events += s.events
    total.quotes += s.quotes
    total.failed += s.failed
    total.errors += s.errors
