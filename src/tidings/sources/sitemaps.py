"""News sitemaps (and plain sitemaps, and sitemap indexes) → the article URLs they list.

Parsed with defusedxml: entity declarations and external references are refused.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from tidings.model import Reason
from tidings.sources.files import SourceError, gunzip, valid_date

log = logging.getLogger(__name__)

MAX_ENTRIES = 50_000  # the sitemaps.org protocol's limit per file

NS_SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NS_NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass
class SitemapEntry:
    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    is_sitemap: bool = False      # an entry of a sitemap index: another sitemap to read


def looks_like_sitemap(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(data: bytes) -> list[SitemapEntry]:
    """Entries of a sitemap or sitemap index (gzip accepted). Raises ValueError when it is neither."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data)
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise SourceError(Reason.UNSAFE_XML, f"refused sitemap with {type(exc).__name__}") from None
    except ParseError as exc:
        raise ValueError(f"malformed sitemap XML: {exc}") from None
    except LookupError as exc:  # expat's answer to an encoding it does not know
        raise SourceError(Reason.UNREADABLE, f"unknown XML encoding ({exc})") from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (root element <{kind}>)")
    entries = []
    for node in root:
        loc = None
        title = published = None
        for child in node.iter():
            name = _local(child.tag)
            if name == "loc" and loc is None and child.text:
                loc = child.text.strip()
            elif name == "title" and child.text:
                title = child.text.strip()
            elif name == "publication_date" and child.text:
                published = valid_date(child.text.strip()[:10])
            elif name == "lastmod" and child.text and published is None and kind == "urlset":
                pass  # lastmod is when the page changed, not when the news was published
        if loc:
            if len(entries) == MAX_ENTRIES:
                log.warning("sitemap has more than %d entries; the rest are ignored", MAX_ENTRIES)
                break
            entries.append(SitemapEntry(url=loc, title=title, published=published,
                                        is_sitemap=(kind == "sitemapindex")))
    return entries
