"""The publishing office of a page: on a head of state's own site, a bare "the President" is its
holder on the publication date (``data/actors/publishers.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from tidings.actors.lexicon import data_lines, split_names


# Bodies a national press office names bare, meaning its own state's: kremlin.ru writes "the Security
# Council" for Russia's (304 times in the corpus) and "the UN Security Council" for the UN's.
NATIONAL_BODIES = {"security council": "GOV"}
# ... and the state's agencies by the words that open their names ("the Federal Taxation Service",
# "the State Duma", "the Ministry of Digital Transformation", "the National Security and Defense Council"): an
# uncoded organisation so named on a national press office's pages is that state's
STATE_BODY_WORDS = ("federal ", "state ", "ministry", "national agency ", "national security ")
# ... and a role word inside such a name ("the National Police", "the State Border Guard Service"): the
# role gives the sector, so "national" alone may open it (not an organisation with no role word: "the
# National Medical Chamber" is a public association)
STATE_ROLE_NAMES = STATE_BODY_WORDS + ("national ",)


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
    return next((person for person, role in _office_roles(officials, publisher) if role.holds(date)), None)


_ROLES: dict[tuple, tuple] = {}


def _office_roles(officials, publisher: Publisher) -> list:
    """(person, role) for every term in the publisher's office: the officials are scanned once per
    process and office (asked only for pages of a listed press office)."""
    key = (id(officials), publisher.country, publisher.office)
    if key not in _ROLES:  # (the entry keeps the officials alive, so their id is not reused)
        offices = (publisher.office, "HOSG")  # a head of state and government holds both
        _ROLES[key] = (officials, [(person, r) for name in officials for person in (officials[name],)
                                   for r in person.roles if r.country == publisher.country and r.office in offices])
    return _ROLES[key][1]
