"""Precision levers against the real-article audits: which stored events would a filter refuse?

    PYTHONPATH=src:. .venv/bin/python benchmarks/audit_levers.py [--tables]

Codes the audit sets exactly as ``tests/events/test_audit.py`` does (its picks, its matching of
events to judgements, the pipeline with the model on) and the ConfliBERT tune split as the penta
gate does (rules alone, the top event of each sentence), keeping for every event the attributes a
filter could read: calibrated confidence, construction kind, resolved sides, CAMEO root, penta and
quad class, modality, the trigger's dependency and tag, whether source and target carry a code,
the number of events in its sentence, what its doer is (``doer``: coded, a name we do not know, a
noun phrase with a name in it, a bare common noun, an unresolved I/we, another pronoun, none), and the
model's class probabilities where it read the sentence. Then, for every lever in ``LEVERS`` (a predicate: keep this event?), prints

- the tune-like sets 1–10: events, right / partly / wrong kept, the shares, and what was dropped;
- the blind sets (``test_audit.BLIND_SETS``): the same counts and shares, nothing else — no
  sentence, trigger or actor of a blind event is printed or written anywhere;
- the ConfliBERT tune split's penta macro-F1 with the lever (the gate's floor is in
  ``tests/events/test_gold_splits.py``; the check split is for ``/tmp/figs``-style figures only).

``--save FILE`` keeps the coded attributes (blind events without their text) and ``--load FILE`` scores
new levers on them without coding again. ``--tables`` adds, for sets 1–10 only, right / partly / wrong by each attribute. Choose a lever on
sets 1–10 and the tune split; read its blind figures last. Session 20's reading (h13f) is in
``tests/events/data/AUDIT.md``, "Precision levers".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.events.test_audit

# a lever: keep the event (a dict of the attributes above)? The first is the baseline.
LEVERS = {
    "none": lambda e: True,
    "confidence >= 0.5 (even odds of a right class)": lambda e: e["conf"] >= 0.5,
    "confidence >= 0.65": lambda e: e["conf"] >= 0.65,
    "some side coded": lambda e: e["sides"] >= 1,
    "source coded": lambda e: e["src"],
    "source coded, or material conflict": lambda e: e["src"] or e["quad"] == 4,
    "model agrees, or confidence >= 0.7": lambda e: e["agree"] is not False or e["conf"] >= 0.7,
    # h13g: a doer that names an actor (``doer``): coded, or a name we do not know, or material conflict
    "no unresolved I/we doer": lambda e: e["doer"] != "first",
    "no bare-noun doer with an uncoded party, unless material conflict":
        lambda e: not (e["doer"] == "noun" and not e["tgt"] and e["quad"] != 4),
    "no I/we doer; no bare-noun doer unless material conflict":
        lambda e: e["doer"] != "first" and (e["doer"] != "noun" or e["quad"] == 4),
    "a doer that names an actor (coded or a name), or material conflict":
        lambda e: e["doer"] in ("coded", "name", "noun with a name") or e["quad"] == 4,
}


NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"}  # spaCy entities that name an actor


def doer(ev, doc) -> str:
    """What the event's source is: none, coded, name (a PROPN head or a named entity we do not know),
    first (an unresolved I / we), pron (another pronoun), noun (a common noun naming no actor)."""
    from tidings.actors.coreference import FIRST_PERSON

    s = ev.source
    if s is None:
        return "none"
    if s.code:
        return "coded"
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None:
        return "noun"
    if head.pos_ == "PROPN" or head.ent_type_ in NAME_LABELS or (s.label or "") in NAME_LABELS:
        return "name"
    if head.lower_ in FIRST_PERSON:
        return "first"
    if head.pos_ == "PRON":
        return "pron"
    if any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS for t in span):
        return "noun with a name"  # "the separatist group Black Widow", "Deutsche Bank's mission"
    return "noun"


def attributes(ev, how, tok, n_in_sentence, probabilities=None, doc=None) -> dict:
    from tidings.learn.features import _penta

    penta = _penta(ev.cameo)
    agree = None
    if probabilities is not None:
        agree = max(range(len(probabilities)), key=lambda i: probabilities[i]) == penta
    return {"conf": ev.confidence, "kind": how[0], "sides": how[1], "root": ev.root, "penta": penta,
            "quad": ev.quad_class, "modality": ev.modality, "src": bool(ev.source and ev.source.code),
            "tgt": bool(ev.target and ev.target.code), "dep": tok.dep_ if tok is not None else None,
            "tag": tok.tag_ if tok is not None else None, "n": n_in_sentence, "agree": agree,
            "doer": doer(ev, doc) if doc is not None else None,
            "stext": ev.source.text if ev.source is not None else None}


def recording_coder(model: bool):
    """A pipeline Coder whose event coder keeps each event's construction and, with the model, the
    class probabilities of each sentence the model read (in ``.how`` and ``.read``)."""
    from tidings.actors import ActorResolver
    from tidings.events import EventCoder
    from tidings.pipeline import Coder

    class Recording(EventCoder):
        def code(self, doc, mentions=None, published=None, attributions=None, doc_id="", quotes=None,
                 author=None, home=None):
            pairs = self.code_with_constructions(doc, mentions, published, attributions, doc_id, quotes, author,
                                                 home)
            self.how.update((id(ev), how) for ev, how in pairs)
            return [ev for ev, _ in pairs]

    events = Recording.load(model=model)
    events.how, events.read = {}, {}
    if events.model is not None:
        model_cls = type(events.model)

        class Reading(model_cls):
            def _decide(self, ctx, si, sent, scored, p, *rest):
                events.read[(rest[-1], si)] = [float(x) for x in p]  # rest[-1]: doc_id
                return super()._decide(ctx, si, sent, scored, p, *rest)

        reading = Reading.__new__(Reading)
        reading.__dict__.update(events.model.__dict__)
        events.model = reading
    return Coder(resolver=ActorResolver.load(), events=events, time_budget=None)


def audit_events(coder, audit) -> list[dict]:
    """Every event the pipeline stores for ``audit``'s articles, with its verdict."""
    from tests.events import test_audit as ta
    from tidings.pipeline import code_parsed

    picked = ta.audit_articles(audit.picks)
    judged: dict[tuple, list[dict]] = {}
    for j in ta.read_judgements(audit.judgements):
        if j["judgement"] in ta.EVENT_VERDICTS:
            judged.setdefault(ta.judged_key(j), []).append(j)
    out, seen = [], Counter()
    for doc, coded in code_parsed((ta.raw_document(r) for _c, r in picked), coder=coder):
        per_sentence = Counter(e.sentence for e in coded.events)
        by_start = {t.idx: t for t in doc}
        sents = list(doc.sents)
        for e in coded.events:
            verdict = ta.verdict_of(judged.get(ta.event_key(coded.article.id, e), []), e, seen)
            row = attributes(e, coder.events.how[id(e)], by_start.get(e.trigger.start), per_sentence[e.sentence],
                             coder.events.read.get((coded.article.id, e.sentence)), doc)
            row["set"] = audit.name
            row["where"] = (coded.article.id, e.sentence, e.trigger.text, e.cameo,  # sets 1-10 only
                            e.target.code if e.target is not None else None, sents[e.sentence].text)
            row["verdict"] = verdict or "unjudged"
            out.append(row)
    return out


