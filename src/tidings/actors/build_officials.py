"""Build ``data/actors/officials_phoenix.tsv``: officials of every country, 1990 to the end of the
Phoenix dictionaries, derived from the MIT-licensed PETRARCH2/Phoenix actor dictionaries.

    python -m tidings.actors.build_officials [--phoenix DIR] [--out FILE]

``DIR`` holds ``Phoenix.Countries.actors.txt`` and ``Phoenix.International.actors.txt`` (default
``../shared/ref/petrarch2``). The output has the format of the hand-written ``officials.tsv`` and is
deterministic: the same input gives the same bytes.

The rules, general (none names a person):

- A *person* is an actor entry with a dated government code of a country we know
  (``XXXGOV…``) or a dated code of an international organisation (``IGO…``) in force on or after
  1990-01-01. Undated codes are the names of countries, bodies and groups, not people.
- *Office*: the leaders listed first under each country in CountryInfo (heads of state and
  government) carry a dated ``XXXELI`` code for their years out of office, so an entry with any
  ``ELI`` code is ``HSG`` (head of state or government: the dictionary does not say which);
  ``XXXGOVMIL`` is ``DM``; any other ``XXXGOV…`` is ``GOV`` (a minister: the dictionary does not
  single out foreign ministers); ``IGO…`` is ``IGO`` with the organisation's code.
- *Dates*: PETRARCH ranges are inclusive, ours end-exclusive (one day added). A role open at the
  end (``>date``) lasts until the latest date the dictionary records for that country (its last
  update), no further: later years come from the hand-written file.
- *Names*: the first name of the entry, written in capitals with underscores, becomes title case
  ("BASHAR_AL-ASSAD" -> "Bashar al-Assad"). Other names are kept when they are a person's name:
  names containing a title or a country word ("PRESIDENT_XI_JINPING", "RUSSIAN_FOREIGN_MINISTER_
  LAVROV") are dropped since the resolver reads titles and countries itself, but the last word after a
  given name is a surname whatever it means ("JOHN_MAJOR"); a one-word name
  (a surname: "LAVROV") is kept only when it has five letters or more and no other person in the
  data has it. A full name shared by people of different countries is dropped.
- *Hand-written data wins*: a person whose full name or alias is in ``officials.tsv`` is written
  under that name, without the derived roles that overlap a hand-written one; overlapping roles of
  one person are merged (same office) or trimmed (another office's starts when the first ends).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

from tidings.actors.dictionaries import read_actors
from tidings.actors.lexicon import data_lines, split_names

START = "1990-01-01"
DEFAULT_PHOENIX = Path("../shared/ref/petrarch2")
OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "officials_phoenix.tsv"

# Lower-cased inside a name ("Bashar al-Assad", "Frederik de Klerk"); "Van" stays as written in
# Belgian names, so it is not here.
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "das", "do", "dos", "del", "della", "di", "du",
             "der", "den", "von", "y", "e", "la", "le", "ould", "ag", "wa"}
# Title words seen in the dictionary's names beyond our roles.tsv vocabulary.
EXTRA_TITLES = {"secretary-general", "secretary", "general", "president-elect", "vice-president",
                "senator", "congressman", "representative", "administration", "government", "former",
                "ex", "ex-soviet", "leader", "chief", "king", "prince", "sheikh", "shaikh", "emir",
                "ayatollah", "colonel", "col.", "gen.", "mr", "mr.", "mrs", "mrs.", "dr", "dr.", "sir",
                "lord", "premier", "chairman", "party", "regime", "cabinet", "ministry", "office"}

HEADER = """\
# Officials with dated roles, 1990 to the end of the Phoenix dictionaries (about 2011; a few to
# 2015), DERIVED by `python -m tidings.actors.build_officials` from Phoenix.Countries.actors.txt and
# Phoenix.International.actors.txt of PETRARCH2 (https://github.com/openeventdata/petrarch2):
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# Do not edit by hand: edit the rules in build_officials.py, or officials.tsv (which wins).
# Columns and offices as in officials.tsv; HSG = head of state or government (the source does not
# say which), GOV = minister, DM = defence minister (GOVMIL in the source), IGO = head of an IGO.
"""


def title_case(name: str) -> str:
    """'BASHAR AL-ASSAD' -> 'Bashar al-Assad'; 'MCCAIN' -> 'McCain'; "O'BRIEN" -> "O'Brien"."""
    words = []
    for k, word in enumerate(name.split()):
        parts = []
        pieces = word.split("-")
        for j, part in enumerate(pieces):
            low = part.lower()
            # a particle in lower case, but not the name's first word nor the last piece of "X-AL"
            if (k or j) and low in PARTICLES and (j < len(pieces) - 1 or len(pieces) == 1):
                parts.append(low)
                continue
            t = part.capitalize()
            t = re.sub(r"'(\w)", lambda m: "'" + m.group(1).upper(), t)  # O'Brien, D'Escoto
            if t.startswith("Mc") and len(t) > 2:
                t = "Mc" + t[2].upper() + t[3:]
            parts.append(t)
        words.append("-".join(parts))
    return " ".join(words)


def _countries() -> tuple[set[str], set[str]]:
    """Country codes we know, and the lower-cased words of country names and adjectives."""
    codes, words = set(), set()
    for _, row in data_lines("countries.tsv"):
        row += [""] * (4 - len(row))
        codes.add(row[0])
        for n in split_names(row[1]) + split_names(row[2]):
            words.update(w.lower() for w in n.split())
    return codes, words


def _title_words() -> set[str]:
    words = set(EXTRA_TITLES)
    for _, row in data_lines("roles.tsv"):
        for phrase in split_names(row[3] if len(row) > 3 else ""):
            words.update(w.lower() for w in phrase.split())
    return words


def given_names() -> set[str]:
    return {n.lower() for _, row in data_lines("given_names.tsv") for n in split_names(row[1])}


def _day_after(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _people(phoenix: Path, codes: set[str]):
    """(names, [(office, code, start, end or None)], country key) per person entry, in file order."""
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for names, entry in read_actors(phoenix / file):
            rs = entry.restrictions
            leader = any(r.code[3:] == "ELI" for r in rs) or (entry.code or "")[3:] == "ELI"
            roles = []
            for r in rs:
                if r.start is None or (r.end is not None and r.end < START):
                    continue
                if r.code.startswith("IGO"):
                    roles.append(("IGO", r.code, r.start, r.end))
                elif r.code[:3] in codes and r.code[3:6] == "GOV":
                    office = "HSG" if leader else "DM" if r.code[6:9] == "MIL" else "GOV"
                    roles.append((office, r.code[:3], r.start, r.end))
            if roles:
                yield names, roles


def _key(name: str) -> str:
    """A name compared loosely: case, hyphens, dots and spacing aside ("K. Annan" = "K ANNAN")."""
    return " ".join(re.sub(r"[-.]", " ", name.lower()).split())


def build(phoenix: Path) -> str:
    codes, country_words = _countries()
    titles = _title_words()
    given = given_names()

    def person_name(n: str) -> bool:
        words = n.lower().replace(",", " ").split()
        # after a given name, the last word is a surname even if it is a title word ("John Major")
        titled = words[:-1] if len(words) > 1 and words[0] in given else words
        return bool(words) and not any(ch.isdigit() for ch in n) and \
            not any(w in titles or w.strip(".") in titles for w in titled) and \
            not any(w in country_words for w in words)

    # one person may have several entries ("KOFI_ANNAN_" and "K._ANNAN_"): entries of the same
    # country sharing a name are merged
    groups: list[tuple[list[str], list[tuple[str, str, str, str | None]], str]] = []
    by_key: dict[tuple[str, str], int] = {}
    for names, roles in _people(phoenix, codes):
        country = roles[-1][1]  # a country code, or an organisation's full code
        names = [n for n in names if person_name(n)]
        hit = next((by_key[(_key(n), country)] for n in names if (_key(n), country) in by_key), None)
        if hit is None:
            hit = len(groups)
            groups.append(([], [], country))
        g_names, g_roles, _ = groups[hit]
        g_names.extend(n for n in names if n not in g_names)
        g_roles.extend(r for r in roles if r not in g_roles)
        for n in names:
            by_key.setdefault((_key(n), country), hit)

    # the dictionary's last recorded date per country (or organisation): where open roles stop
    last: dict[str, str] = {}
    for _, roles, _ in groups:
        for _, code, start, end in roles:
            last[code] = max(last.get(code, ""), start, end or "")
    # who else has a name: a full name of people of two countries, or a surname of two people, is unsafe
    countries_of: dict[str, set[str]] = defaultdict(set)
    people_of: dict[str, int] = defaultdict(int)
    for names, _, country in groups:
        for k in {_key(n) for n in names}:
            countries_of[k].add(country)
            people_of[k] += 1

    hand = _hand_written()
    rows: set[tuple[str, str, str, str, str, str]] = set()
    for names, roles, country in groups:
        full = [n for n in names if " " in n and len(countries_of[_key(n)]) == 1]
        if not full:
            continue  # no full name that is this person's alone: nothing safe to match
        surnames = [n for n in names if " " not in n and len(n) >= 5 and people_of[_key(n)] == 1]
        canonical = title_case(full[0])
        aliases: list[str] = []
        for n in full[1:] + surnames:
            t = title_case(n)
            if t != canonical and t not in aliases:
                aliases.append(t)
        # the loader makes one person of one name, so a full name the hand-written file has is that
        # person whatever the country ("Herman Van Rompuy": BEL here, IGOEEC there)
        known = next((hand[_key(n)] for n in [canonical] + aliases if " " in n and _key(n) in hand), None)
        name, taken = known if known else (canonical, [])
        if known and canonical != name:
            aliases.insert(0, canonical)
        aliases = [a for a in aliases if a != name]
        for office, code, start, end in roles:
            end_x = _day_after(end) if end else _day_after(last[code])
            for h_start, h_end in sorted(taken):  # the hand-written periods win: cut ours around them
                if start < h_end and h_start < end_x:
                    if start < h_start:
                        end_x = h_start
                    else:
                        start = h_end
            if start < end_x:
                rows.add((name, "|".join(aliases), code, office, start, end_x))
    ordered = sorted(_merged(rows), key=lambda r: (r[2], r[0], r[4], r[3], r[5], r[1]))
    return HEADER + "".join("\t".join(r) + "\n" for r in ordered)


def _merged(rows):
    """One person's roles without overlaps: the dictionary often lists a leader's years twice
    (head of state, then party or acting titles). Overlapping roles of the same office and code
    become one; a role overlapping another office's (not a minister's) starts when that one ends."""
    by_person: dict[str, list] = defaultdict(list)
    for row in rows:
        by_person[row[0]].append(row)
    out = []
    for name, roles in by_person.items():
        aliases = max((r[1] for r in roles), key=len)  # the same person: the fullest list of names
        done: list[list[str]] = []  # [code, office, start, end]
        for _, _, code, office, start, end in sorted(roles, key=lambda r: (r[4], r[5], r[3], r[2])):
            for prev in done:
                if prev[2] < end and start < prev[3] and (office == "GOV") == (prev[1] == "GOV"):
                    if (prev[0], prev[1]) == (code, office):
                        prev[3], end = max(prev[3], end), start  # absorbed into prev
                    else:
                        start = max(start, prev[3])
            if start < end:
                done.append([code, office, start, end])
        out.extend((name, aliases, code, office, start, end) for code, office, start, end in done)
    return out


def _hand_written() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """loose name or alias -> (canonical name, [(start, end)]) from officials.tsv."""
    spans: dict[str, list[tuple[str, str]]] = defaultdict(list)
    keys: dict[str, str] = {}
    for _, row in data_lines("officials.tsv"):
        row += [""] * (6 - len(row))
        name, aliases, code, _, start, end = (c.strip() for c in row[:6])
        spans[name].append((start, end or "9999-12-31"))
        for n in [name] + split_names(aliases):
            keys.setdefault(_key(n), name)
    return {k: (name, spans[name]) for k, name in keys.items()}


def build_command(argv, doc: str, name: str, files: tuple, build_from, out: Path, unit: str) -> int:
    """The command line of a file derived from the Phoenix dictionaries (``files`` in ``--phoenix``):
    build it and write it to ``--out``; exit status 2 when a dictionary is missing."""
    ap = argparse.ArgumentParser(prog=f"python -m tidings.actors.{name}", description=doc.split("\n\n")[0])
    ap.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX,
                    help="folder with the Phoenix actor dictionaries (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=out, help="file to write (default: the packaged one)")
    args = ap.parse_args(argv)
    missing = [f for f in files if not (args.phoenix / f).exists()]
    if missing:
        print(f"{name}: no {', '.join(missing)} in {args.phoenix}", file=sys.stderr)
        return 2
    text = build_from(args.phoenix)
    args.out.write_text(text, encoding="utf-8")
    n = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
    print(f"{name}: {n} {unit} -> {args.out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    return build_command(argv, __doc__, "build_officials", ("Phoenix.Countries.actors.txt",), build, OUT, "roles")


if __name__ == "__main__":
    raise SystemExit(main())
