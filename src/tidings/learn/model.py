"""The event model: a second opinion on what kind of event a sentence reports.

A multinomial logistic regression over the sentence's words and the rules' own reading of it
(``features.sentence_features``), trained by ``python -m tidings.learn.train`` on the tune split of
the ConfliBERT development set and shipped as ``data/model/event_model.npz`` (numpy only at run
time; see ``data/model/MODEL_CARD.md``). It predicts the ConfliBERT penta class (0 statement,
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).

How it joins the rules (``revise_document``, called once per document by the coder, the one seam;
the sentences it reads go through the model in one batch):

- the rules coded events and the model is confident (probability ≥ ``threshold``) that the sentence
  reports another class than the rules' main (highest-confidence) event: the main event becomes
  the rules' own event of the model's class if the sentence has one, else the main event is
  recoded to the class's default code (``default_codes``), keeping trigger, sides and evidence —
  unless that trigger stands in a side remark (relative clause, participle) and the lexicon knows
  its word only in other classes (``_sense_allows``).
  Its confidence becomes the model's probability (at least the sentence's other events'), so it
  is the sentence's main event; its construction reads "model".
- the rules found no event, the sentence names two resolved actors with different codes that a
  verb governs, and the model is confident (``fill_threshold``): one event of the model's class
  from the earlier actor to the later on that verb, confidence = probability × FILL_DISCOUNT
  (construction "model-fill").

Nothing else changes: other events, and sentences the model agrees on or is unsure about, stay
byte-identical to the rules' output. Both thresholds are chosen by cross-validation on the tune
split (``learn.train``). Recoded events keep the id the rules gave them.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources

import numpy as np

from tidings.events import cameo, lexicon
from tidings.events.assembly import event_id
from tidings.events.candidate import Arg
from tidings.learn.features import _penta, sentence_features
from tidings.model import Event, Span

MODEL_FILE = "event_model.npz"
# an event the rules did not find stands on the model and a guessed trigger: its confidence is the
# model's probability times this
FILL_DISCOUNT = 0.6


class EventModel:
    def __init__(self, vocabulary: list[str], weights: np.ndarray, bias: np.ndarray, threshold: float,
                 default_codes: list[str], fill_threshold: float = 1.01):
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.weights = weights          # (features, classes)
        self.bias = bias                # (classes,)
        self.threshold = threshold            # revise the rules' main event at this probability
        self.fill_threshold = fill_threshold  # add an event the rules did not find at this one
        self.default_codes = default_codes  # per class: the code an event takes when no rule found one

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "EventModel":
        """The shipped model, read from the installed package (no download)."""
        with resources.files("tidings.data.model").joinpath(MODEL_FILE).open("rb") as fh:
            z = np.load(fh, allow_pickle=False)
            return cls([str(v) for v in z["vocabulary"]], z["weights"], z["bias"], float(z["threshold"]),
                       [str(c) for c in z["default_codes"]], float(z["fill_threshold"]))

    def proba(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Class probabilities, one row per feature list (a batch of sentences)."""
        z = np.tile(self.bias, (len(feature_lists), 1))
        for r, feats in enumerate(feature_lists):
            cols = sorted({self.index[f] for f in feats if f in self.index})
            if cols:  # the same sum as vectorise(...) @ weights, without the dense row
                z[r] += self.weights[cols].sum(axis=0) / np.sqrt(len(cols))
        return softmax(z)

    def revise_document(self, ctx, coded: list, published=None, outlets=None, doc_id="") -> list:
        """``revise`` over a document's sentences, ``coded`` = ``[(index, Span, scored pairs)]``, in
        one batch: the model reads only the sentences that can hold an event (those the rules coded
        an event in: each names an actor and has a trigger; with the fill on, also those whose two
        resolved actors a verb links), and computes their probabilities with one call. Same output
        as ``revise`` sentence by sentence; the list comes back in the same order."""
        outlets = outlets or {}
        fill = self.fill_threshold <= 1
        readable, features, pairs = [], [], {}
        for k, (si, sent, scored) in enumerate(coded):
            if scored:
                readable.append(k)
                features.append(sentence_features(sent, scored))
            elif fill:
                pair = _linked_actors(ctx, sent)
                if pair is not None:
                    readable.append(k)
                    pairs[k] = pair
                    features.append(sentence_features(sent, []))
        if not readable:
            return coded
        probabilities = self.proba(features)
        out = list(coded)
        for k, p in zip(readable, probabilities):
            si, sent, scored = coded[k]
            out[k] = (si, sent, self._decide(ctx, si, sent, scored, p, pairs.get(k), published,
                                             outlets.get(si), doc_id))
        return out

    def revise(self, ctx, si, sent, scored: list, published=None, outlet=None, doc_id="") -> list:
        """The sentence's ``(Event, construction)`` pairs with the model's opinion applied (see the
        module docstring); the list itself when the model agrees, is unsure, or has nothing to say."""
        return self.revise_document(ctx, [(si, sent, scored)], published, {si: outlet}, doc_id)[0][2]

    def _decide(self, ctx, si, sent, scored: list, p: np.ndarray, pair, published, outlet, doc_id) -> list:
        if not scored:
            return self._fill(ctx, si, sent, pair, p, published, outlet, doc_id)
        best = int(np.argmax(p))
        top = max(range(len(scored)), key=lambda i: scored[i][0].confidence)
        ev, how = scored[top]
        if _penta(ev.cameo) == best or p[best] < self.threshold:
            return scored
        # the main event becomes the rules' own event of the model's class if there is one (the
        # first, in the rules' order), else the top event recoded to the class's default code
        pick = next((i for i, (e, _) in enumerate(scored) if _penta(e.cameo) == best), None)
        if pick is None and not _sense_allows(sent, ev.trigger, best):
            return scored
        chosen, code = (top, self.default_codes[best]) if pick is None else (pick, scored[pick][0].cameo)
        ev, how = scored[chosen]
        # the model's probability, kept at least as high as the sentence's other events so that
        # the chosen event is the sentence's main one
        conf = round(max([float(p[best])] + [e.confidence for i, (e, _) in enumerate(scored) if i != chosen]), 3)
        out = list(scored)
        out[chosen] = (_recoded(ev, code, conf), ("model", how[1]))
        return out

    def _fill(self, ctx, si, sent, pair, p, published, outlet, doc_id) -> list:
        """A sentence the rules found no event in, naming two resolved actors the parse links by a
        verb (``pair``): when the model is confident it reports an event, one event of the model's
        class from the earlier actor to the later, on that verb, at a lower confidence (FILL_DISCOUNT)."""
        (src, s_tok), (tgt, t_tok), trigger = pair
        best = int(np.argmax(p))
        if p[best] < self.fill_threshold:
            return []
        code = self.default_codes[best]
        span = Span(trigger.text, trigger.idx, trigger.idx + len(trigger.text))
        s_arg, t_arg = Arg(src, s_tok.i, True, True), Arg(tgt, t_tok.i, True, True)
        ev = Event(id=event_id(doc_id, si, code, s_arg, t_arg, span), sentence=si, evidence=sent.text.strip(),
                   source=src, target=tgt, cameo=code, trigger=span, date=published, location=ctx.place(sent),
                   reported_by=outlet, confidence=round(float(p[best]) * FILL_DISCOUNT, 3))
        return [(_recoded(ev, code, ev.confidence), ("model-fill", 2))]


