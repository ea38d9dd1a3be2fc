"""Actors: who is who. Mentions of countries, organisations, officials and groups in a parsed
document, resolved to CAMEO actor codes (country + sectors), with in-document coreference.

    resolver = ActorResolver.load(actors=(), agents=())   # once; user dictionaries optional
    mentions = resolver.find(doc, published="2024-04-26")  # list[Actor], sorted, non-overlapping
    index = MentionIndex(mentions); index.at(start, end)   # the mention at a character span
"""

from __future__ import annotations

import logging
from typing import Iterable

from tidings.actors.dictionaries import DictionaryError, read_actors, read_agents
from tidings.actors.index import MentionIndex
from tidings.actors.lexicon import PERSON, Entry, Lexicon, load_builtin
from tidings.actors.officials import load_officials
from tidings.actors.resolver import ActorResolver as _Resolver

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

__all__ = ["ActorResolver", "MentionIndex", "DictionaryError"]


def _tokenizer():
    from tidings import nlp

    tok = nlp.load().tokenizer
    return lambda text: [t.text for t in tok(text)]


class ActorResolver(_Resolver):
    @classmethod
    def load(cls, actors: Iterable[str] = (), agents: Iterable[str] = ()) -> "ActorResolver":
        """Build the lexicon from the packaged data plus user dictionaries (which win on conflicts).

        Raises ``DictionaryError`` (naming file and line) for a malformed user dictionary.
        """
        lexicon = Lexicon(_tokenizer())
        countries = load_builtin(lexicon)
        officials = load_officials()
        by_alias: dict[str, list] = {}
        for person in officials.values():
            for alias in [person.name] + person.aliases:
                by_alias.setdefault(alias, [])
                if person not in by_alias[alias]:
                    by_alias[alias].append(person)
        for alias, people in by_alias.items():
            surname = " " not in alias and all(alias != p.name for p in people)
            lexicon.add(alias, Entry(PERSON, people[0].name, people[0].country, official=people,
                                     surname_only=surname, source="officials.tsv"), cased=True)
        for path in actors:
            for names, entry in read_actors(path):
                for n in names:
                    lexicon.add(n, entry, cased=False)
        for path in agents:
            for names, entry in read_agents(path):
                for n in names:
                    lexicon.add(n, entry, cased=False)
        log.info("actor lexicon: %d keys", len(lexicon.table))
        return cls(lexicon, countries, officials)
