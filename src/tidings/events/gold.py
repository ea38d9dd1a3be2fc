"""Scoring the event coder on gold sets: ConfliBERT penta-class TSV, ConfliBERT span IOB, PETRARCH
unit-test JSONL. Readers, the metrics, and ``evaluate(path)`` that detects the format.

Penta-class: the class (0 statement 01–02, 1 verbal cooperation 03–05, 2 material cooperation
06–08, 3 verbal conflict 09–13, 4 material conflict 14–20) of the highest-confidence event of each
sentence; a sentence where we code nothing counts against recall of its gold class. Spans: token
precision/recall/F1 of the highest-confidence event's source tokens vs gold S+R tokens and target
tokens vs gold T+R tokens. PETRARCH: micro P/R/F1 of (source country, target country, CAMEO root)
triples over records with ``evaluate="true"``, plus the share of no-event records left empty.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tidings import nlp
from tidings.errors import TidingsError
from tidings.events import cameo
from tidings.events.coder import EventCoder

log = logging.getLogger(__name__)


class GoldFormatError(TidingsError, ValueError):
    pass


# ------------------------------------------------------------------ readers
def read_penta(path) -> list[tuple[str, int]]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        text, _, label = line.rpartition("\t")
        if not text or not label.strip().isdigit():
            raise GoldFormatError(f"{path}:{n}: expected 'sentence<TAB>label'")
        out.append((text, int(label)))
    return out


def read_spans(path) -> list[tuple[list[str], list[str]]]:
    out, toks, tags = [], [], []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip("\r")
        if not line.strip():
            if toks:
                out.append((toks, tags))
            toks, tags = [], []
            continue
        tok, _, tag = line.rpartition(" ")
        if not tok or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise GoldFormatError(f"{path}:{n}: expected 'token TAG' with an IOB2 tag")
        toks.append(tok)
        tags.append(tag)
    if toks:
        out.append((toks, tags))
    return out


def read_petrarch(path) -> list[dict]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if "text" not in rec or "events" not in rec:
            raise GoldFormatError(f"{path}:{n}: a PETRARCH record needs 'text' and 'events'")
        out.append(rec)
    return out


def detect(path) -> str:
    """penta | spans | petrarch, from the file's first non-empty line."""
    p = Path(path)
    if not p.is_file():
        raise GoldFormatError(f"{path}: no such file")
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                break
        else:
            raise GoldFormatError(f"{path}: empty file")
    if line.lstrip().startswith("{"):
        return "petrarch"
    if "\t" in line and line.rstrip().rsplit("\t", 1)[-1].isdigit():
        return "penta"
    if len(line.split()) == 2:
        return "spans"
    raise GoldFormatError(f"{path}: not a ConfliBERT TSV, ConfliBERT IOB or PETRARCH JSONL file")


# ------------------------------------------------------------------ metrics
@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    kind: str
    n: int
    metrics: dict[str, PRF] = field(default_factory=dict)
    extra: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"gold": self.kind, "n": self.n, "metrics": {k: v.row() for k, v in self.metrics.items()},
                **self.extra}


def _resolver(actors=(), agents=()):
    from tidings.actors import ActorResolver

    return ActorResolver.load(actors=list(actors), agents=list(agents))


def _code_texts(coder, resolver, texts: list[str], dates: list[str | None], batch_size=32):
    """(doc, events) of each text, coded by the pipeline's own stages (actors, quotes, events), so
    the figures are those of ``tidings code``. (This harness sits above the pipeline it scores,
    hence the import here; it could move to a package of its own.)"""
    from tidings.model import Article
    from tidings.pipeline import Coder

    stages = Coder(resolver=resolver or _resolver(), events=coder, time_budget=None)
    for i, (doc, pub) in enumerate(zip(nlp.parse(texts, batch_size=batch_size), dates)):
        yield doc, stages.code_doc(Article(id=str(i), text=doc.text, published=pub), doc).events


