"""Sources: everything that turns an outside input into RawDocuments.

``read_sources(specs, default_date=None, *, policy=None)`` is the one entry point: files, directories,
globs, JSON Lines, HTML, web archives, source lists, standard input (``-``), and http(s) pages, feeds
and sitemaps fetched under a ``FetchPolicy`` (see ``tidings.sources.web`` for the dispatch).
"""

from tidings.sources.web import read_inputs as read_sources

__all__ = ["read_sources"]
