"""The model's attribute ruler (tag → POS and morphology, plus exceptions), without its Matcher.

spaCy's ``attribute_ruler`` runs a Matcher of 179 rules over every token and sets attributes one
match at a time: 11 % of the whole pipeline's time on press releases. Its rules are simple (tests
on TAG, LOWER, DEP and IS_SPACE of one or two tokens), so this component applies the very same
rules through lookups: the leading tag-map rules (one per tag, matching nearly every token) as one
array operation, the others only at the tokens whose first-token value can start them. The output
is identical token for token: ``tests/nlp/test_fast_pipeline.py`` checks it against the stock
component.
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, POS, TAG
from spacy.tokens._retokenize import set_token_attrs

from tidings.errors import TidingsError

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # positions in the token table
TABLE = [TAG, LOWER, DEP, IS_SPACE]

Test = Callable[[list], bool]
MAX_SEEN = 100_000  # remembered regex answers per rule, so that a long stream stays bounded


class UnsupportedRule(TidingsError, ValueError):
    """A rule this component cannot apply exactly."""


class RuleAttributes:
    """Applies a stock ``AttributeRuler``'s rules: ``RuleAttributes(stock_ruler)(doc)``."""

    def __init__(self, stock) -> None:
        self.strings = stock.vocab.strings
        self.attrs = stock.attrs  # normalised by spaCy, one per rule: {attr id: value}
        self.tag_map: dict[int, tuple[int, int]] = {}  # tag → (POS, MORPH); 0 leaves it as it is
        self.rules: list[tuple[int, list[list[Test]], int]] = []  # (rule id, token tests, index)
        self.starts: dict[tuple[int, int], list[int]] = {}  # (column, first-token value) → rules
        self.regex_starts: list[tuple[Test, int]] = []  # (test, rule) for rules starting with a REGEX
        leading = True
        for rule_id, entry in enumerate(stock.patterns):
            patterns, attrs = entry["patterns"], entry["attrs"]
            if leading and self._tag_map_rule(patterns, attrs):
                tag = self.strings.add(patterns[0][0]["TAG"])
                self.tag_map[tag] = (self.strings.add(attrs["POS"]) if "POS" in attrs else 0,
                                     stock.vocab.morphology.add(attrs["MORPH"]) if "MORPH" in attrs else 0)
                continue
            leading = False  # later rules override earlier ones, so only a leading run is batched
            for pattern in patterns:
                tests = [[self._test(key, spec) for key, spec in token.items()] for token in pattern]
                self._index(pattern[0], len(self.rules))
                self.rules.append((rule_id, tests, entry["index"]))
        self.start_values = {
            column: np.array(sorted({v for c, v in self.starts if c == column}), dtype="uint64")
            for column in COLUMNS.values()}

    @staticmethod
    def _tag_map_rule(patterns, attrs) -> bool:
        return (len(patterns) == 1 and len(patterns[0]) == 1 and set(patterns[0][0]) == {"TAG"}
                and isinstance(patterns[0][0]["TAG"], str) and set(attrs) <= {"POS", "MORPH"})

    def _index(self, first_token: dict, number: int) -> None:
        """File a rule under the values its first token must have, so it is tried only there."""
        for key in ("LOWER", "TAG", "DEP", "IS_SPACE"):
            spec = first_token.get(key)
            if key == "IS_SPACE" and key in first_token:
                values = [int(bool(spec))]
            elif isinstance(spec, str):
                values = [self.strings.add(spec)]
            elif isinstance(spec, dict) and set(spec) == {"IN"}:
                values = [self.strings.add(v) for v in spec["IN"]]
            else:
                continue
            for value in values:
                self.starts.setdefault((COLUMNS[key], value), []).append(number)
            return
        for key, spec in first_token.items():
            if isinstance(spec, dict) and set(spec) == {"REGEX"}:
                self.regex_starts.append((self._test(key, spec), number))
                return
        raise UnsupportedRule(f"attribute ruler rule with no value to start from: {first_token!r}")

    def _test(self, key: str, spec) -> Test:
        if key not in COLUMNS:
            raise UnsupportedRule(f"attribute ruler key {key!r}")
        column = COLUMNS[key]
        if key == "IS_SPACE":
            return lambda row: bool(row[column]) == bool(spec)
        if isinstance(spec, str):
            value = self.strings.add(spec)
            return lambda row: row[column] == value
        if set(spec) == {"IN"}:
            values = {self.strings.add(v) for v in spec["IN"]}
            return lambda row: row[column] in values
        if set(spec) == {"NOT_IN"}:
            values = {self.strings.add(v) for v in spec["NOT_IN"]}
            return lambda row: row[column] not in values
        if set(spec) == {"REGEX"}:
            regex, seen = re.compile(spec["REGEX"]), {}

            def matches(row) -> bool:
                value = row[column]
                if value not in seen:  # the Matcher's semantics: re.search on the string
                    if len(seen) >= MAX_SEEN:
                        seen.clear()
                    seen[value] = bool(regex.search(self.strings[value]))
                return seen[value]
            return matches
        raise UnsupportedRule(f"attribute ruler test {key}: {spec!r}")

    def __call__(self, doc):
        if not len(doc):
            return doc
        table = doc.to_array(TABLE)
        self._apply_tag_map(doc, table[:, COLUMNS["TAG"]])
        rows = table.tolist()
        found = []
        for column, values in self.start_values.items():
            for start in np.flatnonzero(np.isin(table[:, column], values)).tolist():
                found += [(number, start) for number in self.starts[(column, rows[start][column])]]
        for test, number in self.regex_starts:
            found += [(number, start) for start, row in enumerate(rows) if test(row)]
        matches = []
        for number, start in found:
            rule_id, tests, index = self.rules[number]
            if start + len(tests) <= len(rows) and all(
                    test(rows[start + k]) for k, token in enumerate(tests) for test in token):
                matches.append((rule_id, start, start + len(tests), index))
        for rule_id, start, end, index in sorted(matches):  # as the stock ruler: later rules win
            set_token_attrs(doc[start:end][index], self.attrs[rule_id])
        return doc

    def _apply_tag_map(self, doc, tags) -> None:
        current = doc.to_array([POS, MORPH])
        unique, inverse = np.unique(tags, return_inverse=True)
        rules = np.array([self.tag_map.get(tag, (0, 0)) for tag in unique.tolist()], dtype="uint64")
        assigned = rules[inverse]
        doc.from_array([POS, MORPH], np.where(assigned != 0, assigned, current))
