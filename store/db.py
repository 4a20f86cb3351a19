"""The database handle: engine, pragmas, migrations and transactions."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, SQLAlchemyError

from . import schema
from .errors import DatabaseMissing, DatabaseUnavailable, SchemaTooNew
from .migrations import MIGRATIONS, migrate

__all__ = ["TRACK_LOCK", "StoreBase", "describe_error", "insert_or", "sqlite_path"]

# The lock every write of documents and events takes (`transaction(lock=TRACK_LOCK)`): the
# duplicate check of a new page cannot miss a re-post being stored at the same moment, and
# events commit in the order of their ids (a digest's cursor never passes an uncommitted one).
TRACK_LOCK = "track"


def insert_or(conn: Connection, table: Table) -> Any:
    """An INSERT that takes ON CONFLICT clauses (`on_conflict_do_nothing/_update`): the one
    atomic way to insert a row another process may be inserting at the same moment."""
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def _lock_key(name: str) -> int:
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big",
                          signed=True)


# How long a connection waits for another process's lock (SQLite's busy_timeout, seconds).
BUSY_TIMEOUT = 30.0


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is off: every transaction starts with BEGIN
    # IMMEDIATE (`_begin_immediate`), so a read-then-write is atomic between processes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    _wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _wal(cursor: Any) -> None:
    """Put the file in WAL mode (it stays so). Switching needs the file to itself, and SQLite
    answers "database is locked" at once, without its busy wait, when another process is
    switching or reading at that moment (several processes opening a new database): so
    wait and retry, like busy_timeout would, until the mode is WAL or the time is up."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    pause = 0.005
    while True:
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _begin_immediate(conn: Connection) -> None:
    """SQLite: take the write lock when the transaction starts (waiting up to busy_timeout),
    never halfway through, which could fail with "database is locked" at once."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    cursor.close()


def describe_error(url: str, exc: BaseException) -> str:
    reason = str(getattr(exc, "orig", None) or exc).strip()
    hint = "Check the path and its permissions, and that the disk has free space."
    if "not a database" in reason.lower() or "malformed" in reason.lower():
        return (f"database {url}: not an SQLite database that policywatch can read ({reason}). "
                "Point [storage] database at a policywatch database, or move the file away.")
    if "full" in reason.lower():
        hint = "Free some disk space; nothing already stored was lost."
    elif "locked" in reason.lower():
        hint = "Another policywatch process holds a write lock; try again shortly."
    return f"database {url}: {reason}. {hint}"


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for other databases, in-memory or bad URLs)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "").expanduser()


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


class StoreBase:
    """Engine plus the transaction machinery every store mixin builds on.

    `read_only`: the database must exist already (DatabaseMissing otherwise) and SQLite
    opens it read-only, so a command that only reads never creates or changes a file
    (a database made by an older policywatch is migrated first, since it exists).
    """

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        # Names this process in leases and claims: host, pid and a random part.
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise DatabaseUnavailable(
                f'database "{url}" is not a SQLAlchemy URL. '
                'Use e.g. "sqlite:///policywatch.db" or "postgresql://user@host/db".'
            ) from exc
        if parsed.drivername == "postgresql" and _missing("psycopg2") and not _missing("psycopg"):
            parsed = parsed.set(drivername="postgresql+psycopg")  # "postgresql://" just works
        self.dialect = parsed.get_backend_name()
        path = sqlite_path(url)
        if path is not None:
            path = path.resolve()
            if read_only and not path.is_file():
                raise DatabaseMissing(f"no database at {path}", path)
            if not path.parent.is_dir():
                raise DatabaseUnavailable(
                    f"database {url}: folder {path.parent} does not exist. Create it or change "
                    "[storage] database in the config."
                )
        self._local = threading.local()
        if read_only and path is not None:
            self._check_existing(parsed)
            parsed = URL.create("sqlite", database="file:" + quote(str(path)),
                                query={"mode": "ro", "uri": "true"})
        self.engine: Engine = self._engine(parsed, url)
        if self.dialect == "sqlite":
            pragmas = _read_only_pragmas if read_only and path else _sqlite_pragmas
            event.listen(self.engine, "connect", pragmas)
            if pragmas is _sqlite_pragmas:
                event.listen(self.engine, "begin", _begin_immediate)
        if not (read_only and path is not None):
            self._migrate()
        if read_only and self.dialect == "postgresql":  # every later transaction: READ ONLY
            self.engine = self.engine.execution_options(postgresql_readonly=True)

    def _engine(self, parsed: URL, url: str) -> Engine:
        try:
            return create_engine(parsed, connect_args=self._connect_args())
        except (SQLAlchemyError, ImportError) as exc:
            raise DatabaseUnavailable(describe_error(url, exc)) from exc

    def _check_existing(self, parsed: URL) -> None:
        """Before a read-only open: the file is policywatch's, migrated to this version."""
        engine = self._engine(parsed, self.url)
        event.listen(engine, "connect", _sqlite_pragmas)
        try:
            with engine.connect() as conn:
                known = inspect(conn).has_table("migrations")
                done = set(conn.execute(select(schema.migrations.c.name)).scalars()) \
                    if known else set()
        except DatabaseError as exc:
            raise DatabaseUnavailable(describe_error(self.url, exc)) from exc
        finally:
            engine.dispose()
        if not known:
            raise DatabaseUnavailable(
                f"database {self.url}: an SQLite file without policywatch's tables. Point "
                "[storage] database at a policywatch database.")
        if done - {name for name, _ in MIGRATIONS}:
            self._too_new(done)
        if {name for name, _ in MIGRATIONS} - done:  # made by an older policywatch
            self.engine = self._engine(parsed, self.url)
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _begin_immediate)
            try:
                self._migrate()
            finally:
                self.engine.dispose()

    def _connect_args(self) -> dict[str, Any]:
        if self.dialect == "sqlite":
            return {"timeout": BUSY_TIMEOUT, "check_same_thread": False}
        return {}

    def _migrate(self) -> None:
        # Under a lock: N processes starting on an empty database migrate it once, in turn.
        with self.transaction(lock="migrations") as conn:
            migrate(conn)
            known = {name for name, _ in MIGRATIONS}
            done = set(conn.execute(select(schema.migrations.c.name)).scalars())
        if done - known:
            self._too_new(done)

    def _too_new(self, done: set[str]) -> None:
        unknown = done - {name for name, _ in MIGRATIONS}
        if unknown:
            raise SchemaTooNew(
                f"database {self.url} has migrations this policywatch does not know "
                f"({', '.join(sorted(unknown))}). Upgrade policywatch or use another database."
            )

    @contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[Connection]:
        """Run the block in one transaction (nested calls join the outer one).

        `lock` names a lock held until the transaction ends, so blocks under one name run
        one at a time across every process: a transaction-scoped advisory lock on
        PostgreSQL; on SQLite every transaction holds the write lock already.
        """
        current: Connection | None = getattr(self._local, "conn", None)
        if current is not None:
            if lock is not None:
                self._advisory(current, lock)
            yield current
            return
        try:
            with self.engine.begin() as conn:
                self._local.conn = conn
                try:
                    if lock is not None:
                        self._advisory(conn, lock)
                    yield conn
                finally:
                    self._local.conn = None
        except DatabaseError as exc:  # OperationalError included; "file is not a database" too
            raise DatabaseUnavailable(describe_error(self.url, exc)) from exc

    def _advisory(self, conn: Connection, name: str) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(name)})

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
