"""Look up the actor mention at a character span (for events and quotes)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

from tidings.model import Actor


class MentionIndex:
    """Mentions of one document, searchable by character offsets."""

    def __init__(self, mentions: Iterable[Actor]):
        self.mentions = sorted(mentions, key=lambda a: (a.start, a.end))
        self._starts = [a.start for a in self.mentions]
        self._longest = max((a.end - a.start for a in self.mentions), default=0)

    def in_span(self, start: int, end: int) -> list[Actor]:
        """Mentions overlapping [start, end), in order."""
        lo = bisect_left(self._starts, start - self._longest)
        out = []
        for a in self.mentions[lo:]:
            if a.start >= end:
                break
            if a.end > start:
                out.append(a)
        return out

    def at(self, start: int, end: int, head: int | None = None) -> Actor | None:
        """The best mention overlapping [start, end): one containing ``head`` (a character offset) if
        given, else one containing the whole span, else the largest overlap; ties go to the longest."""
        cands = self.in_span(start, end)
        if not cands:
            return None

        def score(a: Actor):
            contains_head = head is not None and a.start <= head < a.end
            contains = a.start <= start and a.end >= end
            overlap = min(a.end, end) - max(a.start, start)
            return (contains_head, contains, overlap, a.end - a.start)

        return max(cands, key=score)
