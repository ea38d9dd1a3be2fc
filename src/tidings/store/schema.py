"""The store's schema, one list of versioned migrations for SQLite and PostgreSQL.

Each migration is applied once, in order, inside a transaction, and recorded in ``migrations``.
The DDL is written once with a few dialect placeholders ({blob}, {real}) so that both back ends
keep the same tables and columns; full-text search differs (FTS5 tables vs. GIN indexes).

Column names avoid SQL keywords (``start``/``end`` → ``start_char``/``end_char``).
"""

from __future__ import annotations

TYPES = {
    "sqlite": {"blob": "BLOB", "real": "REAL"},
    "postgres": {"blob": "BYTEA", "real": "DOUBLE PRECISION"},
}

# version 1: the tables of the output contract, plus clusters, rejected documents and MinHashes.
V1_TABLES = [
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        url TEXT,
        host TEXT,
        title TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL,          -- JSON list of removed passages with reasons
        error TEXT,
        status TEXT NOT NULL,           -- coded | rejected
        raw_hash TEXT NOT NULL,         -- hash of the input (and tidings version): skip when unchanged
        content_hash TEXT NOT NULL,     -- hash of the stored record
        text_hash TEXT NOT NULL,        -- hash of the normalised text: exact duplicates
        cluster_id TEXT,                -- near-duplicate story cluster (id of its first document)
        record TEXT NOT NULL            -- the full contract record as JSON, for lossless export
    )""",
    "CREATE INDEX documents_text_hash ON documents (text_hash)",
    "CREATE INDEX documents_cluster ON documents (cluster_id)",
    "CREATE INDEX documents_published ON documents (published)",
    """CREATE TABLE rejected (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        detail TEXT
    )""",
    """CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        representative TEXT NOT NULL
    )""",
    """CREATE TABLE minhashes (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        signature {blob} NOT NULL
    )""",
    """CREATE TABLE actors (
        code TEXT PRIMARY KEY,
        name TEXT,
        country TEXT,
        sectors TEXT
    )""",
    """CREATE TABLE entities (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        label TEXT,
        actor TEXT,
        name TEXT,
        why TEXT,
        PRIMARY KEY (document_id, seq)
    )""",
    "CREATE INDEX entities_actor ON entities (actor)",
    """CREATE TABLE events (
        key TEXT PRIMARY KEY,           -- document id + '/' + position: unique even if ids repeat
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        id TEXT NOT NULL,               -- the contract's stable event id
        sentence INTEGER,
        evidence TEXT,
        source_code TEXT,
        source_name TEXT,
        source_country TEXT,
        target_code TEXT,
        target_name TEXT,
        target_country TEXT,
        cameo TEXT NOT NULL,
        root TEXT,
        plover TEXT,
        plover_mode TEXT,
        quad_class INTEGER,
        goldstein {real},
        modality TEXT,
        date TEXT,
        location TEXT,
        reported_by TEXT,
        confidence {real},
        signature TEXT NOT NULL,        -- who/what/whom/when/modality: same story, same event
        cluster_id TEXT,
        mention_of TEXT,                -- key of the first event with this signature in the cluster
        data TEXT NOT NULL              -- the contract event as JSON
    )""",
    "CREATE INDEX events_document ON events (document_id)",
    "CREATE INDEX events_source ON events (source_code)",
    "CREATE INDEX events_target ON events (target_code)",
    "CREATE INDEX events_cameo ON events (cameo)",
    "CREATE INDEX events_date ON events (date)",
    "CREATE INDEX events_cluster_signature ON events (cluster_id, signature)",
    "CREATE INDEX events_mention_of ON events (mention_of)",
    """CREATE TABLE quotes (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        kind TEXT,
        cue TEXT,
        speaker_text TEXT,
        speaker_code TEXT,
        speaker_name TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
    )""",
    "CREATE INDEX quotes_speaker_code ON quotes (speaker_code)",
    """CREATE TABLE attributions (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        outlet TEXT NOT NULL,
        cue TEXT,
        start_char INTEGER,
        end_char INTEGER,
        kind TEXT,
        PRIMARY KEY (document_id, seq)
    )""",
    "CREATE INDEX attributions_outlet ON attributions (outlet)",
]

V1_FULLTEXT = {
    # standalone FTS5 tables, kept in step with documents/quotes by the writer
    "sqlite": [
        "CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text)",
        "CREATE VIRTUAL TABLE quotes_fts USING fts5(document_id UNINDEXED, seq UNINDEXED, text, speaker)",
    ],
    "postgres": [
        "CREATE INDEX documents_fts ON documents USING GIN "
        "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
        "CREATE INDEX quotes_fts ON quotes USING GIN "
        "(to_tsvector('english', text || ' ' || coalesce(speaker_name, '')))",
    ],
}


# version 2: what `tidings watch` remembers of each feed between polls
V2_FEEDS = [
    """CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        polls INTEGER NOT NULL DEFAULT 0,
        items_seen INTEGER NOT NULL DEFAULT 0
    )""",
]


# version 3: partial indexes over first mentions (the rows every default query counts), so dyad
# timelines, the network and filtered event pages are index-only at a million events
# (measured with benchmarks/bench_query.py; mention_of is listed so SQLite treats it as covered)
V3_QUERY_INDEXES = [
    "CREATE INDEX stories_dyad ON events"
    " (source_code, target_code, date, quad_class, goldstein, mention_of) WHERE mention_of IS NULL",
    "CREATE INDEX stories_dyad_reverse ON events"
    " (target_code, source_code, date, quad_class, goldstein, mention_of) WHERE mention_of IS NULL",
    "CREATE INDEX stories_quad ON events (quad_class, date, mention_of) WHERE mention_of IS NULL",
    "CREATE INDEX stories_plover ON events (plover, date, mention_of) WHERE mention_of IS NULL",
    "CREATE INDEX stories_root ON events (root, date, mention_of) WHERE mention_of IS NULL",
    "CREATE INDEX stories_modality ON events (modality, date, mention_of) WHERE mention_of IS NULL",
]


# version 4: full text matches exact words on both back ends (PostgreSQL's 'simple' configuration,
# like SQLite's FTS5: no stemming), and the event lookup by contract id (the API lists ``id``)
V4_READS = {
    "sqlite": ["CREATE INDEX events_id ON events (id)"],
    "postgres": [
        "DROP INDEX IF EXISTS documents_fts",
        "DROP INDEX IF EXISTS quotes_fts",
        "CREATE INDEX documents_fts ON documents USING GIN "
        "(to_tsvector('simple', coalesce(title, '') || ' ' || text))",
        "CREATE INDEX quotes_fts ON quotes USING GIN "
        "(to_tsvector('simple', text || ' ' || coalesce(speaker_name, '')))",
        "CREATE INDEX events_id ON events (id)",
    ],
}


# version 5: consolidated events (tidings.store.consolidate): each event's consolidation key, the
# index that finds the reports of one key around a date, and the rule the grouping was made with
# (a store consolidated under another rule, or before consolidation, is regrouped when written to)
# (the bucket has its own column: an equality, whatever the collation, finds its reports)
V5_CONSOLIDATION = [
    "ALTER TABLE events ADD COLUMN consolidation_key TEXT",
    "ALTER TABLE events ADD COLUMN consolidation_bucket TEXT",
    "CREATE INDEX events_consolidation ON events (consolidation_bucket, date)",
    "CREATE TABLE consolidation (rule INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    # mentions are now a good share of the events: an index holding only them serves the
    # mention_of = ? lookups (counts, reports), and the planner no longer reads "mention_of IS
    # NULL" (every default query) through it and sorts the result, instead of walking dates
    "DROP INDEX events_mention_of",
    "CREATE INDEX events_mention_of ON events (mention_of) WHERE mention_of IS NOT NULL",
]


# version 6: event pages at a million events (benchmarks/bench_query.py). FTS5 hands out the rowids
# of matching documents cheaply, but reading its document_id column reads the whole stored row
# (title and text) of every match: 14,000 matches took 75 ms where their rowids take 4 ms, so a
# narrow table maps the full-text rowids to documents (SQLite only: PostgreSQL's full text is an
# index on documents). The document and CAMEO indexes hold mention_of (and the CAMEO one the
# date), so counting the consolidated events of a document list or a CAMEO prefix reads the index
# alone instead of every row. The network groups first mentions by both sides' codes and
# countries: an index in that order, holding what it sums, serves it without reading a row or
# sorting (a million events: 0.5 s instead of 7-18 s). The dyad indexes also hold the event's
# type (CAMEO code, root, PLOVER, modality): an actor filter with a type filter ("YEM" and root
# 19) is then counted and paged from the actor's index alone (1.0 s at a million events when the
# CAMEO index led and every row of the root was read).
V6_READS = {
    "sqlite": [
        "CREATE TABLE documents_fts_rows (fts_rowid INTEGER PRIMARY KEY,"
        " document_id TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE)",
        "INSERT INTO documents_fts_rows (fts_rowid, document_id)"
        " SELECT rowid, document_id FROM documents_fts",
    ],
    "postgres": [],
}
V6_INDEXES = [
    "DROP INDEX events_document",
    "CREATE INDEX events_document ON events (document_id, mention_of)",
    "DROP INDEX events_cameo",
    "CREATE INDEX events_cameo ON events (cameo, date, mention_of)",
    "DROP INDEX stories_dyad",
    "CREATE INDEX stories_dyad ON events (source_code, target_code, date, quad_class, goldstein,"
    " mention_of, cameo, root, plover, modality) WHERE mention_of IS NULL",
    "DROP INDEX stories_dyad_reverse",
    "CREATE INDEX stories_dyad_reverse ON events (target_code, source_code, date, quad_class,"
    " goldstein, mention_of, cameo, root, plover, modality) WHERE mention_of IS NULL",
    "CREATE INDEX stories_network ON events (source_code, source_country, target_code, target_country,"
    " date, quad_class, goldstein, mention_of) WHERE mention_of IS NULL",
]


def migrations(dialect: str) -> list[tuple[int, str, list[str]]]:
    """(version, name, statements) in order, for one dialect."""
    types = TYPES[dialect]
    v1 = [stmt.format(**types) for stmt in V1_TABLES] + V1_FULLTEXT[dialect]
    return [
        (1, "documents, entities, actors, events, quotes, attributions, clusters, rejected, full text", v1),
        (2, "feeds polled by tidings watch", V2_FEEDS),
        (3, "indexes for event queries and aggregates", V3_QUERY_INDEXES),
        (4, "exact-word full text on PostgreSQL, events by id", V4_READS[dialect]),
        (5, "consolidated events across documents", V5_CONSOLIDATION),
        (6, "full-text matches to documents, covering document, CAMEO, dyad and network indexes",
         V6_READS[dialect] + V6_INDEXES),
    ]


MIGRATIONS_TABLE = "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)"

LATEST = max(v for v, _, _ in migrations("sqlite"))
