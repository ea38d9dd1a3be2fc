"""Regenerate ``data/events/cameo.tsv`` from the CAMEO codebook, the CAMEO→PLOVER table and
GDELT's Goldstein table.

Run by a maintainer only (the package never needs the reference files at run time):

    python -m tidings.events.build_table CODEBOOK.json CAMEO_TO_PLOVER.txt \
        GDELT_GOLDSTEIN.tsv CAMEO_EVENT_CODES.tsv > src/tidings/data/events/cameo.tsv

(in the development tree: ``../shared/ref/cameo_codebook.json ../shared/ref/cameo_to_plover.txt
../shared/ref/gdelt_goldstein.tsv ../shared/ref/cameo_event_codes.tsv``).

Goldstein values are GDELT's wherever GDELT has the code (the README promises "as distributed
with GDELT"); codes only the codebook has keep the codebook's value. A code GDELT has and the
codebook lacks (183) is added with GDELT's name and its parent's QuadClass, so that every code
GDELT can emit is known. The output is a compact table of facts (code, QuadClass, Goldstein,
PLOVER type and mode, short name) in our own format, not a copy of any of the files.
"""

from __future__ import annotations

import json
import re
import sys

HEADER = """\
# CAMEO event codes with QuadClass, Goldstein score, PLOVER type and mode.
# Facts from the CAMEO codebook (Schrodt et al., Event Data Project; as distributed with GDELT)
# and the CAMEO-to-PLOVER conversion table (PLOVER manual draft 0.8, P. Schrodt, CC BY-SA 4.0).
# This table is a derived work and is likewise under CC BY-SA 4.0.
# Codes absent from the PLOVER table inherit their parent's type; 01x/02x have none in PLOVER.
# Goldstein values: GDELT's table (CAMEO.goldsteinscale.txt) for every code GDELT has.
# Regenerate with: python -m tidings.events.build_table CODEBOOK.json CAMEO_TO_PLOVER.txt \
#   GDELT_GOLDSTEIN.tsv CAMEO_EVENT_CODES.tsv
code\tquad_class\tgoldstein\tplover\tplover_mode\tname
"""

LINE = re.compile(r"^(\d{2,4}):\s*([A-Z_]+)\s*(?:,\s*([^,#]*))?")


def read_plover(path: str) -> dict[str, tuple[str, str]]:
    table = {}
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line)
        if m:
            table[m.group(1)] = (m.group(2).strip(), (m.group(3) or "").strip())
    return table


def read_tsv(path: str) -> dict[str, str]:
    """``code<TAB>value`` lines (comment and header lines skipped)."""
    table = {}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and parts[0].strip().isdigit():
            table[parts[0].strip()] = parts[1].strip()
    return table


def build(codebook_path: str, plover_path: str, goldstein_path: str | None = None,
          names_path: str | None = None) -> str:
    book = json.load(open(codebook_path, encoding="utf-8"))
    plover = read_plover(plover_path)
    gdelt = {c: float(v) for c, v in read_tsv(goldstein_path).items()} if goldstein_path else {}
    names = read_tsv(names_path) if names_path else {}
    for code in gdelt:
        if code not in book:  # e.g. 183: in GDELT's tables, missing from the codebook
            parent = next(p for p in (code[:-1], code[:2]) if p in book)
            book[code] = {"name": names.get(code, book[parent]["name"]), "parent": parent,
                          "quad_class": book[parent]["quad_class"], "goldstein": gdelt[code]}
    rows = [HEADER.rstrip("\n")]
    for code in sorted(book):
        entry = book[code]
        p = code
        while p and p not in plover:  # inherit the nearest ancestor's PLOVER type
            p = book.get(p, {}).get("parent", "")
        ptype, pmode = plover.get(p, ("", "")) if p else ("", "")
        if p != code:
            pmode = pmode if len(p) > 2 else ""
        name = re.sub(r"\s+", " ", entry["name"]).replace("Threate n", "Threaten").strip()
        name = name.replace(", not spec below", ", not specified below")
        goldstein = gdelt.get(code, entry["goldstein"])
        rows.append("\t".join([code, str(entry["quad_class"]), f'{goldstein:g}',
                               ptype, pmode, name]))
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(build(*sys.argv[1:5]))
