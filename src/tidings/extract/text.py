"""Plain-text cleaning: drop the lines a news page wraps around the article body.

Rules are general, one named reason each, and every dropped line is kept in ``removed``:
- teaser: a short line that ends in an ellipsis, as related-story links do ("…", "...");
- read-more / share / byline / subscribe: navigation and social lines that scrapers keep.
"""

from __future__ import annotations

import re

from tidings.model import Removed

TEASER_MAX_WORDS = 40
ELLIPSIS_END = re.compile(r"(…|\.\.\.)\s*$")

BOILERPLATE = [
    ("read-more", re.compile(r"^\s*(read more|also read|read also|related|recommended|see also)\b[:\s]",
                             re.I)),
    ("share", re.compile(r"^\s*(share( this)?( article| story)?|follow us|tweet|email)\b\s*(on\b|:|$)", re.I)),
    ("subscribe", re.compile(r"^\s*(subscribe|sign up)\b.{0,80}(newsletter|updates|now|today)?\s*$", re.I)),
    ("byline", re.compile(r"^\s*[Bb]y\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(\s*(,|and|\|)\s*.{0,60})?\s*$")),
    ("photo-credit", re.compile(r"^\s*(photo|image|file photo)\s*(credit)?\s*:", re.I)),
]


def classify_line(line: str) -> str | None:
    """The reason a line is boilerplate, or None when it belongs to the article."""
    stripped = line.strip()
    if not stripped:
        return None
    words = len(stripped.split())
    if ELLIPSIS_END.search(stripped) and words <= TEASER_MAX_WORDS and not stripped.endswith(('."', '.”')):
        return "teaser"
    if words <= 15:
        for reason, pattern in BOILERPLATE:
            if pattern.search(stripped):
                return reason
    return None


def clean_text(text: str) -> tuple[str, list[Removed]]:
    """Return the article body and the lines removed from it, with reasons."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept: list[str] = []
    removed: list[Removed] = []
    for line in text.split("\n"):
        reason = classify_line(line)
        if reason:
            removed.append(Removed(text=line.strip(), reason=reason))
        else:
            kept.append(line.rstrip())
    body = "\n".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body, removed
