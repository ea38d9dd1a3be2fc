"""PolNeAR (brat standoff) reading and quote/attribution scoring.

Layout: ``<root>/<split>/text/<article>.txt`` and ``<root>/<split>/attributions/<article>_<annotator>.ann``.
When an article has several annotators the first file in name order is the gold, so that the
figures do not depend on file-system order.

The quoted-span figure (``direct_overlap``) is the one issue 16 sets its bar on: "spans holding a
quotation mark (direct and mixed), overlap F1". A gold content or a predicted quote counts when
its text holds a double quotation mark anywhere, so a mixed quote (`said the plan was "dead" for
now`) counts on both sides. PolNeAR's own narrower definition, a content that *begins or ends*
with a mark, is kept as ``polnear_direct_overlap`` and is the set speaker accuracy is read on.

Figures: span overlap P/R/F1 (a span is matched when it shares a character with one on the other
side), token-level P/R/F1 on word tokens (micro over documents), and speaker accuracy: on gold
direct contents (PolNeAR's definition) matched by a prediction, the share whose predicted speaker
overlaps a gold Source (or is the phrase a gold relative-pronoun Source stands for: `Weaver, who
said`). ``speaker_accuracy_all`` is the same share over every gold attribution with a Source
matched by any prediction (indirect speech, "according to" and reports included). A gold
attribution is judged on the prediction that shares its cue when there is one (attributions nest,
`A said B thinks X`, so overlap alone may pick the neighbour's), else on the one overlapping most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from tidings.errors import TidingsError
from tidings.model import Quote

QUOTE_MARKS = "\"“”„«»"
_WORD = re.compile(r"\w+")


class GoldError(TidingsError, ValueError):
    """The gold directory is missing or not in PolNeAR's layout."""


Segments = list[tuple[int, int]]


@dataclass
class GoldAttribution:
    content: Segments
    source: Segments = field(default_factory=list)
    cue: Segments = field(default_factory=list)


@dataclass
class GoldDocument:
    name: str
    split: str
    text: str
    attributions: list[GoldAttribution]


