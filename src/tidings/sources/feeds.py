"""RSS/Atom feeds → the items they list (feedparser, with the XML checked by defusedxml first).

feedparser expands entities declared in a feed's DTD through the standard SAX parser; a feed with
entity declarations ("billion laughs") or external references is refused before it gets there.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from tidings.model import Reason
from tidings.sources.files import SourceError

log = logging.getLogger(__name__)

MAX_ITEMS = 10_000  # far beyond any real feed; bounds the pages one feed can make us fetch


class UnsafeXML(SourceError):
    def __init__(self, detail: str):
        super().__init__(Reason.UNSAFE_XML, detail)


@dataclass
class FeedItem:
    url: str | None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    guid: str | None = None
    content: str | None = None    # the item's own text or HTML, when the feed carries it


def check_xml(data: bytes) -> None:
    """Refuse XML with entity declarations or external references; ignore plain malformation
    (feedparser's lenient parser handles broken feeds and does not expand entities)."""
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXML(f"refused XML with {type(exc).__name__}") from None
    except LookupError as exc:  # expat's answer to an encoding it does not know
        raise SourceError(Reason.UNREADABLE, f"unknown XML encoding ({exc})") from None
    except (ParseError, ValueError):
        pass


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def parse_feed(data: bytes, base_url: str | None = None) -> tuple[dict, list[FeedItem]]:
    """(feed metadata, items in feed order). Raises UnsafeXML or ValueError for a non-feed."""
    check_xml(data)
    import feedparser  # here, not at the top: 30 ms of every start-up otherwise

    parsed = feedparser.parse(data, response_headers={"content-location": base_url} if base_url else None,
                              resolve_relative_uris=True, sanitize_html=True)
    if not parsed.entries and not parsed.feed:
        raise ValueError("not an RSS or Atom feed")
    items = []
    if len(parsed.entries) > MAX_ITEMS:
        log.warning("feed has %d items; only the first %d are read", len(parsed.entries), MAX_ITEMS)
    for entry in parsed.entries[:MAX_ITEMS]:
        content = None
        if entry.get("content"):
            content = entry["content"][0].get("value")
        elif entry.get("summary"):
            content = entry.get("summary")
        items.append(FeedItem(url=entry.get("link"), title=entry.get("title"), published=_date(entry),
                              guid=entry.get("id") or entry.get("link"), content=content))
    meta = {"title": parsed.feed.get("title"), "link": parsed.feed.get("link")}
    return meta, items
