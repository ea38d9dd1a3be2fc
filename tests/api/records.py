"""Small hand-made contract records for query, API and dashboard tests (no NLP needed).

Offsets are computed from the text, so highlights can be checked exactly.
"""

from __future__ import annotations

QUAD = {"042": (1, 1.9, "CONSULT"), "036": (1, 4.0, "CONSULT"), "057": (2, 8.0, "AGREE"),
        "112": (3, -2.0, "ACCUSE"), "173": (4, -5.0, "COERCE"), "190": (4, -10.0, "ASSAULT")}

HOSTILE = ('Officials said <script>window.__pwned = 1; alert("xss")</script> nothing. '
           'A caption read "><img src=x onerror="window.__pwned = 2; alert(1)"> in the page. '
           'Readers were told to click javascript:alert(document.cookie) for more. '
           'Russia accused Ukraine of shelling the town on Monday.')


def span(text: str, part: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"text": part, "start": start, "end": start + len(part)}


def actor(text: str, part: str, code: str, after: int = 0) -> dict:
    s = span(text, part, after)
    return dict(s, code=code, country=code[:3], sectors=[code[3:]] if len(code) > 3 else [],
                name=part)


def event(text: str, sentence: str, src: tuple[str, str] | None, trigger: str,
          tgt: tuple[str, str] | None, cameo: str, date: str, modality: str = "asserted",
          eid: str | None = None, index: int = 0) -> dict:
    base = text.index(sentence)
    quad, goldstein, plover = QUAD[cameo]
    return {
        "id": eid or f"{cameo}-{date}-{base}", "sentence": index, "evidence": sentence,
        "source": actor(text, src[0], src[1], base) if src else None,
        "target": actor(text, tgt[0], tgt[1], base) if tgt else None,
        "cameo": cameo, "root": cameo[:2], "plover": plover, "plover_mode": None,
        "quad_class": quad, "goldstein": goldstein, "trigger": span(text, trigger, base),
        "modality": modality, "date": date, "location": None, "reported_by": None,
        "confidence": 0.8,
    }


def record(doc_id: str, text: str, published: str, events=(), quotes=(), title=None,
           removed=(), url=None) -> dict:
    return {"id": doc_id, "url": url, "title": title or f"Story {doc_id}", "published": published,
            "language": "en", "text": text, "removed": list(removed), "entities": [],
            "events": list(events), "quotes": list(quotes), "attributions": []}


def quote(text: str, said: str, speaker: str, code: str, name: str) -> dict:
    s = span(text, said)
    sp = span(text, speaker)
    return dict(s, kind="direct", cue=None,
                speaker=dict(sp, code=code, name=name))


def corpus() -> list[dict]:
    """Five documents: a US–China thread over three months, a Russia–Ukraine story, and a
    hostile article whose text carries markup and script."""
    out = []
    t1 = ("US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on "
          "Friday. Blinken said: \u201cWe want stable relations.\u201d")
    s1 = "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday."
    out.append(record("doc-1", t1, "2024-04-26", title="Blinken meets Wang Yi in Beijing", events=[
        event(t1, s1, ("US Secretary of State Antony Blinken", "USAGOV"), "met",
              ("Chinese Foreign Minister Wang Yi", "CHNGOV"), "042", "2024-04-26")],
        quotes=[quote(t1, "We want stable relations.", "Blinken", "USAGOV", "Antony Blinken")],
        removed=[{"text": "Read more: <b>related stories</b>", "reason": "teaser"}]))
    t2 = ("China accused the United States of meddling in its affairs. "
          "The United States agreed to resume military talks with China.")
    out.append(record("doc-2", t2, "2024-05-10", title="China accuses US", events=[
        event(t2, "China accused the United States of meddling in its affairs.", ("China", "CHN"),
              "accused", ("the United States", "USA"), "112", "2024-05-10"),
        event(t2, "The United States agreed to resume military talks with China.",
              ("The United States", "USA"), "agreed", ("China", "CHN"), "057", "2024-05-11", index=1)]))
    t3 = ("The United States urged China to show restraint. "
          "Washington threatened China with sanctions over chip exports.")
    out.append(record("doc-3", t3, "2024-06-03", title="US urges restraint", events=[
        event(t3, "The United States urged China to show restraint.", ("The United States", "USA"),
              "urged", ("China", "CHN"), "036", "2024-06-03"),
        event(t3, "Washington threatened China with sanctions over chip exports.",
              ("Washington", "USAGOV"), "threatened", ("China", "CHN"), "173", "2024-06-04",
              modality="threatened", index=1)],
        quotes=[quote(t3, "show restraint", "The United States", "USA", "United States")]))
    t4 = "Russian forces attacked Ukrainian positions near Kharkiv. Zelensky said the attack failed."
    out.append(record("doc-4", t4, "2024-05-20", title="Attack near Kharkiv", events=[
        event(t4, "Russian forces attacked Ukrainian positions near Kharkiv.",
              ("Russian forces", "RUSMIL"), "attacked", ("Ukrainian positions", "UKRMIL"), "190",
              "2024-05-20")],
        quotes=[quote(t4, "the attack failed", "Zelensky", "UKRGOV", "Volodymyr Zelensky")]))
    out.append(record("doc-evil", HOSTILE, "2024-05-21",
                      title='<script>window.__pwned = 3</script><img src=x onerror="window.__pwned=4">',
                      url="javascript:alert(1)", events=[
        event(HOSTILE, "Russia accused Ukraine of shelling the town on Monday.", ("Russia", "RUS"),
              "accused", ("Ukraine", "UKR"), "112", "2024-05-20")],
        removed=[{"text": '<img src=x onerror="window.__pwned=5">', "reason": "boilerplate"}],
        quotes=[quote(HOSTILE, "nothing", "Officials", "RUSGOV",
                      '<img src=x onerror="window.__pwned=6">')]))
    return out
