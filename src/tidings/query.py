"""The query API: events, quotes, actors and documents of a store, with filters and aggregates.

    import tidings
    with tidings.open("tidings.db") as t:
        page = t.events(source="USA", target="CHN", quad_class=1, since="2024-01-01", limit=20)
        page.total, page.to_pandas()
        t.timeline("USA", "CHN", by="week").to_pandas()

Reads only, on the store's own reader connection (the store's writer is never touched). The SQL
is written against ``tidings.store.schema`` with ``?`` placeholders (the store's connection turns
them into ``%s`` for PostgreSQL); user values always travel as parameters.

Actor and CAMEO filters match by prefix (``USA`` matches ``USAGOV``, ``04`` matches ``042``) and
are written as ranges (``code >= 'USA' AND code < 'USB'``) so that the B-tree indexes on
``source_code``, ``target_code`` and ``cameo`` serve them (``LIKE`` would not use them in SQLite).
Dates are the events' own dates (the coder falls back to the publication date); an event without
a date is left out of date-ranged queries and timelines.

Bad parameters raise ``QueryError`` with a message that says what is wrong; the CLI and the REST API
turn it into their own error at the edge.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tidings.errors import TidingsError
from tidings.events.modality import MODALITIES
from tidings.settings import DEFAULT_DB

if TYPE_CHECKING:  # the store (and its imports) load only when a store is opened
    from tidings.store import Store

PLOVER_TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
                "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
                "THREATEN")
PERIODS = ("day", "week", "month")
ORDERS = ("newest", "oldest")
NAMES_SAMPLE = 200  # events per code and side read for the names seen under a top actor
MAX_LIMIT = 1000  # the largest page the REST API serves (Python callers iterate everything)
# Totals are counted exactly up to this many matches, then reported as a lower bound
# (``total_exact`` false), as search engines do: a page must not wait for a count of millions.
COUNT_CAP = 10_000
# A filter matching at least this many events is paged by walking the date index (newest first)
# rather than by sorting every match; fewer matches are found through their own index and sorted.
WALK_DATE_FROM = 2_000

# Every actor code tidings emits: letters and digits, and the "---" (country unknown: ---GOV) and
# "+++" placeholders of CAMEO/PETRARCH. The REST API validates with the same pattern.
CODE_PATTERN = r"^[A-Za-z0-9+\-]{1,30}$"
_CODE = re.compile(CODE_PATTERN)
_CAMEO = re.compile(r"^[0-9]{1,4}$")
_WORD = re.compile(r"\w+", re.UNICODE)


class QueryError(TidingsError, ValueError):
    """A query parameter that is not valid; the message names the parameter and what is wrong."""


# ---- results --------------------------------------------------------------------------------------

class Rows(list):
    """A list of result dicts, with the total number of matches (for pagination) and pandas.

    ``total_exact`` is false when ``total`` is a lower bound (more than ``COUNT_CAP`` matches).
    """

    def __init__(self, rows=(), total: int | None = None, limit: int | None = None, offset: int = 0,
                 total_exact: bool = True):
        super().__init__(rows)
        self.total = len(self) if total is None else total
        self.total_exact = total_exact
        self.limit = limit
        self.offset = offset

    def to_pandas(self):
        """A DataFrame with nested fields flattened (``source.code`` → ``source_code``)."""
        import pandas as pd

        return pd.json_normalize(list(self), sep="_") if self else pd.DataFrame()

    df = to_pandas


# ---- parameter checks -----------------------------------------------------------------------------

def _code(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    code = str(value).strip().upper()
    if not _CODE.match(code):
        raise QueryError(f"{name}: {value!r} is not an actor code or prefix (letters, digits, - and +; "
                         "e.g. USA, USAGOV or ---GOV)")
    return code


def _cameo(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    code = str(value).strip()
    if not _CAMEO.match(code):
        raise QueryError(f"cameo: {value!r} is not a CAMEO code or prefix (1 to 4 digits, e.g. 04 or 042)")
    return code


def _root(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    root = str(value).strip()
    if not re.fullmatch(r"[0-9]{2}", root) or not 1 <= int(root) <= 20:
        raise QueryError(f"root: {value!r} is not a CAMEO root code (two digits, 01 to 20)")
    return root


def _choice(name: str, value: str | None, choices, upper=False) -> str | None:
    if value is None or value == "":
        return None
    v = str(value).strip()
    v = v.upper() if upper else v.lower()
    if v not in choices:
        raise QueryError(f"{name}: {value!r} is not one of {', '.join(choices)}")
    return v


def _quad(value) -> int | None:
    if value is None or value == "":
        return None
    try:
        q = int(value)
    except (TypeError, ValueError):
        q = 0
    if q not in (1, 2, 3, 4):
        raise QueryError(f"quad_class: {value!r} is not a QuadClass (1 verbal cooperation, "
                         "2 material cooperation, 3 verbal conflict, 4 material conflict)")
    return q


def _day(name: str, value) -> str | None:
    if value is None or value == "":
        return None
    try:
        return _date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a date in the form YYYY-MM-DD") from None


def _period(day: str, by: str) -> str | None:
    """The first day of the period (day, week from Monday, month) holding ``day``."""
    try:
        d = _date.fromisoformat(day)
    except (TypeError, ValueError):
        return None  # a malformed stored date cannot be placed on a timeline
    if by == "week":
        d = d - timedelta(days=d.weekday())
    elif by == "month":
        d = d.replace(day=1)
    return d.isoformat()


MAX_PERIODS = 100_000  # a guard: a stray date centuries away must not make a timeline of millions


def _periods_between(first: str, last: str, by: str) -> list[str]:
    """The first days of every period from ``first`` to ``last`` (both period starts)."""
    start, end = _date.fromisoformat(first), _date.fromisoformat(last)
    out, d = [], start
    while d <= end and len(out) < MAX_PERIODS:
        out.append(d.isoformat())
        if by == "month":
            d = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            d += timedelta(days=7 if by == "week" else 1)
    return out


NETWORK_LEVELS = ("country", "actor")
# organisations and regions have no country: they stay one node each at country level
ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS")


def _country_node(code: str, country: str | None) -> str:
    """The country-level node of an actor: its country, else its organisation (IGOUNO), else the
    first three letters (a region such as EUR, or ``---`` for an actor of unknown country)."""
    if country:
        return country
    if code.startswith(ORGANISATION_PREFIXES):
        return code[:6]
    return code[:3]


def _country_label(node: str, actor_name: str | None) -> str | None:
    """A readable name for a country-level node."""
    if node == "---":
        return "country unknown"
    if actor_name:
        return actor_name
    try:
        import pycountry

        found = pycountry.countries.get(alpha_3=node)
        return found.name if found else None
    except (ImportError, LookupError, KeyError):
        return None


def _page(limit, offset) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise QueryError("limit and offset must be whole numbers") from None
    if limit < 0:  # the REST API caps its pages at MAX_LIMIT; Python callers may ask for more
        raise QueryError(f"limit: {limit} must not be negative")
    if offset < 0:
        raise QueryError(f"offset: {offset} must not be negative")
    return limit, offset


def _upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with ``prefix`` (ASCII codes)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


# Full text matches exact words on both back ends (no stemming: "customs" does not find
# "customers"), every word of the query required, case-insensitive: SQLite's FTS5 (unicode61
# tokenizer) and PostgreSQL's 'simple' text-search configuration, over the same words.
PG_DOCUMENT_TEXT = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"
PG_QUOTE_TEXT = "to_tsvector('simple', q.text || ' ' || coalesce(q.speaker_name, ''))"
PG_WORDS = "plainto_tsquery('simple', ?)"


def fts_words(query: str) -> str | None:
    """User text as an FTS5 query of quoted words (never parsed as FTS5 syntax)."""
    words = _WORD.findall(query or "")
    return " ".join('"' + w + '"' for w in words) if words else None


def pg_words(query: str) -> str:
    """The same words for PostgreSQL (split as FTS5 splits them: letters and digits)."""
    return " ".join(_WORD.findall(query or ""))


def like_escape(text: str) -> str:
    """``text`` for ``LIKE ? ESCAPE '\\'`` with ``%``, ``_`` and ``\\`` matched literally (a
    speaker named "50%" is found; "_" matches only an underscore)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_pattern(text: str) -> str:
    """``%text%``: ``text`` anywhere, matched literally."""
    return "%" + like_escape(text) + "%"


