"""Event dates: time expressions in a sentence resolved against the publication date.

News writes relative dates ("on Friday", "last November", "yesterday") that only mean something
against the day the article appeared. ``resolve(text, published)`` returns the ISO date (or
``YYYY-MM`` / ``YYYY`` when the text gives only a month or a year) of the first time expression in
``text``, or ``None`` when there is none. Weekdays and bare months point backwards from the
publication date (news reports what happened), unless the sentence is about the future
(``future=True``), when they point forwards.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["resolve", "expressions", "parse_date", "find"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9

_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d\d)"

_UNITS = "one|two|three|four|five|six|seven|eight|nine|ten"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ERAS = {"second world war": 1939, "world war ii": 1939, "world war 2": 1939, "world war two": 1939,
        "great patriotic war": 1941, "first world war": 1914, "world war i": 1914, "world war 1": 1914,
        "world war one": 1914}

# Ordered: the more specific patterns first, so "April 25, 2024" is not read as "April".
PATTERNS = [
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I)),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?!\s*(?:%|percent|million|billion))", re.I)),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b", re.I)),
    ("my", re.compile(rf"\b(?:in\s+)?{_MON}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("rel_day", re.compile(r"\b(today|yesterday|tomorrow|tonight|the day before yesterday)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(last|this|next|on|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("rel_unit", re.compile(r"\b(last|this|next|past)\s+(week|month|year)\b", re.I)),
    ("ago", re.compile(rf"\b(\d+|a|an|(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS})\s+(day|week|month|year)s?\s+ago\b", re.I)),
    # history told in a speech: "decades ago", "a century ago", "during the Second World War" (the era's
    # first year: what happened in it is long before any article)
    ("ago_long", re.compile(rf"\b(?:(\d+|a|an|several|a few|many|{_UNITS})\s+)?(decade|century|centurie)s?\s+ago\b", re.I)),
    ("era", re.compile(r"\b(?:during|throughout)\s+(?:the\s+)?(second world war|world war (?:ii|2|two)|great patriotic war"
                       r"|first world war|world war (?:i|1|one))\b", re.I)),
    ("month", re.compile(r"\b(?:(last|this|next|in|since|on|earlier this|later this)\s+)?(january|february|march|april|june|july|august|september|october|november|december)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|of)\s+((?:19|20)\d\d)\b", re.I)),
]

ABSOLUTE = ("iso", "mdy", "dmy", "my", "year", "era")  # kinds that need no publication date
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "several": 3, "a few": 3, "many": 3}


def _count(word: str) -> int:
    """A count in figures or words ("eighty-one" is 81)."""
    if word.isdigit():
        return int(word)
    return sum(_NUM[w] for w in word.lower().split("-"))


def parse_date(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` string (or longer ISO timestamp) as a date; ``None`` if unusable."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTH_ABBR[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _safe(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find(text: str) -> list[tuple[int, int, str]]:
    """All time expressions in ``text`` as (start, end, kind), earliest first, not overlapping."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "month" and m.group(2).lower() == "may" and not m.group(1):
                continue  # the modal verb, not the month
            found.append((m.start(), m.end(), kind))
            taken.append((m.start(), m.end()))
    found.sort()
    # "On Tuesday, March 17th": the explicit month and day date the event; the weekday only names
    # it (counting back to the last Tuesday before publication would give another day)
    return [f for i, f in enumerate(found)
            if not (f[2] == "weekday" and i + 1 < len(found)
                    and found[i + 1][2] in _CALENDAR_DAY
                    and _WEEKDAY_GAP.fullmatch(text[f[1]:found[i + 1][0]]))]


_CALENDAR_DAY = {"iso", "mdy", "dmy", "md", "dm"}
_WEEKDAY_GAP = re.compile(r"[\s,]*(?:the\s+)?")


