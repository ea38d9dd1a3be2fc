"""Headline and permalink of a page, read from its markup.

trafilatura falls back on the site's own heading when a page has no Open Graph tags: every Global
Voices page of 2009 came out titled "Global Voices Online", with no URL, though the headline is in
``<title>`` ("Global Voices Online » North Korea: …") and in the post heading, and the permalink in
``<a rel="bookmark">``. Order of trust: Open Graph / Twitter tags, then the ``<title>`` with the
site name cut off (the part that is also a heading on the page wins), then the first heading that
is not the site name. URL: ``<link rel="canonical">``, ``og:url``, then the bookmark link of the
headline.
"""

from __future__ import annotations

import re

# what sites put between their name and the headline in <title>
# (not ":", which headlines use themselves: "North Korea: Two American Journalists Sentenced")
TITLE_SEPARATORS = re.compile(r"\s+(?:[|»«·•~/]|::|-{1,2}|–|—)\s+")
MIN_TITLE_WORDS = 2  # a one-word <title> segment is a section or site name, not a headline


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "")).strip()


def comparable(text: str | None) -> str:
    """Comparison form: case, quotes and spacing do not tell two headlines apart."""
    return re.sub(r"[\W_]+", " ", _norm(text).casefold()).strip()


def _links_home(heading) -> bool:
    """A heading that links to the site's home page is the site's name (``<h1><a href="/">``)."""
    from urllib.parse import urlsplit

    return any(urlsplit(a.get("href") or "").path in ("", "/") and (a.get("href") or "").strip()
               for a in heading.iter("a"))


def page_metadata(html: str, site_name: str | None = None) -> dict:
    """``{"title": …, "url": …}`` from the markup (either may be None); ``site_name`` is what
    the caller already believes the site is called (trafilatura's ``sitename``)."""
    import lxml.html  # trafilatura's own parser, already installed with it

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {"title": None, "url": None}

    def meta(*names: str) -> str | None:
        for name in names:
            for el in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
                value = _norm(el.get("content"))
                if value:
                    return value
        return None

    sites = {comparable(s) for s in (site_name, meta("og:site_name", "application-name")) if comparable(s)}
    headings = [_norm(h.text_content()) for h in tree.xpath("//h1 | //h2 | //h3") if not _links_home(h)]
    headings = [h for h in headings if h and comparable(h) not in sites]
    heading_keys = {comparable(h) for h in headings}

    title = meta("og:title", "twitter:title")
    if title is None:
        raw = _norm(" ".join(tree.xpath("//title//text()")))
        parts = [p for p in TITLE_SEPARATORS.split(raw) if comparable(p) and comparable(p) not in sites]
        if len(parts) > 1:
            # the part that is also a heading, else any part; the longest (site and section names
            # are short)
            on_page = [p for p in parts if comparable(p) in heading_keys]
            title = max(on_page or parts, key=len)
        elif parts and len(parts[0].split()) >= MIN_TITLE_WORDS:
            title = parts[0]
    if title is None and headings:
        title = headings[0]

    url = None
    for el in tree.xpath('//link[@rel="canonical"]'):
        url = url or _norm(el.get("href")) or None
    url = url or meta("og:url")
    if url is None:
        bookmarks = tree.xpath('//a[contains(concat(" ", normalize-space(@rel), " "), " bookmark ")]')
        # the bookmark whose text is the headline; sidebars list other posts' bookmarks too
        for a in bookmarks:
            if title and comparable(a.text_content()) == comparable(title) and a.get("href"):
                url = a.get("href").strip()
                break
    if url and not url.startswith(("http://", "https://")):
        url = None  # a relative permalink is no better than none without the page's own address
    return {"title": title, "url": url}