@dataclass
class EventFilter:
    """Filters shared by event lists, counts, timelines, networks and top actors."""

    source: str | None = None      # actor code prefix (USA, USAGOV)
    target: str | None = None
    actor: str | None = None       # either side
    cameo: str | None = None       # CAMEO code prefix
    root: str | None = None        # CAMEO root, exactly
    plover: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None        # full text of the events' documents
    document: str | None = None
    mentions: bool = False         # every report, not one consolidated event per happening
    text_documents: str | None = field(default=None, repr=False)  # JSON list of ids matching text

    def __post_init__(self):
        self.source = _code("source", self.source)
        self.target = _code("target", self.target)
        self.actor = _code("actor", self.actor)
        self.cameo = _cameo(self.cameo)
        self.root = _root(self.root)
        self.plover = _choice("plover", self.plover, PLOVER_TYPES, upper=True)
        self.quad_class = _quad(self.quad_class)
        self.modality = _choice("modality", self.modality, MODALITIES)
        self.since = _day("since", self.since)
        self.until = _day("until", self.until)
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since ({self.since}) is after until ({self.until})")
        self.text = (self.text or "").strip() or None

    def where(self, dialect: str, walk_date: bool = False, expand=None) -> tuple[str, list]:
        """SQL conditions on the events table aliased ``e`` (joined to nothing).

        ``walk_date`` (SQLite) keeps the planner off the actor, CAMEO and document indexes (a
        unary ``+`` on the column), so that it walks the date index in order and stops after one
        page. ``expand(prefix)`` turns an actor-code prefix into the list of codes it matches, so
        that a dyad seeks exactly its codes in a two-column index instead of scanning a range.
        """
        where: list[str] = []
        params: list = []
        p = "+" if walk_date and dialect == "sqlite" else ""
        # counting with an actor filter: the actor's index leads (a dyad index covers the date,
        # QuadClass, CAMEO code, root, PLOVER and modality too); SQLite would otherwise often pick
        # the index of one of those and look up every row
        q = "+" if (not walk_date and dialect == "sqlite"
                    and (self.source or self.target or self.actor)) else ""
        pq = p or q  # the CAMEO code: off its index both to walk dates and to count by actor
        if not self.mentions:
            where.append("e.mention_of IS NULL")
        for column, prefix in (("e.source_code", self.source), ("e.target_code", self.target)):
            if prefix:
                sql, ps = code_condition(p + column, prefix, expand)
                where.append(sql)
                params += ps
        if self.cameo:
            where.append(f"{pq}e.cameo >= ? AND {pq}e.cameo < ?")
            params += [self.cameo, _upper_bound(self.cameo)]
        if self.actor:
            s_sql, s_ps = code_condition(p + "e.source_code", self.actor, expand)
            t_sql, t_ps = code_condition(p + "e.target_code", self.actor, expand)
            where.append(f"(({s_sql}) OR ({t_sql}))")
            params += s_ps + t_ps
        for column, value in ((f"{q}e.root", self.root), (f"{q}e.plover", self.plover),
                              (f"{q}e.quad_class", self.quad_class), (f"{q}e.modality", self.modality),
                              (f"{p}e.document_id", self.document)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if self.since:
            where.append(f"{q}e.date >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{q}e.date <= ?")
            params.append(self.until)
        if self.text:
            if dialect == "sqlite":
                # the matching documents, found once for both the count and the page
                # (``Tidings._match_documents``)
                if self.text_documents is None:
                    raise ValueError("text_documents: the documents matching the text, not found yet")
                where.append(f"{p}e.document_id IN (SELECT value FROM json_each(?))")
                params.append(self.text_documents)
            else:
                where.append(f"e.document_id IN (SELECT id FROM documents WHERE {PG_DOCUMENT_TEXT}"
                             f" @@ {PG_WORDS})")
                params.append(pg_words(self.text))
        return (" WHERE " + " AND ".join(where)) if where else "", params


FILTER_FIELDS = tuple(f for f in EventFilter.__dataclass_fields__ if f != "text_documents")
MAX_EXPANSION = 200  # a prefix matching more codes than this is filtered as a range


def code_condition(column: str, prefix: str, expand=None) -> tuple[str, list]:
    """``column`` matches the actor-code ``prefix``: the exact codes it stands for when known
    (``expand``), else a range (both are served by a B-tree index)."""
    codes = expand(prefix) if expand else None
    if codes and len(codes) <= MAX_EXPANSION:
        if len(codes) == 1:
            return f"{column} = ?", list(codes)
        return f"{column} IN ({', '.join('?' for _ in codes)})", list(codes)
    return f"{column} >= ? AND {column} < ?", [prefix, _upper_bound(prefix)]


def cameo_name(code: str | None) -> str | None:
    """The CAMEO code's name ("042" → "Make a visit"), for people reading codes."""
    from tidings.events import cameo  # the CAMEO table loads on first use

    return cameo.describe(code).name if code and cameo.is_code(code) else None


# ---- event rows -----------------------------------------------------------------------------------

# One event row: the stored contract record, its document, and how widely the story was carried
# (its reports: tidings.store.consolidate; distinct documents, distinct hosts).
def event_columns(dialect: str) -> str:
    """The columns of one event row (``e`` the event, ``d`` its document, joined by the caller)."""
    # SQLite's statistics count the NULL mention_of of every first mention as one value shared
    # by all rows, so its planner would scan events for each row; the index is the right path
    via = " INDEXED BY events_mention_of" if dialect == "sqlite" else ""
    return (
        "e.key, e.document_id, e.data, d.url, d.title, d.published,"
        " 1 + (SELECT count(*) FROM events m WHERE m.mention_of = e.key),"
        # the other documents and hosts that carry a mention of it
        f" 1 + (SELECT count(DISTINCT m.document_id) FROM events m{via}"
        "      WHERE m.mention_of = e.key AND m.document_id <> e.document_id),"
        f" 1 + (SELECT count(DISTINCT coalesce(md.host, md.id)) FROM events m{via}"
        "      JOIN documents md ON md.id = m.document_id"
        "      WHERE m.mention_of = e.key AND coalesce(md.host, md.id) <> coalesce(d.host, d.id)),"
        " e.date"
    )


MAX_REPORTS = 100  # reports listed with one event (num_mentions counts them all)


def _report(row) -> dict:
    """One report of a consolidated event, as listed under it."""
    key, doc_id, evidence, modality, day, cameo, reported_by, host, url, published = row
    return {"key": key, "document_id": doc_id, "outlet": host, "url": url, "published": published,
            "reported_by": reported_by, "evidence": evidence, "date": day, "cameo": cameo,
            "modality": modality}


def _after(day: str | None, key: str, direction: str) -> str:
    """The rows after ``(day, key)`` within one phase of ``iter_events`` (dated or undated rows),
    as a range the date index can seek to (``e.date <= ?``), not a filter over every row."""
    if day is None:
        return "e.key < ?" if direction == "DESC" else "e.key > ?"
    if direction == "DESC":
        return "e.date <= ? AND (e.date < ? OR e.key < ?)"
    return "e.date >= ? AND (e.date > ? OR e.key > ?)"


# ---- evidence -------------------------------------------------------------------------------------

def evidence_spans(event: dict, text: str | None = None) -> dict:
    """Where the source, trigger and target sit inside the event's evidence sentence.

    Offsets in the contract are into the document text; the sentence is found in the text around
    the trigger (when the text is given), else by the spans' own text inside the sentence.
    Returns ``{"sentence_start": int | None, "spans": [{"role", "start", "end", "text"}]}`` with
    offsets relative to the evidence, sorted by start; spans outside the sentence are left out.
    """
    evidence = event.get("evidence") or ""
    trigger = event.get("trigger") or {}
    base = None
    if text and evidence:
        t0 = trigger.get("start")
        pos = text.find(evidence, max(0, (t0 or 0) - len(evidence)) if t0 is not None else 0)
        while pos != -1:
            if t0 is None or pos <= t0 <= pos + len(evidence):
                base = pos
                break
            pos = text.find(evidence, pos + 1)
        if base is None:
            pos = text.find(evidence)
            base = pos if pos != -1 else None
    spans = []
    for role in ("source", "trigger", "target"):
        span = event.get(role)
        if not span or span.get("start") is None or not span.get("text"):
            continue
        start = end = None
        if base is not None:
            s, e = span["start"] - base, span["end"] - base
            if 0 <= s < e <= len(evidence) and evidence[s:e] == span["text"]:
                start, end = s, e
        if start is None:  # no document text, or offsets not inside: look for the words themselves
            s = evidence.find(span["text"])
            if s != -1:
                start, end = s, s + len(span["text"])
        if start is not None:
            spans.append({"role": role, "start": start, "end": end, "text": evidence[start:end]})
    spans.sort(key=lambda sp: (sp["start"], sp["end"]))
    return {"sentence_start": base, "spans": spans}


# ---- the query object -----------------------------------------------------------------------------

@dataclass
class Timeline:
    """A dyad's time series: one row per period with counts by QuadClass and mean Goldstein."""

    source: str | None
    target: str | None
    by: str
    both: bool
    rows: list[dict] = field(default_factory=list)
    # events off the timeline because their date has only this precision: {"month": n, "year": n}
    partial: dict = field(default_factory=lambda: {"month": 0, "year": 0})

    @property
    def events(self) -> int:
        return sum(r["events"] for r in self.rows)

    def to_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "by": self.by, "both": self.both,
                "periods": self.rows, "partial": self.partial}

    def to_pandas(self):
        import pandas as pd

        frame = pd.DataFrame(self.rows, columns=["period", "q1", "q2", "q3", "q4", "events",
                                                 "goldstein"])
        frame["period"] = pd.to_datetime(frame["period"])
        return frame.set_index("period")


