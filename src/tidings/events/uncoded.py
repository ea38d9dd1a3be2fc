"""What the lexicon lacks: the words that link two resolved actors in sentences with no event.

``tidings eval events --uncoded CORPUS`` codes a corpus and, in every sentence where two mentions
with actor codes stand but no event was coded, follows the dependency tree from each mention up to
the word that joins them (their lowest common ancestor). When that word is a verb or a noun it is
a candidate trigger: "Russia *shelled* Kharkiv", "talks *resumed* between Iran and the EU". The
report counts them by lemma with an example each, most frequent first, and says whether the lemma
is already a trigger in the lexicon (then a pattern or argument rule missed, not a word).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from tidings import nlp
from tidings.events.lexicon import Lexicon
from tidings.events.lexicon import load as load_lexicon
from tidings.model import Actor, CodedDocument, RawDocument

TRIGGER_POS = {"VERB": "verb", "NOUN": "noun"}
MAX_EXAMPLE = 300  # characters of an example sentence kept in the report


@dataclass
class Link:
    lemma: str
    pos: str  # verb | noun
    sentence: str
    source: str
    target: str


@dataclass
class UncodedEntry:
    lemma: str
    pos: str
    sentences: int
    known: bool  # the lemma is already a trigger in the lexicon
    example: str
    dyad: str

    def to_dict(self) -> dict:
        return {"lemma": self.lemma, "pos": self.pos, "sentences": self.sentences, "known": self.known,
                "example": self.example, "dyad": self.dyad}


@dataclass
class UncodedReport:
    documents: int = 0
    failed: int = 0
    sentences: int = 0  # sentences read in coded documents
    candidates: int = 0  # sentences with two coded actors and no event
    linked: int = 0  # of those, sentences where a verb or noun joins two actors
    entries: list[UncodedEntry] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"documents": self.documents, "failed": self.failed, "sentences": self.sentences,
                "candidates": self.candidates, "linked": self.linked,
                "entries": [e.to_dict() for e in self.entries]}


def _ancestors(tok) -> list:
    """The token and its heads up to the root, nearest first."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def link(doc, a: Actor, b: Actor):
    """The token joining two mentions in the parse (their lowest common ancestor), if it is
    neither mention itself."""
    sa, sb = doc.char_span(a.start, a.end, alignment_mode="expand"), doc.char_span(
        b.start, b.end, alignment_mode="expand")
    if sa is None or sb is None:
        return None
    up_b = {t.i for t in _ancestors(sb.root)}
    for tok in _ancestors(sa.root):
        if tok.i in up_b:
            inside = sa.start <= tok.i < sa.end or sb.start <= tok.i < sb.end
            return None if inside else tok
    return None


def candidates(doc, coded: CodedDocument) -> Iterator[Link | None]:
    """One item per uncoded sentence holding two mentions with different codes: the first pair,
    in text order, that a verb or noun joins, or None when none is joined that way."""
    coded_sentences = {e.sentence for e in coded.events}
    mentions = sorted((m for m in coded.entities if m.code), key=lambda m: m.start)
    for si, sent in enumerate(nlp.sentences(doc)):
        if si in coded_sentences:
            continue
        lo, hi = sent.start_char, sent.end_char
        inside = [m for m in mentions if lo <= m.start and m.end <= hi]
        pairs = [(a, b) for i, a in enumerate(inside) for b in inside[i + 1:]
                 if a.end <= b.start and a.code != b.code]
        if not pairs:
            continue
        found = None
        for a, b in pairs:
            tok = link(doc, a, b)
            if tok is not None and tok.pos_ in TRIGGER_POS:
                found = Link(tok.lemma_.lower(), TRIGGER_POS[tok.pos_],
                             sent.text.strip()[:MAX_EXAMPLE], a.code, b.code)
                break
        yield found


def uncoded(raws: Iterable[RawDocument], *, published: str | None = None, coder=None,
            lexicon: Lexicon | None = None, top: int = 40) -> UncodedReport:
    """Code ``raws`` and report the most frequent uncoded verbs and nouns between two actors."""
    from tidings.pipeline import Coder, code_parsed

    coder = coder or Coder.load(model=False)  # what the lexicon and rules lack, not the model
    lexicon = lexicon or load_lexicon()
    report = UncodedReport()
    counts: Counter = Counter()
    first: dict[tuple[str, str], Link] = {}
    for doc, coded in code_parsed(raws, published=published, coder=coder):
        report.documents += 1
        if coded.error:
            report.failed += 1
            continue
        report.sentences += len(nlp.sentences(doc))
        for found in candidates(doc, coded):
            report.candidates += 1
            if found is None:
                continue
            report.linked += 1
            key = (found.lemma, found.pos)
            counts[key] += 1
            first.setdefault(key, found)
    known = {"verb": lexicon.verbs, "noun": lexicon.nouns}
    for (lemma, pos), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        ex = first[(lemma, pos)]
        report.entries.append(UncodedEntry(lemma, pos, n, lemma in known[pos], ex.sentence,
                                           f"{ex.source} → {ex.target}"))
    return report
