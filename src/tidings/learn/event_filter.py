"""The event filter: how likely a coded event is one a careful reader would judge wrong.

A binary logistic regression over what the coder knows of one event when it codes it
(``event_features``: CAMEO root and class, construction, confidence, modality, the kinds of its
two sides, the trigger's lemma, dependency label, tense and negation, reported speech, the
sentence's place and how many events it holds; never the corpus or genre), trained by
``python -m tidings.learn.filter_train`` on the judged events of the tune audits (sets 1-10) and the
PolNeAR tune readings, and shipped as ``data/model/event_filter.npz`` (``data/model/MODEL_CARD.md``).

How it joins the rules (``drop``, called by the coder right after ``EventModel.revise_document``,
so ``TIDINGS_MODEL=0`` / ``--no-model`` codes with the rules alone): an event whose probability of
being wrong is at or above ``threshold`` (chosen by leave-articles-out cross-validation on tune)
leaves the output; every other event stays byte-identical.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np

from tidings.events import cameo
from tidings.learn.features import _penta

FILTER_FILE = "event_filter.npz"


def side_kind(actor) -> str:
    """What a side of an event is, coarsely: absent, a span left uncoded, a person, a state, its
    government, an international organisation, or another group of a country."""
    if actor is None:
        return "none"
    code = actor.code
    if not code:
        return "unresolved"
    if actor.person is not None or actor.label == "PERSON":
        return "person"
    # NATO is IGONAT, so the IGO prefix covers it; UNO and EUR stand alone as the UN and Europe
    if code.startswith("IGO") or (code[:3] in ("UNO", "EUR") and len(code) <= 6):
        return "igo"
    if len(code) == 3:
        return "state"
    if "GOV" in code[3:]:
        return "gov"
    if code.startswith("---"):
        return "sector"
    return "group"


def _bucket(x: float, edges: tuple) -> int:
    return sum(x >= e for e in edges)


def event_features(sent, si: int, ev, how, n_events: int, quoted: bool) -> list[str]:
    """Feature names of one coded event ``ev`` with its construction ``how`` = (kind, resolved
    sides), in ``sent`` (a spaCy Span), sentence ``si`` of its document, one of ``n_events`` events
    there; ``quoted``: the trigger stands inside a quotation."""
    root = cameo.root(ev.cameo)
    kind = how[0]
    src, tgt = side_kind(ev.source), side_kind(ev.target)
    token = next((t for t in sent if t.idx == ev.trigger.start), None)
    feats = [f"root={root}", f"penta={_penta(ev.cameo)}", f"kind={kind}", f"resolved={how[1]}",
             f"conf={_bucket(ev.confidence, (0.4, 0.55, 0.7, 0.85))}", f"mod={ev.modality}",
             f"src={src}", f"tgt={tgt}", f"dyad={src}_{tgt}", f"kind_root={kind}_{root}",
             f"sent={_bucket(si, (1, 3, 10))}", f"n={min(n_events, 3)}", f"quoted={quoted}"]
    if ev.source is not None and ev.target is not None and ev.source.code and ev.source.code == ev.target.code:
        feats.append("same_code")
    if token is None:
        feats.append("trig=none")
        return feats
    tense = token.morph.get("Tense") or ["-"]
    feats += [f"lemma={token.lemma_.lower()}", f"dep={token.dep_}", f"pos={token.pos_}", f"tense={tense[0]}",
              f"lemma_root={token.lemma_.lower()}_{root}"]
    if any(c.dep_ == "neg" for c in token.children):
        feats.append("neg")
    # reported speech or a side remark: what clause the trigger stands in, seen from the sentence's root
    path = {t.dep_ for t in token.ancestors} | {token.dep_}
    for dep in ("ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "pcomp", "pobj"):
        if dep in path:
            feats.append(f"under={dep}")
    if token.i == sent.root.i:
        feats.append("is_root")
    # who does it and what it is done to, as the parse sees them: a named entity, a pronoun, or a thing
    # ("released emails", "the films raise issues": things as the act's party)
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
            feats.append(f"{c.dep_}={_filler(c)}")
    for role, actor in (("src", ev.source), ("tgt", ev.target)):
        if actor is not None and actor.text.lower() in PRONOUNS:
            feats.append(f"{role}_pronoun")
    return feats


PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "who", "which", "that"}


def _filler(tok) -> str:
    if tok.pos_ == "PRON":
        return "pron"
    if tok.ent_type_:
        return tok.ent_type_.lower()
    return "thing" if tok.pos_ == "NOUN" else tok.pos_.lower()


class EventFilter:
    def __init__(self, vocabulary: list[str], weights: np.ndarray, bias: float, threshold: float):
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.weights = weights      # (features,)
        self.bias = bias
        self.threshold = threshold  # drop an event whose probability of being wrong reaches this

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "EventFilter":
        """The shipped filter, read from the installed package (no download)."""
        with resources.files("tidings.data.model").joinpath(FILTER_FILE).open("rb") as fh:
            z = np.load(fh, allow_pickle=False)
            return cls([str(v) for v in z["vocabulary"]], z["weights"], float(z["bias"]), float(z["threshold"]))

    def proba(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Probability of wrong, one per feature list (the same sum as vectorise(...) @ weights)."""
        z = np.full(len(feature_lists), self.bias, dtype=np.float64)
        for r, feats in enumerate(feature_lists):
            cols = sorted({self.index[f] for f in feats if f in self.index})
            if cols:
                z[r] += float(self.weights[cols].sum()) / np.sqrt(len(cols))
        return 1.0 / (1.0 + np.exp(-z))

    def drop(self, ctx, coded: list) -> list:
        """``coded`` = ``[(index, Span, scored pairs)]`` (as the coder holds a document) without the
        events the filter takes for wrong; the list's shape and order are kept."""
        feats, where = document_features(ctx, coded)
        if not feats:
            return coded
        wrong = self.proba(feats) >= self.threshold
        gone = {w for w, bad in zip(where, wrong) if bad}
        if not gone:
            return coded
        return [(si, sent, [pair for j, pair in enumerate(scored) if (k, j) not in gone])
                for k, (si, sent, scored) in enumerate(coded)]


def document_features(ctx, coded: list) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """Features of every event of a document (``coded`` as the coder holds it) and where each
    stands: (position in ``coded``, position in its sentence's list)."""
    quotes = [(q.start, q.end) for q in getattr(ctx, "quotes", []) or []]
    feats, where = [], []
    for k, (si, sent, scored) in enumerate(coded):
        for j, (ev, how) in enumerate(scored):
            quoted = any(a <= ev.trigger.start < b for a, b in quotes)
            feats.append(event_features(sent, si, ev, how, len(scored), quoted))
            where.append((k, j))
    return feats, where
