"""HTML → main text and metadata with trafilatura (dates through htmldate)."""

from __future__ import annotations

import trafilatura


def extract_html(html: str, url: str | None = None) -> dict | None:
    """The main text and metadata of a page, or None when trafilatura finds no main text."""
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False,
    )
    result = result.as_dict() if result is not None else None
    if not result or not (result.get("text") or "").strip():
        return None
    return {k: result.get(k) for k in ("text", "title", "date", "author", "sitename", "language", "url")}
