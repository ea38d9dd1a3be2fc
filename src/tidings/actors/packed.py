"""The packaged actor data, built once and then read back as plain tuples, opened lazily.

Building the actor lexicon from the packaged files (countries, cities, organisations, roles and
20,000 officials' names, each tokenized as documents are) is most of tidings' own start-up. The
result is kept in the user's cache folder (``compiled.cache_dir``) as ``marshal`` data: tuples,
strings and dicts only, which load in hundredths of a second (a pickle of the built objects loads
slower than building them). Nothing is turned into ``Entry``, ``Candidate`` or ``Person`` objects
until a document looks its key up: a document touches a few dozen of the 40,000 keys.

The cache key covers the data files' bytes, the code that builds and reads them, the spaCy model
(names are stored tokenized) and the Python version (marshal's format is Python's own). A missing,
corrupt or foreign cache file, or an unwritable folder, falls back to building: the result is the
same data either way (``Snapshot`` is built from the same tuples in both cases).
"""

from __future__ import annotations

import marshal
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from tidings.actors import compiled
from tidings.actors.lexicon import (PERSON, Candidate, Entry, Lexicon, Restriction, data_lines, load_builtin,
                                    split_names)
from tidings.actors.officials import Person, Role, load_officials

FORMAT = 1  # bump when the layout of the tuples below changes (the code hash catches it too)
SEP = "\x1f"  # joins a key's tokens in the cache (one string per key, not a tuple of them)


# ---------------------------------------------------------------- building (a cache miss)

def build_lexicon(tokenize) -> tuple[Lexicon, dict[str, str], dict[str, Person], dict[str, str]]:
    """(lexicon, countries, officials, given names) built from the packaged files: what
    ``ActorResolver`` built on every start before this cache. ``tokenize`` splits a name as
    documents are split."""
    lexicon = Lexicon(tokenize)
    countries = load_builtin(lexicon)
    officials = load_officials()
    by_alias: dict[str, list] = {}
    for person in officials.values():
        for alias in [person.name] + person.aliases:
            people = by_alias.setdefault(alias, [])
            if person not in people:
                people.append(person)
    for alias, people in by_alias.items():
        surname = " " not in alias and all(alias != p.name for p in people)
        lexicon.add(alias, Entry(PERSON, people[0].name, people[0].country, official=people,
                                 surname_only=surname, source="officials.tsv"), cased=True)
    given_names = {n: row[0] for _, row in data_lines("given_names.tsv") for n in split_names(row[1])}
    return lexicon, countries, officials, given_names


def build(tokenize) -> dict:
    """The packaged data (``build_lexicon``) flattened into marshal's types."""
    from tidings.actors.spelling import Spelling

    lexicon, countries, officials, given_names = build_lexicon(tokenize)
    entry_rows: list[tuple] = []
    entry_index: dict[int, int] = {}  # id(Entry) -> row: an entry shared by several names stays one object

    def entry_row(e: Entry) -> int:
        at = entry_index.get(id(e))
        if at is None:
            official = None if e.official is None else tuple(str(p.name) for p in e.official)
            entry_rows.append((_text(e.name), e.kind, e.code, e.sectors, e.role_kind, e.role_class,
                               e.needs_country, e.plural, e.prefix,
                               tuple((r.code, r.start, r.end) for r in e.restrictions), e.source,
                               official, e.surname_only))
            at = entry_index[id(e)] = len(entry_rows) - 1
        return at

    table = {SEP.join(key): _blob(tuple((entry_row(c.entry), c.surface) for c in cands))
             for key, cands in lexicon.table.items()}
    people = {str(p.name): _blob((_text(p.name), tuple(_text(a) for a in p.aliases),
                                  tuple((r.office, r.start, r.end, r.country, r.line) for r in p.roles)))
              for p in officials.values()}
    spelling = Spelling(lexicon)
    spelling.build_index()
    # spelled keys point at their entry as (key, position among the key's packaged candidates)
    spelled = {}
    for text, (written, e) in spelling.entries.items():
        key = spelling.keys[text]
        spelled[text] = (written, key, next(i for i, c in enumerate(lexicon.table[key]) if c.entry is e))
    return {"format": FORMAT, "table": table, "entries": [_blob(row) for row in entry_rows],
            "longest": lexicon.longest, "countries": countries, "people": people, "given_names": given_names,
            "spelling": _blob((spelling.index, spelled))}


