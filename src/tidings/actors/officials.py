"""Officials with dated roles: who held which office when, so a date decides GOV or ELI."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.actors.compiled import gc_paused, tokenized_names
from tidings.actors.lexicon import data_lines, split_names

# office -> (sectors while in office, coreference class, readable title)
OFFICES = {
    "HOS": (("GOV",), "head", "head of state"),
    "HOG": (("GOV",), "head", "head of government"),
    "HOSG": (("GOV",), "head", "head of state and government"),
    "HSG": (("GOV",), "head", "head of state or government"),  # derived data that does not say which
    "VP": (("GOV",), "head", "vice-president/deputy head"),
    "LDR": (("GOV",), "head", "leader"),
    "FM": (("GOV",), "foreign", "foreign minister"),
    "DM": (("GOV", "MIL"), "defence", "defence minister"),
    "GOV": (("GOV",), "gov", "government official"),
    "IGO": ((), "head", "head of an international organisation"),
    "MIL": (("MIL",), "mil", "military chief"),
    "OPP": (("OPP",), "other", "opposition figure"),
    "ORG": ((), "other", "leader of an organisation"),  # code column = the organisation's full code
}


@dataclass
class Role:
    office: str
    start: str
    end: str | None  # None: in office when the data was written
    country: str
    line: int

    def holds(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date < self.end)

    @property
    def title(self) -> str:
        return OFFICES[self.office][2]

    def span(self) -> str:
        return f"{self.start}..{self.end or 'now'}"


@dataclass(eq=False)  # a person is itself: compared by identity, not field by field (fast `in`)
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def country(self) -> str:
        return self.roles[-1].country if self.roles else "---"

    def role_at(self, date: str | None) -> Role | None:
        if date is None:
            return None
        for role in self.roles:
            if role.holds(date):
                return role
        return None

    def resolve(self, date: str | None, former: bool = False) -> tuple[str, tuple[str, ...], str, str]:
        """(country, sectors, coreference class, why) of this person on a date.

        "former" in the text wins; then the role held on the publication date; a past role gives
        ELI (former elite); with no date the latest role is assumed current.
        """
        if former:
            last = self.roles[-1]
            return last.country, ("ELI",), OFFICES[last.office][1], f"official: {self.name}, 'former' in text"
        if date is None:
            last = self.roles[-1]
            secs = OFFICES[last.office][0]
            return last.country, secs, OFFICES[last.office][1], \
                f"official: {self.name}, {last.title} {last.span()} (undated text: latest role)"
        role = self.role_at(date)
        if role:
            return role.country, OFFICES[role.office][0], OFFICES[role.office][1], \
                f"official: {self.name}, {role.title} {role.span()}, in office on {date}"
        past = [r for r in self.roles if r.end and r.end <= date]
        if past:
            last = past[-1]
            return last.country, ("ELI",), OFFICES[last.office][1], \
                f"official: {self.name}, {last.title} {last.span()}, former on {date}"
        first = self.roles[0]
        return first.country, (), OFFICES[first.office][1], \
            f"official: {self.name}, {first.title} from {first.start}, not yet in office on {date}"


# One format, read in this order: roles derived from the Phoenix dictionaries (1990 to about 2011,
# built by ``python -m tidings.actors.build_officials``), then the hand-written file (to 2025),
# whose rows for the same name add to the same person.
FILES = ("officials_phoenix.tsv", "officials.tsv")


def load_officials(files: tuple[str, ...] = FILES) -> dict[str, Person]:
    """{canonical name: Person} from the packaged officials files."""
    with gc_paused():  # 60,000 small objects, none cyclic: no collector passes while building them
        return _load(files)


def _load(files: tuple[str, ...]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for filename in files:
        for number, row in data_lines(filename):
            row += [""] * (6 - len(row))
            name, aliases, country, office, start, end = map(str.strip, row[:6])
            if office not in OFFICES:
                raise ValueError(f"{filename}:{number}: unknown office {office!r}")
            person = people.get(name)
            if person is None:
                person = people[name] = Person(name)
            for a in split_names(aliases):
                if a not in person.aliases:
                    person.aliases.append(a)
            person.roles.append(Role(office, start, end or None, country, number))
    # names come tokenized (``Name.words``): the lexicon then skips the tokenizer for 20,000 of them
    names = tokenized_names([n for p in people.values() for n in [p.name] + p.aliases])
    at = 0
    for person in people.values():
        person.roles.sort(key=lambda r: r.start)
        person.name, person.aliases = names[at], names[at + 1:at + 1 + len(person.aliases)]
        at += 1 + len(person.aliases)
    return people
