"""The database handle: migrations, pragmas, errors."""

from __future__ import annotations

import sqlite3
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
