"""RSS/Atom feeds from a local HTTP server: items fetched as pages; unsafe XML refused."""

from __future__ import annotations

import pytest

from tests.sources.conftest import LOCAL_POLICY
from tests.store import httpserver
from tidings.sources.feeds import UnsafeXML, parse_feed
from tidings.sources.web import read_inputs


POLICY = LOCAL_POLICY


def test_rss_items_become_pages(server):
    docs = list(read_inputs([server.base + "/feed.xml"], policy=POLICY))
    assert [d.id for d in docs] == [server.base + "/articles/1.html", server.base + "/articles/2.html"]
    assert all(d.error is None and "Test story" in d.html for d in docs)
    assert docs[0].title == "Item 1" and docs[0].published == "2024-05-02"


def test_atom_with_fallback_to_feed_content(server):
    docs = list(read_inputs([server.base + "/atom.xml"], policy=POLICY))
    assert docs[0].url == server.base + "/articles/7.html" and docs[0].published == "2024-05-03"
    # the second entry's page is a 404: the text the feed carries is used instead
    assert docs[1].error is None and "feed carries this text" in docs[1].html


def test_billion_laughs_refused(server):
    docs = list(read_inputs([server.base + "/bomb.xml"], policy=POLICY))
    assert len(docs) == 1 and docs[0].error.reason.startswith("unsafe_xml")
    with pytest.raises(UnsafeXML):
        parse_feed(httpserver.BOMB.encode())


def test_local_feed_file(tmp_path, server):
    path = tmp_path / "feed.rss"
    items = httpserver.RSS_ITEM.format(base=server.base, n=4)
    path.write_text(httpserver.RSS.format(base=server.base, items=items), encoding="utf-8")
    docs = list(read_inputs([str(path)], policy=POLICY))
    assert [d.id for d in docs] == [server.base + "/articles/4.html"]


def test_not_a_feed():
    with pytest.raises(ValueError):
        parse_feed(b"plain words, no feed here")


def test_feed_items_are_capped(monkeypatch):
    from tidings.sources import feeds

    monkeypatch.setattr(feeds, "MAX_ITEMS", 5)
    items = "".join(f"<item><title>t{i}</title><link>https://news.example/{i}</link></item>" for i in range(12))
    _, parsed = feeds.parse_feed(f'<rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode())
    assert [i.url for i in parsed] == [f"https://news.example/{i}" for i in range(5)]