def conflibert_class(code: str) -> int:
    """Penta class as ConfliBERT's annotators used it.

    Their NOTES define verbal conflict as 09–13, but their labels put reductions of relations
    (CAMEO 16: sanctions, suspended aid, expulsions of diplomats) in verbal conflict — 40 of the
    46 training sentences with "suspended" or "sanctions on" are class 3 — so 16 maps to 3 here.
    Everything else follows the documented root ranges.
    """
    return 3 if cameo.root(code) == "16" else cameo.penta(code)


def top_event(events):
    return max(events, key=lambda e: e.confidence) if events else None


def score_penta(records: list[tuple[str, int]], coder=None, resolver=None,
                progress: Callable | None = None) -> Report:
    coder = coder or EventCoder.load()
    per = {c: PRF() for c in range(5)}
    confusion: Counter = Counter()
    texts = [t for t, _ in records]
    for (doc, events), (_, gold) in zip(_code_texts(coder, resolver, texts, [None] * len(texts)), records):
        ev = top_event(events)
        pred = conflibert_class(ev.cameo) if ev else None
        confusion[(gold, pred)] += 1
        if pred == gold:
            per[gold].tp += 1
        else:
            per[gold].fn += 1
            if pred is not None:
                per[pred].fp += 1
        if progress:
            progress(1)
    rep = Report("conflibert-penta", len(records), {f"class {c}": per[c] for c in range(5)})
    macro = sum(p.f1 for p in per.values()) / 5
    rep.extra["macro_f1"] = round(macro, 4)
    rep.extra["accuracy"] = round(sum(p.tp for p in per.values()) / max(1, len(records)), 4)
    rep.extra["coded"] = round(sum(v for (g, p), v in confusion.items() if p is not None) / max(1, len(records)), 4)
    return rep


def calibrate(records: list[tuple[str, int]], coder=None, resolver=None) -> dict:
    """Per construction key: (events, share whose class matched gold), from the top events.

    This is how ``calibration.CALIBRATION`` was measured; rerun after changing the lexicon or rules.
    """
    coder = coder or EventCoder.load()
    tally: dict = {}
    texts = [t for t, _ in records]
    for doc, pub, (_, gold) in zip(nlp.parse(texts, batch_size=32), [None] * len(texts), records):
        mentions = resolver.find(doc, pub) if resolver is not None else []
        scored = coder.code_with_constructions(doc, mentions, published=pub)
        if not scored:
            continue
        ev, key = max(scored, key=lambda pair: pair[0].confidence)  # the top event, as top_event picks
        hit, n = tally.get(key, (0, 0))
        tally[key] = (hit + (conflibert_class(ev.cameo) == gold), n + 1)
    return {k: (n, round((hit + 1) / (n + 2), 3)) for k, (hit, n) in tally.items()}


def reliability(records: list[tuple[str, int]], coder=None, resolver=None) -> dict:
    """``calibration.reliability`` of the top events' confidence against the gold penta class."""
    from tidings.events.calibration import reliability as table

    coder = coder or EventCoder.load()
    pairs = []
    for doc, (_, gold) in zip(nlp.parse([t for t, _ in records], batch_size=32), records):
        scored = coder.code_with_constructions(doc, resolver.find(doc, None) if resolver is not None else [])
        if scored:
            ev = max(scored, key=lambda pair: pair[0].confidence)[0]  # the top event, as top_event picks
            pairs.append((ev.confidence, conflibert_class(ev.cameo) == gold))
    return table(pairs)


def _gold_tokens(tags: list[str], roles: set[str]) -> set[int]:
    return {i for i, t in enumerate(tags) if t != "O" and t[2:] in roles}


APOSTROPHES = ("'", "’")


