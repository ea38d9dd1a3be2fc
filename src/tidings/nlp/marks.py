"""Quotation marks → quoted spans, on raw text, never failing.

Double marks (straight, curly, ``…'' and ''…'', guillemets « » either way, German „ “): each mark
is given a role from its neighbours first (a mark after a space and before a letter opens, a mark
after a letter and before a space or punctuation closes) and from its glyph only when the
neighbours do not tell, because real text mixes straight and curly marks and sometimes uses the
wrong curly one. Marks are then paired in order with nesting, inside paragraphs, following the
convention that a quote running over several paragraphs leaves each paragraph open and reopens the
next one. A quote still open at the end of a paragraph that does not reopen is closed there (best
effort); a closing mark with nothing open is ignored.

Single marks (‘…’ in headlines and British copy, German ‚…‘, ‹…›) pair strictly, because ’ is
mostly an apostrophe: an opener only after a space, dash, bracket or double mark and before a
letter; ’ never opens (’90s); a mark between letters is an apostrophe (Trump’s). A quote inside a
quote stays inside the outer one.
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

# Dashes that set off words: em, en, and the horizontal bar (U+2015, the quotation dash some
# publishers put before a quote's speaker: `” ― Bernie Sanders`).
DASHES = "—–―"
# Characters after which a mark is an opener, and before which it is a closer.
_BEFORE_OPEN = set(" \t\n\xa0([{-/" + DASHES)
_AFTER_CLOSE = set(" \t\n\xa0.,;:!?)]}-/…" + DASHES)


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


def find_quoted(text: str, single: bool = True) -> list[Quoted]:
    """All top-level quoted spans of ``text`` in order. Nested quotes stay inside their outer quote.

    Double marks (straight, curly, doubled apostrophes, guillemets, German „“) pair by the
    neighbours of each mark. ``single``: also pair ‘…’, ‚…‘ and ‹…› (headlines, British copy,
    German), strictly, because ’ is mostly an apostrophe.
    """
    if not text:
        return []
    if "<" in text:
        # attribute values of markup left in the text (`<tweet author="@x" date="March 4, 2016">`)
        # are no quotations: blanked out, same length, so offsets hold
        text = _MARKUP_TAG.sub(lambda m: " " * len(m.group()), text)
    spans = _double_quoted(text) if any(c in text for c in DOUBLE + "'`") else []
    if single and any(c in text for c in SINGLE_OPENERS):
        spans = _outermost(spans + _single_quoted(text))
    return spans


# a tag with attributes: `<name attr="value" …>` (closing and bare tags hold no marks)
_MARKUP_TAG = re.compile(r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+))+\s*/?>")


def _outermost(spans: list[Quoted]) -> list[Quoted]:
    """Spans in order without those nested in (or overlapping) an earlier, longer one."""
    kept: list[Quoted] = []
    for q in sorted(spans, key=lambda q: (q.start, -q.end)):
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


def _double_quoted(text: str) -> list[Quoted]:
    # Typewriter-era double marks (``…'' and ''…'') become one straight mark, same length.
    text = text.replace("``", _PAIR + '"').replace("''", _PAIR + '"')
    marks = DOUBLE
    paragraphs = _paragraphs(text)
    found: list[Quoted] = []
    open_at: int | None = None
    depth = 0  # nested quotes inside the open one
    for p, (pstart, pend) in enumerate(paragraphs):
        for i in range(pstart, pend):
            ch = text[i]
            if ch not in marks:
                continue
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


# Single marks: an opener after a space, a dash, a bracket or a double mark and before a letter;
# its closer the first matching mark in the paragraph after a non-space and before a non-letter.
# ’ never opens (’90s, rock ’n’ roll) and a mark between letters is an apostrophe (Trump’s).
SINGLE_OPENERS = "‘‚‹›"
_SINGLE_CLOSER = {"‘": "’", "‚": "‘", "‹": "›", "›": "‹"}
_SINGLE_BEFORE = _BEFORE_OPEN | set("“„«»\"")
_MAX_SINGLE = 400  # characters: a single-quoted headline or phrase, not a page


def _single_quoted(text: str) -> list[Quoted]:
    found: list[Quoted] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in _SINGLE_CLOSER or (i and text[i - 1] not in _SINGLE_BEFORE) \
                or i + 1 >= n or not text[i + 1].isalpha():
            i += 1
            continue
        closer = _SINGLE_CLOSER[ch]
        j = i + 2
        end = None
        while j < n and j - i < _MAX_SINGLE:
            c = text[j]
            if c == "\n":
                # a British quote over paragraphs reopens each one: ‘…¶‘…’
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == ch:
                    j = k + 1
                    continue
                break
            if c == closer and not text[j - 1].isspace() and (j + 1 >= n or not text[j + 1].isalnum()):
                end = j + 1
                break
            j += 1
        if end is None:
            i += 1
            continue
        found.append(Quoted(i, end))
        i = end
    return found
