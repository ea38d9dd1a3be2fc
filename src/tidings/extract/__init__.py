"""Extraction: RawDocument → Article (main text, metadata, boilerplate removed with reasons)."""

from __future__ import annotations

import re

from tidings.extract.html import extract_html
from tidings.extract.metadata import comparable
from tidings.extract.language import split_by_language
from tidings.extract.text import clean_text
from tidings.model import Article, RawDocument, Reason, Rejection, Removed

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_WORDS_FOR_LANGUAGE = 20  # shorter texts hold too few function words to tell languages apart


def extract(raw: RawDocument) -> Article:
    """Clean one document. Never raises for bad content: the Article carries an ``error`` instead."""
    article = Article(id=raw.id, text="", url=raw.url, title=raw.title, published=raw.published or None,
                      error=raw.error, encoding=raw.encoding)
    if raw.error:
        return article
    if raw.published and not DATE.match(raw.published):
        article.published = normalise_date(raw.published)
    text = raw.text
    if raw.html is not None and not text:
        page = extract_html(raw.html, raw.url)
        if page is None:
            article.error = Rejection(Reason.NO_MAIN_TEXT, "no main text found in HTML")
            return article
        text = page["text"]
        article.title = article.title or page["title"]
        article.url = article.url or page["url"]
        article.published = article.published or page["date"]
        article.author = page["author"]
        article.site = page["sitename"]
    article.text, article.removed = clean_text(text or "")
    _drop_headline(article)
    if not article.text:
        article.error = Rejection(Reason.EMPTY, "empty document")
    elif article.language is None and len(article.text.split()) >= MIN_WORDS_FOR_LANGUAGE:
        # foreign passages (a quoted French blog post) stay out of coding, kept with a reason
        article.language, article.text, foreign = split_by_language(article.text)
        article.removed += [Removed(text=t, reason=f"foreign-language:{lang}") for t, lang in foreign]
    return article


def _drop_headline(article: Article) -> None:
    """The headline printed above the body is the title, not the body's first sentence: left in,
    it runs into the lead sentence ("Blinken meets Wang Yi in Beijing\nUS Secretary … met …")
    and the same meeting is coded twice."""
    if not article.title:
        return
    first, sep, rest = article.text.partition("\n")
    if sep and rest.strip() and comparable(first) == comparable(article.title):
        article.removed.insert(0, Removed(text=first.strip(), reason="headline"))
        article.text = rest.strip()


def normalise_date(value: str) -> str | None:
    """Reduce an ISO timestamp to its date; anything unreadable becomes None rather than a guess."""
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", value)
    return match.group(1) if match else None
