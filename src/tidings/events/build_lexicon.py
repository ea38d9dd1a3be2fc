"""Build ``tidings/data/events/petrarch_verbs.txt`` from PETRARCH2's CAMEO verb dictionary.

    python -m tidings.events.build_lexicon [--source CAMEO.2.0.txt] [--gold cameo_class_tune.tsv]

The source is ``CAMEO.2.0.txt`` of PETRARCH2 (MIT, Open Event Data Alliance; by default
``../shared/ref/petrarch2/`` beside the repository). Its synonym sets are kept whole; of its verb
blocks, every pattern and default whose code is a CAMEO code tidings knows is kept, the rest
dropped; block defaults are dropped too (a default codes every use of a verb whatever its sense:
"died" as fighting, "controls" as cooperation), so a verb is coded only through a pattern that
names the object or phrase selecting its sense. Then each CAMEO root is measured on the tune split of the ConfliBERT penta-class set
(never the check split): the sentences whose top event now comes from these verbs, and how many
of them have the right class. A root is kept only when its imported events are right at least
as often as wrong and at least once; the others (unmeasured roots too) are dropped from the file,
patterns and defaults, and the build says which. The coder tries
these verbs only where its own lexicon has no entry and keeps an event only when both sides are
actors (``events.coder``), so the file widens recall without replacing what the lexicon does.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tidings.events import cameo

REPO = Path(__file__).resolve().parents[3]
DEFAULT_SOURCE = REPO.parent / "shared" / "ref" / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_GOLD = REPO.parent / "shared" / "gold" / "events" / "conflibert_train" / "cameo_class_tune.tsv"
TARGET = Path(__file__).resolve().parents[1] / "data" / "events" / "petrarch_verbs.txt"
HEADER = re.compile(r"^(---\s*\S+\s*)\[([^\]]*)\](\s*---.*)$")
PATTERN_CODE = re.compile(r"\[([^\]]*)\]")
MIN_PRECISION = 0.5  # a root must add at least as many right top events as wrong ones
# never imported: "make a statement" is PETRARCH's default for perception and estimation verbs
# ("has seen evidence", "estimated") — the flood of 010 users complain of; what a speaker says is
# coded by the statement and quote stages
NOT_IMPORTED = {"01"}

NOTICE = """\
# Derived from PETRARCH2's CAMEO verb pattern dictionary (CAMEO.2.0.txt, PETRARCH2 @ 676801c) by
# `python -m tidings.events.build_lexicon`: comments removed, codes tidings does not know and the
# roots listed below dropped. Do not edit by hand; rebuild.
#
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
"""


def _known(code: str, dropped: set[str]) -> bool:
    code = code.strip()
    return cameo.is_code(code) and cameo.root(code) not in dropped


def convert(source_lines: list[str], dropped: set[str]) -> list[str]:
    """The dictionary's lines without comments and block defaults (``[---]``), and without the
    patterns whose code is unknown or of a dropped root."""
    out = []
    for raw in source_lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!--") or line.strip().endswith("-->"):
            continue
        head = HEADER.match(line.strip())
        if head:
            out.append(f"{head.group(1)}[---]{head.group(3)}")
            continue
        if line.lstrip().startswith("-"):
            m = PATTERN_CODE.search(line)
            if not m or not _known(m.group(1).split(":")[0], dropped):
                continue
        out.append(line)
    return out


def measure(dictionary: Path, gold: Path) -> dict[str, tuple[int, int]]:
    """Per CAMEO root: (right, all) top events that the imported verbs add on the gold sentences.

    An event counts as imported when the coder without the file does not produce it (same id)."""
    from tidings import nlp
    from tidings.actors import ActorResolver
    from tidings.events import petrarch
    from tidings.events.coder import EventCoder
    from tidings.events.gold import conflibert_class, read_penta, top_event
    from tidings.events.lexicon import load as load_lexicon

    records = read_penta(gold)
    resolver = ActorResolver.load()
    with_wide = EventCoder(load_lexicon(), wide_verbs=petrarch.read_verbs(dictionary))
    without = EventCoder(load_lexicon(), wide_verbs=None)
    tally: dict[str, list[int]] = {}
    for doc, (_, label) in zip(nlp.parse([t for t, _ in records], batch_size=32), records):
        mentions = resolver.find(doc, None)
        top = top_event(with_wide.code(doc, mentions))
        if top is None or top.id in {e.id for e in without.code(doc, mentions)}:
            continue
        right_all = tally.setdefault(cameo.root(top.cameo), [0, 0])
        right_all[0] += conflibert_class(top.cameo) == label
        right_all[1] += 1
    return {root: (r, n) for root, (r, n) in tally.items()}


def build(source: Path, gold: Path | None, target: Path = TARGET, out=sys.stdout) -> set[str]:
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    dropped: set[str] = set(NOT_IMPORTED)
    if gold is not None and gold.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            everything = Path(tmp) / "all.txt"
            everything.write_text("\n".join(convert(lines, dropped)) + "\n", encoding="utf-8")
            figures = measure(everything, gold)
        print(f"imported top events on {gold.name}, per root (right / all):", file=out)
        for root in sorted(cameo.root(code) for code in cameo.table() if len(code) == 2):
            right, n = figures.get(root, (0, 0))
            verdict = "kept"
            if root in NOT_IMPORTED:
                verdict = "not imported"
            elif right < MIN_PRECISION * n or right == 0:
                dropped.add(root)
                verdict = "DROPPED"
            print(f"  {root}  {right:3d} / {n:3d}  {verdict}", file=out)
    else:
        print("no gold file: every root kept, nothing measured", file=out)
    body = convert(lines, dropped)
    note = (f"# dropped roots (imported events never right, or wrong more often than right, on {gold.name}): "
            f"{', '.join(sorted(dropped))}\n") if dropped and gold else ""
    target.write_text(NOTICE + note + "\n" + "\n".join(body) + "\n", encoding="utf-8")
    counts = Counter(line.lstrip()[:1] for line in body)
    print(f"wrote {target}: {counts['-']} patterns, {sum(1 for x in body if HEADER.match(x.strip()))} verb "
          f"blocks; dropped roots: {', '.join(sorted(dropped)) or 'none'}", file=out)
    return dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="PETRARCH2's CAMEO.2.0.txt")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="ConfliBERT penta-class tune split, to measure each root (never the check split)")
    parser.add_argument("--target", type=Path, default=TARGET, help="where to write the derived dictionary")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        parser.error(f"{args.source}: not found (PETRARCH2's CAMEO.2.0.txt)")
    build(args.source, args.gold, args.target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
