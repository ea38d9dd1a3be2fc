"""The author a title names: who "I" and "we" are in a text that speaks in the first person.

Press offices title the speeches, addresses and articles they publish by who gives them:
"Address by the President of Ukraine to the Parliament of the United Kingdom", "Speech by Head of
the Office of the President Andriy Yermak at Chatham House", "The supply of weapons is the best
investment - President Volodymyr Zelenskyy", "Volodymyr Zelenskyy: I would not like …". Outside
quotes, the first person of such a text is that author (coreference asks, ``pronoun_antecedent``).
A title that names no author this way names none: a news story's "I" stays unresolved.
"""

from __future__ import annotations

import re

from tidings.model import Actor

# what is given by someone: "Address by …", "speech by …"
SPEECH_NOUNS = {"address", "speech", "statement", "statements", "remarks", "article", "interview", "message",
                "greetings", "letter", "op-ed", "briefing", "appeal", "lecture", "words"}
DASHES = {"-", "–", "—"}
AUTHOR_LABELS = {"PERSON", "NOMINAL"}  # a named person or an office ("the President of Ukraine")
# a cheap look at the title before parsing it: a speech noun with "by", a dash, or a colon
MAY_NAME = re.compile(r"\b(?:%s)\s+by\b|\s[-–—]\s|^[^:]{3,80}:\s" % "|".join(sorted(SPEECH_NOUNS)), re.I)


def may_name_author(title: str | None) -> bool:
    return bool(title and MAY_NAME.search(title))


def author_of(title_doc, mentions: list[Actor]) -> Actor | None:
    """The coded person or office the parsed title names as its author, else None.

    ``mentions`` are the actors stage's mentions of ``title_doc``. The author is a person or office
    with a country in its code that follows "by" after a speech noun, ends the title after a dash, or
    opens it before a colon.
    """
    text = title_doc.text
    for m in mentions:
        if not (m.code and m.code[:3].isalpha()) or m.label not in AUTHOR_LABELS:
            continue  # "Head of State" with no country is no one in particular; "Africa: …" a place
        before = text[:m.start].rstrip()
        after = text[m.end:].strip().rstrip(".!\"'”")
        words = before.split()
        if len(words) >= 2 and words[-1].lower() in ("by", "of") and words[-2].lower() in SPEECH_NOUNS:
            return m  # "Address by the President …", "… – the address of the President of Ukraine"
        if not after and words and words[-1] in DASHES:
            return m
        if not before and after.startswith(":"):
            return m
    return None
