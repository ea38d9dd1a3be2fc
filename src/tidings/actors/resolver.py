"""Find actor mentions in a parsed document and resolve them to CAMEO actor codes.

Passes over one spaCy ``Doc``:

1. *atoms*: longest dictionary matches over the tokens (countries, adjectives, capitals, cities,
   seats of power, organisations, officials, role words, user entries) plus spaCy's
   PERSON/ORG/GPE/NORP entities that no dictionary knows, with the ambiguity rules (Georgia,
   Washington, Jordan, Turkey, "pro-"/"anti-");
2. *groups*: adjacent atoms joined into one mention when the words between them are only glue
   ("'s", "the", "top", adjectives, "of"): "China's Foreign Minister Wang Yi", "top Chinese
   officials", "Russia's defence industrial base"; each group gets a code = country + sectors;
3. *conjuncts and appositions*: "Danish media and government" share the country; "Ali Bagheri,
   Iran's acting foreign minister" lends the title's code to the person;
4. *coreference*, in reading order: surnames ("Blinken"), definite nominals ("the top American
   diplomat", "Mr President"), pronouns (he/she with gender, they, its) take the code and name of
   an earlier mention; ``why`` keeps the chain;
5. *context*: a role with no country takes the one its phrase, clause, story or sentence gives
   (``context.py``); one-letter misspellings of long names are read in pass 1 (``spelling.py``).

Rules worth knowing (also in tidings/data/actors/README.md):
- A capital used as an actor ("Beijing's support", "Moscow said") is the government: CHNGOV.
  A capital used as a place (object of in/at/to/from...) is the country: CHN. Cities are places.
- Seats of power (the Kremlin, the White House, Downing Street) are the government.
- An unknown name stays a mention with code None; a role with no country gets "---".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Iterable

from tidings.actors import packed
from tidings.actors.context import CountryContext
from tidings.actors.compiled import tokenized_names
from tidings.actors.coreference import Coreference, one_person
from tidings.actors.dictionaries import read_actors, read_agents
from tidings.actors.document import DocWords
from tidings.actors.lexicon import Lexicon
from tidings.actors.mentions import MentionFinder
from tidings.actors.publishers import publisher_of
from tidings.actors.spelling import Spelling
from tidings.model import Actor

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _SpacyWords:
    """Split a name exactly as documents are split (spaCy's tokenizer); a plain class, not a lambda,
    so that a loaded resolver can be pickled to worker processes."""

    def __call__(self, text: str) -> list[str]:
        return tokenized_names([text])[0].words  # plain names split at spaces, the rest by spaCy


TITLE_PLACE_LABELS = {"COUNTRY", "CAPITAL", "CITY", "NOMINAL"}  # where a headline is ("Iranian" may be a person's)


class ActorResolver:
    """Finds actor mentions in parsed documents. Build once with ``load`` and reuse."""

    def __init__(self, lexicon: Lexicon, countries: dict[str, str], officials: Mapping, given_names: dict[str, str]):
        self.lexicon = lexicon
        self.countries = countries
        self.officials = officials  # {name: officials.Person}
        self.spelling = Spelling(lexicon)
        self.given_names = given_names

    @classmethod
    def load(cls, actors: Iterable = (), agents: Iterable = ()) -> "ActorResolver":
        """Build the lexicon from the packaged data plus user dictionaries (which win on conflicts).

        The packaged data is built once and read back from the cache after (``packed.py``).
        Raises ``DictionaryError`` (naming file and line) for a malformed user dictionary.
        """
        words = _SpacyWords()
        builtin = packed.snapshot(words)
        lexicon = Lexicon(words, packed=builtin)
        for path in actors:
            for names, entry in read_actors(path):
                for n in names:
                    lexicon.add(n, entry, cased=False)
        for path in agents:
            for names, entry in read_agents(path):
                for n in names:
                    lexicon.add(n, entry, cased=False)
        if log.isEnabledFor(logging.INFO):
            log.info("actor lexicon: %d keys", len(lexicon))
        return cls(lexicon, builtin.countries, builtin.people, builtin.given_names)

    def find(self, doc, published: str | None = None, url: str | None = None, title: str | None = None) -> list[Actor]:
        """Actor mentions of a spaCy ``Doc``: sorted by start, non-overlapping, coreference included.
        ``url``: the page the text comes from (a head of state's own site names its "the President");
        ``title``: the story's headline (the one country it names may be the story's, ``CountryContext``)."""
        date = published[:10] if published else None
        if date is not None and not _ISO_DATE.match(date):
            log.warning("publication date %r is not YYYY-MM-DD: roles taken as undated", published)
            date = None
        words = DocWords(doc, date)
        f = MentionFinder(self, words)
        atoms = f.atoms()
        mentions = [m for m in (f.resolve(g) for g in f.groups(atoms)) if m is not None]
        f.conjuncts(mentions)
        f.serving(mentions)
        f.apposition(mentions)
        mentions = Coreference(words, self.officials).corefer(mentions)
        context = CountryContext(words, mentions, publisher_of(url), self.officials,
                                 title_country=(lambda: self.title_country(title, published)) if title else None)
        context.fill()
        context.nationality()
        context.same_person()
        context.unknown_people()
        mentions += context.place_crowds(f.crowds)
        out: list[Actor] = []
        last_end = -1
        for m in sorted(mentions, key=lambda m: (m.actor.start, -m.actor.end)):
            if m.actor.start >= last_end:
                # (a title that modifies another noun names no one: "the Russian Student Construction Brigade")
                m.actor.one = one_person(m) and doc[m.head].dep_ not in ("compound", "amod", "nmod")
                out.append(m.actor)
                last_end = m.actor.end
        return out

    def title_country(self, title: str, published: str | None = None) -> str | None:
        """The one country a headline names ("Samoan government ends state of emergency"), else None."""
        from tidings import nlp  # (parsed only when a story's country is asked of its title)

        # places and state bodies only: a person ("Pope Francis") or an outlet ("… with Wikinews") is not
        # where the story is
        countries = {m.country for m in self.find(nlp.parse_one(title), published=published)
                     if m.country and m.label in TITLE_PLACE_LABELS}
        return countries.pop() if len(countries) == 1 else None
