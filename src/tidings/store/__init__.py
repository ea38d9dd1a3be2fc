"""The store: SQLite (default) or PostgreSQL, one writer, readers on their own connections.

    from tidings.jobs import ingest            # writes go through tidings.jobs
    summary = ingest(read_sources(["examples"]), "tidings.db")
    with tidings.open("tidings.db") as t:     # reads go through tidings.query
        t.events(source="USA", cameo="04")
"""

from tidings.store.db import StoreError, is_postgres
from tidings.store.store import Store, Writer, event_signature, reason_for, record_hash

__all__ = ["Store", "Writer", "StoreError", "record_hash", "event_signature", "reason_for", "is_postgres"]
