"""Regenerate ``data/events/cameo.tsv`` from the CAMEO codebook and the CAMEO→PLOVER table.

Run by a maintainer only (the package never needs the reference files at run time):

    python -m tidings.events.build_table CODEBOOK.json CAMEO_TO_PLOVER.txt > src/tidings/data/events/cameo.tsv

The output is a compact table of facts (code, QuadClass, Goldstein, PLOVER type and mode, short
name) in our own format, not a copy of either file.
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
# Regenerate with: python -m tidings.events.build_table CODEBOOK.json CAMEO_TO_PLOVER.txt
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


def build(codebook_path: str, plover_path: str) -> str:
    book = json.load(open(codebook_path, encoding="utf-8"))
    plover = read_plover(plover_path)
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
        rows.append("\t".join([code, str(entry["quad_class"]), f'{entry["goldstein"]:g}',
                               ptype, pmode, name]))
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(build(sys.argv[1], sys.argv[2]))
