"""The actor lexicon: every name, adjective and role word we know, looked up token by token.

Entries come from the packaged data files (``tidings/data/actors``) and from user dictionaries.
Matching is a dictionary lookup on lower-cased token tuples, built once: no regular expressions
over thousands of names per document. Each entry says whether its case matters ("US" is not "us",
"Turkey" is not "turkey"), so the lookup keys are case-free and the check on case is per candidate.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Callable, Iterator

log = logging.getLogger(__name__)

# Entry kinds. Named things carry a full code; places carry a country; roles carry sectors.
COUNTRY, CAPITAL, DEMONYM, CITY = "COUNTRY", "CAPITAL", "DEMONYM", "CITY"
IGO, SEAT, MEDIA, GROUP, AGENCY, NGO, REGION = "IGO", "SEAT", "MEDIA", "GROUP", "AGENCY", "NGO", "REGION"
COMPANY = "COMPANY"
ROLE, PERSON = "ROLE", "PERSON"
ACTOR, AGENT = "ACTOR", "AGENT"  # from user dictionaries

PLACE_KINDS = {COUNTRY, CAPITAL, DEMONYM, CITY}
DERIVED_PLACES = "cities_phoenix.tsv"  # places of the Phoenix country file: read only as proper nouns
NAMED_KINDS = {IGO, SEAT, MEDIA, GROUP, AGENCY, NGO, REGION, ACTOR, COMPANY}
ROLE_KINDS = {ROLE, AGENT}

# Among entries with the same words, which wins (lower first) after user entries and exact case.
_RANK = {PERSON: 0, ACTOR: 0, SEAT: 1, IGO: 1, MEDIA: 1, GROUP: 1, AGENCY: 1, NGO: 1, COMPANY: 1,
         COUNTRY: 2, CAPITAL: 3, DEMONYM: 4, CITY: 5, REGION: 5, AGENT: 6, ROLE: 7}


def norm(text: str) -> str:
    """The case-free lookup form of one token (curly apostrophes and dashes made plain, accents
    dropped: wire copy and the dictionaries spell "García" and "Garcia" both ways)."""
    if text.isascii():  # most tokens: nothing to replace (a quarter of the lexicon's build time)
        return text.lower()
    return _unaccented(text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")).lower()


def _unaccented(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Restriction:
    """A code valid between two dates (inclusive; None = open), from PETRARCH-style entries."""

    code: str
    start: str | None = None
    end: str | None = None

    def holds(self, date: str | None) -> bool:
        if date is None:
            return self.start is None and self.end is None
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


@dataclass
class Entry:
    kind: str
    name: str  # canonical name ("United States", "Antony Blinken", "foreign minister")
    code: str | None = None  # full code (named), country code (places, titles of one country)
    sectors: tuple[str, ...] = ()  # roles and agents: the 3-letter sector codes they add
    role_kind: str = ""  # roles: "title" (a person) or "body" (an institution or group)
    role_class: str = ""  # roles: head, foreign, defence, gov, mil, other
    needs_country: bool = False  # roles like "people" that name no actor on their own
    plural: bool = False
    prefix: str = ""  # agents written [NGO~]: code placed before the country
    restrictions: tuple[Restriction, ...] = ()
    source: str = ""  # where the entry comes from, for `why` ("countries.tsv", "file.txt:42")
    user: bool = False
    official: object = None  # officials.Person for PERSON entries
    surname_only: bool = False  # a one-word alias of a person ("Putin")

    def code_at(self, date: str | None) -> str | None:
        """The entry's code on a date, honouring PETRARCH-style date restrictions.

        An undated text is read, for a user (PETRARCH) entry, as of the latest the entry knows (as
        officials take their latest role): a restriction open to the present, else the default,
        else the last one to end. PETRARCH's default is the fallback outside the dated codes; in
        our own data it is the code before the dated ones, which an undated text keeps."""
        if date is None and self.user and self.restrictions:
            current = [r for r in self.restrictions if r.end is None]
            if current:
                return max(current, key=lambda r: r.start or "").code
            if self.code is None:
                return max(self.restrictions, key=lambda r: r.end or "").code
        for r in self.restrictions:
            if r.holds(date):
                return r.code
        return self.code


@dataclass
class Candidate:
    entry: Entry
    surface: tuple[str, ...] | None  # exact token texts required, or None when case does not matter


class Lexicon:
    """Entries keyed by their normalised token tuples; longest match first."""

    def __init__(self, tokenize: Callable[[str], list[str]], packed=None):
        self.tokenize = tokenize
        # ``packed`` (packed.Snapshot): the packaged entries, kept as tuples until a lookup reaches
        # their key; ``table`` holds the keys made into objects and every key added since
        self.packed = packed
        self.table: dict[tuple[str, ...], list[Candidate]] = {}
        self.longest: dict[str, int] = dict(packed.longest) if packed is not None else {}

    def __len__(self) -> int:
        """How many keys (token tuples) the lexicon knows."""
        if self.packed is None:
            return len(self.table)
        return len(self.table) + sum(1 for k in self.packed.keys() if k not in self.table)

    def candidates(self, key: tuple[str, ...]) -> list[Candidate] | None:
        """The candidates of one key, best first; None for a key nobody wrote."""
        cands = self.table.get(key)
        if cands is None and self.packed is not None:
            cands = self.packed.candidates(key)
            if cands is not None:
                self.table[key] = cands
        return cands

    def add(self, phrase: str, entry: Entry, cased: bool) -> None:
        words = getattr(phrase, "words", None) or self.tokenize(phrase)  # dictionary names come tokenized
        if not words:
            return
        key = tuple(norm(w) for w in words)
        cands = self.candidates(key)
        if cands is None:
            cands = self.table[key] = []
        surface = tuple(w.replace("’", "'") for w in words) if cased else None
        cands.append(Candidate(entry, surface))
        # user entries first (they override), then exact-case ones, then by kind
        cands.sort(key=lambda c: (not c.entry.user, c.surface is None, _RANK.get(c.entry.kind, 9)))
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))

    def has_role(self, phrase: str) -> bool:
        key = tuple(norm(t) for t in self.tokenize(phrase))
        return any(c.entry.kind == ROLE for c in self.candidates(key) or ())

    def lookup(self, texts: list[str], keys: list[str], i: int,
               accept: Callable[[Candidate, int, int], bool] | None = None) -> tuple[int, Candidate] | None:
        """The longest entry starting at token i: (end token index, candidate), or None."""
        longest = self.longest.get(keys[i])
        if not longest:
            return None
        table, packed = self.table, self.packed
        for j in range(min(len(keys), i + longest), i, -1):
            key = tuple(keys[i:j])
            cands = table.get(key)
            if cands is None and packed is not None and key in packed:
                cands = self.candidates(key)
            if not cands:
                continue
            for cand in cands:
                if cand.surface is not None and not _case_ok(cand.surface, texts[i:j]):
                    continue
                if accept is None or accept(cand, i, j):
                    return j, cand
        return None


def _case_ok(surface: tuple[str, ...], texts: list[str]) -> bool:
    plain = tuple(_unaccented(t.replace("’", "'")) for t in texts)
    surface = tuple(_unaccented(s) for s in surface)  # "García" is written "Garcia" too
    if plain == surface:
        return True
    if surface[0].islower() and plain[1:] == surface[1:] and plain[0] == surface[0].capitalize():
        return True  # "the Kremlin" at the start of a sentence
    # ALL-CAPS text (headlines, agency slugs) is accepted for names longer than two letters,
    # and for the short ones only when written in capitals already ("US", "UN").
    return all(t.isupper() or not t.isalpha() for t in plain) and \
        tuple(s.upper() for s in surface) == plain and any(len(s) > 2 or s.isupper() for s in surface)


# ---------------------------------------------------------------- packaged data files

def data_lines(filename: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of a packaged data file, skipping comments and blanks."""
    text = resources.files("tidings.data.actors").joinpath(filename).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line.rstrip("\n").split("\t")