def _resolve_one(m: re.Match, kind: str, pub: date, future: bool) -> str | None:
    g = m.groups()
    if kind == "iso":
        return _safe(int(g[0]), int(g[1]), int(g[2]))
    if kind == "mdy":
        return _safe(int(g[2]), _month(g[0]), int(g[1]))
    if kind == "dmy":
        return _safe(int(g[2]), _month(g[1]), int(g[0]))
    if kind in ("md", "dm"):
        mon, day = (g[0], g[1]) if kind == "md" else (g[1], g[0])
        month, d = _month(mon), int(day)
        year = pub.year
        cand = _safe(year, month, d)
        if cand and not future and cand > pub.isoformat():
            cand = _safe(year - 1, month, d)
        elif cand and future and cand < pub.isoformat():
            cand = _safe(year + 1, month, d)
        return cand
    if kind == "my":
        return f"{int(g[1]):04d}-{_month(g[0]):02d}"
    if kind == "rel_day":
        word = g[0].lower()
        delta = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2}[word]
        return (pub + timedelta(days=delta)).isoformat()
    if kind == "weekday":
        mod = (g[0] or "").lower()
        wd = WEEKDAYS.index(g[1].lower())
        if mod == "next" or (future and mod != "last"):
            ahead = (wd - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=ahead)).isoformat()
        back = (pub.weekday() - wd) % 7
        if mod == "last" and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    if kind == "rel_unit":
        mod, unit = g[0].lower(), g[1].lower()
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[mod]
        if unit == "week":
            return (pub + timedelta(weeks=step)).isoformat()
        if unit == "month":
            y, mth = divmod(pub.year * 12 + pub.month - 1 + step, 12)
            return f"{y:04d}-{mth + 1:02d}"
        return f"{pub.year + step:04d}"
    if kind == "era":
        return str(ERAS[" ".join(g[0].lower().split())])
    if kind == "ago_long":
        n = _count(g[0]) if g[0] else 2  # "decades ago": at least two
        return f"{pub.year - n * (10 if g[1].lower() == 'decade' else 100):04d}"
    if kind == "ago":
        n = _count(g[0])
        unit = g[1].lower()
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        if unit == "week":
            return (pub - timedelta(weeks=n)).isoformat()
        if unit == "month":
            y, mth = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return f"{y:04d}-{mth + 1:02d}"
        return f"{pub.year - n:04d}"
    if kind == "month":
        mod = (g[0] or "").lower()
        month = MONTHS.index(g[1].lower()) + 1
        year = pub.year
        if mod == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif mod == "next":
            year = pub.year if month > pub.month else pub.year + 1
        elif mod in ("this", "earlier this", "later this"):
            year = pub.year
        elif future:
            year = pub.year if month >= pub.month else pub.year + 1
        elif month > pub.month:
            year = pub.year - 1  # a bare past month later in the calendar than today: last year's
        return f"{year:04d}-{month:02d}"
    if kind == "year":
        return g[0]
    return None


def expressions(text: str, published: str | date | None, future: bool = False) -> list[tuple[int, int, str]]:
    """Every resolvable time expression in ``text`` as (start, end, ISO value), in text order."""
    pub = published if isinstance(published, date) else parse_date(published)
    out = []
    table = dict(PATTERNS)
    for start, end, kind in find(text):
        m = table[kind].match(text, start)
        if not m or (pub is None and kind not in ABSOLUTE):
            continue
        value = _resolve_one(m, kind, pub, future)
        if value:
            out.append((start, end, value))
    return out


def resolve(text: str, published: str | date | None, future: bool = False) -> str | None:
    """The date of the first time expression in ``text`` against the publication date.

    >>> resolve("Blinken spoke on Friday", "2024-04-26")   # a Friday itself
    '2024-04-26'
    >>> resolve("their summit in San Francisco last November", "2024-04-26")
    '2023-11'
    """
    pub = published if isinstance(published, date) else parse_date(published)
    for start, end, kind in find(text):
        rx = dict(PATTERNS)[kind]
        m = rx.match(text, start)
        if not m:
            continue
        if pub is None and kind not in ABSOLUTE:
            continue  # relative expressions mean nothing without a reference date
        value = _resolve_one(m, kind, pub, future)
        if value:
            return value
    return None
