"""The words of one parsed document as the actors stage reads them: texts, normalised keys and
sentence of every token, shared by mention finding, disambiguation and coreference."""

from __future__ import annotations

from tidings import nlp
from tidings.actors.lexicon import norm


class DocWords:
    """Per-document token facts (a Doc without sentence boundaries is taken as one sentence)."""

    def __init__(self, doc, date: str | None):
        self.doc = doc
        self.date = date
        self.text = nlp.text(doc)
        self.texts = [t.text for t in doc]
        self.keys = [norm(t) for t in self.texts]
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_start: list[int] = []
        for k, sent in enumerate(nlp.sentences(doc)):
            self.sent_start.append(sent.start)
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.doc_keys = set(self.keys)

    def sentence_range(self, i: int) -> tuple[int, int]:
        """Token range [lo, hi) of the sentence of token ``i``."""
        sent = self.sent_of[i]
        hi = self.sent_start[sent + 1] if sent + 1 < len(self.sent_start) else len(self.doc)
        return self.sent_start[sent], hi

    def tok(self, char: int) -> int:
        """The token at character ``char``."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def head(self, start: int, end: int) -> int:
        """The syntactic head of tokens [start, end): the one whose head lies outside."""
        for t in range(end - 1, start - 1, -1):
            h = self.doc[t].head.i
            if h < start or h >= end or h == t:
                return t
        return end - 1

