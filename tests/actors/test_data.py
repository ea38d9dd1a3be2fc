"""The packaged actor data files are well-formed and consistent."""

from __future__ import annotations

import datetime as dt

from tidings.actors.lexicon import data_lines, split_names
from tidings.actors.officials import OFFICES, load_officials


def country_codes() -> set[str]:
    return {row[0] for _, row in data_lines("countries.tsv")}


def org_codes() -> set[str]:
    return {row[0] for _, row in data_lines("orgs.tsv")}


def test_every_iso_country_is_there():
    import pycountry

    codes = country_codes()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in codes]
    assert not missing


def test_officials_rows_are_valid():
    countries, orgs = country_codes(), org_codes()
    rows = 0
    for number, row in data_lines("officials.tsv"):
        rows += 1
        assert len(row) == 6, f"officials.tsv:{number}: {row}"
        name, _, code, office, start, end = row
        assert office in OFFICES, f"officials.tsv:{number}"
        assert code in countries or code in orgs or office in ("IGO", "ORG"), f"officials.tsv:{number}: {code}"
        s = dt.date.fromisoformat(start)
        if end:
            assert dt.date.fromisoformat(end) > s, f"officials.tsv:{number}: ends before it starts"
    assert rows > 400


def test_roles_of_one_person_do_not_overlap_in_the_same_office():
    for person in load_officials().values():
        spans = sorted((r.start, r.end or "9999") for r in person.roles if r.office != "GOV")
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert s2 >= e1, (person.name, spans)


def test_role_and_org_rows_are_valid():
    for number, row in data_lines("roles.tsv"):
        sectors = row[0]
        assert len(sectors) % 3 == 0 and sectors.isupper(), f"roles.tsv:{number}"
        assert row[1] in ("title", "body"), f"roles.tsv:{number}"
        assert split_names(row[3]), f"roles.tsv:{number}"
    for number, row in data_lines("orgs.tsv"):
        assert len(row) in (4, 5) and len(row[0]) % 3 == 0, f"orgs.tsv:{number}: {row}"


def test_cue_lists_are_lower_case_and_each_is_used():
    from tidings.actors import ambiguity, build_groups, build_places, context, mentions, spelling

    rows = {row[0]: split_names(row[1]) for _, row in data_lines("cues.tsv")}
    assert all(words and all(w == w.lower() for w in words) for words in rows.values())
    assert len(rows) == len(ambiguity.CUES)  # no list defined twice
    source = "".join(open(m.__file__, encoding="utf-8").read()
                     for m in (ambiguity, spelling, build_groups, build_places, mentions, context))
    assert all(f'"{name}"' in source for name in rows), "a cue list no rule reads"
