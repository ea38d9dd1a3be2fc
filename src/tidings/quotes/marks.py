"""Quotation marks → quoted spans, on raw text, never failing.

Each mark is given a role from its neighbours first (a mark after a space and before a letter opens,
a mark after a letter and before a space or punctuation closes) and from its glyph only when the
neighbours do not tell, because real text mixes straight and curly marks and sometimes uses the
wrong curly one. Marks are then paired in order with nesting, inside paragraphs, following the
convention that a quote running over several paragraphs leaves each paragraph open and reopens the
next one. A quote still open at the end of a paragraph that does not reopen is closed there (best
effort); a closing mark with nothing open is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
DOUBLE = OPENERS + CLOSERS + STRAIGHT
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"

# Characters after which a mark is an opener, and before which it is a closer.
_BEFORE_OPEN = set(" \t\n([{—–-/")
_AFTER_CLOSE = set(" \t\n.,;:!?)]}—–-/…")


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: [start, end) covers the marks themselves."""

    start: int
    end: int
    closed: bool = True  # False when the end was guessed (an unbalanced mark)

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets without the marks (and without a closing mark that was never there)."""
        s = self.start + 1
        e = self.end - 1 if self.closed else self.end
        return s, max(s, e)


_PAIR = "\x01"  # stands for the first character of a two-character mark (`` or '')


def _role(text: str, i: int, marks: str) -> str:
    """'open', 'close' or '?' for the mark at i, from its neighbours, then its glyph."""
    j = i - 1 if i > 0 and text[i - 1] != _PAIR else i - 2
    prev = text[j] if j >= 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = prev in _BEFORE_OPEN or prev in marks or prev in "‘’'"  # “‘nested or “after a mark
    right = nxt in _AFTER_CLOSE or nxt in marks or nxt in "’'"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    ch = text[i]
    if ch in OPENERS or ch == SINGLE_OPEN:
        return "open"
    if ch in CLOSERS or ch == SINGLE_CLOSE:
        return "close"
    return "?"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-empty line (news text puts one paragraph per line)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _starts_with_opener(text: str, start: int, end: int, marks: str) -> bool:
    stripped = text[start:end].lstrip().lstrip(_PAIR)
    return bool(stripped) and stripped[0] in marks and _role(text, end - len(stripped), marks) != "close"


def find_quoted(text: str, single: bool | None = None) -> list[Quoted]:
    """All top-level quoted spans of ``text`` in order. Nested quotes stay inside their outer quote.

    ``single``: also treat ‘…’ as top-level quotes (British style). By default only when the text
    has no double quotation marks at all, because ’ is mostly an apostrophe.
    """
    if not text:
        return []
    # Typewriter-era double marks (``…'' and ''…'') become one straight mark, same length.
    text = text.replace("``", _PAIR + '"').replace("''", _PAIR + '"')
    if single is None:
        single = not any(c in DOUBLE for c in text)
    marks = "‘’" if single else DOUBLE
    paragraphs = _paragraphs(text)
    found: list[Quoted] = []
    open_at: int | None = None
    depth = 0  # nested quotes inside the open one
    for p, (pstart, pend) in enumerate(paragraphs):
        for i in range(pstart, pend):
            ch = text[i]
            if ch not in marks:
                continue
            if single and ch == SINGLE_CLOSE and i > 0 and text[i - 1].isalnum() and \
                    i + 1 < len(text) and text[i + 1].isalpha():
                continue  # an apostrophe inside a word: don't, Biden’s
            role = _role(text, i, marks)
            if open_at is None:
                if role in ("open", "?"):
                    open_at, depth = (i - 1 if i and text[i - 1] == _PAIR else i), 0
                # a closer with nothing open is a stray mark: ignored
            elif role == "open" and i > open_at:
                if open_at < pstart:
                    # a quote carried over from a previous paragraph is reopened here
                    continue
                depth += 1
            else:
                if depth:
                    depth -= 1
                else:
                    found.append(Quoted(open_at, i + 1))
                    open_at = None
        if open_at is not None:
            nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
            if nxt and _starts_with_opener(text, nxt[0], nxt[1], marks) and depth == 0:
                continue  # the quote goes on in the next paragraph, which reopens it
            end = pend
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            found.append(Quoted(open_at, end, closed=False))
            open_at, depth = None, 0
    return found
