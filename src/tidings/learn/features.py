"""Features of one sentence for the event model: its words and the rules' own reading of it.

Cheap at run time: everything comes from the spaCy parse already made and from the events the
rules coded in the sentence. One home for the feature names, used by training and inference
alike, so the shipped weights always meet the features they were trained on.
"""

from __future__ import annotations

from tidings.events import cameo

CONTENT_POS = {"VERB", "NOUN", "ADJ", "ADV", "PROPN", "AUX", "ADP", "PART"}


def sentence_features(sent, scored) -> list[str]:
    """Feature names of ``sent`` (a spaCy Span) given the rules' ``scored`` events of it, each
    ``(Event, (construction kind, resolved sides))`` as ``EventCoder.code_with_constructions`` gives."""
    feats: list[str] = []
    words = [t.lower_ for t in sent if not t.is_punct and not t.is_space]
    feats += [f"w={w}" for w in words]
    feats += [f"b={a}_{b}" for a, b in zip(words, words[1:])]
    feats += [f"l={t.lemma_.lower()}" for t in sent if t.pos_ in ("VERB", "NOUN")]
    root = sent.root
    feats.append(f"root={root.lemma_.lower()}")
    for c in root.children:
        if c.dep_ in ("dobj", "xcomp", "ccomp", "prep"):
            feats.append(f"root_{c.dep_}={c.lemma_.lower()}")
    feats.append(f"ents={min(3, len(sent.ents))}")
    if not scored:
        feats.append("rule=none")
        return feats
    top, (kind, resolved) = max(scored, key=lambda pair: pair[0].confidence)
    r = cameo.root(top.cameo)
    feats += [f"rule_root={r}", f"rule_penta={_penta(top.cameo)}", f"rule_kind={kind}",
              f"rule_sides={resolved}", f"rule_mod={top.modality}", f"rule_kind_penta={kind}_{_penta(top.cameo)}",
              f"rule_trig={top.trigger.text.lower()}"]
    feats += [f"any_root={cameo.root(ev.cameo)}" for ev, _ in scored]
    return feats


def _penta(code: str) -> int:
    # the ConfliBERT annotators' classes: reductions of relations (16) are verbal conflict
    from tidings.events.gold import conflibert_class

    return conflibert_class(code) if code[:2].isdigit() and code[:2] in cameo.PENTA else -1
