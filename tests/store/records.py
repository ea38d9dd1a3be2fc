"""Hand-made contract records for store tests (no NLP needed)."""

from __future__ import annotations


def actor(text, code, name=None, start=0):
    return {"text": text, "start": start, "end": start + len(text), "code": code,
            "country": code[:3] if code else None, "sectors": [code[3:]] if code and len(code) > 3 else [],
            "name": name or text}


def event(eid, src, tgt, cameo, date="2024-04-26", modality="asserted", sentence=0):
    return {"id": eid, "sentence": sentence, "evidence": f"{src} {cameo} {tgt}",
            "source": actor(src, src) if src else None, "target": actor(tgt, tgt) if tgt else None,
            "cameo": cameo, "root": cameo[:2], "plover": "CONSULT", "plover_mode": None,
            "quad_class": 1, "goldstein": 1.9, "trigger": {"text": "met", "start": 5, "end": 8},
            "modality": modality, "date": date, "location": None, "reported_by": None,
            "confidence": 0.8}


def record(doc_id, text=None, events=(), quotes=(), url=None, published="2024-04-26", error=None,
           language="en", title=None):
    text = text if text is not None else (
        f"Document {doc_id}: the foreign minister of one country met the leader of another "
        f"country in the capital on Friday to discuss trade, security and the war. The two sides "
        f"agreed to keep talking, officials said, and a joint statement welcomed progress on "
        f"visas, student exchanges and the return of journalists expelled last year. Critics at "
        f"home called the visit a concession, while business groups praised the new openings.")
    rec = {"id": doc_id, "url": url, "title": title or f"Title {doc_id}", "published": published,
           "language": language, "text": text, "removed": [],
           "entities": [{"text": "Antony Blinken", "start": 0, "end": 14, "label": "PERSON",
                         "actor": "USAGOV", "name": "Antony Blinken", "why": "test"}],
           "events": list(events), "quotes": list(quotes),
           "attributions": [{"outlet": "CNN", "cue": "reported", "start": 1, "end": 9,
                             "kind": "source"}]}
    if error:
        rec["error"] = error
        rec["events"], rec["quotes"], rec["entities"], rec["attributions"] = [], [], [], []
    return rec


def quote(text, speaker_name="Antony Blinken", code="USAGOV"):
    return {"text": text, "start": 0, "end": len(text), "kind": "direct",
            "cue": {"text": "said", "start": 0, "end": 4},
            "speaker": {"text": "he", "start": 0, "end": 2, "code": code, "name": speaker_name}}


# SQL taking a store back to the layout schema version 5 left (tests of older stores)
UNDO_VERSION_6 = """
    DROP TABLE documents_fts_rows;
    DROP INDEX events_document;
    CREATE INDEX events_document ON events (document_id);
    DROP INDEX events_cameo;
    CREATE INDEX events_cameo ON events (cameo);
    DROP INDEX stories_network;
    DROP INDEX stories_dyad;
    CREATE INDEX stories_dyad ON events (source_code, target_code, date, quad_class, goldstein,
        mention_of) WHERE mention_of IS NULL;
    DROP INDEX stories_dyad_reverse;
    CREATE INDEX stories_dyad_reverse ON events (target_code, source_code, date, quad_class,
        goldstein, mention_of) WHERE mention_of IS NULL;
    DELETE FROM migrations WHERE version = 6;
"""
