"""The publishing office of a page: on a head of state's own site, a bare "the President" is its
holder on the publication date (``data/actors/publishers.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from tidings.actors.lexicon import data_lines, split_names


@dataclass(frozen=True)
class Publisher:
    domain: str
    country: str
    office: str  # an officials.tsv office: "HOS"
    titles: frozenset  # lower-case titles of roles.tsv that name the office on its pages
    line: int


@lru_cache(maxsize=1)
def _table() -> dict[str, Publisher]:
    return {fields[0].lower(): Publisher(fields[0].lower(), fields[1], fields[2],
                                         frozenset(t.lower() for t in split_names(fields[3])), number)
            for number, fields in data_lines("publishers.tsv")}


def publisher_of(url: str | None) -> Publisher | None:
    """The press office whose site the URL is on (its host or a parent domain), else None."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:  # a malformed URL ("http://[bad") names no publisher; the text is still coded
        return None
    parts = host.split(".")
    table = _table()
    for i in range(len(parts) - 1):
        found = table.get(".".join(parts[i:]))
        if found is not None:
            return found
    return None


def holder(officials, publisher: Publisher, date: str | None):
    """The official who held the publisher's office on ``date`` (officials: {name: Person}), else None."""
    if date is None:
        return None
    return next((p for p in _office_holders(officials, publisher.country, publisher.office)
                 if any(r.country == publisher.country and r.office in (publisher.office, "HOSG") and r.holds(date)
                        for r in p.roles)), None)


_HOLDERS: dict[tuple, tuple] = {}


def _office_holders(officials, country: str, office: str) -> list:
    """Everyone who ever held the office: the officials are scanned once per process and office
    (asked only for pages of a listed press office)."""
    key = (id(officials), country, office)
    if key not in _HOLDERS:  # (the entry keeps the officials alive, so their id is not reused)
        _HOLDERS[key] = (officials, [p for name in officials for p in (officials[name],)
                                     if any(r.country == country and r.office in (office, "HOSG") for r in p.roles)])
    return _HOLDERS[key][1]
