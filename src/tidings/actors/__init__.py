"""Actors: who is who. Mentions of countries, organisations, officials and groups in a parsed
document, resolved to CAMEO actor codes (country + sectors), with in-document coreference.

    resolver = ActorResolver.load(actors=(), agents=())   # once; user dictionaries optional
    mentions = resolver.find(doc, published="2024-04-26")  # list[Actor], sorted, non-overlapping
    index = MentionIndex(mentions); index.at(start, end)   # the mention at a character span

The data files and the rules are described in ``tidings/data/actors/README.md``.
"""

from __future__ import annotations

import logging

from tidings.actors.dictionaries import DictionaryError
from tidings.actors.index import MentionIndex
from tidings.actors.resolver import ActorResolver

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["ActorResolver", "MentionIndex", "DictionaryError"]
