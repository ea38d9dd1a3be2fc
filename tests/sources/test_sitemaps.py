"""News sitemaps and sitemap indexes from a local HTTP server."""

from __future__ import annotations

import gzip

import pytest

from tidings.model import Reason
from tidings.sources.files import SourceError

from tests.sources.conftest import LOCAL_POLICY
from tests.store import httpserver
from tidings.sources.sitemaps import parse_sitemap
from tidings.sources.web import read_inputs


POLICY = LOCAL_POLICY


def test_news_sitemap(server):
    docs = list(read_inputs([server.base + "/sitemap-news.xml"], policy=POLICY))
    assert [d.id for d in docs] == [server.base + "/articles/21.html", server.base + "/articles/22.html"]
    assert docs[0].title == "Sitemap story 21" and docs[0].published == "2024-05-04"
    assert docs[1].published is None and all(d.error is None for d in docs)


def test_sitemap_index_followed(server):
    docs = list(read_inputs([server.base + "/sitemap-index.xml"], policy=POLICY))
    assert len(docs) == 2 and docs[1].id.endswith("/articles/22.html")


def test_gzipped_and_unsafe_sitemaps():
    data = httpserver.SITEMAP.format(base="http://h").encode()
    entries = parse_sitemap(gzip.compress(data))
    assert [e.url for e in entries] == ["http://h/articles/21.html", "http://h/articles/22.html"]
    bomb = httpserver.BOMB.replace("<rss", "<urlset").encode()
    with pytest.raises(SourceError) as refused:
        parse_sitemap(bomb)
    assert refused.value.rejection.reason == Reason.UNSAFE_XML
    with pytest.raises(ValueError, match="not a sitemap"):
        parse_sitemap(b"<html><body>no</body></html>")