def detokenize(toks: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as written from gold tokens, with each token's character span: tokens are
    joined by spaces, but a possessive is written on its word ("Baghdad ’ s forces" and "the
    government 's request" were "Baghdad’s forces", "the government's request"), as the coder
    meets it in text."""
    parts, offs, pos = [], [], 0
    for i, t in enumerate(toks):
        glued = i > 0 and (t.lower() in ("'s", "’s") or (t in APOSTROPHES and toks[i + 1:i + 2] == ["s"]) or
                           (t == "s" and toks[i - 1] in APOSTROPHES and i > 1))
        if i > 0 and not glued:
            parts.append(" ")
            pos += 1
        parts.append(t)
        offs.append((pos, pos + len(t)))
        pos += len(t)
    return "".join(parts), offs


def score_spans(records: list[tuple[list[str], list[str]]], coder=None, resolver=None,
                progress: Callable | None = None) -> Report:
    coder = coder or EventCoder.load()
    src, tgt = PRF(), PRF()
    by_kind: dict[str, PRF] = {}
    texts, offsets = [], []
    for toks, _ in records:
        text, offs = detokenize(toks)
        texts.append(text)
        offsets.append(offs)
    for (doc, events), (toks, tags), offs in zip(_code_texts(coder, resolver, texts, [None] * len(texts)), records, offsets):
        ev = top_event(events)
        pred_s, pred_t = set(), set()
        if ev is not None:
            # one event mention may come as several records: compound actors ("India and
            # Pakistan") give one per conjunct, a reciprocal one both directions (gold tag R)
            group = [e for e in events if e.trigger.start == ev.trigger.start and e.cameo == ev.cameo]
            for e in group:
                pred_s |= _covered(e.source, offs)
                pred_t |= _covered(e.target, offs)
        gold_s = _gold_tokens(tags, {"S", "R"})
        gold_t = _gold_tokens(tags, {"T", "R"})
        kind = target_construction(doc, group) if ev is not None else "no event"
        by_kind.setdefault(kind, PRF())
        for pred, gold, acc in ((pred_s, gold_s, src), (pred_t, gold_t, tgt), (pred_t, gold_t, by_kind[kind])):
            acc.tp += len(pred & gold)
            acc.fp += len(pred - gold)
            acc.fn += len(gold - pred)
        if progress:
            progress(1)
    # target figures per construction the target came by (sentences grouped by it): where targets go wrong
    per_kind = {f"target tokens · {k}": by_kind[k] for k in sorted(by_kind)}
    return Report("conflibert-spans", len(records), {"source tokens": src, "target tokens": tgt, **per_kind})


def target_construction(doc, group) -> str:
    """How an event's target relates to its trigger in the parse: the verb's direct object, the
    object of one of its prepositions, a phrase inside its object, the other doer of a reciprocal
    act, or a party found elsewhere in the sentence or story."""
    ev = next((e for e in group if e.target is not None), None)
    if ev is None:
        return "no target"
    span = doc.char_span(ev.target.start, ev.target.end, alignment_mode="expand")
    trig = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or trig is None:
        return "elsewhere"
    head, trigger = span.root, trig.root
    if head.head.i == trigger.i and head.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd"):
        return "direct object"
    if head.head.dep_ in ("prep", "agent") and head.head.head.i == trigger.i:
        return "preposition of the trigger"
    if head.head.i == trigger.i and head.dep_ in ("poss", "compound", "amod", "nmod"):
        return "modifier of a nominal trigger"
    if any(a.i == trigger.i for a in head.ancestors):
        return "inside the object"
    if (len(group) > 1 and _reciprocal(group)) or head.dep_ in ("nsubj", "conj"):
        return "reciprocal partner or conjoined doer"
    return "elsewhere in the sentence or story"


def _reciprocal(group) -> bool:
    a, b = group[0], group[1]
    return bool(a.source and b.target and a.target and b.source and a.source.start == b.target.start
                and a.target.start == b.source.start)


def _covered(actor, offs) -> set[int]:
    if actor is None:
        return set()
    return {i for i, (s, e) in enumerate(offs) if s < actor.end and actor.start < e}


def _country(code: str | None) -> str:
    if not code or code.startswith("---"):
        return "---"
    return code[:3]


def _actor_country(actor) -> str:
    if actor is None:
        return "---"
    return actor.country or _country(actor.code)


def score_petrarch(records: list[dict], coder=None, resolver=None, progress: Callable | None = None) -> Report:
    coder = coder or EventCoder.load()
    # records with evaluate="true"; the error-handling cases (``expect_error``: malformed input
    # PETRARCH must reject) test a parser we do not have and are left out
    recs = [r for r in records if str(r.get("evaluate", "true")).lower() == "true" and not r.get("expect_error")]
    triples, empty_ok, empty_n = PRF(), 0, 0
    roots, plover = PRF(), PRF()
    texts = [r["text"] for r in recs]
    pubs = [_petr_date(r.get("date")) for r in recs]
    for (doc, events), rec in zip(_code_texts(coder, resolver, texts, pubs), recs):
        gold = Counter()
        for e in rec["events"]:
            gold[(_country(e.get("sourcecode")), _country(e.get("targetcode")), str(e.get("eventcode", ""))[:2])] += 1
        # every coded event counts: the code is assigned whatever the modality (PETRARCH's
        # dictionaries code negations with patterns of their own)
        pred = Counter({(_actor_country(e.source), _actor_country(e.target), e.root): 1 for e in events})
        if rec.get("noevents"):
            empty_n += 1
            empty_ok += not pred
        triples.tp += sum((gold & pred).values())
        triples.fp += sum((pred - gold).values())
        triples.fn += sum((gold - pred).values())
        groot = Counter({k[2]: 1 for k in gold})
        proot = Counter({k[2]: 1 for k in pred})
        roots.tp += sum((groot & proot).values())
        roots.fp += sum((proot - groot).values())
        roots.fn += sum((groot - proot).values())
        # PLOVER types through the one CAMEO→PLOVER table (cameo.tsv), for gold and coded alike;
        # statements and appeals (01, 02) have no PLOVER type and are left out on both sides
        gplover = Counter({t: 1 for t in (_plover(e.get("eventcode")) for e in rec["events"]) if t})
        pplover = Counter({e.plover: 1 for e in events if e.plover})
        plover.tp += sum((gplover & pplover).values())
        plover.fp += sum((pplover - gplover).values())
        plover.fn += sum((gplover - pplover).values())
        if progress:
            progress(1)
    rep = Report("petrarch-unittest", len(recs), {"(source country, target country, root)": triples,
                                                  "root only": roots, "PLOVER type": plover})
    rep.extra["no_event_left_empty"] = round(empty_ok / empty_n, 4) if empty_n else None
    rep.extra["no_event_records"] = empty_n
    return rep


def _plover(code) -> str | None:
    """The PLOVER type of a gold CAMEO code (its nearest parent in the table for a longer code)."""
    code = str(code or "")
    for n in range(len(code), 1, -1):
        info = cameo.table().get(code[:n])
        if info is not None:
            return info.plover
    return None


def _petr_date(value) -> str | None:
    v = str(value or "")
    return f"{v[:4]}-{v[4:6]}-{v[6:8]}" if len(v) == 8 and v.isdigit() else None


def evaluate(path, limit: int | None = None, actors=(), agents=(), verbs=(), discards=(),
             builtin: bool | None = None, progress: Callable | None = None) -> Report:
    """Score the coder on the gold file at ``path`` (format detected); ``limit`` takes the first N.

    PETRARCH records are coded with their own dictionaries (found in ``dictionaries/`` next to the
    gold file unless given): actors and agents through the actors stage, verbs and discards
    through ``events.petrarch``, without our built-in lexicon (its codes are CAMEO, theirs WEIS).
    """
    kind = detect(path)
    if kind == "petrarch":
        d = Path(path).parent / "dictionaries"
        actors = actors or sorted(str(p) for p in d.glob("*actors*.txt"))
        agents = agents or sorted(str(p) for p in d.glob("*agents*.txt"))
        verbs = verbs or sorted(str(p) for p in d.glob("*verbs*.txt"))
        discards = discards or sorted(str(p) for p in d.glob("*discards*.txt"))
        if builtin is None:
            builtin = not verbs
    resolver = _resolver(actors, agents)
    coder = EventCoder.load(verbs=list(verbs), discards=list(discards),
                            builtin=True if builtin is None else builtin)
    if kind == "penta":
        recs = read_penta(path)[:limit]
        return score_penta(recs, coder, resolver, progress)
    if kind == "spans":
        recs = read_spans(path)[:limit]
        return score_spans(recs, coder, resolver, progress)
    recs = read_petrarch(path)[:limit]
    return score_petrarch(recs, coder, resolver, progress)