def _segments(spec: str) -> Segments:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(ann: str) -> list[GoldAttribution]:
    """Attributions of one brat file; contents not tied to any relation are kept alone."""
    spans: dict[str, tuple[str, Segments]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, spec = parts[1].partition(" ")
            try:
                spans[parts[0]] = (label, _segments(spec))
            except ValueError:
                continue  # a malformed span line: skip it rather than lose the document
        elif parts[0].startswith("E"):
            roles = dict(p.split(":", 1) for p in parts[1].split() if ":" in p)
            relations.append(roles)
    out, used = [], set()
    for roles in relations:
        content = roles.get("Content")
        if content not in spans:
            continue
        used.add(content)
        get = lambda role: spans[roles[role]][1] if roles.get(role) in spans else []  # noqa: E731
        out.append(GoldAttribution(content=spans[content][1], source=get("Source"), cue=get("Cue")))
    for key, (label, segs) in spans.items():
        if label == "Content" and key not in used:
            out.append(GoldAttribution(content=segs))
    return out


def read_polnear(root: str | Path, splits: Iterable[str] = ("train", "dev")) -> Iterator[GoldDocument]:
    root = Path(root)
    if not root.is_dir():
        raise GoldError(f"{root} is not a directory")
    any_split = False
    for split in splits:
        text_dir, ann_dir = root / split / "text", root / split / "attributions"
        if not text_dir.is_dir() or not ann_dir.is_dir():
            continue
        any_split = True
        anns: dict[str, Path] = {}
        for ann in sorted(ann_dir.glob("*.ann")):
            article = ann.stem.rsplit("_", 1)[0]
            anns.setdefault(article, ann)
        for txt in sorted(text_dir.glob("*.txt")):
            ann = anns.get(txt.stem)
            if ann is None:
                continue
            yield GoldDocument(txt.stem, split, txt.read_text(encoding="utf-8"),
                               parse_ann(ann.read_text(encoding="utf-8")))
    if not any_split:
        raise GoldError(f"{root} has none of the splits {list(splits)} with text/ and attributions/")


def _bounds(segs: Segments) -> tuple[int, int]:
    return min(s for s, _ in segs), max(e for _, e in segs)


def is_direct(text: str, start: int, end: int) -> bool:
    body = text[start:end].strip()
    return bool(body) and (body[0] in QUOTE_MARKS or body[-1] in QUOTE_MARKS
                           or body[:2] in ("''", "``") or body[-2:] == "''")


def holds_quote_mark(text: str, start: int, end: int) -> bool:
    """Whether the span holds a double quotation mark anywhere (straight, curly, guillemet, German
    low mark, or a doubled apostrophe or backtick): issue 16's quoted spans, direct and mixed."""
    body = text[start:end]
    return any(c in body for c in QUOTE_MARKS) or "''" in body or "``" in body


def _tokens(text: str, segs: Iterable[tuple[int, int]]) -> set[int]:
    """The word tokens inside the segments, by their offset in ``text`` (``finditer`` with a start
    position already reports offsets into the whole text)."""
    out: set[int] = set()
    for s, e in segs:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return out


def _overlap(a: Segments, b: Segments) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


@dataclass
class PRF:
    tp_p: int = 0  # predictions matched (overlap) / true-positive tokens
    tp_r: int = 0  # gold matched
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_p / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_r / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predicted": self.pred, "gold": self.gold}


@dataclass
class QuoteScores:
    documents: int = 0
    direct_overlap: PRF = field(default_factory=PRF)  # spans holding a quotation mark
    direct_tokens: PRF = field(default_factory=PRF)
    polnear_direct_overlap: PRF = field(default_factory=PRF)  # contents beginning or ending with one
    all_overlap: PRF = field(default_factory=PRF)
    all_tokens: PRF = field(default_factory=PRF)
    speaker_matched: int = 0  # matched gold direct quotes that have a gold source
    speaker_right: int = 0
    speaker_matched_all: int = 0  # matched gold attributions of any kind that have a gold source
    speaker_right_all: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_matched if self.speaker_matched else 0.0

    @property
    def speaker_accuracy_all(self) -> float:
        return self.speaker_right_all / self.speaker_matched_all if self.speaker_matched_all else 0.0

    def as_dict(self) -> dict:
        return {"documents": self.documents,
                "direct_overlap": self.direct_overlap.as_dict(),
                "direct_tokens": self.direct_tokens.as_dict(),
                "polnear_direct_overlap": self.polnear_direct_overlap.as_dict(),
                "all_overlap": self.all_overlap.as_dict(),
                "all_tokens": self.all_tokens.as_dict(),
                "speaker_accuracy": round(self.speaker_accuracy, 4),
                "speaker_matched": self.speaker_matched,
                "speaker_accuracy_all": round(self.speaker_accuracy_all, 4),
                "speaker_matched_all": self.speaker_matched_all}


def _score_spans(prf: PRF, gold: list[Segments], pred: list[Segments]) -> None:
    prf.gold += len(gold)
    prf.pred += len(pred)
    prf.tp_r += sum(1 for g in gold if any(_overlap(g, p) for p in pred))
    prf.tp_p += sum(1 for p in pred if any(_overlap(g, p) for g in gold))


def _score_tokens(prf: PRF, text: str, gold: list[Segments], pred: list[Segments]) -> None:
    g = _tokens(text, (s for segs in gold for s in segs))
    p = _tokens(text, (s for segs in pred for s in segs))
    prf.gold += len(g)
    prf.pred += len(p)
    prf.tp_p += len(g & p)
    prf.tp_r += len(g & p)


def score_document(scores: QuoteScores, gold: GoldDocument, quotes: list[Quote]) -> None:
    """Add one document's figures to ``scores``."""
    text = gold.text
    scores.documents += 1
    gold_all = [a.content for a in gold.attributions]
    gold_quoted = [a.content for a in gold.attributions if holds_quote_mark(text, *_bounds(a.content))]
    pred_quoted = [[(q.start, q.end)] for q in quotes if holds_quote_mark(text, q.start, q.end)]
    _score_spans(scores.direct_overlap, gold_quoted, pred_quoted)
    _score_tokens(scores.direct_tokens, text, gold_quoted, pred_quoted)
    gold_direct = [a for a in gold.attributions if is_direct(text, *_bounds(a.content))]
    direct_quotes = [q for q in quotes if is_direct(text, q.start, q.end)]
    _score_spans(scores.polnear_direct_overlap, [a.content for a in gold_direct],
                 [[(q.start, q.end)] for q in direct_quotes])
    pred_all = [[(q.start, q.end)] for q in quotes]
    _score_spans(scores.all_overlap, gold_all, pred_all)
    _score_tokens(scores.all_tokens, text, gold_all, pred_all)
    for a in gold_direct:
        right = _speaker_right(text, a, direct_quotes)
        if right is not None:
            scores.speaker_matched += 1
            scores.speaker_right += right
    for a in gold.attributions:
        right = _speaker_right(text, a, quotes)
        if right is not None:
            scores.speaker_matched_all += 1
            scores.speaker_right_all += right


def _speaker_right(text: str, gold: GoldAttribution, quotes: list[Quote]) -> bool | None:
    """Whether the quote matched to ``gold`` names its source; None when the gold names no source
    or no quote matches."""
    if not gold.source:
        return None
    best = matched_quote(gold, quotes)
    if best is None:
        return None
    sp = best.speaker
    return sp is not None and bool(_overlap(gold.source, [(sp.start, sp.end)])
                                   or _antecedent_of(text, gold.source, sp))


def matched_quote(gold: GoldAttribution, quotes: list[Quote]) -> Quote | None:
    """The prediction a gold attribution is judged on: the same attribution (``_same_cue``) when
    there is one, else the quote that overlaps the first part of the (possibly discontinuous) gold
    content most, since the speaker is named next to the start of the words."""
    best = _same_cue(gold, quotes)
    if best is not None:
        return best
    for seg in sorted(gold.content):
        best = max(quotes, key=lambda q: _overlap([seg], [(q.start, q.end)]), default=None)
        if best is not None and _overlap([seg], [(best.start, best.end)]):
            return best
    return None


def _same_cue(gold: GoldAttribution, quotes: list[Quote]) -> Quote | None:
    """The prediction that is the same attribution as ``gold``: it overlaps the gold content and its
    cue overlaps the gold cue (the one overlapping the content most, if several). Attributions nest
    (`A said B thinks X`: both contents hold X), so overlap alone may pair a gold attribution with
    the prediction of its neighbour and judge the wrong speaker."""
    if not gold.cue:
        return None
    same = [q for q in quotes if q.cue is not None and _overlap(gold.cue, [(q.cue.start, q.cue.end)])
            and _overlap(gold.content, [(q.start, q.end)])]
    return max(same, key=lambda q: _overlap(gold.content, [(q.start, q.end)]), default=None)


_RELATIVE = frozenset(("who", "which", "that", "whom"))
# between a noun phrase and the relative pronoun that stands for it: nothing but a comma, or a
# comma-set apposition of that phrase (`Scott Reed, the Chamber's chief strategist, who added`)
_TO_RELATIVE = re.compile(r"\s*,?\s*|,[^.;:!?\"“”\n]{0,120},\s*")


def _antecedent_of(text: str, source: Segments, speaker) -> bool:
    """Whether ``speaker`` is the phrase a gold relative-pronoun source stands for. PolNeAR marks
    the pronoun (`Weaver, who said …`); a relative pronoun has one antecedent, the phrase just
    before it, so naming that phrase names the same source."""
    if len(source) != 1:
        return False
    start, end = source[0]
    if text[start:end].strip().lower() not in _RELATIVE or speaker.end > start:
        return False
    return _TO_RELATIVE.fullmatch(text, speaker.end, start) is not None


def evaluate(root: str | Path, splits: Iterable[str] = ("train", "dev"), limit: int | None = None,
             every: int = 1, coder=None) -> QuoteScores:
    """Code PolNeAR through the pipeline and score its quotes. ``every``: keep one document in N.

    The articles go through ``pipeline.code_one`` with the loaded stages, exactly as ``tidings
    code`` runs them (actor mentions, coreference, the quotes-to-events link), so the figure is
    the product's. Extraction is skipped: the gold offsets are into the text as given.
    """
    from tidings import nlp, pipeline
    from tidings.model import Article

    docs = []
    for n, d in enumerate(read_polnear(root, splits)):
        if n % every:
            continue
        docs.append(d)
        if limit and len(docs) >= limit:
            break
    coder = coder or pipeline.Coder.load()
    scores = QuoteScores()
    pairs = ((d.text, Article(id=f"{d.split}/{d.name}", text=d.text, language="en")) for d in docs)
    for gold, (doc, article) in zip(docs, nlp.parse_with_context(pairs)):
        coded = pipeline.code_one(coder, article, doc)
        if coded.article.error:
            raise GoldError(f"{article.id}: {coded.article.error}")
        score_document(scores, gold, coded.quotes)
    return scores


# The floor the issue measures us against: a plain regular expression for text between
# quotation marks (straight, curly and doubled-apostrophe pairs), no speaker, no cue.
_PLAIN_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|''(?:(?!'').)*''|‘[^’\n]*’|«[^»\n]*»")


def regex_quotes(text: str) -> list[Quote]:
    """Quoted spans found by the plain regular expression, as direct quotes without speaker."""
    return [Quote(text=m.group(), start=m.start(), end=m.end(), kind="direct", cue=None, speaker=None)
            for m in _PLAIN_QUOTED.finditer(text)]


def evaluate_regex(root: str | Path, splits: Iterable[str] = ("train", "dev"), every: int = 1) -> QuoteScores:
    """The same figures for ``regex_quotes``: the baseline quote finding must not fall below."""
    scores = QuoteScores()
    for n, d in enumerate(read_polnear(root, splits)):
        if n % every == 0:
            score_document(scores, d, regex_quotes(d.text))
    return scores
