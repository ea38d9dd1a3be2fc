"""Build ``data/actors/cities_phoenix.tsv``: cities, provinces, states and regions of every country,
derived from the country entries of the MIT-licensed PETRARCH2/Phoenix country dictionary, in the
format of the hand-written ``cities.tsv`` (the same loader reads both).

    python -m tidings.actors.build_places [--phoenix DIR] [--out FILE]

``DIR`` holds ``Phoenix.Countries.actors.txt`` (default ``../shared/ref/petrarch2``). The output is
deterministic: the same input gives the same bytes.

The rules, general (none names a place):

- A *country entry* is an entry whose undated code is a country we know (three letters, in
  ``countries.tsv``): PETRARCH lists under it the country's other names and its cities, provinces
  and states ("KABUL", "HELMAND", "OHIO", "TYUMEN"), all coded as the country. Those names are
  places of that country (a city stands for its country as a place, as in ``cities.tsv``).
- *Dropped*: the country's own names and their misspellings (a name close to one of the country's
  names: ``spelling.py`` reads one-letter misspellings of those); names with brackets or commas
  ("SAMOA, AMERICAN"); fewer than four letters; a name that is already a country, demonym,
  capital or city of ours (the hand-written files win), an organisation of ``orgs.tsv``, a role
  word, a given name ("VLADIMIR" under Russia) or a common word (``cues.tsv``, lists
  ``not_group_names`` and ``not_place_names``); a name two countries claim ("BIRMINGHAM").
- *Matching*: these names are read only where the text writes them as proper nouns (the tagger's
  NNP): "Nice" the city, not "Nice work" (``mentions.MentionFinder._accept``).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from pathlib import Path

from tidings.actors.build_groups import _NOTICE, _display, _key, _unsafe_words
from tidings.actors.build_officials import build_command
from tidings.actors.dictionaries import read_actors
from tidings.actors.lexicon import data_lines, split_names

OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "cities_phoenix.tsv"
FILES = ("Phoenix.Countries.actors.txt",)
# a name at least this close (difflib ratio) to one of the country's own names is a spelling of it
OWN_NAME_RATIO = 0.75

HEADER = f"""\
# Cities, provinces, states and regions of every country, DERIVED by `python -m
# tidings.actors.build_places` from the country entries of Phoenix.Countries.actors.txt of PETRARCH2
# (https://github.com/openeventdata/petrarch2):
#
{_NOTICE}#
# Do not edit by hand: edit the rules in build_places.py, or cities.tsv (which wins).
# Columns as in cities.tsv: code, names (|). Read only as proper nouns (mentions.py).
"""


def _own_names() -> dict[str, list[str]]:
    """Country code -> its lower-cased names and adjectives in countries.tsv."""
    own: dict[str, list[str]] = defaultdict(list)
    for _, row in data_lines("countries.tsv"):
        row += [""] * (3 - len(row))
        own[row[0]] += [n.lower() for n in split_names(row[1]) + split_names(row[2])]
    return own


def _known() -> set[str]:
    """Loose keys of every name our hand-written files already give a meaning."""
    known: set[str] = set()
    for _, row in data_lines("countries.tsv"):
        for field_ in row[1:4]:
            known.update(_key(n) for n in split_names(field_))
    for _, row in data_lines("cities.tsv"):
        known.update(_key(n) for n in split_names(row[1]))
    for _, row in data_lines("orgs.tsv"):
        row += [""] * (3 - len(row))
        known.update(_key(n) for n in [row[1]] + split_names(row[2]))
    return known


def _place_name(raw: str) -> str | None:
    """A dictionary name as news writes a place ("ST. LOUIS" -> "St. Louis", "ROSTOV ON DON" ->
    "Rostov on Don"); None for what is no place name as written: brackets, commas, apostrophes
    ("HAWAI'I", "L'HEXAGONE") and abbreviations with dots ("U.K.G.B.N.I.", "EE. UU.")."""
    if re.search(r"[(),'’]", raw):
        return None
    words = raw.split()
    saint = words[:1] in (["ST."], ["ST"])
    if any("." in w for w in words[saint:]):
        return None
    shown = _display(" ".join(words[saint:]))
    if not shown:
        return None
    return ("St. " if saint else "") + shown[0]


def build(phoenix: Path) -> str:
    own = _own_names()
    known = _known()
    unsafe = _unsafe_words() | {w for _, row in data_lines("cues.tsv") if row[0] == "not_place_names"
                                for w in split_names(row[1])}

    def keep(name: str, code: str) -> bool:
        if re.search(r"[(),]", name) or len(re.sub(r"[^A-Za-z]", "", name)) < 4:
            return False
        low = name.lower()
        if _key(name) in known or low in unsafe:
            return False
        return all(difflib.SequenceMatcher(None, low, n).ratio() < OWN_NAME_RATIO for n in own[code])

    places: dict[str, list[str]] = defaultdict(list)  # code -> names, in the dictionary's order
    claims: dict[str, set[str]] = defaultdict(set)  # loose name -> codes
    for names, entry in read_actors(phoenix / FILES[0]):
        code = entry.code
        if entry.restrictions or not code or len(code) != 3 or code not in own:
            continue
        for raw in names:
            name = _place_name(raw)
            if name:
                if keep(name, code) and name not in places[code]:
                    places[code].append(name)
                    claims[_key(name)].add(code)
    lines = []
    seen: set[str] = set()
    for code in sorted(places):
        names = []
        for n in places[code]:
            if len(claims[_key(n)]) == 1 and _key(n) not in seen:
                seen.add(_key(n))
                names.append(n)
        if names:
            lines.append(f"{code}\t{'|'.join(names)}\n")
    return HEADER + "".join(lines)


def main(argv: list[str] | None = None) -> int:
    return build_command(argv, __doc__, "build_places", FILES, build, OUT, "countries' places")


if __name__ == "__main__":
    raise SystemExit(main())