def _blob(value) -> bytes:
    """One record marshalled on its own: the cache loads 100,000 records as 100,000 byte strings
    (one object each) and unpacks a record only when it is used."""
    return marshal.dumps(value)


def _text(name: str):
    """A name as stored: the string, or (string, its words) for a tokenized ``Name``."""
    words = getattr(name, "words", None)
    return str(name) if words is None else (str(name), tuple(words))


def _name(stored):
    if isinstance(stored, str):
        return stored
    name = compiled.Name(stored[0])
    name.words = list(stored[1])
    return name


# ---------------------------------------------------------------- reading

class People(Mapping):
    """{canonical name: Person} of the packaged officials, each made on first use and then kept
    (so every entry naming a person holds the same object, as when built)."""

    def __init__(self, rows: dict[str, bytes]):
        self._rows = rows
        self._made: dict[str, Person] = {}

    def __getitem__(self, name: str) -> Person:
        person = self._made.get(name)
        if person is None:
            stored, aliases, roles = marshal.loads(self._rows[name])
            person = self._made[name] = Person(_name(stored), [_name(a) for a in aliases],
                                               [Role(*r) for r in roles])
        return person

    def __iter__(self):
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, name) -> bool:
        return name in self._rows


class Snapshot:
    """The packaged lexicon's keys with their candidates still marshalled; ``candidates`` makes the
    objects of one key when a lookup first reaches it."""

    def __init__(self, data: dict):
        self._table: dict[str, bytes] = data["table"]
        self._entry_rows: list[bytes] = data["entries"]
        self._entries: list[Entry | None] = [None] * len(self._entry_rows)
        self.longest: dict[str, int] = data["longest"]
        self.countries: dict[str, str] = data["countries"]
        self.people = People(data["people"])
        self.given_names: dict[str, str] = data["given_names"]
        self._spelling: bytes = data["spelling"]

    def __contains__(self, key: tuple) -> bool:
        return SEP.join(key) in self._table

    def keys(self):
        """Every packaged key, as token tuples."""
        return (tuple(k.split(SEP)) for k in self._table)

    @property
    def spelling(self) -> tuple[dict, dict]:
        """(index, spelled) of the misspelling rule (``spelling.py``), built with the rest."""
        return marshal.loads(self._spelling)

    def entry(self, at: int) -> Entry:
        e = self._entries[at]
        if e is None:
            (name, kind, code, sectors, role_kind, role_class, needs_country, plural, prefix, restrictions,
             source, official, surname_only) = marshal.loads(self._entry_rows[at])
            e = self._entries[at] = Entry(
                kind, _name(name), code, tuple(sectors), role_kind, role_class, needs_country, plural, prefix,
                tuple(Restriction(*r) for r in restrictions), source, False,
                None if official is None else [self.people[n] for n in official], surname_only)
        return e

    def candidates(self, key: tuple) -> list[Candidate] | None:
        blob = self._table.get(SEP.join(key))
        if blob is None:
            return None
        return [Candidate(self.entry(at), surface) for at, surface in marshal.loads(blob)]


def snapshot(tokenize) -> Snapshot:
    """The packaged data: from the cache when it holds this version's, else built (and cached)."""
    return Snapshot(compiled.built_once("actors", sources(), lambda: build(tokenize)))


_CODE = ("lexicon.py", "officials.py", "packed.py", "spelling.py", "compiled.py", "resolver.py")


def sources() -> list[tuple[str, bytes]]:
    """(name, bytes) of everything the packaged data is built from: the data files, the code, and
    the spaCy model that tokenized the names."""
    from tidings import __version__, nlp

    data = resources.files("tidings.data.actors")
    files = [(f"data/{p.name}", p.read_bytes()) for p in sorted(data.iterdir(), key=lambda p: p.name)
             if p.name.endswith(".tsv")]
    here = Path(__file__).parent
    meta = nlp.load().meta
    model = f"{meta.get('name')}|{meta.get('version')}|{meta.get('spacy_version')}|{__version__}|{FORMAT}"
    return files + [(f"code/{name}", (here / name).read_bytes()) for name in _CODE] + [("model", model.encode())]
