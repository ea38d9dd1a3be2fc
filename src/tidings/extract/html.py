"""HTML → main text and metadata with trafilatura (dates through htmldate)."""

from __future__ import annotations

from tidings.extract.metadata import comparable, page_metadata

SHORT_TEXT = 300  # below this, trafilatura's main-text heuristics may have cut the article


def extract_html(html: str, url: str | None = None) -> dict | None:
    """The main text and metadata of a page, or None when trafilatura finds no main text."""
    import trafilatura  # here, not at the top: plain-text inputs need not pay its 0.15 s import

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    page = result.as_dict() if result is not None else {}
    text = (page.get("text") or "").strip()
    if len(text) < SHORT_TEXT:
        # trafilatura's own baseline keeps whole article/paragraph text; take it only when it finds
        # clearly more, so short pages are not padded with navigation
        baseline = (trafilatura.baseline(html)[1] or "").strip()
        if len(baseline) >= 2 * len(text) + 200:
            text = baseline
    if not text:
        return None
    fields = {k: page.get(k) for k in ("title", "date", "author", "sitename", "language", "url")}
    marked = page_metadata(html, site_name=fields["sitename"])
    site = comparable(fields["sitename"])
    if fields["title"] and site and comparable(fields["title"]) == site:
        fields["title"] = None  # the site's name is not the story's headline
    fields["title"] = marked["title"] or fields["title"]
    fields["url"] = fields["url"] or marked["url"]
    return {"text": text, **fields}
