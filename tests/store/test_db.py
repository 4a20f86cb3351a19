"""The database handle: migrations, pragmas, errors."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from store import DatabaseUnavailable, SchemaTooNew, Store
from store.migrations import MIGRATIONS


def test_migrations_are_recorded_in_order_and_run_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    Store(url).close()
    Store(url).close()
    rows = sqlite3.connect(tmp_path / "a.db").execute("SELECT name FROM migrations").fetchall()
    assert [r[0] for r in rows] == [name for name, _ in MIGRATIONS]


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    with store.transaction() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_new_database_another_process_is_writing_opens_once_it_is_free(tmp_path: Path) -> None:
    # Another process holds the write lock of a file still in rollback mode (it is creating
    # the database too). SQLite refuses the switch to WAL at once, without its busy wait:
    # the store must wait like busy_timeout does, not fail with "database is locked".
    other = sqlite3.connect(tmp_path / "a.db", isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.4, other.execute, ["ROLLBACK"])
    timer.start()
    try:
        started = time.monotonic()
        store = Store(f"sqlite:///{tmp_path / 'a.db'}")
        assert time.monotonic() - started >= 0.3  # it did wait for the other writer
        with store.transaction() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert store.count_documents() == 0
        store.close()
    finally:
        timer.join()
        other.close()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    Store(url).close()
    db = sqlite3.connect(tmp_path / "a.db")
    db.execute("INSERT INTO migrations VALUES ('9999_future', '2030-01-01')")
    db.commit()
    with pytest.raises(SchemaTooNew, match="9999_future"):
        Store(url)


def test_missing_folder_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        Store(f"sqlite:///{tmp_path / 'nope' / 'a.db'}")


def test_not_a_url_says_what_a_url_looks_like() -> None:
    with pytest.raises(DatabaseUnavailable, match="sqlite:///"):
        Store("policywatch.db")


def test_a_failed_transaction_leaves_nothing_half_written(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    now = datetime.now(UTC)
    with pytest.raises(RuntimeError), store.transaction():
        store.sync_source("s", "http://x/", "feed", 60, now)
        raise RuntimeError("crash mid-way")
    assert store.sources() == []