class Tidings:
    """Read queries over one store. Use ``tidings.open(db)``; close it (or use ``with``)."""

    def __init__(self, store: Store):
        self.store = store
        self.conn = store.conn
        self.dialect = store.conn.dialect
        # full-text rowids mapped to documents (schema version 6; an older store read as it is)
        self._fts_rows = self.dialect == "sqlite" and bool(self.conn.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents_fts_rows'"))

    # context manager
    def __enter__(self) -> "Tidings":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # ---- plain reads, from the store ----
    def stats(self) -> dict:
        return self.store.stats()

    def search(self, query: str, limit: int | None = 20) -> Rows:
        """Documents whose title or text hold every word of ``query`` (exact words, both back
        ends): best matches first on SQLite (FTS5 rank), by id on PostgreSQL."""
        _page(limit or 0, 0)
        page, page_params = self._limit(limit, 0)
        if self.dialect == "sqlite":
            match = fts_words(query)
            if match is None:
                return Rows([])
            rows = self.conn.all(
                "SELECT d.id, d.title, d.url, d.published FROM documents_fts f"
                " JOIN documents d ON d.id = f.document_id WHERE documents_fts MATCH ?"
                f" ORDER BY rank, d.id{page}", [match] + page_params)
        else:
            words = pg_words(query)
            if not words:
                return Rows([])
            rows = self.conn.all(
                f"SELECT d.id, d.title, d.url, d.published FROM documents d"
                f" WHERE {PG_DOCUMENT_TEXT} @@ {PG_WORDS} ORDER BY d.id{page}",
                [words] + page_params)
        return Rows([dict(zip(("id", "title", "url", "published"), r)) for r in rows])

    # ---- events ----
    def _codes(self, prefix: str) -> list[str] | None:
        """The actor codes with this prefix. Every code an event names is in ``actors`` (the
        store's writer adds them), so the list is complete; None when it is empty."""
        rows = self.conn.all("SELECT code FROM actors WHERE code >= ? AND code < ? ORDER BY code"
                             " LIMIT ?", (prefix, _upper_bound(prefix), MAX_EXPANSION + 1))
        return [r[0] for r in rows] or None

    def _where(self, flt: "EventFilter", walk_date: bool = False) -> tuple[str, list]:
        self._match_documents(flt)
        return flt.where(self.dialect, walk_date=walk_date, expand=self._codes)

    def _filter(self, filters: dict) -> EventFilter:
        unknown = set(filters) - set(FILTER_FIELDS)
        if unknown:
            raise QueryError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        return EventFilter(**filters)

    def count_events(self, cap: int | None = None, **filters) -> int:
        """The number of matching events; with ``cap``, counting stops at ``cap``."""
        where, params = self._where(self._filter(filters))
        if cap is None:
            return int(self.conn.scalar(f"SELECT count(*) FROM events e{where}", params) or 0)
        return int(self.conn.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM events e{where} LIMIT ?) capped",
            params + [int(cap)]) or 0)

    def _match_documents(self, flt: "EventFilter") -> None:
        """SQLite: the documents matching ``flt.text``, found once for both the count and the pages.
        The full-text rowids are mapped to documents through ``documents_fts_rows`` (reading the
        full-text table's own document_id column reads each match's whole text); a store of an
        older schema opened for reading has no such table."""
        if flt.text and self.dialect == "sqlite" and flt.text_documents is None:
            match = fts_words(flt.text)
            sql = ("SELECT document_id FROM documents_fts_rows WHERE fts_rowid IN"
                   " (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)" if self._fts_rows
                   else "SELECT document_id FROM documents_fts WHERE documents_fts MATCH ?")
            flt.text_documents = json.dumps([r[0] for r in self.conn.all(sql, (match,))]
                                            if match else [])

    def _order_by(self, direction: str) -> str:
        """Newest or oldest first, then by key. Undated events sort as the oldest on both back
        ends (SQLite puts NULL lowest; PostgreSQL is told to do the same)."""
        nulls = ""
        if self.dialect == "postgres":
            nulls = " NULLS LAST" if direction == "DESC" else " NULLS FIRST"
        return f" ORDER BY e.date {direction}{nulls}, e.key {direction}"

    def _event_rows(self, where: str, params: list, direction: str, limit: int,
                    offset: int = 0, sort_matches: bool = False) -> list[tuple]:
        """One page of event rows. ``sort_matches`` (few matches, SQLite): the matching rows are
        found first by their rowids alone, which an index holding every filtered column gives
        without reading a row (the dyad index for an actor and a CAMEO code), and only those rows
        are read and sorted; asked for their keys at once, SQLite picks the narrower actor index
        and reads every row of the actor."""
        order = self._order_by(direction)
        if sort_matches and self.dialect == "sqlite":
            where, params = f" WHERE e.rowid IN (SELECT e.rowid FROM events e{where})", params
        return self.conn.all(
            f"SELECT {event_columns(self.dialect)}"
            f" FROM (SELECT e.key FROM events e{where}{order} LIMIT ? OFFSET ?) page"
            f" JOIN events e ON e.key = page.key JOIN documents d ON d.id = e.document_id{order}",
            params + [limit, offset])

    def events(self, limit: int | None = None, offset: int = 0, order: str = "newest",
               exact_total: bool = False, **filters) -> Rows:
        """Consolidated events (one per happening: ``tidings.store.consolidate``; every report
        with ``mentions=True``) in the output-contract shape plus ``key``, ``document_id``,
        ``url``, ``title``, ``published``, ``num_mentions``, ``num_articles``, ``num_sources``,
        ``first_reported``, ``reports`` and ``disagreements`` (see ``_with_reports``), newest first.

        Without ``limit``, every match (read page by page: ``iter_events`` streams the same rows
        without holding them). With ``limit``, one page: ``.total`` counts the matches exactly up
        to ``COUNT_CAP`` (beyond it ``.total_exact`` is false and ``.total`` a lower bound) or
        always with ``exact_total=True``.
        """
        if limit is None:
            _page(0, offset)
            rows = list(itertools.islice(self.iter_events(order=order, **filters), offset, None))
            total = offset + len(rows) if rows or not offset else self.count_events(**filters)
            return Rows(rows, total, None, offset)
        limit, offset = _page(limit, offset)
        order = _choice("order", order, ORDERS) or "newest"
        flt = self._filter(filters)
        direction = "DESC" if order == "newest" else "ASC"
        cap = None if exact_total else max(COUNT_CAP, offset + limit) + 1
        where, params = self._where(flt)
        if cap is None:
            total = int(self.conn.scalar(f"SELECT count(*) FROM events e{where}", params) or 0)
        else:
            total = int(self.conn.scalar(
                f"SELECT count(*) FROM (SELECT 1 FROM events e{where} LIMIT ?) capped",
                params + [int(cap)]) or 0)
        exact = cap is None or total < cap
        if not exact:
            total = cap - 1
        if limit == 0 or (exact and offset >= total):
            return Rows([], total, limit, offset, exact)
        walk = total >= WALK_DATE_FROM
        where, params = self._where(flt, walk_date=walk)
        rows = self._event_rows(where, params, direction, limit, offset, sort_matches=not walk)
        return Rows(self._with_reports([self._event(r) for r in rows], not flt.mentions), total, limit,
                    offset, exact)

    def iter_events(self, order: str = "newest", page: int = 1000, **filters):
        """Every matching event, in the order of ``events``, read ``page`` rows at a time (keyset
        pages on date and key: no OFFSET, so the last page costs what the first does)."""
        order = _choice("order", order, ORDERS) or "newest"
        flt = self._filter(filters)
        where, params = self._where(flt)
        many = int(self.conn.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM events e{where} LIMIT ?) capped",
            params + [WALK_DATE_FROM]) or 0) >= WALK_DATE_FROM
        where, params = self._where(flt, walk_date=many)
        direction = "DESC" if order == "newest" else "ASC"
        joiner = " AND " if where else " WHERE "
        # undated events sort as the oldest: after the dated ones when newest first, before them
        # when oldest first; each phase is walked in keyset pages
        phases = ["e.date IS NOT NULL", "e.date IS NULL"]
        for phase in phases if direction == "DESC" else reversed(phases):
            after: tuple | None = None
            while True:
                cond, ps = where + joiner + phase, list(params)
                if after is not None:
                    day, key = after
                    cond += " AND " + _after(day, key, direction)
                    ps += [key] if day is None else [day, day, key]
                rows = self._event_rows(cond, ps, direction, page, sort_matches=not many)
                yield from self._with_reports([self._event(r) for r in rows], not flt.mentions)
                if len(rows) < page:
                    break
                after = (rows[-1][-1], rows[-1][0])  # (stored date, key) of the last row

    @staticmethod
    def _event(row) -> dict:
        key, doc_id, data, url, title, published, mentions, articles, sources = row[:9]
        event = json.loads(data)
        event.update(key=key, document_id=doc_id, url=url, title=title, published=published,
                     num_mentions=int(mentions), num_articles=int(articles),
                     num_sources=int(sources), cameo_name=cameo_name(event.get("cameo")))
        return event

    def _with_reports(self, events: list[dict], firsts: bool = False) -> list[dict]:
        """Each event with ``first_reported`` and ``reports``: every report of its happening
        (itself and its mentions, ``tidings.store.consolidate``) with the evidence, document,
        outlet, date, code and modality that report gives, first reported first, and
        ``disagreements``: the fields on which reports differ, each with the values given.
        ``firsts``: every event is its happening's first row (not a listing of mentions)."""
        from tidings.store.store import url_host

        if firsts:  # every row stands for its happening: only those with other reports are read
            group_of = {e["key"]: e["key"] for e in events}
            groups = [e["key"] for e in events if e["num_mentions"] > 1]
        else:
            keys = [e["key"] for e in events]
            group_of = {}
            for start in range(0, len(keys), 500):  # a listed mention stands in its happening's group
                chunk = keys[start:start + 500]
                group_of.update(self.conn.all(
                    "SELECT key, coalesce(mention_of, key) FROM events"
                    f" WHERE key IN ({', '.join('?' for _ in chunk)})", chunk))
            groups = sorted(set(group_of.values()))
        found: dict[str, list[dict]] = {}
        for start in range(0, len(groups), 500):
            chunk = groups[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.conn.all(
                    "SELECT coalesce(m.mention_of, m.key), m.key, m.document_id, m.evidence,"
                    " m.modality, m.date, m.cameo, m.reported_by, d.host, d.url, d.published"
                    " FROM events m JOIN documents d ON d.id = m.document_id"
                    f" WHERE m.mention_of IN ({marks}) OR m.key IN ({marks})", chunk + chunk):
                found.setdefault(row[0], []).append(_report(row[1:]))
        for e in events:
            reports = list(found.get(group_of.get(e["key"], e["key"])) or [_report((
                e["key"], e["document_id"], e.get("evidence"), e.get("modality"), e.get("date"),
                e.get("cameo"), e.get("reported_by"), url_host(e.get("url")), e.get("url"),
                e.get("published")))])
            reports.sort(key=lambda r: (r["published"] or "9999", r["key"]))
            e["reports"] = reports[:MAX_REPORTS]
            e["first_reported"] = reports[0]["published"] if reports else e.get("published")
            e["disagreements"] = {
                name: sorted({r[name] for r in reports if r[name] is not None})
                for name in ("date", "cameo", "modality")
                if len({r[name] for r in reports if r[name] is not None}) > 1}
        return events

    def event(self, key: str) -> dict | None:
        """One event by its key (``document id/position``), with its evidence spans."""
        row = self.conn.one(f"SELECT {event_columns(self.dialect)}, d.text FROM events e"
                            " JOIN documents d ON d.id = e.document_id WHERE e.key = ?", (key,))
        if row is None:
            # the API lists events with their contract ``id`` too: accept it (first mention wins)
            row = self.conn.one(f"SELECT {event_columns(self.dialect)}, d.text FROM events e"
                                " JOIN documents d ON d.id = e.document_id WHERE e.id = ?"
                                " ORDER BY e.mention_of IS NOT NULL, e.key LIMIT 1", (key,))
        if row is None:
            return None
        event = self._with_reports([self._event(row[:10])])[0]
        event["highlight"] = evidence_spans(event, row[10])
        return event

    # ---- aggregates ----
    def timeline(self, source: str | None = None, target: str | None = None, by: str = "month",
                 both: bool = False, **filters) -> Timeline:
        """Events per period (day, week from Monday, month) by QuadClass, with mean Goldstein.

        ``source``/``target`` are actor code prefixes; ``both`` counts the two directions.
        """
        by = _choice("by", by, PERIODS) or "month"
        flt = self._filter(filters)
        src, tgt = _code("source", source), _code("target", target)
        where, params = self._where(flt)
        clauses = [where[len(" WHERE "):]] if where else []
        clauses.append("e.date IS NOT NULL")

        def dyad(a, b):
            parts, ps = [], []
            for column, prefix in (("e.source_code", a), ("e.target_code", b)):
                if prefix:
                    sql, codes = code_condition(column, prefix, self._codes)
                    parts.append(sql)
                    ps += codes
            return " AND ".join(parts) or "1 = 1", ps

        fwd, fwd_params = dyad(src, tgt)
        base = " AND ".join(clauses)
        # grouped by day in SQL (no date function per row), folded into weeks or months below
        select = ("SELECT e.date AS period, e.quad_class AS quad, e.goldstein AS goldstein"
                  " FROM events e WHERE ")
        # one branch per direction (each can use its own index); the way back leaves out what
        # the way there already counted (prefixes may overlap: USA ↔ USAGOV)
        sql = select + f"{base} AND {fwd}"
        all_params = params + fwd_params
        if both and (src or tgt):
            back, back_params = dyad(tgt, src)
            sql += f" UNION ALL {select}{base} AND {back} AND NOT coalesce(({fwd}), FALSE)"
            all_params += params + back_params + fwd_params
        rows = self.conn.all(
            "SELECT period, quad, count(*), sum(goldstein), count(goldstein)"
            f" FROM ({sql}) d GROUP BY period, quad ORDER BY period, quad", all_params)
        periods: dict[str, dict] = {}
        sums: dict[str, list[float]] = {}
        # events dated only to a month or a year ("last November", "in 2019") are not spread over
        # days they may not belong to: a month-dated event sits in its month on a monthly
        # timeline; the others are counted by precision, never silently dropped
        partial = {"month": 0, "year": 0}
        for day, quad, n, gsum, gcount in rows:
            precision = {4: "year", 7: "month"}.get(len(day or ""))
            if precision == "month" and by == "month":
                day = f"{day}-01"
            elif precision:
                partial[precision] += int(n)
                continue
            period = _period(day, by)
            if period is None:
                continue
            p = periods.setdefault(period, {"period": period, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
                                            "events": 0, "goldstein": None})
            if quad in (1, 2, 3, 4):
                p[f"q{quad}"] += n
            p["events"] += n
            acc = sums.setdefault(period, [0.0, 0])
            acc[0] += gsum or 0.0
            acc[1] += gcount or 0
        for period, (gsum, gcount) in sums.items():
            periods[period]["goldstein"] = round(gsum / gcount, 3) if gcount else None
        # every period between the first and the last, empty ones included: a chart then shows
        # the gap instead of closing it up, and draws no Goldstein line across it
        filled = [periods.get(p) or {"period": p, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "events": 0,
                                     "goldstein": None}
                  for p in _periods_between(min(periods), max(periods), by)] if periods else []
        return Timeline(src, tgt, by, both, filled, partial)

    def top_actors(self, limit: int = 20, **filters) -> Rows:
        """Actors by number of events they take part in (as source or target)."""
        limit, _ = _page(limit, 0)
        where, params = self._where(self._filter(filters))
        counts: dict[str, list[int]] = {}
        for side, column in ((0, "e.source_code"), (1, "e.target_code")):
            cond = (where + " AND " if where else " WHERE ") + f"{column} IS NOT NULL"
            for code, n in self.conn.all(
                    f"SELECT {column}, count(*) FROM events e{cond} GROUP BY {column}", params):
                counts.setdefault(code, [0, 0])[side] += int(n)
        from tidings.actors.labels import code_label  # the actors package loads only when needed

        top = sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0]))[:limit]
        seen = self._names_seen([code for code, _ in top], where, params)
        return Rows([{"code": code, "name": code_label(code), "names": seen.get(code, []),
                      "as_source": ns, "as_target": nt, "events": ns + nt}
                     for code, (ns, nt) in top])

    def _names_seen(self, codes: list[str], where: str, params: list, most: int = 5,
                    sample: int = NAMES_SAMPLE) -> dict[str, list[dict]]:
        """The people and bodies the actors stage named under each code, most frequent first,
        read from at most ``sample`` matching events per code and side (a code can have hundreds
        of thousands; reading each one's JSON would take seconds)."""
        counts: dict[str, dict[str, int]] = {}
        for code in codes:
            by_name = counts.setdefault(code, {})
            for code_col, side in (("e.source_code", "source"), ("e.target_code", "target")):
                # the resolved name only (the name column falls back to the mention's text: "they")
                name = (f"json_extract(e.data, '$.{side}.name')" if self.dialect == "sqlite"
                        else f"(e.data::json -> '{side}' ->> 'name')")
                cond = (where + " AND " if where else " WHERE ") + f"{code_col} = ?"
                for found, n in self.conn.all(
                        f"SELECT name, count(*) FROM (SELECT {name} AS name FROM events e{cond}"
                        " LIMIT ?) sampled WHERE name IS NOT NULL GROUP BY name",
                        params + [code, sample]):
                    by_name[found] = by_name.get(found, 0) + int(n)
        return {code: [{"name": name, "events": n} for name, n in
                       sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:most]]
                for code, names in counts.items()}

    def network(self, limit: int = 100, level: str = "country", both_coded: bool = False,
                domestic: bool | None = None, **filters) -> dict:
        """The interaction network: directed edges weighted by events, and their nodes.

        ``level="country"`` (the default) rolls actors up to their country (USAGOV, USAMIL → USA;
        an organisation stays itself: IGOUNO), ``level="actor"`` keeps every code. ``both_coded``
        keeps only events whose two sides have a known country (no ``---GOV``). ``domestic``:
        edges inside one country (left out by default at country level, where they would swamp
        the international ones; kept by default at actor level).
        """
        limit, _ = _page(limit, 0)
        level = _choice("level", level, NETWORK_LEVELS) or "country"
        if domestic is None:
            domestic = level == "actor"
        where, params = self._where(self._filter(filters))
        cond = (where + " AND " if where else " WHERE ") + (
            "e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
        if both_coded:
            cond += " AND e.source_code NOT LIKE '---%' AND e.target_code NOT LIKE '---%'"
        rows = self.conn.all(
            "SELECT e.source_code, e.source_country, e.target_code, e.target_country, count(*),"
            " sum(e.goldstein), count(e.goldstein),"
            " sum(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END),"
            " sum(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END)"
            f" FROM events e{cond}"
            " GROUP BY e.source_code, e.source_country, e.target_code, e.target_country", params)
        merged: dict[tuple[str, str], list] = {}
        for s_code, s_country, t_code, t_country, n, gsum, gcount, coop, conf in rows:
            a, b = (s_code, t_code) if level == "actor" else (
                _country_node(s_code, s_country), _country_node(t_code, t_country))
            same_country = (s_country or a[:3]) == (t_country or b[:3]) and not a.startswith("---")
            if not domestic and same_country:
                continue
            acc = merged.setdefault((a, b), [0, 0.0, 0, 0, 0])
            for k, v in enumerate((n, gsum, gcount, coop, conf)):
                acc[k] += v or 0
        top = sorted(merged.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
        edges = [{"source": a, "target": b, "events": int(n),
                  "goldstein": round(float(gsum) / gcount, 3) if gcount else None,
                  "cooperation": int(coop), "conflict": int(conf)}
                 for (a, b), (n, gsum, gcount, coop, conf) in top]
        weight: dict[str, int] = {}
        for e in edges:
            weight[e["source"]] = weight.get(e["source"], 0) + e["events"]
            weight[e["target"]] = weight.get(e["target"], 0) + e["events"]
        names = self._names(list(weight))
        if level == "country":
            names = {c: _country_label(c, names.get(c)) for c in weight}
        nodes = [{"code": c, "name": names.get(c), "events": w}
                 for c, w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
        return {"level": level, "nodes": nodes, "edges": edges}

    def _names(self, codes: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(codes), 500):
            chunk = codes[i:i + 500]
            marks = ",".join("?" for _ in chunk)
            out.update({c: n for c, n in self.conn.all(
                f"SELECT code, name FROM actors WHERE code IN ({marks})", chunk)})
        return out

    # ---- actors ----
    def actors(self, query: str | None = None, limit: int | None = None, offset: int = 0) -> Rows:
        """Known actor codes (code, label as ``name``, country, sectors) with their event and
        quote counts; ``query`` matches a code prefix or a name stored under the code. Without
        ``limit``, every match."""
        _, offset = _page(limit or 0, offset)
        where, params = "", []
        if query and query.strip():
            q = query.strip()
            where = " WHERE upper(code) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\'"
            params = [like_escape(q.upper()) + "%", like_pattern(q.lower())]
        total = int(self.conn.scalar(f"SELECT count(*) FROM actors{where}", params) or 0)
        page, page_params = self._limit(limit, offset)
        rows = self.conn.all(
            "SELECT a.code, a.name, a.country, a.sectors,"
            " (SELECT count(*) FROM events e WHERE e.source_code = a.code AND e.mention_of IS NULL),"
            " (SELECT count(*) FROM events e WHERE e.target_code = a.code AND e.mention_of IS NULL),"
            " (SELECT count(*) FROM quotes q WHERE q.speaker_code = a.code)"
            f" FROM actors a{where} ORDER BY a.code{page}", params + page_params)
        from tidings.actors.labels import code_label  # the actors package loads only when needed

        # the name is the code's label: the stored name is only the first one seen under it
        return Rows([{"code": c, "name": code_label(c), "country": co,
                      "sectors": [s for s in (sec or "").split(",") if s],
                      "as_source": int(ns), "as_target": int(nt), "quotes": int(nq)}
                     for c, _, co, sec, ns, nt, nq in rows], total, limit, offset)

    # ---- quotes ----
    def _quote_where(self, speaker, text, document) -> tuple[str, list]:
        where, params = [], []
        if speaker and speaker.strip():
            s = speaker.strip()
            needle = like_pattern(s.lower())
            code = s.upper()
            names = ("lower(q.speaker_name) LIKE ? ESCAPE '\\'"
                     " OR lower(q.speaker_text) LIKE ? ESCAPE '\\'")
            if _CODE.match(code):
                where.append(f"((q.speaker_code >= ? AND q.speaker_code < ?) OR {names})")
                params += [code, _upper_bound(code), needle, needle]
            else:
                where.append(f"({names})")
                params += [needle, needle]
        if text and text.strip():
            if self.dialect == "sqlite":
                match = fts_words(text)
                if match is None:
                    where.append("1 = 0")
                else:
                    # the matches are looked up once, not once per quote row (that was quadratic)
                    where.append("(q.document_id, q.seq) IN"
                                 " (SELECT document_id, seq FROM quotes_fts WHERE quotes_fts MATCH ?)")
                    params.append(match)
            else:
                where.append(f"{PG_QUOTE_TEXT} @@ {PG_WORDS}")
                params.append(pg_words(text))
        if document:
            where.append("q.document_id = ?")
            params.append(document)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def quotes(self, speaker: str | None = None, text: str | None = None,
               document: str | None = None, limit: int | None = None, offset: int = 0) -> Rows:
        """Quotes with speaker, newest document first (undated last), then in text order.

        ``speaker`` is a code prefix or a name substring (``%`` and ``_`` match themselves),
        ``text`` words of the quote (full text, exact words, as ``events(text=…)``). Without
        ``limit``, every match.
        """
        _, offset = _page(limit or 0, offset)
        where, params = self._quote_where(speaker, text, document)
        total = int(self.conn.scalar(f"SELECT count(*) FROM quotes q{where}", params) or 0)
        nulls = " NULLS LAST" if self.dialect == "postgres" else ""
        page, page_params = self._limit(limit, offset)
        rows = self.conn.all(
            "SELECT q.document_id, q.seq, q.data, d.url, d.title, d.published FROM quotes q"
            f" JOIN documents d ON d.id = q.document_id{where}"
            f" ORDER BY d.published DESC{nulls}, q.document_id, q.seq{page}",
            params + page_params)
        out = []
        for doc_id, seq, data, url, title, published in rows:
            quote = json.loads(data)
            quote.update(document_id=doc_id, seq=seq, url=url, title=title, published=published)
            out.append(quote)
        return Rows(out, total, limit, offset)

    def _limit(self, limit: int | None, offset: int) -> tuple[str, list]:
        """LIMIT/OFFSET, or OFFSET alone for every row from ``offset`` on."""
        if limit is not None:
            return " LIMIT ? OFFSET ?", [int(limit), offset]
        return (" LIMIT -1 OFFSET ?" if self.dialect == "sqlite" else " OFFSET ?"), [offset]

    def quotes_by_speaker(self, limit: int | None = 50, text: str | None = None) -> Rows:
        """Speakers by number of quotes: one row per person, with the codes they had over time.

        A speaker is someone the actors stage identified: a resolved name (one row per name,
        whatever codes it carried: Trump as USAGOV, later USAELI) or, without a name, an actor
        code (one row per code, labelled from the code: "government, country unknown"). A quote
        whose speaker was not identified ("I", "we", "they" left unresolved) names no speaker
        and is not listed here. ``speaker`` is the ``quotes(speaker=…)`` filter for the row.
        """
        from tidings.actors.labels import code_label  # the actors package loads only when needed

        _page(limit or 0, 0)
        where, params = self._quote_where(None, text, None)
        cond = (where + " AND " if where else " WHERE ") + (
            "(q.speaker_name IS NOT NULL OR q.speaker_code IS NOT NULL)")
        rows = self.conn.all(
            "SELECT q.speaker_name, q.speaker_code, min(d.published), max(d.published), count(*)"
            f" FROM quotes q JOIN documents d ON d.id = q.document_id{cond}"
            " GROUP BY q.speaker_name, q.speaker_code", params)
        people: dict[str, dict] = {}
        for name, code, first, last, n in rows:
            key = "name:" + name.strip().lower() if name and name.strip() else "code:" + code
            person = people.setdefault(key, {"name": name.strip() if name and name.strip() else
                                             code_label(code), "speaker": name or code,
                                             "code": None, "codes": [], "quotes": 0})
            person["quotes"] += int(n)
            if code:
                person["codes"].append({"code": code, "first": first, "last": last,
                                        "quotes": int(n)})
        out = []
        for person in people.values():
            person["codes"].sort(key=lambda c: (c["first"] or "", c["code"]))
            if person["codes"]:  # the code most quoted under, for links and colours
                person["code"] = max(person["codes"], key=lambda c: (c["quotes"], c["last"] or ""))["code"]
            out.append(person)
        out.sort(key=lambda p: (-p["quotes"], p["name"] or ""))
        return Rows(out if limit is None else out[:limit])

    # ---- documents ----
    def document(self, doc_id: str) -> dict | None:
        """The stored record: text, removed boilerplate, entities, events (each with ``key`` and
        evidence spans), quotes and attributions, all with offsets into ``text``."""
        record = self.store.document(doc_id)
        if record is None:
            return None
        text = record.get("text") or ""
        for i, event in enumerate(record.get("events") or []):
            event["key"] = f"{doc_id}/{i}"
            event["highlight"] = evidence_spans(event, text)
        return record

    def documents(self, limit: int | None = None, offset: int = 0) -> Rows:
        """Document summaries (id, title, url, published, status, counts), newest first
        (undated last). Without ``limit``, every document."""
        _, offset = _page(limit or 0, offset)
        page, page_params = self._limit(limit, offset)
        nulls = " NULLS LAST" if self.dialect == "postgres" else ""
        total = int(self.conn.scalar("SELECT count(*) FROM documents") or 0)
        rows = self.conn.all(
            "SELECT d.id, d.title, d.url, d.published, d.status,"
            " (SELECT count(*) FROM events e WHERE e.document_id = d.id),"
            " (SELECT count(*) FROM quotes q WHERE q.document_id = d.id)"
            f" FROM documents d ORDER BY d.published DESC{nulls}, d.id{page}", page_params)
        return Rows([{"id": i, "title": t, "url": u, "published": p, "status": s, "events": ne,
                      "quotes": nq} for i, t, u, p, s, ne, nq in rows], total, limit, offset)


def open_store(db: str | Path = DEFAULT_DB) -> Tidings:
    """Open a store for reading (a SQLite path or a postgresql:// URL); raises StoreError."""
    from tidings.store import Store

    return Tidings(Store.open(db))
