"""One-letter misspellings of long country names, as wire copy has them ("Ukrainan",
"Afganistan"): a name spaCy tags as an entity that nothing in our lists matches is compared with
the names of countries (and their adjectives and capitals); one letter added, dropped, changed or
two swapped, in a name of at least ``MIN_LETTERS`` letters with the same first letter, and exactly
one name at that distance, gives that name's entry. ``why`` shows the edit.

Leaders' names ("Vladmir Putin", "Benjamim Netanyahu") are read right too (3 of 3 on the tune
split), but with them the penta check figure fell under its floor (0.7994 < 0.80: one sentence
lost its event, likely an event coder rule, not the reading), so PERSON is left out of
``KINDS_FOR_LABEL`` until the event side is looked at (issue 15 note).

Ordinary words never reach this: only entity names no dictionary knows are looked up.
"""

from __future__ import annotations

from collections.abc import Mapping

from tidings.actors.ambiguity import CUES
from tidings.actors.lexicon import CAPITAL, COUNTRY, DEMONYM, PERSON, Entry, Lexicon, norm

MIN_LETTERS = 7
# offices that make a person a leader whose misspelt name is worth recognising
LEADER_OFFICES = {"HOS", "HOG", "HOSG", "HSG", "VP", "FM", "DM", "IGO", "LDR"}
PLACE_KINDS = {COUNTRY, DEMONYM, CAPITAL}
# which of our kinds a spaCy entity label may stand for
# (spaCy often takes a misspelt country for an organisation: "the Phillipines")
KINDS_FOR_LABEL = {"GPE": PLACE_KINDS, "NORP": {DEMONYM, COUNTRY}, "ORG": {COUNTRY}}
# "Columbia" (New Hampshire, British Columbia) is no Colombia, "Indiana" no "Indian"
REAL_NAMES = CUES["not_misspellings"] | CUES["us_states"]


def one_edit(a: str, b: str) -> bool:
    """Whether b is a with one letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and
                                  a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _is_leader(entry: Entry) -> bool:
    return any(r.office in LEADER_OFFICES for p in entry.official or () for r in p.roles)


def describe(written: str, meant: str) -> str:
    return f"spelling: '{written}' read as '{meant}' (one letter apart)"


class Spelling:
    """Long names grouped by first letter and length, built on first use (a few milliseconds): a
    name is compared only with those of its first letter and a length one apart."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.index: dict[tuple[str, int], list[str]] | None = None
        self.entries: Mapping[str, tuple[str, Entry]] = {}  # key -> (name as written in our lists, entry)
        self.keys: dict[str, tuple[str, ...]] = {}  # key as text -> the lexicon's key

    def _build(self) -> None:
        packed = self.lexicon.packed
        if packed is None:
            self.build_index()
        else:  # the packaged lexicon's index, built with it (packed.py): only user entries came since
            self.index, spelled = packed.spelling
            self.entries = _Spelled(spelled, self.lexicon)

    def build_index(self) -> None:
        """The index over every key of the lexicon (user entries never count)."""
        self.index = {}
        for key, cands in self.lexicon.table.items():
            text = " ".join(key)
            if sum(c.isalpha() for c in text) < MIN_LETTERS:
                continue
            for cand in cands:
                e = cand.entry
                if e.user or not (e.kind in PLACE_KINDS or (e.kind == PERSON and not e.surname_only
                                                            and _is_leader(e))):
                    continue
                self.entries[text] = (" ".join(cand.surface) if cand.surface else text, e)
                self.keys[text] = key
                self.index.setdefault((text[0], len(text)), []).append(text)
                break

    def match(self, words: list[str], label: str, written: str = "") -> tuple[Entry, str] | None:
        """The entry one letter away from an unknown entity name (its tokens ``words``, its text
        ``written``), and the ``why`` line; None when no name or more than one is that close."""
        kinds = KINDS_FOR_LABEL.get(label)
        written = written or " ".join(words)
        text = " ".join(norm(w) for w in words)
        if kinds is None or sum(c.isalpha() for c in text) < MIN_LETTERS or \
                any(norm(w) in REAL_NAMES for w in words):
            return None
        if self.index is None:
            self._build()
        hits = {k for n in (len(text) - 1, len(text), len(text) + 1) for k in self.index.get((text[0], n), ())
                if one_edit(text, k) and self.entries[k][1].kind in kinds}
        meant = {(self.entries[k][1].kind, self.entries[k][1].name) for k in hits}
        if len(meant) != 1:  # nothing that close, or two different names: no guess
            return None
        name, entry = self.entries[min(hits)]
        return entry, describe(written, entry.name if entry.kind == PERSON else name)


class _Spelled(Mapping):
    """The packaged index's entries, each made into its ``Entry`` when a name comes that close: the
    entry at its position among the key's packaged candidates (user entries sort before them)."""

    def __init__(self, spelled: dict, lexicon: Lexicon):
        self._spelled, self._lexicon = spelled, lexicon

    def __getitem__(self, text: str) -> tuple[str, Entry]:
        written, key, at = self._spelled[text]
        return written, [c.entry for c in self._lexicon.candidates(tuple(key)) if not c.entry.user][at]

    def __iter__(self):
        return iter(self._spelled)

    def __len__(self) -> int:
        return len(self._spelled)
