"""Vocabularies more than one stage reads, each from its one data file.

- speech verbs (``data/vocab/speech_verbs.tsv``): every verb quote finding treats as speech, with
  the ones the events stage takes as reporting verbs and those that attribute only a clause;
- news outlets: the names of the MEDIA rows of ``data/actors/orgs.tsv``, which are actors too.

Stages import the derived sets from here (``tidings.quotes.lexicon``, ``tidings.events.modality``,
the events lexicon); ``tests/test_vocab.py`` checks that no copy drifts.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _rows(package: str, filename: str) -> list[list[str]]:
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, frozenset[str]]:
    """{lemma: uses}; uses ⊆ {"report", "clause", "name"} (see the file's header)."""
    out = {}
    for row in _rows("tidings.data.vocab", "speech_verbs.tsv"):
        uses = row[1].split(",") if len(row) > 1 and row[1].strip() else []
        out[row[0].strip()] = frozenset(u.strip() for u in uses)
    return out


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs whose clausal complement is someone's claim (the events stage's "reported")."""
    return frozenset(v for v, uses in speech_verbs().items() if "report" in uses)


@lru_cache(maxsize=1)
def outlets() -> tuple[str, ...]:
    """Every name (canonical and other) of the MEDIA rows of ``data/actors/orgs.tsv``, in file order."""
    names: list[str] = []
    for row in _rows("tidings.data.actors", "orgs.tsv"):
        row += [""] * (4 - len(row))
        if row[3].strip() == "MEDIA":
            names += [row[1].strip()] + [n.strip() for n in row[2].split("|") if n.strip()]
    return tuple(dict.fromkeys(names))
