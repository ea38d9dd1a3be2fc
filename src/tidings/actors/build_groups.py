"""Build ``data/actors/orgs_phoenix.tsv``: armed groups, parties and movements (``…REB``, ``IMG…``),
intergovernmental organisations (``IGO…``) and state bodies of every country (``AGENCY``), derived
from the MIT-licensed PETRARCH2/Phoenix actor dictionaries, in the format of the hand-written
``orgs.tsv`` (the same loader reads both).

    python -m tidings.actors.build_groups [--phoenix DIR] [--out FILE]

``DIR`` holds ``Phoenix.MilNonState.actors.txt``, ``Phoenix.International.actors.txt`` and
``Phoenix.Countries.actors.txt`` (default ``../shared/ref/petrarch2``). The output is
deterministic: the same input gives the same bytes.

The rules, general (none names a group):

- A *group* is an entry with an undated code (dated codes are people, ``build_officials``): every
  such entry of the non-state file whose code starts with a country or region we know, ``IMG``
  (international militarised group) or ``INT``; of the international file only ``IGO`` codes (its
  companies and NGOs are left out), and only entries none of whose names starts with a given name
  (``given_names.tsv``: the file lists IGO staff by name with the organisation's code).
- *Names*: capitals with underscores become title case; a parenthesised acronym ("LIBERATION
  TIGERS OF TAMIL EELAM (LTTE)") becomes a name of its own and words without a vowel stay in
  capitals. Names are matched case-sensitively as written, or in capitals (lexicon.py), so
  "Tigers" in a headline is not "the tigers".
- *Unsafe names are dropped*: fewer than four letters ("ISA", "ERG" stand for many things); a
  name that is a country, demonym, capital, city, role word, given name or a common word
  (``cues.tsv``, list ``not_group_names``); a name shared by entries with different codes.
- *State bodies* of the country file (``Phoenix.Countries.actors.txt``): an undated code of a
  country and sectors (``USAGOV`` for "NASA", ``IRNMIL`` for "Basij"), kind ``AGENCY``; only names
  with no country word (the resolver reads "US Congress" itself), no dots and no official's name
  ("ASSAD" is the man), and only entries with a body's name (a word of ``STATE_BODY_WORDS``): the
  others are people or titles ("EDWARD SNOWDEN", "US SECRETARY OF STATE").
- *Hand-written data wins*: an entry sharing a name with ``orgs.tsv`` gives its other names to that
  entry's code (so "Hizbullah" is Hezbollah's ``LBNREBHEZ``, not the dictionary's ``LBNREB``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from tidings.actors.build_officials import HEADER as OFFICIALS_HEADER, build_command, given_names, title_case
from tidings.actors.codes import chunks
from tidings.actors.dictionaries import read_actors
from tidings.actors.lexicon import data_lines, split_names

OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "orgs_phoenix.tsv"
# sectors of groups outside the state: armed groups, opposition, parties, movements
GROUP_SECTORS = {"REB", "INS", "SEP", "UAF", "OPP", "PTY", "MOV", "RAD", "IMG", "CRM"}
# words written in lower case inside a name, as news writes them
LOWER_WORDS = {"of", "the", "for", "and", "in", "on", "to", "at", "against", "with", "from", "by"}
# a name of the international file with one of these words names a body, not a person
BODY_WORDS = {"organization", "organisation", "union", "council", "community", "bank", "fund", "commission",
              "committee", "association", "group", "alliance", "agency", "court", "tribunal", "parliament",
              "assembly", "treaty", "conference", "federation", "forum", "league", "mission", "programme",
              "program", "partnership", "area", "market", "secretariat", "states", "nations", "cooperation",
              "institute", "centre", "center", "board", "authority", "force", "francophonie", "pact", "panel"}
# words of a state body's name in the country file ("Federal Emergency Management Agency",
# "Revolutionary Guard Corps"): a name there without one is a person's or a title's
STATE_BODY_WORDS = BODY_WORDS | {"guard", "guards", "reserve", "army", "navy", "forces", "service", "department",
                                 "administration", "bureau", "directorate", "corps", "police", "congress", "rifles",
                                 "intelligence", "government", "foundation", "university"}
FILES = ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt", "Phoenix.Countries.actors.txt")

# the MIT notice of the source, as build_officials writes it
_NOTICE = OFFICIALS_HEADER[OFFICIALS_HEADER.index("# The MIT License"):OFFICIALS_HEADER.index("#\n# Do not")]
HEADER = f"""\
# Armed groups, parties, movements, IGOs and state bodies, DERIVED by `python -m tidings.actors.build_groups`
# from Phoenix.MilNonState.actors.txt, Phoenix.International.actors.txt and Phoenix.Countries.actors.txt of PETRARCH2
# (https://github.com/openeventdata/petrarch2):
#
{_NOTICE}#
# Do not edit by hand: edit the rules in build_groups.py, or orgs.tsv (which wins).
# Columns as in orgs.tsv: code, name, other names (|), kind (GROUP, IGO or AGENCY), later codes (none here).
"""


def _known_prefixes() -> set[str]:
    codes = {row[0] for _, row in data_lines("countries.tsv")}
    codes |= {row[0] for _, row in data_lines("orgs.tsv") if len(row) > 3 and row[3] == "REGION"}
    return codes | {"IMG", "INT"}


def _unsafe_words() -> set[str]:
    """Lower-cased one-word names that are something else first."""
    words: set[str] = set()
    for _, row in data_lines("countries.tsv"):
        for field_ in row[1:4]:
            words.update(n.lower() for n in split_names(field_))
    for _, row in data_lines("cities.tsv"):
        words.update(n.lower() for n in split_names(row[1]))
    for _, row in data_lines("roles.tsv"):
        words.update(w.rstrip("?").lower() for w in split_names(row[3] if len(row) > 3 else ""))
    for _, row in data_lines("given_names.tsv"):
        words.update(n.lower() for n in split_names(row[1]))
    for _, row in data_lines("cues.tsv"):
        if row[0] == "not_group_names":
            words.update(split_names(row[1]))
    return words


def _key(name: str) -> str:
    """A name compared loosely: case, hyphens, dots, apostrophes and spacing aside."""
    return " ".join(re.sub(r"[-.'’]", " ", name.lower()).split())


def _display(name: str) -> list[str]:
    """A dictionary name as it is written in news: title case, acronyms in capitals; a
    parenthesised acronym is a name of its own ("... EELAM (LTTE)" → the long name and "LTTE")."""
    out = []
    acronyms = re.findall(r"\(([^()]*)\)", name)
    bare = " ".join(re.sub(r"\([^()]*\)", " ", name).split())
    if bare.lower().startswith("the "):
        bare = bare[4:]  # "the" is the text's, not the name's
    for n in [bare] + acronyms:
        n = n.strip()
        if not n:
            continue
        words = []
        for k, w in enumerate(title_case(n).split()):
            w = re.sub(r"'S\b", "'s", w)  # "People's"
            if not re.search(r"[aeiouyAEIOUY]", w) or (n in acronyms and " " not in n):
                w = w.upper()  # "PKK", "LTTE", "FARC"
            elif k and w.lower() in LOWER_WORDS:
                w = w.lower()  # "Liberation Front of Quebec"
            words.append(w)
        out.append(" ".join(words))
    return out


def _country_words() -> set[str]:
    """Lower-cased words of country names and adjectives ("united", "states", "american")."""
    words: set[str] = set()
    for _, row in data_lines("countries.tsv"):
        for field_ in row[1:3]:
            for n in split_names(field_):
                words.update(w.strip(".").lower() for w in n.split())
    return words


def _entries(phoenix: Path):
    """(names, code) of every group, IGO or state body entry, in file order."""
    prefixes = _known_prefixes()
    given = given_names()
    country_words = _country_words()
    # officials' names and aliases: "ASSAD" in the country file's entry of the Syrian government is the man
    people = {_key(n) for f in ("officials.tsv", "officials_phoenix.tsv") for _, row in data_lines(f)
              for n in [row[0]] + split_names(row[1] if len(row) > 1 else "")}
    for file in FILES:
        international = file.startswith("Phoenix.International")
        for names, entry in read_actors(phoenix / file):
            code = entry.code
            if not code or not code[:3].isalpha():
                continue
            if file.startswith("Phoenix.Countries"):
                # the state bodies of the country file: an undated code of a country and sectors, named
                # as a body; names with a country word are left to the resolver, which reads the
                # country and the role itself ("US Congress"); an entry without a body's name is a
                # person or a title ("EDWARD SNOWDEN", "US SECRETARY OF STATE")
                if entry.restrictions or len(code) <= 3 or code[:3] not in prefixes:
                    continue
                names = [n for n in names if "." not in n and _key(n) not in people and
                         not set(re.findall(r"[a-z]+", n.lower())) & country_words]
                bodies = [n for n in names if " " in n and set(n.lower().split()) & STATE_BODY_WORDS]
                if not bodies or bodies[0].split()[0].lower() in given:
                    continue
                yield [n for n in names if " " not in n or n in bodies], code
                continue
            if international:
                if not code.startswith("IGO") or len(code) == 3:
                    continue  # companies, NGOs, and "IGO" alone (no organisation named)
                # its IGO entries list staff by name: only names of bodies or one-word acronyms
                names = [n for n in names if " " not in n or set(n.lower().split()) & BODY_WORDS]
                names = [n for n in names if n.split()[0].lower() not in given]
                if not names:
                    continue
            elif code[:3] not in prefixes:
                continue
            yield names, code


def build(phoenix: Path) -> str:
    unsafe = _unsafe_words()
    hand: dict[str, str] = {}  # loose name -> code of orgs.tsv
    hand_names: set[str] = set()
    for _, row in data_lines("orgs.tsv"):
        row += [""] * (3 - len(row))
        for n in [row[1]] + split_names(row[2]):
            hand.setdefault(_key(n), row[0])
            hand_names.add(_key(n))

    def safe(n: str) -> bool:
        letters = re.sub(r"[^A-Za-z]", "", n)
        if len(letters) < 4:
            return False  # "ISA", "ERG": three letters stand for too many things
        return n.lower() not in unsafe

    groups: list[tuple[str, list[str]]] = []  # (code, names)
    for names, code in _entries(phoenix):
        shown: list[str] = []
        for n in names:
            shown += [d for d in _display(n) if d not in shown]
        shown = [n for n in shown if safe(n)]
        known = next((hand[_key(n)] for n in shown if _key(n) in hand), None)
        groups.append((known or code, shown))
    # a name two codes claim is nobody's
    codes_of: dict[str, set[str]] = defaultdict(set)
    for code, names in groups:
        for n in names:
            codes_of[_key(n)].add(code)
    rows: dict[str, list] = {}  # code+canonical -> [code, name, aliases]
    hand_extra: dict[str, list[str]] = defaultdict(list)  # code of orgs.tsv -> names it gains
    for code, names in groups:
        names = [n for n in names if len(codes_of[_key(n)]) == 1]
        if code in hand.values() and any(_key(n) in hand_names for n in names):
            hand_extra[code] += [n for n in names if _key(n) not in hand_names and n not in hand_extra[code]]
            continue
        if not names:
            continue
        key = code + "\t" + names[0]
        row = rows.setdefault(key, [code, names[0], []])
        row[2] += [n for n in names[1:] if n not in row[2] and n != row[1]]
    out = []
    for code, extra in hand_extra.items():
        if extra:  # another row for a code orgs.tsv has: its name there is the canonical one
            name = next(r[1] for _, r in data_lines("orgs.tsv") if r[0] == code)
            out.append((code, name, "|".join(extra), _kind(code)))
    out += [(code, name, "|".join(aliases), _kind(code)) for code, name, aliases in rows.values()]
    # a name of one row that another row also lists (after the merge) stays with the first only
    seen: set[str] = set()
    final = []
    for code, name, aliases, kind in sorted(out, key=lambda r: (r[0], r[1])):
        names = [n for n in [name] + aliases.split("|") if n and _key(n) not in seen]
        seen.update(_key(n) for n in names)
        if names:
            final.append("\t".join((code, names[0], "|".join(names[1:]), kind)))
    return HEADER + "".join(line + "\n" for line in final)


def _kind(code: str) -> str:
    if code.startswith("IGO"):
        return "IGO"
    return "GROUP" if set(chunks(code)[1:]) & GROUP_SECTORS or code[:3] in ("IMG", "INT") else "AGENCY"


def main(argv: list[str] | None = None) -> int:
    return build_command(argv, __doc__, "build_groups", FILES, build, OUT, "groups and IGOs")


if __name__ == "__main__":
    raise SystemExit(main())
