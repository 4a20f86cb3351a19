"""The database handle: engine, pragmas, migrations and transactions."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from . import schema
from .errors import DatabaseUnavailable, SchemaTooNew
from .migrations import MIGRATIONS, migrate

__all__ = ["StoreBase"]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _describe(url: str, exc: BaseException) -> str:
    reason = str(getattr(exc, "orig", None) or exc).strip()
    hint = "Check the path and its permissions, and that the disk has free space."
    if "full" in reason.lower():
        hint = "Free some disk space; nothing already stored was lost."
    elif "locked" in reason.lower():
        hint = "Another policywatch process holds a write lock; try again shortly."
    return f"database {url}: {reason}. {hint}"


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


class StoreBase:
    """Engine plus the transaction machinery every store mixin builds on."""

    def __init__(self, url: str) -> None:
        self.url = url
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
        if self.dialect == "sqlite" and parsed.database not in (None, "", ":memory:"):
            parent = Path(parsed.database or ".").expanduser().resolve().parent
            if not parent.is_dir():
                raise DatabaseUnavailable(
                    f"database {url}: folder {parent} does not exist. Create it or change "
                    "[storage] database in the config."
                )
        try:
            self.engine: Engine = create_engine(parsed, connect_args=self._connect_args())
        except (SQLAlchemyError, ImportError) as exc:
            raise DatabaseUnavailable(_describe(url, exc)) from exc
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._local = threading.local()
        self._migrate()

    def _connect_args(self) -> dict[str, Any]:
        if self.dialect == "sqlite":
            return {"timeout": 30, "check_same_thread": False}
        return {}

    def _migrate(self) -> None:
        with self.transaction() as conn:
            migrate(conn)
            known = {name for name, _ in MIGRATIONS}
            unknown = set(conn.execute(select(schema.migrations.c.name)).scalars()) - known
        if unknown:
            raise SchemaTooNew(
                f"database {self.url} has migrations this policywatch does not know "
                f"({', '.join(sorted(unknown))}). Upgrade policywatch or use another database."
            )

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Run the block in one transaction (nested calls join the outer one)."""
        current: Connection | None = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        try:
            with self.engine.begin() as conn:
                self._local.conn = conn
                try:
                    yield conn
                finally:
                    self._local.conn = None
        except OperationalError as exc:
            raise DatabaseUnavailable(_describe(self.url, exc)) from exc

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