def split_names(field_: str) -> list[str]:
    return [n.strip() for n in field_.split("|") if n.strip()] if field_ else []


def plurals(word: str) -> list[str]:
    """Regular English plurals of the last word of a role phrase."""
    head, _, last = word.rpartition(" ")
    pre = head + " " if head else ""
    if last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith("."):
        forms = []
    else:
        forms = [last + "s"]
    return [pre + f for f in forms]


def load_builtin(lexicon: Lexicon) -> dict[str, str]:
    """Load countries, organisations and role words; return {country code: canonical name}."""
    countries: dict[str, str] = {}
    for number, row in data_lines("countries.tsv"):
        row += [""] * (4 - len(row))
        code, names, adjectives, capitals = row[0], split_names(row[1]), split_names(row[2]), split_names(row[3])
        if not names:
            continue
        countries.setdefault(code, names[0])
        src = f"countries.tsv:{number}"
        for n in names:
            lexicon.add(n, Entry(COUNTRY, names[0], code, source=src), cased=True)
        for a in adjectives:
            lexicon.add(a, Entry(DEMONYM, names[0], code, source=src,
                                 plural=a.endswith("s") and not a.endswith("ss")), cased=True)
        for c in capitals:
            lexicon.add(c, Entry(CAPITAL, c, code, source=src), cased=True)
    # the hand-written cities, then the places of the Phoenix country file (build_places.py),
    # which mentions.py reads only as proper nouns
    for filename in ("cities.tsv", DERIVED_PLACES):
        for number, row in data_lines(filename):
            code = row[0]
            for n in split_names(row[1]):
                lexicon.add(n, Entry(CITY, n, code, source=f"{filename}:{number}"), cased=True)
    # the hand-written organisations, then those derived from the Phoenix dictionaries
    # (build_groups.py): one format; an entry added first wins a tie. Names are tokenized the
    # fast way user dictionaries are (compiled.tokenized_names): a thousand groups load in
    # hundredths of a second
    from tidings.actors.compiled import tokenized_names

    for filename in ("orgs.tsv", "orgs_phoenix.tsv"):
        for number, row in data_lines(filename):
            row += [""] * (5 - len(row))
            code, name, aliases, kind = row[0], row[1], split_names(row[2]), row[3]
            later = tuple(Restriction(c, d, None) for c, _, d in
                          (x.partition("@") for x in reversed(split_names(row[4]))))
            entry = Entry(kind, name, code, restrictions=later, source=f"{filename}:{number}")
            for n in tokenized_names([name] + aliases):
                lexicon.add(n, entry, cased=True)
    for number, row in data_lines("roles.tsv"):
        sectors, kind, klass, words = row[0], row[1], row[2], split_names(row[3])
        country = row[4].strip() if len(row) > 4 and row[4].strip() else None  # "Taoiseach": IRL
        secs = tuple(sectors[i:i + 3] for i in range(0, len(sectors), 3))
        for w in words:
            needs = w.endswith("?")
            w = w.rstrip("?")
            cased = w != w.lower()
            src = f"roles.tsv:{number}"
            plural = kind == "body" and w.endswith("s")
            base = Entry(ROLE, w, code=country, sectors=secs, role_kind=kind, role_class=klass,
                         needs_country=needs, plural=plural, source=src)
            if not lexicon.has_role(w):
                lexicon.add(w, base, cased=cased)
            for p in plurals(w) if kind == "title" else []:
                if not lexicon.has_role(p):
                    lexicon.add(p, Entry(ROLE, w, code=country, sectors=secs, role_kind="body", role_class=klass,
                                         needs_country=needs, plural=True, source=src), cased=cased)
    return countries


@dataclass
class Match:
    """An entry found in a document: tokens [start, end)."""

    start: int
    end: int
    entry: Entry
    extra: dict = field(default_factory=dict)
