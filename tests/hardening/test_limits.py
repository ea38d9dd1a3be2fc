"""Limits: document size, punctuation runs that make spaCy's tokenizer quadratic, the per-document
time budget (a slow document is rejected with a named reason and the batch goes on), and caps in
the sources (file size, JSON Lines line size)."""

from __future__ import annotations

import json
import signal
import threading
import time

import pytest

from tidings import pipeline
from tidings.model import RawDocument
from tidings.pipeline import DocumentTimeout, code, time_budget
from tidings.sources.files import MAX_DOCUMENT_BYTES, from_jsonl, read_path
from tidings.store.store import reason_for

GOOD = ("The foreign minister of France met the president of China in Beijing on Monday, "
        "officials said.")


def test_too_large_document_rejected_and_batch_goes_on(coder):
    big = "Word " * (pipeline.MAX_CHARS // 5 + 10)
    out = list(code([RawDocument(id="a", text=GOOD), RawDocument(id="big", text=big),
                     RawDocument(id="b", text=GOOD)], coder=coder))
    assert [o.article.id for o in out] == ["a", "big", "b"]
    assert out[0].error is None and out[2].error is None and out[2].events
    assert out[1].error.reason.startswith("too_large") and reason_for(out[1].error) == "too_large"


def test_punctuation_run_rejected_before_the_tokenizer(coder):
    # 20,000 '"' in a row took spaCy's tokenizer ~100 s (quadratic); refused in well under a second
    hostile = GOOD + " " + '"' * 20_000 + " " + GOOD
    started = time.monotonic()
    out = list(code([RawDocument(id="q", text=hostile), RawDocument(id="ok", text=GOOD)], coder=coder))
    assert time.monotonic() - started < 10
    assert reason_for(out[0].error) == "unreadable" and "punctuation" in str(out[0].error)
    assert out[1].error is None and out[1].events


def test_punctuation_under_the_limit_is_coded(coder):
    text = GOOD + "\n\n" + "-" * pipeline.MAX_PUNCT_RUN + "\n\n" + GOOD
    (out,) = code([RawDocument(id="sep", text=text)], coder=coder)
    assert out.error is None


def test_time_budget_rejects_a_slow_document_and_the_batch_goes_on(coder):
    # one 'sentence' of 400 country names and 'said' costs the rule stages ~6 s on this machine
    # (quadratic in events/coder.py); a budget of 0.5 s cuts it short with reason 'timeout'
    slow = " ".join(["France Germany China Russia said"] * 400)
    saved = coder.time_budget
    coder.time_budget = 0.5
    try:
        started = time.monotonic()
        out = list(code([RawDocument(id="a", text=GOOD), RawDocument(id="slow", text=slow),
                         RawDocument(id="b", text=GOOD)], coder=coder))
        elapsed = time.monotonic() - started
    finally:
        coder.time_budget = saved
    assert [o.article.id for o in out] == ["a", "slow", "b"]
    assert out[1].error.reason.startswith("timeout") and reason_for(out[1].error) == "timeout"
    assert out[1].events == [] and out[1].quotes == []
    assert out[0].events and out[2].events and out[2].error is None
    assert elapsed < 15
    # the alarm is off and SIGALRM's handler is back to what it was
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)


def test_time_budget_off_the_main_thread_judges_after_the_fact(coder):
    slow = " ".join(["France Germany China Russia said"] * 150)
    saved, results = coder.time_budget, []
    coder.time_budget = 0.05
    try:
        worker = threading.Thread(target=lambda: results.extend(
            code([RawDocument(id="slow", text=slow), RawDocument(id="ok", text="Hello.")], coder=coder)))
        worker.start()
        worker.join(120)
    finally:
        coder.time_budget = saved
    assert [r.article.id for r in results] == ["slow", "ok"]
    assert reason_for(results[0].error) == "timeout"


def test_time_budget_context_is_inert_when_disabled():
    with time_budget(None):
        time.sleep(0.01)
    with pytest.raises(DocumentTimeout):
        with time_budget(0.05):
            while True:
                sum(range(1000))
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_oversized_text_file_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: no disk or memory spent
    (doc,) = read_path(path)
    assert doc.error.reason.startswith("too_large") and reason_for(doc.error) == "too_large"


def test_oversized_jsonl_line_refused_and_next_line_read():
    lines = [json.dumps({"id": "big", "text": "x" * (MAX_DOCUMENT_BYTES + 1)}),
             json.dumps({"id": "ok", "text": GOOD})]
    docs = list(from_jsonl(lines, "f.jsonl"))
    assert reason_for(docs[0].error) == "too_large"
    assert docs[1].id == "ok" and docs[1].error is None
