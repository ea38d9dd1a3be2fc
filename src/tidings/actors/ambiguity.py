"""Ambiguous names: a place word the context shows is something else (a US state, a bird, part of
a person's name) or an attitude ("pro-Russian")."""

from __future__ import annotations

from tidings.actors.document import DocWords
from tidings.actors.lexicon import (CAPITAL, COUNTRY, NAMED_KINDS, PLACE_KINDS, SEAT, Entry, Match, data_lines,
                                     norm, split_names)


def _cues() -> dict[str, frozenset[str]]:
    """The cue lists of ``data/actors/cues.tsv`` (lower case), by name."""
    return {row[0]: frozenset(split_names(row[1])) for _, row in data_lines("cues.tsv")}


CUES = _cues()
GEORGIA_STATE_STRONG = CUES["georgia_state_strong"]
GEORGIA_STATE_CUES = CUES["us_states"] | GEORGIA_STATE_STRONG | CUES["georgia_state"]
GEORGIA_COUNTRY_CUES = CUES["georgia_country"]
WASHINGTON_STATE_CUES = CUES["washington_state"]
TURKEY_BIRD_CUES, TURKEY_BIRD_STRONG = CUES["turkey_bird"], CUES["turkey_bird_strong"]
TURKEY_COUNTRY_CUES = CUES["turkey_country"]


def disambiguate(words: DocWords, m: Match, longest) -> Match | None:
    """The reading of a one-word place the context asks for: "pro-Russian" (an attitude),
    Georgia or Washington the US state, Turkey the bird (None), "Jordan" in a person's name (None)."""
    e = m.entry
    if e.kind in PLACE_KINDS | NAMED_KINDS and m.start >= 1:
        # "pro-Russian separatists", "anti-American protesters": the place is what they are for
        # or against (an event's target), not who they are
        before = words.keys[max(0, m.start - 2):m.start]
        if before in (["pro", "-"], ["anti", "-"]) or before[-1:] in (["pro-"], ["anti-"]):
            return Match(m.start, m.end, e, {"attitude": True})
    word = words.texts[m.start] if m.end - m.start == 1 else None
    if e.user or word is None:
        return m
    if e.kind == SEAT and words.keys[m.end:m.end + 1] == ["of"]:
        return None  # "the Seventh Congress of the All-Russian Society": a gathering, not the US Congress
    lo, hi = words.sentence_range(m.start)
    window = set(words.keys[lo:hi])
    near = set(words.keys[max(lo, m.start - 3):min(hi, m.end + 3)])
    if word == "Georgia" and e.kind == COUNTRY:
        # the sentence decides first (its strongest cues), then the whole document
        here_state, here_country = window & GEORGIA_STATE_CUES, window & GEORGIA_COUNTRY_CUES
        if here_state and here_country:
            state = bool(window & GEORGIA_STATE_STRONG) or len(here_state) > len(here_country)
        elif here_state or here_country:
            state = bool(here_state)
        else:
            state = bool(words.doc_keys & GEORGIA_STATE_STRONG) and \
                not (words.doc_keys & CUES["georgia_country_strong"])
        if state:
            return Match(m.start, m.end, Entry(COUNTRY, "Georgia (US state)", "USA",
                                               source="US state: cue in sentence"), {"state": True})
    if word == "Washington" and e.kind == CAPITAL:
        if near & WASHINGTON_STATE_CUES or window & CUES["washington_state_cities"]:
            return Match(m.start, m.end, Entry(COUNTRY, "Washington (US state)", "USA",
                                               source="US state: cue near"), {"state": True})
    if word == "Turkey" and e.kind == COUNTRY:
        bird = near & TURKEY_BIRD_CUES or window & TURKEY_BIRD_STRONG
        if bird and not (window & TURKEY_COUNTRY_CUES) and not (words.doc_keys & CUES["turkey_country_strong"]):
            return None
    if e.kind in PLACE_KINDS and word is not None:
        # a place name used as a first name or surname: "Jordan Bardella", "Michael Jordan"
        nxt = words.doc[m.end] if m.end < len(words.doc) else None
        prv = words.doc[m.start - 1] if m.start > 0 else None
        if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.tag_ == "NNP" and \
                words.doc[m.start].ent_type_ == "PERSON" and not (prv is not None and prv.lower_ == "of"):
            return None  # (but "Chancellor of Austria Karl Nehammer": the title's country, then a name)
        if prv is not None and prv.tag_ == "NNP" and prv.ent_type_ == "PERSON" and \
                words.doc[m.start].ent_type_ == "PERSON" and norm(prv.text) not in longest:
            return None
        if prv is not None and prv.text in ("Rep.", "Sen.", "Mr.", "Mrs.", "Ms.", "Mr", "Ms"):
            return None
    return m