def _sense_allows(sent, trigger: Span, penta: int) -> bool:
    """Whether the trigger word can report an event of the class ``penta``: in a side remark (a
    relative clause or participle), a word the lexicon knows only in other classes ("who was
    visiting the town") keeps its sense; the model then heard the sentence's own event ("… survived
    the attack"), not this one misread."""
    lex = lexicon.load()
    token = next((t for t in sent if t.idx == trigger.start), None)
    if token is None or token.dep_ not in ("relcl", "acl"):
        return True
    senses = lex.verbs.get(token.lemma_.lower(), []) + lex.nouns.get(token.lemma_.lower(), [])
    return not senses or any(_penta(p.code) == penta for p in senses)


def _recoded(ev: Event, code: str, confidence: float) -> Event:
    info = cameo.table()[code]
    return replace(ev, cameo=code, confidence=confidence, root=info.root, plover=info.plover,
                   plover_mode=info.plover_mode, quad_class=info.quad_class, goldstein=info.goldstein)


def _linked_actors(ctx, sent):
    """The first two resolved actor mentions of ``sent`` with different codes, with their head
    tokens and the verb that governs both (their lowest common ancestor, or the verb above it)."""
    doc = sent.doc
    found, codes = [], set()
    for m in ctx.mentions:
        if not m.code or m.code in codes or not (sent.start_char <= m.start and m.end <= sent.end_char):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        found.append((m, span.root))
        codes.add(m.code)
        if len(found) == 2:
            break
    if len(found) < 2:
        return None
    (a, ha), (b, hb) = found
    above_a = [ha, *ha.ancestors]
    above_b = {t.i for t in [hb, *hb.ancestors]}
    common = next((t for t in above_a if t.i in above_b), None)
    while common is not None and common.pos_ not in ("VERB", "AUX"):
        common = common.head if common.head.i != common.i else None
    if common is None or common.i in (ha.i, hb.i):
        return None
    # an act needs a doer and a party it is done to: the earlier actor the verb's subject, the
    # later not a place it happened in ("Soldiers died in Syria", "called a press conference in
    # Berlin": no event between the two)
    if _arm(ha, common).dep_ != "nsubj":
        return None
    arm = _arm(hb, common)
    if arm.dep_ not in ("dobj", "dative", "prep") or (arm.dep_ == "prep" and arm.lower_ in PLACE_PREPS):
        return None
    return (a, ha), (b, hb), common


PLACE_PREPS = {"in", "at", "near", "inside", "across", "throughout", "around", "outside", "within", "from", "into"}


def _arm(tok, governor):
    """The child of ``governor`` on the path from ``tok`` up to it."""
    while tok.head.i != governor.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def vectorise(feature_lists: list[list[str]], index: dict[str, int]) -> np.ndarray:
    """Binary bag of features, each row scaled to unit length (long sentences do not shout)."""
    x = np.zeros((len(feature_lists), len(index)), dtype=np.float32)
    for r, feats in enumerate(feature_lists):
        cols = sorted({index[f] for f in feats if f in index})
        if cols:
            x[r, cols] = 1.0 / np.sqrt(len(cols))
    return x


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
