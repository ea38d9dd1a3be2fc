"""Coverage of the CAMEO roots on constructed wire-style sentences (tests/events/data)."""

from pathlib import Path

from tidings.events.gold import top_event

DATA = Path(__file__).parent / "data" / "constructed_roots.tsv"


def test_roots_on_constructed_sentences(stages):
    from tidings import nlp
    from tidings.model import Article

    rows = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert {root.strip() for _, root in rows} == {f"{r:02d}" for r in range(1, 21)}
    hits, misses = 0, []
    for (text, root), doc in zip(rows, nlp.parse([t for t, _ in rows])):
        ev = top_event(stages.code_doc(Article(id="c", text=text, published="2024-01-10"), doc).events)
        if ev is not None and ev.root == root.strip():
            hits += 1
        else:
            misses.append((text, root.strip(), ev and ev.cameo))
    assert hits >= 49, misses  # measured 52 of 52
