"""CAMEO/PLOVER event coding.

    from tidings.events import EventCoder
    coder = EventCoder.load()
    events = coder.code(doc, mentions, published="2024-04-26", attributions=[...], doc_id="x")
"""

from tidings.events.coder import EventCoder

__all__ = ["EventCoder"]
