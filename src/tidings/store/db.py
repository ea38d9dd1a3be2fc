"""Connections to the two back ends behind one small interface.

SQL in this package is written once with ``?`` placeholders; for PostgreSQL they become ``%s``.
(No SQL text here contains a literal ``?`` or ``%``: patterns are always passed as parameters.)
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from tidings.errors import TidingsError
from tidings.store.schema import MIGRATIONS_TABLE, migrations

log = logging.getLogger(__name__)


class StoreError(TidingsError):
    """A store that cannot be opened or used (bad path or URL, newer schema, unreachable server)."""


def is_postgres(db: str) -> bool:
    return str(db).startswith(("postgresql://", "postgres://"))


class Connection:
    """One database connection; ``dialect`` is 'sqlite' or 'postgres'."""

    def __init__(self, raw, dialect: str):
        self.raw = raw
        self.dialect = dialect

    @classmethod
    def open(cls, db: str | Path, *, readonly: bool = False) -> "Connection":
        if is_postgres(str(db)):
            import psycopg

            try:
                raw = psycopg.connect(str(db), autocommit=True)
            except psycopg.Error as exc:
                raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
            return cls(raw, "postgres")
        path = Path(db)
        if readonly and not path.exists():
            raise StoreError(f"no store at {path} (run `tidings ingest` first)")
        if path.exists() and path.is_dir():
            raise StoreError(f"{path} is a directory, not a database file")
        if not path.parent.exists():
            raise StoreError(f"directory {path.parent} does not exist")
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per batch
            raw = sqlite3.connect(str(path), isolation_level=None, timeout=30,
                                  check_same_thread=False)
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                raw.execute("PRAGMA journal_mode = WAL")
                # NORMAL in WAL mode: a crash loses at most the last commits, never consistency
                raw.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not a usable SQLite database: {exc}") from exc
        return cls(raw, "sqlite")

    def sql(self, text: str) -> str:
        return text.replace("?", "%s") if self.dialect == "postgres" else text

    def execute(self, text: str, params=()):
        cur = self.raw.cursor()
        cur.execute(self.sql(text), tuple(params))
        return cur

    def executemany(self, text: str, rows) -> None:
        rows = list(rows)
        if rows:
            self.raw.cursor().executemany(self.sql(text), rows)

    def all(self, text: str, params=()) -> list[tuple]:
        return self.execute(text, params).fetchall()

    def one(self, text: str, params=()):
        row = self.execute(text, params).fetchone()
        return row

    def scalar(self, text: str, params=()):
        row = self.one(text, params)
        return row[0] if row else None

    def begin(self) -> None:
        if self.dialect == "sqlite":
            self.raw.execute("BEGIN IMMEDIATE")  # take the write lock now, not mid-batch
        else:
            self.raw.execute("BEGIN")

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        try:
            self.raw.execute("ROLLBACK")
        except Exception:  # no transaction open: nothing to undo
            pass

    def close(self) -> None:
        self.raw.close()

    def schema_version(self) -> int:
        self.execute(MIGRATIONS_TABLE)
        return self.scalar("SELECT max(version) FROM migrations") or 0

    def migrate(self) -> int:
        """Apply the migrations this store lacks, each in its own transaction. Returns the version."""
        if self.dialect == "postgres":
            # one migrating process at a time, even when several writers start together
            self.execute("SELECT pg_advisory_lock(727163)")
        try:
            current = self.schema_version()
            steps = migrations(self.dialect)
            latest = steps[-1][0]
            if current > latest:
                raise StoreError(f"store schema version {current} is newer than this tidings ({latest})")
            for version, name, statements in steps:
                if version <= current:
                    continue
                self.begin()
                try:
                    for stmt in statements:
                        self.execute(stmt)
                    self.execute("INSERT INTO migrations (version, name) VALUES (?, ?)", (version, name))
                    self.commit()
                except BaseException:  # an interrupt too: never leave the write lock held
                    self.rollback()
                    raise
                log.info("store migrated to version %d (%s)", version, name)
            return latest
        finally:
            if self.dialect == "postgres":
                self.execute("SELECT pg_advisory_unlock(727163)")
