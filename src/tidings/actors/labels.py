"""Neutral labels for actor codes, for people: ``---GOV`` → "government, country unknown",
``USAGOVMIL`` → "government, military, United States", ``IGOUNO`` → "United Nations".

A code stands for many people and bodies; its label is built from the code alone (countries from
``countries.tsv``, named organisations from ``orgs.tsv``, sectors from ``sectors.tsv``), never from
whichever name happened to be stored first under it.
"""

from __future__ import annotations

from functools import lru_cache

from tidings.actors.lexicon import data_lines, split_names

UNKNOWN_COUNTRY = "---"


@lru_cache(maxsize=1)
def sectors() -> dict[str, str]:
    """Sector code → label (the one vocabulary of sector names)."""
    return {row[0]: row[1] for _, row in data_lines("sectors.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    countries = {}
    for _, row in data_lines("countries.tsv"):
        names = split_names(row[1]) if len(row) > 1 else []
        if names:
            countries.setdefault(row[0], names[0])
    named: dict[str, list[str]] = {}
    for _, row in data_lines("orgs.tsv"):
        if len(row) > 1 and row[1]:
            named.setdefault(row[0], []).append(row[1])
    # a code names an organisation only when one organisation has it (USAGOV is the Commerce
    # Department and the White House and every other US government body: no single name)
    orgs = {code: names[0] for code, names in named.items() if len(names) == 1}
    return countries, orgs


def _generic(code: str, countries: dict) -> bool:
    """Country (or ---) followed by sector codes only: USAGOV, ---EDU, RUSMIL."""
    rest = code[3:]
    return (code[:3] in countries or code[:3] == UNKNOWN_COUNTRY) and all(
        rest[i:i + 3] in sectors() for i in range(0, len(rest), 3))


def code_label(code: str | None) -> str | None:
    """The label of an actor code, or None when the code is empty."""
    if not code:
        return None
    countries, orgs = _names()
    if code in orgs and not _generic(code, countries):
        return orgs[code]
    # the longest named organisation or country the code starts with, then its sectors
    head, name = "", None
    for n in range(len(code), 2, -1):
        prefix = code[:n]
        if prefix in orgs and not _generic(prefix, countries):
            head, name = prefix, orgs[prefix]
            break
    if name is None:
        head = code[:3]
        name = "country unknown" if head == UNKNOWN_COUNTRY else countries.get(head)
        if name is None and head in sectors():  # a generic international code: IGO, NGO…
            head, name = "", None
    rest = code[len(head):]
    table = sectors()
    parts = [table.get(rest[i:i + 3], rest[i:i + 3]) for i in range(0, len(rest), 3)]
    if name is None:
        return ", ".join(parts) or code
    return ", ".join(parts + [name]) if parts else name
