"""Outlet attribution: which news outlet a claim is credited to, or which one heard an interview.

"reported CNN", "according to Reuters", "as per CNN", "CNN reported" credit a claim to the outlet
(kind "source"); "told the BBC", "in an interview with CNN", "in the CNN interview" name the venue
where a speaker said something (kind "venue"): the outlet carries the words but does not vouch
for them, and analysts weigh the two differently.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from tidings import nlp
from tidings.model import Attribution
from tidings.quotes.lexicon import OUTLETS


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    names = "|".join(re.escape(n) for n in sorted(set(OUTLETS), key=len, reverse=True))
    # Outlet names are matched case-sensitively ("AP", "RT" are not "ap", "rt"); cues are not.
    outlet = rf"(?:(?i:the)\s+)?(?P<outlet>{names})(?![\w-])"
    before = [  # cue then outlet
        ("source", r"(?i:reported|reports|reporting|wrote|writes|according\s+to|as\s+per|citing|"
                   r"(?:first\s+)?(?:reported|cited|quoted|revealed|confirmed)\s+by)"),
        ("venue", r"(?i:told|tells|telling|speaking\s+(?:to|with|on)|spoke\s+(?:to|with|on)|"
                  r"said\s+(?:to|on)|appearing\s+on|appeared\s+on|interviewed\s+by|"
                  r"in\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?:exclusive\s+|televised\s+|"
                  r"recent\s+)?(?:interview|comments|remarks|conversation)\s+(?:with|to|on))"),
    ]
    compiled = [(kind, re.compile(rf"(?<![\w-])(?P<cue>{cue})\s+{outlet}")) for kind, cue in before]
    # outlet then cue: "CNN reported", "the CNN interview"
    compiled.append(("source", re.compile(
        rf"(?<![\w-]){outlet}\s+(?P<cue>(?i:reported|reports|has\s+reported|wrote|writes|"
        rf"has\s+learned|learned|revealed|first\s+reported))(?![\w-])")))
    compiled.append(("venue", re.compile(
        rf"(?<![\w-])(?P<pre>(?i:in|during)\s+(?i:an?|the|his|her|their)\s+(?:(?i:exclusive)\s+)?)"
        rf"(?P<outlet>{names})\s+(?P<cue>(?i:interview))(?![\w-])")))
    return compiled


def _sentence_starts(doc) -> list[int]:
    return [s.start_char for s in nlp.sentences(doc)]


def find_attributions(doc) -> list[Attribution]:
    """Outlet attributions in a parsed document, in text order, overlapping matches merged."""
    text = nlp.text(doc)
    if not text.strip():
        return []
    found: list[Attribution] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            cue = re.sub(r"\s+", " ", m.group("cue")).strip()
            found.append(Attribution(outlet=m.group("outlet"), cue=cue.lower() if kind == "venue"
                                     else cue, start=m.start(), end=m.end(), kind=kind))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Attribution] = []
    for a in found:
        if kept and a.start < kept[-1].end:
            continue  # the longer match at the same place already won
        kept.append(a)
    starts = _sentence_starts(doc)
    for a in kept:
        a.sentence = max(0, bisect.bisect_right(starts, a.start) - 1)
    return kept
