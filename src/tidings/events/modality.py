"""Modality: what kind of statement an event is (asserted, negated, threatened, promised,
hypothetical, reported, historical). The code is always assigned; modality qualifies it."""

from __future__ import annotations

from datetime import timedelta

from tidings import dates, vocab

MODALITIES = ("asserted", "negated", "threatened", "promised", "hypothetical", "reported", "historical")
CONDITIONAL = {"if", "unless"}
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
HYPO_AUX = {"could", "might", "may", "would", "should", "can"}
PAST_MARKERS = {"existing", "previous", "earlier", "former", "past", "prior", "previously", "already"}
REPORT_ADV = {"reportedly", "allegedly", "purportedly", "supposedly"}
ALLEGING = {"accuse", "suspect", "blame", "charge"}  # their of/for/with + gerund is alleged
REPORTING = vocab.reporting_verbs()  # one list for every stage: data/vocab/speech_verbs.tsv
HISTORICAL_DAYS = 60  # events dated this far before publication are background, not news


def is_negated(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in ("never", "n't", "not", "n’t"):
            return True
        if c.dep_ == "det" and c.lower_ == "no" and tok.pos_ == "NOUN":
            return True
    # "no sanctions were imposed": negative determiner on the light object / passive subject
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            return True
    return False


def _clause_head(tok):
    """The verb heading the clause a (possibly nominal) trigger belongs to."""
    cur = tok
    for _ in range(10):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _auxes(verb) -> list[str]:
    out = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # "going to take", "have to take": the auxiliaries sit on the governing verb
    cur = verb
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        out += [c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")]
        if cur.lemma_ == "go" and any(c.lower_ == "to" for c in verb.subtree):
            out.append("will")
    return out


def is_future(tok) -> bool:
    """Future or promised: will/shall/going to, or "would" reporting a future ("said it would …")."""
    verb = _clause_head(tok)
    aux = set(_auxes(verb))
    if aux & FUTURE_AUX or "going" in aux:
        return True
    if "would" in aux:
        cur = verb
        while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
            cur = cur.head
        return cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING | {"pledge", "promise", "vow", "agree", "announce"}
    return False


def _in_conditional(verb) -> bool:
    cur = verb
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in cur.children) and cur.dep_ == "advcl":
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cur.children) and cur.dep_ == "ccomp":
            return True  # an open question: "asked whether China was violating …"
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _has_condition(verb) -> bool:
    """The clause of ``verb`` (or a clause it is coordinated with) carries an if/unless condition."""
    cands = [verb]
    cur = verb
    while cur.dep_ in ("xcomp", "conj", "ccomp") and cur.head.i != cur.i:
        cur = cur.head
        cands.append(cur)
    for v in cands:
        for c in v.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL for g in c.children):
                return True
    return False


def _reported(tok, verb, sent, ctx, cand, outlet) -> bool:
    if any(c.lower_ in REPORT_ADV for c in verb.children) or any(c.lower_ in REPORT_ADV for c in tok.children):
        return True
    # "According to US, …" — someone else's claim (an outlet is reported_by, not a modality)
    first = sent[0]
    if first.lower_ == "according" or (len(sent) > 2 and sent[0].lower_ == "as" and sent[1].lower_ == "per"):
        who = [g for g in first.subtree if g.dep_ == "pobj"]
        if who and not (outlet and outlet.lower() in who[-1].text.lower()):
            return True
    # "accused Beijing of supporting …": an allegation, not a fact the text asserts
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.lemma_.lower() in ALLEGING:
        return True
    src_codes = {s.actor.code for s in cand.sources if s is not None and s.actor.code}
    # inside the complement of a reporting verb whose speaker is not the event's source
    cur = verb
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "xcomp") and cur.head.lemma_.lower() in REPORTING:
            speaker = [c for c in cur.head.children if c.dep_ == "nsubj"]
            if speaker:
                m = ctx.mention_at(speaker[0].i)
                if m is None:
                    arg = ctx.arg(speaker[0].i)
                    m = arg.actor if arg.resolved else None
                if m is not None and m.code and src_codes and m.country not in {ctx_country(c) for c in src_codes}:
                    return True
            return False
        cur = cur.head
    # a nominal event inside someone's concern/accusation ("concerns about Beijing's support for …")
    if tok.pos_ in ("NOUN", "PROPN"):
        cur = tok
        for _ in range(4):
            cur = cur.head
            if cur.lemma_.lower() in ("concern", "accusation", "allegation", "claim", "evidence", "criticism", "warning"):
                return True
            if cur.head.i == cur.i:
                break
    return False


def ctx_country(code: str) -> str:
    return code[:3]


FUTURE_ADJ = {"planned", "upcoming", "forthcoming", "proposed", "scheduled", "expected", "promised", "pledged", "future"}
HYPO_ADJ = {"possible", "potential", "prospective", "hypothetical", "likely", "eventual"}


def _nominal(tok, sent, ctx, cand, outlet, published, date) -> str:
    """Modality of a nominal event: from its own modifiers, not from the clause it sits in."""
    mods = {c.lower_ for c in tok.children}
    if is_negated(tok):
        return "negated"
    if mods & PAST_MARKERS:
        return "historical"
    if mods & FUTURE_ADJ:
        return "promised"
    if mods & HYPO_ADJ:
        return "hypothetical"
    if _reported(tok, _clause_head(tok), sent, ctx, cand, outlet):
        return "reported"
    return _by_date(published, date)


def _by_date(published, date) -> str:
    pub = dates.parse_date(published)
    if pub and date and len(date) == 4 and date.isdigit():
        return "historical" if int(date) < pub.year else "asserted"
    if pub and date and len(date) >= 7:
        d = dates.parse_date(date if len(date) == 10 else date + "-28" if len(date) == 7 else None)
        if d and d < pub - timedelta(days=HISTORICAL_DAYS):
            return "historical"
    return "asserted"


def classify(tok, sent, ctx, published, cand, date=None, outlet=None) -> str:
    if cand.kind == "noun":
        return _nominal(tok, sent, ctx, cand, outlet, published, date)
    verb = _clause_head(tok)
    if cand.kind == "frame" and cand.code.startswith("13"):
        return "threatened"
    if is_negated(tok) or (tok is not verb and tok.pos_ == "VERB" and is_negated(verb)):
        return "negated"
    if tok.pos_ in ("VERB", "AUX") and is_negated(tok):
        return "negated"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() == "deny" and not is_negated(verb.head):
        return "negated"  # "Iran denied supplying drones to Russia"
    if _in_conditional(verb):
        return "hypothetical"
    aux = set(_auxes(verb))
    future = is_future(tok)
    if _has_condition(verb):
        # "we will take more action if it doesn't stop": a conditional commitment —
        # a threat when the act is hostile, a promise when it is cooperative
        return "threatened" if cand.code[:2] >= "09" else "promised"
    if cand.kind == "frame" and cand.code[:2] in ("03",):
        return "promised"
    if future:
        return "promised"
    if aux & (HYPO_AUX - {"can"}) and not future:
        return "hypothetical"
    if _reported(tok, verb, sent, ctx, cand, outlet):
        return "reported"
    return _by_date(published, date)
