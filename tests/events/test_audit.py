"""Issue 13's real-article audit and no-event precision gate, read from ../shared at run time.

The judgements are a careful human CAMEO coder's reading of what the pipeline coded on ten articles
nobody tuned rules on (rules and counts in ``data/AUDIT.md``). The fixtures hold no article text
(the corpora's licences differ): events are matched by article, sentence index, trigger offset and
CAMEO root; no-event sentences by article, sentence index and sha1 of the sentence text.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import shared_path

DATA = Path(__file__).parent / "data"
JUDGEMENTS = DATA / "audit_judgements.jsonl"
NO_EVENT = DATA / "no_event_sentences.tsv"

# the selection rule of AUDIT.md: within each corpus (and kind), the articles whose sha1(id) sorts first
AUDIT_PICKS = (
    ("wikinews_2019_2020", 4, lambda row: row["meta"].get("topic_core_ir_manual") is True),
    ("kremlin_ukraine_press_2021_2022", 3, lambda row: True),
    ("globalvoices_html_2009", 3, lambda row: True),
)

# measured when the audit was judged (AUDIT.md); the gates allow 0.05 of drift either way
MEASURED_RIGHT = 0.161  # 26 right of 161 events (session 4: actors from context, 'I' left to the author,
#                        stale verdicts re-judged; 0.119 = 20 of 167 in session 3, 0.108 = 20 of 186 at the audit)
MEASURED_WRONG = 0.435  # 70 wrong of 161 (76 of 167 in session 3, 95 of 186 at the audit)
MAX_UNJUDGED = 6  # events new since the audit: judge them into the fixture when there are more
# no-event sentences left empty by the coder, measured at the time of the fixture (rounded down)
NO_EVENT_FLOOR = 0.895  # 148 of 165 left empty (0.897; session 3: 147); 144 (0.873) on main at 66dc60f


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_corpus(name: str) -> list[dict]:
    path = shared_path("corpus", name, "articles.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def audit_articles() -> list[tuple[str, dict]]:
    picked = []
    for corpus, n, keep in AUDIT_PICKS:
        rows = sorted((r for r in read_corpus(corpus) if keep(r)), key=lambda r: sha1(r["id"]))
        picked += [(corpus, r) for r in rows[:n]]
    return picked


def raw_document(row: dict):
    """Global Voices pages go in as their HTML (the extractor's job); the others as plain text."""
    from tidings.model import RawDocument

    if row.get("html"):
        return RawDocument(id=row["id"], html=row["html"], url=row["url"], title=row["title"],
                           published=row["published"])
    return RawDocument(id=row["id"], text=row["text"], url=row["url"], title=row.get("title"),
                       published=row["published"])


def code_rows(rows: list[dict]) -> list[tuple[object, object]]:
    """(sentences, CodedDocument) per row, in order; sentences are (index, text) pairs."""
    from tidings import nlp
    from tidings.pipeline import code_parsed

    out = []
    for doc, coded in code_parsed(raw_document(r) for r in rows):
        assert coded.article.error is None, (coded.article.id, coded.article.error)
        out.append(([(i, s.text) for i, s in enumerate(nlp.sentences(doc))], coded))
    return out


def event_key(article_id: str, event) -> tuple:
    return (article_id, event.sentence, event.trigger.start, event.cameo[:2])


def judged_key(j: dict) -> tuple:
    return (j["article"], j["sentence"], j["trigger_start"], j["cameo"][:2])


def verdict_of(candidates: list[dict], event) -> str | None:
    """The judgement of the line with the event's trigger, root and own actor codes. None when the
    dyad was never judged: a verdict given to other codes on that trigger is stale (an event whose
    actors changed is another event for a reader), so it counts as unjudged until read again."""
    dyad = (event.source and event.source.code, event.target and event.target.code)
    same = [j for j in candidates if (j["source"], j["target"]) == dyad]
    return same[0]["judgement"] if same else None


@pytest.mark.gold
def test_real_article_audit_holds():
    picked = audit_articles()
    coded = code_rows([r for _c, r in picked])
    judgements = [json.loads(line) for line in JUDGEMENTS.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    judged: dict[tuple, list[dict]] = {}
    for j in judgements:
        if j["judgement"] != "missed":
            judged.setdefault(judged_key(j), []).append(j)
    assert {j["article"] for j in judgements} == {r["id"] for _c, r in picked}
    assert {j["judgement"] for j in judgements} <= {"right", "partly", "wrong", "missed"}

    counts, unjudged = Counter(), []
    for _sents, doc in coded:
        for e in doc.events:
            verdict = verdict_of(judged.get(event_key(doc.article.id, e), []), e)
            if verdict is None:
                unjudged.append((doc.article.id, e.sentence, e.trigger.text, e.cameo))
            else:
                counts[verdict] += 1
    total = sum(counts.values()) + len(unjudged)
    right, wrong = counts["right"] / total, counts["wrong"] / total
    missed = sum(j["judgement"] == "missed" for j in judgements)
    print(f"\naudit: {total} events, right {counts['right']}, partly {counts['partly']}, "
          f"wrong {counts['wrong']}, unjudged {len(unjudged)}; share right {right:.3f}, "
          f"wrong {wrong:.3f}; missed at audit time {missed}")
    for u in unjudged:
        print("  unjudged:", u)
    assert right >= MEASURED_RIGHT - 0.05
    assert wrong <= MEASURED_WRONG + 0.05
    assert len(unjudged) <= MAX_UNJUDGED


def read_no_event() -> list[tuple[str, int, str]]:
    rows = []
    for line in NO_EVENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, index, digest = line.split("\t")
            rows.append((article, int(index), digest))
    return rows


@pytest.mark.gold
def test_sentences_without_events_stay_empty():
    fixture = read_no_event()
    wanted = {a for a, _i, _h in fixture}
    rows = [r for r in read_corpus("wikinews_2019_2020") if r["id"] in wanted]
    assert {r["id"] for r in rows} == wanted
    coded = {doc.article.id: (dict(sents), doc) for sents, doc in code_rows(rows)}

    empty, fired = 0, []
    for article, index, digest in fixture:
        sents, doc = coded[article]
        # the parse must still split the article as it did when the sentences were judged
        assert sha1(sents[index]) == digest, (article, index)
        events = [e for e in doc.events if e.sentence == index]
        empty += not events
        fired += [(article, index, e.trigger.text, e.cameo) for e in events]
    precision = empty / len(fixture)
    print(f"\nno-event sentences: {len(fixture)}, left empty {empty}, precision {precision:.3f}")
    for f in fired:
        print("  false event:", f)
    assert precision >= NO_EVENT_FLOOR