def gold_sentences(coder) -> list[tuple[int, list[dict]]]:
    """(gold penta class, its events' attributes) per sentence of the ConfliBERT tune split."""
    from tests.conftest import shared_path
    from tidings.events import gold

    records = gold.read_penta(shared_path("gold", "events", "conflibert_train", "cameo_class_tune.tsv"))
    out = []
    for (doc, events), (_t, cls) in zip(gold._code_texts(coder.events, coder.resolver, [t for t, _ in records],
                                                         [None] * len(records)), records):
        by_start = {t.idx: t for t in doc}
        out.append((cls, [{**attributes(e, coder.events.how[id(e)], by_start.get(e.trigger.start), len(events),
                                         doc=doc), "where": (e.trigger.text, e.cameo, doc.text)} for e in events]))
    return out


def penta_f1(sentences, keep) -> float:
    """Macro-F1 of the top kept event's class, as ``gold.score_penta`` scores it."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for cls, events in sentences:
        kept = [e for e in events if keep(e)]
        pred = max(kept, key=lambda e: e["conf"])["penta"] if kept else None
        if pred == cls:
            tp[cls] += 1
        else:
            fn[cls] += 1
            if pred is not None:
                fp[pred] += 1
    f1 = [2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) if tp[c] else 0.0 for c in range(5)]
    return sum(f1) / 5


def shares(rows, keep) -> str:
    kept = [r for r in rows if keep(r)]
    c, d = Counter(r["verdict"] for r in kept), Counter(r["verdict"] for r in rows if not keep(r))
    n = max(1, len(kept))
    return (f"{len(kept):4d} events, R {c['right']:3d} P {c['partly']:3d} W {c['wrong']:3d} U {c['unjudged']}, "
            f"right {c['right'] / n:.3f} wrong {c['wrong'] / n:.3f} (dropped R {d['right']} P {d['partly']} "
            f"W {d['wrong']})")


def tables(rows) -> None:
    for name in ("doer", "kind", "sides", "root", "penta", "modality", "src", "tgt", "dep", "tag", "n", "agree", "conf"):
        by = defaultdict(Counter)
        for r in rows:
            by[int(r[name] * 10) / 10 if name == "conf" else r[name]][r["verdict"]] += 1  # conf: tenths
        print(f"\n{name}")
        for key in sorted(by, key=lambda k: -sum(by[k].values())):
            c = by[key]
            n = sum(c.values())
            print(f"  {str(key):12s} {n:4d}  right {c['right']:3d}  partly {c['partly']:3d}  wrong {c['wrong']:3d}"
                  f"  wrong share {c['wrong'] / n:.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tables", action="store_true", help="verdicts by attribute on sets 1-10")
    ap.add_argument("--save", help="keep the coded attributes in this pickle (blind events without their text)")
    ap.add_argument("--doers", action="store_true", help="list the uncoded doers of sets 1-10 and the tune split")
    ap.add_argument("--load", help="read the attributes a --save kept instead of coding again")
    args = ap.parse_args()
    import pickle

    from tests.events import test_audit as ta

    if args.load:
        with open(args.load, "rb") as f:
            tune, blind, sentences = pickle.load(f)
    else:
        coder = recording_coder(model=True)
        tune, blind = [], {}
        for audit in ta.AUDIT_SETS:
            if audit.name in ta.BLIND_SETS:
                blind[audit.name] = [{**r, "stext": None, "where": None} for r in audit_events(coder, audit)]
            else:
                tune += audit_events(coder, audit)
        sentences = gold_sentences(recording_coder(model=False))  # the gates score the rules alone
        if args.save:
            with open(args.save, "wb") as f:
                pickle.dump((tune, blind, sentences), f)
    if args.tables:
        tables(tune)
    if args.doers:  # the uncoded doers of sets 1-10 and of the tune split's top events, by kind
        for kind in ("name", "noun with a name", "noun", "first", "pron", "none"):
            print(f"\n== doer: {kind}")
            for r in tune:
                if r["doer"] == kind:
                    print(f"  [{r['verdict']}] {r['stext']!r} {r['where']}")
            for cls, events in sentences:
                if events:
                    top = max(events, key=lambda e: e["conf"])
                    if top["doer"] == kind:
                        print(f"  [tune {'ok' if top['penta'] == cls else 'x'}] {top['stext']!r} {top['where']}")
    for name, keep in LEVERS.items():
        print(f"\n{name}\n  sets 1-10: {shares(tune, keep)}")
        for set_name, rows in blind.items():
            print(f"  {set_name + ':':10s} {shares(rows, keep)}")
        print(f"  ConfliBERT tune penta macro-F1 {penta_f1(sentences, keep):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
